"""The private preparation for a meeting: the family's concerns (interest, position, what to
ask), the student's own input, the written input asked of team members, and the answers the
family sent back on the preparation sheet. None of it is printed for the family."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from iep_desk.core.decisions import InputRequest
from iep_desk.core.family_preparation import ReceivedAnswer
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import Concern, StudentInput
from iep_desk.core.models import saved
from iep_desk.storage.rows import now_text
from iep_desk.storage.tables import Table, saving

CONCERNS = Table("concerns", Concern)
STUDENT_INPUTS = Table("student_inputs", StudentInput)
INPUT_REQUESTS = Table("input_requests", InputRequest,
                       frozenset({"due_by", "received_on", "text"}))
RECEIVED_ANSWERS = Table("preparation_answers", ReceivedAnswer)


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

    # -- written input asked of team members ------------------------------------------------
    def input_requests_of(self, meeting_id: int) -> list[InputRequest]:
        return INPUT_REQUESTS.rows(self.db, "meeting_id = ?", [meeting_id], order="due_by, id")

    def get_input_request(self, request_id: int) -> InputRequest:
        return INPUT_REQUESTS.get(self.db, request_id)

    def add_input_request(self, request: InputRequest) -> int:
        """Ask a participant of the meeting for written input by a date (not before the
        day it was asked)."""
        if request.due_by < request.asked_on:
            raise MeetingInputError("input_due_before_asked")
        found = self.db.execute("SELECT meeting_id FROM participants WHERE id = ?",
                                [request.participant_id]).fetchone()
        if found is None or found[0] != request.meeting_id:
            raise LookupError(f"No participant {request.participant_id} on this meeting")
        # InputRequest is frozen: the new id is returned, not set on it.
        with saving(self.db):
            return INPUT_REQUESTS.insert_row(self.db, request)

    def set_input_request_field(self, request_id: int, name: str, value: Any) -> Any:
        """Change the due date, the day the input arrived, or its text; returns the old value."""
        return INPUT_REQUESTS.set_field(self.db, request_id, name, value)

    def remove_input_request(self, request_id: int) -> None:
        INPUT_REQUESTS.remove(self.db, request_id)

    # -- the family's answers to the preparation sheet ------------------------------------------
    def received_answers_of(self, meeting_id: int) -> list[ReceivedAnswer]:
        return RECEIVED_ANSWERS.rows(self.db, "meeting_id = ?", [meeting_id],
                                     order="received_on, id")

    def add_received_answer(self, answer: ReceivedAnswer) -> int:
        """Inside or outside a transaction: keep one answer as it came back."""
        return RECEIVED_ANSWERS.insert(self.db, answer)
