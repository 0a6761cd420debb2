"""Meetings and everything around them, as plain dataclasses.

A meeting is a record: it is never deleted (a meeting that will not happen is
cancelled). A participant is exactly one of a family member, a team member or
a typed name; `name` keeps the name they had, so the record survives a team
member leaving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from iep_desk.core.decisions import Decision

# Each code is stored in the caseload file as its value (a StrEnum compares equal to it).


class MeetingType(StrEnum):
    INITIAL = "initial"
    ANNUAL_REVIEW = "annual_review"
    REEVALUATION = "reevaluation"
    AMENDMENT = "amendment"
    TRANSITION = "transition"
    OTHER = "other"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def is_record(self) -> bool:
        """A meeting is a record once it was held or cancelled: its plan is no longer
        edited, it is never deleted, and the transition rule no longer touches it."""
        return self in (MeetingStatus.HELD, MeetingStatus.CANCELLED)

    @property
    def is_planned(self) -> bool:
        """The meeting may still take place (a draft, proposed or confirmed)."""
        return not self.is_record

    @property
    def is_announced(self) -> bool:
        """The family has been (or is being) told of it: it needs a notice in time, and it
        is a student's "next meeting" on the caseload."""
        return self in (MeetingStatus.PROPOSED, MeetingStatus.CONFIRMED)


class PlaceKind(StrEnum):
    ROOM = "room"
    PHONE = "phone"
    VIDEO = "video"


class Response(StrEnum):
    """A participant's answer to the invitation."""

    NO_ANSWER = "no_answer"
    COMING = "coming"
    DECLINED = "declined"
    REMOTE = "remote"


class Attendance(StrEnum):
    """Who was there, recorded after the meeting."""

    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
    REMOTE = "remote"


class ContactMethod(StrEnum):
    """How the family was contacted (the contact log is the record the law asks for when a
    meeting is held without the parents)."""

    PHONE = "phone"
    EMAIL = "email"
    TEXT = "text"
    LETTER = "letter"
    STUDENT_PLANNER = "student_planner"
    HOME_VISIT = "home_visit"
    IN_PERSON = "in_person"


class ContactOutcome(StrEnum):
    REACHED = "reached"
    LEFT_MESSAGE = "left_message"
    NO_ANSWER = "no_answer"
    RETURNED = "returned"
    BOUNCED = "bounced"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Verdict(StrEnum):
    """What worked (keep) or did not (stop)."""

    KEEP = "keep"
    STOP = "stop"


class TipFeeling(StrEnum):
    ANGER = "anger"
    JOY = "joy"
    SENSITIVITY = "sensitivity"
    OTHER = "other"


MEETING_TYPES = tuple(MeetingType)
MEETING_STATUSES = tuple(MeetingStatus)
PLACE_KINDS = tuple(PlaceKind)
RESPONSES = tuple(Response)
ATTENDANCE = tuple(Attendance)
CONTACT_METHODS = tuple(ContactMethod)
CONTACT_OUTCOMES = tuple(ContactOutcome)
ACTION_STATUSES = tuple(ActionStatus)
REFLECTION_VERDICTS = tuple(Verdict)
TIP_FEELINGS = tuple(TipFeeling)
# The statuses of meetings that may still take place, in order.
PLANNED_STATUSES = tuple(s for s in MeetingStatus if s.is_planned)
# The owner of an action item that is the family rather than one participant.
FAMILY_OWNER = "family"


@dataclass
class Meeting:
    student_id: int
    meeting_type: MeetingType = MeetingType.ANNUAL_REVIEW
    purpose: str = ""
    status: MeetingStatus = MeetingStatus.DRAFT
    starts_at: datetime | None = None
    duration_minutes: int = 60
    place_kind: PlaceKind = PlaceKind.ROOM
    # A room, or the phone number / video link and how to join.
    place: str = ""
    # The due date this meeting serves (the annual review or re-evaluation it must come before).
    due_by: date | None = None
    is_transition: bool = False
    # Stable calendar identity: the UID never changes, the sequence rises with every
    # change of time, place or status, so calendars update the event instead of duplicating it.
    calendar_uid: str = ""
    calendar_sequence: int = 0
    # Post-meeting review (filled in after the meeting).
    notes: str = ""
    id: int | None = None

    @property
    def ends_at(self) -> datetime | None:
        if self.starts_at is None:
            return None
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def is_record(self) -> bool:
        """Held or cancelled: see MeetingStatus.is_record."""
        return MeetingStatus(self.status).is_record


