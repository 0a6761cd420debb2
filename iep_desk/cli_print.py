"""`iep-desk meetings` and `iep-desk print KIND --meeting ID [--language CODE] -o FILE.pdf`.

    iep-desk meetings                       every meeting: ID, student, date, status
    iep-desk print agenda --meeting 4 -o agenda.pdf
    iep-desk print invitation --meeting 4 --language es -o invitacion.pdf

Family documents are made in the family's preferred language unless --language names
another; when the family's language has no template the document is made in English
and a note says so. A language asked for with --language must have templates.

Before a document is made it is checked: the summary and the thank-you letter only for a
held meeting; the invitation only for a meeting that is not cancelled and has a date, a
start time and a place; every character that would print must be in a shipped font (one
that is not is named, with its field). An agenda whose items run past the meeting's end
prints, with a warning.

Exit codes: 0 done; 1 nothing written (no caseload, unknown meeting, the document does not
fit the meeting, a character no font has, the file could not be written); 2 the command
needs correcting (unknown kind or language).
Both commands only read the caseload, so they work while the app has it open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iep_desk.config import resolve_data_dir
from iep_desk.storage.files import write_whole

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
KINDS = ("invitation", "agenda", "prep-sheet", "summary", "thank-you")


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
        "unless --language is given; the prep sheet is for you alone, never hand it out.")
    # No argparse choices: an unknown kind gets our own message, listing the kinds.
    printing.add_argument("kind", metavar="KIND", help="one of: " + ", ".join(KINDS))
    printing.add_argument("--meeting", metavar="ID", required=True,
                          help="the meeting's ID (see `iep-desk meetings`)")
    printing.add_argument("--language", metavar="CODE",
                          help="make the document in this language (e.g. en, es) instead of the "
                          "family's")
    printing.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                          help="the PDF file to write (replaced if it exists)")
    printing.set_defaults(handler=run_print)


# -- saying things -------------------------------------------------------------------------------

def _print(text: str, stream) -> None:
    # A Windows console may use a code page without Vietnamese or Cyrillic letters: print
    # what it can rather than fail.
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def _say(text: str) -> None:
    _print(text, sys.stdout)


def _complain(text: str) -> None:
    _print(text, sys.stderr)


# -- the caseload, read only ---------------------------------------------------------------------

def _open_stores(args):
    """(CaseloadStore, MeetingStore) on the caseload, or None after saying why not.

    Opened for reading only (storage.database.open_for_reading), so printing never changes
    or creates a caseload, works beside a running app and on a write-protected drive.
    """
    from iep_desk.storage.caseload import CaseloadStore
    from iep_desk.storage.database import open_for_reading
    from iep_desk.storage.errors import DataFileError
    from iep_desk.storage.meetings import MeetingStore

    try:
        store = CaseloadStore(open_for_reading(resolve_data_dir(getattr(args, "data_dir", None))))
    except DataFileError as error:
        _complain(str(error))
        return None
    return store, MeetingStore(store.db)


# -- meetings ----------------------------------------------------------------------------------

def run_meetings(args) -> int:
    opened = _open_stores(args)
    if opened is None:
        return EXIT_REFUSED
    store, meetings = opened
    try:
        names = {s.id: s.display_name for s in store.list_students()}
        names.update({s.id: s.display_name for s in store.list_students(archived=True)})
        rows = [(str(m.id), names.get(m.student_id, f"(student {m.student_id})"),
                 m.starts_at.strftime("%Y-%m-%d %H:%M") if m.starts_at else "no date yet",
                 m.status, m.meeting_type.replace("_", " "))
                for m in meetings.list_meetings()]
    finally:
        store.db.close()
    if not rows:
        _say("There are no meetings yet. Plan one in the app's meeting planner.")
        return EXIT_OK
    header = ("ID", "Student", "Date", "Status", "Kind of meeting")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        _say("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return EXIT_OK


# -- print ---------------------------------------------------------------------------------------

def run_print(args) -> int:
    from iep_desk.printing import FAMILY_DOCUMENTS, RENDERERS, TemplateError, available_languages

    kind = args.kind.strip().lower()
    if kind not in RENDERERS:
        _complain(f"There is no handout called “{args.kind}”. Choose one of: {', '.join(KINDS)}.")
        return EXIT_USAGE
    try:
        meeting_id = int(str(args.meeting).strip())
    except ValueError:
        _complain(f"“{args.meeting}” is not a meeting ID: use the number `iep-desk meetings` "
                  "shows in the ID column.")
        return EXIT_USAGE
    languages = available_languages()
    language = args.language.strip() if args.language else None
    if language is not None and _template_language(language, languages) is None:
        _complain(f"There are no templates for the language “{args.language}”. Languages with "
                  f"templates: {', '.join(languages)}.")
        return EXIT_USAGE
    output = Path(args.output).expanduser()

    opened = _open_stores(args)
    if opened is None:
        return EXIT_REFUSED
    store, meetings = opened
    try:
        from iep_desk.storage.handout_source import family_language, handout_data

        try:
            data = handout_data(store, meetings, meeting_id)
        except LookupError:
            _complain(f"There is no meeting with ID {meeting_id}. `iep-desk meetings` lists "
                      "the meetings and their IDs.")
            return EXIT_REFUSED
    finally:
        store.db.close()

    if not _checked(kind, data):
        return EXIT_REFUSED
    if language is None:
        language = family_language(data) if kind in FAMILY_DOCUMENTS else "en"
    try:
        document = RENDERERS[kind](data, language)
    except TemplateError as error:
        _complain(f"The {kind} could not be made: {error}")
        return EXIT_REFUSED
    if document.notice:
        _complain(f"Note: {document.notice}")
    try:
        write_whole(output, document.pdf)
    except OSError as error:
        _complain(f"The PDF could not be written to {output} ({error.strerror or error}). "
                  "Check that the folder exists and the disk is not full.")
        return EXIT_REFUSED
    student = data.student.display_name
    _say(f"Wrote the {kind} for {student}'s meeting to {output}"
         + (" (for you only: not for the family)." if kind not in FAMILY_DOCUMENTS else "."))
    return EXIT_OK


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
        _complain(REFUSALS.get(code, code).format(document=kind))
    if found.missing:
        _complain(f"The {kind} was not made: these characters are in no font IEP Desk has, so "
                  "they would print as empty boxes. Change them, then print again.")
        for missing in found.missing:
            text = missing.text if len(missing.text) <= 60 else missing.text[:57] + "..."
            _complain(f"  - {FIELD_NAMES.get(missing.field, missing.field)} “{text}”: "
                      f"“{missing.character}” ({missing.code_point})")
    if not found.can_make:
        return False
    if found.agenda_over_by:
        _complain(f"Warning: the agenda's items run {found.agenda_over_by} minutes past the "
                  "meeting's planned end. It is printed as planned; shorten some items in the "
                  "planner if that is not what you mean.")
    return True


def _template_language(code: str, languages: list[str]) -> str | None:
    """The template folder for `code` ("es-MX" -> "es"), or None when there is none."""
    wanted = code.replace("-", "_")
    for candidate in (wanted, wanted.split("_")[0].lower()):
        if candidate in languages:
            return candidate
    return None


