"""Restoring a backup keeps the caseload's protection: a plain backup restored over a
protected caseload is written encrypted with the caseload's key (never a plain copy in the
caseload's place or beside it, the key file as it was); a protected backup over a plain
caseload makes it protected with the backup's passphrase, and the result says which."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import files, keys, protection
from iep_desk.storage.backup import (
    KEPT_PROTECTED,
    PROTECTED_BY_BACKUP,
    RESTORED_PLAIN,
    RestoreFailed,
    make_backup,
    restore_backup,
)
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.database import NeedsPassphrase, inspect_file, open_database
from iep_desk.storage.protected_file import is_protected, starts_like_sqlite

from .faults import folder_state
from .protected_caseload import (
    FAST,
    PASSPHRASE,
    SECRET_WORDS,
    every_row,
    plain_rows,
    secrets_in,
    write_plain_caseload,
)

OTHER_PASSPHRASE = "a heron on one leg at dawn"


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    path = write_plain_caseload(tmp_path_factory.mktemp("written") / "data")
    return path, plain_rows(path)


@pytest.fixture
def protected_with_plain_backup(data_dir, written_once):
    """A protected caseload (one student more than the backup) and, in its backups folder,
    a plain backup of the caseload as it was before (as a backup left plain would be)."""
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    plain_backup = config.ensure_private_dir(config.backup_dir(data_dir)) / (
        "caseload-2026-11-20T0915-n1.sqlite")
    shutil.copyfile(source, plain_backup)
    key = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST).key
    protection.remove_copy_kept_aside(data_dir)
    store = open_caseload(data_dir, key=key)
    try:
        store.add_student(Student("Later", "Addition"))
    finally:
        store.db.close()
    return data_dir, key, plain_backup, rows


def plain_copies(data_dir: Path, *, besides: Path) -> dict[str, list[str]]:
    """Every file in the data folder (the backups folder included) but `besides` that holds
    a name or a note of the caseload in plain text."""
    found = {}
    for path in data_dir.rglob("*"):
        if path.is_file() and path != besides and secrets_in(path):
            found[str(path.relative_to(data_dir))] = secrets_in(path)
    return found


def assert_encrypted_with(data_file: Path, key: bytes, rows: dict) -> None:
    """The file cannot be read without the key (neither by SQLite nor by IEP Desk), opens
    with it, and holds `rows`."""
    assert is_protected(data_file) and not starts_like_sqlite(data_file)
    assert secrets_in(data_file) == []
    plain = sqlite3.connect(data_file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM students").fetchone()
    finally:
        plain.close()
    assert isinstance(inspect_file(data_file, key=None).problem, NeedsPassphrase)
    db = open_database(data_file.parent, key=key)
    try:
        assert every_row(db.conn)["rows"] == rows["rows"]
    finally:
        db.close()


def test_a_plain_backup_restored_over_a_protected_caseload_stays_protected(
        protected_with_plain_backup):
    data_dir, key, plain_backup, rows = protected_with_plain_backup
    data_file = config.data_file(data_dir)
    key_file = keys.key_file_for(data_file).read_bytes()
    result = restore_backup(plain_backup, data_dir, key=key)
    assert result.protection == KEPT_PROTECTED
    assert_encrypted_with(data_file, key, rows)
    # The key file stays: the caseload opens with the same passphrase as before.
    assert keys.key_file_for(data_file).read_bytes() == key_file
    assert keys.unlock_with_passphrase(key_file, PASSPHRASE) == key
    # The copy kept from before the restore is the protected caseload, with its key copy.
    assert is_protected(result.previous_saved_as)
    # No plain copy of the data anywhere in the data folder but the plain backup itself,
    # and nothing half-written left behind.
    assert plain_copies(data_dir, besides=plain_backup) == {}
    assert secrets_in(plain_backup) == SECRET_WORDS  # (the check above would see one)
    assert not list(data_dir.rglob(files.PARTIAL_PREFIX + "*"))
    assert not [p for p in data_dir.iterdir() if p.name.endswith(("-journal", ".tmp"))]


def test_a_plain_backup_from_elsewhere_is_encrypted_before_it_is_moved_in(
        protected_with_plain_backup, tmp_path, monkeypatch):
    """The encrypted copy is written into an owner-only partial file beside the caseload;
    the plain file is never copied into the data folder at all."""
    data_dir, key, plain_backup, rows = protected_with_plain_backup
    usb = tmp_path / "usb"
    usb.mkdir()
    elsewhere = usb / "caseload copy.sqlite"
    shutil.move(plain_backup, elsewhere)
    seen = []
    real_convert = protection.convert

    def watching(source, source_key, target, target_key):
        seen.append((Path(source), source_key, Path(target), target_key,
                     stat.S_IMODE(Path(target).stat().st_mode)))
        real_convert(source, source_key, target, target_key)

    monkeypatch.setattr(protection, "convert", watching)
    restore_backup(elsewhere, data_dir, key=key)
    [(source, source_key, target, target_key, mode)] = seen
    assert source == elsewhere and source_key is None and target_key == key
    assert target.parent == data_dir and target.name.startswith(files.PARTIAL_PREFIX)
    if sys.platform != "win32":
        assert mode == 0o600
    assert_encrypted_with(config.data_file(data_dir), key, rows)
    assert plain_copies(data_dir, besides=elsewhere) == {}


def test_an_encrypted_copy_that_does_not_check_out_replaces_nothing(
        protected_with_plain_backup, monkeypatch):
    data_dir, key, plain_backup, _rows = protected_with_plain_backup
    before = folder_state(data_dir)
    monkeypatch.setattr(protection, "compare_files",
                        lambda *args: ["table students: rows from 1 differ"])
    with pytest.raises(RestoreFailed) as failed:
        restore_backup(plain_backup, data_dir, key=key)
    assert "was not replaced" in failed.value.message
    assert "SQLite" not in failed.value.message and "sqlcipher" not in failed.value.message
    assert folder_state(data_dir) == before


def test_a_disk_that_fills_while_the_backup_is_encrypted_replaces_nothing(
        protected_with_plain_backup, monkeypatch):
    data_dir, key, plain_backup, _rows = protected_with_plain_backup
    before = folder_state(data_dir)
    real_connect = protection.connect_with_key
    touched = []

    def full_disk(target, key, **kwargs):
        conn = real_connect(target, key, **kwargs)
        if files.PARTIAL_PREFIX in str(target):
            touched.append(target)
            # The copy may not grow by a page: SQLite's own "database or disk is full".
            conn.execute("PRAGMA max_page_count = 2")
        return conn

    monkeypatch.setattr(protection, "connect_with_key", full_disk)
    with pytest.raises(RestoreFailed) as failed:
        restore_backup(plain_backup, data_dir, key=key)
    assert touched
    message = failed.value.message
    assert "full" in message and "not replaced" in message
    assert "SQLite" not in message and "damaged" not in message
    monkeypatch.undo()
    assert folder_state(data_dir) == before  # nothing half-written left, nothing moved


def test_a_restore_over_a_damaged_protected_caseload_that_cannot_rename_changes_nothing(
        protected_with_plain_backup, monkeypatch):
    data_dir, key, plain_backup, _rows = protected_with_plain_backup
    data_file = config.data_file(data_dir)
    with open(data_file, "r+b") as damaged:
        damaged.truncate(data_file.stat().st_size // 2)
    before = folder_state(data_dir)
    real_replace = os.replace

    def replace(source, target):
        if Path(target) == data_file and Path(source).name.startswith(files.PARTIAL_PREFIX):
            raise OSError(28, "No space left on device")  # moving the restored file in
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RestoreFailed) as failed:
        restore_backup(plain_backup, data_dir, key=key)
    monkeypatch.undo()
    assert "not replaced" in failed.value.message
    # The damaged caseload and its key file are back in place, as they were.
    assert folder_state(data_dir) == before


def test_without_the_caseloads_key_a_plain_backup_does_not_replace_a_protected_caseload(
        protected_with_plain_backup):
    data_dir, _key, plain_backup, _rows = protected_with_plain_backup
    before = folder_state(data_dir)
    with pytest.raises(RestoreFailed):
        restore_backup(plain_backup, data_dir)
    assert folder_state(data_dir) == before


def test_a_damaged_protected_caseload_restored_from_a_plain_backup_stays_protected(
        protected_with_plain_backup):
    data_dir, key, plain_backup, rows = protected_with_plain_backup
    data_file = config.data_file(data_dir)
    key_file = keys.key_file_for(data_file).read_bytes()
    with open(data_file, "r+b") as damaged:
        damaged.truncate(data_file.stat().st_size // 2)
    result = restore_backup(plain_backup, data_dir, key=key)
    assert result.protection == KEPT_PROTECTED
    # The damaged file is kept with its key file; the caseload keeps the same key file.
    assert keys.key_file_for(result.damaged_kept_as).read_bytes() == key_file
    assert keys.key_file_for(data_file).read_bytes() == key_file
    assert_encrypted_with(data_file, key, rows)
    assert plain_copies(data_dir, besides=plain_backup) == {}


def test_a_protected_backup_of_the_same_key_keeps_the_caseloads_passphrase(
        protected_with_plain_backup):
    """A backup's key copy may carry an older passphrase (the backup came from a USB stick
    made before the passphrase changed): the caseload keeps its own key file."""
    data_dir, key, _plain_backup, _rows = protected_with_plain_backup
    store = open_caseload(data_dir, key=key)
    try:
        backup = make_backup(store.db.conn, data_dir).path
    finally:
        store.db.close()
    data_file = config.data_file(data_dir)
    keys.write_key_file(keys.key_file_for(data_file), keys.change_passphrase(
        keys.read_key_file(keys.key_file_for(data_file)), PASSPHRASE, OTHER_PASSPHRASE,
        cost=FAST))
    current = keys.key_file_for(data_file).read_bytes()
    result = restore_backup(backup, data_dir, key=key)
    assert result.protection == KEPT_PROTECTED
    assert keys.key_file_for(data_file).read_bytes() == current
    assert keys.unlock_with_passphrase(current, OTHER_PASSPHRASE) == key


def test_a_protected_backup_over_a_plain_caseload_protects_it_with_the_backups_passphrase(
        data_dir, written_once, tmp_path):
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    other = tmp_path / "other laptop"
    config.ensure_private_dir(other)
    shutil.copyfile(source, config.data_file(other))
    other_key = protection.turn_protection_on(other, OTHER_PASSPHRASE, cost=FAST).key
    store = open_caseload(other, key=other_key)
    try:
        backup = make_backup(store.db.conn, other).path
    finally:
        store.db.close()
    result = restore_backup(backup, data_dir, key=other_key)
    assert result.protection == PROTECTED_BY_BACKUP
    data_file = config.data_file(data_dir)
    assert keys.key_file_for(data_file).read_bytes() == keys.key_file_for(backup).read_bytes()
    assert_encrypted_with(data_file, other_key, rows)


def test_a_plain_backup_over_a_plain_caseload_stays_plain(data_dir, written_once):
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    store = open_caseload(data_dir)
    try:
        backup = make_backup(store.db.conn, data_dir).path
        store.add_student(Student("Later", "Addition"))
    finally:
        store.db.close()
    result = restore_backup(backup, data_dir)
    assert result.protection == RESTORED_PLAIN
    assert starts_like_sqlite(config.data_file(data_dir))
    assert plain_rows(config.data_file(data_dir))["rows"] == rows["rows"]
