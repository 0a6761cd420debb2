"""The private preparation for a meeting: the family's concerns (interest, position, what to
ask) and the student's own input. Neither is ever printed for the family."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import Concern, StudentInput
from iep_desk.core.models import saved
from iep_desk.storage.rows import now_text
from iep_desk.storage.tables import Table, saving

CONCERNS = Table("concerns", Concern)
STUDENT_INPUTS = Table("student_inputs", StudentInput)


class PreparationStore:
    def __init__(self, db: Database):
        self.db = db

    # -- concerns --------------------------------------------------------------------------
    def concerns_of(self, meeting_id: int) -> list[Concern]:
        return CONCERNS.rows(self.db, "meeting_id = ?", [meeting_id])

    def add_concern(self, concern: Concern) -> int:
        if not (concern.interest.strip() or concern.position.strip()
                or concern.questions_to_ask.strip()):
            raise MeetingInputError("concern_empty")
        return CONCERNS.insert(self.db, concern)

    def set_concern_field(self, concern_id: int, name: str, value: Any) -> Any:
        return CONCERNS.set_field(self.db, concern_id, name, value)

    def remove_concern(self, concern_id: int) -> None:
        CONCERNS.remove(self.db, concern_id)

    def get_concern(self, concern_id: int) -> Concern:
        return CONCERNS.get(self.db, concern_id)

    # -- the student's input -----------------------------------------------------------------
    def student_input_of(self, meeting_id: int) -> StudentInput | None:
        found = STUDENT_INPUTS.rows(self.db, "meeting_id = ?", [meeting_id])
        return found[0] if found else None

    def save_student_input(self, student_input: StudentInput) -> int:
        """Store the student's input for a meeting (one per meeting: replaces what was there)."""
        with saving(self.db):
            self.db.execute(
                "INSERT INTO student_inputs (meeting_id, what_to_say, how_taking_part) "
                "VALUES (?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                "what_to_say = excluded.what_to_say, how_taking_part = excluded.how_taking_part, "
                "updated_at = ?",
                [student_input.meeting_id, student_input.what_to_say,
                 student_input.how_taking_part, now_text()])
        stored = self.student_input_of(saved(student_input.meeting_id))
        assert stored is not None and stored.id is not None
        student_input.id = stored.id
        return stored.id
