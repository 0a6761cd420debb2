"""Backups of the caseload: taking them, keeping the right ones, restoring one.

Backups are made with SQLite's online backup API, so a consistent copy can be
taken while the app is open. They live in `backups/` beside the caseload, one
self-contained file each, written owner-only from their first byte under a
temporary name, checked with `PRAGMA integrity_check`, and only then given their
name; no older backup is pruned before a new one has passed that check.

Names say when and in what order: `caseload-2026-11-23T0915-n42.sqlite` was taken on
23 November 2026 at 09:15, and is backup number 42 in this folder. The number, one
more than the highest in the folder, is what orders backups: a clock that goes back
(daylight saving, a new time zone, a laptop whose clock was reset) or two backups in
one minute can never make a new backup look older than the ones before it.

Two kinds of copies are kept outside the daily/weekly/monthly rotation until the
teacher removes them: the caseload as it was before a restore
(`before-restore-….sqlite`) and before an update of its layout
(`before-upgrade-from-v1-….sqlite`).

A protected caseload's backups are encrypted with the same key (storage.protected_backup:
SQLCipher copies the encrypted pages), each with a copy of the key file beside it
(`caseload-…-n42.key`), pruned with it; they are described and restored with the key the
passphrase unwraps from that copy.

Restoring keeps the caseload's protection: protection belongs to the caseload on this
computer, not to what a backup holds. A plain backup restored over a protected caseload is
encrypted with the caseload's key as it is copied in (no plain copy ever sits in the
caseload's place or beside it) and the key file stays, so the caseload opens with the same
passphrase; a protected backup restored over a plain caseload makes it protected, with the
backup's key copy as its key file (it opens with the backup's passphrase). RestoreResult's
`protection` says which happened, for the message.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from iep_desk import config
from iep_desk.storage import files, keys, protection
from iep_desk.storage.database import (
    connect_read_only,
    connect_reading,
    inspect_file,
    key_for,
)
from iep_desk.storage.errors import (
    SQLITE_CANTOPEN,
    SQLITE_READONLY,
    DataFileError,
    NewerDataFile,
    NotACaseloadFile,
    database_errors,
    disk_problem,
    sqlite_code,
)
from iep_desk.storage.protected_backup import copy_protected
from iep_desk.storage.protected_file import is_protected, key_of

# How many of each kind of backup the rotation keeps.
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# The app backs up on opening when the newest backup is older than this.
BACKUP_ON_OPEN_AFTER = timedelta(days=1)

# What a file in the backups folder is.
SCHEDULED = "scheduled"  # made on opening, on closing, by Back up now or `iep-desk backup`
BEFORE_RESTORE = "before_restore"  # the caseload as it was before a restore replaced it
BEFORE_UPGRADE = "before_upgrade"  # the caseload as it was before a newer IEP Desk updated it
OTHER = "other"  # a file someone else put there: listed, never pruned, never removed by us
KEPT_KINDS = (BEFORE_RESTORE, BEFORE_UPGRADE)

# What protection a restored caseload has (RestoreResult.protection).
RESTORED_PLAIN = "plain"  # neither the caseload nor the backup was protected
KEPT_PROTECTED = "kept_protected"  # protected before and after: same key file, same passphrase
PROTECTED_BY_BACKUP = "protected_by_backup"  # now protected with the backup's key and passphrase

_STAMP = "%Y-%m-%dT%H%M"
_NAME = re.compile(
    r"^(?P<kind>caseload|before-restore|before-upgrade-from-v(?P<version>\d+))-"
    r"(?P<stamp>\d{4}-\d{2}-\d{2}T\d{4}|\d{8}-\d{6})"
    # "-2": a second backup in one minute (names before numbering); "-n42": backup number 42.
    r"(?:-(?P<same_minute>\d+))?(?:-n(?P<number>\d+))?\.sqlite$", re.ASCII)


class BackupFailed(DataFileError):
    """A backup could not be made or did not verify; older backups were left alone."""


class RestoreFailed(DataFileError):
    """A backup could not be restored; the caseload was not replaced."""


@dataclass(frozen=True, slots=True)
class Backup:
    """One file in the backups folder."""

    path: Path
    taken_at: datetime  # as its name says (the computer's clock then), for showing
    kind: str = SCHEDULED
    number: int = 0  # its place in the order backups were made; 0: made before numbering
    same_minute: int = 1  # the 2 in caseload-2026-11-23T0915-2.sqlite (names before numbering)

    @property
    def rotating(self) -> bool:
        """Made on a schedule or on request, so the rotation may prune it."""
        return self.kind == SCHEDULED

    @property
    def kept(self) -> bool:
        """A copy made before a restore or an update: kept until the teacher removes it."""
        return self.kind in KEPT_KINDS

    @property
    def order(self) -> tuple[int, datetime, int]:
        """Sorts backups oldest first: by number, then (names before numbering) by time."""
        return self.number, self.taken_at, self.same_minute


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup (or any caseload file) holds, shown before it replaces anything."""

    path: Path
    taken_at: datetime
    students: int
    archived_students: int
    meetings: int
    schema_version: int
    problem: str | None  # why it cannot be restored; None when it can
    kind: str = OTHER

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def kept(self) -> bool:
        return self.kind in KEPT_KINDS


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupSummary
    previous_saved_as: Path | None  # the copy of the caseload that was replaced
    damaged_kept_as: Path | None  # where a damaged caseload was put aside
    protection: str = RESTORED_PLAIN  # RESTORED_PLAIN, KEPT_PROTECTED or PROTECTED_BY_BACKUP


