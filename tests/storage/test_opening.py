"""Opening the caseload: what is damage and what is not, folders used as they are, read-only
media, a layout with a table missing, and reading that never creates anything (issue 13)."""

import os
import sqlite3
import sys

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage.backup import make_backup, set_aside_damaged
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.database import (
    DamagedDataFile,
    EmptyCaseloadFile,
    IncompleteCaseload,
    inspect_file,
    open_database,
    open_for_reading,
)
from iep_desk.storage.errors import (
    TECHNICAL_PREFIX,
    DataFolderNotWritable,
    DiskFull,
    DiskUnreadable,
    NoCaseloadHere,
    SaveFailed,
)
from tests.storage import faults
from tests.storage.faults import folder_state, read_only_folder, readable_by_others

POSIX = sys.platform != "win32"
shared_tmp = faults.shared_tmp  # a fixture: a folder that another account may enter


def caseload(data_dir, *names):
    store = open_caseload(data_dir)
    for name in names:
        store.add_student(Student(name))
    store.db.close()
    return config.data_file(data_dir)


# -- a full disk or a failing drive is not damage ------------------------------------------

@pytest.mark.parametrize("kind, error_type, words", [
    ("full", DiskFull, "is full"),
    ("io", DiskUnreadable, "could not be read"),
])
def test_a_full_disk_or_a_failing_drive_is_said_as_such_not_as_damage(data_dir, monkeypatch,
                                                                       kind, error_type, words):
    path = caseload(data_dir, "Ana")
    before = folder_state(data_dir)
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite"),
                          failing_sql="_check", error=faults.sqlite_error(kind))
    for problem in (inspect_file(path).problem, inspect_file(path, thorough=True).problem):
        assert isinstance(problem, error_type)
        assert not isinstance(problem, DamagedDataFile)
        assert words in problem.message and "damaged" not in problem.message
    with pytest.raises(error_type):
        open_caseload(data_dir)
    with pytest.raises(error_type):
        open_for_reading(data_dir)
    monkeypatch.undo()
    assert folder_state(data_dir) == before


def test_a_disk_that_fills_while_opening_is_said_as_such(data_dir, monkeypatch):
    caseload(data_dir, "Ana")
    faults.connections_to(monkeypatch, lambda name: name.endswith("caseload.sqlite"),
                          failing_sql="journal_mode", error=faults.sqlite_error("full"))
    with pytest.raises(DiskFull) as refused:
        open_caseload(data_dir)
    assert "is full" in refused.value.message and "read-only" not in refused.value.message


def test_an_empty_caseload_beside_a_set_aside_file_points_to_that_file(data_dir):
    # What a failed recovery left: the real caseload moved aside, an empty file in its place
    # (and no backup: nothing else says a caseload was here).
    path = caseload(data_dir, "Ana", "Ben")
    kept = set_aside_damaged(data_dir)
    path.write_bytes(b"")
    for opening in (open_caseload, open_for_reading):
        with pytest.raises(EmptyCaseloadFile) as refused:
            opening(data_dir)
        message = refused.value.message
        assert "is empty" in message and str(kept) in message
        assert "iep-desk restore" in message
        assert refused.value.set_aside == kept
    assert path.read_bytes() == b""  # not taken for a new caseload
    assert kept.exists()


def test_an_empty_file_with_nothing_beside_it_is_a_new_caseload(data_dir):
    data_dir.mkdir()
    config.data_file(data_dir).write_bytes(b"")
    store = open_caseload(data_dir)
    try:
        assert store.add_student(Student("Ana"))
    finally:
        store.db.close()


# -- damage is said in the teacher's words; SQLite's words are for IT ------------------------

def test_damage_messages_keep_sqlite_internals_for_the_it_team(data_dir):
    path = caseload(data_dir, *[f"Kid {i}" for i in range(80)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedDataFile) as refused:
        open_caseload(data_dir)
    error = refused.value
    assert "damaged" in error.message and str(path) in error.message
    for internal in ("malformed", "btree", "error code", "SQLite reports", "disk image"):
        assert internal not in error.message
    assert "malformed" in error.technical
    assert str(error) == f"{error.message}\n{TECHNICAL_PREFIX}{error.technical}"


# -- folders are used as they are ------------------------------------------------------------

@pytest.mark.skipif(not POSIX, reason="folder modes are POSIX")
def test_only_a_folder_the_app_creates_is_made_private(tmp_path):
    new = tmp_path / "new" / "caseload"
    open_caseload(new).db.close()
    assert new.stat().st_mode & 0o777 == 0o700
    assert config.data_file(new).stat().st_mode & 0o777 == 0o600

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o750)  # shared with a colleague's group on purpose
    store = open_caseload(shared)
    try:
        store.add_student(Student("Ana"))
        backup = make_backup(store.db.conn, shared).path
    finally:
        store.db.close()
    assert shared.stat().st_mode & 0o777 == 0o750
    assert backup.parent.stat().st_mode & 0o777 == 0o700  # the backups folder is ours
    os.chmod(backup.parent, 0o750)
    store = open_caseload(shared)
    try:
        make_backup(store.db.conn, shared)
    finally:
        store.db.close()
    assert backup.parent.stat().st_mode & 0o777 == 0o750


