"""Opening the caseload file: permissions, sanity checks, migrations, pragmas.

Nothing here modifies a file that is damaged or was written by a newer version
of IEP Desk: the file is first inspected through a read-only connection, and
only a file that passes (quick integrity check, a version we know, every table
and column of that version) is opened for writing. What only reads opens the
file with open_for_reading, which never creates or changes anything.

The open file is a sqlite_utils.Database on an autocommit connection
(isolation_level=None): sqlite3 never opens a transaction by itself, and every write
of the stores goes through Database.atomic() (storage.rows.saving).

A protected caseload (storage.protected_file: encrypted by SQLCipher, its key wrapped in
caseload.key beside it) opens the same way given its key (`key=`, unwrapped by the caller
from the passphrase): the same checks, the same migrations, on a sqlcipher3 connection.
Without the key it is recognised and refused with NeedsPassphrase, never called damaged.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from sqlite_utils import Database

from iep_desk import config
from iep_desk.storage import files
from iep_desk.storage import migrations as schema
from iep_desk.storage.errors import (
    SQLITE_CANTOPEN,
    SQLITE_NOTADB,
    SQLITE_READONLY,
    CaseloadUnavailable,
    DataFileError,
    DataFolderNotWritable,
    KeyFileMissing,
    NewerDataFile,
    NoCaseloadHere,
    NotACaseloadFile,
    database_errors,
    disk_problem,
    means_damage,
    sqlite_code,
)
from iep_desk.storage.protected_file import (
    check_protected,
    connect_with_key,
    is_protected,
    looks_protected_without_key,
    open_protected,
    protected_file_problem,
    starts_like_sqlite,
)
from iep_desk.storage.protection import finish_interrupted_change


class NeedsPassphrase(DataFileError):
    """The caseload is protected with a passphrase and no key was given: ask for it."""

    code = "needs_passphrase"

    def __init__(self, path: Path):
        super().__init__(f"The caseload {path} is protected with a passphrase. Type the "
                         "passphrase to open it.")
        self.path = path


class ProtectionUnavailable(NewerDataFile):
    """The caseload is protected, but this installation cannot open protected files
    (sqlcipher3 is missing): refused, never called damaged."""

    code = "protection_unavailable"


def _protection_available(path: Path) -> None:
    """Raise ProtectionUnavailable when this copy of IEP Desk lacks SQLCipher."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError as error:
        raise ProtectionUnavailable(
            f"The caseload {path} is protected with a passphrase, and this copy of IEP Desk "
            "cannot open protected caseloads (a part it needs, SQLCipher, is missing). "
            "Install IEP Desk again, or a newer version. The file was not changed.",
            technical=str(error)) from error


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key to open `path` with: `key` when the file is protected, None when it is plain
    (a backup made before protection was turned on opens without it). Raises NeedsPassphrase
    for a protected file without a key, ProtectionUnavailable when SQLCipher is missing."""
    if not is_protected(path):
        return None
    _protection_available(path)
    if key is None:
        raise NeedsPassphrase(Path(path))
    return key


class DamagedDataFile(NotACaseloadFile):
    """The file is an IEP Desk caseload (or was), but SQLite finds it damaged."""


class IncompleteCaseload(DamagedDataFile):
    """A table or column the file's version has is missing: it cannot be used as it is."""


class EmptyCaseloadFile(DamagedDataFile):
    """The caseload file is empty (0 bytes) where a caseload was: lost, or set aside
    (`set_aside` is then the file IEP Desk moved aside, which holds it)."""

    def __init__(self, message: str, *, set_aside: Path | None = None):
        super().__init__(message)
        self.set_aside = set_aside


def database_on(conn: sqlite3.Connection) -> Database:
    """The sqlite_utils.Database on an autocommit connection (no plugins: nothing outside
    IEP Desk runs on the caseload's connection)."""
    if conn.isolation_level is not None:
        raise ValueError("The caseload needs an autocommit connection (isolation_level=None)")
    return Database(conn, execute_plugins=False)


def _folder_problem(folder: Path, error: OSError) -> DataFileError:
    full = disk_problem(error, folder, writing=True)
    if full is not None:
        return full
    return DataFolderNotWritable(
        f"IEP Desk cannot save in the folder {folder}: it is read-only or you do not "
        "have permission to write there. Nothing was changed. Choose a folder you can "
        "write to with --data-dir, or ask your school's IT team.",
        technical=str(error))


