"""Meetings and everything around them, as plain dataclasses.

A meeting is a record: it is never deleted (a meeting that will not happen is
cancelled). A participant is exactly one of a family member, a team member or
a typed name; `name` keeps the name they had, so the record survives a team
member leaving.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

MEETING_TYPES = ("initial", "annual_review", "reevaluation", "amendment", "transition", "other")
MEETING_STATUSES = ("draft", "proposed", "confirmed", "held", "cancelled")
PLACE_KINDS = ("room", "phone", "video")

# A participant's answer to the invitation.
RESPONSES = ("no_answer", "coming", "declined", "remote")
# Who was there, recorded after the meeting.
ATTENDANCE = ("present", "absent", "excused", "remote")

# Methods and outcomes of a contact with the family (the record the law asks for
# when a meeting is held without the parents).
CONTACT_METHODS = ("phone", "email", "text", "letter", "student_planner", "home_visit", "in_person")
CONTACT_OUTCOMES = ("reached", "left_message", "no_answer", "returned", "bounced")

ACTION_STATUSES = ("open", "done", "dropped")
# The owner of an action item that is the family rather than one participant.
FAMILY_OWNER = "family"

REFLECTION_VERDICTS = ("keep", "stop")
TIP_FEELINGS = ("anger", "joy", "sensitivity", "other")


@dataclass
class Meeting:
    student_id: int
    meeting_type: str = "annual_review"
    purpose: str = ""
    status: str = "draft"
    starts_at: datetime | None = None
    duration_minutes: int = 60
    place_kind: str = "room"
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
    response: str = "no_answer"
    # An excused required member needs the parent's written consent, and written
    # input before the meeting when their area is discussed.
    excused: bool = False
    excusal_consent_on: date | None = None
    written_input_received: bool = False
    leaves_at: time | None = None
    attendance: str | None = None
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
    """One ticked item of a meeting's before- or after-the-meeting checklist."""

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
    method: str = "phone"
    outcome: str = "reached"
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
    status: str = "open"
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
    verdict: str = "keep"
    id: int | None = None


@dataclass
class TipEntry:
    """One entry of the private tip file about a student and their family."""

    student_id: int
    written_on: date
    topic: str
    feeling: str = "sensitivity"
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