def _parse_stamp(stamp: str) -> datetime:
    """"2026-11-23T0915" (or "20261123-091500", the upgrade copies' former stamp) as a time,
    read without strptime (its locale machinery costs start-up time)."""
    if "T" in stamp:
        day, minutes = datetime.fromisoformat(stamp[:10]), stamp[11:]
        return day.replace(hour=int(minutes[:2]), minute=int(minutes[2:]))
    return datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]),
                    int(stamp[9:11]), int(stamp[11:13]), int(stamp[13:15]))


def read_backup_name(path: Path) -> Backup:
    """What a backup's file name says (a name not ours: its file date, kind OTHER)."""
    match = _NAME.match(path.name)
    if match:
        try:
            taken_at = _parse_stamp(match["stamp"])
        except ValueError:
            pass  # a name like caseload-2026-13-45T9999.sqlite: not one of ours, kept as is
        else:
            kind = {"caseload": SCHEDULED, "before-restore": BEFORE_RESTORE}.get(
                match["kind"], BEFORE_UPGRADE)
            return Backup(path, taken_at, kind, int(match["number"] or 0),
                          int(match["same_minute"] or 1))
    return Backup(path, datetime.fromtimestamp(path.stat().st_mtime), OTHER)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every file in the backups folder, newest first (the order they were made in)."""
    folder = config.backup_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        try:
            found.append(read_backup_name(path))
        except OSError:
            continue  # removed while we looked
    return sorted(found, key=lambda b: b.order, reverse=True)


def restore_choices(data_dir: Path) -> list[Backup]:
    """The backups as the teacher chooses among them: the copies kept from before a restore
    or an update first (the way back from a mistaken restore), then the others, each
    group newest first."""
    backups = list_backups(data_dir)
    return [b for b in backups if b.kept] + [b for b in backups if not b.kept]


def _next_number(folder: Path) -> int:
    numbers = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["number"]:
            numbers.append(int(match["number"]))
    return max(numbers, default=0) + 1


def _new_name(folder: Path, prefix: str, when: datetime) -> Path:
    """A name for a backup finished now: its time, and the next number in the folder."""
    number = _next_number(folder)
    while True:
        target = folder / f"{prefix}-{when.strftime(_STAMP)}-n{number}.sqlite"
        if not target.exists():
            return target
        number += 1


# -- making a verified copy ---------------------------------------------------------------

def _counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Active students, archived students and meetings in a caseload file."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    students = conn.execute("SELECT count(*) FROM students WHERE archived_at IS NULL").fetchone()[0]
    archived = conn.execute(
        "SELECT count(*) FROM students WHERE archived_at IS NOT NULL").fetchone()[0]
    meetings = 0
    if "meetings" in tables:  # backups made before the planner existed have none
        meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    return students, archived, meetings


_KEPT_OLDER = " Older backups were kept."


def _read_problem(error: Exception, source_name: str) -> BackupFailed:
    """The file being copied could not be read: say so, never that the destination is at fault."""
    disk = disk_problem(error, Path(source_name), writing=False)
    text = disk.message if disk is not None else (
        f"The file {source_name} could not be read, so no copy was made.")
    return BackupFailed(text + _KEPT_OLDER, technical=str(error))


def file_in_the_way(folder: Path) -> Path | None:
    """The file (not a folder) standing where `folder` or a folder above it should be, or
    None: a file named "backups" where the backups folder belongs cannot be written into."""
    for place in (Path(folder), *Path(folder).parents):
        if place.exists():
            return None if place.is_dir() else place
    return None


def _older_backups_in(folder: Path) -> bool:
    """True when `folder` holds backups that a failed copy left as they were."""
    try:
        return folder.is_dir() and any(_NAME.match(path.name) for path in folder.glob("*.sqlite"))
    except OSError:
        return False


def _write_problem(error: Exception, folder: Path) -> BackupFailed:
    """The copy could not be written in `folder`: say what about that place is wrong (and
    that older backups were kept only when there are some)."""
    in_the_way = file_in_the_way(folder)
    if in_the_way is not None:
        return BackupFailed(
            f"The copy could not be written: a file named {in_the_way.name} is in the way at "
            f"{in_the_way}, where IEP Desk needs a folder. Rename or move that file (it was "
            "not changed), then back up again.",
            technical=str(error))
    kept = _KEPT_OLDER if _older_backups_in(folder) else ""
    disk = disk_problem(error, folder, writing=True)
    if disk is not None and "full" in disk.message:
        text = f"The copy could not be written: the disk that holds {folder} is full."
    elif disk is not None:
        text = (f"The copy could not be written to {folder}: the drive may have been unplugged "
                "or may be failing.")
    elif sqlite_code(error) in (SQLITE_READONLY, SQLITE_CANTOPEN) or isinstance(
            error, PermissionError):
        text = (f"The copy could not be written to {folder}: that folder is read-only or you "
                "do not have permission to write there.")
    else:
        text = f"The copy could not be written to {folder}."
    return BackupFailed(text + kept, technical=str(error))


def _copy_into(source: sqlite3.Connection, partial: Path,
               source_name: str) -> tuple[int, int, int, int]:
    """Copy `source` into the empty owner-only file `partial` and check the copy; return
    what it holds (students, archived students, meetings, data version), read back from
    the copy. A protected caseload's copy is encrypted with its key. Raises BackupFailed."""
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() as error:
        raise _read_problem(error, source_name) from error
    key = key_of(source)
    copy = None
    try:
        if key is None:
            copy = sqlite3.connect(str(partial), isolation_level=None)
            source.backup(copy)
            # A backup is one self-contained file, easy to copy to a USB drive.
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = [row[0] for row in copy.execute("PRAGMA integrity_check(20)")]
        else:
            verdict = copy_protected(source, partial, key)
            if verdict == ["ok"]:
                copy = connect_reading(partial, key, leave_no_trace=True)
        try:
            counts = (0, 0, 0, 0)
            if verdict == ["ok"]:
                assert copy is not None  # opened above when the copy checked out
                version = copy.execute("PRAGMA user_version").fetchone()[0]
                counts = (*_counts(copy), version)
        finally:
            if copy is not None:
                copy.close()
    except database_errors() + (OSError,) as error:
        if copy is not None:
            copy.close()
        raise _write_problem(error, partial.parent) from error
    except DataFileError as error:  # the protected copy could not be read back
        raise BackupFailed(error.message + _KEPT_OLDER, technical=error.technical) from error
    if verdict != ["ok"]:
        raise BackupFailed(
            "The backup was made but did not pass its check, so it was not kept and no older "
            "backup was removed. The caseload file itself may be damaged: run "
            "`iep-desk check`, and keep your older backups safe.",
            technical="SQLite reports: " + "; ".join(verdict[:3]))
    return counts


