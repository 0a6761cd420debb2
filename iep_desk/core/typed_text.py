"""What the teacher typed that a family document prints, and its family-language versions.

A family document in Spanish takes its sentences from the Spanish templates, the standard
agenda items and the built-in ideas for home from the Spanish resources, the role names from
the Spanish labels. What the teacher typed (the meeting's purpose and place, the papers sent,
her own agenda items, the family's questions, the notes, the action items, her own ideas
for home, what the family brought, the title on the letterhead) prints as typed unless she
gave a version in the family's language. `typed_texts` lists those texts for the documents
asked for; `untranslated` says which of them have no version in a language.

Each text is named by a `FieldRef` (the table, row and column it is stored in), which is how
its translations are stored (storage/translations.py). A translation counts only while the
text it translates is unchanged: after the teacher rewrites the English, it is listed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from iep_desk.core.family_language import LanguageShelf
from iep_desk.core.letterhead import Letterhead
from iep_desk.core.meetings import MeetingRecord

# The documents for a family (the prep sheet is the teacher's, in her language).
FAMILY_DOCUMENTS = ("invitation", "agenda", "summary", "thank-you")
DOCUMENTS_SENT = "documents_sent"
# The papers sent ahead are noted one per line, or separated by ";".
_DOCUMENT_SEPARATORS = re.compile(r"[\n;]+")


@dataclass(frozen=True, order=True)
class FieldRef:
    """Where a typed text is stored: table, row id, column ("meetings", 4, "purpose").
    The letterhead's title is ("letterhead", 0, "teacher_title"). A text not yet saved has
    no row (`row_id` None): nothing is stored for it, so nothing can be translated."""

    table: str
    row_id: int | None
    column: str


LETTERHEAD_TITLE = FieldRef("letterhead", 0, "teacher_title")


@dataclass(frozen=True)
class TypedText:
    """One text the teacher typed that the documents print: `field` is its code (as
    printing.coverage names fields: "meeting_purpose", "agenda_item"...), `english` the
    text as stored (usually English), `documents` which of the documents print it."""

    field: str
    ref: FieldRef
    english: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Translation:
    """The family-language version of a typed text, and the text it was made from."""

    text: str
    source_text: str


def documents_sent(note: str) -> list[str]:
    """The papers listed in the "documents sent" tick's note."""
    return [part.strip() for part in _DOCUMENT_SEPARATORS.split(note) if part.strip()]


def typed_texts(kinds: Iterable[str], record: MeetingRecord, letterhead: Letterhead,
                shelf: LanguageShelf) -> list[TypedText]:
    """The teacher's texts that the family documents among `kinds` print, in the order they
    appear (each once, with every document that prints it). A standard agenda item the
    teacher did not rename prints in the document's language (`shelf` knows its titles)."""
    found: dict[FieldRef, tuple[str, str, list[str]]] = {}

    def add(kind: str, field: str, ref: FieldRef, text: str) -> None:
        if not (text or "").strip() or ref.row_id is None:
            return
        entry = found.setdefault(ref, (field, text.strip(), []))
        if kind not in entry[2]:
            entry[2].append(kind)

    meeting = record.meeting
    questions = {q.id: q for q in record.questions}
    for kind in kinds:
        if kind not in FAMILY_DOCUMENTS:
            continue
        if kind == "invitation":
            add(kind, "meeting_purpose", FieldRef("meetings", meeting.id, "purpose"),
                meeting.purpose)
        if kind in ("invitation", "agenda") and meeting.place_kind == "room":
            # A phone number or a video link is the same in every language.
            add(kind, "meeting_place", FieldRef("meetings", meeting.id, "place"), meeting.place)
        if kind == "invitation":
            for tick in record.checklist:
                if tick.item == DOCUMENTS_SENT and tick.id is not None and tick.note.strip():
                    add(kind, "document_for_review",
                        FieldRef("checklist_ticks", tick.id, "note"), tick.note)
        if kind == "agenda":
            for item in sorted(record.agenda, key=lambda i: i.position):
                if shelf.is_standard_agenda_title(item.template_key, item.title):
                    continue
                question = questions.get(item.family_question_id)
                if question is not None and question.text.strip() == item.title.strip():
                    # The family's question on the agenda: one text, translated once.
                    add(kind, "family_question",
                        FieldRef("family_questions", question.id, "text"), question.text)
                else:
                    add(kind, "agenda_item", FieldRef("agenda_items", item.id, "title"),
                        item.title)
            for question in record.questions:
                add(kind, "family_question", FieldRef("family_questions", question.id, "text"),
                    question.text)
        if kind == "summary":
            add(kind, "meeting_notes", FieldRef("meetings", meeting.id, "notes"), meeting.notes)
        if kind in ("summary", "thank-you"):
            for action in record.actions:
                shown = action.status != "dropped" if kind == "summary" else action.status == "open"
                if shown:
                    add(kind, "action_item", FieldRef("action_items", action.id, "what"),
                        action.what)
            for idea in record.home_suggestions:
                if not idea.key:
                    add(kind, "home_suggestion", FieldRef("home_suggestions", idea.id, "text"),
                        idea.text)
        if kind == "thank-you":
            for contribution in record.contributions:
                add(kind, "contribution", FieldRef("contributions", contribution.id, "text"),
                    contribution.text)
        add(kind, "teacher_title", LETTERHEAD_TITLE, letterhead.teacher_title)
    return [TypedText(field, ref, text, tuple(kinds_)) for ref, (field, text, kinds_)
            in found.items()]


def current(translation: Translation | None, english: str) -> str | None:
    """The translation's text while the text it translates is unchanged, else None."""
    if translation is None:
        return None
    if " ".join(translation.source_text.split()) != " ".join(english.split()):
        return None
    return translation.text


def untranslated(texts: Iterable[TypedText],
                 translations: Mapping[FieldRef, Translation]) -> list[TypedText]:
    """The texts that would print as typed: no translation, or one made before the text
    was changed."""
    return [t for t in texts if current(translations.get(t.ref), t.english) is None]
