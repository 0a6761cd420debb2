"""Backups: made with SQLite's backup API, verified, private, rotated, restorable."""

import dataclasses
import os
import sqlite3
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import files
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    SCHEDULED,
    Backup,
    BackupFailed,
    BackupSummary,
    RestoreFailed,
    RestoreResult,
    back_up_on_closing,
    backup_is_due,
    backups_to_keep,
    describe_backup,
    list_backups,
    make_backup,
    newest_backup_is_current,
    newest_good_backup,
    remove_kept_copy,
    restore_backup,
    restore_choices,
)
from iep_desk.storage.caseload import open_caseload
from tests.storage import faults
from tests.storage.faults import folder_state


def names(path):
    conn = sqlite3.connect(str(path))
    try:
        return sorted(row[0] for row in conn.execute("SELECT legal_first_name FROM students"))
    finally:
        conn.close()


def add_meeting(store, student_id, uid):
    store.db.execute("INSERT INTO meetings (student_id, calendar_uid) VALUES (?, ?)",
                     [student_id, uid])


def test_backup_is_a_verified_private_copy_named_by_its_date(store, data_dir):
    store.add_student(Student("Ana", "Reyes"))
    store.add_student(Student("Ben", "Okafor"))
    when = datetime(2026, 11, 23, 9, 15)
    made = make_backup(store.db.conn, data_dir, now=when)
    path = made.path
    assert path.parent == config.backup_dir(data_dir)
    assert path.name == "caseload-2026-11-23T0915-n1.sqlite"
    assert names(path) == ["Ana", "Ben"]
    assert (made.students, made.taken_at, made.kind) == (2, when, SCHEDULED)
    # One self-contained file: no write-ahead log needed to read it.
    assert not path.with_name(path.name + "-wal").exists()
    assert sqlite3.connect(str(path)).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_two_backups_in_one_minute_never_overwrite_each_other(store, data_dir):
    when = datetime(2026, 11, 23, 9, 15)
    store.add_student(Student("Ana"))
    first = make_backup(store.db.conn, data_dir, now=when).path
    assert names(first) == ["Ana"]
    store.add_student(Student("Ben"))
    second = make_backup(store.db.conn, data_dir, now=when, prune=False).path
    assert second.name == "caseload-2026-11-23T0915-n2.sqlite"
    assert names(first) == ["Ana"]
    assert names(second) == ["Ana", "Ben"]
    assert [b.path for b in list_backups(data_dir)] == [second, first]  # newest first
    make_backup(store.db.conn, data_dir, now=when + timedelta(minutes=1))
    third = config.backup_dir(data_dir) / "caseload-2026-11-23T0916-n3.sqlite"
    # The rotation keeps the newest of the day: the third.
    assert [b.path for b in list_backups(data_dir)] == [third]


