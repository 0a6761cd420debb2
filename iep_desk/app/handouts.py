"""Handouts: everything one prints about a meeting, the languages it is made in, and the
teacher's family-language versions of what she typed. The window and the command line both
make their handouts through here.

    data = gather(stores, meeting_id=3, language="es")         # the meeting, its people...
    plan = plan_for(data, kinds=["invitation"], choice=FAMILY)   # which languages, what to say
    pdf = make_document("invitation", data, plan)

`gather` reads the stores and returns a printing.HandoutData; it writes nothing. The
renderers then decide what each document shows: the private parts (tip file, concerns,
contacts, checklist) reach the prep sheet alone. The family's documents are made in the
family's language (the plan); the prep sheet in the teacher's, given once to `gather`
(the window's language; English by default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from iep_desk import printing, resources
from iep_desk.app.changes import TRANSLATIONS
from iep_desk.app.undo import OpResult
from iep_desk.core import handout_language
from iep_desk.core.checklist import AFTER_ITEMS, ChecklistState, before_meeting_checklist
from iep_desk.core.deadlines import Deadline, student_deadlines
from iep_desk.core.handout_language import FAMILY, LanguagePlan, plan_languages
from iep_desk.core.meetings import PLANNED_STATUSES, ChecklistTick, Meeting, MeetingRecord
from iep_desk.core.models import FamilyLink, TeamMember, saved
from iep_desk.core.typed_text import FAMILY_DOCUMENTS, FieldRef, typed_texts
from iep_desk.printing.handout_data import HandoutData
from iep_desk.printing.prep_sheet import day_writer, prep_sheet_language, prep_sheet_languages
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import ReadFailed, database_errors
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.storage.stores import Stores

# The language of the documents for the teacher (the prep sheet) when none is given: the
# command line's, and the one a window language without a prep sheet gets.
TEACHER_LANGUAGE = "en"
# Every document made for the family, in the family's language: the meeting's documents
# (core.typed_text.FAMILY_DOCUMENTS, which print what the teacher typed) and the family
# preparation sheet, on paper and to fill in on screen (printing.FAMILY_PAGES).
PREPARATION_SHEETS = ("preparation-sheet", "fillable-preparation-sheet")
FAMILY_KINDS = (*FAMILY_DOCUMENTS, *PREPARATION_SHEETS)


# The prep sheet lists this many of the latest contacts with the family: enough to see the
# pattern (three unanswered calls), short enough to read in the minute before the meeting.
RECENT_CONTACTS = 8
# The note of the "documents sent" tick lists the papers, one per line or separated by ";".
_DOCUMENT_SEPARATORS = re.compile(r"[\n;]+")


def gather(stores: Stores, *, meeting_id: int, today: date | None = None,
           language: str = TEACHER_LANGUAGE) -> HandoutData:
    """The HandoutData for meeting `meeting_id`, read from the stores.

    Raises LookupError when there is no such meeting (or its student is not on file),
    ReadFailed when the file cannot be read just now. `today` (default: the clock) dates
    the thank-you letter and the prep sheet's "days left". `language` is the teacher's (the
    window's): the prep sheet is made in it and the checklist's warnings are written in it
    (English when there is no prep sheet in it: teacher_language says which). It changes
    nothing on the family's documents.
    """
    try:
        return _gather(stores, meeting_id, today, language)
    except database_errors() as error:
        raise ReadFailed(str(error)) from error


def teacher_language(language: str) -> str:
    """The language the teacher's own documents (the prep sheet, the IEP at a glance) are made
    in when she reads `language`: itself when there is a prep sheet in it ("es", "es-MX"), else
    English. The two documents have their templates in the same languages
    (tests/app/test_iep_record.py checks it)."""
    return prep_sheet_language(language)


def teacher_languages() -> list[str]:
    """The languages a prep sheet can be made in ("en", "es")."""
    return prep_sheet_languages()


def _gather(stores: Stores, meeting_id: int, today: date | None,
            language: str = TEACHER_LANGUAGE) -> HandoutData:
    """The HandoutData for meeting `meeting_id`, read from the stores (see gather).

    Raises LookupError when there is no such meeting (or its student is not on file).
    """
    today = today or date.today()
    language = teacher_language(language)
    record = stores.load_record(meeting_id)
    meeting = record.meeting
    store = stores.caseload
    student = store.get_student(meeting.student_id)
    family = store.family_of(meeting.student_id)
    print_settings = load_print_settings(stores.settings)
    deadline_settings = stores.settings.deadline_settings()

    checklist = _checklist_state(stores, record, family, today, language)
    checklist_items = [item.id for item in checklist.items]
    if meeting.status == "held":
        checklist_items += list(AFTER_ITEMS)
    # The teacher's family-language versions of what she typed, read before the computed
    # ticks are added (those have no row, and nothing typed).
    refs = [t.ref for t in typed_texts(FAMILY_DOCUMENTS, record, print_settings.letterhead,
                                       resources.language_shelf())]
    translations = stores.translations.every_language(refs)
    record.checklist = _with_computed_ticks(record, checklist)
    deadlines: list[Deadline] = student_deadlines(student, deadline_settings, today)
    deadlines += [d for d in stores.meetings.notice_deadlines(deadline_settings)
                  if d.meeting_id == meeting_id]

    return HandoutData(
        record=record,
        student=student,
        family=family,
        team=_team(store, record, meeting.student_id),
        tips=stores.review.tips_of(meeting.student_id),
        recent_contacts=stores.contacts.contacts_of_student(meeting.student_id)[:RECENT_CONTACTS],
        open_actions=[o.action for o in stores.review.open_actions(today=today,
                                                                   student_id=meeting.student_id)
                      if o.action.meeting_id != meeting_id],
        deadlines=sorted(deadlines, key=lambda d: d.due),
        next_meeting=next_meeting_after(stores, meeting),
        letterhead=print_settings.letterhead,
        paper=print_settings.paper,
        today=today,
        documents_for_review=_documents_sent(record),
        checklist_items=checklist_items,
        checklist_warnings=checklist.warnings,
        checklist_notes={item.id: item.note for item in checklist.items
                         if not item.done and item.note.strip()},
        teacher_language=language,
        closed_days=list(stores.settings.planner_settings().closed_days),
        translations=translations,
        **_iep_record(stores, meeting.student_id),
        decisions=stores.agenda.decisions_of(meeting_id),
    )


def _iep_record(stores: Stores, student_id: int) -> dict:
    """The student's goals, progress notes, services and accommodations (HandoutData's
    fields of the same names)."""
    goals = stores.goals
    return {"goals": goals.goals_of(student_id),
            "progress_notes": goals.notes_of_student(student_id),
            "services": goals.services_of(student_id),
            "accommodations": goals.accommodations_of(student_id)}


def gather_for_student(stores: Stores, *, student_id: int, today: date | None = None,
                       language: str = TEACHER_LANGUAGE) -> HandoutData:
    """The HandoutData for a student's own documents (the IEP at a glance, the family's
    progress page): their latest meeting's when they have one (its participants give the
    family's language), else a meeting not on file that only names the student. `language`
    is the teacher's (the window's), as for gather: the IEP at a glance is made in it.
    Raises LookupError when the student is not on file, ReadFailed when the file cannot be
    read just now."""
    try:
        meetings = stores.meetings.list_meetings(student_id=student_id)
        dated = [m for m in meetings if m.id is not None]
        if dated:
            latest = max(dated, key=lambda m: (m.starts_at is not None,
                                               m.starts_at or datetime.min, m.id))
            return _gather(stores, saved(latest.id), today, language)
        student = stores.caseload.get_student(student_id)
        print_settings = load_print_settings(stores.settings)
        return HandoutData(record=MeetingRecord(Meeting(student_id)), student=student,
                           family=stores.caseload.family_of(student_id),
                           team=stores.caseload.team_of(student_id),
                           letterhead=print_settings.letterhead, paper=print_settings.paper,
                           today=today or date.today(),
                           teacher_language=teacher_language(language),
                           **_iep_record(stores, student_id))
    except database_errors() as error:
        raise ReadFailed(str(error)) from error


def make_glance(data: HandoutData):
    """The IEP at a glance (confidential, for the staff), in the teacher's language, the one
    the data was gathered for (`data.teacher_language`)."""
    return printing.render_iep_at_a_glance(data, data.teacher_language)


def make_progress_page(data: HandoutData):
    """The family's progress page, in the family's language."""
    return printing.make_document("progress-page", data, (family_language(data),))


def next_meeting_after(stores: Stores, meeting: Meeting) -> Meeting | None:
    """The student's soonest dated meeting still to come after this one (not cancelled, not
    held); None when there is none. A meeting without a date has no "after"."""
    if meeting.starts_at is None:
        return None
    later = [m for m in stores.meetings.list_meetings(student_id=meeting.student_id,
                                                       statuses=PLANNED_STATUSES)
             if m.id != meeting.id and m.starts_at is not None and m.starts_at > meeting.starts_at]
    return min(later, key=lambda m: m.starts_at or datetime.max, default=None)  # all dated


def family_language(data: HandoutData) -> str:
    """The language the family's documents are made in: the preferred language of the family
    member invited first, else of the first family member on file; English with no family."""
    return handout_language.family_language(data.record.participants, data.family)


def _team(store: CaseloadStore, record: MeetingRecord, student_id: int) -> list[TeamMember]:
    """The student's team, plus anyone invited from the team list who is not on it (a colleague
    who has since left keeps their role on the handout)."""
    team = store.team_of(student_id)
    known = {member.id for member in team}
    for person in record.participants:
        if person.team_member_id is not None and person.team_member_id not in known:
            try:
                team.append(store.get_team_member(person.team_member_id))
            except LookupError:
                continue
            known.add(person.team_member_id)
    return team


def _checklist_state(stores: Stores, record: MeetingRecord, family: list[FamilyLink],
                     today: date, language: str) -> ChecklistState:
    """The meeting's before-the-meeting checklist, its warnings written in `language` (the
    teacher's) with its days as the prep sheet in that language writes them."""
    student_id = record.meeting.student_id
    return before_meeting_checklist(
        # Every row, so the items not ticked yet carry their notes too.
        record.meeting, record.participants, [link.member for link in family],
        stores.checklist.entries_of(saved(record.meeting.id)),
        last_progress_contact=stores.contacts.last_progress_contact_by_student().get(student_id),
        today=today, deadline_settings=stores.settings.deadline_settings(),
        planner_settings=stores.settings.planner_settings(),
        texts=resources.checklist_texts(language),
        input_requests=stores.preparation.input_requests_of(saved(record.meeting.id)),
        say_date=day_writer(language))