@dataclass
class Participant:
    meeting_id: int | None
    name: str
    role: str = ""
    family_member_id: int | None = None
    team_member_id: int | None = None
    # True for the student themself (invited to transition meetings).
    is_student: bool = False
    required: bool = False
    invited_on: date | None = None
    response: Response = Response.NO_ANSWER
    # An excused required member needs the parent's written consent, and written
    # input before the meeting when their area is discussed.
    excused: bool = False
    excusal_consent_on: date | None = None
    written_input_received: bool = False
    leaves_at: time | None = None
    attendance: Attendance | None = None
    id: int | None = None

    @property
    def kind(self) -> str:
        if self.family_member_id is not None:
            return "family"
        if self.team_member_id is not None:
            return "team"
        return "typed"


@dataclass
class BusyTime:
    """A one-off time someone cannot meet ("at district training on 3 March")."""

    starts_at: datetime
    ends_at: datetime
    note: str = ""
    team_member_id: int | None = None
    family_member_id: int | None = None
    id: int | None = None


@dataclass
class AgendaItem:
    meeting_id: int | None
    title: str
    minutes: int = 5
    led_by: str = ""
    position: int = 0
    # Ticked in the review when the item was covered; unfinished items carry over.
    finished: bool = False
    # Set when the item came from a question the family sent ahead.
    family_question_id: int | None = None
    id: int | None = None
    # The template's name for the item ("family_questions"...), so new family
    # questions land under the right heading whatever the teacher renamed it to.
    template_key: str = ""
    # What was decided on it at the table (core.decisions.Decision; None: nothing yet),
    # and a short note in plain words (the summary's "What we decided" prints both).
    decision: Decision | None = None
    decision_note: str = ""


@dataclass
class FamilyQuestion:
    meeting_id: int | None
    text: str
    received_on: date | None = None
    id: int | None = None


@dataclass
class Concern:
    """What the family wants (interest), what they asked for (position), what to ask. Private."""

    meeting_id: int | None
    interest: str = ""
    position: str = ""
    questions_to_ask: str = ""
    id: int | None = None


@dataclass
class StudentInput:
    meeting_id: int | None
    what_to_say: str = ""
    how_taking_part: str = ""
    id: int | None = None


@dataclass
class ChecklistTick:
    """One item of a meeting's before- or after-the-meeting checklist with something on file:
    ticked on `done_on`, or (`done_on` None) not ticked yet but carrying a note."""

    meeting_id: int | None
    item: str
    done_on: date | None = None
    note: str = ""
    id: int | None = None


@dataclass
class ContactEntry:
    """One contact, or attempt at contact, with a family member."""

    family_member_id: int
    contacted_on: datetime
    method: ContactMethod = ContactMethod.PHONE
    outcome: ContactOutcome = ContactOutcome.REACHED
    student_id: int | None = None
    by_whom: str = ""
    topic: str = ""
    note: str = ""
    # A contact that told the family how the child is doing (the "no surprises" rule).
    progress_update: bool = False
    id: int | None = None


@dataclass
class ActionItem:
    meeting_id: int | None
    what: str
    # A participant id as text, or FAMILY_OWNER; owner_name is what is printed.
    owner: str = ""
    owner_name: str = ""
    due_on: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    done_on: date | None = None
    note: str = ""
    id: int | None = None


@dataclass
class HomeSuggestion:
    meeting_id: int | None
    text: str
    id: int | None = None
    # The built-in idea this is (resources/ideas_for_home/), so a handout prints it in the
    # family's language; empty for an idea the teacher typed or changed.
    key: str = ""


@dataclass
class Contribution:
    """Something the family brought to the meeting; the thank-you letter names it."""

    meeting_id: int | None
    text: str
    id: int | None = None


@dataclass
class Reflection:
    meeting_id: int | None
    text: str
    verdict: Verdict = Verdict.KEEP
    id: int | None = None


@dataclass
class TipEntry:
    """One entry of the private tip file about a student and their family."""

    student_id: int
    written_on: date
    topic: str
    feeling: TipFeeling = TipFeeling.SENSITIVITY
    what_helps: str = ""
    id: int | None = None


@dataclass
class MeetingRecord:
    """A meeting with everything that belongs to it, as the printing and review code need it."""

    meeting: Meeting
    participants: list[Participant] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    questions: list[FamilyQuestion] = field(default_factory=list)
    concerns: list[Concern] = field(default_factory=list)
    student_input: StudentInput | None = None
    checklist: list[ChecklistTick] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    home_suggestions: list[HomeSuggestion] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)


def still_ahead(meeting: Meeting, now: datetime) -> bool:
    """Whether the meeting is still to come: it may still take place (not held, not
    cancelled) and it starts after `now`. A meeting without a date is not ahead."""
    return (MeetingStatus(meeting.status).is_planned and meeting.starts_at is not None
            and meeting.starts_at > now)


def took_place_or_should_have(meeting: Meeting, now: datetime) -> bool:
    """A planned meeting whose time has come (it may be marked as held), or a held one."""
    if meeting.status == MeetingStatus.HELD:
        return True
    return (MeetingStatus(meeting.status).is_planned and meeting.starts_at is not None
            and meeting.starts_at <= now)
