"""The student's IEP record as the teacher keeps it: goals, progress notes, services,
accommodations, who received the IEP at a glance, and the district's progress-report dates.

Every change to a student's record is one undo step that puts the whole record back exactly
as it was just before (a snapshot of its rows, ids included) and Redo as it was just after:
the record of one student is small, and a snapshot cannot miss a row a change touched.
What the teacher entered is checked here first; a refusal is a ProblemError with a code of
core.problems (worded in ui/problems.py) and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TypeVar

from iep_desk.app.changes import GOALS, SETTINGS, Changes
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.deadlines import Deadline
from iep_desk.core.decisions import GlanceReceipt, glance_version, reissue_due
from iep_desk.core.goals import (
    Accommodation,
    Goal,
    ProgressNote,
    ReportingPeriods,
    Service,
    goals_without_note_since,
)
from iep_desk.core.models import saved
from iep_desk.core.problems import ProblemError
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

T = TypeVar("T")


def _record_change(stores: Stores, student_id: int, write: Callable[[], T]) -> OpResult[T]:
    """Run `write` in one transaction; the undo record restores the record before it."""
    before = stores.goals.record_snapshot(student_id)
    with saving(stores.db):
        value = write()
    after = stores.goals.record_snapshot(student_id)
    return OpResult(GOALS, value, record(
        GOALS, [Step.of("iep_record", student_id=student_id, snapshot=before)],
        [Step.of("iep_record", student_id=student_id, snapshot=after)]))


def _check_goal(goal: Goal) -> None:
    problems = goal.problems()
    if problems:
        raise ProblemError(problems[0])


# -- goals -----------------------------------------------------------------------------------

def add_goal(stores: Stores, *, goal: Goal) -> OpResult[int]:
    """A new goal at the end of the student's list; its value is the new id."""
    _check_goal(goal)
    stores.caseload.get_student(goal.student_id)  # LookupError when the student is gone
    return _record_change(stores, goal.student_id,
                          lambda: saved(stores.goals.save_goal(replace(goal, id=None)).id))


def change_goal(stores: Stores, *, goal: Goal) -> OpResult:
    """Replace a goal's values (area, text, baseline and target with their dates...)."""
    assert goal.id is not None
    _check_goal(goal)
    student_id = stores.goals.student_of("goals", goal.id)
    return _record_change(stores, student_id, lambda: stores.goals.save_goal(
        replace(goal, student_id=student_id)) and None)


def end_goal(stores: Stores, *, goal_id: int, on: date) -> OpResult:
    """The goal belongs to an earlier IEP: kept with its notes, no longer listed."""
    student_id = stores.goals.student_of("goals", goal_id)
    return _record_change(stores, student_id, lambda: stores.goals.end_goal(goal_id, on))


def reorder_goals(stores: Stores, *, student_id: int, goal_ids: list[int]) -> OpResult:
    return _record_change(stores, student_id,
                          lambda: stores.goals.reorder_goals(student_id, goal_ids))


def move_goal(stores: Stores, *, goal_id: int, by: int) -> OpResult:
    """Move a goal up (by=-1) or down (by=1) in the student's list."""
    student_id = stores.goals.student_of("goals", goal_id)
    ids = [g.id for g in stores.goals.goals_of(student_id)]
    at = ids.index(goal_id)
    to = min(max(at + by, 0), len(ids) - 1)
    ids.insert(to, ids.pop(at))
    return reorder_goals(stores, student_id=student_id, goal_ids=[i for i in ids if i])


# -- progress notes --------------------------------------------------------------------------

def add_note(stores: Stores, *, note: ProgressNote) -> OpResult[int]:
    """A progress note on a goal: a measured value, a rating or a note (at least one)."""
    if note.value is None and note.rating is None and not note.note.strip():
        raise ProblemError("progress_note_empty")
    student_id = stores.goals.student_of("goals", note.goal_id)
    return _record_change(stores, student_id,
                          lambda: saved(stores.goals.add_note(replace(note, id=None)).id))


def remove_note(stores: Stores, *, note_id: int) -> OpResult:
    """A note entered by mistake."""
    student_id = stores.goals.student_of_note(note_id)
    return _record_change(stores, student_id, lambda: stores.goals.remove_note(note_id))


# -- services and accommodations -------------------------------------------------------------

def save_service(stores: Stores, *, service: Service) -> OpResult[int]:
    """Add a service (id None) or change one; its value is the service's id."""
    if not service.what.strip():
        raise ProblemError("service_what_missing")
    student_id = (service.student_id if service.id is None
                  else stores.goals.student_of("services", service.id))
    return _record_change(stores, student_id, lambda: saved(stores.goals.save_service(
        replace(service, student_id=student_id)).id))


def end_service(stores: Stores, *, service_id: int, on: date) -> OpResult:
    student_id = stores.goals.student_of("services", service_id)
    return _record_change(stores, student_id, lambda: stores.goals.end_service(service_id, on))


def save_accommodation(stores: Stores, *, accommodation: Accommodation) -> OpResult[int]:
    """Add an accommodation (id None) or change one; its value is its id."""
    if not accommodation.text.strip():
        raise ProblemError("accommodation_text_missing")
    student_id = (accommodation.student_id if accommodation.id is None
                  else stores.goals.student_of("accommodations", accommodation.id))
    return _record_change(stores, student_id, lambda: saved(stores.goals.save_accommodation(
        replace(accommodation, student_id=student_id)).id))


