"""Backups of a protected caseload: encrypted with the caseload's key, each with a copy of
the key file beside it.

A backup of a protected caseload is made with SQLite's online backup API into a new file
keyed with the same key (SQLCipher copies encrypted pages only between databases with the
same key and settings: a plain destination is refused), and checked like every backup:
SQLCipher's check of every page, then SQLite's integrity check.

Where the key goes: a copy of the key file beside each backup, with the backup's name and
".key" (caseload-2026-11-23T0915-n42.sqlite and caseload-2026-11-23T0915-n42.key), because

- a backup with its key file is self-contained: copied to a USB stick as a pair, it
  restores on another computer with the passphrase (or the recovery code);
- it survives the loss of caseload.key: any backup's key copy with the same key_id opens
  the caseload (the key never changes while protection stays on);
- a backup made under an earlier key (protection turned off and on again, which makes a
  new key) keeps the key that opens it, which one shared copy would lose;
- pruning a backup removes its key copy with it, and nothing else.

The key copies hold the key wrapped only, like caseload.key: without the passphrase or the
recovery code they open nothing. When the passphrase changes, refresh_key_copies rewrites
the copies of the same key, so every backup opens with the current passphrase.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iep_desk import config
from iep_desk.storage import files
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.keys import (
    DamagedKeyFile,
    key_file_for,
    key_id_of,
    write_key_file,
)
from iep_desk.storage.protected_file import connect_with_key, starts_like_sqlite
from iep_desk.storage.protection import convert, overwrite_and_remove

if TYPE_CHECKING:
    import sqlcipher3

# A plain backup is renamed to this while its protected copy takes its place.
UNPROTECTED_SUFFIX = ".unprotected"


def copy_protected(source: sqlcipher3.Connection, target: Path, key: bytes) -> list[str]:
    """Copy the open protected caseload `source` (its write-ahead log included) into the
    empty owner-only file `target` (storage.files.create_private or partial_file), encrypted
    with the same `key`, as one self-contained file (journal_mode DELETE), and check it.

    Returns the checks' verdict: ["ok"] when every page authenticates and SQLite's
    integrity check passes, else the first problems found. Raises sqlcipher3.Error or
    OSError when the copy cannot be made (storage.backup says what they mean)."""
    copy = connect_with_key(str(target), key)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        pages = [row[0] for row in copy.execute("PRAGMA cipher_integrity_check")]
        verdict = [row[0] for row in copy.execute("PRAGMA integrity_check(20)")]
    finally:
        copy.close()
    if pages:
        return [f"page check: {row}" for row in pages[:20]]
    return verdict


def key_copy_for(backup: Path) -> Path:
    """The key file that goes with a backup: its name with .key."""
    return key_file_for(backup)


def write_key_copy(backup: Path, key_file: bytes) -> Path:
    """Write the key file's content beside `backup`, whole and owner-only; its path."""
    target = key_copy_for(backup)
    write_key_file(target, key_file)
    return target


def refresh_key_copies(data_dir: Path, key_file: bytes) -> list[Path]:
    """Rewrite every key copy in the backups folder that holds the same key as `key_file`
    (after the passphrase changed, or a new recovery code), so every backup of this key
    opens with the current passphrase and code. Copies of other keys (earlier protection)
    and damaged ones are left as they are. Returns the copies rewritten; OSError when one
    cannot be written (those before it are rewritten, the rest keep the old passphrase)."""
    folder = config.backup_dir(Path(data_dir))
    if not folder.is_dir():
        return []
    ours = key_id_of(key_file)
    rewritten = []
    for copy in sorted(folder.glob("*.key")):
        try:
            same = key_id_of(copy.read_bytes()) == ours
        except (OSError, DamagedKeyFile, DataFileError):
            continue
        if same:
            write_key_file(copy, key_file)
            rewritten.append(copy)
    return rewritten


@dataclass(frozen=True, slots=True)
class ProtectedBackups:
    protected: list[Path]  # plain backups now protected, a key copy beside each
    left_plain: list[Path]  # plain files in the backups folder that are not IEP Desk's own


def protect_backups(data_dir: Path, key: bytes, key_file: bytes) -> ProtectedBackups:
    """Protect every plain backup IEP Desk made in the backups folder (scheduled ones and
    the copies kept from before a restore or an update), under the same name, with a key
    copy beside each; the plain file is overwritten and removed (see
    protection.overwrite_and_remove for what that can and cannot promise).

    Each backup: its protected copy is written into a partial file and checked row by row
    against it (protection.convert); the key copy is written; the plain backup is renamed
    X.unprotected; the protected copy takes its name; the plain one is overwritten and
    removed. A run cut short leaves at most one X.unprotected, which the next run puts
    back (when X.sqlite is missing) or removes (when the protected X.sqlite is there).

    Files IEP Desk did not make (their names are not its backups' names) are left as they
    are and listed in left_plain. Raises ConversionFailed or a disk problem; the backups
    protected before it stay protected, the others stay plain."""
    # Here, not at the top: storage.backup will import this module to make its copies.
    from iep_desk.storage.backup import OTHER, read_backup_name

    folder = config.backup_dir(Path(data_dir))
    if not folder.is_dir():
        return ProtectedBackups([], [])
    finish_interrupted_backup_protection(folder)
    protected, left_plain = [], []
    for backup in sorted(folder.glob("*.sqlite")):
        if not starts_like_sqlite(backup):
            continue
        if read_backup_name(backup).kind == OTHER:
            left_plain.append(backup)
            continue
        aside = backup.with_suffix(UNPROTECTED_SUFFIX)
        with files.partial_file(backup) as partial:
            try:
                convert(backup, None, partial, key)
            finally:
                for suffix in ("-journal", "-wal", "-shm"):
                    Path(str(partial) + suffix).unlink(missing_ok=True)
            write_key_copy(backup, key_file)
            os.replace(backup, aside)
            os.replace(partial, backup)
        overwrite_and_remove(aside)
        protected.append(backup)
    return ProtectedBackups(protected, left_plain)


def finish_interrupted_backup_protection(folder: Path) -> None:
    """Put right what a cut-short protect_backups left: X.unprotected goes back to X.sqlite
    when X.sqlite is missing, and is overwritten and removed when the protected X.sqlite
    took its place."""
    for aside in Path(folder).glob("*" + UNPROTECTED_SUFFIX):
        backup = aside.with_suffix(".sqlite")
        if backup.exists():
            overwrite_and_remove(aside)
        else:
            os.replace(aside, backup)
