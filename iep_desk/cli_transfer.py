"""`iep-desk import` and `iep-desk export`: the caseload in from CSV or a full export, and out.

    iep-desk import FILE.csv [--mapping MAP.json] [--dry-run] [--skip-invalid] [--date-order mdy|dmy]
    iep-desk import FILE.json            (a full export, into an empty caseload only)
    iep-desk export --format json|csv|ics -o FILE
    iep-desk export --format json --encrypted -o FILE   (sealed with a passphrase for it)

Exit codes: 0 done (or, with --dry-run, would be done); 1 nothing was imported
or written (the reason is printed); 2 the command itself needs correcting
(a missing --date-order, a bad mapping file, no file name after -o).

An import writes only while it holds the caseload lock, the one the app holds while it
has the caseload open (storage.lock): with the app open, or another import running, it
says so and imports nothing. A dry run writes nothing and takes no lock. Everything
printed is cleaned of control characters first (a name in a file may hold an escape
sequence meant for the terminal).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from iep_desk.app.protection import check_new_passphrase
from iep_desk.cli_output import complain, output_problem, say
from iep_desk.cli_protection import (
    PassphraseUnavailable,
    ask,
    caseload_key,
    new_passphrase,
    read_secret_file,
)
from iep_desk.config import data_file, resolve_data_dir
from iep_desk.core.csv_import import (
    FIELD_LABELS,
    ORDER_WORDS,
    CsvFormatError,
    counted,
    decide_date_order,
    mapping_problems,
    normalise_header,
    read_csv,
    read_rows,
)
from iep_desk.core.problems import ProblemError
from iep_desk.storage import keys
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.database import empty_file_problem, open_for_reading
from iep_desk.storage.encrypted_export import (
    EncryptedExportProblem,
    is_encrypted_export,
    seal,
    unseal,
)
from iep_desk.storage.errors import DataFileError, SaveFailed
from iep_desk.storage.export import (
    CaseloadNotEmpty,
    ExportFormatError,
    caseload_csv_bytes,
    caseload_is_empty,
    full_export_bytes,
    import_full_export,
    meetings_ics_bytes,
    read_full_export,
)
from iep_desk.storage.files import write_whole
from iep_desk.storage.full_export_check import check_full_export
from iep_desk.storage.importer import (
    ImportRefused,
    apply_import,
    preview_import,
    rejected_message,
    remember_mapping,
    starting_mapping,
    unmapped_columns,
)
from iep_desk.storage.lock import CaseloadLock, already_open_message

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def register(subparsers, common: argparse.ArgumentParser) -> None:
    importing = subparsers.add_parser(
        "import", parents=[common],
        help="import a caseload from a CSV file, or a full export (.json) into an empty caseload",
        description="Import students from a CSV file (as Excel or a district system writes it) "
        "and print what happens to each row. Nothing is written when a row is rejected, unless "
        "--skip-invalid is given. A .json file is a full export, imported into an empty caseload.")
    importing.add_argument("file", metavar="FILE", help="the .csv file, or a full export .json")
    importing.add_argument("--mapping", metavar="MAP.json",
                           help='which field each column holds, as {"Column header": "field"} '
                           '(null: do not import); columns left out keep the guessed field')
    importing.add_argument("--dry-run", action="store_true",
                           help="print the preview only; write nothing")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the good rows and leave out the rejected ones")
    importing.add_argument("--date-order", choices=("mdy", "dmy"),
                           help="how the file writes dates like 03/04/2015: mdy = month first "
                           "(March 4), dmy = day first (3 April); needed only when the file "
                           "cannot tell")
    importing.add_argument("--export-passphrase-file", metavar="FILE",
                           help="an encrypted full export: read its passphrase from the first "
                           "line of FILE (readable by you only) instead of typing it")
    importing.set_defaults(handler=run_import)

    exporting = subparsers.add_parser(
        "export", parents=[common], help="export the caseload to a file",
        description="json: everything, to import elsewhere or keep; csv: the students and their "
        "first parent/guardian, for a spreadsheet; ics: the meetings, for a calendar program.")
    exporting.add_argument("--format", choices=("json", "csv", "ics"), required=True)
    exporting.add_argument("-o", "--output", metavar="FILE", required=True,
                           help="the file to write (replaced if it exists)")
    exporting.add_argument("--include-names", action="store_true",
                           help="ics only: also write the purpose, the names and emails of the "
                           "people invited (by default the file names only the student's short "
                           "name, in the title)")
    exporting.add_argument("--encrypted", action="store_true",
                           help="json only: seal the full export with a passphrase you choose "
                           "for it (a JSON or CSV export is otherwise plain text that anyone "
                           "with the file can read); `import` opens it with that passphrase")
    exporting.add_argument("--export-passphrase-file", metavar="FILE",
                           help="with --encrypted: read the export's passphrase from the first "
                           "line of FILE (readable by you only) instead of typing it twice")
    exporting.set_defaults(handler=run_export)


def _open_store(args, *, read_only: bool = False):
    """The caseload, or None after saying why not. read_only (an export, a dry run): opened
    for reading only, so nothing is created or changed and a write-protected drive works."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        key = caseload_key(args, data_dir)  # None for a plain caseload
        return (CaseloadStore(open_for_reading(data_dir, key=key)) if read_only
                else open_caseload(data_dir, key=key))
    except (DataFileError, ProblemError) as error:
        complain(str(error))
        return None


