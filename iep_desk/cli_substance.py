"""`iep-desk read-preparation FILE --meeting ID [--file-answers [--received DATE]]` and
`iep-desk plan-year --from DATE --to DATE [--most-per-day N] [--make-drafts]`.

    iep-desk read-preparation answers.pdf --meeting 4                  show the answers
    iep-desk read-preparation answers.pdf --meeting 4 --file-answers   file every answer
    iep-desk plan-year --from 2026-09-01 --to 2027-06-15               show the plan
    iep-desk plan-year --from 2026-09-01 --to 2027-06-15 --make-drafts

Both only read the caseload unless told to write (--file-answers, --make-drafts); then they
take the caseload's lock like an import, so they refuse while the app has it open. The
family preparation sheet itself is printed with `iep-desk print preparation-sheet
[--fillable]`.

Exit codes: 0 done; 1 nothing written (no caseload, unknown meeting, a file that is not a
returned preparation sheet of this meeting, the caseload open elsewhere); 2 the command
needs correcting (a date that cannot be read, a range that runs backwards).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from iep_desk.cli_output import complain, say
from iep_desk.cli_print import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    LARGEST_ID,
    _open_stores,
    meeting_id_given,
    no_such_meeting,
)
from iep_desk.cli_transfer import _open_store, no_caseload_to_add_to
from iep_desk.config import resolve_data_dir
from iep_desk.core.dates import FIRST_YEAR, LAST_YEAR, usable_year
from iep_desk.core.problems import ProblemError
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.lock import CaseloadLock, already_open_message
from iep_desk.storage.stores import Stores

# Where each answer goes, in the command line's words (the app's: ui/planner/preparation_answers).
GOES_TO = {
    "hopes_and_dreams": "hopes and dreams (student's record)",
    "strengths": "strengths (student's record)",
    "culture_and_traditions": "culture and traditions (student's record)",
    "family_questions": "the family's questions (each onto the agenda)",
    "concerns": "the family's concerns (private)",
    "availability": "the parent's weekly times",
    "progress_contact": "how the parent prefers to be contacted",
    "bringing": "added to the meeting's people",
    "student_taking_part": "how the student takes part",
}


def register(subparsers, common: argparse.ArgumentParser) -> None:
    reading = subparsers.add_parser(
        "read-preparation", parents=[common],
        help="show the answers of a returned family preparation sheet (file them with "
        "--file-answers)",
        description="Read the answers from a family preparation sheet the family filled in "
        "and sent back. Nothing is filed unless --file-answers is given.")
    reading.add_argument("file", metavar="FILE.pdf", help="the returned sheet")
    reading.add_argument("--meeting", metavar="ID", required=True,
                         help="the meeting it belongs to (see `iep-desk meetings`)")
    reading.add_argument("--file-answers", action="store_true",
                         help="file every answer where it goes, as the app does when you tick "
                         "them all")
    reading.add_argument("--received", metavar="YYYY-MM-DD",
                         help="the day the answers arrived (default: today)")
    reading.set_defaults(handler=run_read_preparation)

    planning = subparsers.add_parser(
        "plan-year", parents=[common],
        help="place every annual review and re-evaluation due in a range (make drafts with "
        "--make-drafts)",
        description="Place every annual review and re-evaluation due from --from to --to in "
        "school hours on school days before its due date. Prints the plan; drafts are made only "
        "with --make-drafts.")
    planning.add_argument("--from", dest="first_day", metavar="YYYY-MM-DD", required=True)
    planning.add_argument("--to", dest="last_day", metavar="YYYY-MM-DD", required=True)
    planning.add_argument("--most-per-day", type=_whole_number, default=2, metavar="N",
                          help="the most meetings on one day (default 2)")
    planning.add_argument("--make-drafts", action="store_true",
                          help="make a draft meeting for each one placed")
    planning.set_defaults(handler=run_plan_year)


def _whole_number(text: str) -> int:
    """--most-per-day's number; argparse prints the message of a text that is not one."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a number: give --most-per-day a whole number, such as 2") from None


def _day(text: str | None, what: str) -> date | None:
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        complain(f"“{text}” is not a date for {what}: write it as YYYY-MM-DD, e.g. 2026-09-01.")
        return None


def _writable(args, nothing_done: str):
    """The caseload's lock and Stores for a command that writes (a protected caseload opened
    with its passphrase, as every command does), or (None, None) after saying why not."""
    if no_caseload_to_add_to(args):
        return None, None
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    lock = CaseloadLock(data_dir)
    try:
        if not lock.acquire():
            complain(already_open_message(data_dir, lock.holder())
                      + f"\nClose IEP Desk there, then run the command again. {nothing_done}")
            return None, None
    except DataFileError as error:
        complain(str(error))
        return None, None
    store = _open_store(args)
    if store is None:
        lock.release()
        return None, None
    return lock, Stores.of(store)


# -- read-preparation --------------------------------------------------------------------------

