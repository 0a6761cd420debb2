"""The family preparation sheet's answers: read from a returned PDF, and filed where each goes.

    answers = read_returned_sheet(stores, meeting_id=7, pdf=data)     # or typed from paper
    file_answers(stores, meeting_id=7, answers=answers, accepted={"good_at", "questions"},
                 received_on=date(2026, 11, 20))

Nothing is filed that the teacher did not accept. Filing is one transaction and one undo
step: the answers kept with the day they arrived, each accepted one written where it goes
(core.family_preparation.Destination), and the checklist's "answers received" ticked.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from iep_desk.app import checklist as app_checklist
from iep_desk.app.changes import AGENDA, CHECKLIST, FAMILY, PARTICIPANTS, PREPARATION, STUDENTS
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.availability import AvailabilityFormatError, parse_availability
from iep_desk.core.family_preparation import (
    Answer,
    Destination,
    ProgressContact,
    ReceivedAnswer,
    answer_as_text,
    split_questions,
)
from iep_desk.core.meetings import Concern, FamilyQuestion, StudentInput
from iep_desk.core.models import FamilyMember, PreferredContact, saved
from iep_desk.core.problems import ProblemError
from iep_desk.printing.preparation_form import FormProblem, read_returned_form
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

ANSWERS_RECEIVED = "preparation_answers_received"
SHEET_SENT = "preparation_sheet_sent"

# A returned form's problem (printing.preparation_form) as the problem code the window words.
FORM_PROBLEMS = {
    FormProblem.DAMAGED_PDF: "preparation_form_damaged",
    FormProblem.LOCKED_PDF: "preparation_form_locked",
    FormProblem.NOT_OUR_FORM: "preparation_form_not_ours",
    FormProblem.FIELDS_RENAMED: "preparation_form_fields_renamed",
    FormProblem.NEWER_FORM_VERSION: "preparation_form_newer",
}
# The sheet asks how the family wants to hear about progress; the family member's record
# keeps how they like to be contacted (a note home goes in the student's planner).
CONTACT_FOR_CHOICE = {
    ProgressContact.PHONE: PreferredContact.PHONE,
    ProgressContact.TEXT: PreferredContact.TEXT,
    ProgressContact.EMAIL: PreferredContact.EMAIL,
    ProgressContact.NOTE_HOME: PreferredContact.STUDENT_PLANNER,
}
# The student's record's field for each destination that adds to it.
STUDENT_FIELDS = {
    Destination.HOPES_AND_DREAMS: "hopes_and_dreams",
    Destination.STRENGTHS: "strengths",
    Destination.CULTURE: "culture_and_traditions",
}


def read_returned_sheet(stores: Stores, *, meeting_id: int, pdf: bytes) -> list[Answer]:
    """The answers of a returned fillable sheet for this meeting. Raises ProblemError when
    the file is not our form, was changed, is damaged or locked, or is another meeting's;
    LookupError for a meeting no longer on file. Writes nothing."""
    meeting = stores.meetings.get_meeting(meeting_id)
    form = read_returned_form(pdf)
    if form.problem is not None:
        raise ProblemError(FORM_PROBLEMS[form.problem])
    if form.meeting_uid != meeting.calendar_uid:
        raise ProblemError("preparation_form_other_meeting")
    return form.answers


def family_member_for(stores: Stores, meeting_id: int) -> FamilyMember | None:
    """Whose record the family's times and contact preference go on: the family member
    invited first, else the first family member on file; None when there is none."""
    meeting = stores.meetings.get_meeting(meeting_id)
    family = [link.member for link in stores.caseload.family_of(meeting.student_id)]
    invited = [p.family_member_id for p in stores.meetings.participants_of(meeting_id)
               if p.family_member_id is not None]
    for member_id in invited:
        found = next((m for m in family if m.id == member_id), None)
        if found is not None:
            return found
    return family[0] if family else None


def names_brought(text: str) -> list[str]:
    """The people the family will bring, one per line or separated by commas or "and"."""
    parts = re.split(r"[\n,;]+|\s+and\s+|\s+y\s+", text)
    return [part.strip(" .-•*") for part in parts if part.strip(" .-•*")]


def file_answers(stores: Stores, *, meeting_id: int, answers: Sequence[Answer],
                 accepted: Collection[str], received_on: date,
                 today: date | None = None) -> OpResult:
    """Keep every answer with the day it arrived, and file the accepted ones (by question
    id) where each goes; tick "answers received". One transaction, one undo step.

    Raises ProblemError: nothing accepted ("nothing_to_file"), times that cannot be read
    as weekly windows ("preparation_times_unreadable"), times or a contact preference for
    a student with no family member on file ("preparation_no_family_member"), a received
    date still to come ("tick_in_future"). Nothing is written when one is raised."""
    today = today or date.today()
    chosen = [a for a in answers if a.question_id in accepted]
    if not chosen:
        raise ProblemError("nothing_to_file")
    meeting = stores.meetings.get_meeting(meeting_id)
    student = stores.caseload.get_student(meeting.student_id)
    member = family_member_for(stores, meeting_id)
    if member is None and any(a.destination in (Destination.AVAILABILITY,
                                                Destination.PROGRESS_CONTACT) for a in chosen):
        raise ProblemError("preparation_no_family_member")
    undo: list[Step] = []
    redo: list[Step] = []
    changes = PREPARATION | CHECKLIST
    agenda_before = stores.agenda.agenda_snapshot(meeting_id)
    tick_before = stores.checklist.entry(meeting_id, ANSWERS_RECEIVED)
    student_before = {name: getattr(student, name) for name in STUDENT_FIELDS.values()}
    member_before = (member.availability, member.preferred_contact) if member else None
    input_before = stores.preparation.student_input_of(meeting_id)
    with saving(stores.db):
        for answer in answers:
            kept = ReceivedAnswer(meeting_id, answer.question_id, answer_as_text(answer),
                                  received_on, today if answer in chosen else None)
            stores.preparation.add_received_answer(kept)
            undo.append(Step.of("remove", table="preparation_answers", row_id=kept.id))
            redo.append(Step.of("put_back", table="preparation_answers", row=kept))
        student_after = dict(student_before)
        for answer in chosen:
            destination = answer.destination
            if destination in STUDENT_FIELDS:
                name = STUDENT_FIELDS[destination]
                student_after[name] = "\n".join(
                    part for part in (student_after[name].strip(), answer.text.strip()) if part)
            elif destination is Destination.FAMILY_QUESTIONS:
                for text in split_questions(answer.text):
                    stores.agenda.add_family_question(FamilyQuestion(meeting_id, text,
                                                                     received_on))
                changes |= AGENDA
            elif destination is Destination.CONCERNS:
                concern = Concern(meeting_id, interest=answer.text.strip())
                stores.preparation.add_concern(concern)
                undo.append(Step.of("remove", table="concerns", row_id=concern.id))
                redo.append(Step.of("put_back", table="concerns", row=concern))
            elif destination is Destination.AVAILABILITY and member is not None:
                try:
                    member.availability = parse_availability(answer.text)
                except AvailabilityFormatError:
                    raise ProblemError("preparation_times_unreadable") from None
                stores.caseload.update_field("family_members", saved(member.id), "availability",
                                             member.availability)
                changes |= FAMILY
            elif destination is Destination.PROGRESS_CONTACT and member is not None:
                contact = next((CONTACT_FOR_CHOICE[ProgressContact(c)] for c in answer.choices),
                               None)
                if contact is not None:
                    member.preferred_contact = contact
                    stores.caseload.update_field("family_members", saved(member.id),
                                                 "preferred_contact", contact)
                    changes |= FAMILY
            elif destination is Destination.BRINGING:
                on_list = {p.name.casefold() for p in stores.meetings.participants_of(meeting_id)}
                for name in names_brought(answer.text):
                    if name.casefold() in on_list:
                        continue
                    person_id = stores.meetings.add_typed_participant(meeting_id, name, "",
                                                                      invited_on=today)
                    person = stores.meetings.get_participant(person_id)
                    undo.append(Step.of("remove", table="participants", row_id=person_id))
                    redo.append(Step.of("put_back", table="participants", row=person))
                    on_list.add(name.casefold())
                    changes |= PARTICIPANTS
            elif destination is Destination.STUDENT_TAKING_PART:
                old = input_before or StudentInput(meeting_id)
                words = "\n".join(part for part in (
                    old.how_taking_part.strip(), answer_as_text(answer)) if part)
                stores.preparation.save_student_input(
                    StudentInput(meeting_id, old.what_to_say, words))
                undo.append(Step.of("student_input", meeting_id=meeting_id,
                                    what_to_say=old.what_to_say,
                                    how_taking_part=old.how_taking_part))
                redo.append(Step.of("student_input", meeting_id=meeting_id,
                                    what_to_say=old.what_to_say, how_taking_part=words))
        for name, value in student_after.items():
            if value != student_before[name]:
                stores.caseload.update_field("students", saved(student.id), name, value)
                undo.append(Step.of("set_field", table="students", row_id=student.id,
                                    name=name, value=student_before[name]))
                redo.append(Step.of("set_field", table="students", row_id=student.id,
                                    name=name, value=value))
                changes |= STUDENTS
        if member is not None and member_before is not None:
            for name, old_value in zip(("availability", "preferred_contact"), member_before):
                new_value = getattr(member, name)
                if new_value != old_value:
                    undo.append(Step.of("set_field", table="family_members", row_id=member.id,
                                        name=name, value=old_value))
                    redo.append(Step.of("set_field", table="family_members", row_id=member.id,
                                        name=name, value=new_value))
        tick = stores.checklist.tick(meeting_id, ANSWERS_RECEIVED, done_on=received_on,
                                     today=today)
    agenda_after = stores.agenda.agenda_snapshot(meeting_id)
    if agenda_after != agenda_before:
        undo.append(Step.of("restore_agenda", snapshot=agenda_before))
        redo.append(Step.of("restore_agenda", snapshot=agenda_after))
    undo.append(_tick_step(meeting_id, tick_before))
    redo.append(_tick_step(meeting_id, tick))
    # Undo writes in the reverse order (a participant added last is removed first).
    return OpResult(changes, None, record(changes, list(reversed(undo)), redo))


def _tick_step(meeting_id: int, tick) -> Step:
    return app_checklist.put_as(meeting_id, ANSWERS_RECEIVED, tick)


def mark_sheet_sent(stores: Stores, *, meeting_id: int, today: date | None = None) -> OpResult:
    """Tick "family preparation sheet sent" (the teacher printed or saved it for the
    family); a tick already there keeps its date. Undo takes back a new tick."""
    if any(t.item == SHEET_SENT for t in stores.checklist.ticks_of(meeting_id)):
        return OpResult()
    return app_checklist.tick(stores, meeting_id=meeting_id, item=SHEET_SENT, today=today)