def fake_backups(times):
    """Backups taken at `times` (newest first), numbered in the order they were made."""
    return [Backup(config.backup_dir(config.Path("x")) / f"{t:%Y%m%d%H%M}.sqlite", t, SCHEDULED,
                   number=len(times) - i) for i, t in enumerate(times)]


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    now = datetime(2026, 11, 23, 17, 0)
    # Two backups a day (morning and evening) for two years.
    times = [now - timedelta(hours=12 * i) for i in range(2 * 730)]
    backups = fake_backups(times)
    kept = {b.taken_at for b in backups if b.path in backups_to_keep(backups)}

    def newest_per(period, count):
        newest = {}
        for t in times:  # times run newest first
            newest.setdefault(period(t), t)
        return sorted(newest.values(), reverse=True)[:count]

    daily = newest_per(lambda t: t.date(), KEEP_DAILY)
    weekly = newest_per(lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    monthly = newest_per(lambda t: (t.year, t.month), KEEP_MONTHLY)
    assert kept == set(daily) | set(weekly) | set(monthly)
    assert len(daily) == 7 and len(weekly) == 4 and len(monthly) == 12
    # Only evening backups are kept (the newest of each day), and nothing older than a year.
    assert all(t.hour == 17 for t in kept)
    assert min(kept) > now - timedelta(days=366)
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY


def test_rotation_prunes_real_files_but_never_other_copies(store, data_dir):
    store.add_student(Student("Ana"))
    start = datetime(2025, 1, 1, 16, 0)
    folder = config.backup_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    upgrade_copy = folder / "before-upgrade-from-v1-20250101-120000.sqlite"
    upgrade_copy.write_bytes(b"kept whatever it holds")
    for day in range(0, 120, 3):
        make_backup(store.db.conn, data_dir, now=start + timedelta(days=day))
    left = list_backups(data_dir)
    rotating = [b for b in left if b.rotating]
    assert upgrade_copy in [b.path for b in left]
    assert upgrade_copy.read_bytes() == b"kept whatever it holds"
    assert rotating[0].taken_at == start + timedelta(days=117)
    assert len(rotating) == len(backups_to_keep(left))
    months = {(b.taken_at.year, b.taken_at.month) for b in rotating}
    assert months == {(2025, m) for m in (1, 2, 3, 4)}  # every month still has one
    assert len(rotating) < 40  # 40 were made


def test_a_backup_that_fails_its_check_is_not_kept_and_prunes_nothing(data_dir):
    store = open_caseload(data_dir)
    for i in range(4):
        store.add_student(Student(f"Kid {i}", f"Family {i}"))
    old = [make_backup(store.db.conn, data_dir, now=datetime(2026, 1, d, 8, 0)).path
           for d in range(1, 11)]
    before = sorted(p.name for p in config.backup_dir(data_dir).iterdir())
    assert len(before) < len(old)  # the rotation did prune while backups were good
    store.db.close()
    # Damage an index so it no longer matches its table: the quick check when
    # opening does not see it, the full check on the backup does.
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = "
                 "'CREATE INDEX students_archived ON students (legal_last_name)' "
                 "WHERE name = 'students_archived'")
    conn.commit()
    conn.close()
    store = open_caseload(data_dir)
    try:
        with pytest.raises(BackupFailed) as failure:
            make_backup(store.db.conn, data_dir, now=datetime(2026, 3, 1, 8, 0))
    finally:
        store.db.close()
    assert "did not pass its check" in str(failure.value)
    assert "no older backup was removed" in str(failure.value)
    assert sorted(p.name for p in config.backup_dir(data_dir).iterdir()) == before


def test_backup_is_due_after_a_day(store, data_dir):
    now = datetime(2026, 11, 23, 9, 0)
    assert backup_is_due(data_dir, now)
    make_backup(store.db.conn, data_dir, now=now)
    assert not backup_is_due(data_dir, now + timedelta(hours=23))
    assert backup_is_due(data_dir, now + timedelta(hours=25))


def test_describe_counts_students_and_meetings(store, data_dir):
    first = store.add_student(Student("Ana"))
    second = store.add_student(Student("Ben"))
    store.add_student(Student("Cy"))
    store.archive_student(second)
    add_meeting(store, first, "uid-1")
    add_meeting(store, first, "uid-2")
    made = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 23, 9, 15))
    summary = describe_backup(made.path)
    # What the backup reported when it was made is what it holds.
    assert (made.students, made.archived_students, made.meetings) == (2, 1, 2)
    assert summary.usable
    assert (summary.students, summary.archived_students, summary.meetings) == (2, 1, 2)
    assert summary.taken_at == datetime(2026, 11, 23, 9, 15)
    assert summary.schema_version == schema.SCHEMA_VERSION


def old_caseload(path, students):
    """A caseload written by the first release: no meetings table yet."""
    db = Database(str(path))
    schema.migrations.apply(db, stop_before="0002_meetings")
    db.execute("PRAGMA user_version=1")
    for name in students:
        db.execute("INSERT INTO students (legal_first_name) VALUES (?)", [name])
    db.close()
    return path


def test_describe_an_old_backup_without_meetings(tmp_path):
    summary = describe_backup(old_caseload(tmp_path / "old.sqlite", ["Ana", "Ben"]))
    assert summary.usable
    assert (summary.students, summary.meetings, summary.schema_version) == (2, 0, 1)


