"""`iep-desk backup`, `restore` and `check` on a real caseload file."""

import io
import sqlite3

import pytest

import iep_desk.cli
from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import list_backups
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.lock import CaseloadLock


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
    saved_line = next(line for line in out.splitlines() if "backed up to" in line)
    previous = saved_line.split("backed up to ")[1].rstrip(".")
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