def end_accommodation(stores: Stores, *, accommodation_id: int, on: date) -> OpResult:
    student_id = stores.goals.student_of("accommodations", accommodation_id)
    return _record_change(stores, student_id,
                          lambda: stores.goals.end_accommodation(accommodation_id, on))


# -- the IEP at a glance: who has which version -----------------------------------------------

@dataclass(frozen=True, slots=True)
class GlanceState:
    """The current version of a student's IEP at a glance, who received it when, and who
    holds an earlier version (the reissue is due for them)."""

    version: str
    receipts: tuple[GlanceReceipt, ...]
    reissue_to: tuple[str, ...]


def glance_state(stores: Stores, student_id: int) -> GlanceState:
    version = current_glance_version(stores, student_id)
    receipts = tuple(stores.goals.receipts_of(student_id))
    return GlanceState(version, receipts, tuple(reissue_due(receipts, version)))


def current_glance_version(stores: Stores, student_id: int) -> str:
    goals = stores.goals
    return glance_version(goals.goals_of(student_id), goals.services_of(student_id),
                          goals.accommodations_of(student_id))


def record_receipts(stores: Stores, *, student_id: int,
                    recipients: Iterable[tuple[str, int | None]], on: date,
                    version: str | None = None) -> OpResult:
    """Who received the IEP at a glance on `on`: (name, team member id or None) each. The
    version is the current one unless given (a copy handed out earlier, entered by hand)."""
    chosen = [(name.strip(), member) for name, member in recipients]
    if not chosen or any(not name for name, _ in chosen):
        raise ProblemError("recipient_missing")
    shown = version or current_glance_version(stores, student_id)

    def write() -> None:
        for name, member in chosen:
            stores.goals.record_receipt(student_id, GlanceReceipt(name, shown, on, member))
    return _record_change(stores, student_id, write)


# -- the district's progress-report dates (a setting) -----------------------------------------

def save_reporting_periods(stores: Stores, *, dates: Iterable[date]) -> OpResult:
    """The progress-report dates (any order, repeats ignored)."""
    before = stores.goals.reporting_periods()
    after = ReportingPeriods(tuple(sorted(set(dates))))
    stores.goals.save_reporting_periods(after)
    changes: Changes = SETTINGS | GOALS
    return OpResult(changes, None, record(
        changes, [Step.of("reporting_periods", dates=before.dates)],
        [Step.of("reporting_periods", dates=after.dates)]))


@dataclass(frozen=True, slots=True)
class ReportDue:
    """A progress-report date that is near, and a student's goals with no note since the
    report before it."""

    report_on: date
    student_id: int
    goals: tuple[Goal, ...]


def reports_due(stores: Stores, today: date, days_ahead: int = 21) -> list[ReportDue]:
    """For the next progress-report date within `days_ahead` days (or today), each active
    student's goals without a note since the last report date (or since their baseline
    when there was none): what to measure before the report goes home."""
    periods = stores.goals.reporting_periods()
    upcoming = [d for d in periods.dates if 0 <= (d - today).days <= days_ahead]
    if not upcoming:
        return []
    report_on = min(upcoming)
    last = periods.last_on_or_before(report_on - timedelta(days=1))
    found = []
    for student in stores.caseload.list_students():
        if student.id is None:
            continue
        goals = stores.goals.goals_of(student.id)
        if not goals:
            continue
        notes = stores.goals.notes_of_student(student.id)
        since = last or date.min
        missing = goals_without_note_since(goals, notes, since)
        if missing:
            found.append(ReportDue(report_on, student.id, tuple(missing)))
    return found



# -- what Due soon lists from the IEP record ---------------------------------------------------

PROGRESS_REPORT = "progress_report"   # measure these goals before the report goes home
REISSUE_GLANCE = "reissue_glance"     # give these people the new IEP at a glance


@dataclass(frozen=True, slots=True)
class RecordDeadline(Deadline):
    """A Due soon entry from the IEP record; `detail` names what it is about (the goals
    without a note, the people who hold an earlier IEP at a glance)."""

    detail: tuple[str, ...] = ()


def due_soon(stores: Stores, today: date, days_ahead: int = 90) -> list[RecordDeadline]:
    """The next progress report within `days_ahead` days, per student with goals to measure
    before it; and, due today, the IEP at a glance to reissue to whoever holds an earlier
    version. Active students only."""
    found = [RecordDeadline(due.student_id, PROGRESS_REPORT, due.report_on,
                            detail=tuple(_goal_name(g) for g in due.goals))
             for due in reports_due(stores, today, days_ahead)]
    for student in stores.caseload.list_students(in_order=False):
        if student.id is None or not stores.goals.receipts_of(student.id):
            continue
        state = glance_state(stores, student.id)
        if state.reissue_to:
            found.append(RecordDeadline(student.id, REISSUE_GLANCE, today,
                                        detail=state.reissue_to))
    return found


def _goal_name(goal: Goal) -> str:
    return goal.area.strip() or " ".join(goal.text.split())[:40]
