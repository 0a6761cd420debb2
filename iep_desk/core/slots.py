"""The slot finder: times when everyone who must come to a meeting is free.

Plain Python, no Qt. The work is done one school day at a time on sorted lists
of minutes (a person's weekly windows clipped to school-day hours, less their
one-off busy times). Each person's free time on a day becomes a bit mask of the
start times that fit the whole meeting (bit k = day start + k steps), so "is
everyone free?" is a bitwise AND instead of a test of every step against every
person.

Dates and times are naive local times: the school's own clock.

Reasons and suggestions, and what makes a search impossible, are core.problems.Problem
codes with their values (English in core.problems.ENGLISH, the window's words in
ui/problems.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Self

from iep_desk.core.availability import WeeklyTimes, WeeklyWindow
from iep_desk.core.deadlines import earliest_meeting_day
from iep_desk.core.problems import Problem

# A day's free time: sorted, non-overlapping (start, end) pairs in minutes after midnight.
Intervals = list[tuple[int, int]]

_DAY_MINUTES = 24 * 60
# Roles for which "make them optional" is never suggested: the family must be invited.
_FAMILY_ROLES = frozenset(
    {
        "parent",
        "guardian",
        "mother",
        "father",
        "family",
        "family member",
        "foster parent",
        "grandparent",
        "student",
        "surrogate parent",
    }
)


@dataclass
class Attendee:
    """One person the meeting is planned around.

    `key` identifies them in results (the UI maps it back to a participant).
    No `windows` means "we do not know when they can meet": they are treated as
    free at any school-day time and listed in `SlotResult.no_times_entered`.
    `busy` holds one-off times they cannot meet (start, end), naive local datetimes.
    """

    key: str
    name: str
    role: str = ""
    required: bool = True
    windows: list[WeeklyWindow] = field(default_factory=list)
    busy: list[tuple[datetime, datetime]] = field(default_factory=list)


class Person(str):
    """Someone a reason or a suggestion names (a value of its Problem). As text, the English
    the command line prints, "Ana Lopez (parent)"; `name` and `role` (the role or relationship
    as stored, "district_representative") let the window name the role in its own words."""

    name: str
    role: str

    def __new__(cls, name: str, role: str) -> Self:
        words = role.replace("_", " ")
        person = super().__new__(cls, f"{name} ({words})" if words and words != name else name)
        person.name = name
        person.role = role
        return person


@dataclass
class SlotSearch:
    """What to search: the range of days, the meeting's length and the school's rules.

    A slot must lie between `day_starts` and `day_ends` on a weekday that is not
    in `closed_days`, on or after `today + notice_days`, and on or before `due_by`
    (the due day itself is allowed). Start times fall on `day_starts` plus whole
    multiples of `step_minutes`.
    """

    first_day: date
    last_day: date
    duration_minutes: int
    today: date
    notice_days: int
    due_by: date | None
    day_starts: time
    day_ends: time
    closed_days: frozenset[date] = frozenset()
    step_minutes: int = 15

    @property
    def first_possible_day(self) -> date:
        """The first day a meeting can be held once the notice goes out today."""
        return earliest_meeting_day(self.today, self.notice_days)

    def problems(self) -> list[Problem]:
        """What makes this search impossible to run (empty when fine): problems that block."""
        found = []
        if self.last_day < self.first_day:
            found.append(
                Problem.of(
                    "search_range_empty",
                    first=self.first_day,
                    last=self.last_day,
                )
            )
        if self.duration_minutes <= 0:
            found.append(Problem.of("search_meeting_too_short"))
        if self.step_minutes <= 0:
            found.append(Problem.of("search_step_too_small"))
        if self.day_ends <= self.day_starts:
            found.append(
                Problem.of(
                    "search_school_day_backwards",
                    starts=self.day_starts,
                    ends=self.day_ends,
                )
            )
        if self.notice_days < 0:
            found.append(Problem.of("search_notice_days_negative"))
        return found


@dataclass
class Slot:
    """A possible meeting time.

    `optional_coming`: keys of optional attendees free for the whole time.
    `cannot_come`: keys of everyone who is not free (required people first).
    `missing_required`: for a near miss, the keys of the required people who
    cannot come; empty for a real slot.
    """

    starts_at: datetime
    ends_at: datetime
    optional_coming: list[str]
    cannot_come: list[str]
    missing_required: list[str] = field(default_factory=list)


@dataclass
class SlotResult:
    """The best slots, the near misses, and, when no slot exists, why and what to change."""

    slots: list[Slot]
    near_misses: list[Slot]
    no_times_entered: list[str]
    reasons: list[Problem]
    suggestions: list[Problem]


# ---------------------------------------------------------------------------
# Interval arithmetic on minutes


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _merge(intervals: Iterable[tuple[int, int]]) -> Intervals:
    merged: Intervals = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _clip(intervals: Intervals, low: int, high: int) -> Intervals:
    clipped = []
    for start, end in intervals:
        start, end = max(start, low), min(end, high)
        if start < end:
            clipped.append((start, end))
    return clipped


def _subtract(free: Intervals, busy: Intervals) -> Intervals:
    """`free` less `busy`; both sorted and merged, so one pass over each."""
    if not busy:
        return free
    result: Intervals = []
    j = 0
    for start, end in free:
        while j < len(busy) and busy[j][1] <= start:
            j += 1
        k = j
        while k < len(busy) and busy[k][0] < end:
            busy_start, busy_end = busy[k]
            if busy_start > start:
                result.append((start, busy_start))
            start = max(start, busy_end)
            if start >= end:
                break
            k += 1
        if start < end:
            result.append((start, end))
    return result


class _Person:
    """An attendee prepared for fast daily lookups."""

    __slots__ = ("attendee", "busy_by_day", "by_weekday", "has_windows")

    def __init__(self, attendee: Attendee, low: int, high: int) -> None:
        self.attendee = attendee
        self.has_windows = bool(attendee.windows)
        self.by_weekday: dict[int, Intervals] = {}
        if self.has_windows:
            raw: dict[int, list[tuple[int, int]]] = {}
            for window in attendee.windows:
                raw.setdefault(window.weekday, []).append(
                    (_minutes(window.start), _minutes(window.end))
                )
            for weekday, spans in raw.items():
                clipped = _clip(_merge(spans), low, high)
                if clipped:
                    self.by_weekday[weekday] = clipped
        else:
            # Times unknown: free at any school-day time, Monday to Friday.
            for weekday in range(5):
                self.by_weekday[weekday] = [(low, high)]
        self.busy_by_day: dict[date, Intervals] = {}
        spans_by_day: dict[date, list[tuple[int, int]]] = {}
        for starts_at, ends_at in attendee.busy:
            if ends_at <= starts_at:
                continue
            day = starts_at.date()
            # A busy time past midnight is cut into one piece per day.
            while day <= ends_at.date():
                day_start = datetime.combine(day, time())
                start = max(0, int((starts_at - day_start).total_seconds() // 60))
                end = min(_DAY_MINUTES, -int(-(ends_at - day_start).total_seconds() // 60))
                if start < end:
                    spans_by_day.setdefault(day, []).append((start, end))
                day += timedelta(days=1)
        for day, spans in spans_by_day.items():
            self.busy_by_day[day] = _merge(spans)

    def free(self, day: date, with_busy: bool = True) -> Intervals:
        base = self.by_weekday.get(day.weekday(), [])
        if not with_busy:
            return base
        return _subtract(base, self.busy_by_day.get(day, []))


def _start_mask(free: Intervals, low: int, duration: int, step: int) -> int:
    """Bit k set when a meeting starting at low + k*step fits inside one free interval."""
    mask = 0
    for start, end in free:
        latest = end - duration
        if latest < start:
            continue
        first_k = -((low - start) // step)  # ceil((start - low) / step)
        last_k = (latest - low) // step
        if last_k >= first_k:
            mask |= ((1 << (last_k - first_k + 1)) - 1) << first_k
    return mask


def _bits(mask: int) -> Iterable[int]:
    while mask:
        lowest = mask & -mask
        yield lowest.bit_length() - 1
        mask ^= lowest


# ---------------------------------------------------------------------------
# Public API


def free_intervals(
    attendee: Attendee, day: date, day_starts: time, day_ends: time
) -> list[tuple[datetime, datetime]]:
    """The attendee's free time on `day` within school-day hours, for the week view.

    Their weekly windows for that weekday (or the whole school day, Monday to
    Friday, when no windows are entered), less their busy times.
    """
    low, high = _minutes(day_starts), _minutes(day_ends)
    if high <= low:
        return []
    person = _Person(attendee, low, high)
    midnight = datetime.combine(day, time())
    return [
        (midnight + timedelta(minutes=start), midnight + timedelta(minutes=end))
        for start, end in person.free(day)
    ]


def school_days(search: SlotSearch) -> list[date]:
    """Every day in the range that can hold the meeting by the calendar rules alone."""
    first = max(search.first_day, search.first_possible_day)
    last = search.last_day if search.due_by is None else min(search.last_day, search.due_by)
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5 and day not in search.closed_days:
            days.append(day)
        day += timedelta(days=1)
    return days


def find_slots(attendees: Sequence[Attendee], search: SlotSearch, best: int = 10) -> SlotResult:
    """The `best` slots where every required attendee is free, ranked by how many
    optional attendees can also come (then earlier first), plus up to `best` near
    misses (all but one or two required attendees free).

    Suggested slots never overlap each other: a slot overlapping a better one is
    left out, so the list offers distinct times (the week view shows whole free
    bands). When there is no slot, `reasons` says why and `suggestions` what to change.
    """
    no_times = [a.key for a in attendees if not a.windows]
    problems = search.problems()
    if problems:
        return SlotResult([], [], no_times, problems, [])

    low, high = _minutes(search.day_starts), _minutes(search.day_ends)
    duration, step = search.duration_minutes, search.step_minutes
    people = [_Person(a, low, high) for a in attendees]
    required = [i for i, a in enumerate(attendees) if a.required]
    optional = [i for i, a in enumerate(attendees) if not a.required]
    days = school_days(search)

    full_day_mask = _start_mask([(low, high)], low, duration, step)
    # Per usable day: each person's start mask.
    day_masks: list[tuple[date, list[int]]] = []
    slot_candidates: list[tuple[int, int, int]] = []
    near_candidates: list[tuple[int, int, int, int, list[int]]] = []
    for day in days:
        masks = [_start_mask(p.free(day), low, duration, step) for p in people]
        day_masks.append((day, masks))
        everyone = full_day_mask
        for i in required:
            everyone &= masks[i]
        for k in _bits(everyone):
            bit = 1 << k
            coming = sum(1 for i in optional if masks[i] & bit)
            slot_candidates.append((-coming, day.toordinal(), k))
        if required:
            # Near misses: steps where one or two required people (not all) are missing.
            for k in _bits(full_day_mask & ~everyone):
                bit = 1 << k
                missing = [i for i in required if not masks[i] & bit]
                if len(missing) <= 2 and len(missing) < len(required):
                    coming = sum(1 for i in optional if masks[i] & bit)
                    near_candidates.append((len(missing), -coming, day.toordinal(), k, missing))

    def make_slot(day_ordinal: int, k: int, masks: list[int], missing: list[int]) -> Slot:
        starts_at = datetime.combine(date.fromordinal(day_ordinal), time()) + timedelta(
            minutes=low + k * step
        )
        bit = 1 << k
        return Slot(
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=duration),
            optional_coming=[attendees[i].key for i in optional if masks[i] & bit],
            cannot_come=[attendees[i].key for i in required + optional if not masks[i] & bit],
            missing_required=[attendees[i].key for i in missing],
        )

    masks_by_ordinal = {day.toordinal(): masks for day, masks in day_masks}
    slots: list[Slot] = []
    taken: dict[int, list[int]] = {}
    for _, ordinal, k in sorted(slot_candidates):
        if len(slots) >= best:
            break
        if _claim(taken, ordinal, k, step, duration):
            slots.append(make_slot(ordinal, k, masks_by_ordinal[ordinal], []))
    near_misses: list[Slot] = []
    taken = {}
    near_candidates.sort(key=lambda c: c[:4])
    for _, _, ordinal, k, missing in near_candidates:
        if len(near_misses) >= best:
            break
        if _claim(taken, ordinal, k, step, duration):
            near_misses.append(make_slot(ordinal, k, masks_by_ordinal[ordinal], missing))

    reasons: list[Problem] = []
    suggestions: list[Problem] = []
    if not slots:
        reasons, suggestions = _explain(
            attendees, people, required, search, days, day_masks, full_day_mask, bool(near_misses)
        )
    return SlotResult(slots, near_misses, no_times, reasons, suggestions)


def _claim(taken: dict[int, list[int]], ordinal: int, k: int, step: int, duration: int) -> bool:
    """Record step k of the day as chosen unless it overlaps one chosen already."""
    chosen = taken.setdefault(ordinal, [])
    start = k * step
    if any(abs(other * step - start) < duration for other in chosen):
        return False
    chosen.append(k)
    return True


# ---------------------------------------------------------------------------
# Why there is no slot, and what to change


def _who(attendee: Attendee) -> Person:
    role = attendee.role.replace("_", " ").strip()
    return Person(attendee.name.strip() or role or attendee.key, attendee.role.strip())


def _is_family(attendee: Attendee) -> bool:
    return attendee.role.replace("_", " ").strip().lower() in _FAMILY_ROLES


def _next_school_day(day: date, closed: frozenset[date]) -> date:
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def _explain(
    attendees: Sequence[Attendee],
    people: list[_Person],
    required: list[int],
    search: SlotSearch,
    days: list[date],
    day_masks: list[tuple[date, list[int]]],
    full_day_mask: int,
    has_near_misses: bool,
) -> tuple[list[Problem], list[Problem]]:
    reasons: list[Problem] = []
    suggestions: list[Problem] = []
    longer_range = _longer_range_suggestion(search)

    low, high = _minutes(search.day_starts), _minutes(search.day_ends)
    if search.duration_minutes > high - low:
        reasons.append(
            Problem.of(
                "meeting_longer_than_school_day",
                minutes=search.duration_minutes,
                starts=search.day_starts,
                ends=search.day_ends,
            )
        )
        suggestions.append(Problem.of("plan_shorter_meeting"))
        return reasons, suggestions

    if not days:
        reasons.extend(_calendar_reasons(search))
        if search.due_by is not None and search.due_by < search.first_possible_day:
            suggestions.append(Problem.of("check_the_due_date"))
        elif search.due_by is not None and search.due_by < search.first_day:
            suggestions.append(
                Problem.of(
                    "search_before_due_date",
                    due=search.due_by,
                )
            )
        elif longer_range:
            suggestions.append(longer_range)
        return reasons, suggestions

    # Every day is usable by the calendar: the people are the problem.
    def never(mask_of_day) -> bool:
        return all(mask_of_day(masks) == 0 for _, masks in day_masks)

    blocked: list[int] = []
    for i in required:
        if never(lambda masks, i=i: masks[i] & full_day_mask):
            blocked.append(i)
            reason, advice = _why_person_never_free(attendees[i], people[i], search, days)
            reasons.append(reason)
            suggestions.extend(advice)

    free_required = [i for i in required if i not in blocked]
    if not blocked:
        pairs = []
        for n, i in enumerate(free_required):
            for j in free_required[n + 1 :]:
                if never(lambda masks, i=i, j=j: masks[i] & masks[j] & full_day_mask):
                    pairs.append((i, j))
        # Someone who overlaps nobody is one reason, not one per other person.
        loners = [
            i
            for i in free_required
            if len(free_required) > 2
            and sum(1 for pair in pairs if i in pair) == len(free_required) - 1
        ]
        for i in loners:
            reasons.append(
                Problem.of(
                    "overlaps_nobody",
                    person=_who(attendees[i]),
                )
            )
            suggestions.append(_change_someone_suggestion(attendees[i]))
        other_pairs = [(i, j) for i, j in pairs if i not in loners and j not in loners]
        for i, j in other_pairs[:5]:
            reasons.append(
                Problem.of(
                    "two_never_overlap",
                    first=_who(attendees[i]),
                    second=_who(attendees[j]),
                )
            )
        if other_pairs:
            i, j = other_pairs[0]
            suggestions.append(_change_someone_suggestion(attendees[i], attendees[j]))
        if not pairs:
            for i in free_required:
                others = [j for j in free_required if j != i]
                others_free = []
                for _, masks in day_masks:
                    together = full_day_mask
                    for j in others:
                        together &= masks[j]
                    others_free.append(together)
                if not any(others_free):
                    continue
                unbusy = [
                    _start_mask(
                        people[i].free(day, with_busy=False),
                        low,
                        search.duration_minutes,
                        search.step_minutes,
                    )
                    for day in days
                ]
                if any(o & u for o, u in zip(others_free, unbusy, strict=True)):
                    reasons.append(
                        Problem.of(
                            "busy_whenever_others_free",
                            person=_who(attendees[i]),
                        )
                    )
                    suggestions.append(
                        Problem.of("ask_whether_busy_time_can_move", person=_who(attendees[i]))
                    )
                else:
                    reasons.append(
                        Problem.of(
                            "never_when_others_free",
                            person=_who(attendees[i]),
                        )
                    )
                suggestions.append(_change_someone_suggestion(attendees[i]))
            if not reasons:
                reasons.append(
                    Problem.of(
                        "no_time_for_everyone",
                        count=len(required),
                    )
                )
                suggestions.append(Problem.of("make_someone_optional"))

    if has_near_misses:
        suggestions.append(Problem.of("look_at_near_misses"))
    if longer_range:
        suggestions.append(longer_range)
    return reasons, _unique(suggestions)


def _calendar_reasons(search: SlotSearch) -> list[Problem]:
    """Why no day of the range is allowed by the calendar rules alone."""
    all_days = [
        search.first_day + timedelta(days=n)
        for n in range((search.last_day - search.first_day).days + 1)
    ]
    open_days = [d for d in all_days if d.weekday() < 5 and d not in search.closed_days]
    first_possible = search.first_possible_day
    due = search.due_by
    if due is not None and due < search.first_day:
        return [
            Problem.of(
                "due_date_before_range",
                due=due,
                first=search.first_day,
                last=search.last_day,
            )
        ]
    if not open_days:
        return [
            Problem.of(
                "range_all_closed",
                first=search.first_day,
                last=search.last_day,
            )
        ]
    if due is not None and due < first_possible:
        return [
            Problem.of(
                "notice_reaches_past_due_date",
                days=search.notice_days,
                possible=first_possible,
                due=due,
            )
        ]
    after_notice = [d for d in open_days if d >= first_possible]
    if not after_notice:
        return [
            Problem.of(
                "range_before_notice_date",
                days=search.notice_days,
                possible=_next_school_day(first_possible, search.closed_days),
            )
        ]
    return [
        Problem.of(
            "no_day_between_notice_and_due_date",
            possible=first_possible,
            due=due or "",
        )
    ]


def _longer_range_suggestion(search: SlotSearch) -> Problem | None:
    start = max(search.first_day, search.first_possible_day)
    start = _next_school_day(start, search.closed_days)
    if search.due_by is None:
        if search.first_day < start:
            return Problem.of("search_longer_range_from", start=start)
        return Problem.of("search_longer_range")
    if search.last_day < search.due_by:
        return Problem.of(
            "search_longer_range_to_due_date",
            start=start,
            due=search.due_by,
        )
    return None


def _why_person_never_free(
    attendee: Attendee, person: _Person, search: SlotSearch, days: list[date]
) -> tuple[Problem, list[Problem]]:
    who = _who(attendee)
    school_windows = [person.by_weekday.get(weekday, []) for weekday in range(5)]
    longest = max((end - start for spans in school_windows for start, end in spans), default=0)
    if attendee.windows and longest == 0:
        reason = Problem.of(
            "times_never_on_school_day",
            person=who,
            times=WeeklyTimes(attendee.windows),
            starts=search.day_starts,
            ends=search.day_ends,
        )
        return reason, [_ask_for_times(attendee)]
    if longest < search.duration_minutes:
        reason = Problem.of(
            "longest_time_too_short",
            person=who,
            longest=longest,
            minutes=search.duration_minutes,
        )
        return reason, [
            _ask_for_times(attendee),
            Problem.of("plan_shorter_meeting"),
        ]
    low = _minutes(search.day_starts)
    free_without_busy = any(
        _start_mask(
            person.free(day, with_busy=False), low, search.duration_minutes, search.step_minutes
        )
        for day in days
    )
    if free_without_busy:
        reason = Problem.of("busy_whenever_free", person=who)
        return reason, [
            Problem.of("ask_whether_busy_time_can_move", person=who),
            _change_someone_suggestion(attendee),
        ]
    reason = Problem.of("no_free_time", person=who)
    return reason, [_ask_for_times(attendee)]


def _ask_for_times(attendee: Attendee) -> Problem:
    return Problem.of("ask_for_more_times", person=_who(attendee))


def _change_someone_suggestion(first: Attendee, second: Attendee | None = None) -> Problem:
    """Make someone optional or let them call in; never suggests dropping the family."""
    choices = [a for a in (first, second) if a is not None and not _is_family(a)]
    if not choices:
        return Problem.of(
            "ask_family_for_other_times",
            person=_who(first),
        )
    who = _who(choices[0])
    return Problem.of(
        "let_join_by_phone_or_optional",
        person=who,
    )


def _unique(suggestions: list[Problem]) -> list[Problem]:
    """The suggestions in order, each once (a Problem's values are a dict: compared, not
    hashed)."""
    result: list[Problem] = []
    for suggestion in suggestions:
        if suggestion not in result:
            result.append(suggestion)
    return result
