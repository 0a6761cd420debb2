"""The caseload says what is due and when, with plurals right and long spans rounded as a
teacher would say them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iep_desk.core import deadlines as dl
from iep_desk.ui import labels

TODAY = date(2026, 3, 11)


def deadline(kind: str, days: int) -> dl.Deadline:
    return dl.Deadline(1, kind, TODAY + timedelta(days=days))


@pytest.mark.parametrize("kind, days, words", [
    (dl.SEND_NOTICE, -2, "Meeting notice: 2 days overdue"),
    (dl.SEND_NOTICE, -1, "Meeting notice: 1 day overdue"),
    (dl.ANNUAL_REVIEW, 29, "Annual review in 29 days"),
    (dl.ANNUAL_REVIEW, 1, "Annual review tomorrow"),
    (dl.ANNUAL_REVIEW, 0, "Annual review today"),
    (dl.REEVALUATION, 95, "Re-evaluation in about 3 months"),
    (dl.TRANSITION_PLAN, 3652, "Transition plan in about 10 years"),
    (dl.TRANSFER_OF_RIGHTS, 400, "Transfer of rights in about 13 months"),
    (dl.ANNUAL_REVIEW, -800, "Annual review: about 2 years overdue"),
    (dl.NEEDS_IEP_DATES, 0, "Needs IEP dates"),
])
def test_the_nearest_deadline_in_words(qapp, kind, days, words):
    assert labels.deadline_text(deadline(kind, days), TODAY) == words


def test_one_month_and_one_year_are_singular(qapp):
    assert labels.span_text(30) == "30 days"
    assert labels.span_text(61) == "about 2 months"
    assert labels.span_text(365 * 2 + 100) == "about 2 years"
    assert labels.when_text(-5) == "5 days overdue"
    assert labels.when_text(400) == "in about 13 months"


def test_missing_iep_dates_is_an_urgency_of_its_own():
    from iep_desk.core.models import Student
    from iep_desk.core.settings import DeadlineSettings

    settings = DeadlineSettings()
    undated = Student("No", "Dates", date_of_birth=date(2012, 1, 5), id=7)
    found = dl.needs_iep_dates(undated, settings, TODAY)
    assert found is not None and found.due == TODAY
    assert found.urgency(TODAY) is dl.Urgency.NEEDS_DATES
    assert dl.missing_iep_dates(undated, settings) == [dl.ANNUAL_REVIEW, dl.REEVALUATION]
    dated = Student("Has", "Dates", last_iep_meeting=date(2025, 9, 1), id=8)
    assert dl.needs_iep_dates(dated, settings, TODAY) is None
