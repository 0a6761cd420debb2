"""`iep-desk backup`, `iep-desk restore FILE`, `iep-desk restore --list` and `iep-desk check`.

None of them reads standard input: restore asks nothing, because it always
keeps a copy of the current caseload first and says where. `backup -o FILE` and
`check` only read the caseload, so they work on a write-protected drive and never
create one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iep_desk import config
from iep_desk.app.protection import caseload_is_protected
from iep_desk.cli_output import output_problem
from iep_desk.cli_protection import backup_key, caseload_key, same_key
from iep_desk.core.problems import ProblemError
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    KEPT_PROTECTED,
    PROTECTED_BY_BACKUP,
    BackupSummary,
    backup_file,
    describe_backup,
    file_in_the_way,
    restore_backup,
    restore_choices,
)
from iep_desk.storage.database import empty_file_problem, inspect_file
from iep_desk.storage.errors import (
    DataFileError,
    DiskProblem,
    NewerDataFile,
    NoCaseloadHere,
)
from iep_desk.storage.lock import CaseloadLock, already_open_message
from iep_desk.storage.protected_file import is_protected, starts_like_sqlite


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[common],
        help="back up the caseload now (into the backups folder, or to -o FILE)")
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="write the backup to FILE instead of the backups folder")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", parents=[common],
        help="replace the caseload with a backup (a copy of the current caseload is kept "
        "first), or list the backups with --list")
    restore.add_argument("file", metavar="FILE", nargs="?", help="the backup file to restore")
    restore.add_argument("--list", action="store_true",
                         help="list the backups, the copies kept from before a restore or an "
                         "update first, and what each holds")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser(
        "check", parents=[common],
        help="check the caseload file's integrity, layout and data version "
        "(exit 1 when there is a problem)")
    check.set_defaults(handler=run_check)


def _data_dir(args) -> Path:
    return config.resolve_data_dir(getattr(args, "data_dir", None))


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def describe(summary: BackupSummary) -> str:
    """What a backup holds, e.g. "taken 2026-11-23 09:15: 14 students (and 2 archived), 3 meetings"."""
    archived = f" (and {summary.archived_students} archived)" if summary.archived_students else ""
    return (f"taken {summary.taken_at:%Y-%m-%d %H:%M}: {_count(summary.students, 'student')}"
            f"{archived}, {_count(summary.meetings, 'meeting')}")


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def _caseload_problem(data_dir: Path, key: bytes | None = None) -> DataFileError | None:
    """Why the caseload in `data_dir` cannot be read, or None (nothing is created or changed).
    A protected caseload is read with `key`."""
    data_file = config.data_file(data_dir)
    if not data_file.is_file():
        return NoCaseloadHere(
            f"There is no caseload in {data_dir}, so there is nothing to back up. Check the "
            "folder's name (--data-dir, or IEP_DESK_DATA_DIR). Nothing was created there.")
    empty = empty_file_problem(data_dir, for_reading=True)
    return empty if empty is not None else inspect_file(data_file, key=key).problem


def _key(args, data_dir: Path) -> bytes | None:
    """The protected caseload's key, from its passphrase (None for a plain caseload).
    Raises what cli_protection.caseload_key raises."""
    return caseload_key(args, data_dir)


def run_backup(args) -> int:
    data_dir = _data_dir(args)
    if args.output is not None:
        # Checked first: a mistyped -o makes nothing (the folder is not made either).
        wrong_output = output_problem(args.output, "caseload-copy.sqlite", data_dir)
        if wrong_output is not None:
            print(wrong_output[0], file=sys.stderr)
            return wrong_output[1]
    try:
        key = _key(args, data_dir)
    except (DataFileError, ProblemError) as error:
        return _fail(f"{error}\nNo backup was made.")
    problem = _caseload_problem(data_dir, key)
    if problem is not None:
        if isinstance(problem, NoCaseloadHere):
            return _fail(str(problem))
        if isinstance(problem, (DiskProblem, NewerDataFile)):
            return _fail(f"{problem}\nNo backup was made.")
        return _fail(f"{problem}\nNo backup was made (a backup of a damaged file would not "
                     "help); your earlier backups were kept.")
    target = Path(args.output).expanduser() if args.output is not None else None
    try:
        made = backup_file(config.data_file(data_dir), data_dir, target=target, key=key)
    except DataFileError as error:
        return _fail(str(error))
    print(f"Backed up the caseload to {made.path} ({describe(made)}).")
    return 0


def _restore_keys(args, source: Path, data_dir: Path) -> tuple[bytes | None, bytes | None]:
    """The protected backup's key (from the passphrase and the key copy beside it) and the
    protected caseload's, asked for only when it is another key (None: plain)."""
    key = backup_key(args, source)
    if not caseload_is_protected(data_dir):
        return key, None
    if key is not None and same_key(data_dir, key):
        return key, key
    return key, caseload_key(args, data_dir)


