"""What a renderer is given, and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from iep_desk.core.deadlines import Deadline
from iep_desk.core.decisions import AgendaDecision
from iep_desk.core.goals import Accommodation, Goal, ProgressNote, Service
from iep_desk.core.handout_language import family_language
from iep_desk.core.letterhead import DEFAULT_PAPER, Letterhead
from iep_desk.core.meetings import ActionItem, ContactEntry, Meeting, MeetingRecord, TipEntry
from iep_desk.core.models import FamilyLink, Student, TeamMember
from iep_desk.core.typed_text import FieldRef, Translation


@dataclass
class HandoutData:
    """Everything any of the documents may print about one meeting and its student.

    Family documents use only the public parts; the tip file, the concerns, the
    contacts and the checklist are read by the prep sheet alone, which is made in
    `teacher_language`, not the family's. The goals, notes,
    services and accommodations are the student's (the progress page and the IEP at a
    glance need no meeting beyond the one in `record`, which gives them a date).
    """

    record: MeetingRecord
    student: Student
    family: list[FamilyLink] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    # Private: the prep sheet only.
    tips: list[TipEntry] = field(default_factory=list)
    recent_contacts: list[ContactEntry] = field(default_factory=list)
    # Action items still open from earlier meetings (this meeting's are in record.actions).
    open_actions: list[ActionItem] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    next_meeting: Meeting | None = None
    letterhead: Letterhead = field(default_factory=Letterhead)
    paper: str = DEFAULT_PAPER
    today: date = field(default_factory=date.today)
    # Titles of the papers sent with the invitation or ahead of the meeting (draft IEP, reports).
    documents_for_review: list[str] = field(default_factory=list)
    # Every item of the before-the-meeting checklist, so the prep sheet can show what is not done
    # yet; the ticked ones are in record.checklist. Empty: only the ticked items are listed.
    checklist_items: list[str] = field(default_factory=list)
    # The teacher's notes on items not ticked yet ("left a voicemail"), by item id: the prep
    # sheet prints them with the open item.
    checklist_notes: dict[str, str] = field(default_factory=dict)
    # What the planner's checklist warns about (a consent not in, a notice late...), written
    # in `teacher_language`: the prep sheet alone prints it.
    checklist_warnings: list[str] = field(default_factory=list)
    # The language the teacher reads (the window's): the prep sheet is made in it.
    teacher_language: str = "en"
    # Days the school is closed besides weekends (the reply slip's reply-by date skips them).
    closed_days: list[date] = field(default_factory=list)
    # The teacher's family-language versions of what she typed, by template language:
    # {"es": {FieldRef("meetings", 7, "purpose"): Translation(...)}} (core.typed_text).
    translations: dict[str, dict[FieldRef, Translation]] = field(default_factory=dict)
    # The student's current IEP as IEP Desk keeps it (core.goals): the family's progress
    # page, the prep sheet and the IEP at a glance print it. Goals in the order the IEP
    # lists them; notes of any of them, in any order.
    goals: list[Goal] = field(default_factory=list)
    progress_notes: list[ProgressNote] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    accommodations: list[Accommodation] = field(default_factory=list)
    # What was decided on this meeting's agenda items (the summary's "What we decided").
    decisions: list[AgendaDecision] = field(default_factory=list)

    @property
    def family_language(self) -> str:
        """The family's language code (core.handout_language.family_language)."""
        return family_language(self.record.participants, self.family)


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    # The template folders used, in order ("en" when the language asked for had none; two
    # for a bilingual copy).
    language_used: str
    # True when the language asked for had no template, so the document is in English.
    fallback: bool = False
    # The language of the tagline printed at the top, if any.
    tagline: str | None = None
