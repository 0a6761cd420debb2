"""`iep-desk import-goals FILE.csv`: the students' annual goals from a district CSV file.

    iep-desk import-goals GOALS.csv [--dry-run] [--date-order mdy|dmy]

Each row names its student by the district student ID. The rows that cannot be read (no
such student, a date or number that is not one, a target date before the baseline date)
are printed with their line and not imported; the others are, in one transaction. A goal
already on file for that student (the same area and wording) is not added again.
Exit codes as `iep-desk import`: 0 done, 1 nothing written (the reason is printed), 2 the
command needs correcting (the columns cannot be told apart). Refused rows are left out and the
others imported, so a file with some refused rows exits 0 (as `import --skip-invalid` does)
and one whose every row is refused exits 1. `--dry-run` exits as the import would.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from iep_desk.cli_output import complain, say
from iep_desk.cli_transfer import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    _open_store,
    _read_input,
    _take_lock,
    no_caseload_to_add_to,
)
from iep_desk.core.csv_import import CsvFormatError, read_csv
from iep_desk.core.problems import ProblemError
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.stores import Stores


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import-goals", parents=[common],
        help="import the students' annual goals from a district CSV file",
        description="Add annual goals from a CSV file, one goal a row, each naming its student "
        "by the district student ID. Columns: District student ID and Goal (needed); Area, How "
        "it is measured, Unit, Baseline, Baseline date, Target, Target date. Rows that cannot "
        "be read are listed and left out; the others are imported.")
    parser.add_argument("file", metavar="FILE", help="the .csv file")
    parser.add_argument("--dry-run", action="store_true",
                        help="print what would be imported; write nothing")
    parser.add_argument("--date-order", choices=("mdy", "dmy"),
                        help="how the file writes dates like 03/04/2026: mdy = month first, "
                        "dmy = day first")
    parser.set_defaults(handler=run_import_goals)


def run_import_goals(args) -> int:
    data = _read_input(Path(args.file))
    if data is None:
        return EXIT_REFUSED
    if not args.dry_run and no_caseload_to_add_to(args):
        return EXIT_REFUSED
    lock = None if args.dry_run else _take_lock(args)
    if lock is None and not args.dry_run:
        return EXIT_REFUSED
    try:
        store = _open_store(args, read_only=args.dry_run)
        if store is None:
            return EXIT_REFUSED
        try:
            return _import(store, data, args)
        finally:
            store.db.close()
    finally:
        if lock is not None:
            lock.release()


def _import(store, data: bytes, args) -> int:
    from iep_desk.app import goals_import as gi
    from iep_desk.core.goals_csv import FIELD_LABELS, guess_goal_mapping

    try:
        table = read_csv(data)
    except CsvFormatError as error:
        complain(str(error))
        return EXIT_REFUSED
    mapping = guess_goal_mapping(table.headers)
    stores = Stores.of(store)
    try:
        preview = gi.preview_goals(stores, table=table, mapping=mapping,
                                   date_order=args.date_order)
    except ProblemError as error:
        complain(f"{error} Name the columns as listed in `iep-desk import-goals --help`. "
                  "Nothing was imported.")
        return EXIT_USAGE
    for header, target in zip(table.headers, mapping):
        if target:
            say(f"“{header}” → {FIELD_LABELS[target]}")
    for row in preview.rows:
        if row.action == gi.REFUSED:
            say("Not imported: " + " ".join(str(p) for p in row.problems))
    say(f"{preview.count(gi.ADD)} to add, {preview.count(gi.ON_FILE)} already on file, "
         f"{preview.count(gi.REFUSED)} not imported.")
    # Nothing to import because rows are refused is a refusal (1); a file whose goals are all
    # on file already is not. A dry run exits as the import would, as `iep-desk import` does.
    exit_code = EXIT_REFUSED if preview.refused and not preview.good else EXIT_OK
    if args.dry_run:
        say("Dry run: nothing was written.")
        return exit_code
    if not preview.good:
        say("Nothing to import.")
        return exit_code
    try:
        result = gi.import_goals(stores, preview=preview)
    except SaveFailed as error:
        complain(str(error))
        return EXIT_REFUSED
    say(f"Imported {result.value} goal{'s' if result.value != 1 else ''}.")
    return EXIT_OK