def run_read_preparation(args) -> int:
    from iep_desk.app import family_preparation as app_preparation

    meeting_id = meeting_id_given(args.meeting)
    if meeting_id is None:
        return EXIT_USAGE
    if not 0 < meeting_id <= LARGEST_ID:
        return no_such_meeting(meeting_id)
    received: date | None = date.today()
    if args.received is not None:  # `--received ""` (a script's empty variable) is no date
        received = _day(args.received, "--received")
    if received is None:
        return EXIT_USAGE
    try:
        pdf = Path(args.file).expanduser().read_bytes()
    except OSError as error:
        complain(f"The file {args.file} cannot be read ({error.strerror or error}).")
        return EXIT_REFUSED
    lock, stores = (_writable(args, "Nothing was filed.") if args.file_answers
                    else (None, _open_stores(args)))
    if stores is None:
        return EXIT_REFUSED
    try:
        try:
            answers = app_preparation.read_returned_sheet(stores, meeting_id=meeting_id, pdf=pdf)
        except LookupError:
            return no_such_meeting(meeting_id)
        except ProblemError as error:
            complain(str(error))
            return EXIT_REFUSED
        if not answers:
            say("The sheet came back empty: there are no answers to file.")
            return EXIT_OK
        for answer in answers:
            shown = "; ".join(part for part in ("; ".join(answer.choices), answer.text) if part)
            say(f"{answer.question_id} → {GOES_TO[answer.destination]}:")
            for line in shown.splitlines():
                say(f"    {line}")
        if not args.file_answers:
            say("Nothing was filed. Run again with --file-answers to file them all, or open "
                 "the sheet in the app to choose which to keep.")
            return EXIT_OK
        try:
            app_preparation.file_answers(stores, meeting_id=meeting_id, answers=answers,
                                         accepted={a.question_id for a in answers},
                                         received_on=received, today=date.today())
        except (ProblemError, LookupError) as error:
            complain(f"Nothing was filed: {error}")
            return EXIT_REFUSED
        say(f"Filed {len(answers)} answers, received on {received.isoformat()}.")
        return EXIT_OK
    finally:
        stores.db.close()
        if lock is not None:
            lock.release()


# -- plan-year --------------------------------------------------------------------------------

def run_plan_year(args) -> int:
    from iep_desk.app import year_plan
    from iep_desk.core.year_planner import DUE_TOO_SOON

    first, last = _day(args.first_day, "--from"), _day(args.last_day, "--to")
    if first is None or last is None:
        return EXIT_USAGE
    for day, given, what in ((first, args.first_day, "--from"), (last, args.last_day, "--to")):
        if not usable_year(day):
            complain(f"“{given}” is not a date to plan meetings on: give {what} a date "
                     f"between {FIRST_YEAR} and {LAST_YEAR}.")
            return EXIT_USAGE
    if args.most_per_day < 1:
        complain("--most-per-day must be 1 or more.")
        return EXIT_USAGE
    lock, stores = (_writable(args, "No drafts were made.") if args.make_drafts
                    else (None, _open_stores(args)))
    if stores is None:
        return EXIT_REFUSED
    try:
        try:
            plan = year_plan.propose(stores, first_day=first, last_day=last,
                                     most_per_day=args.most_per_day, today=date.today())
        except ProblemError as error:
            complain(str(error))
            return EXIT_USAGE
        names = stores.caseload.student_names()
        for placement in plan.placed:
            wanted = placement.meeting
            outside = (f"; outside the weekly times of {', '.join(placement.outside_times_of)}"
                       if placement.outside_times_of else "")
            say(f"{placement.starts_at:%Y-%m-%d %a %H:%M}  "
                f"{names.get(wanted.student_id, '?')}: {wanted.meeting_type.replace('_', ' ')} "
                f"(due {wanted.due_by.isoformat()}{outside})")
        for missed in plan.not_placed:
            wanted = missed.meeting
            why = ("the notice days run past its due date" if missed.code == DUE_TOO_SOON
                   else "no free school day before its due date")
            say(f"Not placed: {names.get(wanted.student_id, '?')}: "
                 f"{wanted.meeting_type.replace('_', ' ')} (due {wanted.due_by.isoformat()}): "
                 f"{why}.")
        say(f"{len(plan.placed)} placed, {len(plan.not_placed)} not placed.")
        if not args.make_drafts or not plan.placed:
            if plan.placed:
                say("No drafts were made. Run again with --make-drafts to make them, or use "
                     "Meetings > Plan the year… in the app to adjust them first.")
            return EXIT_OK
        try:
            made = year_plan.make_drafts(stores, placements=plan.placed, today=date.today())
        except (ValueError, LookupError) as error:
            complain(f"No drafts were made: {error}")
            return EXIT_REFUSED
        say(f"Made {len(made.value or [])} draft meetings; they are in the app's meeting "
             "planner.")
        return EXIT_OK
    finally:
        stores.db.close()
        if lock is not None:
            lock.release()
