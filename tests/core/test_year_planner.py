"""The year planner places a year of meetings: in their windows, on school days, spread out."""

from datetime import date, time, timedelta
from itertools import pairwise

from iep_desk.core.availability import parse_availability
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.core.slots import Attendee
from iep_desk.core.year_planner import (
    DUE_TOO_SOON,
    NO_ROOM_BEFORE_DUE,
    MeetingToPlace,
    YearRules,
    plan_year,
)

TODAY = date(2026, 8, 24)
BREAKS = [ClosedPeriod(date(2026, 9, 7), date(2026, 9, 7), "Labor Day"),
          ClosedPeriod(date(2026, 11, 25), date(2026, 11, 27), "Thanksgiving break"),
          ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break"),
          ClosedPeriod(date(2027, 1, 18), date(2027, 1, 18), "MLK Day"),
          ClosedPeriod(date(2027, 3, 22), date(2027, 3, 26), "Spring break")]
CLOSED = frozenset(day for period in BREAKS for day in period.days())
RULES = YearRules(today=TODAY, notice_days=10, day_starts=time(8), day_ends=time(15, 30),
                  closed_days=CLOSED, most_per_day=2)


def year_of(count: int) -> list[MeetingToPlace]:
    """Due dates spread over the school year, several due in the winter break."""
    first = date(2026, 10, 1)
    return [MeetingToPlace(f"m{n}", n, "annual_review" if n % 4 else "reevaluation",
                           first + timedelta(days=(n * 241) // count), 60)
            for n in range(count)]


def test_thirty_meetings_none_on_a_closed_day_none_past_due_none_overlapping():
    meetings = year_of(30)
    plan = plan_year(meetings, RULES)
    assert plan.not_placed == []
    assert len(plan.placed) == 30
    for placed in plan.placed:
        day = placed.starts_at.date()
        assert day not in CLOSED and day.weekday() < 5
        assert day <= placed.meeting.due_by
        assert day >= TODAY + timedelta(days=10)
        assert time(8) <= placed.starts_at.time() and placed.ends_at.time() <= time(15, 30)
    assert max(plan.per_day().values()) <= 2
    times = sorted((p.starts_at, p.ends_at) for p in plan.placed)
    assert all(a[1] <= b[0] for a, b in pairwise(times))


def test_meetings_aim_for_a_few_weeks_before_they_are_due():
    plan = plan_year([MeetingToPlace("a", 1, "annual_review", date(2027, 2, 26), 60)], RULES)
    assert plan.placed[0].starts_at.date() == date(2027, 2, 5)  # 21 days before, a Friday


def test_a_full_day_sends_the_next_meeting_to_another_day():
    due = date(2027, 2, 26)
    same = [MeetingToPlace(f"m{n}", n, "annual_review", due, 60) for n in range(5)]
    plan = plan_year(same, RULES)
    assert len(plan.placed) == 5
    assert max(plan.per_day().values()) <= 2


def test_the_family_times_are_respected():
    thursdays = Attendee("mother", "Ana Silva", required=True,
                         windows=parse_availability("Thu 14:00-15:30"))
    meeting = MeetingToPlace("a", 1, "annual_review", date(2027, 2, 26), 60, (thursdays,))
    placed = plan_year([meeting], RULES).placed[0]
    assert placed.starts_at.weekday() == 3 and placed.starts_at.time() >= time(14)


def test_what_cannot_be_placed_says_why():
    too_soon = MeetingToPlace("soon", 1, "annual_review", TODAY + timedelta(days=5), 60)
    # Due on the last day of winter break with a window that is all break or full.
    rules = YearRules(today=date(2026, 12, 14), notice_days=10, day_starts=time(8),
                      day_ends=time(15, 30), closed_days=CLOSED)
    in_break = MeetingToPlace("break", 2, "annual_review", date(2026, 12, 31), 60)
    plan = plan_year([too_soon], RULES)
    assert [(x.meeting.key, x.code) for x in plan.not_placed] == [("soon", DUE_TOO_SOON)]
    plan = plan_year([in_break], rules)
    assert [(x.meeting.key, x.code) for x in plan.not_placed] == [("break", NO_ROOM_BEFORE_DUE)]


def test_with_nobodys_times_on_file_meetings_end_with_the_school_day_not_start_it():
    # Before, every meeting of the year sat at the first minute of the school day (8:00).
    plan = plan_year(year_of(12), RULES)
    for placed in plan.placed:
        assert placed.starts_at.time() >= time(13, 30), placed
        assert placed.ends_at.time() <= time(15, 30)
    # Two on a day: the second as near the end of the day as the first allows.
    due = date(2027, 2, 26)
    pair = plan_year([MeetingToPlace(f"m{n}", n, "annual_review", due, 60) for n in range(2)],
                     RULES)
    assert min(p.starts_at.time() for p in pair.placed) >= time(13)


def test_a_preferred_time_of_day_is_kept_when_nothing_else_decides():
    rules = YearRules(today=TODAY, notice_days=10, day_starts=time(8), day_ends=time(15, 30),
                      closed_days=CLOSED, preferred_start=time(10))
    plan = plan_year(year_of(6), rules)
    assert {p.starts_at.time() for p in plan.placed} == {time(10)}


def test_the_time_most_optional_people_can_come_beats_the_preferred_time():
    counselor = Attendee("counselor", "Lee Park", required=False,
                         windows=parse_availability("Mon-Fri 9:00-10:00"))
    meeting = MeetingToPlace("a", 1, "annual_review", date(2027, 2, 26), 60, (counselor,))
    placed = plan_year([meeting], RULES).placed[0]
    assert placed.starts_at.time() == time(9)


def test_a_family_free_only_in_the_evening_still_gets_a_proposal_that_says_so():
    # Only after school hours: no time in the window suits the mother. Before, the meeting
    # was "not placed", as if every day were full.
    evenings = Attendee("mother", "Rosa Muñoz", required=True,
                        windows=parse_availability("Mon and Wed 17:30-19:00"))
    teacher = Attendee("teacher", "Sam Okoye", required=False,
                       windows=parse_availability("Mon-Fri 10:00-11:00"))
    meeting = MeetingToPlace("a", 1, "annual_review", date(2027, 2, 26), 60,
                             (evenings, teacher))
    plan = plan_year([meeting], RULES)
    assert plan.not_placed == []
    [placed] = plan.placed
    assert placed.outside_times_of == ("Rosa Muñoz",)
    assert placed.starts_at.time() == time(10)  # where the teacher can come
    # Within the family's times: nothing to say.
    fits = MeetingToPlace("b", 2, "annual_review", date(2027, 2, 26), 60,
                          (Attendee("father", "Luis Muñoz", required=True,
                                    windows=parse_availability("Mon-Fri 9:00-12:00")),))
    assert plan_year([fits], RULES).placed[0].outside_times_of == ()