def _source_name(source: sqlite3.Connection) -> str:
    try:
        row = source.execute("PRAGMA database_list").fetchone()
        return row[2] or "(in memory)"
    except database_errors():
        return "(the caseload)"


def _encrypt_into(source: Path, partial: Path, key: bytes) -> tuple[int, int, int, int]:
    """Copy the plain caseload file `source` into the empty owner-only file `partial`,
    encrypted with `key` (storage.protection.convert: SQLCipher's export writes only
    encrypted pages, so no plain copy is ever written), checked row by row against
    `source`; return what the copy holds, read back from it. Raises BackupFailed."""
    try:
        protection.convert(source, None, partial, key)
        copy = connect_reading(partial, key, leave_no_trace=True)
        try:
            version = copy.execute("PRAGMA user_version").fetchone()[0]
            return (*_counts(copy), version)
        finally:
            copy.close()
    except protection.ConversionFailed as error:
        raise BackupFailed(
            "The backup could not be copied in encrypted with your caseload's key: the copy "
            "did not match the backup." + _KEPT_OLDER,
            technical=error.technical or error.message) from error
    except DataFileError as error:  # the disk, or the copy could not be read back
        raise BackupFailed(error.message + _KEPT_OLDER, technical=error.technical) from error
    except database_errors() + (OSError,) as error:
        raise _write_problem(error, partial.parent) from error
    finally:
        for suffix in ("-journal", "-wal", "-shm"):  # what SQLite may leave beside the copy
            Path(str(partial) + suffix).unlink(missing_ok=True)


