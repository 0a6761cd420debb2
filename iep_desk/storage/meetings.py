"""Meetings and everything around them: rows in, core objects out.

Rules the store keeps, whoever calls it:
- every write is one transaction (`with db.atomic():`); a failed write raises
  SaveFailed and leaves everything saved before unchanged;
- what the teacher typed is checked first (core.meeting_rules); a value that cannot
  be stored raises MeetingInputError with a message in the teacher's words, and
  nothing is written;
- a meeting is never deleted: there is no method for it (cancel it instead);
- a meeting's calendar UID is set once, at creation; its calendar sequence rises with
  every change of time, length, place or status, so calendars update the event.

Methods that depend on the date take `today` / `now` (default: the clock), so
tests and the demo can pin them.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from iep_desk.core import meeting_rules as rules
from iep_desk.core.agenda import (
    MINUTES_PER_QUESTION,
    AgendaTemplate,
    default_template,
    items_from_template,
    question_insert_position,
    template_from_agenda,
)
from iep_desk.core.checklist import AFTER_ITEMS, BEFORE_ITEMS, COMPUTED_ITEMS, is_closed
from iep_desk.core.deadlines import Deadline, next_annual_review, reevaluation_due
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import (
    ACTION_STATUSES,
    ATTENDANCE,
    CONTACT_METHODS,
    CONTACT_OUTCOMES,
    MEETING_STATUSES,
    MEETING_TYPES,
    PLACE_KINDS,
    REFLECTION_VERDICTS,
    RESPONSES,
    TIP_FEELINGS,
    ActionItem,
    AgendaItem,
    BusyTime,
    ChecklistTick,
    Concern,
    ContactEntry,
    Contribution,
    FamilyQuestion,
    HomeSuggestion,
    Meeting,
    MeetingRecord,
    Participant,
    Reflection,
    StudentInput,
    TipEntry,
)
from iep_desk.core.models import Student
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage import meeting_dates
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed

if TYPE_CHECKING:
    from iep_desk.storage.database import CaseloadDatabase

T = TypeVar("T")

# Which dataclass each table holds.
TABLES: dict[str, type] = {
    "meetings": Meeting,
    "participants": Participant,
    "busy_times": BusyTime,
    "agenda_items": AgendaItem,
    "family_questions": FamilyQuestion,
    "concerns": Concern,
    "student_inputs": StudentInput,
    "checklist_ticks": ChecklistTick,
    "contacts": ContactEntry,
    "action_items": ActionItem,
    "home_suggestions": HomeSuggestion,
    "contributions": Contribution,
    "reflections": Reflection,
    "tip_entries": TipEntry,
}

# Changing one of these moves or changes the event in people's calendars.
CALENDAR_FIELDS = frozenset({"starts_at", "duration_minutes", "place_kind", "place", "status"})
# Fields a teacher may change one at a time (the identity and calendar fields are the app's).
MEETING_EDITABLE = frozenset(f.name for f in fields(Meeting)) - {
    "id", "student_id", "calendar_uid", "calendar_sequence"}
PARTICIPANT_EDITABLE = frozenset({
    "name", "role", "required", "invited_on", "response", "excused", "excusal_consent_on",
    "written_input_received", "leaves_at", "attendance"})

# Codes each coded field may hold (also enforced by CHECKs in the schema).
_CODES = {
    ("meetings", "meeting_type"): MEETING_TYPES,
    ("meetings", "status"): MEETING_STATUSES,
    ("meetings", "place_kind"): PLACE_KINDS,
    ("participants", "response"): RESPONSES,
    ("contacts", "method"): CONTACT_METHODS,
    ("contacts", "outcome"): CONTACT_OUTCOMES,
    ("action_items", "status"): ACTION_STATUSES,
    ("reflections", "verdict"): REFLECTION_VERDICTS,
    ("tip_entries", "feeling"): TIP_FEELINGS,
}
# Text fields that may never be empty, with what to say when they are.
_REQUIRED_TEXT = {
    ("participants", "name"): "Write the participant's name.",
    ("agenda_items", "title"): "An agenda item needs a title.",
    ("family_questions", "text"): "Write the family's question.",
    ("action_items", "what"): "Write what is to be done.",
    ("home_suggestions", "text"): "Write the suggestion.",
    ("contributions", "text"): "Write what the family brought to the meeting.",
    ("reflections", "text"): "Write what worked or what did not.",
    ("tip_entries", "topic"): "Write the topic of the tip.",
}
_STATUSES_AHEAD = ("proposed", "confirmed")
_SETTING_PREFIX = "planner."


# -- values in and out of columns --------------------------------------------------

def _field_kind(cls: type, name: str) -> str:
    for f in fields(cls):
        if f.name == name:
            kind = str(f.type)
            for prefix in ("datetime", "date", "time", "bool"):
                if kind.startswith(prefix):
                    return prefix
            return "other"
    raise KeyError(f"{cls.__name__} has no field {name}")


def to_column(cls: type, name: str, value: Any) -> Any:
    """A core value as stored: ISO text for dates and times, 0/1 for booleans."""
    kind = _field_kind(cls, name)
    if value is None:
        return None if kind in ("datetime", "date", "time") or name in (
            "attendance", "family_member_id", "team_member_id", "student_id",
            "family_question_id", "meeting_id") else ""
    if kind == "datetime":
        return value.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")
    if kind == "date":
        return value.isoformat()
    if kind == "time":
        return value.strftime("%H:%M")
    if kind == "bool":
        return int(bool(value))
    return value


def from_column(cls: type, name: str, value: Any) -> Any:
    kind = _field_kind(cls, name)
    if value is None or value == "" and kind in ("datetime", "date", "time"):
        return None if kind != "bool" else False
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "time":
        return time.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    return value


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def new_calendar_uid() -> str:
    return f"{uuid.uuid4()}@iep-desk"


class AgendaSnapshot(NamedTuple):
    """A meeting's family questions and agenda at one moment (see restore_agenda)."""

    meeting_id: int
    questions: tuple[FamilyQuestion, ...]
    agenda: tuple[AgendaItem, ...]


