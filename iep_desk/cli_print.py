"""`iep-desk meetings` and `iep-desk print KIND --meeting ID [--language CODE | --bilingual]
[--strict] [--fillable] -o FILE.pdf`.

    iep-desk meetings                       every meeting: ID, student, date, status
    iep-desk print agenda --meeting 4 -o agenda.pdf
    iep-desk print invitation --meeting 4 --language es -o invitacion.pdf
    iep-desk print invitation --meeting 4 --bilingual -o invitation-es-en.pdf
    iep-desk print preparation-sheet --meeting 4 --fillable -o preparation.pdf
    iep-desk print prep-sheet --meeting 4 --language es -o preparacion.pdf

Family documents are made in the family's preferred language unless --language names
another (a language with templates, or en); --bilingual makes the family's language, then
the English, in one file. When the family's language has no templates the document is in
English with a line in the family's language at the top (the tagline) saying how to get an
interpreter. Notes on stderr say what the teacher should know: a document not in the
family's language (and whether there is a tagline for it), a translation no native speaker
has checked yet, and each thing the teacher typed that will print in English in a document
in another language (give its version in the app's planner: "Their language…"). They do not
stop the document; --strict does: with anything typed still in English, nothing is written
and the exit code is 1.

The prep sheet is the teacher's alone and never in the family's language: it is in English,
or in the language --language names when there is a prep sheet in it (es); --bilingual is
refused for it.

Before a document is made it is checked: the summary and the thank-you letter only for a
held meeting; the invitation only for a meeting that is not cancelled and has a date, a
start time and a place; every character that would print must be in a shipped font (one
that is not is named, with its field). An agenda whose items run past the meeting's end
prints, with a warning.

Exit codes: 0 done; 1 nothing written (no caseload, unknown meeting, the document does not
fit the meeting, a character no font has, the file could not be written, --strict with text
that would print in English); 2 the command needs correcting (unknown kind, a language
without templates, --bilingual for a family whose language has none, a prep sheet in a
language it does not exist in or --bilingual).
Both commands only read the caseload, so they work while the app has it open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iep_desk.cli_output import complain, output_problem, say
from iep_desk.cli_protection import caseload_key
from iep_desk.config import resolve_data_dir
from iep_desk.core.languages import find_language
from iep_desk.core.problems import ProblemError
from iep_desk.storage.database import open_for_reading
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.files import write_whole
from iep_desk.storage.stores import Stores

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
KINDS = ("invitation", "agenda", "prep-sheet", "summary", "thank-you", "preparation-sheet")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    listing = subparsers.add_parser(
        "meetings", parents=[common], help="list the meetings with their ID, student, date and status",
        description="List every meeting, soonest first (undated drafts last). Use the ID with "
        "`iep-desk print`.")
    listing.set_defaults(handler=run_meetings)

    printing = subparsers.add_parser(
        "print", parents=[common], help="make a handout for a meeting as a PDF file",
        description="Make one handout for a meeting: " + ", ".join(KINDS) + ". Family documents "
        "are in the family's preferred language (English when there is no template for it) "
        "unless --language is given; the prep sheet is for you alone, never hand it out, and is "
        "in English unless --language names another it exists in (es).")
    # No argparse choices: an unknown kind gets our own message, listing the kinds.
    printing.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(KINDS))
    printing.add_argument("--meeting", metavar="ID", required=True,
                          help="the meeting's ID (see `iep-desk meetings`)")
    choice = printing.add_mutually_exclusive_group()
    choice.add_argument("--language", metavar="CODE",
                        help="make the document in this language (e.g. en, es) instead of the "
                        "family's (the prep sheet: instead of English)")
    choice.add_argument("--bilingual", action="store_true",
                        help="the family's language, then the English, in one file")
    printing.add_argument("--strict", action="store_true",
                          help="write nothing (exit 1) when something you typed would print in "
                          "English in a document in another language")
    printing.add_argument("--fillable", action="store_true",
                          help="preparation-sheet only: the sheet with boxes the family fills "
                          "in on a phone or a computer")
    printing.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                          help="the PDF file to write (replaced if it exists)")
    printing.set_defaults(handler=run_print)


# -- the meeting's ID ----------------------------------------------------------------------------

# The largest ID the caseload file can hold (SQLite's integers are 64-bit).
LARGEST_ID = 2**63 - 1


def meeting_id_given(text: str) -> int | None:
    """The number given with --meeting, or None after saying it is not one."""
    try:
        return int(str(text).strip())
    except ValueError:
        complain(f"“{text}” is not a meeting ID: use the number `iep-desk meetings` shows in "
                 "the ID column.")
        return None


def no_such_meeting(meeting_id: int) -> int:
    """Say there is no meeting with that ID (none is 0 or less, or past LARGEST_ID, so such
    an ID is never looked up); the exit code."""
    complain(f"There is no meeting with ID {meeting_id}. `iep-desk meetings` lists the "
             "meetings and their IDs.")
    return EXIT_REFUSED


# -- the caseload, read only ---------------------------------------------------------------------

def _open_stores(args):
    """The caseload's Stores, or None after saying why not.

    Opened for reading only (storage.database.open_for_reading), so printing never changes
    or creates a caseload, works beside a running app and on a write-protected drive.
    """
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        return Stores(open_for_reading(data_dir, key=caseload_key(args, data_dir)))
    except (DataFileError, ProblemError) as error:
        complain(str(error))
        return None


# -- meetings ----------------------------------------------------------------------------------

def run_meetings(args) -> int:
    stores = _open_stores(args)
    if stores is None:
        return EXIT_REFUSED
    store = stores.caseload
    try:
        names = {s.id: s.display_name for s in store.list_students()}
        names.update({s.id: s.display_name for s in store.list_students(archived=True)})
        rows = [(str(m.id), names.get(m.student_id, f"(student {m.student_id})"),
                 m.starts_at.strftime("%Y-%m-%d %H:%M") if m.starts_at else "no date yet",
                 m.status, m.meeting_type.replace("_", " "))
                for m in stores.meetings.list_meetings()]
    finally:
        store.db.close()
    if not rows:
        say("There are no meetings yet. Plan one in the app's meeting planner.")
        return EXIT_OK
    header = ("ID", "Student", "Date", "Status", "Kind of meeting")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        say("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return EXIT_OK


# -- print ---------------------------------------------------------------------------------------

def run_print(args) -> int:
    from iep_desk.app import handouts
    from iep_desk.core.handout_language import BILINGUAL, FAMILY, UnknownLanguage
    from iep_desk.printing import (
        FAMILY_DOCUMENTS,
        TemplateError,
        TooLongForAPage,
        available_languages,
    )

    kind = args.kind.strip().lower()
    if kind not in KINDS:
        complain(f"There is no handout called “{args.kind}”. Choose one of: {', '.join(KINDS)}.")
        return EXIT_USAGE
    if getattr(args, "fillable", False):
        if kind != "preparation-sheet":
            complain("--fillable is for the preparation sheet only.")
            return EXIT_USAGE
        kind = "fillable-preparation-sheet"
    meeting_id = meeting_id_given(args.meeting)
    if meeting_id is None:
        return EXIT_USAGE
    if not 0 < meeting_id <= LARGEST_ID:
        return no_such_meeting(meeting_id)
    choice = BILINGUAL if getattr(args, "bilingual", False) else (
        args.language.strip() if args.language else FAMILY)
    # The prep sheet in the teacher's language (English unless asked); other documents
    # print nothing in it.
    teacher_language = _prep_sheet_language(args) if kind == "prep-sheet" else (
        handouts.TEACHER_LANGUAGE)
    if teacher_language is None:
        return EXIT_USAGE
    problem = output_problem(args.output, f"{kind}.pdf",
                             resolve_data_dir(getattr(args, "data_dir", None)))
    if problem is not None:
        complain(problem[0])
        return problem[1]
    output = Path(args.output).expanduser()

    stores = _open_stores(args)
    if stores is None:
        return EXIT_REFUSED
    store = stores.caseload
    try:
        try:
            data = handouts.gather(stores, meeting_id=meeting_id, language=teacher_language)
        except LookupError:
            return no_such_meeting(meeting_id)
    finally:
        store.db.close()

    if kind in FAMILY_DOCUMENTS:
        try:
            plan = handouts.plan_for(data, kinds=[kind], choice=choice)
        except UnknownLanguage as error:
            if error.bilingual:
                complain(f"The family's language ({_language_name(error.code)}) has no "
                          "templates, so there is no bilingual copy. Languages with templates: "
                          f"{', '.join(available_languages())}.")
            else:
                complain(f"There are no templates for the language “{error.code}”. Languages "
                          f"with templates: {', '.join(available_languages())}.")
            return EXIT_USAGE
    else:
        plan = None
    if not _checked(kind, data):
        return EXIT_REFUSED
    if plan is not None:
        _tell_languages(kind, plan)
        if plan.untranslated and getattr(args, "strict", False):
            complain(f"Nothing was written (--strict): give the "
                      f"{_language_name(plan.translation_language)} version of these in the "
                      "app first, or print without --strict.")
            return EXIT_REFUSED
    try:
        document = handouts.make_document(kind, data, plan)
    except TemplateError as error:
        complain(f"The {kind} could not be made: {error}")
        return EXIT_REFUSED
    except TooLongForAPage as error:
        complain(f"The {kind} was not made: {error}. Shorten it in the app, then print again.")
        return EXIT_REFUSED
    try:
        write_whole(output, document.pdf)
    except OSError as error:
        complain(f"The PDF could not be written to {output} ({error.strerror or error}). "
                  "Check that the folder exists and the disk is not full.")
        return EXIT_REFUSED
    student = data.student.display_name
    say(f"Wrote the {kind} for {student}'s meeting to {output}"
         + (" (for you only: not for the family)." if kind not in FAMILY_DOCUMENTS else "."))
    return EXIT_OK


def _prep_sheet_language(args) -> str | None:
    """The language the prep sheet is made in: English unless --language names one there
    is a prep sheet in; None after saying why it cannot be made (--bilingual, or a language
    it does not exist in)."""
    from iep_desk.app import handouts

    made_in = ", ".join(handouts.teacher_languages())
    if getattr(args, "bilingual", False):
        complain("--bilingual is for the family's documents: the prep sheet is for you alone, "
                 f"in one language. It can be made in: {made_in} (--language).")
        return None
    language = (args.language or "").strip()
    if not language:
        return handouts.TEACHER_LANGUAGE
    if handouts.teacher_language(language) != language:
        complain(f"There is no prep sheet in “{language}”. It can be made in: {made_in}.")
        return None
    return language


def _language_name(code: str | None) -> str:
    """ "Spanish", "Hmong", "Simplified Chinese"; the code itself when the list does not know it."""
    language = find_language(code or "")
    return language.english_name if language else (code or "")


def _tell_languages(kind: str, plan) -> None:
    """The notes on stderr before a family document is made (see the module notes)."""
    family = _language_name(plan.family_code)
    made_in = " and ".join(_language_name(code) for code in plan.languages)
    if plan.family_template is None and plan.languages == ("en",) and plan.tagline is not None:
        complain(f"Note: there are no {family} templates, so the {kind} is in {made_in}, with a "
                  f"line in {family} at the top saying how to get an interpreter at no cost. "
                  "Arrange an interpreter to go through it with the family.")
    elif plan.tagline is not None:
        complain(f"Note: the {kind} is in {made_in}, not in the family's language ({family}); "
                  f"a line in {family} at the top says how to get an interpreter.")
    if plan.no_tagline:
        complain(f"Note: the {kind} is in {made_in}, and IEP Desk has no line in {family} to put "
                  "at the top of it, so nothing on it is in the family's language. Arrange an "
                  "interpreter to explain the letter to the family, by phone or in person.")
    if plan.tagline_without_phone:
        complain("Note: the letterhead has no phone number, so the line in the family's "
                  "language gives your email instead. Add a phone number to the letterhead in "
                  "the app (Tools ▸ Letterhead and paper).")
    for code in plan.unreviewed:
        complain(f"Note: the {_language_name(code)} translation has not been checked by a native "
                  "speaker: ask the interpreter to read it through.")
    if plan.untranslated:
        language = _language_name(plan.translation_language)
        complain(f"These things you typed will print in English in the {language} {kind}; give "
                  f"their {language} version in the app (the planner's “Their language…” "
                  "button):")
        for text in plan.untranslated:
            one_line = " ".join(text.english.split())
            shown = one_line if len(one_line) <= 60 else one_line[:57] + "..."
            complain(f"  - {FIELD_NAMES.get(text.field, text.field)}: “{shown}”")


# The same words as the app's (ui/handout_actions.py), which translates them.
REFUSALS = {
    "not_held": "The {document} is for after the meeting, and this meeting is not marked as "
                "held. Mark it as held in the post-meeting review first.",
    "cancelled": "This meeting is cancelled, so no invitation is made for it.",
    "already_held": "This meeting has already taken place, so no invitation is made for it.",
    "no_date": "The meeting has no date yet. Set its date and start time in the planner before "
               "making the invitation.",
    "no_time": "The meeting has a date but no start time. Set the start time in the planner "
               "before making the invitation.",
    "no_place": "The meeting has no place yet. Set the room, or how to join by phone or video, "
                "in the planner before making the invitation.",
}
FIELD_NAMES = {
    "student_name": "the student's name", "family_name": "a family member's name",
    "participant_name": "the name of someone invited", "participant_role": "a role typed in",
    "meeting_purpose": "the meeting's purpose", "meeting_place": "the meeting's place",
    "agenda_item": "an agenda item", "agenda_leader": "who leads an agenda item",
    "family_question": "a question from the family",
    "document_for_review": "a paper sent for review", "meeting_notes": "the meeting notes",
    "action_item": "an action item", "action_owner": "who does an action item",
    "home_suggestion": "an idea for home", "contribution": "what the family brought",
    "tip": "the tip file", "concern": "the family's concerns",
    "student_input": "the student's voice", "contact_note": "the contact log",
    "checklist_note": "a checklist note", "school_name": "the school's name (letterhead)",
    "school_address": "the school's address (letterhead)",
    "teacher_name": "your name (letterhead)", "teacher_title": "your title (letterhead)",
    "teacher_phone": "your phone (letterhead)", "teacher_email": "your email (letterhead)",
}


def _checked(kind: str, data) -> bool:
    """Say why the document cannot be made (False), or warn and go on (True)."""
    from iep_desk.printing import check

    found = check(kind, data)
    for code in found.refusals:
        complain(REFUSALS.get(code, code).format(document=kind))
    if found.missing:
        complain(f"The {kind} was not made: these characters are in no font IEP Desk has, so "
                  "they would print as empty boxes. Change them, then print again.")
        for missing in found.missing:
            text = missing.text if len(missing.text) <= 60 else missing.text[:57] + "..."
            complain(f"  - {FIELD_NAMES.get(missing.field, missing.field)} “{text}”: "
                      f"“{missing.character}” ({missing.code_point})")
    if not found.can_make:
        return False
    if found.agenda_over_by:
        complain(f"Warning: the agenda's items run {found.agenda_over_by} minutes past the "
                  "meeting's planned end. It is printed as planned; shorten some items in the "
                  "planner if that is not what you mean.")
    return True