@contextmanager
def _checked_copy(beside: Path, fill: Callable[[Path], tuple[int, int, int, int]]
                  ) -> Iterator[tuple[Path, tuple[int, int, int, int]]]:
    """A new owner-only temporary file next to `beside` (named files.PARTIAL_PREFIX…, so a
    kill leaves nothing that is not recognised and removed), filled and checked by `fill`
    (which returns what the copy holds); the block moves it into place, else it is removed."""
    with ExitStack() as stack:
        try:
            partial = stack.enter_context(files.partial_file(beside))
        except OSError as error:
            raise _write_problem(error, files.real_target(beside).parent) from error
        counts = fill(partial)
        yield partial, counts
    partial.unlink(missing_ok=True)  # (already moved into place, unless the block forgot)


def _verified_copy(source: sqlite3.Connection, beside: Path):
    """A checked copy of the open caseload `source` (see _checked_copy)."""
    return _checked_copy(beside, lambda partial: _copy_into(source, partial,
                                                            _source_name(source)))


def _backup_folder(data_dir: Path) -> Path:
    folder = config.backup_dir(Path(data_dir))
    try:
        return config.ensure_private_dir(folder)
    except OSError as error:
        raise _write_problem(error, folder) from error


def _place(partial: Path, folder: Path, name_for: Callable[[], Path],
           key_file: bytes | None = None) -> Path:
    """Move the checked copy to its name; a protected one's key copy goes beside it first,
    so a backup never stands without the key file that opens it."""
    try:
        target = name_for()
        if key_file is not None:
            keys.write_key_file(keys.key_file_for(target), key_file)
        os.replace(partial, target)
    except OSError as error:
        raise _write_problem(error, folder) from error
    return target


def _key_file_of(source, data_dir: Path) -> bytes | None:
    """The caseload's key file (to copy beside a backup) when `source` is a protected
    caseload's connection, else None. Raises BackupFailed when it cannot be read."""
    if key_of(source) is None:
        return None
    path = keys.key_file_for(config.data_file(Path(data_dir)))
    try:
        return keys.read_key_file(path)
    except (OSError, DataFileError) as error:
        raise BackupFailed(
            f"The key file {path} could not be read, so no backup was made (a protected "
            "backup needs a copy of it beside it)." + _KEPT_OLDER,
            technical=str(error)) from error


def make_backup(source: sqlite3.Connection, data_dir: Path, *, target: Path | None = None,
                now: datetime | None = None, prune: bool = True) -> BackupSummary:
    """Back up the open caseload `source`; return what the backup holds, read back from the
    checked copy.

    Without `target` the backup goes into the backups folder under the next number and,
    once checked, the rotation prunes older backups (unless prune=False), never the one
    just made. With `target` (`iep-desk backup -o FILE`) that file is written (replaced if
    it exists, a symbolic link kept) and nothing is pruned. `now` is the clock (tests
    set it). Raises BackupFailed, having pruned nothing.
    """
    now = now or datetime.now()
    key_file = _key_file_of(source, data_dir)
    if target is not None:
        target = Path(target)
        try:
            config.ensure_private_dir(target.parent)
        except OSError as error:
            raise _write_problem(error, target.parent) from error
        with _verified_copy(source, target) as (partial, counts):
            _place(partial, target.parent, lambda: files.real_target(target), key_file)
        return _summary(target, now, counts, OTHER)
    folder = _backup_folder(data_dir)
    with _verified_copy(source, folder / "caseload.sqlite") as (partial, counts):
        path = _place(partial, folder, lambda: _new_name(folder, "caseload", now), key_file)
    if prune:
        prune_backups(data_dir, keep=path)
    return _summary(path, now, counts, SCHEDULED)