def test_restore_backs_up_the_current_caseload_first(store, data_dir):
    store.add_student(Student("Ana"))
    backup = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 23, 9, 15)).path
    store.add_student(Student("Ben"))
    store.db.close()
    result = restore_backup(backup, data_dir, now=datetime(2026, 11, 23, 9, 15))
    assert names(config.data_file(data_dir)) == ["Ana"]
    assert result.previous_saved_as is not None
    assert names(result.previous_saved_as) == ["Ana", "Ben"]
    assert backup.exists()  # restoring never prunes the backup it restores
    reopened = open_caseload(data_dir)
    try:
        assert [s.legal_first_name for s in reopened.list_students()] == ["Ana"]
        reopened.add_student(Student("Cy"))  # and the restored caseload takes edits
    finally:
        reopened.db.close()
    assert names(config.data_file(data_dir)) == ["Ana", "Cy"]


def test_restore_an_old_backup_is_upgraded_on_open(store, data_dir, tmp_path):
    store.add_student(Student("Zed"))
    store.db.close()
    restore_backup(old_caseload(tmp_path / "old.sqlite", ["Ana"]), data_dir)
    reopened = open_caseload(data_dir)
    try:
        assert [s.legal_first_name for s in reopened.list_students()] == ["Ana"]
        assert reopened.db["meetings"].exists()
    finally:
        reopened.db.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(store, data_dir, tmp_path):
    store.add_student(Student("Ana"))
    store.db.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is a shopping list, not a backup" * 50)
    before = config.data_file(data_dir).read_bytes()
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(bad, data_dir)
    assert "cannot be restored" in str(failure.value)
    assert config.data_file(data_dir).read_bytes() == before
    assert list_backups(data_dir) == []


def test_newest_good_backup_skips_damaged_ones(store, data_dir):
    store.add_student(Student("Ana"))
    good = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 0)).path
    damaged = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 22, 9, 0)).path
    data = damaged.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    found = newest_good_backup(data_dir)
    assert found is not None and found.path == good
    assert found.taken_at.date() == date(2026, 11, 20)


def test_backup_with_an_explicit_target_replaces_it_and_prunes_nothing(store, data_dir, tmp_path):
    store.add_student(Student("Ana"))
    target = tmp_path / "usb" / "caseload-copy.sqlite"
    target.parent.mkdir()
    target.write_bytes(b"an old copy")
    assert make_backup(store.db.conn, data_dir, target=target).path == target
    assert names(target) == ["Ana"]
    assert not config.backup_dir(data_dir).exists() or list_backups(data_dir) == []
    if hasattr(os, "geteuid"):
        assert target.stat().st_mode & 0o777 == 0o600


