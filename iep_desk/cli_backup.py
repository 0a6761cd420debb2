"""`iep-desk backup`, `iep-desk restore FILE` and `iep-desk check`.

None of them reads standard input: restore asks nothing, because it always
backs up the current caseload first and says where.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iep_desk import config
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import (
    BackupSummary,
    backup_file,
    describe_backup,
    restore_backup,
)
from iep_desk.storage.database import inspect_file
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.lock import CaseloadLock, already_open_message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[common],
        help="back up the caseload now (into the backups folder, or to -o FILE)")
    backup.add_argument("-o", "--output", metavar="FILE",
                        help="write the backup to FILE instead of the backups folder")
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", parents=[common],
        help="replace the caseload with a backup (the current caseload is backed up first)")
    restore.add_argument("file", metavar="FILE", help="the backup file to restore")
    restore.set_defaults(handler=run_restore)

    check = subparsers.add_parser(
        "check", parents=[common],
        help="check the caseload file's integrity and data version (exit 1 when there is a problem)")
    check.set_defaults(handler=run_check)


def _data_dir(args) -> Path:
    return config.resolve_data_dir(getattr(args, "data_dir", None))


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return 1


def describe(summary: BackupSummary) -> str:
    """One line saying what a backup holds, e.g. for the restore confirmation."""
    archived = f" (and {summary.archived_students} archived)" if summary.archived_students else ""
    return (f"taken {summary.taken_at:%Y-%m-%d %H:%M}: {_count(summary.students, 'student')}"
            f"{archived}, {_count(summary.meetings, 'meeting')}")


def _count(number: int, thing: str) -> str:
    return f"{number} {thing}" + ("" if number == 1 else "s")


def run_backup(args) -> int:
    data_dir = _data_dir(args)
    data_file = config.data_file(data_dir)
    if not data_file.exists():
        return _fail(f"There is no caseload in {data_dir} yet, so there is nothing to back up.")
    report = inspect_file(data_file)
    if report.problem is not None:
        return _fail(f"{report.problem}\nNo backup was made (a backup of a damaged file would "
                     "not help); your earlier backups were kept.")
    target = Path(args.output).expanduser() if args.output else None
    try:
        path = backup_file(data_file, data_dir, target=target)
    except DataFileError as error:
        return _fail(str(error))
    print(f"Backed up the caseload to {path} ({describe(describe_backup(path))}).")
    return 0


def run_restore(args) -> int:
    data_dir = _data_dir(args)
    source = Path(args.file).expanduser()
    if not source.is_file():
        return _fail(f"There is no backup file at {source}.")
    summary = describe_backup(source)
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
        result = restore_backup(source, data_dir)
    except DataFileError as error:
        return _fail(str(error))
    finally:
        lock.release()
    if result.previous_saved_as:
        print(f"The caseload as it was has been backed up to {result.previous_saved_as}.")
    if result.damaged_kept_as:
        print(f"The damaged caseload file was kept, unchanged, as {result.damaged_kept_as}.")
    print(f"Restored the caseload from {source} ({describe(result.restored)}).")
    return 0


def run_check(args) -> int:
    data_dir = _data_dir(args)
    data_file = config.data_file(data_dir)
    if not data_file.exists():
        return _fail(f"There is no caseload file at {data_file}.")
    if data_file.stat().st_size == 0:
        return _fail(f"Problem: the caseload file {data_file} is empty (0 bytes).")
    report = inspect_file(data_file, thorough=True)
    if report.problem is not None:
        return _fail(f"Problem: {report.problem}")
    version = f"data version {report.schema_version}"
    if report.needs_upgrade:
        version += (f" (this copy of IEP Desk uses {schema.SCHEMA_VERSION}; the file is updated "
                    "the next time IEP Desk opens it, after a copy is put in the backups folder)")
    print(f"The caseload file {data_file} is in good order: integrity check ok, {version}.")
    return 0
