"""A meeting's agenda, the family's questions sent ahead, and the teacher's agenda templates.

A question the family sent ahead goes straight onto the agenda (an item linked to it), so
the two are one aggregate: they are written together, and undone together (a snapshot of
both, put back as it was).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from iep_desk.core.agenda import (
    MINUTES_PER_QUESTION,
    AgendaTemplate,
    items_from_template,
    question_insert_position,
    template_from_agenda,
)
from iep_desk.core.decisions import AgendaDecision, Decision
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import AgendaItem, FamilyQuestion, Meeting
from iep_desk.core.models import saved
from iep_desk.resources import default_agenda_template
from iep_desk.storage.rows import now_text
from iep_desk.storage.tables import Table, saving

AGENDA_ITEMS = Table("agenda_items", AgendaItem,
                     frozenset({"title", "minutes", "led_by", "finished", "decision",
                                "decision_note"}),
                     codes={"decision": (*Decision, None)},
                     required={"title": "agenda_title_missing"})
FAMILY_QUESTIONS = Table("family_questions", FamilyQuestion,
                         frozenset({"text", "received_on"}),
                         required={"text": "question_text_missing"})
_MEETINGS = Table("meetings", Meeting)


@dataclass(frozen=True, slots=True)
class AgendaSnapshot:
    """A meeting's family questions and agenda at one moment (see restore_agenda)."""

    meeting_id: int
    questions: tuple[FamilyQuestion, ...]
    agenda: tuple[AgendaItem, ...]


def _check_minutes(minutes: Any) -> None:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        raise MeetingInputError("agenda_minutes_not_whole")


