"""The school's calendar: closed days and ranges with their reasons, read from a district .ics."""

from datetime import date

import pytest

from iep_desk.core import slots
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.school_calendar import (
    NO_ALL_DAY_EVENTS,
    NOT_A_CALENDAR,
    CalendarFileError,
    ClosedPeriod,
    closed_periods_from_ics,
)

DISTRICT = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Lincoln County Public Schools//Calendar//EN\r
BEGIN:VEVENT\r
UID:1@lcps\r
DTSTART;VALUE=DATE:20261221\r
DTEND;VALUE=DATE:20270102\r
SUMMARY:Winter break - no school\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@lcps\r
DTSTART;VALUE=DATE:20261126\r
SUMMARY:Thanksgiving\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:3@lcps\r
DTSTART:20261210T190000\r
DTEND:20261210T210000\r
SUMMARY:School board meeting\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:4@lcps\r
DTSTART;VALUE=DATE:20260907\r
RRULE:FREQ=YEARLY\r
SUMMARY:Labor Day\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:5@lcps\r
DTSTART;VALUE=DATE:20260815\r
DTEND;VALUE=DATE:20270615\r
SUMMARY:School year\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_all_day_events_become_closed_periods_and_the_rest_is_reported():
    found = closed_periods_from_ics(DISTRICT)
    assert found.periods == [
        ClosedPeriod(date(2026, 11, 26), date(2026, 11, 26), "Thanksgiving"),
        # DTEND of an all-day event is the day after the last day.
        ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break - no school"),
    ]
    assert found.timed == ["School board meeting"]
    assert found.repeating == ["Labor Day"]
    assert found.too_long == ["School year"]


@pytest.mark.parametrize(("data", "code"), [
    (b"", NOT_A_CALENDAR),
    (b"name,date\nThanksgiving,2026-11-26\n", NOT_A_CALENDAR),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n", NOT_A_CALENDAR),
    ((b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20261210T190000\r\n"
     b"SUMMARY:Board\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), NO_ALL_DAY_EVENTS),
])
def test_a_file_that_gives_no_closures_is_refused_with_a_code(data, code):
    with pytest.raises(CalendarFileError) as refused:
        closed_periods_from_ics(data)
    assert refused.value.code == code


def test_settings_know_why_a_day_is_closed_and_keep_old_stored_days():
    settings = PlannerSettings(closed=closed_periods_from_ics(DISTRICT).periods)
    assert settings.closed_reason(date(2026, 12, 25)) == "Winter break - no school"
    assert settings.closed_reason(date(2026, 12, 18)) is None
    assert settings.is_closed(date(2026, 12, 31)) and not settings.is_closed(date(2027, 1, 4))
    assert len(settings.closed_days) == 1 + 12
    # Earlier versions stored plain dates: they are read as one-day closures without a reason.
    old = PlannerSettings.from_settings({"closed_days": ["2026-12-24", "garbage", 7]})
    assert old.closed == [ClosedPeriod(date(2026, 12, 24), date(2026, 12, 24))]
    assert old.closed_reason(date(2026, 12, 24)) == ""
    with pytest.raises(ValueError):
        ClosedPeriod(date(2026, 12, 2), date(2026, 12, 1))


def test_the_slot_finder_never_suggests_a_day_of_an_imported_break():
    settings = PlannerSettings(closed=closed_periods_from_ics(DISTRICT).periods)
    search = slots.SlotSearch(
        first_day=date(2026, 12, 18), last_day=date(2027, 1, 8), duration_minutes=60,
        today=date(2026, 12, 1), notice_days=0, due_by=None,
        day_starts=settings.school_day_start, day_ends=settings.school_day_end,
        closed_days=frozenset(settings.closed_days),
    )
    found = slots.find_slots([slots.Attendee("t", "Ms. Rivera")], search, best=200)
    days = {slot.starts_at.date() for slot in found.slots}
    # Friday 18 December, then nothing until Monday 4 January (2 January is a Saturday).
    assert sorted(days)[:2] == [date(2026, 12, 18), date(2027, 1, 4)]
    assert all(not date(2026, 12, 21) <= day <= date(2027, 1, 1) for day in days)


def test_a_reason_from_the_file_is_cleaned_as_typed_text_is():
    """A direction override or a control character in an event's title never becomes the
    closed day's reason (the week view would show "kaerb" reversed, or nothing legible)."""
    ics = DISTRICT.replace(b"SUMMARY:Thanksgiving",
                           "SUMMARY:\u202eThanks\u0007giving".encode())
    reasons = {period.reason for period in closed_periods_from_ics(ics).periods}
    assert "Thanksgiving" in reasons
    assert not any("\u202e" in reason or "\u0007" in reason for reason in reasons)


@pytest.mark.parametrize("dates", [
    b"DTSTART;VALUE=DATE:20261345\r\n",  # month 13, day 45
    b"DTSTART;VALUE=DATE:20260230\r\n",  # 30 February
    b"DTSTART:20261345T100000\r\n",  # a time of day on a day that does not exist
    b"DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:2026120X\r\n",  # its end unreadable
])
def test_an_event_whose_date_cannot_be_read_is_left_out_as_such(dates):
    """An impossible date is neither a closed day nor an event with a time of day: it is
    reported as a date that cannot be read, and the rest of the file is imported."""
    ics = DISTRICT.replace(
        b"END:VCALENDAR\r\n",
        b"BEGIN:VEVENT\r\nUID:6@lcps\r\n" + dates + b"SUMMARY:Staff day\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n")
    found = closed_periods_from_ics(ics)
    assert found.unreadable == ["Staff day"]
    assert found.timed == ["School board meeting"]
    assert [period.reason for period in found.periods] == [
        "Thanksgiving", "Winter break - no school"]


def test_a_file_whose_only_dates_cannot_be_read_is_not_called_empty():
    ics = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261345\r\n"
           b"SUMMARY:Staff day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    found = closed_periods_from_ics(ics)
    assert found.periods == [] and found.unreadable == ["Staff day"]
