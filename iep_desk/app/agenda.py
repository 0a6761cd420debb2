"""The agenda and the family's questions sent ahead (a question is an agenda item).

Every change is one undo step that puts back the agenda and the questions exactly as they
were just before (an AgendaSnapshot, ids included), and Redo as they were just after.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from iep_desk.app.changes import AGENDA, NOTHING
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.agenda import AgendaTemplate
from iep_desk.core.meetings import AgendaItem, FamilyQuestion
from iep_desk.resources import default_agenda_template
from iep_desk.storage.stores import Stores

T = TypeVar("T")


def _agenda_change(stores: Stores, meeting_id: int, write: Callable[[], T]) -> OpResult[T]:
    before = stores.agenda.agenda_snapshot(meeting_id)
    value = write()
    after = stores.agenda.agenda_snapshot(meeting_id)
    return OpResult(AGENDA, value, record(AGENDA, [Step.of("restore_agenda", snapshot=before)],
                                          [Step.of("restore_agenda", snapshot=after)]))


def _meeting_of_item(stores: Stores, item_id: int) -> int:
    meeting_id = stores.agenda.get_agenda_item(item_id).meeting_id
    assert meeting_id is not None
    return meeting_id


def add_item(stores: Stores, *, item: AgendaItem, at: int | None = None) -> OpResult[int]:
    """Add an item at the end of the agenda, or at index `at`; its value is the new id."""
    assert item.meeting_id is not None
    return _agenda_change(stores, item.meeting_id,
                          lambda: stores.agenda.add_agenda_item(item, at=at))


def remove_item(stores: Stores, *, item_id: int) -> OpResult:
    return _agenda_change(stores, _meeting_of_item(stores, item_id),
                          lambda: stores.agenda.remove_agenda_item(item_id))


def move_item(stores: Stores, *, item_id: int, to: int) -> OpResult:
    """Move one item to a new place in the agenda (0 = first)."""
    return _agenda_change(stores, _meeting_of_item(stores, item_id),
                          lambda: stores.agenda.move_agenda_item(item_id, to))


def reorder(stores: Stores, *, meeting_id: int, item_ids: list[int]) -> OpResult:
    """Put the agenda in this order (the items dragged with the mouse)."""
    return _agenda_change(stores, meeting_id,
                          lambda: stores.agenda.reorder_agenda(meeting_id, item_ids))


def change_item(stores: Stores, *, item_id: int, name: str, value: Any) -> OpResult:
    """Change an item's title, minutes, who leads it, or whether it was covered."""
    return _agenda_change(stores, _meeting_of_item(stores, item_id),
                          lambda: stores.agenda.set_agenda_item_field(item_id, name, value))


def use_template(stores: Stores, *, meeting_id: int, template: AgendaTemplate | None = None,
                 language: str = "en") -> OpResult:
    """Replace the agenda with a template (the standard agenda in `language`, the teacher's,
    when None); the family's questions stay on it."""
    chosen = template or default_agenda_template(language)
    return _agenda_change(stores, meeting_id,
                          lambda: stores.agenda.load_agenda_template(meeting_id, chosen))


def save_as_template(stores: Stores, *, name: str, meeting_id: int) -> OpResult[int]:
    """Save a meeting's agenda as the teacher's own template (not undone: a template of that
    name is replaced). Its value is the template's id."""
    return OpResult(NOTHING, stores.agenda.save_agenda_template(name, meeting_id))


def add_question(stores: Stores, *, question: FamilyQuestion) -> OpResult[int]:
    """A question the family sent ahead, and the agenda item it brings."""
    assert question.meeting_id is not None
    return _agenda_change(stores, question.meeting_id,
                          lambda: stores.agenda.add_family_question(question))


def remove_question(stores: Stores, *, question_id: int) -> OpResult:
    """A question and the agenda item it brought."""
    meeting_id = _question_meeting(stores, question_id)
    return _agenda_change(stores, meeting_id,
                          lambda: stores.agenda.remove_family_question(question_id))


def _question_meeting(stores: Stores, question_id: int) -> int:
    meeting_id = stores.agenda.get_family_question(question_id).meeting_id
    assert meeting_id is not None
    return meeting_id
