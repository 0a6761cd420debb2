"""What the review keeps after a meeting: the action plan, ideas for home (and the teacher's
list of them), what the family brought, what worked and what did not, and the private tip
file about the student and their family."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from iep_desk.core import meeting_rules as rules
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import (
    ACTION_STATUSES,
    REFLECTION_VERDICTS,
    TIP_FEELINGS,
    ActionItem,
    Contribution,
    HomeSuggestion,
    Meeting,
    Reflection,
    TipEntry,
)
from iep_desk.core.models import saved
from iep_desk.storage import rows
from iep_desk.storage.tables import Table, saving

ACTIONS = Table("action_items", ActionItem,
                frozenset({"what", "owner", "owner_name", "due_on", "note"}),
                codes={"status": ACTION_STATUSES},
                required={"what": "action_what_missing"})
HOME_SUGGESTIONS = Table("home_suggestions", HomeSuggestion,
                         required={"text": "suggestion_text_missing"})
CONTRIBUTIONS = Table("contributions", Contribution,
                      required={"text": "contribution_text_missing"})
REFLECTIONS = Table("reflections", Reflection, frozenset({"text", "verdict"}),
                    codes={"verdict": REFLECTION_VERDICTS},
                    required={"text": "reflection_text_missing"})
TIPS = Table("tip_entries", TipEntry, frozenset({"written_on", "topic", "feeling", "what_helps"}),
             codes={"feeling": TIP_FEELINGS}, required={"topic": "tip_topic_missing"})
_MEETINGS = Table("meetings", Meeting)


@dataclass(frozen=True, slots=True)
class OpenAction:
    """An open action item with the student and meeting it belongs to."""

    action: ActionItem
    student_id: int
    meeting_starts_at: datetime | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class LibrarySuggestion:
    """One entry of the teacher's saved list of things a family can do at home."""

    id: int
    text: str
    # The built-in idea it is (resources/ideas_for_home/); empty for the teacher's own.
    key: str = ""


