"""Writing one field of a student, family member or team member, with a corrected name carried
to the meetings still planned: what a change in the caseload and its undo both do
(app.caseload and app.undo import it from here); and a person's name on file now, for a new
meeting copied from an old one (app.meetings.schedule_follow_up).

A meeting keeps its own copy of each person's name (`participants.name`), so that a meeting
held or cancelled stays the record of who was there under the name they had. A meeting still
planned (MeetingStatus.is_planned) has not been held yet: its letters are still to be
printed, so a name corrected in the caseload is carried to it in the same transaction.
Undo writes the old name the same way, so it comes back in the caseload and in those
meetings; a meeting held in the meantime keeps the name it was held with.
"""

from __future__ import annotations

from typing import Any

from iep_desk.app.changes import NOTHING, PARTICIPANTS, Changes
from iep_desk.core.meeting_rules import student_participant
from iep_desk.core.meetings import Participant
from iep_desk.core.validation import STUDENT_NAME_FIELDS
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores


def write_caseload_field(stores: Stores, table: str, row_id: int, name: str,
                         value: Any) -> Changes:
    """Store one (already checked) field of a row of `table` (students, family_members or
    team_members) and, for a name, carry it to the meetings still planned, in one
    transaction. Returns PARTICIPANTS when a meeting's copy of the name changed, else
    NOTHING (the caller says which caseload kind changed)."""
    with saving(stores.db):
        stores.caseload.update_field(table, row_id, name, value)
        renamed = _carry_name(stores, table, row_id, name)
    return PARTICIPANTS if renamed else NOTHING


def is_carried_name(table: str, name: str) -> bool:
    """Whether writing this field carries a name to the meetings still planned."""
    return name in (STUDENT_NAME_FIELDS if table == "students" else ("name",))


def _carry_name(stores: Stores, table: str, row_id: int, name: str) -> list[int]:
    meetings = stores.meetings
    if not is_carried_name(table, name):
        return []
    if table == "students":
        # The student as a participant carries the name they go by (core's one rule).
        student = stores.caseload.get_student(row_id)
        return meetings.rename_in_planned_meetings(student_participant(student, None).name.strip(),
                                                   student_id=row_id)
    if table == "family_members":
        return meetings.rename_in_planned_meetings(
            stores.caseload.get_family_member(row_id).name.strip(), family_member_id=row_id)
    return meetings.rename_in_planned_meetings(
        stores.caseload.get_team_member(row_id).name.strip(), team_member_id=row_id)


def name_on_file(stores: Stores, person: Participant, student_id: int) -> str:
    """The name a participant of a meeting about `student_id` has in the caseload now: the
    family or team member's name, the name the student goes by; a typed name as typed. (A
    new meeting copied from an old one, a record, takes the names as they are now.)"""
    if person.family_member_id is not None:
        return stores.caseload.get_family_member(person.family_member_id).name.strip()
    if person.team_member_id is not None:
        return stores.caseload.get_team_member(person.team_member_id).name.strip()
    if person.is_student:
        return student_participant(stores.caseload.get_student(student_id), None).name.strip()
    return person.name
