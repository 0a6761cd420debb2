"""`iep-desk backup`, `restore` and `check` on a real caseload file."""

import io
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import pytest

import iep_desk.cli
from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import backup as backups
from iep_desk.storage import files
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import list_backups, set_aside_damaged
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import TECHNICAL_PREFIX
from iep_desk.storage.lock import CaseloadLock
from tests.storage import faults
from tests.storage.faults import folder_state


class NoInput(io.StringIO):
    def read(self, *args):
        raise AssertionError("the command read standard input")

    readline = read


@pytest.fixture(autouse=True)
def backup_commands(monkeypatch):
    monkeypatch.setattr("sys.stdin", NoInput())


def run(*argv):
    return iep_desk.cli.main(list(argv))


def caseload(data_dir, *names):
    store = open_caseload(data_dir)
    for name in names:
        store.add_student(Student(name))
    store.db.close()


def student_names(path):
    conn = sqlite3.connect(str(path))
    try:
        return sorted(r[0] for r in conn.execute("SELECT legal_first_name FROM students"))
    finally:
        conn.close()


def test_backup_into_the_backups_folder(data_dir, capsys):
    caseload(data_dir, "Ana", "Ben")
    assert run("backup", "--data-dir", str(data_dir)) == 0
    [made] = list_backups(data_dir)
    out = capsys.readouterr().out
    assert str(made.path) in out and "2 students" in out
    assert student_names(made.path) == ["Ana", "Ben"]


def test_backup_to_a_chosen_file(data_dir, tmp_path, capsys):
    caseload(data_dir, "Ana")
    target = tmp_path / "copy.sqlite"
    assert run("--data-dir", str(data_dir), "backup", "-o", str(target)) == 0
    assert student_names(target) == ["Ana"]
    assert str(target) in capsys.readouterr().out
    assert list_backups(data_dir) == []


def test_backup_without_a_caseload_says_so(data_dir, capsys):
    assert run("backup", "--data-dir", str(data_dir)) == 1
    assert "nothing to back up" in capsys.readouterr().err


