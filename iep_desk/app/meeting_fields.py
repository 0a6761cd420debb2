"""Writing a meeting's fields with the transition rule: what a change of a meeting and the
undo of one both do (app.meetings and app.undo import it from here).

The transition rule (core.meeting_rules.apply_transition_rule) is applied in the same
transaction as the change that can bring it: a meeting planned, or moved to a day when the
student has reached the transition age, becomes a transition meeting and the student is
invited. A meeting that is a record (held or cancelled) is never touched by it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from iep_desk.app.changes import MEETINGS, NOTHING, PARTICIPANTS, Changes
from iep_desk.core import meeting_rules as rules
from iep_desk.storage.meetings import PARTICIPANTS as PARTICIPANT_ROWS
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores


def apply_transition_rule(stores: Stores, meeting_id: int, today: date) -> Changes:
    """Inside a transaction: mark the meeting a transition meeting and invite the student when
    the student is of transition age on its date. Returns what it changed."""
    meeting = stores.meetings.get_meeting(meeting_id)
    if meeting.is_record:
        return NOTHING
    student = stores.caseload.get_student(meeting.student_id)
    was = meeting.is_transition
    new = rules.apply_transition_rule(meeting, student, stores.meetings.participants_of(meeting_id),
                                      stores.settings.deadline_settings(), today)
    changes = NOTHING
    if meeting.is_transition != was:
        stores.meetings.mark_transition(meeting_id)
        changes |= MEETINGS
    if new is not None:
        new.meeting_id = meeting_id
        new.invited_on = today
        new.id = PARTICIPANT_ROWS.insert_row(stores.db, new)
        changes |= PARTICIPANTS
    return changes


def write_meeting_fields(stores: Stores, meeting_id: int, values: Mapping[str, Any], *,
                         today: date | None = None, now: datetime | None = None) -> Changes:
    """Write fields of a meeting in order, each with the store's checks, then re-apply the
    transition rule (one transaction). Raises MeetingInputError (nothing written)."""
    today = today or date.today()
    with saving(stores.db):
        for name, value in values.items():
            stores.meetings.set_meeting_field(meeting_id, name, value, today=today, now=now)
        changes = MEETINGS
        if "starts_at" in values:
            changes |= apply_transition_rule(stores, meeting_id, today)
    return changes
