"""A year of meetings: what is due in a range, placed in time (core.year_planner), and the
drafts made from the placements the teacher kept.

    plan = propose(stores, first_day=date(2026, 9, 1), last_day=date(2027, 6, 15),
                   most_per_day=2, today=date(2026, 8, 20))
    make_drafts(stores, placements=plan.placed, today=date(2026, 8, 20))   # one undo step
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from iep_desk.app.attendees import planned_around
from iep_desk.app.changes import AGENDA, MEETINGS, PARTICIPANTS
from iep_desk.app.meetings import create_meeting
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.deadlines import next_annual_review, reevaluation_due
from iep_desk.core.meetings import PLANNED_STATUSES, Meeting, MeetingStatus, MeetingType
from iep_desk.core.models import saved
from iep_desk.core.problems import ProblemError
from iep_desk.core.slots import Attendee
from iep_desk.core.year_planner import (
    EARLIEST_DAYS_BEFORE_DUE,
    MeetingToPlace,
    Placement,
    YearPlan,
    YearRules,
    plan_year,
)
from iep_desk.resources import default_agenda_template
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

# The kinds of meeting the year planner places, with the rule that gives each its due date.
DUE_RULES = {"annual_review": next_annual_review, "reevaluation": reevaluation_due}


def meetings_due(stores: Stores, *, first_day: date, last_day: date) -> list[MeetingToPlace]:
    """Every annual review and re-evaluation of an active student due from `first_day` to
    `last_day`, leaving out the ones a planned meeting of that kind already serves. Raises
    ProblemError when the range runs backwards."""
    if last_day < first_day:
        raise ProblemError("search_range_backwards")
    deadline_settings = stores.settings.deadline_settings()
    planner = stores.settings.planner_settings()
    planned = {(m.student_id, m.meeting_type)
               for m in stores.meetings.list_meetings(statuses=PLANNED_STATUSES)}
    # From the first day a meeting due in the range may be placed on, not the range's own.
    busy = stores.busy_times.busy_times(
        first_day - timedelta(days=EARLIEST_DAYS_BEFORE_DUE), last_day)
    found = []
    for student in stores.caseload.list_students():
        people: tuple[Attendee, ...] | None = None
        for meeting_type, rule in DUE_RULES.items():
            due = rule(student, deadline_settings)
            if due is None or not first_day <= due <= last_day:
                continue
            if (student.id, meeting_type) in planned:
                continue
            if people is None:
                people = planned_around(stores, saved(student.id), busy)
            found.append(MeetingToPlace(f"{student.id}:{meeting_type}", saved(student.id),
                                        meeting_type, due, planner.duration_for(meeting_type),
                                        people))
    return found


def rules_for(stores: Stores, *, today: date, most_per_day: int) -> YearRules:
    """The school's rules from the settings: hours, closed days, notice days."""
    planner = stores.settings.planner_settings()
    return YearRules(today=today, notice_days=stores.settings.deadline_settings().notice_days,
                     day_starts=planner.school_day_start, day_ends=planner.school_day_end,
                     closed_days=frozenset(planner.closed_days),
                     most_per_day=max(1, most_per_day))


def propose(stores: Stores, *, first_day: date, last_day: date, most_per_day: int,
            today: date | None = None) -> YearPlan:
    """Every meeting due in the range, placed around the meetings already on the calendar
    (they count against each day's limit). Writes nothing."""
    today = today or date.today()
    due = meetings_due(stores, first_day=first_day, last_day=last_day)
    booked = [(m.starts_at, m.ends_at) for m in stores.meetings.list_meetings(
        statuses=PLANNED_STATUSES) if m.starts_at is not None and m.ends_at is not None]
    return plan_year(due, rules_for(stores, today=today, most_per_day=most_per_day), booked)


def make_drafts(stores: Stores, *, placements: Sequence[Placement],
                today: date | None = None, agenda_language: str = "en") -> OpResult[list[int]]:
    """A draft meeting for each placement (its time, length, due date and the standard
    agenda in `agenda_language`, the teacher's), all in one transaction and one undo step. Its value is the new meetings' ids.
    Raises ProblemError ("no_meetings_to_make") for none, and what create_meeting raises
    for a placement that cannot be saved (then none is)."""
    today = today or date.today()
    if not placements:
        raise ProblemError("no_meetings_to_make")
    template = default_agenda_template(agenda_language)
    ids = []
    with saving(stores.db):
        for placement in placements:
            wanted = placement.meeting
            minutes = int((placement.ends_at - placement.starts_at).total_seconds() // 60)
            meeting = Meeting(wanted.student_id, MeetingType(wanted.meeting_type),
                              status=MeetingStatus.DRAFT, starts_at=placement.starts_at,
                              duration_minutes=minutes, due_by=wanted.due_by)
            made = create_meeting(stores, meeting=meeting, today=today)
            assert made.value is not None
            stores.agenda.load_agenda_template(made.value, template)
            ids.append(made.value)
    drafts = [(stores.meetings.get_meeting(i), stores.meetings.participants_of(i),
               stores.agenda.agenda_of(i)) for i in ids]
    changes = MEETINGS | PARTICIPANTS | AGENDA
    return OpResult(changes, ids, record(changes, [Step.of("remove_drafts", meeting_ids=ids)],
                                         [Step.of("put_back_drafts", drafts=drafts)]))