class OpenAction(NamedTuple):
    """An open action item with the student and meeting it belongs to."""

    action: ActionItem
    student_id: int
    meeting_starts_at: datetime | None
    overdue: bool


class LibrarySuggestion(NamedTuple):
    """One entry of the teacher's saved list of things a family can do at home."""

    id: int
    text: str
    # The built-in idea it is (resources/ideas_for_home/); empty for the teacher's own.
    key: str = ""


@dataclass(frozen=True)
class ContactAttempts:
    """For a meeting: the family's contacts since it was planned, and whether they answered."""

    contacts: list[ContactEntry]
    family_replied: bool

    @property
    def methods_tried(self) -> set[str]:
        return {c.method for c in self.contacts}


class MeetingStore:
    """The meeting planner's and review's data, in the caseload file."""

    def __init__(self, db: CaseloadDatabase):
        self.db = db
        self._caseload = CaseloadStore(db)

    # -- writing, safely ----------------------------------------------------------
    @contextmanager
    def _saving(self) -> Iterator[None]:
        """One transaction; a disk problem becomes SaveFailed, a refused value MeetingInputError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as error:
            raise SaveFailed(
                f"The change could not be saved ({error}). It is still on your screen; "
                "everything saved before is unchanged. Check that the disk is not full "
                "and the caseload folder can be written to."
            ) from error
        except sqlite3.IntegrityError as error:
            raise MeetingInputError(
                f"This could not be saved: a value is not allowed here ({error}). "
                "Nothing was changed.") from error

    def _insert_row(self, table: str, obj: Any, *, keep_id: bool = False) -> int:
        cls = TABLES[table]
        values = {f.name: to_column(cls, f.name, getattr(obj, f.name))
                  for f in fields(obj) if f.name != "id" or keep_id}
        cursor = self.db.execute(
            f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            list(values.values()))
        return int(cursor.lastrowid)

    def _insert(self, table: str, obj: Any) -> int:
        with self._saving():
            new_id = self._insert_row(table, obj)
        obj.id = new_id  # only once it is on disk
        return new_id

    def _update_row(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        cls = TABLES[table]
        columns = {name: to_column(cls, name, value) for name, value in values.items()}
        columns["updated_at"] = _now()
        self.db.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            [*columns.values(), row_id])

    def _rows(self, table: str, where: str = "", params: Iterable[Any] = (),
              order: str = "id") -> list[Any]:
        cls = TABLES[table]
        names = [f.name for f in fields(cls)]
        cursor = self.db.execute(
            f"SELECT {', '.join(names)} FROM {table} {('WHERE ' + where) if where else ''} "
            f"ORDER BY {order}", list(params))
        return [cls(**{n: from_column(cls, n, v) for n, v in zip(names, row)})
                for row in cursor.fetchall()]

    def _get(self, table: str, row_id: int) -> Any:
        found = self._rows(table, "id = ?", [row_id])
        if not found:
            raise LookupError(f"No row {row_id} in {table}")
        return found[0]

    def _check_value(self, table: str, name: str, value: Any) -> None:
        codes = _CODES.get((table, name))
        if codes is not None and value not in codes:
            raise MeetingInputError(f"“{value}” is not one of the choices here.")
        message = _REQUIRED_TEXT.get((table, name))
        if message and not str(value or "").strip():
            raise MeetingInputError(message)
        if table == "participants" and name == "attendance" and value is not None \
                and value not in ATTENDANCE:
            raise MeetingInputError(f"“{value}” is not one of the choices here.")

    def _check_object(self, table: str, obj: Any) -> None:
        for f in fields(obj):
            self._check_value(table, f.name, getattr(obj, f.name))

    def _set_field(self, table: str, row_id: int, name: str, value: Any,
                   editable: Iterable[str] | None = None) -> Any:
        """Store one field of one row; returns the old value (for undo)."""
        cls = TABLES[table]
        allowed = set(editable) if editable is not None else {
            f.name for f in fields(cls)} - {"id", "meeting_id", "student_id"}
        if name not in allowed:
            raise KeyError(f"{table}.{name} cannot be edited")
        self._check_value(table, name, value)
        old = getattr(self._get(table, row_id), name)
        with self._saving():
            self._update_row(table, row_id, {name: value})
        return old

    def _remove(self, table: str, row_id: int) -> None:
        with self._saving():
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])

    def _put_back(self, table: str, obj: Any) -> None:
        """Insert a removed row again under its old id (Undo of a removal, Redo of an add)."""
        with self._saving():
            self._insert_row(table, obj, keep_id=True)

    def _student(self, student_id: int) -> Student:
        try:
            return self._caseload.get_student(student_id)
        except LookupError:
            raise MeetingInputError("The student for this meeting is not on file.") from None

    # -- meetings -----------------------------------------------------------------
    def create_meeting(self, meeting: Meeting, *, today: date | None = None) -> int:
        """Save a new meeting; sets its id and calendar UID, and applies the transition rule.

        Raises MeetingInputError (nothing stored) for an archived student, a length of
        zero or less, a date after a due date still ahead, or an unknown code.
        """
        today = today or date.today()
        student = self._student(meeting.student_id)
        self._check_object("meetings", meeting)
        rules.raise_if_blocking(rules.check_meeting(meeting, student, today))
        meeting.calendar_uid = meeting.calendar_uid or new_calendar_uid()
        meeting.calendar_sequence = 0
        try:
            with self._saving():
                meeting.id = self._insert_row("meetings", meeting)
                self._apply_transition(meeting, student, today)
        except BaseException:
            meeting.id = None  # not stored: saving again must insert it
            raise
        return meeting.id

    def draft_for(self, student_id: int, meeting_type: str = "annual_review") -> Meeting:
        """A new, unsaved meeting with the defaults: the length set for its type, and the due
        date it serves (the annual review or re-evaluation date, when there is one)."""
        if meeting_type not in MEETING_TYPES:
            raise MeetingInputError(f"“{meeting_type}” is not a kind of meeting.")
        student = self._student(student_id)
        settings = self._caseload.deadline_settings()
        due = {"annual_review": next_annual_review,
               "reevaluation": reevaluation_due}.get(meeting_type)
        return Meeting(student_id, meeting_type,
                       duration_minutes=rules.default_duration(meeting_type, self.planner_settings()),
                       due_by=due(student, settings) if due else None)

    def _apply_transition(self, meeting: Meeting, student: Student, today: date) -> None:
        """Inside a transaction: mark a transition meeting and invite the student."""
        if meeting.status in ("held", "cancelled"):
            return
        was = meeting.is_transition
        new = rules.apply_transition_rule(meeting, student, self.participants_of(meeting.id),
                                          self._caseload.deadline_settings(), today)
        if meeting.is_transition != was:
            self._update_row("meetings", meeting.id, {"is_transition": meeting.is_transition})
        if new is not None:
            new.meeting_id = meeting.id
            new.invited_on = today
            new.id = self._insert_row("participants", new)

    def get_meeting(self, meeting_id: int) -> Meeting:
        return self._get("meetings", meeting_id)

    def list_meetings(self, *, student_id: int | None = None,
                      statuses: Iterable[str] | None = None) -> list[Meeting]:
        """Meetings, soonest first (undated drafts last); all of them unless filtered."""
        clauses, params = [], []
        if student_id is not None:
            clauses.append("student_id = ?")
            params.append(student_id)
        if statuses is not None:
            statuses = list(statuses)
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            params.extend(statuses)
        return self._rows("meetings", " AND ".join(clauses), params,
                          order="starts_at IS NULL, starts_at, id")

    def get_meeting_field(self, meeting_id: int, name: str) -> Any:
        if name not in MEETING_EDITABLE:
            raise KeyError(f"meetings.{name} is not a field")
        return getattr(self.get_meeting(meeting_id), name)

    def set_meeting_field(self, meeting_id: int, name: str, value: Any, *,
                          today: date | None = None, now: datetime | None = None) -> Any:
        """Change one field of a meeting after checking it; returns the old value (for undo)."""
        if name not in MEETING_EDITABLE:
            raise KeyError(f"meetings.{name} cannot be edited")
        old = self.get_meeting(meeting_id)
        self.update_meeting(replace(old, **{name: value}), today=today, now=now)
        return getattr(old, name)

    def update_meeting(self, meeting: Meeting, *, today: date | None = None,
                       now: datetime | None = None) -> None:
        """Save every editable field of a meeting; raises the calendar sequence when its time,
        length, place or status changed, and re-applies the transition rule."""
        today = today or date.today()
        stored = self.get_meeting(meeting.id)
        if meeting.student_id != stored.student_id:
            raise MeetingInputError("A meeting cannot be moved to another student. "
                                    "Plan a new meeting for that student instead.")
        student = self._student(meeting.student_id)
        self._check_object("meetings", meeting)
        problems = [p for p in rules.check_meeting(meeting, student, today)
                    # An archived student's past meetings may still be corrected.
                    if not (stored.status == meeting.status and
                            rules.check_student_active(student) == p.message)]
        if meeting.status == "held" and stored.status != "held":
            problems.append(rules.check_mark_held(meeting, now or datetime.now()))
        rules.raise_if_blocking(problems)
        changes = {name: getattr(meeting, name) for name in MEETING_EDITABLE
                   if getattr(meeting, name) != getattr(stored, name)}
        if not changes:
            return
        if CALENDAR_FIELDS & changes.keys():
            changes["calendar_sequence"] = stored.calendar_sequence + 1
        with self._saving():
            self._update_row("meetings", meeting.id, changes)
            meeting.calendar_uid = stored.calendar_uid
            meeting.calendar_sequence = changes.get("calendar_sequence", stored.calendar_sequence)
            if "starts_at" in changes:
                self._apply_transition(meeting, student, today)

    def cancel_meeting(self, meeting_id: int, *, today: date | None = None) -> None:
        """Cancel a meeting; it stays on file as a record."""
        self.set_meeting_field(meeting_id, "status", "cancelled", today=today)

    def mark_held(self, meeting_id: int, *, now: datetime | None = None) -> None:
        """Record that a meeting took place; refused for a meeting still in the future."""
        now = now or datetime.now()
        self.set_meeting_field(meeting_id, "status", "held", today=now.date(), now=now)

    def load_record(self, meeting_id: int) -> MeetingRecord:
        """A meeting with everything that belongs to it."""
        return MeetingRecord(
            meeting=self.get_meeting(meeting_id),
            participants=self.participants_of(meeting_id),
            agenda=self.agenda_of(meeting_id),
            questions=self.questions_of(meeting_id),
            concerns=self.concerns_of(meeting_id),
            student_input=self.student_input_of(meeting_id),
            checklist=self.ticks_of(meeting_id),
            actions=self.actions_of(meeting_id),
            home_suggestions=self.home_suggestions_of(meeting_id),
            contributions=self.contributions_of(meeting_id),
            reflections=self.reflections_of(meeting_id),
        )

    def schedule_follow_up(self, meeting_id: int, *, today: date | None = None) -> int:
        """A draft meeting for the same student with the same people, purpose and unfinished
        agenda items (the review's "Schedule next meeting"). Returns the new meeting's id."""
        today = today or date.today()
        old = self.load_record(meeting_id)
        new = Meeting(student_id=old.meeting.student_id, meeting_type=old.meeting.meeting_type,
                      purpose=old.meeting.purpose, status="draft",
                      duration_minutes=old.meeting.duration_minutes,
                      place_kind=old.meeting.place_kind, place=old.meeting.place)
        new_id = self.create_meeting(new, today=today)
        with self._saving():
            for person in old.participants:
                if any(rules.same_person(person, p) for p in self.participants_of(new_id)):
                    continue
                self._insert_row("participants", Participant(
                    new_id, person.name, person.role, person.family_member_id,
                    person.team_member_id, person.is_student, person.required))
            unfinished = [i for i in old.agenda if not i.finished and i.family_question_id is None]
            for position, item in enumerate(unfinished):
                self._insert_row("agenda_items", AgendaItem(
                    new_id, item.title, item.minutes, item.led_by, position,
                    template_key=item.template_key))
        return new_id

    # -- participants ---------------------------------------------------------------
    def participants_of(self, meeting_id: int) -> list[Participant]:
        """Family first, then the school team, then the student and typed names."""
        return self._rows(
            "participants", "meeting_id = ?", [meeting_id],
            order="CASE WHEN family_member_id IS NOT NULL THEN 0 "
                  "WHEN team_member_id IS NOT NULL THEN 1 ELSE 2 END, id")

    def get_participant(self, participant_id: int) -> Participant:
        return self._get("participants", participant_id)

    def add_participant(self, participant: Participant) -> int:
        """Add anyone to a meeting; refused when they are already on it."""
        self._check_object("participants", participant)
        rules.raise_if_blocking([
            rules.check_participant_identity(participant),
            rules.check_participant_not_twice(participant,
                                              self.participants_of(participant.meeting_id))])
        return self._insert("participants", participant)

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

    def get_participant_field(self, participant_id: int, name: str) -> Any:
        if name not in PARTICIPANT_EDITABLE:
            raise KeyError(f"participants.{name} is not a field")
        return getattr(self.get_participant(participant_id), name)

    def set_participant_field(self, participant_id: int, name: str, value: Any) -> Any:
        """Change one field (response, excusal, attendance...); returns the old value."""
        if name == "name":
            value = str(value or "").strip()
        return self._set_field("participants", participant_id, name, value, PARTICIPANT_EDITABLE)

    def remove_participant(self, participant_id: int) -> None:
        """Take someone off a meeting that has not been held (a held meeting is a record)."""
        person = self.get_participant(participant_id)
        if self.get_meeting(person.meeting_id).status == "held":
            raise MeetingInputError(
                f"This meeting has been held, so {person.name} stays on its record. "
                "Mark their attendance as absent instead.")
        self._remove("participants", participant_id)

    def participant_emails(self, meeting_id: int) -> dict[int, str]:
        """Participant id → email address, for those whose address is on file."""
        rows = self.db.execute(
            "SELECT p.id, coalesce(nullif(f.email, ''), nullif(t.email, '')) FROM participants p "
            "LEFT JOIN family_members f ON f.id = p.family_member_id "
            "LEFT JOIN team_members t ON t.id = p.team_member_id WHERE p.meeting_id = ?",
            [meeting_id]).fetchall()
        return {row[0]: row[1] for row in rows if row[1]}

    # -- agenda -------------------------------------------------------------------
    def agenda_of(self, meeting_id: int) -> list[AgendaItem]:
        return self._rows("agenda_items", "meeting_id = ?", [meeting_id], order="position, id")

    def _renumber(self, items: list[AgendaItem]) -> None:
        """Inside a transaction: store positions 0, 1, 2... in the given order."""
        for position, item in enumerate(items):
            if item.position != position:
                item.position = position
                self._update_row("agenda_items", item.id, {"position": position})

    def add_agenda_item(self, item: AgendaItem, *, at: int | None = None) -> int:
        """Add an item at the end of the agenda, or at index `at`."""
        self._check_object("agenda_items", item)
        self._check_minutes(item.minutes)
        with self._saving():
            self._insert_agenda_item(item, at)
        return item.id

    def _insert_agenda_item(self, item: AgendaItem, at: int | None) -> None:
        agenda = self.agenda_of(item.meeting_id)
        at = len(agenda) if at is None else max(0, min(at, len(agenda)))
        item.position = at
        item.id = self._insert_row("agenda_items", item)
        agenda.insert(at, item)
        self._renumber(agenda)

    @staticmethod
    def _check_minutes(minutes: Any) -> None:
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
            raise MeetingInputError("Enter the minutes for this item as a whole number, "
                                    "for example 5.")

    def set_agenda_item_field(self, item_id: int, name: str, value: Any) -> Any:
        """Change one field (title, minutes, led_by, finished); returns the old value."""
        if name == "minutes":
            self._check_minutes(value)
        return self._set_field("agenda_items", item_id, name, value,
                               {"title", "minutes", "led_by", "finished"})

    def remove_agenda_item(self, item_id: int) -> None:
        item = self._get("agenda_items", item_id)
        with self._saving():
            self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
            self._renumber(self.agenda_of(item.meeting_id))

    def move_agenda_item(self, item_id: int, new_index: int) -> None:
        """Move one item to a new place in the agenda (0 = first)."""
        item = self._get("agenda_items", item_id)
        agenda = [i for i in self.agenda_of(item.meeting_id) if i.id != item_id]
        agenda.insert(max(0, min(new_index, len(agenda))), item)
        with self._saving():
            self._renumber(agenda)

    def reorder_agenda(self, meeting_id: int, item_ids: list[int]) -> None:
        """Put the agenda in this order; `item_ids` must name every item exactly once."""
        agenda = {i.id: i for i in self.agenda_of(meeting_id)}
        if sorted(item_ids) != sorted(agenda):
            raise MeetingInputError("The agenda changed while it was being reordered. "
                                    "Please try again.")
        with self._saving():
            self._renumber([agenda[i] for i in item_ids])

    def load_agenda_template(self, meeting_id: int,
                             template: AgendaTemplate | None = None) -> list[AgendaItem]:
        """Replace the agenda with a template (the built-in one when None).

        The family's questions stay: they go under the template's "family's questions"
        item, or at the end when it has none. Returns the new agenda.
        """
        template = template or default_template()
        current = self.agenda_of(meeting_id)
        questions = [i for i in current if i.family_question_id is not None]
        with self._saving():
            for item in current:
                if item.family_question_id is None:
                    self.db.execute("DELETE FROM agenda_items WHERE id = ?", [item.id])
            new_items = items_from_template(template, meeting_id)
            for item in new_items:
                item.id = self._insert_row("agenda_items", item)
            at = question_insert_position(new_items)
            agenda = new_items[:at] + questions + new_items[at:]
            for i, item in enumerate(agenda):
                item.position = -1 - i  # force every position to be written
            self._renumber(agenda)
        return self.agenda_of(meeting_id)

    def save_agenda_template(self, name: str, meeting_id: int) -> int:
        """Save a meeting's agenda as the teacher's own template (replacing one of that name)."""
        if not name.strip():
            raise MeetingInputError("Give the template a name.")
        template = template_from_agenda(name, self.agenda_of(meeting_id))
        if not template.items:
            raise MeetingInputError("The agenda is empty, so there is nothing to save.")
        with self._saving():
            self.db.execute(
                "INSERT INTO agenda_templates (name, items) VALUES (?, ?) ON CONFLICT(name) "
                "DO UPDATE SET items = excluded.items, updated_at = ?",
                [template.name, template.items_json(), _now()])
        return self.db.execute("SELECT id FROM agenda_templates WHERE name = ?",
                               [template.name]).fetchone()[0]

    def agenda_templates(self) -> list[AgendaTemplate]:
        """The teacher's saved templates, by name (the built-in one is default_template())."""
        return [AgendaTemplate.from_items_json(name, items, template_id) for template_id, name, items
                in self.db.execute("SELECT id, name, items FROM agenda_templates ORDER BY name")]

    def delete_agenda_template(self, template_id: int) -> None:
        with self._saving():
            self.db.execute("DELETE FROM agenda_templates WHERE id = ?", [template_id])

    # -- the family's questions ---------------------------------------------------------
    def questions_of(self, meeting_id: int) -> list[FamilyQuestion]:
        return self._rows("family_questions", "meeting_id = ?", [meeting_id],
                          order="received_on IS NULL, received_on, id")

    def add_family_question(self, question: FamilyQuestion) -> int:
        """Save a question the family sent ahead, and put it on the agenda (one transaction)."""
        question.text = question.text.strip()
        self._check_object("family_questions", question)
        with self._saving():
            question.id = self._insert_row("family_questions", question)
            agenda = self.agenda_of(question.meeting_id)
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
        self._check_value("family_questions", name, value)
        old = getattr(self._get("family_questions", question_id), name)
        with self._saving():
            self._update_row("family_questions", question_id, {name: value})
            if name == "text":
                self.db.execute(
                    "UPDATE agenda_items SET title = ?, updated_at = ? "
                    "WHERE family_question_id = ? AND title = ?",
                    [value, _now(), question_id, old])
        return old

    def remove_family_question(self, question_id: int) -> None:
        """Remove a question and the agenda item it brought."""
        question = self._get("family_questions", question_id)
        with self._saving():
            self.db.execute("DELETE FROM agenda_items WHERE family_question_id = ?", [question_id])
            self.db.execute("DELETE FROM family_questions WHERE id = ?", [question_id])
            self._renumber(self.agenda_of(question.meeting_id))

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
        self._get("meetings", meeting_id)  # a LookupError, not a half-written agenda
        with self._saving():
            self.db.execute("DELETE FROM agenda_items WHERE meeting_id = ?", [meeting_id])
            self.db.execute("DELETE FROM family_questions WHERE meeting_id = ?", [meeting_id])
            for table, rows in (("family_questions", snapshot.questions),
                                ("agenda_items", snapshot.agenda)):
                for row in rows:
                    self._insert_row(table, row, keep_id=True)

    # -- concerns and the student's input (private preparation) ---------------------------
    def concerns_of(self, meeting_id: int) -> list[Concern]:
        return self._rows("concerns", "meeting_id = ?", [meeting_id])

    def add_concern(self, concern: Concern) -> int:
        if not (concern.interest.strip() or concern.position.strip()
                or concern.questions_to_ask.strip()):
            raise MeetingInputError("Write what the family wants, what they asked for, "
                                    "or what you mean to ask.")
        return self._insert("concerns", concern)

    def set_concern_field(self, concern_id: int, name: str, value: Any) -> Any:
        return self._set_field("concerns", concern_id, name, value)

    def remove_concern(self, concern_id: int) -> None:
        self._remove("concerns", concern_id)

    def get_concern(self, concern_id: int) -> Concern:
        return self._get("concerns", concern_id)

    def put_back_concern(self, concern: Concern) -> None:
        """A removed concern back under its old id (Undo)."""
        self._put_back("concerns", concern)

    def student_input_of(self, meeting_id: int) -> StudentInput | None:
        found = self._rows("student_inputs", "meeting_id = ?", [meeting_id])
        return found[0] if found else None

    def save_student_input(self, student_input: StudentInput) -> int:
        """Store the student's input for a meeting (one per meeting: replaces what was there)."""
        with self._saving():
            self.db.execute(
                "INSERT INTO student_inputs (meeting_id, what_to_say, how_taking_part) "
                "VALUES (?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                "what_to_say = excluded.what_to_say, how_taking_part = excluded.how_taking_part, "
                "updated_at = ?",
                [student_input.meeting_id, student_input.what_to_say,
                 student_input.how_taking_part, _now()])
        student_input.id = self.student_input_of(student_input.meeting_id).id
        return student_input.id

    # -- checklists -----------------------------------------------------------------
    def ticks_of(self, meeting_id: int) -> list[ChecklistTick]:
        return self._rows("checklist_ticks", "meeting_id = ?", [meeting_id])

    def tick(self, meeting_id: int, item: str, *, done_on: date | None = None,
             note: str = "", today: date | None = None) -> ChecklistTick:
        """Tick a checklist item (before or after the meeting) with its date and note;
        ticking again updates the date and note."""
        if item not in BEFORE_ITEMS and item not in AFTER_ITEMS or item in COMPUTED_ITEMS:
            raise KeyError(f"{item} is not a checklist item that can be ticked")
        done_on = done_on or today or date.today()
        if done_on > (today or date.today()):
            raise MeetingInputError("A checklist item cannot be done on a day still to come.")
        with self._saving():
            self.db.execute(
                "INSERT INTO checklist_ticks (meeting_id, item, done_on, note) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(meeting_id, item) DO UPDATE SET done_on = excluded.done_on, "
                "note = excluded.note, updated_at = ?",
                [meeting_id, item, done_on.isoformat(), note, _now()])
        return next(t for t in self.ticks_of(meeting_id) if t.item == item)

    def untick(self, meeting_id: int, item: str) -> ChecklistTick | None:
        """Clear a tick; returns what it was (for undo), or None."""
        old = next((t for t in self.ticks_of(meeting_id) if t.item == item), None)
        if old is not None:
            self._remove("checklist_ticks", old.id)
        return old

    def held_meetings_not_closed(self) -> list[Meeting]:
        """Held meetings whose after-the-meeting checklist is not complete, oldest first."""
        return [m for m in self.list_meetings(statuses=["held"])
                if not is_closed(self.ticks_of(m.id))]

    # -- busy times -------------------------------------------------------------------
    def add_busy_time(self, busy: BusyTime) -> int:
        rules.raise_if_blocking([rules.check_end_after_start(busy.starts_at, busy.ends_at)])
        if busy.team_member_id is not None and busy.family_member_id is not None:
            raise MeetingInputError("A busy time belongs to one person.")
        return self._insert("busy_times", busy)

    def set_busy_time_field(self, busy_id: int, name: str, value: Any) -> Any:
        busy = replace(self._get("busy_times", busy_id), **{name: value})
        rules.raise_if_blocking([rules.check_end_after_start(busy.starts_at, busy.ends_at)])
        return self._set_field("busy_times", busy_id, name, value, {"starts_at", "ends_at", "note"})

    def remove_busy_time(self, busy_id: int) -> None:
        self._remove("busy_times", busy_id)

    def busy_times(self, first_day: date | None = None, last_day: date | None = None) -> list[BusyTime]:
        """Busy times that overlap the days from `first_day` to `last_day` (all when None)."""
        clauses, params = [], []
        if first_day is not None:
            clauses.append("ends_at > ?")
            params.append(datetime.combine(first_day, time()).isoformat(timespec="seconds"))
        if last_day is not None:
            clauses.append("starts_at < ?")
            params.append(datetime.combine(date.fromordinal(last_day.toordinal() + 1),
                                           time()).isoformat(timespec="seconds"))
        return self._rows("busy_times", " AND ".join(clauses), params, order="starts_at, id")

    def busy_times_of(self, *, team_member_id: int | None = None,
                      family_member_id: int | None = None) -> list[BusyTime]:
        """One person's busy times, earliest first."""
        if (team_member_id is None) == (family_member_id is None):
            raise ValueError("give exactly one of team_member_id and family_member_id")
        column = "team_member_id" if team_member_id is not None else "family_member_id"
        return self._rows("busy_times", f"{column} = ?", [team_member_id or family_member_id],
                          order="starts_at, id")

    # -- the family contact log -------------------------------------------------------
    def add_contact(self, contact: ContactEntry, *, now: datetime | None = None) -> int:
        """Record a contact, or an attempt that reached nobody."""
        if contact.contacted_on > (now or datetime.now()):
            raise MeetingInputError("A contact cannot be recorded for a time still to come.")
        self._check_object("contacts", contact)
        return self._insert("contacts", contact)

    def set_contact_field(self, contact_id: int, name: str, value: Any) -> Any:
        return self._set_field("contacts", contact_id, name, value)

    def remove_contact(self, contact_id: int) -> None:
        """Remove an entry typed by mistake."""
        self._remove("contacts", contact_id)

    def get_contact(self, contact_id: int) -> ContactEntry:
        return self._get("contacts", contact_id)

    def put_back_contact(self, contact: ContactEntry) -> None:
        """A removed contact entry back under its old id (Undo)."""
        self._put_back("contacts", contact)

    def replace_contact(self, contact: ContactEntry) -> None:
        """Store every editable field of `contact` (an entry corrected, or put back by Undo)."""
        self._check_object("contacts", contact)
        with self._saving():
            self._update_row("contacts", contact.id,
                             {f.name: getattr(contact, f.name) for f in fields(contact)
                              if f.name not in ("id", "family_member_id", "student_id")})

    def contacts_of_family_member(self, family_member_id: int) -> list[ContactEntry]:
        """Newest first."""
        return self._rows("contacts", "family_member_id = ?", [family_member_id],
                          order="contacted_on DESC, id DESC")

    _STUDENT_CONTACTS = ("student_id = ? OR (student_id IS NULL AND family_member_id IN "
                         "(SELECT family_member_id FROM student_family WHERE student_id = ?))")

    def contacts_of_student(self, student_id: int) -> list[ContactEntry]:
        """Contacts about this student, or with their family and about no student in
        particular; newest first."""
        return self._rows("contacts", self._STUDENT_CONTACTS, [student_id, student_id],
                          order="contacted_on DESC, id DESC")

    def contact_attempts_for_meeting(self, meeting_id: int) -> ContactAttempts:
        """The family's contacts since the meeting was planned (oldest first), and whether any
        family participant has answered the invitation: the record the law asks for when a
        meeting is held without the parents."""
        meeting = self.get_meeting(meeting_id)
        created = self.db.execute("SELECT created_at FROM meetings WHERE id = ?",
                                  [meeting_id]).fetchone()[0]
        # created_at is stored in UTC (SQLite's clock); contacts are in local time.
        planned_on = datetime.fromisoformat(created).replace(tzinfo=UTC).astimezone().date()
        contacts = self._rows(
            "contacts", f"({self._STUDENT_CONTACTS}) AND contacted_on >= ?",
            [meeting.student_id, meeting.student_id, planned_on.isoformat()],
            order="contacted_on, id")
        replied = any(p.family_member_id is not None and p.response != "no_answer"
                      for p in self.participants_of(meeting_id))
        return ContactAttempts(contacts, replied)

    def last_progress_contact_by_student(self) -> dict[int, date]:
        """Student id → the day the family was last told how the child is doing (a progress
        contact that reached them)."""
        rows = self.db.execute("""
            SELECT about.student_id, max(c.contacted_on) FROM contacts c JOIN (
                SELECT id AS contact_id, student_id FROM contacts WHERE student_id IS NOT NULL
                UNION
                SELECT c2.id, sf.student_id FROM contacts c2
                JOIN student_family sf ON sf.family_member_id = c2.family_member_id
                WHERE c2.student_id IS NULL
            ) about ON about.contact_id = c.id
            WHERE c.progress_update = 1 AND c.outcome = 'reached'
            GROUP BY about.student_id""").fetchall()
        return {student_id: datetime.fromisoformat(when).date() for student_id, when in rows}

    # -- action items ----------------------------------------------------------------
    def actions_of(self, meeting_id: int) -> list[ActionItem]:
        return self._rows("action_items", "meeting_id = ?", [meeting_id],
                          order="due_on IS NULL, due_on, id")

    def add_action(self, action: ActionItem) -> int:
        """Add an action; refused without an owner or when due before the meeting."""
        self._check_object("action_items", action)
        rules.raise_if_blocking([rules.check_action_item(action, self.get_meeting(action.meeting_id))])
        return self._insert("action_items", action)

    def set_action_field(self, action_id: int, name: str, value: Any) -> Any:
        """Change one field (what, owner, owner_name, due_on, note); returns the old value."""
        action = replace(self._get("action_items", action_id), **{name: value})
        rules.raise_if_blocking([rules.check_action_item(action, self.get_meeting(action.meeting_id))])
        return self._set_field("action_items", action_id, name, value,
                               {"what", "owner", "owner_name", "due_on", "note"})

    def set_action_status(self, action_id: int, status: str, *, today: date | None = None) -> None:
        """Mark an action open, done (recording the day) or dropped."""
        self._check_value("action_items", "status", status)
        done_on = (today or date.today()) if status == "done" else None
        with self._saving():
            self._update_row("action_items", action_id, {"status": status, "done_on": done_on})

    def remove_action(self, action_id: int) -> None:
        self._remove("action_items", action_id)

    def open_actions(self, *, today: date | None = None,
                     student_id: int | None = None) -> list[OpenAction]:
        """Open actions across the caseload (or one student): overdue first, then by due date,
        undated last."""
        today = today or date.today()
        where = "a.status = 'open'" + (" AND m.student_id = ?" if student_id is not None else "")
        names = [f.name for f in fields(ActionItem)]
        cursor = self.db.execute(
            f"SELECT {', '.join('a.' + n for n in names)}, m.student_id, m.starts_at "
            f"FROM action_items a JOIN meetings m ON m.id = a.meeting_id WHERE {where}",
            [student_id] if student_id is not None else [])
        found = []
        for row in cursor.fetchall():
            action = ActionItem(**{n: from_column(ActionItem, n, v) for n, v in zip(names, row)})
            starts = datetime.fromisoformat(row[-1]) if row[-1] else None
            overdue = action.due_on is not None and action.due_on < today
            found.append(OpenAction(action, row[-2], starts, overdue))
        return sorted(found, key=lambda o: (not o.overdue, o.action.due_on is None,
                                            o.action.due_on or date.max, o.action.id))

    # -- home suggestions and the teacher's list ------------------------------------
    def home_suggestions_of(self, meeting_id: int) -> list[HomeSuggestion]:
        return self._rows("home_suggestions", "meeting_id = ?", [meeting_id])

    def add_home_suggestion(self, suggestion: HomeSuggestion) -> int:
        """Add an idea to a meeting; one with the words of a built-in idea on the teacher's
        list is that idea (its key is kept, so it prints in the family's language)."""
        suggestion.text = suggestion.text.strip()
        self._check_object("home_suggestions", suggestion)
        suggestion.key = suggestion.key or self._library_key(suggestion.text)
        return self._insert("home_suggestions", suggestion)

    def set_home_suggestion_text(self, suggestion_id: int, text: str) -> str:
        """Change an idea's words; changed, it is the teacher's own (no key) unless the new
        words are a built-in idea's. Returns the old words (for undo)."""
        text = text.strip()
        self._check_value("home_suggestions", "text", text)
        old = self._get("home_suggestions", suggestion_id).text
        with self._saving():
            self._update_row("home_suggestions", suggestion_id,
                             {"text": text, "key": self._library_key(text)})
        return old

    def _library_key(self, text: str) -> str:
        row = self.db.execute("SELECT key FROM home_suggestion_library WHERE text = ?",
                              [text]).fetchone()
        return row[0] if row else ""

    def remove_home_suggestion(self, suggestion_id: int) -> None:
        self._remove("home_suggestions", suggestion_id)

    def home_suggestion_library(self) -> list[LibrarySuggestion]:
        return [LibrarySuggestion(*row) for row in self.db.execute(
            "SELECT id, text, key FROM home_suggestion_library ORDER BY position, id")]

    def add_to_home_suggestion_library(self, text: str) -> int:
        """Save a suggestion to the teacher's list (a suggestion already there is kept once)."""
        text = text.strip()
        if not text:
            raise MeetingInputError("Write the suggestion.")
        with self._saving():
            self.db.execute(
                "INSERT INTO home_suggestion_library (text, position) VALUES "
                "(?, (SELECT coalesce(max(position), -1) + 1 FROM home_suggestion_library)) "
                "ON CONFLICT(text) DO NOTHING", [text])
        return self.db.execute("SELECT id FROM home_suggestion_library WHERE text = ?",
                               [text]).fetchone()[0]

    def remove_from_home_suggestion_library(self, library_id: int) -> None:
        with self._saving():
            self.db.execute("DELETE FROM home_suggestion_library WHERE id = ?", [library_id])

    # -- contributions, reflections ----------------------------------------------------
    def contributions_of(self, meeting_id: int) -> list[Contribution]:
        return self._rows("contributions", "meeting_id = ?", [meeting_id])

    def add_contribution(self, contribution: Contribution) -> int:
        contribution.text = contribution.text.strip()
        self._check_object("contributions", contribution)
        return self._insert("contributions", contribution)

    def set_contribution_text(self, contribution_id: int, text: str) -> str:
        return self._set_field("contributions", contribution_id, "text", text.strip())

    def remove_contribution(self, contribution_id: int) -> None:
        self._remove("contributions", contribution_id)

    def reflections_of(self, meeting_id: int) -> list[Reflection]:
        return self._rows("reflections", "meeting_id = ?", [meeting_id])

    def add_reflection(self, reflection: Reflection) -> int:
        reflection.text = reflection.text.strip()
        self._check_object("reflections", reflection)
        return self._insert("reflections", reflection)

    def set_reflection_field(self, reflection_id: int, name: str, value: Any) -> Any:
        return self._set_field("reflections", reflection_id, name, value, {"text", "verdict"})

    def remove_reflection(self, reflection_id: int) -> None:
        self._remove("reflections", reflection_id)

    def last_time_reflections(self, meeting_id: int) -> list[Reflection]:
        """The reflections of the latest held meeting with the same student before this one
        ("Last time: ... keep."), for the planner's preparation view."""
        meeting = self.get_meeting(meeting_id)
        before = meeting.starts_at.isoformat(timespec="seconds") if meeting.starts_at else "9999"
        row = self.db.execute(
            "SELECT id FROM meetings WHERE student_id = ? AND status = 'held' AND id <> ? "
            "AND starts_at < ? ORDER BY starts_at DESC, id DESC LIMIT 1",
            [meeting.student_id, meeting_id, before]).fetchone()
        return self.reflections_of(row[0]) if row else []

    # -- the private tip file -----------------------------------------------------------
    def tips_of(self, student_id: int) -> list[TipEntry]:
        """Newest first."""
        return self._rows("tip_entries", "student_id = ?", [student_id],
                          order="written_on DESC, id DESC")

    def add_tip(self, tip: TipEntry) -> int:
        tip.topic = tip.topic.strip()
        self._check_object("tip_entries", tip)
        return self._insert("tip_entries", tip)

    def set_tip_field(self, tip_id: int, name: str, value: Any) -> Any:
        return self._set_field("tip_entries", tip_id, name, value,
                               {"written_on", "topic", "feeling", "what_helps"})

    def remove_tip(self, tip_id: int) -> None:
        self._remove("tip_entries", tip_id)

    # -- caseload-wide queries ---------------------------------------------------------
    def next_meeting_by_student(self, *, now: datetime | None = None) -> dict[int, datetime]:
        """Student id → start of their soonest proposed or confirmed meeting still ahead."""
        return meeting_dates.next_meeting_by_student(self.db, now=now)

    def notice_deadlines(self, settings: DeadlineSettings) -> list[Deadline]:
        """"Send the notice by" for every proposed or confirmed meeting with a date (open
        until the notice is ticked as sent)."""
        return meeting_dates.notice_deadlines(self.db, settings)

    # -- settings ------------------------------------------------------------------
    def planner_settings(self) -> PlannerSettings:
        rows = self.db.execute("SELECT key, value FROM settings WHERE key LIKE 'planner.%'")
        values = {}
        for key, value in rows:
            try:
                values[key[len(_SETTING_PREFIX):]] = json.loads(value)
            except ValueError:
                continue  # a damaged value keeps its default
        return PlannerSettings.from_settings(values)

    def save_planner_settings(self, settings: PlannerSettings) -> None:
        """Save all planner settings at once; refused (nothing saved) when one is wrong."""
        problems = settings.problems()
        if problems:
            raise MeetingInputError(problems[0])
        with self._saving():
            for key, value in settings.to_settings().items():
                self.db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [_SETTING_PREFIX + key, json.dumps(value)])