def no_caseload_to_add_to(args) -> bool:
    """True, after saying why, when the folder holds no caseload (or an empty file).

    For the commands that add to the students and meetings already there (import-goals,
    read-preparation --file-answers, plan-year --make-drafts): asked before the lock is
    taken, so a mistyped --data-dir gets neither a new empty caseload nor a new folder."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not data_file(data_dir).is_file():
        missing = "" if data_dir.is_dir() else " (there is no such folder)"
        complain(f"There is no caseload in {data_dir}{missing}, so there are no students or "
                 "meetings to add to. Check the folder's name (--data-dir, or "
                 "IEP_DESK_DATA_DIR). Nothing was created.")
        return True
    problem = empty_file_problem(data_dir, for_reading=True)
    if problem is not None:
        complain(str(problem))
        return True
    return False


def _take_lock(args):
    """The caseload lock for a command that writes, or None (the reason printed) when the
    app or another command holds it."""
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    lock = CaseloadLock(data_dir)
    try:
        if lock.acquire():
            return lock
    except DataFileError as error:
        complain(str(error))
        return None
    complain(already_open_message(data_dir, lock.holder())
              + "\nClose IEP Desk there (or wait for the other import), then run the import "
              "again. Nothing was imported.")
    return None


def _read_input(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        complain(f"The file {path} cannot be read ({error.strerror or error}).")
        return None


# -- import --------------------------------------------------------------------------------------

def run_import(args) -> int:
    path = Path(args.file)
    data = _read_input(path)
    if data is None:
        return EXIT_REFUSED
    lock = None if args.dry_run else _take_lock(args)
    if lock is None and not args.dry_run:
        return EXIT_REFUSED

    sealed = is_encrypted_export(data)
    try:
        data = _opened_export(data, args)
        if data is None:
            return EXIT_REFUSED
        store = _open_store(args, read_only=args.dry_run)
        if store is None:
            return EXIT_REFUSED
        try:
            if path.suffix.lower() == ".json" or sealed:
                return _import_full(store, data, dry_run=args.dry_run)
            return _import_csv(store, data, args)
        finally:
            store.db.close()
    finally:
        if lock is not None:
            lock.release()


def _opened_export(data: bytes, args) -> bytes | None:
    """The JSON inside an encrypted full export (its passphrase from --export-passphrase-file
    or typed), or `data` as it is when it is not one; None after saying why not."""
    if not is_encrypted_export(data):
        return data
    try:
        given = getattr(args, "export_passphrase_file", None)
        passphrase = (read_secret_file(Path(given)) if given
                      else ask("Passphrase of the encrypted export: ",
                               what="the export's passphrase",
                               option="--export-passphrase-file"))
        return unseal(data, passphrase)
    except (PassphraseUnavailable, EncryptedExportProblem) as error:
        complain(str(error))
        return None


def _rows(count: int) -> str:
    return counted(count, "row", "rows")


def _import_full(store, data: bytes, *, dry_run: bool) -> int:
    try:
        export = read_full_export(data)
        if dry_run:
            check_full_export(export)
            for name, table in sorted(export["tables"].items()):
                say(f"{name}: {_rows(len(table['rows']))}")
            if not caseload_is_empty(store):
                complain("This caseload already holds records; a full export is only imported "
                          "into an empty caseload.")
                return EXIT_REFUSED
            say("Dry run: nothing was written.")
            return EXIT_OK
        counts = import_full_export(store, export)
    except (ExportFormatError, CaseloadNotEmpty, SaveFailed) as error:
        complain(str(error))
        return EXIT_REFUSED
    for name, count in sorted(counts.items()):
        say(f"{name}: {_rows(count)}")
    say(f"Imported the full export made on {export.get('exported_at', '?')}.")
    return EXIT_OK


def _mapping_file_content(path: str):
    """What the mapping file holds, read as JSON, or a message saying why it cannot be."""
    shape = '{"Column header": "field", ...}'
    file = Path(path).expanduser()
    if file.is_dir():
        return f"{path} is a folder, not a mapping file. Give the mapping file's name."
    if not file.exists():
        return f"There is no file {path}. Check the mapping file's name."
    raw = _read_input(file)
    if raw is None:
        return f"The mapping file {path} was not used."
    if not raw.strip():
        return f"The mapping file {path} is empty. It must hold {shape}."
    try:
        return json.loads(raw.decode("utf-8-sig"))
    # Not UTF-8 (UnicodeDecodeError), not JSON (JSONDecodeError), or brackets nested deeper
    # than Python reads (RecursionError).
    except (ValueError, RecursionError):
        return (f"The mapping file {path} is not a mapping written as JSON. It must hold "
                f"{shape}, saved as UTF-8 text.")


def _read_mapping_file(path: str, headers: list[str], mapping: list[str | None]
                       ) -> list[str | None] | str:
    """The mapping with the file's choices applied, or a message saying what is wrong."""
    given = _mapping_file_content(path)
    if isinstance(given, str):
        return given
    if not isinstance(given, dict):
        return (f'The mapping file {path} must hold {{"Column header": "field", ...}}; '
                "the fields are: " + ", ".join(FIELD_LABELS))
    by_header = {normalise_header(h): i for i, h in enumerate(headers)}
    result = list(mapping)
    for header, target in given.items():
        index = by_header.get(normalise_header(str(header)))
        if index is None:
            return f"The mapping file names a column “{header}” that this CSV file does not have."
        if target is not None and target not in FIELD_LABELS:
            return (f"The mapping file sets “{header}” to “{target}”, which is not a field. "
                    "The fields are: " + ", ".join(FIELD_LABELS))
        result[index] = target
    # A field chosen explicitly wins over the same field guessed for another column.
    chosen = {given_target for given_target in given.values() if given_target}
    for index, target in enumerate(result):
        header_given = any(normalise_header(str(h)) == normalise_header(headers[index])
                           for h in given)
        if target in chosen and not header_given:
            result[index] = None
    return result


