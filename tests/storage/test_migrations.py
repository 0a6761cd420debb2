"""Every released schema version, kept as a file in tests/fixtures/, opens in this version.

Each fixture is copied to tmp_path first: the checked-in files are never opened for writing.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.settings import SettingsStore
from tests.fixtures.make_fixture import V1_ROWS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("caseload-v*.sqlite"))


def fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"caseload-v(\d+)\.sqlite", path.name).group(1))


def read_rows(path: Path, table: str, columns: list[str]) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def table_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> '_sqlite_migrations' ORDER BY name")]
    finally:
        conn.close()


def columns_of(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_there_is_a_fixture_for_version_1_and_none_from_the_future():
    versions = [fixture_version(path) for path in FIXTURE_FILES]
    assert 1 in versions
    assert max(versions) <= schema.SCHEMA_VERSION


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[p.name for p in FIXTURE_FILES])
def test_fixture_is_a_plain_single_file(fixture):
    header = fixture.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    # Bytes 18 and 19 are 1 for a rollback-journal file, 2 for WAL.
    assert header[18:20] == b"\x01\x01"
    assert not Path(f"{fixture}-wal").exists() and not Path(f"{fixture}-shm").exists()
    conn = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == fixture_version(fixture)
        applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert applied == schema.known_names()[: fixture_version(fixture)]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[p.name for p in FIXTURE_FILES])
def test_fixture_migrates_to_the_current_version_with_its_data(fixture, data_dir):
    original = fixture.read_bytes()
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    shutil.copyfile(fixture, path)
    old_tables = {table: columns_of(path, table) for table in table_names(path)}
    old_rows = {table: read_rows(path, table, columns) for table, columns in old_tables.items()}

    store = open_caseload(data_dir)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        applied = [m.name for m in schema.migrations.applied(store.db)]
        assert applied == schema.known_names()
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []

        # Every row of every old table is still there, column for column (0005 put the one
        # built-in idea for home in British spelling into US spelling, on purpose).
        british = "Practise the new skill in everyday moments, like counting change at the shop."
        us = "Practice the new skill in everyday moments, like counting change at the store."
        for table, columns in old_tables.items():
            expected = old_rows[table]
            if table == "home_suggestion_library":
                expected = [tuple(us if value == british else value for value in row)
                            for row in expected]
            assert read_rows(path, table, columns) == expected, table

        # And it reads back as the people it describes.
        students = {s.id: s for s in store.list_students()}
        assert {s.legal_name for s in students.values()} == {"Thị Ánh Nguyễn", "Анастасия Петрова",
                                                              "Δημήτρης Παπαδόπουλος"}
        assert students[1].display_name == "Ánh Nguyễn"
        assert str(students[1].last_iep_meeting) == "2024-02-29"
        archived = store.list_students(archived=True)
        assert [(s.legal_first_name, s.preferred_name) for s in archived] == [("يوسف", "Yusuf")]
        assert [link.member.name for link in store.family_of(1)] == ["Trần Thị Hoa"]
        assert sorted(store.students_of_family_member(1)) == [1, 3]
        assert store.get_relationship(3, 1) == "aunt"
        assert [(m.name, len(m.availability)) for m in store.team_of(1)] == [
            ("Ελένη Κωνσταντίνου", 0), ("Grace Okafor", 2)]
        settings = SettingsStore(store.db).deadline_settings()
        assert (settings.transition_age, settings.notice_days) == (14, 5)

        # The migrated file takes new work.
        new_id = store.add_student(Student("Zoë", "O'Brien"))
        assert store.get_student(new_id).legal_name == "Zoë O'Brien"
    finally:
        store.db.close()
    assert fixture.read_bytes() == original

    copies = sorted(config.backup_dir(data_dir).glob("*.sqlite")) if config.backup_dir(data_dir).exists() else []
    if fixture_version(fixture) < schema.SCHEMA_VERSION:
        # A copy was set aside before migrating, and it is the file as it was.
        assert len(copies) == 1
        assert copies[0].name.startswith(f"before-upgrade-from-v{fixture_version(fixture)}-")
        conn = sqlite3.connect(f"{copies[0].resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == fixture_version(fixture)
        finally:
            conn.close()
        for table, columns in old_tables.items():
            assert read_rows(copies[0], table, columns) == old_rows[table], table
    else:
        assert copies == []

    # Opening the migrated file again migrates nothing and sets nothing aside.
    open_caseload(data_dir).db.close()
    again = sorted(config.backup_dir(data_dir).glob("*.sqlite")) if config.backup_dir(data_dir).exists() else []
    assert again == copies


def test_the_fixture_rows_are_the_ones_the_script_writes():
    # The script's table is what the test above expects; a changed script must not
    # silently disagree with the checked-in file.
    v1 = FIXTURES / "caseload-v1.sqlite"
    for table, rows in V1_ROWS.items():
        columns = list(rows[0])
        assert read_rows(v1, table, columns) == [tuple(row[c] for c in columns) for row in rows], table


def test_a_new_file_starts_at_the_current_version_without_a_copy(data_dir):
    store = open_caseload(data_dir)
    try:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        store.db.close()
    assert not config.backup_dir(data_dir).exists() or not list(config.backup_dir(data_dir).glob("*.sqlite"))


# -- issue 13: one active student per district ID ---------------------------------------------

def _guard_kind(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {f"{kind}:{name}" for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE tbl_name = 'students' "
            "AND name LIKE 'students_one_active_district_id%'")}
    finally:
        conn.close()


def _v2_copy(data_dir: Path) -> Path:
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    shutil.copyfile(FIXTURES / "caseload-v2.sqlite", path)
    return path


def test_a_caseload_without_shared_ids_gets_a_unique_index(data_dir):
    path = _v2_copy(data_dir)
    store = open_caseload(data_dir)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO students (legal_first_name, district_student_id) "
                             "VALUES ('Copy', 'D-1001')")
        # The archived student's ID (D-1004) may be given to an active student.
        store.add_student(Student("New", "Student", district_student_id="D-1004"))
    finally:
        store.db.close()
    assert _guard_kind(path) == {"index:students_one_active_district_id"}


def test_a_caseload_that_already_shares_an_id_opens_and_is_guarded_from_now_on(data_dir):
    path = _v2_copy(data_dir)
    conn = sqlite3.connect(str(path))
    conn.execute("INSERT INTO students (legal_first_name, legal_last_name, district_student_id) "
                 "VALUES ('Thị Ánh', 'Nguyễn', 'D-1001')")  # two imports at once, before 0003
    conn.commit()
    conn.close()
    store = open_caseload(data_dir)
    try:
        # Nothing the teacher saved is changed or lost: both students are still there.
        assert [s.district_student_id for s in store.list_students()].count("D-1001") == 2
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO students (legal_first_name, district_student_id) "
                             "VALUES ('Third', 'D-1001')")
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("UPDATE students SET district_student_id = 'D-1002' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO students (legal_first_name, district_student_id) "
                             "VALUES ('Fourth', 'D-1002')")
        # Everything else about the pair can still be edited, and either can be archived.
        store.update_field("students", 1, "grade", "4")
        twin = max(s.id for s in store.list_students() if s.district_student_id == "D-1001")
        store.archive_student(twin)
        store.restore_student(4)  # the archived D-1004 comes back: no one else has it
        store.archive_student(4)
    finally:
        store.db.close()
    assert _guard_kind(path) == {"trigger:students_one_active_district_id_insert",
                                 "trigger:students_one_active_district_id_update"}
