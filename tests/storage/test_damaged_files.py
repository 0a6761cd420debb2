"""Damaged or wrong files are refused without changing a byte; a read-only folder
or a full disk gets a clear message and leaves everything saved as it was."""

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import make_backup
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.database import DamagedDataFile, inspect_file, open_database
from iep_desk.storage.errors import (
    DataFolderNotWritable,
    NewerDataFile,
    NotACaseloadFile,
    SaveFailed,
)


def a_real_caseload(data_dir: Path, students: int = 60) -> Path:
    store = open_caseload(data_dir)
    for i in range(students):
        store.add_student(Student(f"Kid {i}", f"Family {i}", strengths="reads well " * 20))
    store.db.close()
    return config.data_file(data_dir)


def truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwritten_with_garbage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    garbage = bytes((i * 37 + 11) % 256 for i in range(8192))
    data[4096:4096 + len(garbage)] = garbage  # the pages right after the first
    path.write_bytes(bytes(data))


def not_a_database(path: Path) -> None:
    path.write_text("Name,Grade\nAna,3\nBen,4\n" * 40, encoding="utf-8")


def someone_elses_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('soup', 30)")
    conn.commit()
    conn.close()


def written_by_a_newer_version(path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES (?, '9999_from_the_future', '2030-01-01')", [schema.MIGRATION_SET])
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


DAMAGE = {
    "truncated": (truncated, DamagedDataFile, "damaged"),
    "garbage": (overwritten_with_garbage, DamagedDataFile, "damaged"),
    "not a database": (not_a_database, NotACaseloadFile, "not a database at all"),
    "not ours": (someone_elses_database, NotACaseloadFile, "not an IEP Desk caseload"),
    "newer version": (written_by_a_newer_version, NewerDataFile, "newer version of IEP Desk"),
}


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_or_wrong_file_is_refused_and_never_modified(data_dir, kind):
    damage, error_type, words = DAMAGE[kind]
    path = a_real_caseload(data_dir)
    damage(path)
    before = folder_state(data_dir)
    with pytest.raises(error_type) as refused:
        open_caseload(data_dir)
    message = str(refused.value)
    assert words in message
    assert "not change" in message or "not changed" in message
    assert str(path) in message
    with pytest.raises(error_type):
        open_database(data_dir, read_only=True)
    assert inspect_file(path).problem is not None
    assert folder_state(data_dir) == before  # not a byte changed, no file added


def test_an_empty_file_where_backups_exist_is_a_lost_caseload_not_a_new_one(data_dir):
    path = a_real_caseload(data_dir)
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir)
    store.db.close()
    path.write_bytes(b"")
    with pytest.raises(DamagedDataFile) as refused:
        open_caseload(data_dir)
    assert "is empty" in str(refused.value)
    assert path.read_bytes() == b""


def test_a_damaged_index_passes_the_quick_check_only(data_dir):
    path = a_real_caseload(data_dir, students=5)
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = "
                 "'CREATE INDEX students_archived ON students (legal_last_name)' "
                 "WHERE name = 'students_archived'")
    conn.commit()
    conn.close()
    assert inspect_file(path).ok
    thorough = inspect_file(path, thorough=True)
    assert isinstance(thorough.problem, DamagedDataFile)
    assert "missing from index" in str(thorough.problem)


@contextlib.contextmanager
def read_only_folder(folder: Path):
    """Make `folder` read-only for this process, honestly, even when tests run as root
    (root ignores permissions, so the check then runs as the 'nobody' user)."""
    if sys.platform == "win32":
        subprocess.run(["icacls", str(folder), "/deny", "*S-1-1-0:(W,D,DC)"], check=True,
                       capture_output=True)
        try:
            yield
        finally:
            subprocess.run(["icacls", str(folder), "/remove:d", "*S-1-1-0"], check=True,
                           capture_output=True)
        return
    os.chmod(folder, 0o555)
    as_root = os.geteuid() == 0
    try:
        if as_root:
            os.seteuid(65534)  # 'nobody'; the real user id stays root, so this can be undone
        yield
    finally:
        if as_root:
            os.seteuid(0)
        os.chmod(folder, 0o700)


@pytest.fixture
def shared_tmp():
    # Under root the check runs as 'nobody', who cannot enter pytest's private tmp folder.
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-ro-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_read_only_data_folder_gets_a_clear_message(shared_tmp):
    data_dir = shared_tmp / "data"
    path = a_real_caseload(data_dir, students=3)
    os.chmod(path, 0o644)
    before = folder_state(data_dir)
    with read_only_folder(data_dir), pytest.raises(DataFolderNotWritable) as refused:
        open_caseload(data_dir)
    message = str(refused.value)
    assert "read-only" in message and str(data_dir) in message
    assert "Nothing was changed" in message
    assert folder_state(data_dir) == before


def test_a_full_disk_while_saving_fails_cleanly_and_keeps_what_was_saved(store, data_dir):
    store.add_student(Student("Ana", "Reyes", strengths="draws"))
    kept_id = store.add_student(Student("Ben", "Okafor"))
    store.update_field("students", kept_id, "strengths", "counts to 100")
    # The file may not grow by a single page: the next growing write finds the
    # "disk" full, exactly as SQLite reports a full disk.
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count={pages}")
    with pytest.raises(SaveFailed) as failure:
        for i in range(200):
            store.add_student(Student(f"Kid {i}", strengths="long notes " * 400))
    message = str(failure.value)
    assert "database or disk is full" in message
    assert "could not be saved" in message and "everything saved before is unchanged" in message
    # An edit to an existing field that needs more room fails the same way...
    with pytest.raises(SaveFailed):
        store.update_field("students", kept_id, "strengths", "a much longer note " * 2000)
    store.db.close()
    # ...and the file, opened afresh, is intact and holds exactly what was saved.
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    rows = conn.execute("SELECT legal_first_name, strengths FROM students "
                        "WHERE legal_first_name IN ('Ana', 'Ben') ORDER BY id").fetchall()
    assert rows == [("Ana", "draws"), ("Ben", "counts to 100")]
    conn.close()