def _import_csv(store, data: bytes, args) -> int:
    try:
        table = read_csv(data)
    except CsvFormatError as error:
        complain(str(error))
        return EXIT_REFUSED
    mapping = starting_mapping(store, table.headers)
    if args.mapping:
        read = _read_mapping_file(args.mapping, table.headers, mapping)
        if isinstance(read, str):
            complain(read)
            return EXIT_USAGE
        mapping = read
    problems = mapping_problems(mapping)
    if problems:
        complain("\n".join(map(str, problems)) + "\nGive the columns with --mapping MAP.json.")
        return EXIT_USAGE
    for header, target in zip(table.headers, mapping):
        if target:
            say(f"“{header}” → {FIELD_LABELS[target]}")
    order = decide_date_order(table, mapping)
    date_order = args.date_order or order.order
    if order.needs_question and not args.date_order:
        complain("The dates in this file could be read two ways (for example "
                  f"{', '.join(order.examples)}). Say which comes first: --date-order mdy "
                  "(month first, MM/DD/YYYY) or --date-order dmy (day first, DD/MM/YYYY). "
                  "Nothing was imported.")
        return EXIT_USAGE
    if date_order:
        say(f"Dates read {ORDER_WORDS[date_order]}.")
    rows = read_rows(table, mapping, date_order, date.today())
    preview = preview_import(store, rows, today=date.today(),
                             unmapped=unmapped_columns(table, mapping))
    say(preview.as_text())
    if preview.rejected and not args.skip_invalid:
        complain(rejected_message(len(preview.rejected)) + " Correct the file, or run again "
                  "with --skip-invalid to import the other rows.")
        return EXIT_REFUSED
    if args.dry_run:
        say("Dry run: nothing was written.")
        return EXIT_OK
    if not preview.writable:
        say("Nothing to import: every row is already on file as it is.")
        return EXIT_OK
    try:
        result = apply_import(store, preview, skip_rejected=args.skip_invalid)
        remember_mapping(store, table.headers, mapping)
    except (ImportRefused, SaveFailed) as error:
        complain(str(error))
        return EXIT_REFUSED
    say(result.summary())
    return EXIT_OK