def test_backup_names_say_when_and_in_what_order(data_dir):
    folder = config.backup_dir(data_dir)
    folder.mkdir(parents=True)
    for name in ("caseload-2026-11-23T0915.sqlite", "caseload-2026-11-23T0915-2.sqlite",
                 "caseload-2026-11-20T0800-n7.sqlite", "before-restore-2026-11-21T1000-n8.sqlite",
                 "before-upgrade-from-v1-20250101-120000.sqlite",
                 "before-upgrade-from-v2-2026-11-22T0700-n9.sqlite",
                 # Dated like ours but no real minute: listed by its file date, never pruned.
                 "caseload-2026-13-45T9999.sqlite"):
        (folder / name).write_bytes(b"")
    found = {b.path.name: b for b in list_backups(data_dir)}
    first, second = found["caseload-2026-11-23T0915.sqlite"], found["caseload-2026-11-23T0915-2.sqlite"]
    assert (first.taken_at, first.rotating, first.number) == (datetime(2026, 11, 23, 9, 15), True, 0)
    assert (second.taken_at, second.same_minute) == (datetime(2026, 11, 23, 9, 15), 2)
    numbered = found["caseload-2026-11-20T0800-n7.sqlite"]
    assert (numbered.taken_at, numbered.number, numbered.kind) == (
        datetime(2026, 11, 20, 8, 0), 7, SCHEDULED)
    assert found["before-restore-2026-11-21T1000-n8.sqlite"].kind == BEFORE_RESTORE
    old_upgrade = found["before-upgrade-from-v1-20250101-120000.sqlite"]
    assert (old_upgrade.kind, old_upgrade.taken_at) == (BEFORE_UPGRADE, datetime(2025, 1, 1, 12))
    assert found["before-upgrade-from-v2-2026-11-22T0700-n9.sqlite"].kept
    odd = found["caseload-2026-13-45T9999.sqlite"]
    assert not odd.rotating and not odd.kept
    assert abs(odd.taken_at - datetime.now()) < timedelta(minutes=5)
    # Numbered backups are newer than every backup named before numbering, whatever the dates.
    order = [b.path.name for b in list_backups(data_dir)]
    assert order[:3] == ["before-upgrade-from-v2-2026-11-22T0700-n9.sqlite",
                         "before-restore-2026-11-21T1000-n8.sqlite",
                         "caseload-2026-11-20T0800-n7.sqlite"]
    assert order.index("caseload-2026-11-23T0915-2.sqlite") < order.index(
        "caseload-2026-11-23T0915.sqlite")


def test_closing_backs_up_only_what_no_backup_holds_yet(data_dir):
    store = open_caseload(data_dir)
    store.add_student(Student("Ana"))
    first = back_up_on_closing(store.db.conn, data_dir)
    assert first is not None and names(first.path) == ["Ana"]
    store.db.close()

    # Opened, looked at, closed: the newest backup already holds all of it.
    store = open_caseload(data_dir)
    store.list_students()
    assert newest_backup_is_current(store.db.conn, data_dir)
    assert back_up_on_closing(store.db.conn, data_dir) is None
    store.db.close()
    assert len(list_backups(data_dir)) == 1

    # One edit, and the next close backs up again.
    store = open_caseload(data_dir)
    store.add_student(Student("Ben"))
    assert not newest_backup_is_current(store.db.conn, data_dir)
    second = back_up_on_closing(store.db.conn, data_dir)
    assert second is not None and names(second.path) == ["Ana", "Ben"]
    store.db.close()


def ana_backed_up_on_closing(data_dir) -> None:
    store = open_caseload(data_dir)
    store.add_student(Student("Ana"))
    back_up_on_closing(store.db.conn, data_dir)
    store.db.close()


def test_closing_backs_up_when_the_file_changed_after_the_newest_backup(data_dir):
    ana_backed_up_on_closing(data_dir)
    # Changed by another program (or the command line) after that backup.
    other = sqlite3.connect(str(config.data_file(data_dir)))
    other.execute("UPDATE students SET legal_first_name = 'Anna'")
    other.commit()
    other.close()
    store = open_caseload(data_dir)
    assert not newest_backup_is_current(store.db.conn, data_dir)
    made = back_up_on_closing(store.db.conn, data_dir)
    assert made is not None and names(made.path) == ["Anna"]
    store.db.close()


def test_closing_backs_up_edits_left_in_the_log_by_a_copy_that_crashed(data_dir):
    ana_backed_up_on_closing(data_dir)
    crashed = sqlite3.connect(str(config.data_file(data_dir)))
    crashed.execute("PRAGMA wal_autocheckpoint=0")  # the edit stays in the log
    crashed.execute("UPDATE students SET legal_first_name = 'Ann'")
    crashed.commit()
    wal = config.data_file(data_dir).with_name("caseload.sqlite-wal")
    assert wal.stat().st_size > 0
    store = open_caseload(data_dir)
    assert not newest_backup_is_current(store.db.conn, data_dir)
    made = back_up_on_closing(store.db.conn, data_dir)
    assert made is not None and names(made.path) == ["Ann"]
    store.db.close()
    crashed.close()


# -- issue 13: the copy made before a restore is never pruned -------------------------------