class ReviewStore:
    def __init__(self, db: Database):
        self.db = db

    # -- action items ----------------------------------------------------------------
    def actions_of(self, meeting_id: int) -> list[ActionItem]:
        return ACTIONS.rows(self.db, "meeting_id = ?", [meeting_id],
                            order="due_on IS NULL, due_on, id")

    def get_action(self, action_id: int) -> ActionItem:
        return ACTIONS.get(self.db, action_id)

    def add_action(self, action: ActionItem) -> int:
        """Add an action; refused without an owner or when due before the meeting."""
        ACTIONS.check(action)
        rules.raise_if_blocking([rules.check_action_item(
            action, _MEETINGS.get(self.db, saved(action.meeting_id)))])
        return ACTIONS.insert(self.db, action)

    def set_action_field(self, action_id: int, name: str, value: Any) -> Any:
        """Change one field (what, owner, owner_name, due_on, note); returns the old value."""
        action = replace(ACTIONS.get(self.db, action_id), **{name: value})
        rules.raise_if_blocking([rules.check_action_item(
            action, _MEETINGS.get(self.db, saved(action.meeting_id)))])
        return ACTIONS.set_field(self.db, action_id, name, value)

    def set_action_status(self, action_id: int, status: str, *,
                          today: date | None = None) -> None:
        """Mark an action open, done (recording the day) or dropped."""
        ACTIONS.check_value("status", status)
        done_on = (today or date.today()) if status == "done" else None
        with saving(self.db):
            ACTIONS.update_row(self.db, action_id, {"status": status, "done_on": done_on})

    def set_action_state(self, action_id: int, status: str, done_on: date | None) -> None:
        """Put an action's status and done day back as they were (Undo)."""
        ACTIONS.check_value("status", status)
        with saving(self.db):
            ACTIONS.update_row(self.db, action_id, {"status": status, "done_on": done_on})

    def remove_action(self, action_id: int) -> None:
        ACTIONS.remove(self.db, action_id)

    def open_actions(self, *, today: date | None = None,
                     student_id: int | None = None) -> list[OpenAction]:
        """Open actions across the caseload (or one student): overdue first, then by due date,
        undated last."""
        today = today or date.today()
        where = "a.status = 'open'" + (" AND m.student_id = ?" if student_id is not None else "")
        names = rows.field_names(ActionItem)
        read = rows.record_reader(ActionItem)
        cursor = self.db.execute(
            f"SELECT {', '.join('a.' + n for n in names)}, m.student_id, m.starts_at "
            f"FROM action_items a JOIN meetings m ON m.id = a.meeting_id WHERE {where}",
            [student_id] if student_id is not None else [])
        found = []
        for row in cursor.fetchall():
            action = read(row[:len(names)])
            starts = datetime.fromisoformat(row[-1]) if row[-1] else None
            overdue = action.due_on is not None and action.due_on < today
            found.append(OpenAction(action, row[-2], starts, overdue))
        return sorted(found, key=lambda o: (not o.overdue, o.action.due_on is None,
                                            o.action.due_on or date.max, o.action.id))

    # -- ideas for home and the teacher's list ------------------------------------
    def get_home_suggestion(self, suggestion_id: int) -> HomeSuggestion:
        return HOME_SUGGESTIONS.get(self.db, suggestion_id)

    def get_contribution(self, contribution_id: int) -> Contribution:
        return CONTRIBUTIONS.get(self.db, contribution_id)

    def get_reflection(self, reflection_id: int) -> Reflection:
        return REFLECTIONS.get(self.db, reflection_id)

    def get_tip(self, tip_id: int) -> TipEntry:
        return TIPS.get(self.db, tip_id)

    def home_suggestions_of(self, meeting_id: int) -> list[HomeSuggestion]:
        return HOME_SUGGESTIONS.rows(self.db, "meeting_id = ?", [meeting_id])

    def add_home_suggestion(self, suggestion: HomeSuggestion) -> int:
        """Add an idea to a meeting; one with the words of a built-in idea on the teacher's
        list is that idea (its key is kept, so it prints in the family's language)."""
        suggestion.text = suggestion.text.strip()
        HOME_SUGGESTIONS.check(suggestion)
        suggestion.key = suggestion.key or self._library_key(suggestion.text)
        return HOME_SUGGESTIONS.insert(self.db, suggestion)

    def set_home_suggestion_text(self, suggestion_id: int, text: str) -> str:
        """Change an idea's words; changed, it is the teacher's own (no key) unless the new
        words are a built-in idea's. Returns the old words (for undo)."""
        text = text.strip()
        HOME_SUGGESTIONS.check_value("text", text)
        old = HOME_SUGGESTIONS.get(self.db, suggestion_id).text
        with saving(self.db):
            HOME_SUGGESTIONS.update_row(self.db, suggestion_id,
                                        {"text": text, "key": self._library_key(text)})
        return old

    def _library_key(self, text: str) -> str:
        row = self.db.execute("SELECT key FROM home_suggestion_library WHERE text = ?",
                              [text]).fetchone()
        return row[0] if row else ""

    def remove_home_suggestion(self, suggestion_id: int) -> None:
        HOME_SUGGESTIONS.remove(self.db, suggestion_id)

    def home_suggestion_library(self) -> list[LibrarySuggestion]:
        return [LibrarySuggestion(*row) for row in self.db.execute(
            "SELECT id, text, key FROM home_suggestion_library ORDER BY position, id")]

    def add_to_home_suggestion_library(self, text: str) -> int:
        """Save a suggestion to the teacher's list (a suggestion already there is kept once)."""
        text = text.strip()
        if not text:
            raise MeetingInputError("suggestion_text_missing")
        with saving(self.db):
            self.db.execute(
                "INSERT INTO home_suggestion_library (text, position) VALUES "
                "(?, (SELECT coalesce(max(position), -1) + 1 FROM home_suggestion_library)) "
                "ON CONFLICT(text) DO NOTHING", [text])
        return self.db.execute("SELECT id FROM home_suggestion_library WHERE text = ?",
                               [text]).fetchone()[0]

    def remove_from_home_suggestion_library(self, library_id: int) -> None:
        with saving(self.db):
            self.db.execute("DELETE FROM home_suggestion_library WHERE id = ?", [library_id])

    # -- what the family brought, what worked ------------------------------------------
    def contributions_of(self, meeting_id: int) -> list[Contribution]:
        return CONTRIBUTIONS.rows(self.db, "meeting_id = ?", [meeting_id])

    def add_contribution(self, contribution: Contribution) -> int:
        contribution.text = contribution.text.strip()
        CONTRIBUTIONS.check(contribution)
        return CONTRIBUTIONS.insert(self.db, contribution)

    def set_contribution_text(self, contribution_id: int, text: str) -> str:
        return CONTRIBUTIONS.set_field(self.db, contribution_id, "text", text.strip())

    def remove_contribution(self, contribution_id: int) -> None:
        CONTRIBUTIONS.remove(self.db, contribution_id)

    def reflections_of(self, meeting_id: int) -> list[Reflection]:
        return REFLECTIONS.rows(self.db, "meeting_id = ?", [meeting_id])

    def add_reflection(self, reflection: Reflection) -> int:
        reflection.text = reflection.text.strip()
        REFLECTIONS.check(reflection)
        return REFLECTIONS.insert(self.db, reflection)

    def set_reflection_field(self, reflection_id: int, name: str, value: Any) -> Any:
        return REFLECTIONS.set_field(self.db, reflection_id, name, value)

    def remove_reflection(self, reflection_id: int) -> None:
        REFLECTIONS.remove(self.db, reflection_id)

    def last_time_reflections(self, meeting_id: int) -> list[Reflection]:
        """The reflections of the latest held meeting with the same student before this one
        ("Last time: ... keep."), for the planner's preparation view."""
        meeting = _MEETINGS.get(self.db, meeting_id)
        before = meeting.starts_at.isoformat(timespec="seconds") if meeting.starts_at else "9999"
        row = self.db.execute(
            "SELECT id FROM meetings WHERE student_id = ? AND status = 'held' AND id <> ? "
            "AND starts_at < ? ORDER BY starts_at DESC, id DESC LIMIT 1",
            [meeting.student_id, meeting_id, before]).fetchone()
        return self.reflections_of(row[0]) if row else []

    # -- the private tip file -----------------------------------------------------------
    def tips_of(self, student_id: int) -> list[TipEntry]:
        """Newest first."""
        return TIPS.rows(self.db, "student_id = ?", [student_id],
                         order="written_on DESC, id DESC")

    def add_tip(self, tip: TipEntry) -> int:
        tip.topic = tip.topic.strip()
        TIPS.check(tip)
        return TIPS.insert(self.db, tip)

    def set_tip_field(self, tip_id: int, name: str, value: Any) -> Any:
        return TIPS.set_field(self.db, tip_id, name, value)

    def remove_tip(self, tip_id: int) -> None:
        TIPS.remove(self.db, tip_id)
