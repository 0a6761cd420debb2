"""Opening an up-to-date caseload and reading it never imports sqlite-utils.

Importing sqlite-utils costs ~65 ms (click, dateutil, pluggy), and start-up is
benchmarked against a bare PySide6 window. It stays the caseload's database
library: it runs the migrations and the writes (atomic()), imported the first
time one of them is needed. Each import check runs in a fresh interpreter, since
this one has imported sqlite-utils long ago.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.database import CaseloadDatabase, open_database

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def run_fresh(code: str, *args: str) -> dict:
    """Run `code` in a new interpreter; it prints one JSON object, which is returned."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("IEP_DESK_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", code, *args], check=False, capture_output=True,
                          text=True, timeout=120, env=env, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- the schema version without sqlite-utils ------------------------------------------

def test_the_migration_names_are_the_sqlite_utils_migrations_in_order():
    # MIGRATION_NAMES is what open_database compares with the file; sqlite-utils applies
    # schema.migrations. They must be the same list, or a file would be called current
    # while a migration is missing (or migrated twice).
    holds = schema.migrations.pending(Database(memory=True, execute_plugins=False))
    assert [m.name for m in holds] == list(schema.MIGRATION_NAMES)
    assert [m.fn for m in holds] == [function for _, function in schema._STEPS]
    assert schema.SCHEMA_VERSION == len(schema.MIGRATION_NAMES) == len(holds)
    assert schema.known_names() == list(schema.MIGRATION_NAMES)
    assert schema.migrations is schema.migrations  # made once
    assert schema.migrations.name == schema.MIGRATION_SET


def test_the_storage_modules_import_without_sqlite_utils():
    found = run_fresh("""
import json, sys
import iep_desk.storage.migrations as schema
import iep_desk.storage.database, iep_desk.storage.caseload, iep_desk.storage.meetings
import iep_desk.storage.backup, iep_desk.storage.lock, iep_desk.storage.export
import iep_desk.storage.importer
loaded = "sqlite_utils" in sys.modules
built = schema.migrations  # asking for the sqlite-utils object imports it
print(json.dumps({"before": loaded, "after": "sqlite_utils" in sys.modules,
                  "version": schema.SCHEMA_VERSION, "names": list(schema.MIGRATION_NAMES)}))
""")
    assert found == {"before": False, "after": True, "version": schema.SCHEMA_VERSION,
                     "names": list(schema.MIGRATION_NAMES)}


# -- opening, reading, writing ---------------------------------------------------------

READ_THEN_WRITE = """
import json, sqlite3, sys
from datetime import date, datetime
from pathlib import Path
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.meetings import MeetingStore

data_dir = Path(sys.argv[1])
store = open_caseload(data_dir)
meetings = MeetingStore(store.db)
# What the main window reads when it opens: the caseload table, its deadlines and
# meeting columns, a student's family and team, the meetings not yet closed.
students = store.list_students()
archived = store.list_students(archived=True)
names = store.student_names()
settings = store.deadline_settings()
families = {s.id: [link.member.name for link in store.family_of(s.id)] for s in students}
teams = {s.id: [m.name for m in store.team_of(s.id)] for s in students}
everyone = store.list_family_members()
team_members = store.list_team_members(include_inactive=True)
next_meetings = meetings.next_meeting_by_student()
progress = meetings.last_progress_contact_by_student()
notices = meetings.notice_deadlines(settings)
not_closed = meetings.held_meetings_not_closed()
ticks = [meetings.ticks_of(m.id) for m in not_closed]
every_meeting = meetings.list_meetings()
actions = meetings.open_actions()
planner = meetings.planner_settings()
record = meetings.load_record(every_meeting[0].id)
after_reading = "sqlite_utils" in sys.modules
made_utils = store.db._utils is not None

# A write: sqlite-utils is imported now, and the edit is saved.
student = students[0]
store.update_field("students", student.id, "grade", "12")
after_writing = "sqlite_utils" in sys.modules
store.db.close()
check = sqlite3.connect(str(data_dir / "caseload.sqlite"))
saved = check.execute("SELECT grade FROM students WHERE id = ?", [student.id]).fetchone()[0]
check.close()
print(json.dumps({
    "after_reading": after_reading, "made_utils": made_utils, "after_writing": after_writing,
    "students": len(students), "archived": len(archived), "names": len(names),
    "families": sum(map(len, families.values())), "family_members": len(everyone),
    "teams": sum(map(len, teams.values())), "team_members": len(team_members),
    "next_meetings": len(next_meetings), "notices": len(notices), "meetings": len(every_meeting),
    "not_closed": len(not_closed), "saved_grade": saved,
}))
"""


def test_opening_and_reading_an_up_to_date_caseload_does_not_import_sqlite_utils(demo_caseload):
    found = run_fresh(READ_THEN_WRITE, str(demo_caseload))
    assert found["after_reading"] is False
    assert found["made_utils"] is False
    # The reads really read the sample caseload (not an empty one).
    assert found["students"] > 5
    assert found["names"] == found["students"] + found["archived"]
    assert found["families"] > 0 and found["family_members"] > 0
    assert found["teams"] > 0 and found["team_members"] > 0
    assert found["meetings"] > 0 and found["next_meetings"] > 0 and found["notices"] > 0
    # The write went through sqlite-utils and is in the file.
    assert found["after_writing"] is True
    assert found["saved_grade"] == "12"


