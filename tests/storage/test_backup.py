"""Backups: made with SQLite's backup API, verified, private, rotated, restorable."""

import os
import sqlite3
import sys
from datetime import date, datetime, timedelta

import pytest
from sqlite_utils import Database

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    Backup,
    BackupFailed,
    RestoreFailed,
    back_up_on_closing,
    backup_is_due,
    backups_to_keep,
    describe_backup,
    list_backups,
    make_backup,
    newest_backup_is_current,
    newest_good_backup,
    restore_backup,
)
from iep_desk.storage.caseload import open_caseload


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
    path = make_backup(store.db.conn, data_dir, now=when)
    assert path.parent == config.backup_dir(data_dir)
    assert path.name == "caseload-2026-11-23T0915.sqlite"
    assert names(path) == ["Ana", "Ben"]
    # One self-contained file: no write-ahead log needed to read it.
    assert not path.with_name(path.name + "-wal").exists()
    assert sqlite3.connect(str(path)).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(path.parent.glob("*.partial"))
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600
        assert path.parent.stat().st_mode & 0o777 == 0o700


def test_two_backups_in_one_minute_never_overwrite_each_other(store, data_dir):
    when = datetime(2026, 11, 23, 9, 15)
    store.add_student(Student("Ana"))
    first = make_backup(store.db.conn, data_dir, now=when)
    assert names(first) == ["Ana"]
    store.add_student(Student("Ben"))
    second = make_backup(store.db.conn, data_dir, now=when, prune=False)
    assert second.name == "caseload-2026-11-23T0915-2.sqlite"
    assert names(first) == ["Ana"]
    assert names(second) == ["Ana", "Ben"]
    assert [b.path for b in list_backups(data_dir)] == [second, first]  # newest first
    make_backup(store.db.conn, data_dir, now=when + timedelta(minutes=1))
    third = config.backup_dir(data_dir) / "caseload-2026-11-23T0916.sqlite"
    # The rotation keeps the newest of the day: the third.
    assert [b.path for b in list_backups(data_dir)] == [third]


def fake_backups(times):
    return [Backup(config.backup_dir(config.Path("x")) / f"{t:%Y%m%d%H%M}.sqlite", t, True)
            for t in times]


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
    old = [make_backup(store.db.conn, data_dir, now=datetime(2026, 1, d, 8, 0))
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
    path = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 23, 9, 15))
    summary = describe_backup(path)
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
    backup = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 23, 9, 15))
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
    good = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 0))
    damaged = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 22, 9, 0))
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
    assert make_backup(store.db.conn, data_dir, target=target) == target
    assert names(target) == ["Ana"]
    assert not config.backup_dir(data_dir).exists() or list_backups(data_dir) == []
    if hasattr(os, "geteuid"):
        assert target.stat().st_mode & 0o777 == 0o600


def test_backup_names_are_read_as_the_minute_they_were_taken(data_dir):
    folder = config.backup_dir(data_dir)
    folder.mkdir(parents=True)
    (folder / "caseload-2026-11-23T0915.sqlite").write_bytes(b"")
    (folder / "caseload-2026-11-23T0915-2.sqlite").write_bytes(b"")
    # Dated like ours but no real minute: listed by its file date, never pruned.
    (folder / "caseload-2026-13-45T9999.sqlite").write_bytes(b"")
    found = {b.path.name: b for b in list_backups(data_dir)}
    first, second = found["caseload-2026-11-23T0915.sqlite"], found["caseload-2026-11-23T0915-2.sqlite"]
    assert (first.taken_at, first.rotating, first.sequence) == (datetime(2026, 11, 23, 9, 15), True, 1)
    assert (second.taken_at, second.sequence) == (datetime(2026, 11, 23, 9, 15), 2)
    odd = found["caseload-2026-13-45T9999.sqlite"]
    assert not odd.rotating
    assert abs(odd.taken_at - datetime.now()) < timedelta(minutes=5)


def test_closing_backs_up_only_what_no_backup_holds_yet(data_dir):
    store = open_caseload(data_dir)
    store.add_student(Student("Ana"))
    first = back_up_on_closing(store.db.conn, data_dir)
    assert first is not None and names(first) == ["Ana"]
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
    assert second is not None and names(second) == ["Ana", "Ben"]
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
    assert made is not None and names(made) == ["Anna"]
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
    assert made is not None and names(made) == ["Ann"]
    store.db.close()
    crashed.close()