class AgendaStore:
    def __init__(self, db: Database):
        self.db = db

    # -- the agenda ----------------------------------------------------------------------
    def get_agenda_item(self, item_id: int) -> AgendaItem:
        return AGENDA_ITEMS.get(self.db, item_id)

    def get_family_question(self, question_id: int) -> FamilyQuestion:
        return FAMILY_QUESTIONS.get(self.db, question_id)

    def agenda_of(self, meeting_id: int) -> list[AgendaItem]:
        return AGENDA_ITEMS.rows(self.db, "meeting_id = ?", [meeting_id], order="position, id")

    def _renumber(self, items: list[AgendaItem]) -> None:
        """Inside a transaction: store positions 0, 1, 2... in the given order."""
        for position, item in enumerate(items):
            if item.position != position:
                item.position = position
                AGENDA_ITEMS.update_row(self.db, saved(item.id), {"position": position})

    def add_agenda_item(self, item: AgendaItem, *, at: int | None = None) -> int:
        """Add an item at the end of the agenda, or at index `at`."""
        AGENDA_ITEMS.check(item)
        _check_minutes(item.minutes)
        with saving(self.db):
            self._insert_agenda_item(item, at)
        return saved(item.id)

    def add_items_as_they_are(self, items: list[AgendaItem]) -> None:
        """Inside a transaction: add items with the positions they carry (a copy of an
        agenda that was checked when it was made)."""
        for item in items:
            item.id = AGENDA_ITEMS.insert_row(self.db, item)

    def _insert_agenda_item(self, item: AgendaItem, at: int | None) -> None:
        agenda = self.agenda_of(saved(item.meeting_id))
        at = len(agenda) if at is None else max(0, min(at, len(agenda)))
        item.position = at
        item.id = AGENDA_ITEMS.insert_row(self.db, item)
        agenda.insert(at, item)
        self._renumber(agenda)

    def set_agenda_item_field(self, item_id: int, name: str, value: Any) -> Any:
        """Change one field (title, minutes, led_by, finished, decision, decision_note);
        returns the old value."""
        if name == "minutes":
            _check_minutes(value)
        return AGENDA_ITEMS.set_field(self.db, item_id, name, value)

    def set_decision(self, item_id: int, decision: Decision | None, note: str) -> AgendaItem:
        """What was decided on an item, and the note on it, in one transaction (None and an
        empty note: nothing decided yet); returns the item as it was before."""
        before = AGENDA_ITEMS.get(self.db, item_id)
        AGENDA_ITEMS.check_value("decision", decision)
        with saving(self.db):
            AGENDA_ITEMS.update_row(self.db, item_id, {"decision": decision,
                                                       "decision_note": note.strip()})
        return before

    def decisions_of(self, meeting_id: int) -> list[AgendaDecision]:
        """The decisions taken on a meeting's agenda, in the agenda's order."""
        return [AgendaDecision(saved(item.id), item.decision, item.decision_note)
                for item in self.agenda_of(meeting_id) if item.decision is not None]

    def remove_agenda_item(self, item_id: int) -> None:
        item = AGENDA_ITEMS.get(self.db, item_id)
        with saving(self.db):
            self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
            self._renumber(self.agenda_of(saved(item.meeting_id)))

    def move_agenda_item(self, item_id: int, new_index: int) -> None:
        """Move one item to a new place in the agenda (0 = first)."""
        item = AGENDA_ITEMS.get(self.db, item_id)
        agenda = [i for i in self.agenda_of(saved(item.meeting_id)) if i.id != item_id]
        agenda.insert(max(0, min(new_index, len(agenda))), item)
        with saving(self.db):
            self._renumber(agenda)

    def reorder_agenda(self, meeting_id: int, item_ids: list[int]) -> None:
        """Put the agenda in this order; `item_ids` must name every item exactly once."""
        agenda = {saved(i.id): i for i in self.agenda_of(meeting_id)}
        if sorted(item_ids) != sorted(agenda):
            raise MeetingInputError("agenda_changed_meanwhile")
        with saving(self.db):
            self._renumber([agenda[i] for i in item_ids])

    def load_agenda_template(self, meeting_id: int,
                             template: AgendaTemplate | None = None) -> list[AgendaItem]:
        """Replace the agenda with a template (the built-in one when None).

        The family's questions stay: they go under the template's "family's questions"
        item, or at the end when it has none. Returns the new agenda.
        """
        template = template or default_agenda_template()
        current = self.agenda_of(meeting_id)
        questions = [i for i in current if i.family_question_id is not None]
        with saving(self.db):
            for item in current:
                if item.family_question_id is None:
                    self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item.id])
            new_items = items_from_template(template, meeting_id)
            for item in new_items:
                item.id = AGENDA_ITEMS.insert_row(self.db, item)
            at = question_insert_position(new_items)
            agenda = new_items[:at] + questions + new_items[at:]
            for i, item in enumerate(agenda):
                item.position = -1 - i  # force every position to be written
            self._renumber(agenda)
        return self.agenda_of(meeting_id)

    # -- the teacher's templates --------------------------------------------------------------
    def save_agenda_template(self, name: str, meeting_id: int) -> int:
        """Save a meeting's agenda as the teacher's own template (replacing one of that name)."""
        if not name.strip():
            raise MeetingInputError("template_name_missing")
        template = template_from_agenda(name, self.agenda_of(meeting_id))
        if not template.items:
            raise MeetingInputError("agenda_empty")
        with saving(self.db):
            self.db.execute(
                "INSERT INTO agenda_templates (name, items) VALUES (?, ?) ON CONFLICT(name) "
                "DO UPDATE SET items = excluded.items, updated_at = ?",
                [template.name, template.items_json(), now_text()])
        return self.db.execute("SELECT id FROM agenda_templates WHERE name = ?",
                               [template.name]).fetchone()[0]

    def agenda_templates(self) -> list[AgendaTemplate]:
        """The teacher's saved templates, by name (the built-in one is resources.default_agenda_template())."""
        return [AgendaTemplate.from_items_json(name, items, template_id)
                for template_id, name, items
                in self.db.execute("SELECT id, name, items FROM agenda_templates ORDER BY name")]

    def delete_agenda_template(self, template_id: int) -> None:
        with saving(self.db):
            self.db.execute("DELETE FROM agenda_templates WHERE id = ?", [template_id])

    # -- the family's questions ---------------------------------------------------------
    def questions_of(self, meeting_id: int) -> list[FamilyQuestion]:
        return FAMILY_QUESTIONS.rows(self.db, "meeting_id = ?", [meeting_id],
                                     order="received_on IS NULL, received_on, id")

    def add_family_question(self, question: FamilyQuestion) -> int:
        """Save a question the family sent ahead, and put it on the agenda (one transaction)."""
        question.text = question.text.strip()
        FAMILY_QUESTIONS.check(question)
        with saving(self.db):
            question.id = FAMILY_QUESTIONS.insert_row(self.db, question)
            agenda = self.agenda_of(saved(question.meeting_id))
            self._insert_agenda_item(
                AgendaItem(question.meeting_id, question.text, MINUTES_PER_QUESTION,
                           family_question_id=question.id),
                question_insert_position(agenda))
        return question.id

    def set_family_question_field(self, question_id: int, name: str, value: Any) -> Any:
        """Change a question's text or date; an agenda item still showing the old text follows."""
        if name == "text":
            value = str(value or "").strip()
        if name not in ("text", "received_on"):
            raise KeyError(f"family_questions.{name} cannot be edited")
        FAMILY_QUESTIONS.check_value(name, value)
        old = getattr(FAMILY_QUESTIONS.get(self.db, question_id), name)
        with saving(self.db):
            FAMILY_QUESTIONS.update_row(self.db, question_id, {name: value})
            if name == "text":
                self.db.execute(
                    "UPDATE agenda_items SET title = ?, updated_at = ? "
                    "WHERE family_question_id = ? AND title = ?",
                    [value, now_text(), question_id, old])
        return old

    def remove_family_question(self, question_id: int) -> None:
        """Remove a question and the agenda item it brought."""
        question = FAMILY_QUESTIONS.get(self.db, question_id)
        with saving(self.db):
            self.db.execute("DELETE FROM agenda_items WHERE family_question_id = ?",
                            [question_id])
            self.db.execute("DELETE FROM family_questions WHERE id = ?", [question_id])
            self._renumber(self.agenda_of(saved(question.meeting_id)))

    # -- undoing agenda and question changes --------------------------------------------------
    def agenda_snapshot(self, meeting_id: int) -> AgendaSnapshot:
        """The meeting's agenda and the family's questions as they are now, ids included:
        what restore_agenda() puts back (the planner's Ctrl+Z)."""
        return AgendaSnapshot(meeting_id, tuple(self.questions_of(meeting_id)),
                              tuple(self.agenda_of(meeting_id)))

    def restore_agenda(self, snapshot: AgendaSnapshot) -> None:
        """Make the meeting's agenda and family questions exactly the snapshot's, in one
        transaction (rows keep their ids, so a question and its agenda item stay linked)."""
        meeting_id = snapshot.meeting_id
        _MEETINGS.get(self.db, meeting_id)  # a LookupError, not a half-written agenda
        with saving(self.db):
            self.db.execute("DELETE FROM agenda_items WHERE meeting_id = ?", [meeting_id])
            self.db.execute("DELETE FROM family_questions WHERE meeting_id = ?", [meeting_id])
            for row in snapshot.questions:
                FAMILY_QUESTIONS.insert_row(self.db, row, keep_id=True)
            for item in snapshot.agenda:
                AGENDA_ITEMS.insert_row(self.db, item, keep_id=True)