def _with_computed_ticks(record: MeetingRecord, state: ChecklistState) -> list[ChecklistTick]:
    """The ticks as stored, plus the items the app counts as done without a tick (every
    excused member's consent is on file; a recent progress contact is in the log), so the
    prep sheet agrees with the planner's checklist."""
    ticks = list(record.checklist)
    ticked = {tick.item for tick in ticks}
    for item in state.items:
        if item.done and item.id not in ticked:
            ticks.append(ChecklistTick(record.meeting.id, item.id, done_on=item.done_on))
    return ticks


def _documents_sent(record: MeetingRecord) -> list[str]:
    """The papers sent ahead, as the teacher noted them on the "documents sent" tick."""
    for tick in record.checklist:
        if tick.item == "documents_sent":
            return [part.strip() for part in _DOCUMENT_SEPARATORS.split(tick.note) if part.strip()]
    return []


# -- languages ---------------------------------------------------------------------------------

def language_plan(stores: Stores, *, meeting_id: int, kinds: Iterable[str],
                  choice: str = FAMILY) -> LanguagePlan:
    """What making the family documents `kinds` of meeting `meeting_id` in `choice` involves
    (core.handout_language). Raises LookupError for an unknown meeting, UnknownLanguage for
    a language without templates."""
    try:
        record = stores.load_record(meeting_id)
        family = stores.caseload.family_of(record.meeting.student_id)
        letterhead = load_print_settings(stores.settings).letterhead
        return plan_languages(kinds, record, family, letterhead, choice,
                              shelf=resources.language_shelf(),
                              translations_in=stores.translations.of)
    except database_errors() as error:
        raise ReadFailed(str(error)) from error


