"""Which handouts fit a meeting, and the reply slip's date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from iep_desk.core.handout_rules import agenda_overrun, refusals, reply_by
from iep_desk.core.meetings import AgendaItem, Meeting

TUESDAY = datetime(2026, 3, 17, 15, 30)


def meeting(**changes) -> Meeting:
    values = {"student_id": 1, "status": "confirmed", "starts_at": TUESDAY,
              "duration_minutes": 60, "place": "Room 12"}
    values.update(changes)
    return Meeting(**values)


@pytest.mark.parametrize("status, expected", [
    ("draft", ["not_held"]), ("proposed", ["not_held"]), ("confirmed", ["not_held"]),
    ("cancelled", ["not_held"]), ("held", []),
])
@pytest.mark.parametrize("kind", ["summary", "thank-you"])
def test_after_the_meeting_documents_only_for_a_held_meeting(kind, status, expected):
    assert refusals(kind, meeting(status=status)) == expected


@pytest.mark.parametrize("changes, expected", [
    ({}, []),
    ({"status": "draft"}, []),
    ({"status": "cancelled"}, ["cancelled"]),
    ({"status": "held"}, ["already_held"]),
    ({"starts_at": None}, ["no_date"]),
    ({"starts_at": datetime(2026, 3, 17)}, ["no_time"]),
    ({"place": "  "}, ["no_place"]),
    ({"starts_at": None, "place": ""}, ["no_date", "no_place"]),
])
def test_an_invitation_needs_a_date_a_time_a_place_and_a_meeting_still_on(changes, expected):
    assert refusals("invitation", meeting(**changes)) == expected


@pytest.mark.parametrize("kind", ["agenda", "prep-sheet"])
def test_the_agenda_and_prep_sheet_are_never_refused(kind):
    assert refusals(kind, meeting(status="cancelled", starts_at=None, place="")) == []


def test_agenda_overrun_in_minutes():
    items = [AgendaItem(1, "A", 40, position=0), AgendaItem(1, "B", 27, position=1)]
    assert agenda_overrun(items, meeting()) == 7
    assert agenda_overrun(items[:1], meeting()) == 0


@pytest.mark.parametrize("today, expected", [
    (date(2026, 3, 2), date(2026, 3, 12)),   # three school days before Tuesday 17: Thursday 12
    (date(2026, 3, 12), date(2026, 3, 13)),  # that is today: the earliest school day still ahead
    (date(2026, 3, 16), None),               # the day before: no time left to ask for a date
])
def test_reply_by_three_school_days_before(today, expected):
    assert reply_by(TUESDAY.date(), today) == expected


def test_reply_by_skips_days_the_school_is_closed():
    # Friday 13 closed: Mon 16, Thu 12, Wed 11.
    assert reply_by(TUESDAY.date(), date(2026, 3, 2), [date(2026, 3, 13)]) == date(2026, 3, 11)
