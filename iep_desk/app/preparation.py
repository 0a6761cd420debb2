"""The private preparation for a meeting: the family's concerns and the student's input."""

from __future__ import annotations

from iep_desk.app.changes import PREPARATION
from iep_desk.app.undo import OpResult, Step, added, record, removed
from iep_desk.core.meetings import Concern, StudentInput
from iep_desk.storage.stores import Stores


def add_concern(stores: Stores, *, concern: Concern) -> OpResult[int]:
    """What the family wants, what they asked for, what to ask (at least one of them)."""
    concern_id = stores.preparation.add_concern(concern)
    return added(PREPARATION, "concerns", stores.preparation.get_concern(concern_id))


def remove_concern(stores: Stores, *, concern_id: int) -> OpResult:
    concern = stores.preparation.get_concern(concern_id)
    stores.preparation.remove_concern(concern_id)
    return removed(PREPARATION, "concerns", concern)


def save_student_input(stores: Stores, *, meeting_id: int, what_to_say: str | None = None,
                       how_taking_part: str | None = None) -> OpResult:
    """The student's own input for a meeting (one per meeting); a part not given is kept."""
    old = stores.preparation.student_input_of(meeting_id) or StudentInput(meeting_id)
    new = StudentInput(meeting_id,
                       old.what_to_say if what_to_say is None else what_to_say,
                       old.how_taking_part if how_taking_part is None else how_taking_part)
    stores.preparation.save_student_input(new)
    return OpResult(PREPARATION, None, record(
        PREPARATION,
        [Step.of("student_input", meeting_id=meeting_id, what_to_say=old.what_to_say,
                 how_taking_part=old.how_taking_part)],
        [Step.of("student_input", meeting_id=meeting_id, what_to_say=new.what_to_say,
                 how_taking_part=new.how_taking_part)]))
