"""The slot finder, on a table of cases, plus a cross-check against a step-by-step search."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iep_desk.core.availability import WeeklyWindow, parse_availability
from iep_desk.core.problems import Problem
from iep_desk.core.slots import Attendee, SlotSearch, find_slots, free_intervals, school_days

TODAY = date(2026, 11, 23)  # a Monday; with 10 notice days the first possible day is Thu 3 Dec
FIRST_POSSIBLE = date(2026, 12, 3)


def person(key, times="", required=True, role="", name=None, busy=()):
    return Attendee(
        key=key,
        name=name or key.title(),
        role=role,
        required=required,
        windows=parse_availability(times),
        busy=list(busy),
    )


def search(**changes) -> SlotSearch:
    base = SlotSearch(
        first_day=date(2026, 11, 30),
        last_day=date(2026, 12, 18),
        duration_minutes=60,
        today=TODAY,
        notice_days=10,
        due_by=date(2027, 1, 15),
        day_starts=time(8, 0),
        day_ends=time(16, 0),
        closed_days=frozenset(),
        step_minutes=15,
    )
    return replace(base, **changes)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


PARENT = person("parent", "Tue and Thu 14:00-16:00", role="parent", name="Ana Lopez")
TEACHER = person("teacher", "Mon-Fri 13:00-16:00", role="general_education_teacher", name="Mr Chen")
OT = person("ot", "Mon and Wed 08:00-12:00", role="occupational_therapist", name="Ms Rivera")

def said(code: str, **values) -> Problem:
    """A reason expected among a result's: its code and the values given (a reason may name
    more)."""
    return Problem.of(code, **values)


def among(expected: Problem, found: list[Problem]) -> bool:
    return any(p.code == expected.code
               and all(p.values.get(k) == v for k, v in expected.values.items())
               for p in found)


# (case id, attendees, search, first slot start or None, the reason expected)
CASES = [
    ("overlap", [PARENT, TEACHER], search(), at(FIRST_POSSIBLE, 14), None),
    (
        "no overlap",
        [PARENT, OT],
        search(),
        None,
        said("two_never_overlap", first="Ana Lopez (parent)",
             second="Ms Rivera (occupational therapist)"),
    ),
    (
        "weekend range",
        [PARENT, TEACHER],
        search(first_day=date(2026, 12, 5), last_day=date(2026, 12, 6)),
        None,
        said("range_all_closed", first=date(2026, 12, 5), last=date(2026, 12, 6)),
    ),
    (
        "weekend windows",
        [person("parent", "Sat 10:00-12:00", role="parent"), TEACHER],
        search(),
        None,
        said("times_never_on_school_day", starts=time(8), ends=time(16)),
    ),
    (
        "closed day skipped",
        [PARENT, TEACHER],
        search(closed_days=frozenset({FIRST_POSSIBLE})),
        at(date(2026, 12, 8), 14),
        None,
    ),
    (
        "all closed",
        [PARENT, TEACHER],
        search(
            first_day=date(2026, 12, 3),
            last_day=date(2026, 12, 4),
            closed_days=frozenset({date(2026, 12, 3), date(2026, 12, 4)}),
        ),
        None,
        said("range_all_closed"),
    ),
    (
        "notice days",
        [PARENT, TEACHER],
        search(first_day=date(2026, 11, 24), last_day=date(2026, 11, 30)),
        None,
        said("range_before_notice_date", days=10, possible=date(2026, 12, 3)),
    ),
    (
        "no notice needed",
        [PARENT, TEACHER],
        search(first_day=date(2026, 11, 24), notice_days=0),
        at(date(2026, 11, 24), 14),
        None,
    ),
    (
        "due date before range",
        [PARENT, TEACHER],
        search(due_by=date(2026, 11, 27)),
        None,
        said("due_date_before_range", due=date(2026, 11, 27), first=date(2026, 11, 30),
             last=date(2026, 12, 18)),
    ),
    (
        "due date before notice",
        [PARENT, TEACHER],
        search(first_day=date(2026, 11, 24), due_by=date(2026, 12, 1)),
        None,
        said("notice_reaches_past_due_date", days=10, possible=date(2026, 12, 3),
             due=date(2026, 12, 1)),
    ),
    (
        "due day itself allowed",
        [PARENT, TEACHER],
        search(due_by=FIRST_POSSIBLE, closed_days=frozenset()),
        at(FIRST_POSSIBLE, 14),
        None,
    ),
    (
        "required against optional",
        [PARENT, TEACHER, person("slp", "Thu 15:00-16:00", required=False)],
        search(),
        at(FIRST_POSSIBLE, 15),
        None,
    ),
    (
        "no availability entered",
        [PARENT, person("lea", "")],
        search(),
        at(FIRST_POSSIBLE, 14),
        None,
    ),
    (
        "busy times",
        [
            PARENT,
            person(
                "teacher",
                "Mon-Fri 13:00-16:00",
                busy=[(at(FIRST_POSSIBLE, 13), at(FIRST_POSSIBLE, 15, 30))],
            ),
        ],
        search(),
        at(date(2026, 12, 8), 14),
        None,
    ),
    (
        "busy at every time",
        [
            PARENT,
            person(
                "teacher",
                "Thu 14:00-16:00",
                busy=[
                    (
                        at(FIRST_POSSIBLE + timedelta(days=7 * w), 14),
                        at(FIRST_POSSIBLE + timedelta(days=7 * w), 16),
                    )
                    for w in range(3)
                ],
            ),
        ],
        search(),
        None,
        said("busy_whenever_free", person="Teacher"),
    ),
    (
        "longer than any window",
        [person("parent", "Tue 14:00-15:00", role="parent", name="Ana Lopez"), TEACHER],
        search(duration_minutes=90),
        None,
        said("longest_time_too_short", person="Ana Lopez (parent)", longest=60, minutes=90),
    ),
    (
        "longer than the school day",
        [PARENT],
        search(duration_minutes=600),
        None,
        said("meeting_longer_than_school_day", minutes=600, starts=time(8), ends=time(16)),
    ),
    (
        "busy when the others are free",
        [
            person("a", "Mon-Fri 08:00-10:00"),
            person("b", "Mon-Fri 09:00-11:00"),
            person(
                "c",
                "Mon-Fri 08:00-11:00",
                busy=[
                    (
                        at(date(2026, 12, 3) + timedelta(days=n), 9),
                        at(date(2026, 12, 3) + timedelta(days=n), 10),
                    )
                    for n in range(16)
                ],
            ),
        ],
        search(),
        None,
        said("busy_whenever_others_free", person="C"),
    ),
    (
        "never together",
        [
            person("a", "Mon-Fri 08:00-10:00"),
            person("b", "Mon-Fri 09:00-11:00"),
            person("c", "Mon-Fri 08:00-09:00; Mon-Fri 10:00-11:00"),
        ],
        search(),
        None,
        said("never_when_others_free", person="C"),
    ),
    (
        "empty range",
        [PARENT, TEACHER],
        search(first_day=date(2026, 12, 10), last_day=date(2026, 12, 1)),
        None,
        said("search_range_empty", first=date(2026, 12, 10), last=date(2026, 12, 1)),
    ),
    (
        "zero duration",
        [PARENT, TEACHER],
        search(duration_minutes=0),
        None,
        said("search_meeting_too_short"),
    ),
]


@pytest.mark.parametrize(
    ("attendees", "slot_search", "first_start", "reason"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_slot_table(attendees, slot_search, first_start, reason):
    result = find_slots(attendees, slot_search)
    if first_start is None:
        assert result.slots == []
        assert among(reason, result.reasons), result.reasons
        # A search that cannot run gets its problem named; any other gets advice too.
        assert bool(result.suggestions) != bool(slot_search.problems())
    else:
        assert result.slots, result.reasons
        assert result.slots[0].starts_at == first_start
        assert result.slots[0].ends_at == first_start + timedelta(
            minutes=slot_search.duration_minutes
        )
        assert result.reasons == []
        _assert_slots_obey_rules(attendees, slot_search, result.slots)


def _assert_slots_obey_rules(attendees, slot_search, slots):
    earliest = slot_search.today + timedelta(days=slot_search.notice_days)
    for slot in slots:
        day = slot.starts_at.date()
        assert day.weekday() < 5 and day not in slot_search.closed_days
        assert earliest <= day and slot_search.first_day <= day <= slot_search.last_day
        assert slot_search.due_by is None or day <= slot_search.due_by
        assert slot_search.day_starts <= slot.starts_at.time()
        assert slot.ends_at.time() <= slot_search.day_ends
        for attendee in attendees:
            if attendee.required:
                assert _naive_free(attendee, slot.starts_at, slot.ends_at, slot_search)


def test_optional_people_rank_the_slots_and_cannot_come_is_listed():
    slp = person("slp", "Thu 15:00-16:00", required=False)
    counsellor = person("counsellor", "Tue 14:00-15:00; Thu 15:00-16:00", required=False)
    result = find_slots([PARENT, TEACHER, slp, counsellor], search(), best=5)
    first = result.slots[0]
    assert first.starts_at == at(FIRST_POSSIBLE, 15)
    assert first.optional_coming == ["slp", "counsellor"] and first.cannot_come == []
    # Every Thursday 15:00 has both; then one optional person, earliest first.
    assert [s.starts_at for s in result.slots[:3]] == [
        at(FIRST_POSSIBLE + timedelta(days=7 * w), 15) for w in range(3)
    ]
    fourth = result.slots[3]
    assert fourth.starts_at == at(date(2026, 12, 8), 14)
    assert fourth.optional_coming == ["counsellor"] and fourth.cannot_come == ["slp"]
    counts = [len(s.optional_coming) for s in result.slots]
    assert counts == sorted(counts, reverse=True)
    assert any("slp" in s.cannot_come for s in result.slots)


def test_suggested_slots_never_overlap_and_respect_best():
    result = find_slots([PARENT, TEACHER], search(), best=4)
    assert len(result.slots) == 4
    spans = sorted((s.starts_at, s.ends_at) for s in result.slots)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start


def test_no_times_entered_are_listed_and_treated_as_free_on_school_days():
    unknown = person("lea", "", name="Dr Park")
    result = find_slots([PARENT, unknown], search())
    assert result.no_times_entered == ["lea"]
    assert result.slots[0].starts_at == at(FIRST_POSSIBLE, 14)
    assert find_slots([PARENT, TEACHER], search()).no_times_entered == []


def test_near_misses_say_who_cannot_come():
    result = find_slots([PARENT, TEACHER, OT], search())
    assert result.slots == []
    assert result.near_misses
    for miss in result.near_misses:
        assert len(miss.missing_required) in (1, 2)
        assert "ot" in miss.cannot_come
        assert miss.missing_required[0] in miss.cannot_come
    # The best near misses leave out only one person.
    assert result.near_misses[0].missing_required == ["ot"]
    assert said("look_at_near_misses") in result.suggestions


def test_family_is_never_suggested_to_be_made_optional():
    result = find_slots([PARENT, OT], search())
    assert said("let_join_by_phone_or_optional",
                person="Ms Rivera (occupational therapist)") in result.suggestions
    assert not among(said("let_join_by_phone_or_optional", person="Ana Lopez (parent)"),
                     result.suggestions)


def test_someone_who_overlaps_nobody_is_one_reason():
    team = [person(k, "Mon-Fri 08:00-12:00") for k in ("gen", "sped", "lea")]
    result = find_slots([PARENT, *team], search())
    assert result.reasons == [said("overlaps_nobody", person="Ana Lopez (parent)")]
    assert result.suggestions[0] == said("ask_family_for_other_times", person="Ana Lopez (parent)")


def test_longer_range_is_suggested_up_to_the_due_date():
    result = find_slots([PARENT, OT], search())
    assert said("search_longer_range_to_due_date", start=date(2026, 12, 3),
                due=date(2027, 1, 15)) in result.suggestions


def test_reasons_and_suggestions_say_the_same_english_as_before():
    """The command line and str() read a reason as the sentence it was before it became a
    code (the window words the code in its own language)."""
    result = find_slots([PARENT, OT], search())
    assert str(result.reasons[0]) == (
        "The times of Ana Lopez (parent) never overlap those of Ms Rivera (occupational "
        "therapist) in this range.")
    assert "Search a longer range: from 2026-12-03 up to the due date (2027-01-15)." in [
        str(s) for s in result.suggestions]


def test_a_reason_names_the_person_and_keeps_their_role_for_the_window():
    result = find_slots([PARENT, OT], search())
    first = result.reasons[0].values["first"]
    assert first == "Ana Lopez (parent)"
    assert (first.name, first.role) == ("Ana Lopez", "parent")
    nameless = find_slots([person("x", "Sat 10:00-11:00", role="district_representative",
                                  name=" "), TEACHER], search()).reasons[0].values["person"]
    assert nameless == "district representative"
    assert (nameless.name, nameless.role) == ("district representative",
                                              "district_representative")


def test_school_days_apply_notice_due_weekends_and_closed_days():
    days = school_days(search(due_by=date(2026, 12, 9), closed_days=frozenset({date(2026, 12, 4)})))
    assert days == [date(2026, 12, 3), date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9)]


def test_free_intervals_subtract_busy_times():
    teacher = person(
        "teacher",
        "Thu 08:00-12:00; Thu 13:00-15:00",
        busy=[
            (at(FIRST_POSSIBLE, 9), at(FIRST_POSSIBLE, 10, 30)),
            (at(FIRST_POSSIBLE, 11, 45), at(FIRST_POSSIBLE, 13, 15)),
        ],
    )
    assert free_intervals(teacher, FIRST_POSSIBLE, time(7, 30), time(16)) == [
        (at(FIRST_POSSIBLE, 8), at(FIRST_POSSIBLE, 9)),
        (at(FIRST_POSSIBLE, 10, 30), at(FIRST_POSSIBLE, 11, 45)),
        (at(FIRST_POSSIBLE, 13, 15), at(FIRST_POSSIBLE, 15)),
    ]
    # Another Thursday: the busy times were one-off.
    next_week = FIRST_POSSIBLE + timedelta(days=7)
    assert len(free_intervals(teacher, next_week, time(7, 30), time(16))) == 2


def test_free_intervals_clip_to_school_hours_and_know_unknown_times():
    early = person("early", "Mon 06:00-09:00")
    monday = date(2026, 12, 7)
    assert free_intervals(early, monday, time(8), time(16)) == [(at(monday, 8), at(monday, 9))]
    unknown = person("unknown", "", busy=[(at(monday, 20), at(monday + timedelta(days=1), 9))])
    assert free_intervals(unknown, monday, time(8), time(16)) == [(at(monday, 8), at(monday, 16))]
    # The busy time runs past midnight into Tuesday morning.
    tuesday = monday + timedelta(days=1)
    assert free_intervals(unknown, tuesday, time(8), time(16)) == [
        (at(tuesday, 9), at(tuesday, 16))
    ]
    assert free_intervals(unknown, date(2026, 12, 5), time(8), time(16)) == []  # Saturday


# ---------------------------------------------------------------------------
# Cross-check against the slow, obvious search: every step, every person.


def _naive_free(attendee, start, end, slot_search):
    if attendee.windows:
        inside = any(
            w.weekday == start.weekday() and w.start <= start.time() and end.time() <= w.end
            for w in attendee.windows
        )
    else:
        inside = start.weekday() < 5
    inside = (
        inside and slot_search.day_starts <= start.time() and end.time() <= slot_search.day_ends
    )
    return inside and not any(b_start < end and start < b_end for b_start, b_end in attendee.busy)


def _naive_slots(attendees, slot_search):
    found = []
    earliest = slot_search.today + timedelta(days=slot_search.notice_days)
    day = slot_search.first_day
    while day <= slot_search.last_day:
        if (
            day.weekday() < 5
            and day not in slot_search.closed_days
            and day >= earliest
            and (slot_search.due_by is None or day <= slot_search.due_by)
        ):
            start = at(day, slot_search.day_starts.hour, slot_search.day_starts.minute)
            while True:
                end = start + timedelta(minutes=slot_search.duration_minutes)
                if end.date() != day or end.time() > slot_search.day_ends:
                    break
                if all(_naive_free(a, start, end, slot_search) for a in attendees if a.required):
                    coming = sum(
                        1
                        for a in attendees
                        if not a.required and _naive_free(a, start, end, slot_search)
                    )
                    found.append((start, coming))
                start += timedelta(minutes=slot_search.step_minutes)
        day += timedelta(days=1)
    return found


def _random_meeting(seed):
    rng = random.Random(seed)
    attendees = []
    for n in range(rng.randint(1, 6)):
        windows = []
        for weekday in rng.sample(range(7), rng.randint(0, 4)):
            start = rng.randint(7 * 4, 15 * 4)
            end = min(start + rng.randint(2, 16), 17 * 4)
            windows.append(
                WeeklyWindow(
                    weekday, time(start // 4, start % 4 * 15), time(end // 4, end % 4 * 15)
                )
            )
        busy = []
        for _ in range(rng.randint(0, 6)):
            start = at(
                date(2026, 12, 1) + timedelta(days=rng.randrange(21)),
                rng.randint(7, 16),
                rng.choice((0, 10, 15, 30, 45)),
            )
            busy.append((start, start + timedelta(minutes=rng.choice((20, 30, 60, 120)))))
        attendees.append(Attendee(f"p{n}", f"P{n}", "", rng.random() < 0.6, windows, busy))
    slot_search = search(
        first_day=date(2026, 12, 1),
        last_day=date(2026, 12, 21),
        duration_minutes=rng.choice((30, 45, 60, 90)),
        notice_days=rng.choice((0, 5, 10)),
        today=date(2026, 11, 28),
        due_by=rng.choice((None, date(2026, 12, 15))),
        closed_days=frozenset({date(2026, 12, 9)}),
        step_minutes=rng.choice((10, 15, 30)),
        day_starts=time(7, 30),
        day_ends=time(16, 30),
    )
    return attendees, slot_search


@settings(max_examples=80, deadline=None, database=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_matches_a_step_by_step_search(seed):
    attendees, slot_search = _random_meeting(seed)
    naive = _naive_slots(attendees, slot_search)
    result = find_slots(attendees, slot_search, best=5)
    assert bool(result.slots) == bool(naive)
    coming = dict(naive)
    for slot in result.slots:
        assert slot.starts_at in coming
        assert len(slot.optional_coming) == coming[slot.starts_at]
    if naive:
        assert len(result.slots[0].optional_coming) == max(coming.values())
        best_count = max(coming.values())
        earliest_best = min(s for s, c in naive if c == best_count)
        assert result.slots[0].starts_at == earliest_best
    else:
        assert result.reasons