def make_kept_copy(source: sqlite3.Connection, data_dir: Path, kind: str, *,
                   from_version: int | None = None, now: datetime | None = None) -> BackupSummary:
    """Copy the caseload aside before a restore (kind BEFORE_RESTORE) or an update of its
    layout (BEFORE_UPGRADE, from data version `from_version`): checked like a backup, kept
    outside the rotation until the teacher removes it. Raises BackupFailed."""
    now = now or datetime.now()
    prefix = "before-restore" if kind == BEFORE_RESTORE else f"before-upgrade-from-v{from_version}"
    key_file = _key_file_of(source, data_dir)
    folder = _backup_folder(data_dir)
    with _verified_copy(source, folder / "caseload.sqlite") as (partial, counts):
        path = _place(partial, folder, lambda: _new_name(folder, prefix, now), key_file)
    return _summary(path, now, counts, kind)


def _summary(path: Path, now: datetime, counts: tuple[int, int, int, int],
             kind: str) -> BackupSummary:
    students, archived, meetings, version = counts
    return BackupSummary(path, now.replace(second=0, microsecond=0), students, archived,
                         meetings, version, None, kind)


def backup_file(data_file: Path, data_dir: Path, *, target: Path | None = None,
                now: datetime | None = None, prune: bool = True,
                key: bytes | None = None) -> BackupSummary:
    """Back up a caseload file that is not open here (the command line); it may be on a
    read-only drive. A protected one is read with `key`."""
    try:
        key = key_for(data_file, key)
        conn = connect_read_only(data_file) if key is None else connect_reading(data_file, key)
    except database_errors() as error:
        raise _read_problem(error, str(data_file)) from error
    try:
        return make_backup(conn, data_dir, target=target, now=now, prune=prune)
    finally:
        conn.close()


def remove_kept_copy(data_dir: Path, path: Path) -> None:
    """Delete a copy kept from before a restore or an update, when the teacher asks.
    Only such copies, in this caseload's backups folder, can be removed this way."""
    path = Path(path)
    folder = config.backup_dir(Path(data_dir))
    if path.parent.resolve() != folder.resolve() or not read_backup_name(path).kept:
        raise BackupFailed(f"{path} is not a copy kept from before a restore or an update, "
                           "so IEP Desk does not remove it.")
    try:
        path.unlink()
        keys.key_file_for(path).unlink(missing_ok=True)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise BackupFailed(f"The copy {path} could not be removed.",
                           technical=str(error)) from error


# -- the rotation --------------------------------------------------------------------------

def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """The rotation: the newest backup of each of the last 7 days, 4 weeks and 12 months
    that have backups. Each rule counts on its own; a backup kept by any is kept.

    "Newest" is the order backups were made in (their numbers), so the backup made last
    is always kept, even when the clock went back and its date is earlier than others'."""
    rotating = sorted((b for b in backups if b.rotating), key=lambda b: b.order, reverse=True)
    keep: set[Path] = set()
    rules = (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    )
    for count, period_of in rules:
        seen: list[object] = []
        for backup in rotating:  # newest first, so the first of each period is its newest
            period = period_of(backup.taken_at)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def prune_backups(data_dir: Path, *, keep: Path | None = None) -> list[Path]:
    """Delete the rotating backups the rotation does not keep (never `keep`, the backup just
    made, and never a copy kept from before a restore or an update); return what was deleted."""
    backups = list_backups(data_dir)
    kept = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if not backup.rotating or backup.path in kept or backup.path == keep:
            continue
        try:
            backup.path.unlink()
            keys.key_file_for(backup.path).unlink(missing_ok=True)  # its key copy, if protected
            removed.append(backup.path)
        except OSError:
            pass  # a backup that cannot be deleted now is pruned next time
    return removed


def _newest_scheduled(data_dir: Path) -> Backup | None:
    return next((b for b in list_backups(data_dir) if b.rotating), None)


