"""The due-date rules on a table of cases: leap days, birthdays, missing facts, every setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from iep_desk.core.deadlines import (
    ANNUAL_REVIEW,
    REEVALUATION,
    TRANSFER_OF_RIGHTS,
    TRANSITION_PLAN,
    Deadline,
    Urgency,
    due_soon,
    nearest_open,
    next_annual_review,
    reevaluation_due,
    student_deadlines,
    transfer_of_rights_due,
    transfer_of_rights_effective_on,
    transition_age_reached_on,
    transition_plan_due,
    urgency_of,
)
from iep_desk.core.models import Student
from iep_desk.core.problems import english
from iep_desk.core.settings import DeadlineSettings

D = date.fromisoformat
DEFAULTS = DeadlineSettings()


def student(**dates) -> Student:
    return Student("Ánh", "Nguyễn", id=7, **{k: D(v) if v else None for k, v in dates.items()})


# (case, student's dates, settings changed, expected next annual review)
ANNUAL_CASES = [
    ("365 days after the last meeting", {"last_iep_meeting": "2025-09-10"}, {}, "2026-09-10"),
    ("meeting on 29 February", {"last_iep_meeting": "2024-02-29"}, {}, "2025-02-28"),
    ("365 days reach 29 February", {"last_iep_meeting": "2023-03-01"}, {}, "2024-02-29"),
    ("year that holds 29 February", {"last_iep_meeting": "2024-01-15"}, {}, "2025-01-14"),
    ("date written on the IEP wins",
     {"last_iep_meeting": "2025-09-10", "annual_review_due": "2026-06-01"}, {}, "2026-06-01"),
    ("written date with no meeting on file", {"annual_review_due": "2026-06-01"}, {}, "2026-06-01"),
    ("no meeting on file", {}, {}, None),
    ("annual_review_days changed", {"last_iep_meeting": "2025-09-10"},
     {"annual_review_days": 300}, "2026-07-07"),
    ("annual_review_days 366", {"last_iep_meeting": "2024-02-29"},
     {"annual_review_days": 366}, "2025-03-01"),
]


@pytest.mark.parametrize("case, dates, changed, expected", ANNUAL_CASES, ids=[c[0] for c in ANNUAL_CASES])
def test_next_annual_review(case, dates, changed, expected):
    settings = replace(DEFAULTS, **changed)
    assert next_annual_review(student(**dates), settings) == (D(expected) if expected else None)


REEVAL_CASES = [
    ("three years after the evaluation", {"last_evaluation": "2023-10-05"}, {}, "2026-10-05"),
    ("evaluated on 29 February", {"last_evaluation": "2024-02-29"}, {}, "2027-02-28"),
    ("29 February four years on", {"last_evaluation": "2020-02-29"},
     {"reevaluation_years": 4}, "2024-02-29"),
    ("reevaluation_years changed", {"last_evaluation": "2023-10-05"},
     {"reevaluation_years": 2}, "2025-10-05"),
    ("missing last evaluation", {}, {}, None),
    ("missing last evaluation, other dates known",
     {"last_iep_meeting": "2025-09-10", "date_of_birth": "2012-04-01"}, {}, None),
    ("date written on the IEP wins",
     {"last_evaluation": "2023-10-05", "reevaluation_due": "2026-01-20"}, {}, "2026-01-20"),
]


@pytest.mark.parametrize("case, dates, changed, expected", REEVAL_CASES, ids=[c[0] for c in REEVAL_CASES])
def test_reevaluation_due(case, dates, changed, expected):
    settings = replace(DEFAULTS, **changed)
    assert reevaluation_due(student(**dates), settings) == (D(expected) if expected else None)


BIRTHDAY_CASES = [
    # (case, date of birth, settings changed, transition age reached, transfer notice from)
    ("ordinary birthday", "2010-05-15", {}, "2026-05-15", "2027-05-15"),
    ("born on 29 February", "2008-02-29", {}, "2024-02-29", "2025-02-28"),
    ("born on 29 February, transition at 17", "2008-02-29", {"transition_age": 17},
     "2025-02-28", "2025-02-28"),
    ("transition_age 14", "2010-05-15", {"transition_age": 14}, "2024-05-15", "2027-05-15"),
    ("age_of_majority 19", "2010-05-15", {"age_of_majority": 19}, "2026-05-15", "2028-05-15"),
    ("age_of_majority 21", "2010-05-15", {"age_of_majority": 21}, "2026-05-15", "2030-05-15"),
    ("transfer_notice_months 6", "2010-05-15", {"transfer_notice_months": 6},
     "2026-05-15", "2027-11-15"),
    ("transfer_notice_months 0", "2010-05-15", {"transfer_notice_months": 0},
     "2026-05-15", "2028-05-15"),
    ("notice months land on a short month", "2010-08-31", {"transfer_notice_months": 6},
     "2026-08-31", "2028-02-29"),
    ("no date of birth", None, {}, None, None),
]


@pytest.mark.parametrize("case, born, changed, transition, transfer", BIRTHDAY_CASES,
                         ids=[c[0] for c in BIRTHDAY_CASES])
def test_birthday_dates(case, born, changed, transition, transfer):
    settings = replace(DEFAULTS, **changed)
    pupil = student(date_of_birth=born)
    assert transition_age_reached_on(pupil, settings) == (D(transition) if transition else None)
    assert transfer_of_rights_effective_on(pupil, settings) == (D(transfer) if transfer else None)


TRANSITION_CASES = [
    # (case, dates, settings changed, today, expected due, still open)
    ("turns 16 during the current IEP, still ahead",
     {"date_of_birth": "2010-01-15", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2026-01-15", True),
    ("turns 16 during the current IEP, already passed",
     {"date_of_birth": "2010-01-15", "last_iep_meeting": "2025-09-01"}, {}, "2026-02-01",
     "2026-01-15", False),
    ("turns 16 after the next review: that review writes the plan",
     {"date_of_birth": "2010-12-01", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2026-09-01", True),
    ("turns 16 two reviews from now",
     {"date_of_birth": "2011-12-01", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2027-09-01", True),
    ("turns 16 on the day of the next review",
     {"date_of_birth": "2010-09-01", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2026-09-01", True),
    ("turned 16 before the last IEP meeting: already covered",
     {"date_of_birth": "2009-01-01", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2025-01-01", False),
    ("no IEP meeting on file: the birthday itself",
     {"date_of_birth": "2010-03-01"}, {}, "2025-10-01", "2026-03-01", True),
    ("no IEP meeting on file, birthday past",
     {"date_of_birth": "2009-03-01"}, {}, "2025-10-01", "2025-03-01", False),
    ("IEP meeting on 29 February, birthday after the next review",
     {"date_of_birth": "2009-06-01", "last_iep_meeting": "2024-02-29"}, {}, "2024-03-10",
     "2025-02-28", True),
    ("born on 29 February, turns 16 inside the IEP",
     {"date_of_birth": "2008-02-29", "last_iep_meeting": "2023-09-01"}, {}, "2023-10-01",
     "2024-02-29", True),
    ("transition_age 14 brings it inside the current IEP",
     {"date_of_birth": "2011-12-01", "last_iep_meeting": "2025-09-01"}, {"transition_age": 14},
     "2025-10-01", "2025-12-01", True),
    ("annual_review_days 300 moves the reviews",
     {"date_of_birth": "2010-12-01", "last_iep_meeting": "2025-09-01"}, {"annual_review_days": 300},
     "2025-10-01", "2026-06-28", True),
    ("a written annual review date decides the review",
     {"date_of_birth": "2010-12-01", "last_iep_meeting": "2025-09-01",
      "annual_review_due": "2026-05-01"}, {}, "2025-10-01", "2026-05-01", True),
]


@pytest.mark.parametrize("case, dates, changed, today, due, still_open", TRANSITION_CASES,
                         ids=[c[0] for c in TRANSITION_CASES])
def test_transition_plan_due(case, dates, changed, today, due, still_open):
    settings = replace(DEFAULTS, **changed)
    deadline = transition_plan_due(student(**dates), settings, D(today))
    assert deadline == Deadline(7, TRANSITION_PLAN, D(due), still_open)


TRANSFER_CASES = [
    ("turns 17 inside the current IEP",
     {"date_of_birth": "2009-01-20", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2026-01-20", True),
    ("turns 17 after the next review",
     {"date_of_birth": "2009-12-20", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2026-09-01", True),
    ("already told at an earlier IEP",
     {"date_of_birth": "2007-01-20", "last_iep_meeting": "2025-09-01"}, {}, "2025-10-01",
     "2024-01-20", False),
    ("transfer_notice_months 3",
     {"date_of_birth": "2008-12-20", "last_iep_meeting": "2025-09-01"},
     {"transfer_notice_months": 3}, "2025-10-01", "2026-09-01", True),
    ("age_of_majority 19",
     {"date_of_birth": "2008-01-20", "last_iep_meeting": "2025-09-01"}, {"age_of_majority": 19},
     "2025-10-01", "2026-01-20", True),
]


@pytest.mark.parametrize("case, dates, changed, today, due, still_open", TRANSFER_CASES,
                         ids=[c[0] for c in TRANSFER_CASES])
def test_transfer_of_rights_due(case, dates, changed, today, due, still_open):
    settings = replace(DEFAULTS, **changed)
    deadline = transfer_of_rights_due(student(**dates), settings, D(today))
    assert deadline == Deadline(7, TRANSFER_OF_RIGHTS, D(due), still_open)


def test_no_birthday_deadlines_without_a_date_of_birth():
    pupil = student(last_iep_meeting="2025-09-01")
    assert transition_plan_due(pupil, DEFAULTS, D("2025-10-01")) is None
    assert transfer_of_rights_due(pupil, DEFAULTS, D("2025-10-01")) is None


@pytest.mark.parametrize("days_left, expected", [
    (-400, Urgency.OVERDUE), (-1, Urgency.OVERDUE), (0, Urgency.WITHIN_30), (1, Urgency.WITHIN_30),
    (30, Urgency.WITHIN_30), (31, Urgency.WITHIN_60), (60, Urgency.WITHIN_60),
    (61, Urgency.LATER), (365, Urgency.LATER),
])
def test_urgency_boundaries(days_left, expected):
    today = D("2026-02-27")
    deadline = Deadline(1, ANNUAL_REVIEW, date.fromordinal(today.toordinal() + days_left))
    assert urgency_of(days_left) is expected
    assert deadline.days_left(today) == days_left
    assert deadline.urgency(today) is expected


FULL = {"date_of_birth": "2010-01-15", "last_iep_meeting": "2025-09-01",
        "last_evaluation": "2023-11-20"}


def test_student_deadlines_lists_every_kind_soonest_first():
    found = student_deadlines(student(**FULL), DEFAULTS, D("2025-10-01"))
    assert [(d.kind, d.due) for d in found] == [
        (TRANSITION_PLAN, D("2026-01-15")),
        (ANNUAL_REVIEW, D("2026-09-01")),
        (TRANSFER_OF_RIGHTS, D("2026-09-01")),
        (REEVALUATION, D("2026-11-20")),
    ]
    assert all(d.student_id == 7 for d in found)


def test_student_deadlines_without_dates_is_empty():
    assert student_deadlines(student(), DEFAULTS, D("2025-10-01")) == []


@pytest.mark.parametrize("name, value", [
    ("transition_age", 14), ("age_of_majority", 19), ("annual_review_days", 300),
    ("reevaluation_years", 2), ("transfer_notice_months", 24),
])
def test_each_setting_changes_the_student_deadlines(name, value):
    today = D("2025-10-01")
    before = student_deadlines(student(**FULL), DEFAULTS, today)
    after = student_deadlines(student(**FULL), replace(DEFAULTS, **{name: value}), today)
    assert before != after


def test_notice_days_does_not_move_a_student_deadline():
    # The notice date belongs to a meeting (the planner computes it), not to the student.
    today = D("2025-10-01")
    for notice_days in (0, 5, 30):
        assert (student_deadlines(student(**FULL), replace(DEFAULTS, notice_days=notice_days), today)
                == student_deadlines(student(**FULL), DEFAULTS, today))


def test_nearest_open_skips_closed_deadlines():
    closed = Deadline(1, TRANSITION_PLAN, D("2025-01-01"), open=False)
    later = Deadline(1, ANNUAL_REVIEW, D("2026-03-01"))
    sooner = Deadline(1, REEVALUATION, D("2026-02-01"))
    assert nearest_open([closed, later, sooner]) == sooner
    assert nearest_open([closed]) is None
    assert nearest_open([]) is None


def test_due_soon_orders_and_cuts_at_the_horizon():
    today = D("2026-01-01")
    deadlines = [
        Deadline(1, ANNUAL_REVIEW, D("2026-01-31")),     # day 30: inside a 30-day horizon
        Deadline(2, ANNUAL_REVIEW, D("2026-02-01")),     # day 31: outside
        Deadline(3, REEVALUATION, D("2025-12-01")),      # overdue: always listed
        Deadline(4, TRANSITION_PLAN, D("2025-11-01"), open=False),  # closed: never listed
        Deadline(5, REEVALUATION, D("2026-01-01")),      # due today
        Deadline(6, TRANSFER_OF_RIGHTS, D("2026-03-02")),  # day 60
        Deadline(7, ANNUAL_REVIEW, D("2026-04-01")),     # day 90
    ]
    assert [d.student_id for d in due_soon(deadlines, today, 30)] == [3, 5, 1]
    assert [d.student_id for d in due_soon(deadlines, today, 60)] == [3, 5, 1, 2, 6]
    assert [d.student_id for d in due_soon(deadlines, today, 90)] == [3, 5, 1, 2, 6, 7]
    assert [d.student_id for d in due_soon(deadlines, today, 0)] == [3, 5]


@pytest.mark.parametrize("name", DeadlineSettings.names())
def test_each_setting_refuses_values_outside_its_limits(name):
    settings = DeadlineSettings()
    low, high = DeadlineSettings.LIMITS[name]
    assert settings.check(name, getattr(DEFAULTS, name)) is None
    assert settings.check(name, low) is None and settings.check(name, high) is None
    assert english(settings.check(name, low - 1)) == (
        f"This must be a whole number from {low} to {high}.")
    assert english(settings.check(name, high + 1)) == (
        f"This must be a whole number from {low} to {high}.")
    assert settings.check(name, low - 1).code == "number_out_of_range"


def test_defaults_are_the_common_values():
    assert (DEFAULTS.notice_days, DEFAULTS.transition_age, DEFAULTS.age_of_majority,
            DEFAULTS.annual_review_days, DEFAULTS.reevaluation_years,
            DEFAULTS.transfer_notice_months) == (10, 16, 18, 365, 3, 12)
