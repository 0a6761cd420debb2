"""The sample caseload agrees with itself, whatever day it is written on."""

from datetime import date, timedelta

import pytest

from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.slots import Attendee, SlotSearch, find_slots
from iep_desk.storage.stores import Stores

# A Monday, a Friday, a Saturday, a month's end and a day before a long holiday.
DAYS = [date(2026, 3, 9), date(2026, 3, 13), date(2026, 3, 14), date(2026, 4, 30),
        date(2026, 12, 18)]


@pytest.mark.parametrize("today", DAYS)
def test_the_confirmed_meeting_is_at_a_time_everyone_who_must_come_can_come(store, today):
    # (The proposed meeting is the sample's hard case: a mother free on Sunday and Monday
    # mornings, a father free only in the evening. Find a time says so and what to change.)
    write_demo_caseload(store, today, with_meetings=True)
    stores = Stores(store.db)
    settings = stores.settings.planner_settings()
    confirmed = [m for m in stores.meetings.list_meetings() if m.status == "confirmed"]
    assert len(confirmed) == 1
    for meeting in confirmed:
        people = stores.meetings.participants_of(meeting.id)
        attendees = []
        for person in people:
            if not person.required or person.excused:
                continue  # Find a time plans around the people who must come
            if person.family_member_id is not None:
                windows = store.get_family_member(person.family_member_id).availability
            else:
                windows = store.get_team_member(person.team_member_id).availability
            assert windows, f"{person.name} has weekly times in the sample"
            attendees.append(Attendee(str(person.id), person.name, windows=list(windows)))
        # A search over exactly the meeting's time finds a slot only if everyone is free then.
        day = meeting.starts_at.date()
        ends = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
        search = SlotSearch(first_day=day, last_day=day, today=today, notice_days=0,
                            duration_minutes=meeting.duration_minutes, due_by=None,
                            day_starts=meeting.starts_at.time(), day_ends=ends.time())
        assert find_slots(attendees, search).slots, (meeting.status, meeting.starts_at)
        assert settings.school_day_start <= meeting.starts_at.time()
        assert ends.time() <= settings.school_day_end


@pytest.mark.parametrize("today", DAYS)
def test_invitations_sent_means_the_notice_was_sent(store, today):
    write_demo_caseload(store, today, with_meetings=True)
    stores = Stores(store.db)
    for meeting in stores.meetings.list_meetings():
        if meeting.status not in ("proposed", "confirmed"):
            continue
        invited = [p.invited_on for p in stores.meetings.participants_of(meeting.id) if p.invited_on]
        ticked = {t.item: t.done_on for t in stores.checklist.ticks_of(meeting.id)}
        if invited:
            assert ticked.get("notice_sent") == min(invited), meeting.status
        else:
            assert "notice_sent" not in ticked
            # Its notice can still go out in time (10 days before the meeting).
            assert meeting.starts_at.date() - timedelta(days=10) >= today


@pytest.mark.parametrize("today", DAYS)
def test_nothing_in_the_sample_is_done_on_a_day_still_ahead(store, today):
    write_demo_caseload(store, today, with_meetings=True)
    stores = Stores(store.db)
    for meeting in stores.meetings.list_meetings():
        for action in stores.review.actions_of(meeting.id):
            assert action.done_on is None or action.done_on <= today, action.what