def test_the_copy_made_before_a_restore_outlives_the_rotation_until_removed(store, data_dir):
    store.add_student(Student("Ana"))
    morning = datetime(2026, 11, 23, 8, 0)
    backup = make_backup(store.db.conn, data_dir, now=morning).path
    store.add_student(Student("Ben"))  # work done after the backup
    store.db.close()
    # The teacher restores the morning's backup by mistake...
    result = restore_backup(backup, data_dir, now=morning + timedelta(hours=1))
    kept = result.previous_saved_as
    assert kept is not None and names(kept) == ["Ana", "Ben"]
    # ...works on, and the app closes (a backup that day), and every day for 400 days.
    reopened = open_caseload(data_dir)
    try:
        for day in range(400):
            make_backup(reopened.db.conn, data_dir, now=morning + timedelta(days=day, hours=2))
    finally:
        reopened.db.close()
    assert kept.exists() and names(kept) == ["Ana", "Ben"]
    [listed] = [b for b in list_backups(data_dir) if b.path == kept]
    assert listed.kind == BEFORE_RESTORE and listed.kept and not listed.rotating
    # The restore dialog and `restore --list` show such copies first.
    assert restore_choices(data_dir)[0].path == kept
    assert describe_backup(kept).kept
    # Only the teacher removes it, and only such copies can be removed that way.
    scheduled = next(b.path for b in list_backups(data_dir) if b.rotating)
    with pytest.raises(BackupFailed):
        remove_kept_copy(data_dir, scheduled)
    assert scheduled.exists()
    remove_kept_copy(data_dir, kept)
    assert not kept.exists()


def test_the_copy_made_before_an_upgrade_is_kept_and_listed_first(tmp_path, data_dir):
    from tests.storage.test_migrations import FIXTURES  # the checked-in first-release file

    data_dir.mkdir()
    config.data_file(data_dir).write_bytes((FIXTURES / "caseload-v1.sqlite").read_bytes())
    store = open_caseload(data_dir)  # updated to the current layout: copied aside first
    try:
        for day in range(30):
            make_backup(store.db.conn, data_dir, now=datetime(2026, 1, 1, 8) + timedelta(days=day))
    finally:
        store.db.close()
    [upgrade_copy] = [b for b in list_backups(data_dir) if b.kind == BEFORE_UPGRADE]
    assert upgrade_copy.path.name.startswith("before-upgrade-from-v1-")
    assert restore_choices(data_dir)[0] == upgrade_copy
    if sys.platform != "win32":
        assert upgrade_copy.path.stat().st_mode & 0o777 == 0o600


# -- issue 13: a new backup is never pruned by its own rotation -------------------------------

def test_a_new_backup_in_a_minute_that_already_has_a_second_one_is_kept(store, data_dir):
    store.add_student(Student("Ana"))
    store.add_student(Student("Ben"))
    folder = config.backup_dir(data_dir)
    folder.mkdir(parents=True)
    # Left by an earlier version: the second backup of a minute (named "-2"), the first one
    # since removed.
    make_backup(store.db.conn, data_dir, target=folder / "caseload-2026-11-23T1000-2.sqlite")
    made = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 23, 10, 0, 30))
    assert made.path.exists()
    assert list_backups(data_dir)[0].path == made.path
    assert names(made.path) == ["Ana", "Ben"]
    assert (made.students, made.meetings) == (2, 0)


def test_a_clock_that_goes_back_never_deletes_the_new_backup(store, data_dir):
    store.add_student(Student("Ana"))
    november = datetime(2026, 11, 1, 17, 0)
    for day in range(10):
        make_backup(store.db.conn, data_dir, now=november + timedelta(days=day))
    assert not backup_is_due(data_dir, november + timedelta(days=9, hours=2))
    # The laptop's clock is reset to a month earlier.
    behind = datetime(2026, 10, 1, 9, 0)
    assert backup_is_due(data_dir, behind)  # the newest backup is "in the future": make one
    store.add_student(Student("Ben"))
    made = make_backup(store.db.conn, data_dir, now=behind)
    assert made.path.exists() and names(made.path) == ["Ana", "Ben"]
    assert list_backups(data_dir)[0].path == made.path  # the newest, whatever its date
    assert not backup_is_due(data_dir, behind + timedelta(hours=2))
    # The next ones, still behind, are kept too, each the newest in turn.
    store.add_student(Student("Cy"))
    again = make_backup(store.db.conn, data_dir, now=behind + timedelta(days=1))
    assert again.path.exists() and list_backups(data_dir)[0].path == again.path
    assert names(again.path) == ["Ana", "Ben", "Cy"]
    assert made.path.exists()  # the newest of its own day


