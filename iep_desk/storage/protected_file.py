"""A protected caseload file: recognising one without its key, and opening it with the key.

A protected caseload is an SQLite database encrypted by SQLCipher 4 (the `sqlcipher3`
package, a DB-API connection that sqlite-utils accepts like sqlite3's), with SQLCipher's
default settings: AES-256 for every page, an HMAC-SHA512 over each page (a changed byte
anywhere is refused, never read as data), 4096-byte pages. The key is the raw 32-byte key
from the key file (storage.keys), given as `PRAGMA key = "x'…'"`, so SQLCipher does no
key derivation of its own (the slow derivation happened once, when the passphrase
unwrapped the key).

Every page written to the caseload's write-ahead log (-wal) is encrypted the same way; the
-shm file holds only page numbers and checksums. `PRAGMA temp_store = MEMORY` keeps
SQLite's temporary tables and sort files in memory, so no temporary file is written at all.

Recognising a protected file needs neither the key nor sqlcipher3: the first 16 bytes of
every plain SQLite file are "SQLite format 3\\0", and a SQLCipher file begins with its
random salt instead. A file that does not begin with those bytes and has a key file beside
it (storage.keys.key_file_for) is a protected caseload, and is never called damaged or
"not a database" for that alone.

sqlcipher3 is imported when a protected file is opened, not with this module: it is an
optional part of an install (one without it refuses a protected caseload in plain words, see
storage.database), and recognising a plain caseload costs a read of 16 bytes and nothing more.

Errors from a sqlcipher3 connection are sqlcipher3.dbapi2.Error and its subclasses, which
are NOT subclasses of sqlite3.Error (an `except sqlite3.Error` does not catch them); they
carry the same `sqlite_errorcode`, so storage.errors.means_damage and disk_problem read them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from iep_desk.storage.errors import (
    SQLITE_CORRUPT,
    SQLITE_NOTADB,
    CaseloadUnavailable,
    DataFileError,
    NotACaseloadFile,
    disk_problem,
    sqlite_code,
)
from iep_desk.storage.keys import KEY_BYTES, key_file_for

if TYPE_CHECKING:
    import sqlcipher3

SQLITE_HEADER = b"SQLite format 3\x00"


class ProtectedCaseloadUnreadable(NotACaseloadFile):
    """The key unwrapped (the passphrase was right) but does not open the caseload file:
    the file is damaged, or the key file beside it belongs to another caseload. The two
    cannot be told apart: SQLCipher only knows that the page does not authenticate."""

    code = "protected_file_unreadable"


class DamagedProtectedCaseload(ProtectedCaseloadUnreadable):
    """The key opens the file, but a page deeper in it does not authenticate or SQLite's
    check finds parts that do not fit together: damaged."""

    code = "protected_file_damaged"


def starts_like_sqlite(path: Path) -> bool:
    """True when the file begins with the plain SQLite header (a plain caseload). False for
    a missing, empty or shorter file, and for any other first bytes."""
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_protected(caseload_file: Path) -> bool:
    """True when `caseload_file` is a protected caseload: it holds something, it does not
    begin with the plain SQLite header, and a key file is beside it.

    Reads at most 16 bytes and imports nothing. A file with other first bytes and no key
    file is not called protected (it may be a protected caseload whose key file is lost,
    or any other file): the caller says so in its "not a caseload" message."""
    path = Path(caseload_file)
    try:
        if path.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not starts_like_sqlite(path) and key_file_for(path).is_file()


def looks_protected_without_key(caseload_file: Path) -> bool:
    """True when `caseload_file` looks like a protected caseload whose key file is missing:
    no key file is beside it, and it is made of whole pages (SQLCipher writes nothing else)
    that begin neither with the plain SQLite header nor with text or zeros (a protected file
    begins with 16 random bytes). Reads at most 16 bytes. Without the key this cannot be
    proven: it is what the file looks like, said so to the teacher."""
    path = Path(caseload_file)
    try:
        size = path.stat().st_size
        with open(path, "rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if key_file_for(path).exists() or size == 0 or size % 512 or head == SQLITE_HEADER:
        return False
    text_like = all(32 <= byte < 127 or byte in b"\t\r\n" for byte in head)
    return any(head) and not text_like


def key_text(key: bytes | None) -> str:
    """The key as SQLCipher takes it: x'<64 hex digits>', its raw-key form (used as the
    encryption key, no derivation); '' for a plain database (an ATTACH ... KEY '')."""
    if key is None:
        return ""
    if len(key) != KEY_BYTES:
        raise ValueError("a caseload key is 32 bytes")
    return f"x'{key.hex()}'"


def connect_with_key(target: str, key: bytes | None, *,
                     uri: bool = False) -> sqlcipher3.Connection:
    """A sqlcipher3 connection to `target` (a path, or a file: URI with uri=True) keyed with
    `key` (None: a plain file), in autocommit mode, with temporary files kept in memory.
    Nothing is read yet: a wrong key shows at the first query."""
    import sqlcipher3

    conn = sqlcipher3.connect(target, uri=uri, timeout=5.0, isolation_level=None,
                              factory=_keyed_connection_class())
    conn.caseload_key = key
    try:
        # SQLCipher logs a failed page check to stderr by default: the terminal of
        # `iep-desk check` would show lines meant for SQLCipher's developers.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f'PRAGMA key = "{key_text(key)}"')
        # Nothing a protected caseload holds goes to a temporary file on disk.
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


_KEYED: list = []


def _keyed_connection_class():
    """sqlcipher3's Connection, knowing the key it was opened with (`caseload_key`, None for
    a plain file): what backs a protected caseload up with the same key (storage.backup)
    reads it from the connection it is given. Made once, when sqlcipher3 is first needed."""
    if not _KEYED:
        import sqlcipher3

        class KeyedConnection(sqlcipher3.Connection):
            caseload_key: bytes | None = None

        _KEYED.append(KeyedConnection)
    return _KEYED[0]


def key_of(conn) -> bytes | None:
    """The key a caseload connection was opened with: None for a plain (sqlite3) one."""
    return getattr(conn, "caseload_key", None)


def set_caseload_pragmas(conn: sqlcipher3.Connection) -> None:
    """The settings every writing connection to a caseload gets (as storage.database sets
    them on a plain one), after the key."""
    conn.execute("PRAGMA recursive_triggers=on")  # as sqlite_utils.Database sets it
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut too, not only a crash of the app.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def open_protected(path: Path, key: bytes, *, read_only: bool = False,
                   leave_no_trace: bool = False) -> sqlcipher3.Connection:
    """A sqlcipher3 connection to the protected caseload `path`, keyed and checked to open.

    For writing (the default) the file must exist, owner-only (an empty file made with
    storage.files.create_private becomes a new protected database); the connection is in
    autocommit mode (isolation_level=None) with the caseload's pragmas: WAL,
    synchronous=FULL, foreign keys, recursive triggers, temp_store=MEMORY. With read_only
    the file cannot be written (query_only too); with leave_no_trace as well, and no -wal
    beside it, SQLite is told the file is immutable and makes no -wal or -shm (inspecting
    a damaged file leaves the folder as it was).

    Raises ProtectedCaseloadUnreadable when the key does not open page 1 (damaged, or
    another caseload's key), DamagedProtectedCaseload when a later page fails, the
    storage.errors disk problems, CaseloadUnavailable for anything else; the connection is
    closed then.
    """
    path = Path(path)
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        if leave_no_trace and not Path(str(path) + "-wal").exists():
            uri += "&immutable=1"
        conn = connect_with_key(uri, key, uri=True)
    else:
        conn = connect_with_key(str(path), key)
    try:
        # The first read is where a wrong key or a damaged first page shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if read_only:
            conn.execute("PRAGMA recursive_triggers=on")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA query_only=ON")
        else:
            set_caseload_pragmas(conn)
    except BaseException as error:
        conn.close()
        if _is_database_error(error):
            raise protected_file_problem(error, path, writing=not read_only) from error
        raise
    return conn


def check_protected(conn: sqlcipher3.Connection, path: Path, *, thorough: bool = False) -> None:
    """Raise DamagedProtectedCaseload unless SQLite's own check says "ok".

    As for a plain caseload: the quick check on every open, which reads every page in use
    (and SQLCipher refuses a page whose HMAC fails as it reads it); with `thorough`
    (backups, `iep-desk check`) SQLite's integrity check, and SQLCipher's check of every
    page of the file, the free ones too (cipher_integrity_check)."""
    try:
        pages = ([row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
                 if thorough else [])
        pragma = "integrity_check(20)" if thorough else "quick_check(20)"
        verdict = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except BaseException as error:
        if _is_database_error(error):
            raise protected_file_problem(error, path, writing=False) from error
        raise
    if pages or verdict != ["ok"]:
        raise _damaged(path, "; ".join((pages + [v for v in verdict if v != "ok"])[:3]))


def protected_file_problem(error: BaseException, path: Path, *, writing: bool) -> DataFileError:
    """What a sqlcipher3 error met while opening or reading the protected `path` means."""
    disk = disk_problem(error, path, writing=writing)
    if disk is not None:
        return disk
    code = sqlite_code(error)
    if code == SQLITE_NOTADB:
        return ProtectedCaseloadUnreadable(
            f"The protected caseload {path} cannot be opened with its key: the file is "
            "damaged, or the key file beside it belongs to another caseload. IEP Desk did "
            "not change it.",
            technical=f"SQLCipher reports: {error}")
    if code == SQLITE_CORRUPT:
        return _damaged(path, str(error))
    return CaseloadUnavailable(
        f"IEP Desk cannot read the protected caseload {path} right now: you may not have "
        "permission to open it, or another program may be using it. Nothing was changed.",
        technical=str(error))


def _damaged(path: Path, detail: str) -> DamagedProtectedCaseload:
    return DamagedProtectedCaseload(
        f"The protected caseload {path} is damaged: parts of it can no longer be read. This "
        "can happen when a laptop loses power or a USB drive is pulled out while saving. "
        "IEP Desk did not change it.",
        technical=f"SQLCipher reports: {detail}")


def _is_database_error(error: BaseException) -> bool:
    import sqlcipher3

    return isinstance(error, sqlcipher3.Error)