@pytest.mark.skipif(not POSIX, reason="folder modes are POSIX")
def test_a_read_only_folder_is_never_made_writable(data_dir):
    caseload(data_dir, "Ana")
    os.chmod(data_dir, 0o555)
    try:
        # As the folder's owner, IEP Desk could chmod it: it must not.
        try:
            open_caseload(data_dir).db.close()
        except DataFolderNotWritable:
            pass  # (not as root, whom permissions do not stop)
        assert data_dir.stat().st_mode & 0o777 == 0o555
    finally:
        os.chmod(data_dir, 0o700)


# -- read-only media can be read ---------------------------------------------------------------

def test_a_caseload_in_a_read_only_folder_can_be_read(shared_tmp):
    data_dir = shared_tmp / "data"
    caseload(data_dir, "Ana", "Ben")
    readable_by_others(data_dir)
    before = folder_state(data_dir)
    with read_only_folder(data_dir):
        with pytest.raises(DataFolderNotWritable):
            open_caseload(data_dir)  # it cannot be opened for writing...
        store = CaseloadStore(open_for_reading(data_dir))  # ...but it can be read
        try:
            assert [s.legal_first_name for s in store.list_students()] == ["Ana", "Ben"]
            with pytest.raises(SaveFailed):
                store.add_student(Student("Cy"))
        finally:
            store.db.close()
    assert folder_state(data_dir) == before
    assert data_dir.stat().st_mode & 0o777 == 0o755


def test_a_read_only_caseload_file_can_be_read(shared_tmp):
    data_dir = shared_tmp / "data"
    path = caseload(data_dir, "Ana")
    readable_by_others(data_dir)
    os.chmod(data_dir, 0o777)  # the folder may be written in...
    os.chmod(path, 0o444)  # ...the file may not
    before = path.read_bytes()
    with faults.as_another_user():
        with pytest.raises(DataFolderNotWritable):
            open_caseload(data_dir)
        store = CaseloadStore(open_for_reading(data_dir))
        try:
            assert [s.legal_first_name for s in store.list_students()] == ["Ana"]
        finally:
            store.db.close()
    assert path.read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o444


def test_an_older_caseload_is_read_through_an_updated_copy_in_memory(data_dir):
    from tests.storage.test_migrations import FIXTURES

    data_dir.mkdir()
    path = config.data_file(data_dir)
    path.write_bytes((FIXTURES / "caseload-v1.sqlite").read_bytes())
    before = folder_state(data_dir)
    db = open_for_reading(data_dir)
    try:
        assert CaseloadStore(db).list_students()
        assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    finally:
        db.close()
    assert folder_state(data_dir) == before  # not updated, no copy made


# -- reading never creates a caseload ---------------------------------------------------------

@pytest.mark.parametrize("folder_exists", [False, True])
def test_reading_a_missing_caseload_creates_nothing(tmp_path, folder_exists):
    mistyped = tmp_path / "Caseloda"
    if folder_exists:
        mistyped.mkdir()
    for opening in (open_for_reading, lambda d: open_database(d, read_only=True)):
        with pytest.raises(NoCaseloadHere) as refused:
            opening(mistyped)
        assert str(mistyped) in refused.value.message
    assert mistyped.exists() == folder_exists
    assert not folder_exists or list(mistyped.iterdir()) == []


# -- the layout is checked, not only SQLite's integrity ---------------------------------------

@pytest.mark.parametrize("change, missing", [
    ("DROP TABLE agenda_items", "table agenda_items"),
    ("ALTER TABLE team_members DROP COLUMN email", "column team_members.email"),
])
def test_a_caseload_with_part_of_its_layout_missing_is_refused(data_dir, change, missing):
    path = caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(path))
    conn.execute(change)
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    for report in (inspect_file(path), inspect_file(path, thorough=True)):
        assert isinstance(report.problem, IncompleteCaseload)
        assert "missing part of what IEP Desk keeps" in report.problem.message
        assert missing in report.problem.technical
    with pytest.raises(IncompleteCaseload):
        open_caseload(data_dir)
    with pytest.raises(IncompleteCaseload):
        open_for_reading(data_dir)
    assert folder_state(data_dir) == before


def test_extra_tables_someone_added_are_left_alone(data_dir):
    path = caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE my_notes (text TEXT)")
    conn.commit()
    conn.close()
    assert inspect_file(path, thorough=True).ok
    open_caseload(data_dir).db.close()

