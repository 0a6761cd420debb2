"""Undo records as plain data, and the one place that applies them.

An operation that can be undone returns an `UndoRecord`: two lists of `Step`s (what to write
to undo it, what to write to do it again) and the `Changes` either makes. A step names one
write of the table below and its arguments, which are plain values and core records (a
removed concern, an agenda snapshot); nothing in it refers to a widget. `apply` runs a
step list in one transaction through the stores, the same checks as the first time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from iep_desk.app.caseload_fields import write_caseload_field
from iep_desk.app.changes import NOTHING, Changes
from iep_desk.app.meeting_fields import write_meeting_fields
from iep_desk.core.goals import ReportingPeriods
from iep_desk.core.meetings import StudentInput
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import MEETING_TABLE_OBJECTS, Stores

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Step:
    """One write: `write` names it (a key of WRITES), `args` are its keyword arguments."""

    write: str
    args: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, write: str, **args: Any) -> Step:
        if write not in WRITES:
            raise KeyError(f"no write called {write}")
        return cls(write, args)


@dataclass(frozen=True, slots=True)
class UndoRecord:
    """What Undo writes (`undo`, in order) and what Redo writes (`redo`), and what changes."""

    undo: tuple[Step, ...]
    redo: tuple[Step, ...]
    changes: Changes


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """What an operation did: what changed, the value it made, how to undo it (None: it
    cannot be undone, or there was nothing to undo)."""

    changes: Changes = NOTHING
    value: T | None = None
    undo: UndoRecord | None = None


def record(changes: Changes, undo: Sequence[Step], redo: Sequence[Step]) -> UndoRecord:
    return UndoRecord(tuple(undo), tuple(redo), changes)


def apply(stores: Stores, steps: Sequence[Step]) -> None:
    """Write `steps` in one transaction (all of them or none). Raises what the stores raise."""
    with saving(stores.db):
        for step in steps:
            WRITES[step.write](stores, **step.args)


# -- the writes a step may name ------------------------------------------------------------------

def _set_field(stores: Stores, *, table: str, row_id: int, name: str, value: Any) -> None:
    """One field of one row, through the store that owns the table (and its checks)."""
    setters: dict[str, Callable[[int, str, Any], Any]] = {
        "participants": stores.meetings.set_participant_field,
        "agenda_items": stores.agenda.set_agenda_item_field,
        "family_questions": stores.agenda.set_family_question_field,
        "concerns": stores.preparation.set_concern_field,
        "contacts": stores.contacts.set_contact_field,
        "busy_times": stores.busy_times.set_busy_time_field,
        "action_items": stores.review.set_action_field,
        "reflections": stores.review.set_reflection_field,
        "tip_entries": stores.review.set_tip_field,
        "input_requests": stores.preparation.set_input_request_field,
    }
    if table == "meetings":
        _meeting_fields(stores, meeting_id=row_id, values={name: value})
    elif table in ("students", "family_members", "team_members"):
        write_caseload_field(stores, table, row_id, name, value)
    elif table == "home_suggestions":
        stores.review.set_home_suggestion_text(row_id, value)
    elif table == "contributions":
        stores.review.set_contribution_text(row_id, value)
    else:
        setters[table](row_id, name, value)


def _put_back(stores: Stores, *, table: str, row: Any) -> None:
    """A removed row back under its old id."""
    MEETING_TABLE_OBJECTS[table].put_back(stores.db, row)


def _remove(stores: Stores, *, table: str, row_id: int) -> None:
    MEETING_TABLE_OBJECTS[table].remove(stores.db, row_id)


def _restore_agenda(stores: Stores, *, snapshot: Any) -> None:
    stores.agenda.restore_agenda(snapshot)


def _archive(stores: Stores, *, student_id: int) -> None:
    stores.caseload.archive_student(student_id)


def _restore(stores: Stores, *, student_id: int) -> None:
    stores.caseload.restore_student(student_id)


def _link_family(stores: Stores, *, student_id: int, member_id: int, relationship: str) -> None:
    stores.caseload.link_family_member(student_id, member_id, relationship)


def _unlink_family(stores: Stores, *, student_id: int, member_id: int) -> None:
    stores.caseload.unlink_family_member(student_id, member_id)


def _relationship(stores: Stores, *, student_id: int, member_id: int, relationship: str) -> None:
    stores.caseload.set_relationship(student_id, member_id, relationship)


def _add_to_team(stores: Stores, *, student_id: int, member_id: int) -> None:
    stores.caseload.add_to_team(student_id, member_id)


def _remove_from_team(stores: Stores, *, student_id: int, member_id: int) -> None:
    stores.caseload.remove_from_team(student_id, member_id)


def _deadline_setting(stores: Stores, *, name: str, value: int) -> None:
    stores.settings.save_deadline_setting(name, value)


def _planner_settings(stores: Stores, *, settings: Any) -> None:
    stores.settings.save_planner_settings(settings)


def _action_state(stores: Stores, *, action_id: int, status: str, done_on: date | None) -> None:
    stores.review.set_action_state(action_id, status, done_on)


def _checklist_row(stores: Stores, *, meeting_id: int, item: str, done_on: date | None,
                   note: str) -> None:
    stores.checklist.put(meeting_id, item, done_on=done_on, note=note)


def _student_input(stores: Stores, *, meeting_id: int, what_to_say: str,
                   how_taking_part: str) -> None:
    stores.preparation.save_student_input(StudentInput(meeting_id, what_to_say, how_taking_part))


def _replace_contact(stores: Stores, *, contact: Any) -> None:
    stores.contacts.replace_contact(contact)


def _meeting_fields(stores: Stores, *, meeting_id: int, values: Mapping[str, Any]) -> None:
    """Fields of a meeting, and the transition rule after a new date (app.meetings)."""
    write_meeting_fields(stores, meeting_id, values)


def _iep_record(stores: Stores, *, student_id: int, snapshot: Any) -> None:
    """A student's goals, notes, services, accommodations and receipts as they were."""
    stores.goals.restore_record(student_id, snapshot)