def backup_is_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when the last backup made is more than a day old, or dated after `now` (the
    clock went back: how old it really is cannot be told, so one is made)."""
    now = now or datetime.now()
    newest = _newest_scheduled(data_dir)
    return (newest is None or newest.taken_at > now
            or now - newest.taken_at > BACKUP_ON_OPEN_AFTER)


def newest_backup_is_current(source: sqlite3.Connection, data_dir: Path) -> bool:
    """True when the newest backup already holds everything the open caseload holds, so a
    backup on closing would be the same again: nothing was written through `source` since
    it was opened (a migration counts as a write), nothing waits in the write-ahead log,
    and that backup was finished after the file last changed on disk (by a clock that has
    not gone back since)."""
    if source.total_changes:
        return False
    data_file = config.data_file(Path(data_dir))
    try:
        wal = Path(str(data_file) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False  # e.g. edits of a copy that crashed, not yet written into the file
        changed = data_file.stat().st_mtime_ns
        newest = _newest_scheduled(data_dir)
        if newest is None:
            return False
        finished = newest.path.stat().st_mtime_ns
        return changed < finished <= time.time_ns()
    except OSError:
        return False  # when in doubt, back up


def back_up_on_closing(source, data_dir: Path) -> BackupSummary | None:
    """The backup made when the app closes; None when the newest one is already current.

    The write-ahead log is folded into the file first: closing the connection would do it
    anyway, and doing it before the backup leaves the file unchanged after the backup, so
    the next time nothing is edited, no identical backup is made."""
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except database_errors():
        pass  # the backup reads through the connection, the log included
    if newest_backup_is_current(source, data_dir):
        return None
    return make_backup(source, data_dir)


def describe_backup(path: Path, *, key: bytes | None = None) -> BackupSummary:
    """What a backup holds, read without changing it, and whether it can be restored. A
    protected backup is read with `key` (without it, its problem is NeedsPassphrase)."""
    path = Path(path)
    if path.is_file():
        named = read_backup_name(path)
        taken_at, kind = named.taken_at, named.kind
    else:
        taken_at, kind = datetime.now(), OTHER
    report = inspect_file(path, thorough=True, key=key)
    counts = (0, 0, 0)
    problem = report.problem.message if report.problem else None
    if problem is None:
        try:
            conn = connect_reading(path, key_for(path, key), leave_no_trace=True)
            try:
                counts = _counts(conn)
            finally:
                conn.close()
        except database_errors():
            # An empty file passes SQLite's check (it is an empty database) but holds nothing.
            problem = (f"The file {path} is empty or holds no IEP Desk caseload. IEP Desk did "
                       "not change it. Choose another file.")
    return BackupSummary(path, taken_at, *counts, report.schema_version, problem, kind)


def newest_good_backup(data_dir: Path, *, key: bytes | None = None) -> BackupSummary | None:
    """The newest scheduled backup that passes its check (a protected one read with `key`),
    or None when there is none."""
    for backup in list_backups(data_dir):
        if not backup.rotating:
            continue
        summary = describe_backup(backup.path, key=key)
        if summary.usable:
            return summary
    return None


# -- restoring -------------------------------------------------------------------------------

def _journal_files(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal")
            if Path(str(path) + suffix).exists()]


class _Moves:
    """File moves that can all be undone, so a restore that fails half-way puts every file
    back where it was."""

    def __init__(self):
        self.done: list[tuple[Path, Path]] = []

    def move(self, source: Path, target: Path) -> None:
        os.replace(source, target)
        self.done.append((source, target))

    def undo(self) -> None:
        for source, target in reversed(self.done):
            try:
                os.replace(target, source)
            except OSError:
                pass  # nothing more can be done; the file is still at `target`
        self.done.clear()


def set_aside_damaged(data_dir: Path, now: datetime | None = None,
                      moves: _Moves | None = None) -> Path:
    """Move a damaged caseload file (its journal files, and its key file when protected) to
    a new name beside it, byte for byte as it was, e.g.
    caseload.damaged-2026-11-23T0915.sqlite (and .key)."""
    now = now or datetime.now()
    moves = moves or _Moves()
    data_file = config.data_file(Path(data_dir))
    stem = f"caseload.damaged-{now.strftime(_STAMP)}"
    target = data_file.with_name(f"{stem}.sqlite")
    number = 2
    while target.exists():
        target = data_file.with_name(f"{stem}-{number}.sqlite")
        number += 1
    # The write-ahead log and its index go first, so a crash half-way never pairs
    # a new caseload with the damaged one's log.
    for extra in _journal_files(data_file):
        moves.move(extra, Path(str(target) + extra.name[len(data_file.name):]))
    moves.move(data_file, target)
    if keys.key_file_for(data_file).is_file():  # a protected caseload keeps what opens it
        moves.move(keys.key_file_for(data_file), keys.key_file_for(target))
    return target


def _cannot_restore(reason: str, error: BaseException | None = None) -> RestoreFailed:
    return RestoreFailed(f"{reason} Your caseload was not replaced.",
                         technical=str(error) if error is not None else None)


def restore_backup(source: Path, data_dir: Path, *, now: datetime | None = None,
                   key: bytes | None = None, current_key: bytes | None = None) -> RestoreResult:
    """Replace the caseload in `data_dir` with the backup `source`.

    In this order, so that a failure at any step leaves every file as it was (the
    caseload byte for byte, with its permissions): the backup is checked; it is copied
    into a new owner-only file beside the caseload and that copy is checked; the caseload
    as it is now is copied into the backups folder, kept outside the rotation; only then
    is the new file moved into the caseload's place (a damaged caseload is first moved
    aside under a new name, never changed). A caseload saved by a newer IEP Desk, or one
    that cannot be read because of the disk, is never replaced.

    Nothing may have the caseload open (the caller holds the CaseloadLock and has closed
    its own connection). Raises RestoreFailed (also when the current caseload could not be
    copied first); nothing was replaced then.

    Protection stays with the caseload (RestoreResult.protection says what happened): a
    protected caseload is read with `current_key` (by default `key`: the key stays while
    protection stays on), and its copy kept aside gets a copy of its key file. A plain
    backup restored over it is encrypted with that key as it is copied in, and its key
    file stays (KEPT_PROTECTED; also for a protected backup of the same key, whose key copy
    may carry an older passphrase). A protected backup is read with `key` (unwrapped from
    the key copy beside it); restored over a plain caseload, or one protected with another
    key, its key copy becomes the caseload's key file (PROTECTED_BY_BACKUP).
    """
    data_dir = Path(data_dir)
    source = Path(source)
    current_key = key if current_key is None else current_key
    summary = describe_backup(source, key=key)
    if not summary.usable:
        raise _cannot_restore(f"This backup cannot be restored. {summary.problem}")
    data_file = config.data_file(data_dir)
    current = None
    if data_file.is_file() and data_file.stat().st_size > 0:
        current = inspect_file(data_file, key=current_key)
        if isinstance(current.problem, NewerDataFile):
            raise _cannot_restore(
                f"Your caseload {data_file} was saved by a newer version of IEP Desk, so this "
                "copy does not replace it. Update IEP Desk first.")
        if current.problem is not None and not isinstance(current.problem, NotACaseloadFile):
            raise _cannot_restore(current.problem.message)  # the disk, not the file
    caseload_key_file = _protected_caseloads_key_file(data_file, current_key)
    try:
        config.ensure_private_dir(data_dir)
    except OSError as error:
        raise _cannot_restore(f"The folder {data_dir} cannot be created.", error) from error
    reading = None
    try:
        source_key = key_for(source, key)
        if source_key is None and caseload_key_file is not None:
            # A plain backup over a protected caseload: encrypted with the caseload's key
            # as it is copied in; nothing plain is opened or written here.
            assert current_key is not None  # _protected_caseloads_key_file checked it
            encrypt_with, protected_as = current_key, KEPT_PROTECTED
            new_key_file = caseload_key_file
        elif source_key is None:
            encrypt_with, protected_as, new_key_file = None, RESTORED_PLAIN, None
            reading = connect_reading(source, None)
        else:
            backup_key_file = keys.read_key_file(keys.key_file_for(source))
            same_key = (caseload_key_file is not None
                        and keys.key_id_of(caseload_key_file) == keys.key_id(source_key))
            encrypt_with = None
            protected_as = KEPT_PROTECTED if same_key else PROTECTED_BY_BACKUP
            new_key_file = caseload_key_file if same_key else backup_key_file
            reading = connect_reading(source, source_key)
    except database_errors() + (OSError, DataFileError,) as error:
        raise _cannot_restore(f"The backup {source} cannot be read.", error) from error
    if encrypt_with is not None:
        copying = _checked_copy(data_file,
                                lambda partial: _encrypt_into(source, partial, encrypt_with))
    else:
        assert reading is not None  # opened above for every copy but the encrypted one
        copying = _verified_copy(reading, data_file)
    step = "copying the backup in"
    try:
        with copying as (partial, _counts):
            if reading is not None:
                reading.close()
            step = "keeping the caseload as it is"
            previous = _keep_current(data_file, data_dir, current, now, current_key)
            step = "putting the backup in place"
            damaged = _swap_in(partial, data_file, data_dir, current, now, previous,
                               new_key_file)
    except BackupFailed as error:
        if step == "copying the backup in":
            raise _cannot_restore(error.message.removesuffix(_KEPT_OLDER),
                                  error.__cause__ or error) from error
        raise _cannot_restore(
            "Your caseload as it is now could not be copied aside first, so it was not "
            "replaced. " + error.message.removesuffix(_KEPT_OLDER),
            error.__cause__ or error) from error
    finally:
        if reading is not None:
            reading.close()
    return RestoreResult(summary, previous.path if previous else None, damaged, protected_as)


def _protected_caseloads_key_file(data_file: Path, key: bytes | None) -> bytes | None:
    """The key file of the caseload about to be replaced, when it is protected (None when
    it is plain, or there is none), checked to name `key`, the key it was read with: the
    restored caseload is protected with them. Raises RestoreFailed when they cannot be had
    (the restore would otherwise leave the caseload unprotected)."""
    if not is_protected(data_file):
        return None
    path = keys.key_file_for(data_file)
    try:
        content = keys.read_key_file(path)
        names_key = key is not None and keys.key_id_of(content) == keys.key_id(key)
    except (OSError, DataFileError) as error:
        raise _cannot_restore(
            f"The key file {path} of your protected caseload could not be read, so the "
            "restored caseload could not be protected with it.", error) from error
    if not names_key:
        raise _cannot_restore(
            "Your caseload is protected with a passphrase, and stays protected after a "
            "restore: IEP Desk needs its passphrase to restore a backup over it.")
    return content


def _keep_current(data_file: Path, data_dir: Path, current, now,
                  key: bytes | None = None) -> BackupSummary | None:
    """Copy the caseload as it is now (when it is in good order) aside, kept until removed."""
    if current is None or current.problem is not None:
        return None
    # Nothing else may write the file now (the caller holds the lock): read without leaving
    # the -wal and -shm files a reading connection makes, so a failure leaves no trace.
    conn = connect_reading(data_file, key_for(data_file, key), leave_no_trace=True)
    try:
        return make_kept_copy(conn, data_dir, BEFORE_RESTORE, now=now)
    finally:
        conn.close()


def _swap_in(partial: Path, data_file: Path, data_dir: Path, current, now,
             previous: BackupSummary | None, new_key_file: bytes | None = None) -> Path | None:
    """Move the restored file into the caseload's place (with `new_key_file` as its key
    file, when it is protected); return where a damaged caseload was put. On failure every
    move is undone, the key file is as it was and the copy made before is removed."""
    moves = _Moves()
    damaged = None
    key_path = keys.key_file_for(data_file)
    key_file_before: bytes | None = None
    wrote_key_file = False
    try:
        if current is not None and current.problem is not None:
            damaged = set_aside_damaged(data_dir, now, moves)
        else:
            # A log left by a copy that crashed belongs to the file being replaced (its edits
            # are in the copy just made): it must never be read into the restored file.
            for extra in _journal_files(data_file):
                moves.move(extra, extra.with_name(files.PARTIAL_PREFIX + extra.name))
        if new_key_file is not None:
            key_file_before = key_path.read_bytes() if key_path.is_file() else None
            if key_file_before != new_key_file:
                keys.write_key_file(key_path, new_key_file)
                wrote_key_file = True
        os.replace(partial, data_file)
    except OSError as error:
        if wrote_key_file:
            _put_back_key_file(key_path, key_file_before)
        moves.undo()
        if previous is not None:
            previous.path.unlink(missing_ok=True)
            keys.key_file_for(previous.path).unlink(missing_ok=True)
        raise _cannot_restore(f"The backup could not be put in place in {data_dir}.",
                              error) from error
    for moved_from, moved_to in moves.done:
        if moved_to.name.startswith(files.PARTIAL_PREFIX):
            moved_to.unlink(missing_ok=True)
    return damaged


def _put_back_key_file(key_path: Path, content: bytes | None) -> None:
    """The key file as it was before a restore that failed (None: there was none)."""
    try:
        if content is None:
            key_path.unlink(missing_ok=True)
        else:
            keys.write_key_file(key_path, content)
    except OSError:
        pass  # nothing more can be done