def _check_folder_writable(folder: Path) -> None:
    """Create the folder if it is new, then try to write in it: the only check that tells
    the truth on every system (permissions, a write-protected USB stick, a network share)."""
    try:
        config.ensure_private_dir(folder)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise _folder_problem(folder, error) from error


def _check_file_writable(path: Path) -> None:
    """SQLite opens a file it may not write (a read-only file) read-only without a word, and
    the first edit would fail: ask the operating system now whether this process may."""
    try:
        os.close(os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0)))
    except OSError as error:
        problem = disk_problem(error, path, writing=True)
        raise problem or DataFolderNotWritable(
            f"IEP Desk cannot save in the caseload file {path}: the file is read-only or you "
            "do not have permission to change it. Nothing was changed.",
            technical=str(error)) from error


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no transaction is ever left open by accident; every write
    # goes through Database.atomic(), which begins and commits explicitly.
    conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None)
    return conn


def _set_pragmas(conn: sqlite3.Connection) -> None:
    """The connection settings every open gets, before anything else is read or written."""
    # What sqlite_utils.Database sets on a connection it is given.
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

    A file in a folder nobody may write in (a write-protected USB stick, a read-only
    share) is opened the same way, since SQLite could not make those companions there
    and no one can change the file meanwhile.
    """
    path = Path(path)
    uri = path.resolve().as_uri() + "?mode=ro"
    no_log = not Path(str(path) + "-wal").exists()
    if leave_no_trace and no_log:
        return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=5.0, isolation_level=None)
    conn = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
    if not no_log:
        return conn
    try:
        conn.execute("PRAGMA schema_version").fetchone()  # opens the file, and its log if any
    except database_errors("OperationalError") as error:
        if sqlite_code(error) not in (SQLITE_READONLY, SQLITE_CANTOPEN):
            return conn  # the caller meets the same error on its first query, and explains it
        conn.close()
        return sqlite3.connect(uri + "&immutable=1", uri=True, timeout=5.0, isolation_level=None)
    return conn


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


def _sqlite_problem(error: BaseException, path: Path, *, writing: bool = False) -> DataFileError:
    """What an sqlite3 error met while reading (or writing) `path` means for the teacher.

    Only SQLite's own verdict that the file is damaged or not a database makes it
    "damaged": a full disk, an input/output error, a missing permission or a file held by
    another program are said as what they are, since setting the file aside or restoring
    a backup would not help and could lose work."""
    disk = disk_problem(error, path, writing=writing)
    if disk is not None:
        return disk
    if means_damage(error):
        return _damaged(path, error)
    if writing:
        return DataFolderNotWritable(
            f"IEP Desk cannot write to the caseload file {path}: the file or its folder may be "
            "read-only, or another program may be using it. Nothing was changed.",
            technical=str(error))
    return CaseloadUnavailable(
        f"IEP Desk cannot read the file {path} right now: you may not have permission to "
        "open it, or another program may be using it. Nothing was changed. Close other "
        "programs that might have it open and try again, or ask your school's IT team.",
        technical=str(error))


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
    except database_errors() as error:
        raise _sqlite_problem(error, path) from error
    return user_version, applied


def _damaged(path: Path, error: BaseException) -> NotACaseloadFile:
    if sqlite_code(error) == SQLITE_NOTADB or "not a database" in str(error):
        if looks_protected_without_key(path):
            return KeyFileMissing(Path(path), Path(path).with_suffix(".key"))
        if not starts_like_sqlite(path) and Path(path).suffix.lower() == ".sqlite":
            # A protected caseload whose key file is not beside it looks like this too.
            return NotACaseloadFile(
                f"The file {path} is not an IEP Desk caseload: it is not a database at all "
                "(it may have been overwritten by another program). If it is a caseload "
                "protected with a passphrase, its key file "
                f"({Path(path).with_suffix('.key').name}) must be beside it; a copy is kept "
                "beside each backup. IEP Desk did not change it.")
        return NotACaseloadFile(
            f"The file {path} is not an IEP Desk caseload: it is not a database at all "
            "(it may have been overwritten by another program). IEP Desk did not change it."
        )
    return DamagedDataFile(
        f"The caseload file {path} is damaged: parts of it can no longer be read. This can "
        "happen when a laptop loses power or a USB drive is pulled out while saving. IEP Desk "
        "did not change it.",
        technical=f"SQLite reports: {error}")


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
    except database_errors() as error:
        raise _sqlite_problem(error, path) from error
    if rows != ["ok"]:
        raise DamagedDataFile(
            f"The caseload file {path} is damaged: SQLite's check of the file found parts that "
            "do not fit together. IEP Desk did not change it.",
            technical="SQLite reports: " + "; ".join(rows[:3]))


def _tables_and_columns(conn: sqlite3.Connection) -> dict[str, set[str]]:
    """Every table of the file (SQLite's and sqlite-utils' own left out) and its columns."""
    found: dict[str, set[str]] = {}
    rows = conn.execute(
        "SELECT m.name, c.name FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "AND m.name <> '_sqlite_migrations'")
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return found


@lru_cache(maxsize=8)
def expected_schema(applied: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The tables and columns a caseload holds once the migrations named in `applied` ran:
    those migrations applied to an empty database in memory (a few milliseconds, once per
    version)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = database_on(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        for name, step in schema.steps():
            if name in applied:
                step(db)
        return {table: frozenset(columns)
                for table, columns in _tables_and_columns(conn).items()}
    finally:
        conn.close()


def _check_layout(conn: sqlite3.Connection, path: Path, applied: list[str]) -> None:
    """Raise IncompleteCaseload when a table or column the file's version has is missing
    (tables or columns someone added are not our concern, and are left alone)."""
    expected = expected_schema(tuple(applied))
    try:
        found = _tables_and_columns(conn)
    except database_errors() as error:
        raise _sqlite_problem(error, path) from error
    missing_tables = sorted(set(expected) - set(found))
    missing_columns = sorted(f"{table}.{column}" for table, columns in expected.items()
                             if table in found for column in columns - found[table])
    if missing_tables or missing_columns:
        parts = [f"table {name}" for name in missing_tables]
        parts += [f"column {name}" for name in missing_columns]
        raise IncompleteCaseload(
            f"The caseload file {path} is missing part of what IEP Desk keeps in it, so it "
            "cannot be used as it is (another program may have changed it). IEP Desk did not "
            "change it.",
            technical="missing " + ", ".join(parts[:10]) + (" …" if len(parts) > 10 else ""))


def inspect_file(path: Path, *, thorough: bool = False, key: bytes | None = None) -> FileReport:
    """Look at a caseload file (or a backup) without changing a byte of it.

    Checked: that SQLite can read it, that it is an IEP Desk caseload of a version this copy
    knows, SQLite's integrity check, and that every table and column of that version is there.
    An empty (0-byte) file counts as a new caseload; a missing file is reported as a
    problem (NoCaseloadHere), since there is nothing to open read-only.

    A protected file is read with `key` (NeedsPassphrase without it); with `thorough`,
    SQLCipher's check of every page as well.
    """
    path = Path(path)
    report = FileReport(path)
    if not path.is_file():
        report.problem = NoCaseloadHere(f"There is no caseload file at {path}.")
        return report
    try:
        key = key_for(path, key)
        conn = connect_reading(path, key, leave_no_trace=True)
    except DataFileError as problem:
        report.problem = problem
        return report
    except database_errors() as error:
        report.problem = _sqlite_problem(error, path)
        return report
    try:
        user_version, applied = _read_header(conn, path)
        _refuse_newer(user_version, applied, path)
        if key is None:
            _integrity(conn, path, thorough=thorough)
        else:
            check_protected(conn, path, thorough=thorough)
        if applied:
            _check_layout(conn, path, applied)
        report.schema_version = len(applied)
    except DataFileError as problem:
        report.problem = problem
    finally:
        conn.close()
    return report


def copy_aside_before_migrating(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    """Copy the file, verified and owner-only, into the backups folder before a migration
    touches it. The copy is kept outside the backup rotation until the teacher removes it.
    Raises BackupFailed (nothing migrated) when the copy cannot be made."""
    from iep_desk.storage.backup import BEFORE_UPGRADE, make_kept_copy  # (backup imports us)

    return make_kept_copy(conn, data_dir, BEFORE_UPGRADE, from_version=version).path


def connect_reading(path: Path, key: bytes | None, *, leave_no_trace: bool = False):
    """A connection that cannot write to `path`: connect_read_only for a plain file,
    open_protected(read_only=True) with the key for a protected one (which raises its
    problems as DataFileError)."""
    if key is None:
        return connect_read_only(path, leave_no_trace=leave_no_trace)
    return open_protected(path, key, read_only=True, leave_no_trace=leave_no_trace)


def pending_migrations(applied: list[str]) -> list[str]:
    """The migrations still to apply to a file that has `applied` (what sqlite-utils'
    Migrations.pending() says, from the names read with the read-only connection)."""
    return [name for name in schema.MIGRATION_NAMES if name not in applied]


def set_aside_file(data_dir: Path) -> Path | None:
    """The newest caseload file IEP Desk put aside (caseload.damaged-….sqlite), if any."""
    found = sorted(Path(data_dir).glob("caseload.damaged-*.sqlite"),
                   key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    return found[0] if found else None


def empty_file_problem(data_dir: Path, *, for_reading: bool = False) -> DataFileError | None:
    """Why an empty (0-byte) caseload file in `data_dir` must not be taken for a new caseload
    (None when it may, or the file is not empty). for_reading: nothing is there to read."""
    path = config.data_file(Path(data_dir))
    if not path.is_file() or path.stat().st_size > 0:
        return None
    aside = set_aside_file(data_dir)
    if aside is not None:
        # What a failed recovery used to leave: the real caseload moved aside, an empty
        # file in its place. Starting afresh here would bury it.
        return EmptyCaseloadFile(
            f"The caseload file {path} is empty. Your caseload as it was is kept, unchanged, "
            f"as {aside}: IEP Desk put it aside there because it could not be opened at the "
            "time. To go back to it, restore that file: IEP Desk offers to when it starts, "
            f"or run  iep-desk restore \"{aside}\"  (the file is checked before anything is "
            "replaced).", set_aside=aside)
    if _has_backups(data_dir):
        # An empty file where a caseload was backed up before is a truncated caseload,
        # not a new one: starting afresh in it would hide the loss.
        return EmptyCaseloadFile(
            f"The caseload file {path} is empty: everything in it was lost, perhaps when the "
            "laptop lost power while saving. IEP Desk did not change it. Your backups are in "
            f"{config.backup_dir(Path(data_dir))}.")
    if for_reading:
        return NoCaseloadHere(f"The caseload file {path} is empty: there is nothing in it yet.")
    return None


def _remove_stale_partials(data_dir: Path) -> None:
    """Half-written copies that a kill or a power cut left behind (they hold student data)."""
    files.remove_stale_partials(data_dir)
    folder = config.backup_dir(data_dir)
    if folder.is_dir():
        files.remove_stale_partials(folder)
        for leftover in folder.glob("*.sqlite.partial"):  # the name earlier versions used
            try:
                leftover.unlink()
            except OSError:
                pass  # in use or not ours to remove: left alone


def open_database(data_dir: Path, *, read_only: bool = False,
                  key: bytes | None = None) -> Database:
    """Open (creating if needed) the caseload file in `data_dir`, migrated to the current schema.

    With read_only=True nothing is created, migrated or written, and the folder may be
    read-only (see open_for_reading).

    Raises DataFolderNotWritable, NotACaseloadFile (DamagedDataFile when SQLite finds it
    damaged, IncompleteCaseload when part of it is missing, EmptyCaseloadFile), NewerDataFile,
    DiskFull or DiskUnreadable, each with a message for the teacher; in each case the file is
    left as it was. The caller holds the caseload's lock (storage.lock).

    A protected caseload opens with its `key` (storage.keys unwraps it from the passphrase);
    without one NeedsPassphrase is raised, ProtectionUnavailable when this installation
    cannot open protected files, and the opening problems of storage.protected_file. A new
    caseload is always plain (protection is turned on afterwards: storage.protection).
    """
    data_dir = Path(data_dir)
    if read_only:
        return open_for_reading(data_dir, key=key)
    path = config.data_file(data_dir)
    _check_folder_writable(data_dir)
    try:
        finish_interrupted_change(data_dir)  # before stale partial files are removed
    except OSError as error:
        raise _folder_problem(data_dir, error) from error
    problem = empty_file_problem(data_dir)
    if problem is not None:
        raise problem
    key = key_for(path, key)
    if path.exists() and path.stat().st_size > 0:
        # Inspect first through a read-only connection: a damaged file is never opened for writing.
        report = inspect_file(path, key=key)
        if report.problem is not None:
            raise report.problem
    _remove_stale_partials(data_dir)
    try:
        if not path.exists():
            files.create_private(path)  # owner-only before SQLite writes a byte into it
    except FileExistsError:
        pass  # made a moment ago by another process: inspected when it opens it
    except OSError as error:
        raise _folder_problem(data_dir, error) from error
    _check_file_writable(path)
    conn = _connect(path) if key is None else open_protected(path, key)
    try:
        user_version, applied = _read_header(conn, path)
        _refuse_newer(user_version, applied, path)
        pending = pending_migrations(applied)
        if pending and applied:
            copy_aside_before_migrating(conn, data_dir, len(applied))
        if key is None:
            _set_pragmas(conn)  # (open_protected set them on a protected one)
        db = database_on(conn)
        if pending:
            schema.migrations.apply(db)
            db.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    except database_errors() as error:
        conn.close()
        if key is not None:
            raise protected_file_problem(error, path, writing=True) from error
        raise _sqlite_problem(error, path, writing=True) from error
    except BaseException:
        conn.close()
        raise
    return db


def _has_backups(data_dir: Path) -> bool:
    folder = config.backup_dir(data_dir)
    return folder.is_dir() and any(folder.glob("*.sqlite"))


def open_for_reading(data_dir: Path, *, key: bytes | None = None) -> Database:
    """The caseload in `data_dir`, opened so that nothing can be written, created or moved.

    For what only reads (`meetings`, `print`, `export`, `import --dry-run`, a second copy
    of the app, a caseload on a write-protected drive): the folder may be read-only, and
    nothing is ever created, so a mistyped folder name is an error (NoCaseloadHere), never
    a new empty caseload. A file saved by an older version is brought up to date in a copy
    in memory; the file itself is not changed. A protected caseload is read with `key`.
    Raises the errors open_database does.
    """
    data_dir = Path(data_dir)
    path = config.data_file(data_dir)
    if not path.is_file():
        missing = "" if data_dir.is_dir() else " (there is no such folder)"
        raise NoCaseloadHere(
            f"There is no caseload in {data_dir}{missing}, so there is nothing to read. Check "
            "the folder's name (--data-dir, or IEP_DESK_DATA_DIR). Nothing was created.")
    problem = empty_file_problem(data_dir, for_reading=True)
    if problem is not None:
        raise problem
    key = key_for(path, key)
    report = inspect_file(path, key=key)
    if report.problem is not None:
        raise report.problem
    try:
        conn = connect_reading(path, key)
        if report.needs_upgrade:
            conn = _upgraded_in_memory(conn, key)
        db = database_on(conn)
        conn.execute("PRAGMA query_only=ON")
    except database_errors() as error:
        raise _sqlite_problem(error, path) from error
    return db


def _upgraded_in_memory(conn, key: bytes | None = None):
    """A copy in memory of the file behind `conn`, migrated to the current schema (`conn`
    is closed): an older caseload read without changing it. (SQLCipher copies a protected
    file's pages only into a database keyed the same: in memory, nothing is written out.)"""
    if key is None:
        memory = sqlite3.connect(":memory:", isolation_level=None)
    else:
        memory = connect_with_key(":memory:", key)
    try:
        conn.backup(memory)
    finally:
        conn.close()
    _set_pragmas(memory)
    schema.migrations.apply(database_on(memory))
    memory.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    return memory


def empty_caseload() -> Database:
    """An empty caseload in memory that cannot be written: what the app shows when the
    teacher chose to open nothing (their caseload was saved by a newer IEP Desk, and is
    not read at all)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    db = database_on(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    for _name, step in schema.steps():
        step(db)
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION}")
    conn.execute("PRAGMA query_only=ON")
    return db
