"""The family's own preparation: the questions of the preparation sheet, and where each answer goes.

The family preparation sheet goes out with the invitation (on paper, and as a fillable PDF).
It asks what the parents know best: their hopes for the child, what the child is good at,
what works at home, what worries them, their questions, who they will bring, when they can
meet, how they want to hear about progress, and whether the child will come.

When answers come back (a returned PDF, or typed in from paper), each is shown beside the
place it will be filed, and only the ones the teacher accepts are filed. This module says
what the questions are and where each answer goes, as codes; reading the PDF is the
printing layer's job, filing is the application layer's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# The form's own name and version, written into the fillable PDF so that a returned file
# can be recognised as ours (and a renamed or foreign form refused).
FORM_ID = "iep-desk-family-preparation"
FORM_VERSION = 1


class Destination(StrEnum):
    """Where an accepted answer is filed."""

    HOPES_AND_DREAMS = "hopes_and_dreams"        # the student's record, added to what is there
    STRENGTHS = "strengths"                      # the student's record
    CULTURE = "culture_and_traditions"           # the student's record
    FAMILY_QUESTIONS = "family_questions"        # the meeting: each question also on the agenda
    CONCERNS = "concerns"                        # the meeting's family voice (private to the team)
    AVAILABILITY = "availability"                # the family member's weekly times
    PROGRESS_CONTACT = "progress_contact"        # how the family wants to hear about progress
    BRINGING = "bringing"                        # people to add to the meeting, by name
    STUDENT_TAKING_PART = "student_taking_part"  # the student's input for the meeting


class ProgressContact(StrEnum):
    PHONE = "phone"
    TEXT = "text"
    EMAIL = "email"
    NOTE_HOME = "note_home"      # a note in the student's planner or folder


class ChildTakingPart(StrEnum):
    """Whether the child comes to the meeting, or the family brings a picture of them."""

    WILL_COME = "will_come"
    BRING_PICTURE = "bring_picture"


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the sheet: its id (also the form field's name), where its answer
    goes, how many lines of handwriting room the paper sheet leaves for it, and the boxes
    to tick, if any (each a checkbox of the fillable form, see choice_field_name)."""

    id: str
    destination: Destination
    lines: int = 3
    choices: tuple[str, ...] = ()


QUESTIONS: tuple[Question, ...] = (
    Question("hopes_this_year", Destination.HOPES_AND_DREAMS),
    Question("hopes_later", Destination.HOPES_AND_DREAMS),
    Question("good_at", Destination.STRENGTHS),
    Question("works_at_home", Destination.STRENGTHS),
    Question("culture", Destination.CULTURE, lines=2),
    Question("worries", Destination.CONCERNS),
    Question("questions", Destination.FAMILY_QUESTIONS, lines=4),
    Question("bringing", Destination.BRINGING, lines=2),
    Question("times", Destination.AVAILABILITY, lines=2),
    Question("progress_contact", Destination.PROGRESS_CONTACT, lines=1,
             choices=tuple(ProgressContact)),
    Question("child_taking_part", Destination.STUDENT_TAKING_PART, lines=2,
             choices=tuple(ChildTakingPart)),
)
QUESTION_IDS = tuple(q.id for q in QUESTIONS)
QUESTIONS_BY_ID = {q.id: q for q in QUESTIONS}

# The form's identity travels in a hidden, read-only field of the form itself (see
# printing/preparation_form.py for why a field and not the document's metadata).
MARKER_ID = "about_this_form"


def field_name(question_id: str) -> str:
    """The form field's name in the fillable PDF ("iep-desk-family-preparation:worries").

    A colon, not a period, joins the form's id and the question's: in a PDF a period
    separates a parent field from its children, and a field's own name may not hold one.
    """
    return f"{FORM_ID}:{question_id}"


def choice_field_name(question_id: str, choice: str) -> str:
    """The checkbox of one choice of a question ("…:progress_contact:email"), a field of
    its own beside the question's text field."""
    return f"{field_name(question_id)}:{choice}"


def expected_field_names() -> list[str]:
    """Every field a fillable sheet of FORM_VERSION holds, the marker first."""
    names = [field_name(MARKER_ID)]
    for question in QUESTIONS:
        names.append(field_name(question.id))
        names += [choice_field_name(question.id, choice) for choice in question.choices]
    return names


def marker_value(meeting_uid: str) -> str:
    """What the hidden marker field holds: the form's id and version, and the meeting's
    calendar UID (so a returned form is matched to its meeting)."""
    return json.dumps({"form": FORM_ID, "version": FORM_VERSION, "meeting": meeting_uid},
                      separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Marker:
    form: str
    version: int
    meeting_uid: str


def read_marker(text: str) -> Marker | None:
    """The marker's content, or None when `text` is not a marker of this form (any version)."""
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("form") != FORM_ID:
        return None
    version, uid = data.get("version"), data.get("meeting", "")
    if not isinstance(version, int) or isinstance(version, bool) or not isinstance(uid, str):
        return None
    return Marker(FORM_ID, version, uid)


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: the text written, and for a question with boxes to tick, the ticked
    choices' codes (ProgressContact, ChildTakingPart) in the sheet's order."""

    question_id: str
    text: str
    choices: tuple[str, ...] = ()

    @property
    def destination(self) -> Destination:
        return QUESTIONS_BY_ID[self.question_id].destination


# What a ticked checkbox holds: its "on" state's name (reportlab writes "Yes"; pypdf reads
# it back as "/Yes"). Other viewers write "On" or "1"; "Off" is never ticked.
_TICKED = frozenset({"yes", "on", "1", "true"})


def is_ticked(value: object) -> bool:
    return str(value or "").strip().lstrip("/").lower() in _TICKED


def answers_from_fields(fields: dict[str, str]) -> list[Answer]:
    """The non-empty answers among a form's field values (field name → text, or a
    checkbox's state), in the sheet's order. Unknown fields are ignored here: whether the
    form is ours is decided by the reader."""
    answers = []
    for question in QUESTIONS:
        text = str(fields.get(field_name(question.id)) or "").strip()
        ticked = tuple(choice for choice in question.choices
                       if is_ticked(fields.get(choice_field_name(question.id, choice))))
        if text or ticked:
            answers.append(Answer(question.id, text, ticked))
    return answers


def split_questions(text: str) -> list[str]:
    """The family's questions as separate items: one per line, or per question mark on a line.

    Parents write "Will he get speech? How often?" on one line as often as on two.
    """
    found = []
    for line in text.splitlines():
        line = line.strip(" \t-•*").strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("?")]
        if len(parts) > 2 or (len(parts) == 2 and parts[1]):
            found += [p + "?" for p in parts[:-1] if p] + ([parts[-1]] if parts[-1] else [])
        else:
            found.append(line)
    return found


@dataclass
class ReceivedAnswer:
    """One answer as it came back, kept on the meeting's record with the day it arrived;
    `filed_on` is the day the teacher accepted it into the record (None: shown, not
    filed). A question with boxes keeps its ticked codes first ("email; text"), then the
    text written."""

    meeting_id: int
    question_id: str
    text: str
    received_on: date
    filed_on: date | None = None
    id: int | None = None


def answer_as_text(answer: Answer) -> str:
    """How a ReceivedAnswer keeps `answer`: the ticked codes, then the text written."""
    return "\n".join(part for part in ("; ".join(answer.choices), answer.text) if part)