# -- export --------------------------------------------------------------------------------------

def run_export(args) -> int:
    if args.encrypted and args.format != "json":
        complain("--encrypted seals a full export: use it with --format json.")
        return EXIT_USAGE
    problem = output_problem(args.output, f"caseload.{args.format}",
                             resolve_data_dir(getattr(args, "data_dir", None)))
    if problem is not None:
        complain(problem[0])
        return problem[1]
    output = Path(args.output).expanduser()
    if args.format == "ics":
        def data_maker(store):
            return meetings_ics_bytes(store, include_names=args.include_names)
    else:
        data_maker = {"json": full_export_bytes, "csv": caseload_csv_bytes}[args.format]
    export_passphrase = None
    if args.encrypted:
        export_passphrase = _new_export_passphrase(args)
        if export_passphrase is None:
            return EXIT_REFUSED
    store = _open_store(args, read_only=True)
    if store is None:
        return EXIT_REFUSED
    try:
        data = data_maker(store)
    except ProblemError as error:  # a caseload the file cannot hold (export.ExportRefused)
        complain(str(error))
        return EXIT_REFUSED
    finally:
        store.db.close()
    if export_passphrase is not None:
        data = seal(data, export_passphrase, cost=keys.CURRENT_COST)
    try:
        write_whole(output, data)
    except OSError as error:
        complain(f"The file {output} could not be written ({error.strerror or error}). "
                  "Any earlier file there is unchanged; your caseload is unchanged.")
        return EXIT_REFUSED
    say(f"Wrote {output}.")
    if args.format in ("json", "csv") and not args.encrypted:
        complain(f"Note: {output} is plain text: anyone who has the file can read every name "
                  "in it. Keep it safe and delete it when done, or make an encrypted full "
                  "export instead: --format json --encrypted.")
    return EXIT_OK


def _new_export_passphrase(args) -> str | None:
    """The passphrase to seal an export with (from --export-passphrase-file, or typed twice),
    or None after saying why not."""
    try:
        passphrase, repeated = new_passphrase(args, "export_passphrase_file")
        check_new_passphrase(passphrase, repeated)
    except (PassphraseUnavailable, ProblemError) as error:
        complain(str(error))
        return None
    return passphrase
