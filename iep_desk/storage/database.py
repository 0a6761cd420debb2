"""Opening the caseload file: permissions, sanity checks, migrations, pragmas.

Nothing here modifies a file that is damaged or was written by a newer version
of IEP Desk: the file is first inspected through a read-only connection, and
only a file that passes (quick integrity check, our tables, a version we know)
is opened for writing.

sqlite-utils is the caseload's database library, but nothing here imports it
unless a migration is pending: opening an up-to-date file and reading it at
start-up uses plain sqlite3 (see CaseloadDatabase), because importing sqlite-utils
costs ~65 ms and start-up time matters.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iep_desk import config
from iep_desk.storage import migrations as schema
from iep_desk.storage.errors import (
    DataFileError,
    DataFolderNotWritable,
    NewerDataFile,
    NotACaseloadFile,
)

if TYPE_CHECKING:
    import sqlite_utils


class DamagedDataFile(NotACaseloadFile):
    """The file is an IEP Desk caseload (or was), but SQLite finds it damaged."""


class CaseloadDatabase:
    """The open caseload file: what the stores use of a sqlite_utils.Database.

    It exists for start-up time. Importing sqlite-utils costs ~65 ms (click,
    dateutil, pluggy), and the app's start-up is measured against a bare PySide6
    window; reading the caseload needs nothing but the sqlite3 connection. So
    `execute` goes straight to the connection, and the sqlite_utils.Database on
    the same connection is made the first time something needs it: `atomic()`
    (every write of the stores), `utils` (the migrations), or any other attribute
    of a sqlite_utils.Database (passed on by __getattr__ and __getitem__).

    `execute` has sqlite-utils' semantics because the connection is in
    autocommit mode (isolation_level=None): sqlite3 never opens a transaction
    by itself, so sqlite-utils' commit of an implicit transaction never applies.
    """

    def __init__(self, conn: sqlite3.Connection):
        if conn.isolation_level is not None:
            raise ValueError("CaseloadDatabase needs an autocommit connection (isolation_level=None)")
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None

    @property
    def utils(self) -> sqlite_utils.Database:
        """The sqlite_utils.Database on this connection (imports sqlite-utils on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement and return the cursor, as sqlite_utils.Database.execute does."""
        if params is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, params)

    def atomic(self) -> AbstractContextManager[sqlite_utils.Database]:
        """One transaction (BEGIN ... COMMIT, or ROLLBACK on an error); a SAVEPOINT when
        nested: sqlite_utils.Database.atomic()."""
        return self.utils.atomic()

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str) -> Any:
        # sqlite-utils' Migrations looks tables up with db[name].
        return self.utils[table]

    def __getattr__(self, name: str) -> Any:
        # Only called for what this class does not define: the rest of sqlite-utils' API.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)


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


def _set_pragmas(conn: sqlite3.Connection) -> None:
    """The connection settings every open gets, before anything else is read or written."""
    # What sqlite_utils.Database sets on a connection it is given; set here too, so
    # the connection behaves the same before and after sqlite-utils is first used.
    conn.execute("PRAGMA recursive_triggers=on")
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut too, not only a crash of the app.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def connect_read_only(path: Path, *, leave_no_trace: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to `path`, whatever the file holds.

    A read-only connection never checkpoints a write-ahead log into the main
    file when it closes. With leave_no_trace, and when no write-ahead log sits
    beside the file (so the file alone is the whole caseload), SQLite is told
    the file is immutable and does not even create its -wal and -shm companions:
    inspecting a damaged file then leaves the folder exactly as it was.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if leave_no_trace and not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)


class FileReport:
    """What a read-only look at a caseload file found."""

    def __init__(self, path: Path, schema_version: int = 0,
                 problem: DataFileError | None = None):
        self.path = path
        self.schema_version = schema_version  # the number of migrations applied to the file
        self.problem = problem  # None when the file can be opened

    def __repr__(self) -> str:
        return f"FileReport({self.path!r}, {self.schema_version}, {self.problem!r})"

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def needs_upgrade(self) -> bool:
        return self.ok and self.schema_version < schema.SCHEMA_VERSION


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
        # sqlite-utils makes its (empty) migrations table before the first migration: a file
        # holding nothing else is a new caseload whose creation was cut short (the laptop
        # lost power), and is finished, not refused.
        if tables - {"_sqlite_migrations"} and not applied:
            raise NotACaseloadFile(
                f"The file {path} is a database, but not an IEP Desk caseload. "
                "IEP Desk did not change it."
            )
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    return user_version, applied


def _damaged(path: Path, error: Exception) -> NotACaseloadFile:
    text = str(error)
    if "not a database" in text:
        return NotACaseloadFile(
            f"The file {path} is not an IEP Desk caseload: it is not a database at all "
            "(it may have been overwritten by another program). IEP Desk did not change it."
        )
    return DamagedDataFile(
        f"The caseload file {path} is damaged ({text}). This can happen when a laptop loses "
        "power or a USB drive is pulled out while saving. IEP Desk did not change it."
    )


def _refuse_newer(user_version: int, applied: list[str], path: Path) -> None:
    unknown = [name for name in applied if name not in schema.MIGRATION_NAMES]
    if user_version > schema.SCHEMA_VERSION or unknown:
        raise NewerDataFile(
            f"The caseload file {path} was saved by a newer version of IEP Desk "
            f"(data version {max(user_version, len(applied))}; this copy understands up to "
            f"{schema.SCHEMA_VERSION}). Please update IEP Desk to open it. The file was not changed."
        )


def _integrity(conn: sqlite3.Connection, path: Path, *, thorough: bool) -> None:
    """Raise DamagedDataFile unless SQLite's own check says "ok".

    The quick check (every open) reads every page; the thorough one (backups,
    `iep-desk check`) also compares every index with its table.
    """
    pragma = "integrity_check(20)" if thorough else "quick_check(20)"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as error:
        raise _damaged(path, error) from error
    if rows != ["ok"]:
        raise DamagedDataFile(
            f"The caseload file {path} is damaged (SQLite reports: {'; '.join(rows[:3])}). "
            "IEP Desk did not change it."
        )


def inspect_file(path: Path, *, thorough: bool = False) -> FileReport:
    """Look at a caseload file (or a backup) without changing a byte of it.

    An empty (0-byte) file counts as a new caseload; a missing file is reported
    as a problem, since there is nothing to open read-only.
    """
    path = Path(path)
    report = FileReport(path)
    if not path.is_file():
        report.problem = NotACaseloadFile(f"There is no caseload file at {path}.")
        return report
    try:
        conn = connect_read_only(path, leave_no_trace=True)
    except sqlite3.Error as error:
        report.problem = DataFolderNotWritable(
            f"IEP Desk cannot read the file {path} ({error}). Check that you may open it."
        )
        return report
    try:
        user_version, applied = _read_header(conn, path)
        _refuse_newer(user_version, applied, path)
        _integrity(conn, path, thorough=thorough)
        report.schema_version = len(applied)
    except DataFileError as problem:
        report.problem = problem
    finally:
        conn.close()
    return report


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


def pending_migrations(applied: list[str]) -> list[str]:
    """The migrations still to apply to a file that has `applied` (what sqlite-utils'
    Migrations.pending() says, worked out without importing sqlite-utils)."""
    return [name for name in schema.MIGRATION_NAMES if name not in applied]


def open_database(data_dir: Path, *, read_only: bool = False) -> CaseloadDatabase:
    """Open (creating if needed) the caseload file in `data_dir`, migrated to the current schema.

    With read_only=True the file must already exist and be current; nothing is
    created, migrated or written (used when another copy of IEP Desk has it open).

    Raises DataFolderNotWritable, NotACaseloadFile (DamagedDataFile when SQLite
    finds it damaged) or NewerDataFile, each with a message for the teacher; in
    each case the file is left as it was.
    """
    data_dir = Path(data_dir)
    path = config.data_file(data_dir)
    if read_only:
        return _open_read_only(path)
    _check_folder_writable(data_dir)
    if path.exists() and path.stat().st_size == 0 and _has_backups(data_dir):
        # An empty file where a caseload was backed up before is a truncated caseload,
        # not a new one: starting afresh in it would hide the loss.
        raise DamagedDataFile(
            f"The caseload file {path} is empty: everything in it was lost, perhaps when the "
            "laptop lost power while saving. IEP Desk did not change it."
        )
    if path.exists() and path.stat().st_size > 0:
        # Inspect first through a read-only connection: a damaged file is never opened for writing.
        report = inspect_file(path)
        if report.problem is not None:
            raise report.problem
    conn = _connect(path)
    try:
        user_version, applied = _read_header(conn, path)
        _refuse_newer(user_version, applied, path)
        db = CaseloadDatabase(conn)
        pending = pending_migrations(applied)
        if pending and applied:
            copy_aside_before_migrating(conn, data_dir, len(applied))
        _set_pragmas(conn)
        if pending:
            # Only now is sqlite-utils imported: an up-to-date file never needs it to open.
            schema.migrations.apply(db.utils)
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


def _has_backups(data_dir: Path) -> bool:
    folder = config.backup_dir(data_dir)
    return folder.is_dir() and any(folder.glob("*.sqlite"))


def _open_read_only(path: Path) -> CaseloadDatabase:
    report = inspect_file(path)
    if report.problem is not None:
        raise report.problem
    if report.needs_upgrade:
        raise NewerDataFile(
            f"The caseload file {path} was saved by an older version of IEP Desk and must be "
            "updated before it can be viewed. Close the other copy of IEP Desk, then open it again."
        )
    conn = connect_read_only(path)
    conn.execute("PRAGMA recursive_triggers=on")  # as sqlite_utils.Database would set it
    return CaseloadDatabase(conn)
