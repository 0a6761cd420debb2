"""Turning passphrase protection on and off: converting the caseload file, and back.

Turning protection on makes a new key (storage.keys), writes an encrypted copy of the
caseload with SQLCipher's sqlcipher_export() into a new owner-only file beside it, checks
that copy row by row against the caseload, writes the key file, and only then swaps the
copy in. The plain caseload is kept aside as caseload.before-protection.sqlite until the
teacher confirms that the protected one opens (remove_copy_kept_aside), and is then
overwritten and removed. Turning it off is the same the other way, keeping the protected
caseload and its key file aside as caseload.before-unprotection.sqlite and .key.

In this order, so that a kill or a power cut at any moment leaves a caseload that opens:

1. the write-ahead log is folded into the caseload file, so the file alone is everything;
2. the converted copy is written and checked (a failure removes it; nothing else changed);
3. (on) the key file is written beside the plain caseload, where it is ignored;
4. the caseload is renamed to the copy kept aside;
5. the converted copy is renamed to the caseload's name;
6. (off) the key file is renamed to go with the copy kept aside.

Between 4 and 5 there is no caseload file: finish_interrupted_change, which the app runs
before it opens the caseload (and before it removes stale partial files), puts the copy
kept aside back; after 5 and before 6 it moves the key file to the copy kept aside.

The caller holds the caseload's lock (storage.lock) and has closed its own connection.

Backups of a plain caseload stay plain until storage.protected_backup.protect_backups
converts them (the window and the command line call it right after turning protection on).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from iep_desk import config
from iep_desk.storage import files
from iep_desk.storage.errors import DataFileError, disk_problem
from iep_desk.storage.keys import (
    CURRENT_COST,
    ScryptCost,
    key_file_for,
    new_protection,
    write_key_file,
)
from iep_desk.storage.protected_file import (
    ProtectedCaseloadUnreadable,
    connect_with_key,
    is_protected,
    key_text,
    protected_file_problem,
    starts_like_sqlite,
)

# The copies kept aside in the caseload's folder until the teacher confirms.
PLAIN_COPY_NAME = "caseload.before-protection.sqlite"  # plain text: removed by overwriting
PROTECTED_COPY_NAME = "caseload.before-unprotection.sqlite"  # with its .key beside it


class ConversionFailed(DataFileError):
    """Protection could not be turned on or off; the caseload is as it was."""

    code = "conversion_failed"


@dataclass(frozen=True, slots=True)
class ProtectionTurnedOn:
    """The caseload is protected. The key and recovery code live in memory only (repr=False):
    show the code once; keep the key to open the caseload without asking again."""

    key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)
    key_file: bytes = field(repr=False)
    plain_copy: Path  # the caseload as it was, plain: remove_copy_kept_aside once confirmed


@dataclass(frozen=True, slots=True)
class ProtectionTurnedOff:
    protected_copy: Path  # the caseload as it was, protected, its key file beside it


def turn_protection_on(data_dir: Path, passphrase: str, *,
                       cost: ScryptCost = CURRENT_COST) -> ProtectionTurnedOn:
    """Protect the plain caseload in `data_dir` with `passphrase` (see the module's text for
    the order of the steps). Takes about a second for the two key derivations, then the
    time to copy the file twice over.

    Raises ConversionFailed (the caseload unchanged: not plain, a copy still kept aside
    from an earlier change, the copy did not match, the disk) or the disk problems of
    storage.errors. ValueError for an empty passphrase."""
    data_file = config.data_file(Path(data_dir))
    _refuse_unless(data_file, protected=False)
    protection = new_protection(passphrase, cost=cost)
    aside = data_file.with_name(PLAIN_COPY_NAME)
    _fold_log(data_file, None)
    with _converted_copy(data_file) as partial:
        convert(data_file, None, partial, protection.key)
        try:
            write_key_file(key_file_for(data_file), protection.key_file)
        except OSError as error:
            raise _write_problem(error, data_file.parent) from error
        _swap_in(partial, data_file, aside, move_key=False)
    return ProtectionTurnedOn(protection.key, protection.recovery_code, protection.key_file,
                              aside)


def turn_protection_off(data_dir: Path, key: bytes) -> ProtectionTurnedOff:
    """Make the protected caseload in `data_dir` (whose key the caller unwrapped with the
    passphrase) a plain one again. Its backups stay protected, each with its key file.
    Raises ConversionFailed, the disk problems, or the opening problems of
    storage.protected_file (the key does not open it); the caseload is unchanged then."""
    data_file = config.data_file(Path(data_dir))
    _refuse_unless(data_file, protected=True)
    aside = data_file.with_name(PROTECTED_COPY_NAME)
    _fold_log(data_file, key)
    with _converted_copy(data_file) as partial:
        convert(data_file, key, partial, None)
        _swap_in(partial, data_file, aside, move_key=True)
    return ProtectionTurnedOff(aside)


def copy_kept_aside(data_dir: Path) -> Path | None:
    """The copy a change of protection keeps until the teacher confirms, if one is there
    (the app asks again at its next start when one is left)."""
    data_file = config.data_file(Path(data_dir))
    for name in (PLAIN_COPY_NAME, PROTECTED_COPY_NAME):
        if data_file.with_name(name).exists():
            return data_file.with_name(name)
    return None


def remove_copy_kept_aside(data_dir: Path) -> None:
    """Remove the copies kept aside (overwritten first: see overwrite_and_remove), with their
    -wal/-shm companions and, for the protected one, its key file. Never touches the
    caseload. Raises ConversionFailed when a copy cannot be removed."""
    data_file = config.data_file(Path(data_dir))
    for name in (PLAIN_COPY_NAME, PROTECTED_COPY_NAME):
        aside = data_file.with_name(name)
        for path in (aside, *_companions(aside), key_file_for(aside)):
            if path.exists():
                try:
                    overwrite_and_remove(path)
                except OSError as error:
                    raise ConversionFailed(f"The copy {path} could not be removed.",
                                           technical=str(error)) from error


def finish_interrupted_change(data_dir: Path) -> bool:
    """Put things in order after a change of protection was cut short (a kill, a power
    cut): when there is no caseload file but a copy kept aside, the copy goes back in its
    place (with its key file, when it is the protected one); when the caseload is plain and
    the protected copy's key file is still under the caseload's key name, it goes with the
    copy. Returns True when something was moved. Run before opening the caseload, and
    before stale partial files are removed (one may be the converted copy; it is not needed)."""
    data_file = config.data_file(Path(data_dir))
    moved = False
    if not data_file.exists():
        for name in (PLAIN_COPY_NAME, PROTECTED_COPY_NAME):
            aside = data_file.with_name(name)
            if aside.exists():
                os.replace(aside, data_file)
                moved = True
                if name == PROTECTED_COPY_NAME and key_file_for(aside).exists() \
                        and not key_file_for(data_file).exists():
                    os.replace(key_file_for(aside), key_file_for(data_file))
                break
    protected_aside = data_file.with_name(PROTECTED_COPY_NAME)
    if (protected_aside.exists() and not key_file_for(protected_aside).exists()
            and starts_like_sqlite(data_file) and key_file_for(data_file).exists()):
        os.replace(key_file_for(data_file), key_file_for(protected_aside))
        moved = True
    return moved


def overwrite_and_remove(path: Path) -> None:
    """Overwrite the file with zeros, flush it to the disk, then delete it.

    This makes the old bytes unreadable where the file system writes a file in place: a
    hard disk, or a USB stick formatted FAT or exFAT. It does NOT guarantee it on an SSD
    (the drive's controller writes the zeros elsewhere and keeps the old blocks until it
    reuses them), on copy-on-write file systems (APFS, Btrfs, ZFS, ReFS) or where
    snapshots, backups or cloud sync hold an earlier version: there, the old bytes stay
    on the drive until they happen to be reused. Only encryption from the start (a
    protected caseload; the operating system's disk encryption) protects those. A file
    that cannot be opened for writing (read-only) is deleted without overwriting.
    Raises OSError when it cannot be deleted."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "r+b") as file:
            zeros = bytes(1 << 20)
            left = size
            while left > 0:
                left -= file.write(zeros[:min(left, len(zeros))])
            file.flush()
            os.fsync(file.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # cannot be written (read-only): still deleted below
    path.unlink(missing_ok=True)


# -- converting one file into another ------------------------------------------------------------

def convert(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None) -> None:
    """Copy the caseload file `source` into the empty owner-only file `target` with
    SQLCipher's sqlcipher_export(), encrypted with `target_key` (None: plain), reading
    `source` with `source_key` (None: plain); then check the copy: every page, SQLite's
    integrity check, and every row of every table, the schema and the data version compared
    with `source` (compare_files). Nothing else may have `source` open for writing, and no
    -wal may be beside it (fold its log first). The copy is one self-contained file
    (journal_mode DELETE); opening it as the caseload sets WAL again.

    Used for the caseload and for backups. Raises ConversionFailed, or the problems of
    storage.protected_file when `source` cannot be read with its key."""
    import sqlcipher3

    try:
        conn = connect_with_key(str(target), target_key)
        try:
            # The copy is a new file that nothing uses until it is checked and flushed to
            # the disk below: waiting for the disk after each of the export's steps (FULL)
            # would make it ten times slower and protect nothing.
            conn.execute("PRAGMA main.synchronous = OFF")
            conn.execute("ATTACH DATABASE ? AS source KEY ?",
                         [_read_only_uri(source), key_text(source_key)])
            version = conn.execute("PRAGMA source.user_version").fetchone()[0]
            conn.execute("SELECT sqlcipher_export('main', 'source')")
            # sqlcipher_export copies the schema and the rows, not the header's data version.
            conn.execute(f"PRAGMA main.user_version = {int(version)}")
            conn.execute("DETACH DATABASE source")
        finally:
            conn.close()
    except sqlcipher3.Error as error:
        raise _conversion_problem(error, source, target) from error
    try:
        flush_to_disk(target)
    except OSError as error:
        raise _write_problem(error, target.parent) from error
    differences = compare_files(source, source_key, target, target_key)
    if differences:
        raise ConversionFailed(
            "The converted copy of the caseload did not match it, so nothing was changed. "
            "The caseload file may be damaged: run `iep-desk check`.",
            technical="; ".join(differences[:3]))


def flush_to_disk(path: Path) -> None:
    """Make sure every byte of the file is on the disk, not only in the system's cache, before
    it is renamed into place (a power cut then never leaves a renamed file without its data)."""
    with open(path, "r+b") as file:
        os.fsync(file.fileno())


def compare_files(first: Path, first_key: bytes | None, second: Path,
                  second_key: bytes | None) -> list[str]:
    """What differs between two caseload files, each read with its key (None: plain): the
    schema (tables, indexes, triggers), the data version and every row of every table,
    value for value and type for type, in rowid order. Also SQLCipher's check of every
    page and SQLite's integrity check of `second`. An empty list: the same."""
    import sqlcipher3

    conn = connect_with_key(_read_only_uri(second), second_key, uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS other KEY ?",
                     [_read_only_uri(first), key_text(first_key)])
        problems = [f"page check: {row[0]}" for row in conn.execute(
            "PRAGMA main.cipher_integrity_check")]
        verdict = [row[0] for row in conn.execute("PRAGMA main.integrity_check(5)")]
        problems += [f"integrity: {v}" for v in verdict if v != "ok"]
        problems += _differences(conn)
    except sqlcipher3.Error as error:
        problems = [f"could not be compared: {error}"]
    finally:
        conn.close()
    return problems


def _differences(conn) -> list[str]:
    schema = "SELECT type, name, tbl_name, sql FROM {}.sqlite_master ORDER BY type, name"
    main_schema = conn.execute(schema.format("main")).fetchall()
    if main_schema != conn.execute(schema.format("other")).fetchall():
        return ["the schema differs"]
    versions = [conn.execute(f"PRAGMA {db}.user_version").fetchone()[0] for db in ("main", "other")]
    if versions[0] != versions[1]:
        return [f"data version {versions[0]} against {versions[1]}"]
    problems = []
    for kind, name, _table, _sql in main_schema:
        if kind != "table" or name.startswith("sqlite_stat"):
            continue
        quoted = '"' + name.replace('"', '""') + '"'
        ours = conn.execute(f"SELECT * FROM main.{quoted} ORDER BY rowid")
        theirs = conn.execute(f"SELECT * FROM other.{quoted} ORDER BY rowid")
        number = 0
        while True:
            a, b = ours.fetchmany(500), theirs.fetchmany(500)
            if [_typed(row) for row in a] != [_typed(row) for row in b]:
                problems.append(f"table {name}: rows from {number + 1} differ")
                break
            if not a:
                break
            number += len(a)
    return problems


def _typed(row: tuple) -> tuple:
    # 1, 1.0 and True are equal in Python; in a caseload they are different values.
    return tuple((type(value), value) for value in row)


# -- helpers --------------------------------------------------------------------------------------

def _refuse_unless(data_file: Path, *, protected: bool) -> None:
    kept = copy_kept_aside(data_file.parent)
    if kept is not None:
        raise ConversionFailed(
            "A copy of the caseload from the last change of protection is still kept "
            f"aside ({kept.name}). Remove it first (IEP Desk asks when it starts), then try "
            "again. Nothing was changed.")
    if not data_file.is_file() or data_file.stat().st_size == 0:
        raise ConversionFailed(f"There is no caseload in {data_file.parent} to convert yet. "
                               "Nothing was changed.")
    if protected and not is_protected(data_file):
        raise ConversionFailed("This caseload is not protected with a passphrase. "
                               "Nothing was changed.")
    if not protected and not starts_like_sqlite(data_file):
        raise ConversionFailed("This caseload is already protected with a passphrase, or is "
                               "not a caseload IEP Desk can read. Nothing was changed.")


def _read_only_uri(path: Path) -> str:
    # immutable: nothing else has the file open (the caller holds the lock, the log is
    # folded), and a read-only look must not leave -wal or -shm files beside it. A file
    # with a write-ahead log beside it (a plain backup copied with its -wal, being
    # restored) is read with its log, which immutable would ignore.
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    return uri if Path(str(path) + "-wal").exists() else uri + "&immutable=1"


def _companions(path: Path) -> list[Path]:
    return [Path(str(path) + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _fold_log(path: Path, key: bytes | None) -> None:
    """Fold a write-ahead log left beside `path` into it, so the file alone is the caseload
    (closing the last connection removes the log). A log that stays means another program
    has the file open: ConversionFailed."""
    import sqlcipher3

    if not Path(str(path) + "-wal").exists():
        return
    try:
        conn = connect_with_key(str(path), key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlcipher3.Error as error:
        problem = protected_file_problem(error, path, writing=True)
        raise problem from error
    if Path(str(path) + "-wal").exists():
        raise ConversionFailed("The caseload is open in another program (or another copy of "
                               "IEP Desk), so it was not converted. Nothing was changed.")


@contextmanager
def _converted_copy(data_file: Path) -> Iterator[Path]:
    """files.partial_file beside the caseload (a problem creating it said plainly); on leaving,
    whatever -wal or -shm SQLite left beside the partial file goes too."""
    with ExitStack() as stack:
        try:
            partial = stack.enter_context(files.partial_file(data_file))
        except OSError as error:
            raise _write_problem(error, data_file.parent) from error
        try:
            yield partial
        finally:
            for extra in _companions(partial):
                extra.unlink(missing_ok=True)


def _swap_in(partial: Path, data_file: Path, aside: Path, *, move_key: bool) -> None:
    """Steps 4-6: the caseload to `aside`, the converted copy into its place, and (turning
    protection off) the key file to go with `aside`. A step that fails undoes the ones
    before, so the caseload is as it was."""
    done: list[tuple[Path, Path]] = []
    moves = [(data_file, aside), (partial, data_file)]
    if move_key:
        moves.append((key_file_for(data_file), key_file_for(aside)))
    try:
        for source, target in moves:
            os.replace(source, target)
            done.append((source, target))
    except OSError as error:
        for source, target in reversed(done):
            try:
                os.replace(target, source)
            except OSError:
                pass  # finish_interrupted_change puts it right at the next start
        raise _write_problem(error, data_file.parent) from error


def _write_problem(error: OSError, folder: Path) -> DataFileError:
    return disk_problem(error, folder, writing=True) or ConversionFailed(
        f"IEP Desk could not write in {folder}, so the caseload was not converted. Nothing was "
        "changed.", technical=str(error))


def _conversion_problem(error: Exception, source: Path, target: Path) -> DataFileError:
    disk = disk_problem(error, target.parent, writing=True) or _export_disk_problem(
        error, target.parent)
    if disk is not None:
        return disk
    problem = protected_file_problem(error, source, writing=False)
    if isinstance(problem, ProtectedCaseloadUnreadable):
        return problem
    return ConversionFailed("The caseload could not be converted. Nothing was changed.",
                            technical=str(error))


def _export_disk_problem(error: Exception, folder: Path) -> DataFileError | None:
    """sqlcipher_export() reports a statement that failed inside it with the generic
    SQLITE_ERROR code and that statement's own text: a full disk or a failing drive is
    then known by the text alone."""
    text = str(error).lower()
    if "database or disk is full" in text:
        return disk_problem(OSError(errno.ENOSPC, str(error)), folder, writing=True)
    if "disk i/o error" in text:
        return disk_problem(OSError(errno.EIO, str(error)), folder, writing=True)
    return None
