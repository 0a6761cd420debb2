"""What was decided at the table, the prior written notice it may call for, and the written
input asked of team members before the meeting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from iep_desk.app.changes import AGENDA, PARTICIPANTS, PREPARATION
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.decisions import (
    DEFAULT_PRIOR_NOTICE_DAYS,
    Decision,
    InputRequest,
    prior_written_notice_due,
)
from iep_desk.core.models import saved
from iep_desk.core.problems import ProblemError
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores


def _item_fields(item_id: int, decision: Decision | None, note: str) -> list[Step]:
    return [Step.of("set_field", table="agenda_items", row_id=item_id, name="decision",
                    value=decision),
            Step.of("set_field", table="agenda_items", row_id=item_id, name="decision_note",
                    value=note)]


def decide(stores: Stores, *, item_id: int, decision: Decision | str | None,
           note: str = "") -> OpResult:
    """What was decided on one agenda item (None: nothing yet) and a short note in plain
    words. Undo puts back the decision and note it had. Raises ProblemError for a code that
    is not a Decision, LookupError for an item no longer on file."""
    chosen: Decision | None = None
    if decision not in (None, ""):
        try:
            chosen = Decision(decision)
        except ValueError:
            raise ProblemError("not_a_choice", value=decision) from None
    before = stores.agenda.set_decision(item_id, chosen, note)
    after = stores.agenda.get_agenda_item(item_id)
    return OpResult(AGENDA, None, record(
        AGENDA, _item_fields(item_id, before.decision, before.decision_note),
        _item_fields(item_id, after.decision, after.decision_note)))


def prior_notice_due(stores: Stores, *, meeting_id: int) -> date | None:
    """When the prior written notice is due for this meeting (core.decisions), or None when
    no decision calls for one or the meeting has no date."""
    meeting = stores.meetings.get_meeting(meeting_id)
    if meeting.starts_at is None:
        return None
    return prior_written_notice_due(stores.agenda.decisions_of(meeting_id),
                                    meeting.starts_at.date(), DEFAULT_PRIOR_NOTICE_DAYS)


# -- written input before the meeting --------------------------------------------------------

def ask_for_input(stores: Stores, *, meeting_id: int, participant_ids: Sequence[int],
                  due_by: date, today: date | None = None) -> OpResult[list[int]]:
    """Ask each of these participants for written input by `due_by` (one request each, all
    in one transaction and one undo step). Its value is the new requests' ids."""
    today = today or date.today()
    if not participant_ids:
        raise ProblemError("nobody_asked")
    with saving(stores.db):
        ids = [stores.preparation.add_input_request(
            InputRequest(None, meeting_id, participant_id, today, due_by))
            for participant_id in participant_ids]
    rows = [stores.preparation.get_input_request(request_id) for request_id in ids]
    return OpResult(PREPARATION, ids, record(
        PREPARATION, [Step.of("remove", table="input_requests", row_id=r.id) for r in rows],
        [Step.of("put_back", table="input_requests", row=r) for r in rows]))


def record_input(stores: Stores, *, request_id: int, received_on: date | None,
                 text: str = "") -> OpResult:
    """What a team member sent and when (received_on None: not arrived after all). The
    participant's "written input received" follows, so an excused member's warning goes."""
    before = stores.preparation.get_input_request(request_id)
    person = stores.meetings.get_participant(before.participant_id)
    with saving(stores.db):
        stores.preparation.set_input_request_field(request_id, "received_on", received_on)
        stores.preparation.set_input_request_field(request_id, "text", text.strip())
        stores.meetings.set_participant_field(saved(person.id), "written_input_received",
                                              received_on is not None)

    def fields(on: date | None, words: str, arrived: bool) -> list[Step]:
        return [Step.of("set_field", table="input_requests", row_id=request_id,
                        name="received_on", value=on),
                Step.of("set_field", table="input_requests", row_id=request_id,
                        name="text", value=words),
                Step.of("set_field", table="participants", row_id=person.id,
                        name="written_input_received", value=arrived)]

    changes = PREPARATION | PARTICIPANTS
    return OpResult(changes, None, record(
        changes, fields(before.received_on, before.text, person.written_input_received),
        fields(received_on, text.strip(), received_on is not None)))


def withdraw_request(stores: Stores, *, request_id: int) -> OpResult:
    """Take back a request for input (asked by mistake); Undo asks again."""
    request = stores.preparation.get_input_request(request_id)
    stores.preparation.remove_input_request(request_id)
    return OpResult(PREPARATION, None, record(
        PREPARATION, [Step.of("put_back", table="input_requests", row=request)],
        [Step.of("remove", table="input_requests", row_id=request_id)]))