def test_backup_is_due_by_the_order_backups_were_made_not_their_dates(store, data_dir):
    # The newest backup is dated earlier than an older one (the clock went back in between):
    # it is the newest that says whether a backup is due.
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 0))
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 10, 9, 0))
    assert backup_is_due(data_dir, datetime(2026, 11, 12, 9, 0))
    assert not backup_is_due(data_dir, datetime(2026, 11, 10, 20, 0))


# -- issue 13: a restore that fails leaves everything as it was -------------------------------

def a_caseload_and_its_backup(data_dir, *, students=30):
    store = open_caseload(data_dir)
    for i in range(students):
        store.add_student(Student(f"Kid {i}", strengths="reads well " * 30))
    backup = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 0)).path
    store.add_student(Student("Newest"))
    store.db.close()
    return backup


def test_a_restore_that_fills_the_disk_leaves_everything_as_it_was(data_dir, monkeypatch):
    backup = a_caseload_and_its_backup(data_dir)
    data_file = config.data_file(data_dir)
    os.chmod(data_file, 0o640)  # the teacher's own choice, to be kept
    before = folder_state(data_dir)
    # The disk fills while the backup is copied in (SQLite's own "database or disk is full").
    touched = faults.connections_to(monkeypatch, faults.named(files.PARTIAL_PREFIX), full=True)
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(backup, data_dir, now=datetime(2026, 11, 23, 9, 0))
    assert touched
    message = failure.value.message
    assert "full" in message and "not replaced" in message
    assert "damaged" not in message and "SQLite" not in message
    monkeypatch.undo()
    assert folder_state(data_dir) == before  # the caseload byte for byte, mode 0640, nothing added
    assert "Newest" in names(data_file)


def test_a_restore_when_the_caseload_cannot_be_read_moves_nothing(data_dir, monkeypatch):
    backup = a_caseload_and_its_backup(data_dir)
    before = folder_state(data_dir)
    # The drive holding the caseload gives input/output errors: that is not damage.
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite", "mode=ro"),
                          failing_sql="quick_check", error=faults.sqlite_error("io"))
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(backup, data_dir)
    assert "could not be read" in failure.value.message
    assert "damaged" not in failure.value.message
    monkeypatch.undo()
    assert folder_state(data_dir) == before
    assert not list(data_dir.glob("caseload.damaged-*"))


