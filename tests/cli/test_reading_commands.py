"""Commands that only read the caseload (issue 13): they never create one, work on a
write-protected drive, and use an existing folder as it is."""

from __future__ import annotations

import os
import sys
from datetime import date

import pytest

from iep_desk import cli, config
from iep_desk.app.demo import write_demo_caseload
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from tests.storage import faults
from tests.storage.faults import folder_state, read_only_folder, readable_by_others

shared_tmp = faults.shared_tmp  # a fixture: a folder that another account may enter

CSV = "First Name,Last Name,DOB\nAnn,Lee,2015-01-02\n"


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


def reading_commands(data_dir, out):
    """Each command that only reads, and the file it writes (if any), given out/ to write in."""
    csv = out / "import.csv"
    if not csv.exists():
        csv.write_text(CSV, encoding="utf-8")
    return {
        "export json": (["export", "--format", "json", "-o", out / "all.json"], out / "all.json"),
        "export csv": (["export", "--format", "csv", "-o", out / "students.csv"],
                       out / "students.csv"),
        "export ics": (["export", "--format", "ics", "-o", out / "meetings.ics"],
                       out / "meetings.ics"),
        "meetings": (["meetings"], None),
        "print": (["print", "agenda", "--meeting", "1", "-o", out / "agenda.pdf"],
                  out / "agenda.pdf"),
        "check": (["check"], None),
        "backup -o": (["backup", "-o", out / "copy.sqlite"], out / "copy.sqlite"),
        "import --dry-run": (["import", csv, "--dry-run"], None),
    }


COMMANDS = ["export json", "export csv", "export ics", "meetings", "print", "check",
            "backup -o", "import --dry-run"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("folder_exists", [False, True], ids=["mistyped folder", "empty folder"])
def test_a_reading_command_never_creates_a_caseload(tmp_path, capsys, command, folder_exists):
    out = tmp_path / "out"
    out.mkdir()
    mistyped = tmp_path / "Caseloda"
    if folder_exists:
        mistyped.mkdir()
    argv, written = reading_commands(mistyped, out)[command]
    if written is not None:
        written.write_bytes(b"a good earlier export")
    assert run(*argv, "--data-dir", mistyped) == 1
    err = capsys.readouterr().err
    assert "no caseload" in err.lower() and str(mistyped) in err
    assert "Traceback" not in err
    assert mistyped.exists() == folder_exists
    if folder_exists:
        assert list(mistyped.iterdir()) == []
    if written is not None:
        assert written.read_bytes() == b"a good earlier export"


def a_caseload_with_meetings(data_dir):
    store = open_caseload(data_dir)
    try:
        write_demo_caseload(store, date(2026, 11, 23), with_meetings=True)
        first = min(m.id for m in Stores(store.db).meetings.list_meetings())
    finally:
        store.db.close()
    assert first == 1
    return data_dir


@pytest.mark.parametrize("command", COMMANDS)
def test_a_caseload_on_a_write_protected_drive_can_be_read(shared_tmp, capsys, command):
    data_dir = a_caseload_with_meetings(shared_tmp / "usb" / "IEP Desk")
    readable_by_others(shared_tmp / "usb")
    out = shared_tmp / "out"
    out.mkdir()
    faults.nobody_may_write(out)  # the place the copy goes is writable
    argv, written = reading_commands(data_dir, out)[command]
    before = folder_state(data_dir)
    with read_only_folder(data_dir):
        code = run(*argv, "--data-dir", data_dir)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "read-only" not in captured.err and "permission" not in captured.err
    if written is not None:
        assert written.stat().st_size > 0
    if command == "backup -o":
        assert "2" in captured.out and str(written) in captured.out
    assert folder_state(data_dir) == before  # not a byte changed, nothing added
    assert data_dir.stat().st_mode & 0o777 == 0o755


@pytest.mark.skipif(sys.platform == "win32", reason="folder modes are POSIX")
@pytest.mark.parametrize("command", ["export json", "import --dry-run", "meetings", "backup -o"])
def test_a_reading_command_uses_an_existing_folder_as_it_is(tmp_path, capsys, command):
    data_dir = a_caseload_with_meetings(tmp_path / "shared")
    os.chmod(data_dir, 0o750)  # shared with a colleague's group on purpose
    out = tmp_path / "out"
    out.mkdir()
    argv, _ = reading_commands(data_dir, out)[command]
    assert run(*argv, "--data-dir", data_dir) == 0, capsys.readouterr().err
    assert data_dir.stat().st_mode & 0o777 == 0o750
    assert not config.backup_dir(data_dir).exists()


@pytest.mark.parametrize("command", ["meetings", "print", "export csv"])
@pytest.mark.parametrize("kind, words", [("full", "is full"), ("io", "could not be read")])
def test_a_full_or_failing_disk_is_not_called_damage(tmp_path, capsys, monkeypatch, command,
                                                      kind, words):
    data_dir = a_caseload_with_meetings(tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    argv, _ = reading_commands(data_dir, out)[command]
    before = folder_state(data_dir)
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite"),
                          failing_sql="quick_check", error=faults.sqlite_error(kind))
    assert run(*argv, "--data-dir", data_dir) == 1
    monkeypatch.undo()
    err = capsys.readouterr().err
    assert words in err and "damaged" not in err and "Traceback" not in err
    assert folder_state(data_dir) == before