def test_a_read_only_open_does_not_import_sqlite_utils(demo_caseload):
    found = run_fresh("""
import json, sys
from pathlib import Path
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.database import open_database
store = CaseloadStore(open_database(Path(sys.argv[1]), read_only=True))
count = len(store.list_students())
print(json.dumps({"students": count, "loaded": "sqlite_utils" in sys.modules}))
""", str(demo_caseload))
    assert found["students"] > 5
    assert found["loaded"] is False


def test_the_app_starts_without_importing_sqlite_utils(demo_caseload):
    # The whole start-up (smoke test: window built and shown, backup on opening and on
    # closing) with an up-to-date caseload.
    found = run_fresh("""
import json, sys
from iep_desk.ui.app import run_app
code = run_app(data_dir=sys.argv[1], smoke_test=True)
print(json.dumps({"code": code, "loaded": sorted(m for m in sys.modules
                                                 if m.split(".")[0] == "sqlite_utils")}))
""", str(demo_caseload))
    assert found == {"code": 0, "loaded": []}


def test_a_file_that_needs_a_migration_is_still_migrated(data_dir):
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    shutil.copyfile(FIXTURES / "caseload-v1.sqlite", path)
    found = run_fresh("""
import json, sys
from pathlib import Path
from iep_desk.storage.caseload import open_caseload
store = open_caseload(Path(sys.argv[1]))
applied = [row[0] for row in store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
version = store.db.execute("PRAGMA user_version").fetchone()[0]
students = len(store.list_students())
store.db.close()
print(json.dumps({"applied": applied, "version": version, "students": students,
                  "loaded": "sqlite_utils" in sys.modules}))
""", str(data_dir))
    assert found == {"applied": list(schema.MIGRATION_NAMES), "version": schema.SCHEMA_VERSION,
                     "students": 3, "loaded": True}
    copies = list(config.backup_dir(data_dir).glob("before-upgrade-from-v1-*.sqlite"))
    assert len(copies) == 1
    # Opened again, it is up to date: nothing pending, nothing set aside.
    store = open_caseload(data_dir)
    try:
        assert store.db._utils is None
        assert store.list_students()
    finally:
        store.db.close()
    assert list(config.backup_dir(data_dir).glob("*.sqlite")) == copies


def test_every_open_sets_the_pragmas_and_keeps_the_file_private(demo_caseload):
    for _ in range(2):  # the second open has nothing to migrate
        store = open_caseload(demo_caseload)
        try:
            db = store.db
            assert isinstance(db, CaseloadDatabase)
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
            assert db._utils is None
        finally:
            store.db.close()
    if sys.platform != "win32":
        for suffix in ("", "-wal", "-shm"):
            extra = Path(str(config.data_file(demo_caseload)) + suffix)
            if extra.exists():
                assert extra.stat().st_mode & 0o077 == 0, extra


# -- CaseloadDatabase behaves like sqlite_utils.Database where the stores use it -----------

def test_execute_gives_what_sqlite_utils_gives(store, data_dir):
    db = store.db
    store.add_student(Student("Ana", "Lima"))
    for sql, params in (("SELECT id, legal_first_name FROM students", None),
                        ("SELECT legal_last_name FROM students WHERE id = ?", [1]),
                        ("SELECT legal_last_name FROM students WHERE id = :id", {"id": 1})):
        mine, theirs = db.execute(sql, params), db.utils.execute(sql, params)
        assert mine.fetchall() == theirs.fetchall()
        assert mine.description == theirs.description
    # A write outside atomic() is committed at once, as sqlite-utils' execute commits it.
    cursor = db.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")
    assert cursor.lastrowid and not db.conn.in_transaction
    other = sqlite3.connect(str(config.data_file(data_dir)))
    try:
        assert other.execute("SELECT value FROM settings WHERE key = 'x'").fetchone() == ("1",)
    finally:
        other.close()


def test_nested_atomic_rolls_back_only_the_inner_failure(store):
    db = store.db
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():  # a savepoint
            db.execute("INSERT INTO settings (key, value) VALUES ('inner', '1')")
            db.execute("INSERT INTO settings (key, value) VALUES ('outer', '2')")
        assert db.conn.in_transaction
        db.execute("INSERT INTO settings (key, value) VALUES ('after', '1')")
    assert not db.conn.in_transaction
    rows = dict(db.execute("SELECT key, value FROM settings WHERE key IN ('outer', 'inner', 'after')"))
    assert rows == {"outer": "1", "after": "1"}


def test_a_failure_in_the_outer_transaction_rolls_back_everything(store):
    db = store.db
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        with db.atomic():
            db.execute("INSERT INTO settings (key, value) VALUES ('b', '1')")
        raise RuntimeError("the laptop lid closed")
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM settings WHERE key IN ('a', 'b')").fetchone()[0] == 0


def test_the_rest_of_sqlite_utils_is_still_there(store):
    store.add_student(Student("Ana", "Lima"))
    db = store.db
    assert db["students"].count == 1  # what sqlite-utils' Migrations uses: db[table]
    assert "students" in db.table_names()  # any other attribute of sqlite_utils.Database
    assert db.utils.conn is db.conn
    assert [m.name for m in schema.migrations.applied(db)] == list(schema.MIGRATION_NAMES)
    with pytest.raises(AttributeError):
        db.no_such_thing  # noqa: B018


def test_a_connection_that_opens_transactions_by_itself_is_refused(tmp_path):
    conn = sqlite3.connect(str(tmp_path / "x.sqlite"))  # isolation_level "" (deferred)
    try:
        with pytest.raises(ValueError, match="autocommit"):
            CaseloadDatabase(conn)
    finally:
        conn.close()


def test_open_database_returns_a_caseload_database(data_dir):
    db = open_database(data_dir)
    try:
        assert isinstance(db, CaseloadDatabase)
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        db.close()