def test_a_restore_over_a_damaged_caseload_that_fails_puts_the_damaged_file_back(data_dir,
                                                                                  monkeypatch):
    backup = a_caseload_and_its_backup(data_dir)
    data_file = config.data_file(data_dir)
    data = data_file.read_bytes()
    data_file.write_bytes(data[: len(data) // 2])
    before = folder_state(data_dir)
    faults.connections_to(monkeypatch, faults.named(files.PARTIAL_PREFIX), full=True)
    with pytest.raises(RestoreFailed):
        restore_backup(backup, data_dir)
    monkeypatch.undo()
    assert folder_state(data_dir) == before
    assert not list(data_dir.glob("caseload.damaged-*"))


def test_a_restore_that_cannot_rename_puts_the_damaged_file_back(data_dir, monkeypatch):
    backup = a_caseload_and_its_backup(data_dir)
    data_file = config.data_file(data_dir)
    data = data_file.read_bytes()
    data_file.write_bytes(data[: len(data) // 2])
    before = folder_state(data_dir)
    real_replace = os.replace

    def replace(source, target):
        if Path(target) == data_file and Path(source).name.startswith(files.PARTIAL_PREFIX):
            raise OSError(28, "No space left on device")  # ENOSPC, moving the restored file in
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(backup, data_dir)
    monkeypatch.undo()
    assert "not replaced" in failure.value.message
    assert folder_state(data_dir) == before


def test_a_restore_never_replaces_a_caseload_saved_by_a_newer_version(data_dir):
    backup = a_caseload_and_its_backup(data_dir)
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(backup, data_dir)
    assert "newer version of IEP Desk" in failure.value.message
    assert folder_state(data_dir) == before


def test_a_restored_caseload_is_owner_only(data_dir):
    backup = a_caseload_and_its_backup(data_dir)
    previous = os.umask(0)
    try:
        restore_backup(backup, data_dir)
    finally:
        os.umask(previous)
    if sys.platform != "win32":
        assert config.data_file(data_dir).stat().st_mode & 0o777 == 0o600


# -- issue 13: every backup is owner-only from its first byte ---------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
@pytest.mark.parametrize("where", ["backups folder", "chosen file"])
def test_a_backup_is_owner_only_while_it_is_written(store, data_dir, tmp_path, where):
    for i in range(40):
        store.add_student(Student(f"Kid {i}", strengths="reads well " * 50))
    destination = tmp_path / "usb"
    destination.mkdir()
    config.backup_dir(data_dir).mkdir(mode=0o700)
    folder = config.backup_dir(data_dir) if where == "backups folder" else destination
    source = faults.watched(config.data_file(data_dir), folder)
    previous = os.umask(0)  # the most permissive umask: files made without a mode get 0666
    try:
        if where == "backups folder":
            made = make_backup(source, data_dir).path
        else:
            made = make_backup(source, data_dir, target=destination / "caseload-copy.sqlite").path
    finally:
        os.umask(previous)
        source.close()
    assert len(source.seen) > 10  # looked at many times while the copy was written
    assert {mode for _, mode in source.seen} == {0o600}, source.seen
    names_seen = {name for name, _ in source.seen}
    assert all(name.startswith(files.PARTIAL_PREFIX) for name in names_seen), names_seen
    assert made.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in folder.iterdir()] == [made.name]


def test_stale_partial_files_are_removed_when_the_caseload_opens(data_dir):
    open_caseload(data_dir).db.close()
    folder = config.backup_dir(data_dir)
    folder.mkdir()
    leftovers = [data_dir / f"{files.PARTIAL_PREFIX}x1y2.tmp",
                 folder / f"{files.PARTIAL_PREFIX}a1b2.tmp",
                 folder / "caseload-2026-11-23T0915.sqlite.partial"]  # earlier versions' name
    for leftover in leftovers:
        leftover.write_bytes(b"half a backup of student data")
    keep = folder / "caseload-2026-11-23T0900-n1.sqlite"
    keep.write_bytes(b"a backup")
    open_caseload(data_dir).db.close()
    assert not any(leftover.exists() for leftover in leftovers)
    assert keep.read_bytes() == b"a backup"


# -- issue 14: records are plain frozen dataclasses -------------------------------------------

@pytest.mark.parametrize("record", [Backup, BackupSummary, RestoreResult])
def test_backup_records_are_frozen_slotted_dataclasses(record):
    assert dataclasses.is_dataclass(record)
    assert record.__dataclass_params__.frozen
    assert "__slots__" in record.__dict__


def test_a_restore_whose_safety_copy_fails_replaces_nothing(data_dir, monkeypatch):
    backup = a_caseload_and_its_backup(data_dir)
    before = folder_state(data_dir)
    # The disk fills while the caseload as it is is copied aside (after the backup was copied in).
    faults.connections_to(monkeypatch, lambda name: "backups" in name and files.PARTIAL_PREFIX
                          in name, full=True)
    with pytest.raises(RestoreFailed) as failure:
        restore_backup(backup, data_dir)
    monkeypatch.undo()
    assert "could not be copied aside first" in failure.value.message
    assert "full" in failure.value.message
    assert folder_state(data_dir) == before