def family_code_of(stores: Stores, *, meeting_id: int) -> str:
    """The family's language code for a meeting's documents (core.handout_language)."""
    try:
        record = stores.load_record(meeting_id)
        family = stores.caseload.family_of(record.meeting.student_id)
    except database_errors() as error:
        raise ReadFailed(str(error)) from error
    return handout_language.family_language(record.participants, family)


def plan_for(data: HandoutData, *, kinds: Iterable[str], choice: str = FAMILY) -> LanguagePlan:
    """The same plan for data already gathered (its stored versions come with it)."""
    return plan_languages(kinds, data.record, data.family, data.letterhead, choice,
                          shelf=resources.language_shelf(),
                          translations_in=lambda _refs, language: data.translations.get(
                              language, {}))


def save_translations(stores: Stores, *, language: str,
                      versions: Mapping[FieldRef, tuple[str, str]]) -> OpResult:
    """Store the teacher's versions in `language`: {ref: (the text as typed, its version)};
    an empty version removes one. All or nothing; raises SaveFailed when the disk refuses."""
    stores.translations.save(language, versions)
    return OpResult(TRANSLATIONS)


def languages_for(kind: str, plan: LanguagePlan | None,
                  teacher: str = TEACHER_LANGUAGE) -> tuple[str, ...]:
    """The languages a document is made in: a family document in the plan's, anything else
    (the prep sheet) in the teacher's."""
    if plan is not None and kind in FAMILY_KINDS:
        return plan.languages
    return (teacher,)


# -- making them ---------------------------------------------------------------------------------

def make_document(kind: str, data: HandoutData, plan: LanguagePlan | None):
    """The document `kind` in the languages `plan` gives (printing.make_document); the prep
    sheet in the teacher's language (data.teacher_language, from gather)."""
    return printing.make_document(kind, data,
                                  languages_for(kind, plan, data.teacher_language))


# What the family's packet holds, in order: the invitation, the agenda, the progress page
# (when the student has goals on file), and the family preparation sheet to fill in and
# send back before the meeting.
PACKET_DOCUMENTS = ("invitation", "agenda", "progress-page", "preparation-sheet")


def make_packet(data: HandoutData, plan: LanguagePlan | None) -> bytes:
    """The family's packet: the invitation, the agenda, the progress page when the student
    has goals on file, and the family preparation sheet (for a bilingual copy, all in the
    family's language, then all in English), one PDF. The tagline is on the first only.
    Never the IEP at a glance (it is for the staff)."""
    languages = plan.languages if plan is not None else (TEACHER_LANGUAGE,)
    renderers = {**printing.RENDERERS, **printing.FAMILY_PAGES}
    kinds = [kind for kind in PACKET_DOCUMENTS if kind != "progress-page" or data.goals]
    parts = [renderers[kind](data, language, with_tagline=index == 0).pdf
             for index, language in enumerate(languages) for kind in kinds]
    return printing.join_pdfs(parts)