def test_backup_of_a_damaged_file_is_refused(data_dir, capsys):
    caseload(data_dir, "Ana")
    path = config.data_file(data_dir)
    path.write_bytes(path.read_bytes()[:2048])
    assert run("backup", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "No backup was made" in err
    assert list_backups(data_dir) == []


def test_restore_backs_up_first_and_says_where(data_dir, capsys):
    caseload(data_dir, "Ana")
    assert run("backup", "--data-dir", str(data_dir)) == 0
    [backup] = list_backups(data_dir)
    caseload(data_dir, "Ben")
    capsys.readouterr()
    assert run("restore", str(backup.path), "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    assert student_names(config.data_file(data_dir)) == ["Ana"]
    saved_line = next(line for line in out.splitlines() if "as it was is kept in" in line)
    previous = saved_line.split("kept in ")[1].split(" (it stays")[0]
    assert student_names(previous) == ["Ana", "Ben"]
    assert "Restored the caseload" in out and "1 student," in out


def test_restore_while_the_app_is_open_changes_nothing(data_dir, tmp_path, capsys):
    caseload(data_dir, "Ana")
    run("backup", "--data-dir", str(data_dir), "-o", str(tmp_path / "copy.sqlite"))
    caseload(data_dir, "Ben")
    before = config.data_file(data_dir).read_bytes()
    with CaseloadLock(data_dir) as app_copy:
        assert app_copy.acquire()
        assert run("restore", str(tmp_path / "copy.sqlite"), "--data-dir", str(data_dir)) == 1
    assert "already open" in capsys.readouterr().err
    assert config.data_file(data_dir).read_bytes() == before


def test_restore_refuses_a_file_that_is_not_a_backup(data_dir, tmp_path, capsys):
    caseload(data_dir, "Ana")
    junk = tmp_path / "notes.sqlite"
    junk.write_text("not a backup")
    assert run("restore", str(junk), "--data-dir", str(data_dir)) == 1
    assert "cannot be restored" in capsys.readouterr().err
    assert student_names(config.data_file(data_dir)) == ["Ana"]


def test_check_a_good_caseload(data_dir, capsys):
    caseload(data_dir, "Ana")
    assert run("check", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    assert "integrity check ok" in out
    assert f"data version {schema.SCHEMA_VERSION}" in out


def test_check_reports_a_damaged_caseload(data_dir, capsys):
    caseload(data_dir, *[f"Kid {i}" for i in range(80)])
    path = config.data_file(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert run("check", "--data-dir", str(data_dir)) == 1
    assert "damaged" in capsys.readouterr().err
    assert path.read_bytes() == data[: len(data) // 2]


def test_check_reports_a_newer_version(data_dir, capsys):
    caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 3}")
    conn.commit()
    conn.close()
    assert run("check", "--data-dir", str(data_dir)) == 1
    assert "newer version" in capsys.readouterr().err


def test_check_without_a_caseload(data_dir, capsys):
    assert run("check", "--data-dir", str(data_dir)) == 1
    assert "no caseload file" in capsys.readouterr().err


# -- issue 13 ----------------------------------------------------------------------------------

def test_restore_list_shows_the_copy_kept_from_before_a_restore_first(data_dir, capsys):
    caseload(data_dir, "Ana")
    assert run("backup", "--data-dir", str(data_dir)) == 0
    [backup] = list_backups(data_dir)
    caseload(data_dir, "Ben")
    assert run("restore", str(backup.path), "--data-dir", str(data_dir)) == 0
    assert run("backup", "--data-dir", str(data_dir)) == 0  # the same day: the rotation runs
    capsys.readouterr()
    assert run("restore", "--list", "--data-dir", str(data_dir)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "copy kept from before a restore" in lines[0]
    kept = lines[0].split(" [")[0]
    assert student_names(kept) == ["Ana", "Ben"]
    assert "2 students" in lines[1]


class TenOClock(datetime):
    """The backups' clock, set by the test: 23 November 2026, 10:00:30."""

    @classmethod
    def now(cls, tz=None):
        return cls(2026, 11, 23, 10, 0, 30)


def test_backup_reports_what_the_checked_copy_holds(data_dir, capsys, monkeypatch):
    caseload(data_dir, "Ana", "Ben")
    monkeypatch.setattr("iep_desk.storage.backup.datetime", TenOClock)
    folder = config.backup_dir(data_dir)
    folder.mkdir()
    # An earlier version's second backup of this very minute (its first since removed):
    # the new backup used to be named as older, pruned at once, and reported as "0 students".
    assert run("backup", "--data-dir", str(data_dir), "-o",
               str(folder / "caseload-2026-11-23T1000-2.sqlite")) == 0
    capsys.readouterr()
    assert run("backup", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    made = Path(out.split("Backed up the caseload to ")[1].split(" (taken")[0])
    assert made.exists() and student_names(made) == ["Ana", "Ben"]
    assert "2 students, 0 meetings" in out


@pytest.mark.parametrize("kind, words", [("full", "is full"), ("io", "could not be read")])
def test_check_says_a_full_or_failing_disk_is_not_damage(data_dir, monkeypatch, capsys,
                                                          kind, words):
    caseload(data_dir, "Ana")
    before = folder_state(data_dir)
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite"),
                          failing_sql="integrity_check", error=faults.sqlite_error(kind))
    assert run("check", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert words in err and "damaged" not in err and "restore" not in err
    monkeypatch.undo()
    assert folder_state(data_dir) == before


def test_check_prints_sqlites_words_apart_for_the_it_team(data_dir, capsys):
    caseload(data_dir, *[f"Kid {i}" for i in range(80)])
    path = config.data_file(data_dir)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert run("check", "--data-dir", str(data_dir)) == 1
    first, second = capsys.readouterr().err.strip().split("\n")
    assert "damaged" in first and "malformed" not in first and "SQLite" not in first
    assert second.startswith(TECHNICAL_PREFIX) and "malformed" in second


def test_check_of_a_newer_file_touches_nothing(data_dir, capsys):
    caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    assert run("check", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "newer version" in err and "damaged" not in err
    assert folder_state(data_dir) == before


def test_restore_never_sets_aside_a_newer_caseload(data_dir, tmp_path, capsys):
    caseload(data_dir, "Ana")
    run("backup", "--data-dir", str(data_dir), "-o", str(tmp_path / "copy.sqlite"))
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    assert run("restore", str(tmp_path / "copy.sqlite"), "--data-dir", str(data_dir)) == 1
    assert "newer version" in capsys.readouterr().err
    assert folder_state(data_dir) == before
    assert not list(data_dir.glob("caseload.damaged-*"))


def test_check_finds_a_missing_table(data_dir, capsys):
    caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute("DROP TABLE participants")
    conn.commit()
    conn.close()
    assert run("check", "--data-dir", str(data_dir)) == 1
    first, second = capsys.readouterr().err.strip().split("\n")
    assert "missing part of what IEP Desk keeps" in first
    assert "table participants" in second


def test_check_points_an_empty_caseload_to_the_file_set_aside(data_dir, capsys):
    caseload(data_dir, "Ana")
    kept = set_aside_damaged(data_dir)
    config.data_file(data_dir).write_bytes(b"")
    assert run("check", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "is empty" in err and str(kept) in err and "iep-desk restore" in err


@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
def test_backup_to_a_file_is_owner_only_while_it_is_written(data_dir, tmp_path, monkeypatch):
    caseload(data_dir, *[f"Kid {i}" for i in range(60)])
    usb = tmp_path / "usb"
    usb.mkdir()
    source = faults.watched(config.data_file(data_dir), usb)
    real = backups.connect_read_only
    monkeypatch.setattr(backups, "connect_read_only", lambda path, **kwargs: (
        source if Path(path) == config.data_file(data_dir) else real(path, **kwargs)))
    previous = os.umask(0)
    try:
        assert run("backup", "--data-dir", str(data_dir), "-o", str(usb / "copy.sqlite")) == 0
    finally:
        os.umask(previous)
    assert len(source.seen) > 10
    assert {mode for _, mode in source.seen} == {0o600}, source.seen
    assert all(name.startswith(files.PARTIAL_PREFIX) for name, _ in source.seen)
    assert [p.name for p in usb.iterdir()] == ["copy.sqlite"]
    assert (usb / "copy.sqlite").stat().st_mode & 0o777 == 0o600


def test_a_file_in_the_way_of_the_backups_folder_is_named(data_dir, capsys):
    caseload(data_dir, "Ana")
    in_the_way = config.backup_dir(data_dir)
    in_the_way.write_text("x")
    assert run("backup", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "a file named backups" in err.lower() and str(in_the_way) in err
    assert "Older backups were kept" not in err  # there are none
    assert run("restore", "--list", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "not a folder" in err and str(in_the_way) in err
    assert in_the_way.read_text() == "x"  # the teacher's file is left alone


def test_a_backup_that_fails_claims_older_backups_only_when_there_are(data_dir, capsys,
                                                                       monkeypatch):
    caseload(data_dir, "Ana")
    monkeypatch.setattr(backups.os, "replace", lambda *a: (_ for _ in ()).throw(
        OSError(5, "Input/output error")))
    assert run("backup", "--data-dir", str(data_dir)) == 1
    assert "Older backups were kept" not in capsys.readouterr().err
    monkeypatch.undo()
    assert run("backup", "--data-dir", str(data_dir)) == 0
    capsys.readouterr()
    monkeypatch.setattr(backups.os, "replace", lambda *a: (_ for _ in ()).throw(
        OSError(5, "Input/output error")))
    assert run("backup", "--data-dir", str(data_dir)) == 1
    assert "Older backups were kept" in capsys.readouterr().err


def test_check_on_a_disk_with_no_free_space_says_it_is_full(data_dir, monkeypatch, capsys):
    """SQLite's "disk I/O error" on a drive with no free space left is a full disk."""
    caseload(data_dir, "Ana")
    faults.no_free_space(monkeypatch)
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite"),
                          failing_sql="integrity_check", error=faults.sqlite_error("io"))
    assert run("check", "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "is full" in err and "Make room" in err and "failing" not in err


def test_restoring_a_file_that_is_no_backup_says_so_without_a_key_file(data_dir, tmp_path,
                                                                        capsys):
    caseload(data_dir, "Ana")
    some = tmp_path / "some.csv"
    some.write_text("District student ID,First name\nD1,Ana\n")
    assert run("restore", str(some), "--data-dir", str(data_dir)) == 1
    err = capsys.readouterr().err
    assert "is not a backup of a caseload" in err and "some.key" not in err
    assert student_names(config.data_file(data_dir)) == ["Ana"]
