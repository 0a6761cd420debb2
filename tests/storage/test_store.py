"""The caseload file: every field survives a close and reopen; the file refuses what it must."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from datetime import date, time
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.app.demo import STUDENTS, write_demo_caseload, write_many_students
from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.deadlines import (
    ANNUAL_REVIEW,
    REEVALUATION,
    TRANSFER_OF_RIGHTS,
    TRANSITION_PLAN,
    Urgency,
    student_deadlines,
)
from iep_desk.core.models import (
    DISABILITY_CATEGORIES,
    PARTICIPATION_MODES,
    TEAM_ROLES,
    FamilyLink,
    FamilyMember,
    Student,
    TeamMember,
)
from iep_desk.core.settings import DeadlineSettings
from iep_desk.core.validation import check_family_field, check_student_field, check_team_field
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import (
    DataFolderNotWritable,
    NewerDataFile,
    NotACaseloadFile,
    SaveFailed,
)
from iep_desk.storage.settings import SettingsStore

D = date.fromisoformat


def full_student(first: str, last: str, preferred: str) -> Student:
    """A student with every field set to something other than its default."""
    return Student(
        legal_first_name=first, legal_last_name=last, preferred_name=preferred,
        date_of_birth=D("2010-02-28"), grade="10", school="Cedar Heights High School",
        # Each its own ID: the file refuses two active students with one ID (migration 0003).
        district_student_id=f"D-{last}", disability_category="autism",
        last_iep_meeting=D("2024-02-29"), annual_review_due=D("2025-02-27"),
        last_evaluation=D("2023-05-10"), reevaluation_due=D("2026-05-01"),
        strengths="Знает все расписания поездов", hopes_and_dreams="Ελπίζει να γίνει μηχανικός",
        culture_and_traditions="عيد الفطر مع العائلة", participation="written_input",
    )


def full_family(name: str) -> FamilyMember:
    return FamilyMember(
        name=name, phones="555-0101; 555-0199 (work)", email="hoa.tran@example.com",
        address="14 Lotus Court\nApt 3", preferred_contact="text", preferred_language="vi",
        interpreter_needed=True,
        availability=[WeeklyWindow(5, time(9), time(12)), WeeklyWindow(6, time(14), time(17, 30))],
        transport_needs="Không có xe", childcare_needs="A baby at home",
        contact_confirmed_on=D("2026-01-05"),
    )


def full_team_member(name: str, role: str) -> TeamMember:
    return TeamMember(
        name=name, role=role, email="p.natarajan@district.example.org", phone="555-0144",
        availability=[WeeklyWindow(0, time(8), time(15)), WeeklyWindow(2, time(8), time(15))],
        active=False,
    )


def test_every_field_survives_closing_and_reopening(data_dir, store):
    students = [
        full_student("Thị Ánh", "Nguyễn", "Ánh"),
        full_student("Анастасия", "Петрова", "Настя"),
        full_student("Δημήτρης", "Παπαδόπουλος", ""),
        full_student("يوسف", "الحسن", "Yusuf"),
    ]
    for pupil in students:
        store.add_student(pupil)
    mother = full_family("Trần Thị Hoa")
    store.add_family_member(mother, student_id=students[0].id, relationship="mẹ")
    store.link_family_member(students[1].id, mother.id, "guardian")
    father = full_family("Ольга Петрова")
    store.add_family_member(father, student_id=students[1].id, relationship="мать")
    psychologist = full_team_member("Priya Natarajan", "school_psychologist")
    teacher = full_team_member("Ελένη Κωνσταντίνου", "special_education_teacher")
    for member in (psychologist, teacher):
        store.add_team_member(member)
    store.add_to_team(students[0].id, psychologist.id)
    store.add_to_team(students[0].id, teacher.id)
    store.add_to_team(students[2].id, teacher.id)
    SettingsStore(store.db).save_deadline_setting("transition_age", 14)
    SettingsStore(store.db).save_deadline_setting("notice_days", 5)
    SettingsStore(store.db).set("ui.last_pane", {"name": "caseload", "ids": [1, 2]})
    store.db.close()

    reopened = open_caseload(data_dir)
    try:
        for pupil in students:
            assert reopened.get_student(pupil.id) == pupil
        assert reopened.family_of(students[0].id) == [FamilyLink(mother, "mẹ")]
        assert reopened.family_of(students[1].id) == [FamilyLink(mother, "guardian"),
                                                      FamilyLink(father, "мать")]
        assert sorted(reopened.students_of_family_member(mother.id)) == [students[0].id, students[1].id]
        assert reopened.get_family_member(father.id) == father
        assert reopened.get_team_member(psychologist.id) == psychologist
        assert reopened.team_of(students[0].id) == [psychologist, teacher]
        assert reopened.team_of(students[2].id) == [teacher]
        assert reopened.team_of(students[3].id) == []
        # Inactive members are hidden from the pick list but kept.
        assert reopened.list_team_members() == []
        assert reopened.list_team_members(include_inactive=True) == [psychologist, teacher]
        settings = SettingsStore(reopened.db).deadline_settings()
        assert settings == DeadlineSettings(transition_age=14, notice_days=5)
        assert SettingsStore(reopened.db).get("ui.last_pane") == {"name": "caseload", "ids": [1, 2]}
        assert SettingsStore(reopened.db).get("missing", "fallback") == "fallback"
    finally:
        reopened.db.close()


def test_a_student_with_only_a_first_name_reads_back_with_defaults(data_dir, store):
    pupil = Student("Zoë")
    store.add_student(pupil)
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        assert reopened.get_student(pupil.id) == Student("Zoë", id=pupil.id)
    finally:
        reopened.db.close()


@pytest.mark.parametrize("table, make, field, value", [
    ("students", lambda s: s.add_student(Student("José", "Muñoz")), "date_of_birth", D("2012-02-29")),
    ("students", lambda s: s.add_student(Student("José", "Muñoz")), "preferred_name", "Pepe"),
    ("family_members", lambda s: s.add_family_member(FamilyMember("Rosa Muñoz")),
     "interpreter_needed", True),
    ("family_members", lambda s: s.add_family_member(FamilyMember("Rosa Muñoz")),
     "availability", [WeeklyWindow(1, time(17, 30), time(19))]),
    ("team_members", lambda s: s.add_team_member(TeamMember("Lena Fischer")),
     "role", "speech_language_pathologist"),
])
def test_one_field_edit_survives_reopening(data_dir, store, table, make, field, value):
    row_id = make(store)
    store.update_field(table, row_id, field, value)
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        assert reopened.get_field(table, row_id, field) == value
    finally:
        reopened.db.close()


def test_fields_that_are_not_editable_are_refused(store):
    student_id = store.add_student(Student("Ánh"))
    with pytest.raises(KeyError):
        store.update_field("students", student_id, "archived_at", "2026-01-01")
    with pytest.raises(KeyError):
        store.update_field("students", student_id, "id", 99)


def test_a_relationship_can_change_and_a_link_can_go(store):
    a = store.add_student(Student("Jamal", "Johnson"))
    b = store.add_student(Student("Keisha", "Johnson"))
    mother = store.add_family_member(FamilyMember("Denise Johnson"), student_id=a, relationship="mother")
    store.link_family_member(b, mother, "mother")
    store.link_family_member(b, mother, "mother")  # linking twice is harmless
    store.set_relationship(b, mother, "guardian")
    assert store.get_relationship(b, mother) == "guardian"
    assert store.get_relationship(a, mother) == "mother"
    store.unlink_family_member(a, mother)
    assert store.family_of(a) == []
    assert [link.member.id for link in store.family_of(b)] == [mother]


def test_archive_keeps_the_student_and_restore_brings_them_back(data_dir, store):
    stay = store.add_student(Student("Hodan", "Warsame"))
    leave = store.add_student(Student("Оксана", "Іваненко"))
    store.add_family_member(FamilyMember("Оксана Мати"), student_id=leave, relationship="mother")
    store.archive_student(leave)
    assert [s.id for s in store.list_students()] == [stay]
    assert [s.id for s in store.list_students(archived=True)] == [leave]
    assert store.count_students() == 1 and store.count_students(archived=True) == 1
    archived = store.get_student(leave)
    assert archived.is_archived and archived.archived_at
    assert len(store.family_of(leave)) == 1  # nothing of theirs was deleted
    store.db.close()

    reopened = open_caseload(data_dir)
    try:
        assert reopened.count_students(archived=True) == 1
        reopened.restore_student(leave)
        assert sorted(s.id for s in reopened.list_students()) == sorted([stay, leave])
        assert not reopened.get_student(leave).is_archived
        assert reopened.count_students(archived=True) == 0
    finally:
        reopened.db.close()


def test_the_folder_and_the_file_are_private(data_dir, store):
    path = config.data_file(data_dir)
    assert path.is_file()
    if sys.platform != "win32":
        assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
        for suffix in ("", "-wal", "-shm"):
            extra = Path(str(path) + suffix)
            if extra.exists():
                assert stat.S_IMODE(extra.stat().st_mode) == 0o600, extra.name


def _file_from_the_future(data_dir: Path, *, user_version: int, extra_migration: str | None) -> bytes:
    """Make a caseload file that says a later version of IEP Desk wrote it; return its bytes."""
    open_caseload(data_dir).db.close()
    path = config.data_file(data_dir)
    conn = sqlite3.connect(str(path), isolation_level=None)
    if extra_migration:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                     [schema.MIGRATION_SET, extra_migration, "2031-01-01 00:00:00+00:00"])
    conn.execute(f"PRAGMA user_version={user_version}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("user_version_ahead, extra_migration", [
    (1, "9999_from_the_future"), (1, None), (0, "9999_from_the_future"),
])
def test_a_newer_file_is_refused_and_left_untouched(data_dir, user_version_ahead, extra_migration):
    before = _file_from_the_future(data_dir, user_version=schema.SCHEMA_VERSION + user_version_ahead,
                                   extra_migration=extra_migration)
    with pytest.raises(NewerDataFile) as raised:
        open_caseload(data_dir)
    message = str(raised.value)
    assert "newer version of IEP Desk" in message
    assert f"understands up to {schema.SCHEMA_VERSION}" in message
    assert "not changed" in message
    assert config.data_file(data_dir).read_bytes() == before
    assert not config.backup_dir(data_dir).exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_damaged_file_is_refused_and_left_untouched(data_dir, content):
    config.ensure_private_dir(data_dir)
    config.data_file(data_dir).write_bytes(content)
    with pytest.raises(NotACaseloadFile) as raised:
        open_caseload(data_dir)
    message = str(raised.value)
    assert str(config.data_file(data_dir)) in message
    assert "IEP Desk did not change it" in message
    assert config.data_file(data_dir).read_bytes() == content


def test_another_programs_database_is_refused_and_left_untouched(data_dir):
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotACaseloadFile) as raised:
        open_caseload(data_dir)
    assert "not an IEP Desk caseload" in str(raised.value)
    assert path.read_bytes() == before


def test_a_new_caseload_cut_short_before_its_first_table_is_finished(data_dir):
    # sqlite-utils makes its migrations table first; power lost right then leaves only that.
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, "
                 "applied_at TEXT)")
    conn.commit()
    conn.close()
    store = open_caseload(data_dir)
    try:
        student_id = store.add_student(Student("Ana"))
        assert store.get_student(student_id).legal_first_name == "Ana"
    finally:
        store.db.close()


def test_a_folder_that_cannot_exist_gives_a_clear_error(tmp_path):
    # A file where a folder should be fails on every system, Windows included.
    blocker = tmp_path / "usb-drive"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderNotWritable) as raised:
        open_caseload(blocker / "caseload")
    assert "cannot save in the folder" in str(raised.value)
    assert "Nothing was changed" in str(raised.value)
    assert blocker.read_text() == "not a folder"


def _open_as_unprivileged(folder: Path) -> tuple[str, str]:
    """Try open_caseload(folder) as a user who does not own it: ("refused"|"opened"|"other", message).

    Root ignores permission bits, so when the tests run as root a forked child drops to
    the "nobody" user first (fork, not exec: the child needs no access to the interpreter's
    files). Otherwise the check runs in this process.
    """
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        try:
            open_caseload(folder).db.close()
        except DataFolderNotWritable as error:
            return "refused", str(error)
        return "opened", ""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 3
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            try:
                open_caseload(folder).db.close()
                report = "opened\n"
            except DataFolderNotWritable as error:
                report = f"refused\n{error}"
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                report = f"other\n{type(error).__name__}: {error}"
            os.write(write_end, report.encode("utf-8"))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    kind, _, message = b"".join(chunks).decode("utf-8").partition("\n")
    return kind, message


@pytest.mark.parametrize("existing", [True, False], ids=["read-only folder", "read-only parent"])
def test_a_read_only_data_folder_gives_a_clear_error(existing):
    if sys.platform == "win32":
        # Windows ignores a folder's read-only flag; the honest Windows check is
        # test_a_folder_that_cannot_exist_gives_a_clear_error above.
        return
    parent = Path(tempfile.mkdtemp(prefix="iep-desk-readonly-"))
    try:
        folder = parent / "caseload"
        if existing:
            open_caseload(folder).db.close()
            before = config.data_file(folder).read_bytes()
            os.chmod(parent, 0o755)
            os.chmod(folder, 0o555)
        else:
            os.chmod(parent, 0o555)
        kind, message = _open_as_unprivileged(folder)
        assert kind == "refused", message
        assert f"cannot save in the folder {folder}" in message
        assert "read-only or you do not have permission" in message
        assert "--data-dir" in message
        if existing:
            assert config.data_file(folder).read_bytes() == before
        else:
            assert not folder.exists()
    finally:
        for path in (parent, parent / "caseload"):
            if path.exists():
                os.chmod(path, 0o700)
        shutil.rmtree(parent, ignore_errors=True)


# -- the sample caseload (app/demo.py) ------------------------------------------

DEMO_TODAYS = [date(2026, 2, 28), date(2028, 2, 29), date(2026, 11, 23), date(2031, 7, 1)]


@pytest.mark.parametrize("today", DEMO_TODAYS, ids=str)
def test_the_demo_always_has_overdue_soon_and_far_off_deadlines(store, today):
    write_demo_caseload(store, today)
    settings = SettingsStore(store.db).deadline_settings()
    students = store.list_students()
    assert 20 <= len(students) <= 30
    reviews = {}
    open_by_kind: dict[str, list[int]] = {}
    for pupil in students:
        for deadline in student_deadlines(pupil, settings, today):
            if deadline.kind == ANNUAL_REVIEW:
                reviews[pupil.id] = deadline.urgency(today)
            if deadline.open:
                open_by_kind.setdefault(deadline.kind, []).append(deadline.days_left(today))
    urgencies = list(reviews.values())
    for urgency in Urgency:
        if urgency is Urgency.NEEDS_DATES:
            continue  # not a date's urgency: the lack of one
        assert urgencies.count(urgency) >= 2, urgency
    assert any(0 <= days <= 60 for days in open_by_kind[REEVALUATION])
    assert any(days < 0 for days in open_by_kind[REEVALUATION])
    # A student turning 16 during the current IEP, and one about to be told of the transfer of rights.
    assert any(0 <= days <= 60 for days in open_by_kind[TRANSITION_PLAN])
    assert any(0 <= days <= 60 for days in open_by_kind[TRANSFER_OF_RIGHTS])
    assert sum(1 for s in students if s.last_evaluation is None and s.reevaluation_due is None) == 1
    ages = [(today - s.date_of_birth).days // 365 for s in students]
    assert any(18 <= age <= 21 for age in ages)
    assert any(s.annual_review_due is not None for s in students)


def test_the_demo_is_varied_and_every_value_is_valid(store):
    today = date(2026, 11, 23)
    write_demo_caseload(store, today)
    students = store.list_students()
    names = " ".join(s.legal_name + " " + s.preferred_name for s in students)
    for name in ("Nguyễn", "José Muñoz", "Zoë O'Brien", "Анастасия Петрова", "Δημήτρης"):
        assert name in names
    assert sum(1 for s in students if s.preferred_name) >= 5
    assert len({s.school for s in students}) >= 3
    assert {"K", "12", "Post-secondary"} <= {s.grade for s in students}
    assert {s.disability_category for s in students} <= set(DISABILITY_CATEGORIES)
    assert len({s.disability_category for s in students}) >= 8
    assert {s.participation for s in students} <= set(PARTICIPATION_MODES)
    assert sum(1 for s in students if s.strengths and s.hopes_and_dreams) >= len(students) * 2 // 3
    for pupil in students:
        for field in ("legal_first_name", "date_of_birth", "last_iep_meeting", "annual_review_due",
                      "last_evaluation", "reevaluation_due"):
            assert check_student_field(pupil, field, getattr(pupil, field), today) is None, (pupil, field)

    family = store.list_family_members()
    assert {"en", "es", "vi", "ru", "ar", "so"} <= {m.preferred_language for m in family}
    assert 0 < sum(m.interpreter_needed for m in family) < len(family)
    assert all(m.availability for m in family)
    assert any(m.transport_needs for m in family) and any(m.childcare_needs for m in family)
    for member in family:
        for field in ("name", "email", "contact_confirmed_on"):
            assert check_family_field(member, field, getattr(member, field), today) is None
    # Siblings: one guardian linked to two students.
    shared = [m for m in family if len(store.students_of_family_member(m.id)) >= 2]
    assert shared
    assert all(store.family_of(s.id) for s in students)

    team = store.list_team_members()
    assert 10 <= len(team) <= 15
    assert all(m.availability and m.role in TEAM_ROLES for m in team)
    assert len({m.role for m in team}) >= 9
    for member in team:
        assert check_team_field(member, "email", member.email, today) is None
    assert all(len(store.team_of(s.id)) >= 4 for s in students)


def test_the_demo_is_deterministic(tmp_path):
    def contents(folder: Path) -> list:
        store = open_caseload(folder)
        try:
            write_demo_caseload(store, date(2026, 5, 1))
            rows = []
            for table in ("students", "family_members", "team_members", "student_family", "student_team"):
                columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({table})")
                           if row[1] not in ("created_at", "updated_at")]
                rows.append(store.db.execute(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid").fetchall())
            return rows
        finally:
            store.db.close()

    assert contents(tmp_path / "a") == contents(tmp_path / "b")


def test_the_demo_is_written_all_or_nothing(store, monkeypatch):
    calls = []
    original = store.add_to_team

    def fail_midway(student_id, member_id):
        calls.append(student_id)
        if len(calls) == 40:
            raise SaveFailed("The disk is full.")
        original(student_id, member_id)

    monkeypatch.setattr(store, "add_to_team", fail_midway)
    with pytest.raises(SaveFailed):
        write_demo_caseload(store, date(2026, 5, 1))
    assert store.count_students() == 0
    assert store.list_family_members() == []
    assert store.list_team_members(include_inactive=True) == []


def test_the_demo_can_include_meetings_in_every_state(data_dir, store):
    write_demo_caseload(store, date(2026, 5, 1), with_meetings=True)
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        statuses = {row[0] for row in reopened.db.execute("SELECT status FROM meetings")}
        assert {"draft", "proposed", "confirmed", "held", "cancelled"} <= statuses
        assert reopened.count_students() == len(STUDENTS)
    finally:
        reopened.db.close()


def test_the_demo_with_meetings_is_written_all_or_nothing(store, monkeypatch):
    from iep_desk.app import demo as demo_meetings  # the writer the demo calls

    def broken(*args, **kwargs):
        raise SaveFailed("The disk is full.")

    monkeypatch.setattr(demo_meetings, "write_demo_meetings", broken)
    with pytest.raises(SaveFailed):
        write_demo_caseload(store, date(2026, 5, 1), with_meetings=True)
    assert store.count_students() == 0
    assert store.list_team_members(include_inactive=True) == []


def test_many_students_for_benchmarks(store):
    write_many_students(store, 120, date(2026, 5, 1))
    students = store.list_students()
    assert len(students) == 120
    assert len({s.district_student_id for s in students}) == 120


def test_student_names_include_archived_students_and_preferred_names(store):
    from iep_desk.core.models import Student

    kept = store.add_student(Student("Thị Ánh", "Nguyễn", preferred_name="Ánh"))
    gone = store.add_student(Student("Анастасия", "Петрова"))
    store.archive_student(gone)
    assert store.student_names() == {kept: "Ánh Nguyễn", gone: "Анастасия Петрова"}


def test_students_are_listed_by_family_name_or_as_stored(store):
    ids = [store.add_student(Student(first, last)) for first, last in
           (("Zara", "Young"), ("Ali", "Baker"), ("Mia", "Baker"))]
    assert [s.legal_name for s in store.list_students()] == ["Ali Baker", "Mia Baker", "Zara Young"]
    unordered = store.list_students(in_order=False)
    assert sorted(s.id for s in unordered) == sorted(ids)
    assert unordered == sorted(unordered, key=lambda s: s.id)  # the file's order
    assert unordered[0] == store.get_student(ids[0])  # the same students, field for field
