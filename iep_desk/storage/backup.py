"""Backups of the caseload: taking them, keeping the right ones, restoring one.

Backups are made with SQLite's online backup API, so a consistent copy can be
taken while the app is open. They live in `backups/` beside the caseload, one
self-contained file each, named by the minute they were taken
(`caseload-2026-11-23T0915.sqlite`). Every new backup is checked with
`PRAGMA integrity_check` before it is kept and before any older one is pruned.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from iep_desk import config
from iep_desk.storage import migrations as schema
from iep_desk.storage.database import connect_read_only, inspect_file
from iep_desk.storage.errors import DataFileError

# How many of each kind of backup the rotation keeps.
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
# The app backs up on opening when the newest backup is older than this.
BACKUP_ON_OPEN_AFTER = timedelta(days=1)

_NAME = re.compile(r"^caseload-(\d{4}-\d{2}-\d{2}T\d{4})(?:-(\d+))?\.sqlite$", re.ASCII)
_STAMP = "%Y-%m-%dT%H%M"


class BackupFailed(DataFileError):
    """A backup could not be made or did not verify; older backups were left alone."""


class RestoreFailed(DataFileError):
    """A backup could not be restored; the caseload was not replaced."""


# Records are NamedTuples, not dataclasses: see core.availability.WeeklyWindow.
class Backup(NamedTuple):
    """One backup file in the backups folder."""

    path: Path
    taken_at: datetime
    rotating: bool  # made by the app on a schedule or on request, so the rotation may prune it
    sequence: int = 1  # the 2 in caseload-2026-11-23T0915-2.sqlite: a second backup that minute


class BackupSummary(NamedTuple):
    """What a backup (or any caseload file) holds, shown before it replaces anything."""

    path: Path
    taken_at: datetime
    students: int
    archived_students: int
    meetings: int
    schema_version: int
    problem: str | None  # why it cannot be restored; None when it can

    @property
    def usable(self) -> bool:
        return self.problem is None


class RestoreResult(NamedTuple):
    restored: BackupSummary
    previous_saved_as: Path | None  # the backup of the caseload that was replaced
    damaged_kept_as: Path | None  # where a damaged caseload was put aside


def backup_name(when: datetime) -> str:
    return f"caseload-{when.strftime(_STAMP)}.sqlite"


def _stamp_time(stamp: str) -> datetime:
    """"2026-11-23T0915" → 23 November 2026, 09:15 (what strptime(_STAMP) gives, without
    loading strptime's locale machinery at start-up)."""
    day, minutes = datetime.fromisoformat(stamp[:10]), stamp[11:]
    return day.replace(hour=int(minutes[:2]), minute=int(minutes[2:]))


def _taken_at(path: Path) -> tuple[datetime, bool, int]:
    match = _NAME.match(path.name)
    if match:
        try:
            return _stamp_time(match.group(1)), True, int(match.group(2) or 1)
        except ValueError:
            pass  # a name like caseload-2026-13-45T9999.sqlite: not one of ours, kept as is
    return datetime.fromtimestamp(path.stat().st_mtime), False, 1


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the backups folder, newest first (including the copies
    made before an upgrade, which the rotation never prunes)."""
    folder = config.backup_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        found.append(Backup(path, *_taken_at(path)))
    return sorted(found, key=_age_order, reverse=True)


def _age_order(backup: Backup) -> tuple[datetime, int]:
    return backup.taken_at, backup.sequence


def _free_name(folder: Path, when: datetime) -> Path:
    """A new file name for a backup taken at `when`; never an existing backup's."""
    target = folder / backup_name(when)
    number = 2
    while target.exists():
        target = folder / f"caseload-{when.strftime(_STAMP)}-{number}.sqlite"
        number += 1
    return target


def _copy_and_verify(source: sqlite3.Connection, target: Path) -> None:
    """Copy `source` into a new file at `target`, or raise BackupFailed leaving no file there."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(copy)
            # A backup is one self-contained file, easy to copy to a USB drive.
            copy.execute("PRAGMA journal_mode=DELETE")
            verdict = [row[0] for row in copy.execute("PRAGMA integrity_check(20)")]
        finally:
            copy.close()
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            f"The backup could not be written to {target.parent} ({error}). "
            "Older backups were kept. Check that the disk is not full."
        ) from error
    if verdict != ["ok"]:
        partial.unlink(missing_ok=True)
        raise BackupFailed(
            "The backup was made but did not pass its check (SQLite reports: "
            f"{'; '.join(verdict[:3])}), so it was not kept and no older backup was removed. "
            "The caseload file itself may be damaged: run `iep-desk check`, and keep your "
            "older backups safe."
        )
    config.make_private(partial)
    os.replace(partial, target)


def make_backup(source: sqlite3.Connection, data_dir: Path, *, target: Path | None = None,
                now: datetime | None = None, prune: bool = True) -> Path:
    """Back up the open caseload `source` and return the backup's path.

    Without `target` the backup goes into the backups folder under a dated
    name and, once verified, the rotation prunes older backups (unless
    prune=False: a restore must not prune the backup it is about to read). With `target`
    (`iep-desk backup -o FILE`) that file is written (replaced if it exists)
    and nothing is pruned. Raises BackupFailed, having pruned nothing.
    """
    now = now or datetime.now()
    if target is not None:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy_and_verify(source, target)
        return target
    try:
        folder = config.ensure_private_dir(config.backup_dir(Path(data_dir)))
    except OSError as error:
        raise BackupFailed(
            f"The backups folder {config.backup_dir(Path(data_dir))} cannot be created ({error})."
        ) from error
    path = _free_name(folder, now)
    _copy_and_verify(source, path)
    if prune:
        prune_backups(data_dir)
    return path


def backup_file(data_file: Path, data_dir: Path, *, target: Path | None = None,
                now: datetime | None = None, prune: bool = True) -> Path:
    """Back up a caseload file that is not open here (the command line, a restore)."""
    conn = connect_read_only(data_file)
    try:
        return make_backup(conn, data_dir, target=target, now=now, prune=prune)
    finally:
        conn.close()


def backups_to_keep(backups: list[Backup]) -> set[Path]:
    """The rotation: the newest backup of each of the last 7 days, 4 weeks and 12 months
    that have backups. Each rule counts on its own; a backup kept by any is kept."""
    rotating = sorted((b for b in backups if b.rotating), key=_age_order, reverse=True)
    keep: set[Path] = set()
    rules = (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    )
    for count, period_of in rules:
        seen = []
        for backup in rotating:  # newest first, so the first of each period is its newest
            period = period_of(backup.taken_at)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def prune_backups(data_dir: Path) -> list[Path]:
    """Delete the rotating backups the rotation does not keep; return what was deleted."""
    backups = list_backups(data_dir)
    keep = backups_to_keep(backups)
    removed = []
    for backup in backups:
        if backup.rotating and backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass  # a backup that cannot be deleted now is pruned next time
    return removed


def backup_is_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when no scheduled backup was taken in the last day."""
    now = now or datetime.now()
    newest = next((b for b in list_backups(data_dir) if b.rotating), None)
    return newest is None or now - newest.taken_at > BACKUP_ON_OPEN_AFTER


def newest_backup_is_current(source: sqlite3.Connection, data_dir: Path) -> bool:
    """True when the newest backup already holds everything the open caseload holds, so a
    backup on closing would be the same again: nothing was written through `source` since
    it was opened (a migration counts as a write), nothing waits in the write-ahead log,
    and that backup was finished after the file last changed on disk."""
    if source.total_changes:
        return False
    data_file = config.data_file(Path(data_dir))
    try:
        wal = Path(str(data_file) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False  # e.g. edits of a copy that crashed, not yet written into the file
        changed = data_file.stat().st_mtime_ns
        newest = next((b for b in list_backups(data_dir) if b.rotating), None)
        return newest is not None and newest.path.stat().st_mtime_ns > changed
    except OSError:
        return False  # when in doubt, back up


def back_up_on_closing(source: sqlite3.Connection, data_dir: Path) -> Path | None:
    """The backup made when the app closes; None when the newest one is already current.

    The write-ahead log is folded into the file first: closing the connection would do it
    anyway, and doing it before the backup leaves the file unchanged after the backup, so
    the next time nothing is edited, no identical backup is made."""
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # the backup reads through the connection, the log included
    if newest_backup_is_current(source, data_dir):
        return None
    return make_backup(source, data_dir)


def describe_backup(path: Path) -> BackupSummary:
    """What a backup holds, read without changing it, and whether it can be restored."""
    path = Path(path)
    taken_at = _taken_at(path)[0] if path.is_file() else datetime.now()
    report = inspect_file(path, thorough=True)
    students = archived = meetings = 0
    problem = str(report.problem) if report.problem else None
    if problem is None:
        conn = connect_read_only(path, leave_no_trace=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            students = conn.execute(
                "SELECT count(*) FROM students WHERE archived_at IS NULL").fetchone()[0]
            archived = conn.execute(
                "SELECT count(*) FROM students WHERE archived_at IS NOT NULL").fetchone()[0]
            if "meetings" in tables:  # backups made before the planner existed have none
                meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
        except sqlite3.Error as error:
            problem = f"The backup {path} cannot be read ({error})."
        finally:
            conn.close()
    return BackupSummary(path, taken_at, students, archived, meetings,
                         report.schema_version, problem)


def newest_good_backup(data_dir: Path) -> BackupSummary | None:
    """The newest backup that passes its check, or None when there is none."""
    for backup in list_backups(data_dir):
        summary = describe_backup(backup.path)
        if summary.usable:
            return summary
    return None


def set_aside_damaged(data_dir: Path, now: datetime | None = None) -> Path:
    """Move a damaged caseload file (and its journal files) to a new name beside it,
    byte for byte as it was, e.g. caseload.damaged-2026-11-23T0915.sqlite."""
    now = now or datetime.now()
    data_file = config.data_file(Path(data_dir))
    stem = f"caseload.damaged-{now.strftime(_STAMP)}"
    target = data_file.with_name(f"{stem}.sqlite")
    number = 2
    while target.exists():
        target = data_file.with_name(f"{stem}-{number}.sqlite")
        number += 1
    # The write-ahead log and its index go first, so a crash half-way never pairs
    # a new caseload with the damaged one's log.
    for suffix in ("-wal", "-shm", "-journal"):
        extra = Path(str(data_file) + suffix)
        if extra.exists():
            os.replace(extra, Path(str(target) + suffix))
    os.replace(data_file, target)
    return target


def restore_backup(source: Path, data_dir: Path, *, now: datetime | None = None) -> RestoreResult:
    """Replace the caseload in `data_dir` with the backup `source`.

    The backup is checked first; then the current caseload is backed up (or,
    when it is damaged, put aside under a new name); then the backup is copied
    in with SQLite's backup API, as a single transaction, so an interruption
    leaves the old caseload whole. Nothing else may have the caseload open for
    writing (the caller holds the CaseloadLock). Raises RestoreFailed, or
    BackupFailed when the current caseload could not be backed up first; in
    both cases nothing was replaced.
    """
    data_dir = Path(data_dir)
    summary = describe_backup(source)
    if not summary.usable:
        raise RestoreFailed(f"This backup cannot be restored: {summary.problem}")
    if summary.schema_version > schema.SCHEMA_VERSION:
        raise RestoreFailed("This backup was made by a newer version of IEP Desk.")
    data_file = config.data_file(data_dir)
    previous = damaged = None
    if data_file.exists() and data_file.stat().st_size > 0:
        current = inspect_file(data_file)
        if current.ok:
            previous = backup_file(data_file, data_dir, now=now, prune=False)
        else:
            damaged = set_aside_damaged(data_dir, now)
    else:
        config.ensure_private_dir(data_dir)
    try:
        source_conn = connect_read_only(Path(source))
        try:
            target = sqlite3.connect(str(data_file), timeout=5.0, isolation_level=None)
            try:
                source_conn.backup(target)
                target.execute("PRAGMA journal_mode=WAL")
            finally:
                target.close()
        finally:
            source_conn.close()
    except sqlite3.Error as error:
        raise RestoreFailed(
            f"The backup could not be copied into {data_file} ({error}). "
            "Your caseload was not replaced."
        ) from error
    config.make_private(data_file)
    return RestoreResult(summary, previous, damaged)
