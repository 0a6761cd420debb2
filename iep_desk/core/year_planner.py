"""A year of meetings: every annual review and re-evaluation due in a range, placed in time.

Each meeting is placed by the slot finder inside its own window: after the notice days from
the day planning starts, on or before its due date, in school hours, on school days, and
spread so that no day holds more than a set number of meetings. Meetings are placed in the
order of their due dates (the tightest window first), each aiming for a day a few weeks
before its due date so that a meeting that has to move still has room, at a time the most
of its optional people can come, else at the preferred time of day (see YearRules). What this module
returns is a proposal: the teacher adjusts it before the meetings become drafts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from iep_desk.core.deadlines import earliest_meeting_day
from iep_desk.core.slots import Attendee, SlotSearch, find_slots

# Problem codes for a meeting that could not be placed (the UI words them).
NO_ROOM_BEFORE_DUE = "no_room_before_due"   # every possible day is full or taken
DUE_TOO_SOON = "due_too_soon"                # the notice days already run past the due date


@dataclass(frozen=True, slots=True)
class MeetingToPlace:
    """One meeting the year needs: whose, what kind, by when, how long."""

    key: str                     # the caller's id for it ("student 7: annual review")
    student_id: int
    meeting_type: str
    due_by: date
    duration_minutes: int
    # The people it is planned around (the family, the team) with their weekly times;
    # empty: only school hours and the other meetings limit it.
    attendees: tuple[Attendee, ...] = ()


@dataclass(frozen=True, slots=True)
class Placement:
    meeting: MeetingToPlace
    starts_at: datetime
    ends_at: datetime
    # The people the meeting was to be placed around whose weekly times it falls outside
    # (their names): no time in its window suited them, so it is placed where the others
    # can come, for the teacher to settle with them.
    outside_times_of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NotPlaced:
    meeting: MeetingToPlace
    code: str


@dataclass
class YearPlan:
    placed: list[Placement] = field(default_factory=list)
    not_placed: list[NotPlaced] = field(default_factory=list)

    def per_day(self) -> Counter[date]:
        return Counter(p.starts_at.date() for p in self.placed)


# A meeting is placed at most this many days before its due date (YearRules), so a meeting
# due early in a range may land before the range starts.
EARLIEST_DAYS_BEFORE_DUE = 60


@dataclass(frozen=True, slots=True)
class YearRules:
    """The school's rules for placing meetings (from the planner settings)."""

    today: date                  # planning starts today: notices go out from here
    notice_days: int
    day_starts: time
    day_ends: time
    closed_days: frozenset[date] = frozenset()
    most_per_day: int = 2
    # Aim this many days before the due date; earlier if that day is full, later if needed.
    aim_days_before_due: int = 21
    # How far before the due date a meeting may go: an annual review held months early
    # shortens the next year's cycle.
    earliest_days_before_due: int = EARLIEST_DAYS_BEFORE_DUE
    # The time of day to aim for when nothing else tells two times apart (nobody's weekly
    # times on file). None: aim to end as the school day ends (the nearest time the slot
    # finder offers, whole steps from the day's start), after the teaching day, rather than
    # every meeting of the year at the first minute of the school day.
    preferred_start: time | None = None

    def preferred_minutes(self, duration_minutes: int) -> int:
        """The preferred start, in minutes after midnight, for a meeting this long."""
        if self.preferred_start is not None:
            return _minutes(self.preferred_start)
        return max(_minutes(self.day_starts), _minutes(self.day_ends) - duration_minutes)


def _minutes(moment: time | datetime) -> int:
    return moment.hour * 60 + moment.minute


# The case manager runs every meeting: placed meetings are busy time for this attendee,
# so no two meetings overlap.
_CASE_MANAGER = "case-manager"


def plan_year(meetings: Sequence[MeetingToPlace], rules: YearRules,
              already_booked: Sequence[tuple[datetime, datetime]] = ()) -> YearPlan:
    """Place every meeting it can; say why for the others. `already_booked`: meetings on the
    calendar already (they count against the day's limit and cannot be overlapped)."""
    plan = YearPlan()
    booked = list(already_booked)
    per_day: Counter[date] = Counter(start.date() for start, _ in booked)
    first_possible = earliest_meeting_day(rules.today, rules.notice_days)
    for meeting in sorted(meetings, key=lambda m: (m.due_by, m.key)):
        if meeting.due_by < first_possible:
            plan.not_placed.append(NotPlaced(meeting, DUE_TOO_SOON))
            continue
        full = frozenset(day for day, count in per_day.items() if count >= rules.most_per_day)
        search = SlotSearch(
            first_day=max(first_possible, meeting.due_by - timedelta(
                days=rules.earliest_days_before_due)),
            last_day=meeting.due_by,
            duration_minutes=meeting.duration_minutes,
            today=rules.today,
            notice_days=rules.notice_days,
            due_by=meeting.due_by,
            day_starts=rules.day_starts,
            day_ends=rules.day_ends,
            closed_days=rules.closed_days | full,
        )
        case_manager = Attendee(_CASE_MANAGER, "", required=True, busy=list(booked))
        # Enough slots to see every free day of the window, not only the first ten times.
        found = find_slots([case_manager, *meeting.attendees], search, best=400)
        bound = [a for a in meeting.attendees if a.required]
        if not found.slots and bound:
            # No time suits everyone who binds it (a family free only in the evening): a
            # proposal where the most of them can come beats none; the placement says whose
            # times it misses.
            loose = [replace(a, required=False) for a in meeting.attendees]
            found = find_slots([case_manager, *loose], search, best=400)
        if not found.slots:
            plan.not_placed.append(NotPlaced(meeting, NO_ROOM_BEFORE_DUE))
            continue
        aim = meeting.due_by - timedelta(days=rules.aim_days_before_due)
        preferred = rules.preferred_minutes(meeting.duration_minutes)
        best = min(found.slots, key=lambda s: (
            # Most optional people able to come, then the emptiest day, then nearest the aim,
            # then nearest the preferred time of day.
            -len(s.optional_coming), per_day[s.starts_at.date()],
            abs((s.starts_at.date() - aim).days),
            abs(_minutes(s.starts_at) - preferred), s.starts_at))
        missed = tuple(a.name for a in bound if a.key in best.cannot_come)
        plan.placed.append(Placement(meeting, best.starts_at, best.ends_at, missed))
        booked.append((best.starts_at, best.ends_at))
        per_day[best.starts_at.date()] += 1
    plan.placed.sort(key=lambda p: p.starts_at)
    return plan