def _reporting_periods(stores: Stores, *, dates: tuple[date, ...]) -> None:
    stores.goals.save_reporting_periods(ReportingPeriods(tuple(dates)))


def _remove_drafts(stores: Stores, *, meeting_ids: Sequence[int]) -> None:
    stores.meetings.remove_new_drafts(meeting_ids)


def _put_back_drafts(stores: Stores, *, drafts: Sequence[Any]) -> None:
    stores.meetings.put_back_drafts(drafts)


WRITES: dict[str, Callable[..., None]] = {
    "set_field": _set_field,
    "put_back": _put_back,
    "remove": _remove,
    "restore_agenda": _restore_agenda,
    "archive_student": _archive,
    "restore_student": _restore,
    "link_family": _link_family,
    "unlink_family": _unlink_family,
    "set_relationship": _relationship,
    "add_to_team": _add_to_team,
    "remove_from_team": _remove_from_team,
    "deadline_setting": _deadline_setting,
    "planner_settings": _planner_settings,
    "action_state": _action_state,
    "checklist_row": _checklist_row,
    "student_input": _student_input,
    "replace_contact": _replace_contact,
    "meeting_fields": _meeting_fields,
    "iep_record": _iep_record,
    "reporting_periods": _reporting_periods,
    "remove_drafts": _remove_drafts,
    "put_back_drafts": _put_back_drafts,
}


# -- the usual shapes of an undoable change ------------------------------------------------------

def added(changes: Changes, table: str, row: Any) -> OpResult[int]:
    """A row was added (`row` as stored, with its id): Undo removes it, Redo puts it back."""
    return OpResult(changes, row.id, record(
        changes, [Step.of("remove", table=table, row_id=row.id)],
        [Step.of("put_back", table=table, row=row)]))


def removed(changes: Changes, table: str, row: Any) -> OpResult:
    """A row was removed (`row` as it was): Undo puts it back under its id, Redo removes it."""
    return OpResult(changes, None, record(
        changes, [Step.of("put_back", table=table, row=row)],
        [Step.of("remove", table=table, row_id=row.id)]))


def changed(changes: Changes, table: str, row_id: int, name: str, old: Any,
            new: Any) -> OpResult:
    """One field changed from `old` to `new`: Undo and Redo write it back through its store."""
    return OpResult(changes, None, record(
        changes, [Step.of("set_field", table=table, row_id=row_id, name=name, value=old)],
        [Step.of("set_field", table=table, row_id=row_id, name=name, value=new)]))
