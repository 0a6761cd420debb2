"""Opening the caseload file: permissions, sanity checks, migrations, pragmas.

Nothing here modifies a file that is damaged or was written by a newer version
of IEP Desk: those are refused before the first write.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from iep_desk import config
from iep_desk.storage import migrations as schema
from iep_desk.storage.errors import DataFolderNotWritable, NewerDataFile, NotACaseloadFile


def _check_folder_writable(folder: Path) -> None:
    """Try to write in the folder: the only check that tells the truth on every system."""
    try:
        config.ensure_private_dir(folder)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise DataFolderNotWritable(
            f"IEP Desk cannot save in the folder {folder}: it is read-only or you do not "
            f"have permission to write there ({error.strerror or error}). Nothing was changed. "
            "Choose a folder you can write to with --data-dir, or ask your school's IT team."
        ) from error


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no transaction is ever left open by accident; every write
    # goes through Database.atomic(), which begins and commits explicitly.
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    return conn


def _read_header(conn: sqlite3.Connection, path: Path) -> tuple[int, list[str]]:
    """The file's schema version and applied migrations, read without writing anything."""
    try:
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied: list[str] = []
        if "_sqlite_migrations" in tables:
            applied = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    [schema.MIGRATION_SET],
                )
            ]
        elif tables:
            raise NotACaseloadFile(
                f"The file {path} is a database, but not an IEP Desk caseload. "
                "IEP Desk did not change it."
            )
    except sqlite3.DatabaseError as error:
        raise NotACaseloadFile(
            f"The caseload file {path} is damaged or is not an IEP Desk file "
            f"({error}). IEP Desk did not change it."
        ) from error
    return user_version, applied


def _refuse_newer(user_version: int, applied: list[str], path: Path) -> None:
    unknown = [name for name in applied if name not in schema.known_names()]
    if user_version > schema.SCHEMA_VERSION or unknown:
        raise NewerDataFile(
            f"The caseload file {path} was saved by a newer version of IEP Desk "
            f"(data version {max(user_version, len(applied))}; this copy understands up to "
            f"{schema.SCHEMA_VERSION}). Please update IEP Desk to open it. The file was not changed."
        )


def copy_aside_before_migrating(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    """Copy the file with SQLite's backup API before a migration touches it."""
    folder = config.ensure_private_dir(config.backup_dir(data_dir))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"before-upgrade-from-v{version}-{stamp}.sqlite"
    copy = sqlite3.connect(str(target))
    try:
        conn.backup(copy)
    finally:
        copy.close()
    config.make_private(target)
    return target


def open_database(data_dir: Path) -> Database:
    """Open (creating if needed) the caseload file in `data_dir`, migrated to the current schema.

    Raises DataFolderNotWritable, NotACaseloadFile or NewerDataFile, each with a
    message for the teacher; in each case the file is left as it was.
    """
    data_dir = Path(data_dir)
    _check_folder_writable(data_dir)
    path = config.data_file(data_dir)
    conn = _connect(path)
    try:
        user_version, applied = _read_header(conn, path)
        _refuse_newer(user_version, applied, path)
        db = Database(conn, execute_plugins=False)
        pending = schema.migrations.pending(db)
        if pending and applied:
            copy_aside_before_migrating(conn, data_dir, len(applied))
        db.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed edit survives a power cut too, not only a crash of the app.
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        if pending:
            schema.migrations.apply(db)
            db.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    except sqlite3.OperationalError as error:
        conn.close()
        raise DataFolderNotWritable(
            f"IEP Desk cannot write to the caseload file {path} ({error}). "
            "The folder may be read-only, or the disk full. Nothing was changed."
        ) from error
    except BaseException:
        conn.close()
        raise
    for suffix in ("", "-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            config.make_private(extra)
    return db