# What the restore did to the caseload's protection, in one sentence (none when it is plain).
_PROTECTION_WORDS = {
    KEPT_PROTECTED: "Your caseload stays protected with the same passphrase as before.",
    PROTECTED_BY_BACKUP: "Your caseload is now protected with a passphrase: it opens with the "
                         "passphrase of the backup you restored.",
}

_KEPT_WORDS = {BEFORE_RESTORE: "copy kept from before a restore",
               BEFORE_UPGRADE: "copy kept from before an update of IEP Desk"}


def run_restore(args) -> int:
    data_dir = _data_dir(args)
    if args.list:
        return _list_backups(data_dir)
    if not args.file:
        return _fail("Name the backup file to restore (`iep-desk restore --list` lists them).")
    source = Path(args.file).expanduser()
    if not source.is_file():
        return _fail(f"There is no backup file at {source}.")
    if source.suffix.lower() != ".sqlite" and not starts_like_sqlite(source):
        # (A protected backup has no SQLite header either, but it is named .sqlite.)
        return _fail(f"The file {source} is not a backup of a caseload: IEP Desk's backups "
                     "are .sqlite files (`iep-desk restore --list` lists them). Your caseload "
                     "was not changed.")
    try:
        key, current_key = _restore_keys(args, source, data_dir)
    except (DataFileError, ProblemError) as error:
        return _fail(f"{error}\nYour caseload was not changed.")
    summary = describe_backup(source, key=key)
    if not summary.usable:
        return _fail(f"This backup cannot be restored. {summary.problem}\n"
                     "Your caseload was not changed.")
    try:
        lock = CaseloadLock(data_dir)
        if not lock.acquire():
            return _fail(already_open_message(data_dir, lock.holder())
                         + "\nClose IEP Desk there, then run the restore again. Nothing was changed.")
    except DataFileError as error:
        return _fail(str(error))
    try:
        result = restore_backup(source, data_dir, key=key, current_key=current_key)
    except DataFileError as error:
        return _fail(str(error))
    finally:
        lock.release()
    if result.previous_saved_as:
        print(f"The caseload as it was is kept in {result.previous_saved_as} (it stays until you "
              "remove it; `iep-desk restore` that file to go back).")
    if result.damaged_kept_as:
        print(f"The damaged caseload file was kept, unchanged, as {result.damaged_kept_as}.")
    print(f"Restored the caseload from {source} ({describe(result.restored)}).")
    protection = _PROTECTION_WORDS.get(result.protection)
    if protection:
        print(protection)
    return 0


def _list_backups(data_dir: Path) -> int:
    """The backups, as the restore dialog lists them: kept copies first, then newest first."""
    if not data_dir.is_dir():
        return _fail(f"There is no folder {data_dir}, so there are no backups in it. Check the "
                     "folder's name (--data-dir, or IEP_DESK_DATA_DIR).")
    in_the_way = file_in_the_way(config.backup_dir(data_dir))
    if in_the_way is not None:
        return _fail(f"{in_the_way} is not a folder but a file, so it holds no backups. "
                     "IEP Desk keeps its backups in a folder of that name: rename or move the "
                     "file (IEP Desk did not change it).")
    backups = restore_choices(data_dir)
    if not backups:
        print(f"There are no backups in {config.backup_dir(data_dir)} yet.")
        return 0
    for backup in backups:
        summary = describe_backup(backup.path)
        if is_protected(backup.path):
            holds = "protected with a passphrase (restore it with its passphrase)"
        elif summary.usable:
            holds = describe(summary)
        else:
            holds = f"cannot be restored: {summary.problem}"
        kind = f" [{_KEPT_WORDS[backup.kind]}]" if backup.kind in _KEPT_WORDS else ""
        print(f"{backup.path}{kind}\n    {holds}")
    return 0


def run_check(args) -> int:
    data_dir = _data_dir(args)
    data_file = config.data_file(data_dir)
    if not data_file.is_file():
        return _fail(f"There is no caseload file at {data_file}. Nothing was created.")
    problem = empty_file_problem(data_dir)
    key = None
    if problem is None and data_file.stat().st_size == 0:
        problem = NoCaseloadHere(f"The caseload file {data_file} is empty (0 bytes).")
    if problem is None:
        try:
            key = _key(args, data_dir)
        except (DataFileError, ProblemError) as error:
            return _fail(f"Problem: {error}")
    report = inspect_file(data_file, thorough=True, key=key) if problem is None else None
    if report is not None:
        problem = report.problem
    if problem is not None or report is None:
        return _fail(f"Problem: {problem}")
    version = f"data version {report.schema_version}"
    if report.needs_upgrade:
        version += (f" (this copy of IEP Desk uses {schema.SCHEMA_VERSION}; the file is updated "
                    "the next time IEP Desk opens it, after a copy is put in the backups folder)")
    protected = ", protected with a passphrase (every page checked)" if key else ""
    print(f"The caseload file {data_file} is in good order{protected}: integrity check ok, "
          f"every table in place, {version}.")
    return 0
