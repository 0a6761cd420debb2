"""The caseload file as a whole: backups when the teacher asks, when one is due, and on
closing; closing the file before a restore replaces it."""

from __future__ import annotations

from pathlib import Path

from iep_desk.storage import backup
from iep_desk.storage.backup import BackupSummary
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import database_errors


def back_up_now(store: CaseloadStore, data_dir: Path) -> BackupSummary:
    """A checked copy in the backups folder now (raises DataFileError when it cannot)."""
    return backup.make_backup(store.db.conn, data_dir)


def back_up_if_due(store: CaseloadStore, data_dir: Path) -> BackupSummary | None:
    """The day's backup at opening, when one is due (None when not)."""
    if not backup.backup_is_due(data_dir):
        return None
    return backup.make_backup(store.db.conn, data_dir)


def back_up_on_closing(store: CaseloadStore, data_dir: Path) -> None:
    """On quitting: a backup, unless the newest one already holds everything."""
    backup.back_up_on_closing(store.db.conn, data_dir)


def close(store: CaseloadStore, *, checkpoint: bool = False) -> None:
    """Close the caseload file; with `checkpoint`, the write-ahead log is folded into the
    file first (a restore is about to replace it, which nothing may hold open)."""
    if checkpoint:
        try:
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except database_errors():
            pass  # closing checkpoints anyway, as far as it can
    store.db.close()
