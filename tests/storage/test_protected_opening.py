"""A protected caseload opened through storage.database (the way the app and the command
line open it): with its key it is the same caseload; without its key it is recognised and
refused as needing the passphrase, never called damaged; damaged or newer protected files
are refused without changing a byte; backups are encrypted with the same key, carry a key
copy, are pruned with it and restore with the key."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import keys, protection
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import (
    back_up_on_closing,
    backup_file,
    describe_backup,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
)
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.database import (
    NeedsPassphrase,
    inspect_file,
    open_database,
    open_for_reading,
)
from iep_desk.storage.errors import NewerDataFile, NotACaseloadFile, SaveFailed
from iep_desk.storage.protected_file import (
    connect_with_key,
    is_protected,
    key_of,
    starts_like_sqlite,
)

from .protected_caseload import (
    FAST,
    PASSPHRASE,
    SECRET_WORDS,
    every_row,
    plain_rows,
    secrets_in,
    write_plain_caseload,
)


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    path = write_plain_caseload(tmp_path_factory.mktemp("written") / "data")
    return path, plain_rows(path)


@pytest.fixture
def protected(data_dir, written_once):
    """A protected caseload in data_dir (the plain copy removed); its key and the rows."""
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    protection.remove_copy_kept_aside(data_dir)
    return data_dir, result.key, rows


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_protected_caseload_opens_with_its_key_and_holds_every_row(protected):
    data_dir, key, rows = protected
    db = open_database(data_dir, key=key)
    try:
        assert key_of(db.conn) == key
        assert every_row(db.conn) == rows
    finally:
        db.close()
    reading = open_for_reading(data_dir, key=key)
    try:
        assert every_row(reading.conn) == rows
        with pytest.raises(Exception):  # noqa: B017 (sqlcipher3's own "readonly" error)
            reading.execute("DELETE FROM students")
    finally:
        reading.close()


def test_without_its_key_a_protected_caseload_needs_the_passphrase_and_is_not_changed(protected):
    data_dir, _key, _rows = protected
    before = folder_state(data_dir)
    for opening in (lambda: open_database(data_dir), lambda: open_for_reading(data_dir),
                    lambda: open_caseload(data_dir)):
        with pytest.raises(NeedsPassphrase) as refused:
            opening()
        assert not isinstance(refused.value, NotACaseloadFile)  # never called damaged
        assert "passphrase" in refused.value.message
    assert isinstance(inspect_file(config.data_file(data_dir)).problem, NeedsPassphrase)
    assert folder_state(data_dir) == before


def test_a_protected_caseload_whose_key_file_is_gone_is_not_called_garbage(protected):
    data_dir, key, _rows = protected
    keys.key_file_for(config.data_file(data_dir)).unlink()
    before = folder_state(data_dir)
    with pytest.raises(NotACaseloadFile) as refused:
        open_database(data_dir, key=key)
    assert "caseload.key" in refused.value.message and "passphrase" in refused.value.message
    assert folder_state(data_dir) == before


def edits_through_the_store(data_dir: Path, key: bytes) -> int:
    store = open_caseload(data_dir, key=key)
    try:
        student = store.add_student(Student("Ignatius", "Wobbleton", strengths="kites"))
        store.update_field("students", student, "strengths", "kites and maps")
        with pytest.raises(SaveFailed):  # the file's rule, raised by sqlcipher3, is still ours
            store.add_student(Student("A", "B", district_student_id="77"))
            store.add_student(Student("C", "D", district_student_id="77"))
        return student
    finally:
        store.db.close()


def test_edits_through_the_store_are_saved_encrypted(protected):
    data_dir, key, _rows = protected
    student = edits_through_the_store(data_dir, key)
    data_file = config.data_file(data_dir)
    assert is_protected(data_file) and not starts_like_sqlite(data_file)
    assert b"Wobbleton" not in data_file.read_bytes()
    store = CaseloadStore(open_for_reading(data_dir, key=key))
    try:
        assert store.get_student(student).strengths == "kites and maps"
    finally:
        store.db.close()


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwritten_in_the_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle + 100:middle + 200] = bytes(100)
    path.write_bytes(bytes(data))


def first_page_changed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[200:300] = bytes(100)
    path.write_bytes(bytes(data))


def written_by_a_newer_version(path: Path, key: bytes) -> None:
    conn = connect_with_key(str(path), key)
    try:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES (?, '9999_from_the_future', '2030-01-01')", [schema.MIGRATION_SET])
        conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    finally:
        conn.close()


DAMAGE = {
    "truncated": (truncated, NotACaseloadFile),
    "a middle page changed": (overwritten_in_the_middle, NotACaseloadFile),
    "the first page changed": (first_page_changed, NotACaseloadFile),
    "newer version": (None, NewerDataFile),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_or_newer_protected_file_is_refused_and_never_modified(protected, kind):
    data_dir, key, _rows = protected
    damage, error_type = DAMAGE[kind]
    path = config.data_file(data_dir)
    if damage is None:
        written_by_a_newer_version(path, key)
    else:
        damage(path)
    before = folder_state(data_dir)
    with pytest.raises(error_type) as refused:
        open_database(data_dir, key=key)
    assert str(path) in refused.value.message
    assert "not change" in refused.value.message or "not changed" in refused.value.message
    assert "SQLCipher" not in refused.value.message  # its words are for the IT team only
    with pytest.raises(error_type):
        open_for_reading(data_dir, key=key)
    assert isinstance(inspect_file(path, key=key, thorough=True).problem, error_type)
    assert folder_state(data_dir) == before


def test_a_change_of_protection_cut_short_is_put_right_when_the_caseload_opens(protected):
    data_dir, key, rows = protected
    data_file = config.data_file(data_dir)
    # As a kill between steps 4 and 5 leaves it: the caseload renamed aside, none in place.
    aside = data_file.with_name(protection.PROTECTED_COPY_NAME)
    data_file.rename(aside)
    keys.key_file_for(data_file).rename(keys.key_file_for(aside))
    db = open_database(data_dir, key=key)
    try:
        assert every_row(db.conn) == rows
    finally:
        db.close()


def assert_protected_backup(path: Path, data_dir: Path, key: bytes) -> None:
    assert is_protected(path) and secrets_in(path) == []
    key_copy = keys.key_file_for(path)
    assert key_copy.read_bytes() == keys.key_file_for(config.data_file(data_dir)).read_bytes()
    assert keys.unlock_with_passphrase(key_copy.read_bytes(), PASSPHRASE) == key


def test_backups_of_a_protected_caseload_are_encrypted_with_a_key_copy(protected):
    data_dir, key, rows = protected
    store = open_caseload(data_dir, key=key)
    try:
        made = make_backup(store.db.conn, data_dir)
        assert_protected_backup(made.path, data_dir, key)
        assert made.students > 0
        # Described and read with the key only.
        assert "passphrase" in describe_backup(made.path).problem
        assert describe_backup(made.path, key=key).usable
        conn = connect_with_key(str(made.path), key)
        try:
            assert every_row(conn)["rows"] == rows["rows"]
        finally:
            conn.close()
        store.add_student(Student("Ignatius", "Wobbleton"))
        closing = back_up_on_closing(store.db.conn, data_dir)
    finally:
        store.db.close()
    assert closing is not None and closing.students == made.students + 1
    assert_protected_backup(closing.path, data_dir, key)
    # Same day: the rotation pruned the first backup, and its key copy with it.
    assert not made.path.exists() and not keys.key_file_for(made.path).exists()


def test_a_backup_from_the_command_line_and_to_a_file_of_ones_choosing(protected, tmp_path):
    data_dir, key, _rows = protected
    target = tmp_path / "stick" / "my backup.sqlite"
    made = backup_file(config.data_file(data_dir), data_dir, target=target, key=key)
    assert made.path == target and is_protected(target)
    assert keys.key_file_for(target).is_file()
    assert secrets_in(target) == []


def test_pruning_a_protected_backup_removes_its_key_copy(protected):
    data_dir, key, _rows = protected
    store = open_caseload(data_dir, key=key)
    start = datetime(2026, 1, 1, 9, 0)
    try:
        for day in range(12):
            make_backup(store.db.conn, data_dir, now=start + timedelta(days=day), prune=False)
    finally:
        store.db.close()
    removed = prune_backups(data_dir)
    assert removed  # 12 days: the rotation keeps 7 days' and the weeks'
    for path in removed:
        assert not keys.key_file_for(path).exists()
    for backup in list_backups(data_dir):
        assert keys.key_file_for(backup.path).is_file()


def test_a_protected_backup_restores_with_its_key(protected):
    data_dir, key, rows = protected
    store = open_caseload(data_dir, key=key)
    try:
        backup = make_backup(store.db.conn, data_dir)
        store.add_student(Student("Later", "Addition"))
    finally:
        store.db.close()
    result = restore_backup(backup.path, data_dir, key=key)
    data_file = config.data_file(data_dir)
    assert is_protected(data_file)
    db = open_database(data_dir, key=key)
    try:
        assert every_row(db.conn)["rows"]["students"] == rows["rows"]["students"]
    finally:
        db.close()
    # The caseload as it was before the restore is kept, protected, with its key copy.
    kept = result.previous_saved_as
    assert is_protected(kept) and keys.key_file_for(kept).is_file()
    assert describe_backup(kept, key=key).students == len(rows["rows"]["students"]) + 1


def test_a_protected_backup_restores_into_a_folder_without_a_caseload(protected, tmp_path):
    data_dir, key, rows = protected
    store = open_caseload(data_dir, key=key)
    try:
        backup = make_backup(store.db.conn, data_dir)
    finally:
        store.db.close()
    elsewhere = tmp_path / "new laptop"
    restore_backup(backup.path, elsewhere, key=key)
    data_file = config.data_file(elsewhere)
    assert is_protected(data_file)
    opened_key = keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(data_file)),
                                             PASSPHRASE)
    db = open_database(elsewhere, key=opened_key)
    try:
        assert every_row(db.conn)["rows"] == rows["rows"]
    finally:
        db.close()


def test_the_names_looked_for_are_in_the_plain_caseload(written_once):
    path, _rows = written_once
    assert secrets_in(path) == SECRET_WORDS


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLDER = sorted(FIXTURES.glob("caseload-v*.sqlite"))


@pytest.mark.parametrize("fixture", OLDER, ids=[p.name for p in OLDER])
def test_an_older_protected_caseload_is_migrated_after_a_protected_copy(fixture, data_dir):
    config.ensure_private_dir(data_dir)
    shutil.copyfile(fixture, config.data_file(data_dir))
    before = plain_rows(config.data_file(data_dir))
    key = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST).key
    protection.remove_copy_kept_aside(data_dir)
    # Read without changing it: brought up to date in memory, the file untouched.
    data_file = config.data_file(data_dir)
    untouched = data_file.read_bytes()
    reading = open_for_reading(data_dir, key=key)
    try:
        assert reading.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        reading.close()
    assert data_file.read_bytes() == untouched
    db = open_database(data_dir, key=key)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert [m.name for m in schema.migrations.applied(db)] == schema.known_names()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        students = db.execute("SELECT count(*) FROM students").fetchone()[0]
        assert students == len(before["rows"]["students"])
    finally:
        db.close()
    assert is_protected(data_file)
    [copy] = list_backups(data_dir)
    assert copy.kind == "before_upgrade" and is_protected(copy.path)
    assert keys.key_file_for(copy.path).is_file()
    conn = connect_with_key(str(copy.path), key)
    try:
        assert every_row(conn)["rows"] == before["rows"]
    finally:
        conn.close()


def test_a_damaged_protected_caseload_is_set_aside_with_its_key_and_a_backup_restored(
        protected):
    data_dir, key, rows = protected
    store = open_caseload(data_dir, key=key)
    try:
        backup = make_backup(store.db.conn, data_dir)
    finally:
        store.db.close()
    data_file = config.data_file(data_dir)
    truncated(data_file)
    damaged_bytes = data_file.read_bytes()
    with pytest.raises(NotACaseloadFile):
        open_database(data_dir, key=key)
    result = restore_backup(backup.path, data_dir, key=key)
    kept = result.damaged_kept_as
    assert kept.read_bytes() == damaged_bytes
    assert keys.key_file_for(kept).read_bytes() == keys.key_file_for(backup.path).read_bytes()
    db = open_database(data_dir, key=key)
    try:
        assert every_row(db.conn)["rows"] == rows["rows"]
    finally:
        db.close()
