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

from dataclasses import dataclass
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
    NOTE_HOME = "note_home"


@dataclass(frozen=True, slots=True)
class Question:
    """One question of the sheet: its id (also the form field's name), where its answer
    goes, and how many lines of handwriting room the paper sheet leaves for it."""

    id: str
    destination: Destination
    lines: int = 3


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
    Question("progress_contact", Destination.PROGRESS_CONTACT, lines=1),
    Question("child_taking_part", Destination.STUDENT_TAKING_PART, lines=2),
)
QUESTION_IDS = tuple(q.id for q in QUESTIONS)


def field_name(question_id: str) -> str:
    """The form field's name in the fillable PDF."""
    return f"{FORM_ID}.{question_id}"


@dataclass(frozen=True, slots=True)
class Answer:
    question_id: str
    text: str

    @property
    def destination(self) -> Destination:
        return next(q.destination for q in QUESTIONS if q.id == self.question_id)


def answers_from_fields(fields: dict[str, str]) -> list[Answer]:
    """The non-empty answers among a form's field values (field name → text), in the sheet's
    order. Unknown fields are ignored here: whether the form is ours is decided by the reader."""
    answers = []
    for question in QUESTIONS:
        text = (fields.get(field_name(question.id)) or "").strip()
        if text:
            answers.append(Answer(question.id, text))
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
