"""Meetings and the people invited to them: rows in, core records out.

Rules the store keeps, whoever calls it:
- every write is one transaction; a failed write raises SaveFailed and leaves everything
  saved before unchanged;
- what the teacher typed is checked first (core.meeting_rules); a value that cannot be
  stored raises MeetingInputError, and nothing is written;
- a meeting is never deleted: there is no method for it (cancel it instead);
- a meeting's calendar UID is set once, at creation; its calendar sequence rises with
  every change of time, length, place or status, so calendars update the event.

Methods that depend on the date take `today` / `now` (default: the clock), so tests and
the demo can pin them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import UTC, date, datetime

from sqlite_utils import Database

from iep_desk.core import meeting_rules as rules
from iep_desk.core.deadlines import (
    Deadline,
    next_annual_review,
    notice_deadline,
    reevaluation_due,
)
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import (
    ATTENDANCE,
    MEETING_STATUSES,
    MEETING_TYPES,
    PLACE_KINDS,
    RESPONSES,
    AgendaItem,
    Meeting,
    MeetingStatus,
    MeetingType,
    Participant,
    still_ahead,
)
from iep_desk.core.models import Student, saved
from iep_desk.core.problems import Problem
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage.agenda import AGENDA_ITEMS
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.tables import Table, saving

# Changing one of these moves or changes the event in people's calendars.
CALENDAR_FIELDS = frozenset({"starts_at", "duration_minutes", "place_kind", "place", "status"})
# Fields a teacher may change one at a time (the identity and calendar fields are the app's).
MEETING_EDITABLE = frozenset(f.name for f in fields(Meeting)) - {
    "id", "student_id", "calendar_uid", "calendar_sequence"}
PARTICIPANT_EDITABLE = frozenset({
    "name", "role", "required", "invited_on", "response", "excused", "excusal_consent_on",
    "written_input_received", "leaves_at", "attendance"})

MEETINGS = Table("meetings", Meeting, MEETING_EDITABLE, codes={
    "meeting_type": MEETING_TYPES, "status": MEETING_STATUSES, "place_kind": PLACE_KINDS})
PARTICIPANTS = Table("participants", Participant, PARTICIPANT_EDITABLE,
                     codes={"response": RESPONSES, "attendance": (*ATTENDANCE, None)},
                     required={"name": "participant_name_missing"})
# Family first, then the school team, then the student and typed names.
_PEOPLE_ORDER = ("CASE WHEN family_member_id IS NOT NULL THEN 0 "
                 "WHEN team_member_id IS NOT NULL THEN 1 ELSE 2 END, id")


def new_calendar_uid() -> str:
    return f"{uuid.uuid4()}@iep-desk"


class MeetingStore:
    """Meetings and their participants, in the caseload file."""

    def __init__(self, db: Database):
        self.db = db
        self._caseload = CaseloadStore(db)
        self._settings = SettingsStore(db)

    def _student(self, student_id: int) -> Student:
        try:
            return self._caseload.get_student(student_id)
        except LookupError:
            raise MeetingInputError("student_not_on_file") from None

    # -- meetings -----------------------------------------------------------------
    def create_meeting(self, meeting: Meeting, *, today: date | None = None) -> int:
        """Save a new meeting; sets its id and calendar UID. (The transition rule is the
        application layer's: iep_desk.app.meetings.create_meeting.)

        Raises MeetingInputError (nothing stored) for an archived student, a length of
        zero or less, a date after a due date still ahead, or an unknown code.
        """
        today = today or date.today()
        student = self._student(meeting.student_id)
        MEETINGS.check(meeting)
        rules.raise_if_blocking(rules.check_meeting(meeting, student, today))
        meeting.calendar_uid = meeting.calendar_uid or new_calendar_uid()
        meeting.calendar_sequence = 0
        try:
            with saving(self.db):
                meeting.id = MEETINGS.insert_row(self.db, meeting)
        except BaseException:
            meeting.id = None  # not stored: saving again must insert it
            raise
        return meeting.id

    def draft_for(self, student_id: int, meeting_type: str = "annual_review") -> Meeting:
        """A new, unsaved meeting with the defaults: the length set for its type, and the due
        date it serves (the annual review or re-evaluation date, when there is one)."""
        if meeting_type not in MEETING_TYPES:
            raise MeetingInputError("not_a_meeting_kind", value=meeting_type)
        student = self._student(student_id)
        settings = self._settings.deadline_settings()
        due = {"annual_review": next_annual_review,
               "reevaluation": reevaluation_due}.get(meeting_type)
        return Meeting(student_id, MeetingType(meeting_type),
                       duration_minutes=rules.default_duration(
                           meeting_type, self._settings.planner_settings()),
                       due_by=due(student, settings) if due else None)

    def remove_new_drafts(self, meeting_ids: Iterable[int]) -> None:
        """Take away drafts just made (the Undo of "Make drafts"), with their participants
        and agendas, in one transaction. A meeting that is no longer a draft is refused
        (MeetingInputError): it may have gone to the family since."""
        ids = list(meeting_ids)
        with saving(self.db):
            for meeting_id in ids:
                if MEETINGS.get(self.db, meeting_id).status != "draft":
                    raise MeetingInputError("draft_sent_meanwhile")
                for table in ("agenda_items", "family_questions", "participants",
                              "checklist_ticks"):
                    self.db.execute(f"DELETE FROM {table} WHERE meeting_id = ?", [meeting_id])
                self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])

    def put_back_drafts(self, drafts: Iterable[tuple[Meeting, list[Participant],
                                                      list[AgendaItem]]]) -> None:
        """Drafts removed by remove_new_drafts back under their ids (Redo), one transaction."""
        with saving(self.db):
            for meeting, people, agenda in drafts:
                MEETINGS.insert_row(self.db, meeting, keep_id=True)
                for person in people:
                    PARTICIPANTS.insert_row(self.db, person, keep_id=True)
                for item in agenda:
                    AGENDA_ITEMS.insert_row(self.db, item, keep_id=True)

    def mark_transition(self, meeting_id: int) -> None:
        """Inside a transaction: mark a meeting as a transition meeting (the application
        layer applies the rule; the mark is never removed by it)."""
        MEETINGS.update_row(self.db, meeting_id, {"is_transition": True})

    def get_meeting(self, meeting_id: int) -> Meeting:
        return MEETINGS.get(self.db, meeting_id)

    def list_meetings(self, *, student_id: int | None = None,
                      statuses: Iterable[str] | None = None) -> list[Meeting]:
        """Meetings, soonest first (undated drafts last); all of them unless filtered."""
        clauses: list[str] = []
        params: list[object] = []
        if student_id is not None:
            clauses.append("student_id = ?")
            params.append(student_id)
        if statuses is not None:
            statuses = list(statuses)
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        return MEETINGS.rows(self.db, " AND ".join(clauses), params,
                             order="starts_at IS NULL, starts_at, id")

    def get_meeting_field(self, meeting_id: int, name: str):
        if name not in MEETING_EDITABLE:
            raise KeyError(f"meetings.{name} is not a field")
        return getattr(self.get_meeting(meeting_id), name)

    def set_meeting_field(self, meeting_id: int, name: str, value, *,
                          today: date | None = None, now: datetime | None = None):
        """Change one field of a meeting after checking it; returns the old value (for undo)."""
        if name not in MEETING_EDITABLE:
            raise KeyError(f"meetings.{name} cannot be edited")
        old = self.get_meeting(meeting_id)
        self.update_meeting(replace(old, **{name: value}), today=today, now=now)
        return getattr(old, name)

    def update_meeting(self, meeting: Meeting, *, today: date | None = None,
                       now: datetime | None = None) -> None:
        """Save every editable field of a meeting; raises the calendar sequence when its time,
        length, place or status changed. (The application layer re-applies the transition
        rule: iep_desk.app.meetings.)"""
        today = today or date.today()
        stored = self.get_meeting(saved(meeting.id))
        if meeting.student_id != stored.student_id:
            raise MeetingInputError("meeting_moved_to_other_student")
        student = self._student(meeting.student_id)
        MEETINGS.check(meeting)
        problems: list[Problem | None] = [p for p in rules.check_meeting(meeting, student, today)
                    # An archived student's past meetings may still be corrected.
                    if not (stored.status == meeting.status and p.code == "student_archived")]
        if meeting.status == MeetingStatus.HELD and stored.status != MeetingStatus.HELD:
            problems.append(rules.check_mark_held(replace(meeting, status=stored.status),
                                                  now or datetime.now()))
        rules.raise_if_blocking(problems)
        changes = {name: getattr(meeting, name) for name in MEETING_EDITABLE
                   if getattr(meeting, name) != getattr(stored, name)}
        if not changes:
            return
        if CALENDAR_FIELDS & changes.keys():
            changes["calendar_sequence"] = stored.calendar_sequence + 1
        with saving(self.db):
            MEETINGS.update_row(self.db, saved(meeting.id), changes)
            meeting.calendar_uid = stored.calendar_uid
            meeting.calendar_sequence = changes.get("calendar_sequence", stored.calendar_sequence)

    def cancel_meeting(self, meeting_id: int, *, today: date | None = None) -> None:
        """Cancel a meeting; it stays on file as a record."""
        self.set_meeting_field(meeting_id, "status", "cancelled", today=today)

    def mark_held(self, meeting_id: int, *, now: datetime | None = None) -> None:
        """Record that a meeting took place; refused for a meeting still in the future."""
        now = now or datetime.now()
        self.set_meeting_field(meeting_id, "status", "held", today=now.date(), now=now)

    def created_on(self, meeting_id: int) -> date:
        """The day (local time) the meeting was first saved."""
        created = self.db.execute("SELECT created_at FROM meetings WHERE id = ?",
                                  [meeting_id]).fetchone()[0]
        # created_at is stored in UTC (SQLite's clock).
        return datetime.fromisoformat(created).replace(tzinfo=UTC).astimezone().date()

    # -- participants ---------------------------------------------------------------
    def participants_of(self, meeting_id: int) -> list[Participant]:
        """Family first, then the school team, then the student and typed names."""
        return PARTICIPANTS.rows(self.db, "meeting_id = ?", [meeting_id], order=_PEOPLE_ORDER)

    def get_participant(self, participant_id: int) -> Participant:
        return PARTICIPANTS.get(self.db, participant_id)

    def add_participant(self, participant: Participant) -> int:
        """Add anyone to a meeting; refused when they are already on it."""
        PARTICIPANTS.check(participant)
        rules.raise_if_blocking([
            rules.check_participant_identity(participant),
            rules.check_participant_not_twice(participant,
                                              self.participants_of(saved(participant.meeting_id)))])
        return PARTICIPANTS.insert(self.db, participant)

    def add_participants(self, people: Iterable[Participant]) -> None:
        """Inside a transaction: add people as they are (no checks; a copy of a list that
        was checked when it was made)."""
        for person in people:
            person.id = PARTICIPANTS.insert_row(self.db, person)

    def add_family_participant(self, meeting_id: int, family_member_id: int, *,
                               required: bool = True, invited_on: date | None = None) -> int:
        """Invite a family member; their role is their relationship to the student."""
        member = self._caseload.get_family_member(family_member_id)
        student_id = self.get_meeting(meeting_id).student_id
        role = self._caseload.get_relationship(student_id, family_member_id) or "parent"
        return self.add_participant(Participant(
            meeting_id, member.name, role, family_member_id=family_member_id,
            required=required, invited_on=invited_on))

    def add_team_participant(self, meeting_id: int, team_member_id: int, *,
                             required: bool | None = None, invited_on: date | None = None) -> int:
        """Invite a team member; required by default when their role is one the law requires."""
        member = self._caseload.get_team_member(team_member_id)
        if required is None:
            required = member.role in rules.REQUIRED_SCHOOL_ROLES
        return self.add_participant(Participant(
            meeting_id, member.name, member.role, team_member_id=team_member_id,
            required=required, invited_on=invited_on))

    def add_typed_participant(self, meeting_id: int, name: str, role: str = "", *,
                              required: bool = False, invited_on: date | None = None) -> int:
        """Invite someone not on file (an advocate, a relative, an outside provider)."""
        return self.add_participant(Participant(meeting_id, name.strip(), role.strip(),
                                                required=required, invited_on=invited_on))

    def get_participant_field(self, participant_id: int, name: str):
        if name not in PARTICIPANT_EDITABLE:
            raise KeyError(f"participants.{name} is not a field")
        return getattr(self.get_participant(participant_id), name)

    def set_participant_field(self, participant_id: int, name: str, value):
        """Change one field (response, excusal, attendance...); returns the old value."""
        if name == "name":
            value = str(value or "").strip()
        return PARTICIPANTS.set_field(self.db, participant_id, name, value)

    def rename_in_planned_meetings(self, name: str, *, family_member_id: int | None = None,
                                   team_member_id: int | None = None,
                                   student_id: int | None = None) -> list[int]:
        """Inside a transaction: give `name` to the participants who are this person (the
        family member, the team member, or the student themself in their own meetings) in
        every meeting still planned (MeetingStatus.is_planned). Meetings held or cancelled are
        records and keep the names they had. Returns the ids of the participants renamed
        (none when each already had the name)."""
        planned = [s.value for s in MeetingStatus if s.is_planned]
        meetings = f"status IN ({', '.join('?' for _ in planned)})"
        if family_member_id is not None:
            who, params = "family_member_id = ?", [family_member_id, *planned]
        elif team_member_id is not None:
            who, params = "team_member_id = ?", [team_member_id, *planned]
        elif student_id is not None:
            who, params = "is_student = 1", [*planned, student_id]
            meetings += " AND student_id = ?"
        else:
            raise TypeError("rename_in_planned_meetings needs the person")
        ids = [row[0] for row in self.db.execute(
            f"SELECT id FROM participants WHERE {who} AND meeting_id IN "
            f"(SELECT id FROM meetings WHERE {meetings}) AND name <> ? ORDER BY id",
            [*params, name])]
        for participant_id in ids:
            PARTICIPANTS.update_row(self.db, participant_id, {"name": name})
        return ids

    def remove_participant(self, participant_id: int) -> None:
        """Take someone off a meeting that has not been held (a held meeting is a record)."""
        person = self.get_participant(participant_id)
        if self.get_meeting(saved(person.meeting_id)).status == MeetingStatus.HELD:
            raise MeetingInputError("held_meeting_keeps_people", name=person.name)
        PARTICIPANTS.remove(self.db, participant_id)

    def participant_emails(self, meeting_id: int) -> dict[int, str]:
        """Participant id → email address, for those whose address is on file."""
        rows = self.db.execute(
            "SELECT p.id, coalesce(nullif(f.email, ''), nullif(t.email, '')) FROM participants p "
            "LEFT JOIN family_members f ON f.id = p.family_member_id "
            "LEFT JOIN team_members t ON t.id = p.team_member_id WHERE p.meeting_id = ?",
            [meeting_id]).fetchall()
        return {row[0]: row[1] for row in rows if row[1]}

    # -- the dates the caseload table shows ------------------------------------------------
    def _announced(self) -> list[Meeting]:
        """Proposed and confirmed meetings with a date (MeetingStatus.is_announced), soonest
        first."""
        announced = [s.value for s in MeetingStatus if s.is_announced]
        return MEETINGS.rows(
            self.db, f"status IN ({', '.join('?' for _ in announced)}) AND starts_at IS NOT NULL",
            announced, order="starts_at, id")

    def next_meeting_by_student(self, *, now: datetime | None = None) -> dict[int, datetime]:
        """Student id → start of their soonest announced meeting still ahead."""
        now = now or datetime.now()
        found: dict[int, datetime] = {}
        for meeting in self._announced():
            starts_at = meeting.starts_at
            if starts_at is not None and still_ahead(meeting, now) \
                    and meeting.student_id not in found:
                found[meeting.student_id] = starts_at
        return found

    def notice_deadlines(self, settings: DeadlineSettings) -> list[Deadline]:
        """"Send the notice by" for every announced meeting with a date (core.deadlines.
        notice_deadline). Open until the notice is ticked as sent."""
        sent = {row[0] for row in self.db.execute(
            "SELECT meeting_id FROM checklist_ticks WHERE item = 'notice_sent' "
            "AND done_on IS NOT NULL")}  # a note alone is not the notice sent
        return [notice_deadline(meeting, settings, sent=meeting.id in sent)
                for meeting in self._announced()]
