"""Nothing prints as a box: before a document is made, every character of every field it
prints is checked against the shipped fonts.

`missing_characters` returns codes and values (the field, its text, the character), never
sentences: the app and the command line word them. `check` adds the rules of which
documents fit the meeting (core.handout_rules), so both ask one question before making a
document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from iep_desk import resources
from iep_desk.core.handout_rules import agenda_overrun, refusals
from iep_desk.core.typed_text import FAMILY_DOCUMENTS, typed_texts
from iep_desk.printing import fonts
from iep_desk.printing.handout_data import HandoutData

# The fields a document may print, by code (the app and the command line name them).
FIELDS = (
    "student_name", "family_name", "participant_name", "participant_role", "meeting_purpose",
    "meeting_place", "agenda_item", "agenda_leader", "family_question", "document_for_review",
    "meeting_notes", "action_item", "action_owner", "home_suggestion", "contribution",
    "tip", "concern", "student_input", "contact_note", "checklist_note",
    "goal", "decision_note", "strengths", "accommodation", "service",
    "school_name", "school_address", "teacher_name", "teacher_title", "teacher_phone",
    "teacher_email",
)


@dataclass(frozen=True)
class MissingCharacter:
    """A character of `field` (whose text is `text`) that no shipped font can draw."""

    field: str
    text: str
    character: str

    @property
    def code_point(self) -> str:
        """ "U+13000": how the character is named when it cannot be shown."""
        return f"U+{ord(self.character):04X}"


def missing_characters(fields: Iterable[tuple[str, str]]) -> list[MissingCharacter]:
    """Each character of each (field, text) that no shipped font has, once per field and
    text, in the order found."""
    found: list[MissingCharacter] = []
    seen: set[tuple[str, str, str]] = set()
    for name, text in fields:
        for char in text or "":
            if char.isspace() or fonts.needs_no_glyph(char) or fonts.family_for(char):
                continue
            key = (name, text, char)
            if key not in seen:
                seen.add(key)
                found.append(MissingCharacter(name, text, char))
    return found


def printed_fields(kind: str, data: HandoutData) -> list[tuple[str, str]]:
    """The teacher's and the family's own words that `kind` may print, as (field, text)."""
    record, student = data.record, data.student
    fields = [("student_name", student.display_name), ("student_name", student.first_name)]
    fields += [("participant_name", p.name) for p in record.participants]
    fields += [("participant_role", p.role) for p in record.participants]
    fields += [("family_name", link.member.name) for link in data.family]
    fields += [("meeting_purpose", record.meeting.purpose), ("meeting_place", record.meeting.place)]
    head = data.letterhead
    fields += [("school_name", head.school_name)]
    if kind not in ("prep-sheet", "iep-at-a-glance"):
        fields += [("school_address", head.address), ("teacher_name", head.teacher_name),
                   ("teacher_title", head.teacher_title), ("teacher_phone", head.phone),
                   ("teacher_email", head.email)]
    if kind == "invitation":
        fields += [("document_for_review", title) for title in data.documents_for_review]
    if kind == "agenda":
        fields += [("agenda_item", item.title) for item in record.agenda]
        fields += [("agenda_leader", item.led_by) for item in record.agenda]
        fields += [("family_question", q.text) for q in record.questions]
    if kind in ("summary", "thank-you"):
        fields += [("meeting_notes", record.meeting.notes)]
        fields += [("action_item", a.what) for a in record.actions]
        fields += [("action_owner", a.owner_name) for a in record.actions]
        fields += [("home_suggestion", h.text) for h in record.home_suggestions]
        fields += [("contribution", c.text) for c in record.contributions]
    if kind == "prep-sheet":
        fields += [("family_question", q.text) for q in record.questions]
        for tip in data.tips:
            fields += [("tip", tip.topic), ("tip", tip.what_helps)]
        for concern in record.concerns:
            fields += [("concern", concern.interest), ("concern", concern.position),
                       ("concern", concern.questions_to_ask)]
        if record.student_input is not None:
            fields += [("student_input", record.student_input.what_to_say),
                       ("student_input", record.student_input.how_taking_part)]
        for contact in data.recent_contacts:
            fields += [("contact_note", contact.topic), ("contact_note", contact.note)]
        fields += [("action_item", a.what) for a in data.open_actions]
        fields += [("action_owner", a.owner_name) for a in data.open_actions]
        fields += [("checklist_note", tick.note) for tick in record.checklist]
    if kind == "summary":
        fields += [("decision_note", d.note) for d in data.decisions]
    if kind in ("progress-page", "prep-sheet", "iep-at-a-glance"):
        for goal in data.goals:
            fields += [("goal", goal.area), ("goal", goal.text), ("goal", goal.unit)]
    if kind == "prep-sheet":
        fields += [("goal", note.note) for note in data.progress_notes]
    if kind == "iep-at-a-glance":
        fields += [("strengths", data.student.strengths),
                   ("teacher_name", head.teacher_name), ("teacher_title", head.teacher_title),
                   ("teacher_phone", head.phone), ("teacher_email", head.email)]
        fields += [("accommodation", a.text) for a in data.accommodations]
        fields += [("accommodation", a.applies_in) for a in data.accommodations]
        for service in data.services:
            fields += [("service", service.what), ("service", service.how_often),
                       ("service", service.setting), ("service", service.provider)]
    if kind in FAMILY_DOCUMENTS and data.translations:
        # The teacher's versions in the family's language print instead of what she typed.
        typed = {t.ref: t.field
                 for t in typed_texts([kind], record, head, resources.language_shelf())}
        for versions in data.translations.values():
            fields += [(typed[ref], version.text) for ref, version in versions.items()
                       if ref in typed]
    return [(name, text) for name, text in fields if text]


@dataclass(frozen=True)
class Preflight:
    """What to tell the teacher before making a document."""

    # core.handout_rules codes: the document is not made.
    refusals: list[str] = field(default_factory=list)
    # Characters no font has: the document is not made.
    missing: list[MissingCharacter] = field(default_factory=list)
    # The agenda's items run this many minutes past the meeting's end: a warning only.
    agenda_over_by: int = 0

    @property
    def can_make(self) -> bool:
        return not self.refusals and not self.missing


def check(kind: str, data: HandoutData) -> Preflight:
    """Whether `kind` may be made for the meeting in `data`, and what to warn about. `kind`
    is a key of RENDERERS or FAMILY_PAGES, or "iep-at-a-glance"."""
    meeting = data.record.meeting
    over_by = agenda_overrun(data.record.agenda, meeting) if kind == "agenda" else 0
    return Preflight(refusals(kind, meeting), missing_characters(printed_fields(kind, data)),
                     over_by)
