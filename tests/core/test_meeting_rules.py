"""The planner's rules: default lengths, transition detection, and every bad-input message."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from iep_desk.core import meeting_rules as rules
from iep_desk.core.meetings import ActionItem, Meeting, Participant
from iep_desk.core.models import Student
from iep_desk.core.planner_settings import DEFAULT_DURATIONS, PlannerSettings
from iep_desk.core.problems import english
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.core.settings import DeadlineSettings

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("meeting_type, minutes", [
    ("annual_review", 60), ("initial", 90), ("reevaluation", 90), ("amendment", 45),
    ("transition", 75), ("other", 60)])
def test_default_duration_by_type(meeting_type, minutes):
    assert rules.default_duration(meeting_type, PlannerSettings()) == minutes


def test_default_duration_follows_the_setting():
    settings = PlannerSettings(default_durations={**DEFAULT_DURATIONS, "annual_review": 80})
    assert rules.default_duration("annual_review", settings) == 80


@pytest.mark.parametrize("meeting_day, transition_age, expected", [
    (date(2030, 5, 1), 16, False),   # the day before the 16th birthday
    (date(2030, 5, 2), 16, True),    # the birthday itself
    (date(2031, 1, 1), 16, True),
    (date(2028, 5, 2), 14, True),    # a state with transition at 14
    (date(2028, 5, 1), 14, False),
])
def test_transition_detection_on_the_meeting_date(meeting_day, transition_age, expected):
    student = Student("Ana", "Ruiz", date_of_birth=date(2014, 5, 2), id=7)
    meeting = Meeting(7, starts_at=datetime.combine(meeting_day, time(9)), id=3)
    added = rules.apply_transition_rule(meeting, student, [], DeadlineSettings(
        transition_age=transition_age), TODAY)
    assert meeting.is_transition is expected
    if expected:
        assert (added.is_student, added.meeting_id, added.name, added.role) == (
            True, 3, "Ana Ruiz", rules.STUDENT_ROLE)
    else:
        assert added is None


def test_transition_does_not_invite_the_student_twice():
    student = Student("Ana", "Ruiz", date_of_birth=date(2000, 1, 1))
    meeting = Meeting(1, starts_at=datetime(2026, 12, 1, 9))
    already = [Participant(1, "Ana Ruiz", is_student=True)]
    assert rules.apply_transition_rule(meeting, student, already, DeadlineSettings(), TODAY) is None
    assert meeting.is_transition


def test_no_date_of_birth_no_transition():
    meeting = Meeting(1, starts_at=datetime(2026, 12, 1, 9))
    assert rules.apply_transition_rule(meeting, Student("Ana"), [], DeadlineSettings(), TODAY) is None
    assert not meeting.is_transition


def said(problem):
    """The problem in English (what the command line says), or None."""
    return None if problem is None else english(problem)


@pytest.mark.parametrize("minutes", [0, -15, None, "60", True])
def test_a_duration_of_zero_or_less_or_not_a_number(minutes):
    assert said(rules.check_duration(minutes)) == (
        "A meeting must last at least one minute. Enter its length in minutes, for example 60.")


def test_a_duration_longer_than_a_school_day():
    assert "more than a school day" in said(rules.check_duration(600))
    assert said(rules.check_duration(90)) is None


def test_an_end_before_the_start():
    start = datetime(2026, 12, 1, 10)
    assert said(rules.check_end_after_start(start, datetime(2026, 12, 1, 9))) == (
        "The end time must come after the start time.")
    assert said(rules.check_end_after_start(start, start)) is not None
    assert said(rules.check_end_after_start(start, datetime(2026, 12, 1, 11))) is None


def test_a_meeting_after_its_due_date():
    problem = rules.check_due_date(datetime(2026, 12, 10, 9), date(2026, 12, 1), TODAY)
    assert (problem.code, said(problem), problem.blocking) == (
        "after_due_date",
        ("This meeting would be after its due date (2026-12-01). Choose a day on or before the "
         "due date."), True)
    assert rules.check_due_date(datetime(2026, 12, 1, 15), date(2026, 12, 1), TODAY) is None
    assert rules.check_due_date(None, date(2026, 12, 1), TODAY) is None


def test_a_late_meeting_after_a_due_date_already_passed_is_a_warning():
    problem = rules.check_due_date(datetime(2026, 12, 10, 9), date(2026, 11, 1), TODAY)
    assert problem.blocking is False
    assert problem.code == "due_date_passed" and problem.values == {"due": date(2026, 11, 1)}
    assert "already passed" in said(problem) and "2026-11-01" in said(problem)


def test_a_meeting_for_an_archived_student():
    student = Student("Li", "Wei", archived_at="2026-06-30T10:00:00")
    assert said(rules.check_student_active(student)) == (
        "Li Wei is archived. Restore the student to the active caseload before planning a meeting.")
    assert said(rules.check_student_active(Student("Li", "Wei"))) is None


def test_check_meeting_puts_blocking_problems_first_and_raise_if_blocking():
    student = Student("Li", "Wei", archived_at="2026-06-30T10:00:00")
    meeting = Meeting(1, starts_at=datetime(2026, 12, 10, 9), duration_minutes=0,
                      due_by=date(2026, 11, 1))
    problems = rules.check_meeting(meeting, student, TODAY)
    assert [p.blocking for p in problems] == [True, True, False]
    with pytest.raises(rules.MeetingInputError, match="archived"):
        rules.raise_if_blocking(problems)
    rules.raise_if_blocking([p for p in problems if not p.blocking])  # warnings do not raise


def test_a_participant_added_twice():
    existing = [Participant(1, "Lucía Fernández", family_member_id=4, id=1),
                Participant(1, "Sam Okoye", team_member_id=2, id=2),
                Participant(1, "Dana Advocate", id=3),
                Participant(1, "Ana Ruiz", is_student=True, id=4)]
    assert said(rules.check_participant_not_twice(
        Participant(1, "Lucía F.", family_member_id=4), existing)) == (
        "Lucía Fernández is already on this meeting's list.")
    assert said(rules.check_participant_not_twice(Participant(1, "S", team_member_id=2), existing))
    assert said(rules.check_participant_not_twice(Participant(1, " dana ADVOCATE "), existing))
    assert said(rules.check_participant_not_twice(Participant(1, "Ana", is_student=True), existing))
    assert said(rules.check_participant_not_twice(Participant(1, "Sam Okoye"), existing)) is None
    assert said(rules.check_participant_not_twice(Participant(1, "X", team_member_id=9), existing)) is None
    # Editing someone already on the list is not "adding them twice".
    assert said(rules.check_participant_not_twice(existing[0], existing)) is None


def test_a_participant_with_two_identities():
    assert said(rules.check_participant_identity(Participant(1, "X", family_member_id=1, team_member_id=2))) == (
        "A participant is either a family member or a team member, not both.")
    assert said(rules.check_participant_identity(Participant(1, "X", team_member_id=2, is_student=True)))
    assert said(rules.check_participant_identity(Participant(1, "  "))) == "Write the participant's name."
    assert said(rules.check_participant_identity(Participant(1, "Grandma"))) is None


def test_a_slot_search_with_an_empty_range():
    assert said(rules.check_slot_range(date(2026, 12, 10), date(2026, 12, 1))) == (
        "The last day to search comes before the first. Choose a range of at least one day.")
    assert said(rules.check_slot_range(None, date(2026, 12, 1))) == (
        "Choose the first and the last day to search for a time.")
    assert said(rules.check_slot_range(date(2026, 12, 1), date(2026, 12, 1))) is None


def test_marking_a_meeting_held():
    now = datetime(2026, 11, 23, 12)
    future = Meeting(1, starts_at=datetime(2026, 11, 24, 9))
    assert "still in the future" in said(rules.check_mark_held(future, now))
    assert "no date" not in said(rules.check_mark_held(Meeting(1), now))
    assert "Enter the date" in said(rules.check_mark_held(Meeting(1), now))
    assert "cancelled" in said(rules.check_mark_held(Meeting(1, status="cancelled"), now))
    assert said(rules.check_mark_held(Meeting(1, starts_at=datetime(2026, 11, 23, 9)), now)) is None


def test_action_item_checks():
    meeting = Meeting(1, starts_at=datetime(2026, 11, 2, 9))
    assert said(rules.check_action_item(ActionItem(1, "  ", "family"), meeting)) == "Write what is to be done."
    assert said(rules.check_action_item(ActionItem(1, "Call"), meeting)) == (
        "Choose who will do this: a participant or the family.")
    assert said(rules.check_action_item(ActionItem(1, "Call", "family", due_on=date(2026, 11, 1)), meeting)) == (
        "An action cannot be due before the meeting that agreed on it.")
    assert said(rules.check_action_item(ActionItem(1, "Call", "family", due_on=date(2026, 11, 2)), meeting)) is None


def test_required_roles_missing_are_warnings():
    everyone = [Participant(1, "Mum", "mother", family_member_id=1),
                Participant(1, "A", "general_education_teacher", team_member_id=1),
                Participant(1, "B", "special_education_teacher", team_member_id=2),
                Participant(1, "C", "district_representative", team_member_id=3, excused=True)]
    assert rules.missing_role_warnings(everyone) == []
    warnings = [said(w) for w in rules.missing_role_warnings(everyone[1:2])]
    assert all(not w.blocking for w in rules.missing_role_warnings(everyone[1:2]))
    assert warnings == [
        ("No special-education teacher is on the list. The law asks for at least one at every "
         "IEP meeting (the case manager counts when they are on the list)."),
        ("No district representative is on the list. Someone who can commit the district's "
         "resources must take part."),
        said(rules.NO_PARENT),
    ]
    assert said(rules.missing_role_warnings([])[0]).startswith("No general-education teacher")


def test_planner_settings_problems_and_stored_form():
    christmas = ClosedPeriod(date(2026, 12, 25), date(2026, 12, 25), "Christmas Day")
    eve = ClosedPeriod(date(2026, 12, 24), date(2026, 12, 24))
    settings = PlannerSettings(closed=[christmas, eve])
    assert settings.problems() == []
    assert PlannerSettings.from_settings(settings.to_settings()) == PlannerSettings(
        closed=[eve, christmas])
    assert settings.closed_days == [date(2026, 12, 24), date(2026, 12, 25)]
    assert settings.is_closed(date(2026, 12, 25)) and settings.is_closed(date(2026, 11, 28))
    assert not settings.is_closed(date(2026, 11, 23))
    bad = PlannerSettings(default_durations={"annual_review": 0},
                          weeks_without_progress_contact=0)
    assert len(bad.problems()) == 2
    assert PlannerSettings.from_settings({"school_day_start": "25:99"}) == PlannerSettings()


# -- a meeting's day and time that a family can trust ---------------------------------------
WINTER_BREAK = ClosedPeriod(date(2027, 1, 4), date(2027, 1, 8), "Winter break")
CALENDAR = PlannerSettings(school_day_start=time(7, 30), school_day_end=time(16, 30),
                           closed=[WINTER_BREAK, ClosedPeriod(date(2027, 1, 18),
                                                              date(2027, 1, 18))])


@pytest.mark.parametrize("starts_at, codes", [
    (datetime(2027, 1, 12, 15, 30), []),  # a Tuesday afternoon
    (datetime(2027, 1, 12, 7, 30), []),  # the school day's first minute
    (datetime(2027, 1, 12, 16, 30), ["meeting_outside_school_day"]),  # the day is over
    (datetime(2027, 1, 12, 3, 30), ["meeting_outside_school_day"]),
    (datetime(2027, 1, 12, 18, 0), ["meeting_outside_school_day"]),
    (datetime(2027, 1, 9, 15, 30), ["meeting_on_saturday"]),
    (datetime(2027, 1, 10, 10, 0), ["meeting_on_sunday"]),
    (datetime(2027, 1, 9, 3, 30), ["meeting_on_saturday", "meeting_outside_school_day"]),
    (datetime(2027, 1, 6, 14, 0), ["meeting_on_closed_day"]),
    (datetime(2027, 1, 18, 14, 0), ["meeting_on_unnamed_closed_day"]),
])
def test_a_meeting_time_outside_the_school_day_or_week_is_a_warning(starts_at, codes):
    found = rules.check_meeting_time(starts_at, CALENDAR)
    assert [p.code for p in found] == codes
    assert not any(p.blocking for p in found)  # an evening meeting with a parent is legitimate


def test_the_warnings_name_the_day_the_closure_and_the_school_day():
    closed, = rules.check_meeting_time(datetime(2027, 1, 6, 14, 0), CALENDAR)
    assert dict(closed.values) == {"day": date(2027, 1, 6), "reason": "Winter break"}
    assert english(closed) == (
        "The school is closed on 2027-01-06 (Winter break). Check the date; keep it if the "
        "family agreed to meet that day.")
    saturday, night = rules.check_meeting_time(datetime(2027, 1, 9, 3, 30), CALENDAR)
    assert english(saturday) == (
        "2027-01-09 is a Saturday. Check the date; keep it if the family agreed to meet that "
        "day.")
    assert english(night) == (
        "The meeting starts at 03:30, outside the school day (07:30–16:30). Check the time; "
        "keep it if the family agreed to meet then.")
    assert rules.check_meeting_time(None, CALENDAR) == []


@pytest.mark.parametrize("day, refused", [
    (date(2025, 11, 23), False),  # a year before today: a late record is still possible
    (date(2025, 11, 22), True),
    (date(2028, 11, 23), False),  # two years ahead
    (date(2028, 11, 24), True),
    (date(1900, 1, 1), True),
    (date(2100, 1, 1), True),
    (date(2062, 11, 23), True),  # 2026 with its digits swapped
])
def test_a_meeting_date_far_from_today_is_refused(day, refused):
    problem = rules.check_meeting_date(day, TODAY)
    assert (problem is not None) == refused
    if refused:
        assert problem.blocking and problem.code == "meeting_date_out_of_range"
        assert english(problem) == (
            f"{day.isoformat()} is too far from today for a meeting. Choose a day from "
            "2025-11-23 to 2028-11-23; check the year.")


@pytest.mark.parametrize("typed, school_day, understood", [
    (time(3, 30), (time(7, 30), time(16, 30)), time(15, 30)),  # "3:30" means the afternoon
    (time(8, 0), (time(7, 30), time(16, 30)), time(8, 0)),  # the morning is in the day
    (time(12, 15), (time(7, 30), time(16, 30)), time(12, 15)),  # "12:15" is noon
    (time(7, 0), (time(7, 30), time(16, 30)), time(7, 0)),  # neither: as typed
    (time(6, 0), (time(7, 30), time(18, 30)), time(18, 0)),
    (time(9, 0), (time(7, 30), time(21, 30)), time(9, 0)),  # both: as typed
    (time(4, 30), (time(7, 30), time(16, 30)), time(16, 30)),  # the day's last minute
])
def test_a_time_typed_without_am_or_pm_is_read_within_the_school_day(typed, school_day,
                                                                     understood):
    settings = PlannerSettings(school_day_start=school_day[0], school_day_end=school_day[1])
    assert rules.meeting_clock(typed.hour, typed.minute, settings) == understood
