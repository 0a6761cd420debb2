"""`iep-desk import` and `iep-desk export`, run in-process through the real parser."""

import json
import subprocess
import sys
from datetime import date, datetime

import pytest

from iep_desk import cli
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.meetings import MeetingStore


@pytest.fixture(autouse=True)
def transfer_commands(monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["iep_desk.cli_transfer"])


def run(*argv):
    return cli.main([str(a) for a in argv])


def students_in(data_dir):
    store = open_caseload(data_dir)
    try:
        return [(s.legal_name, s.date_of_birth) for s in store.list_students()]
    finally:
        store.db.close()


GOOD = "Last Name,First Name,DOB,Bus\nLee,Ann,03/14/2015,7\nRay,Bo,2014-05-06,9\n"
WITH_BAD = GOOD + "Day,Cy,13/45/2015,1\n"


def test_import_prints_the_preview_and_imports(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "row 2: Added: Ann Lee" in out and "row 3: Added: Bo Ray" in out
    assert "Columns not imported: Bus" in out
    assert "Imported: 2 students added" in out
    assert students_in(data_dir) == [("Ann Lee", date(2015, 3, 14)), ("Bo Ray", date(2014, 5, 6))]


def test_data_dir_before_the_subcommand_works_too(tmp_path, data_dir):
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run("--data-dir", data_dir, "import", path) == 0
    assert len(students_in(data_dir)) == 2


def test_rejected_rows_import_nothing_and_exit_non_zero(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_text(WITH_BAD, encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 1
    captured = capsys.readouterr()
    assert "row 4: Rejected: Cy Day (date of birth 13/45/2015 is not a date)" in captured.out
    assert "nothing was imported" in captured.err
    assert students_in(data_dir) == []
    assert run("import", path, "--data-dir", data_dir, "--skip-invalid") == 0
    assert [name for name, _ in students_in(data_dir)] == ["Ann Lee", "Bo Ray"]


def test_dry_run_writes_nothing(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir, "--dry-run") == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert students_in(data_dir) == []


def test_ambiguous_dates_need_date_order(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_text("First Name,DOB\nAnn,03/04/2015\n", encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 2
    assert "--date-order" in capsys.readouterr().err
    assert students_in(data_dir) == []
    assert run("import", path, "--data-dir", data_dir, "--date-order", "dmy") == 0
    assert students_in(data_dir) == [("Ann", date(2015, 4, 3))]


def test_mapping_file_sets_columns(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_text("Kid,Born,Notes\nAnn,2015-01-02,x\n", encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 2
    assert "first names" in capsys.readouterr().err
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Kid": "legal_first_name", "Born": "date_of_birth"}))
    assert run("import", path, "--data-dir", data_dir, "--mapping", mapping) == 0
    assert students_in(data_dir) == [("Ann", date(2015, 1, 2))]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"Kid": "shoe_size"}))
    assert run("import", path, "--data-dir", data_dir, "--mapping", bad) == 2
    assert "shoe_size" in capsys.readouterr().err


def test_the_mapping_is_remembered_for_the_next_import(tmp_path, data_dir):
    path = tmp_path / "c.csv"
    path.write_text("Kid,Born\nAnn,2015-01-02\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Kid": "legal_first_name", "Born": "date_of_birth"}))
    assert run("import", path, "--data-dir", data_dir, "--mapping", mapping) == 0
    path.write_text("Kid,Born\nBo,2014-01-02\n", encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 0
    assert [n for n, _ in students_in(data_dir)] == ["Ann", "Bo"]


def test_unreadable_input_gets_a_message(tmp_path, data_dir, capsys):
    assert run("import", tmp_path / "missing.csv", "--data-dir", data_dir) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_export_csv_and_json_round_trip_through_the_commands(tmp_path, data_dir, capsys):
    store = open_caseload(data_dir)
    store.add_student(Student("Ánh", "Nguyễn", date_of_birth=date(2015, 3, 14),
                              district_student_id="1001"))
    store.db.close()
    csv_file, json_file = tmp_path / "out.csv", tmp_path / "out.json"
    assert run("export", "--format", "csv", "-o", csv_file, "--data-dir", data_dir) == 0
    assert run("export", "--format", "json", "-o", json_file, "--data-dir", data_dir) == 0
    assert run("import", csv_file, "--data-dir", tmp_path / "from-csv") == 0
    assert run("import", json_file, "--data-dir", tmp_path / "from-json") == 0
    assert students_in(tmp_path / "from-csv") == students_in(data_dir) == \
        students_in(tmp_path / "from-json")
    # A full export goes only into an empty caseload.
    assert run("import", json_file, "--data-dir", data_dir) == 1
    assert "empty caseload" in capsys.readouterr().err
    assert len(students_in(data_dir)) == 1


def test_ics_export_writes_the_meetings(tmp_path, data_dir):
    store = open_caseload(data_dir)
    student = Student("Ann", "Lee")
    store.add_student(student)
    MeetingStore(store.db).create_meeting(
        Meeting(student.id, starts_at=datetime(2026, 12, 10, 15, 30), status="confirmed"),
        today=date(2026, 11, 23))
    store.db.close()
    target = tmp_path / "m.ics"
    assert run("export", "--format", "ics", "-o", target, "--data-dir", data_dir) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") == 1
    assert "DTSTART:20261210T153000" in text


def test_export_into_a_missing_folder_fails_cleanly(tmp_path, data_dir, capsys):
    assert run("export", "--format", "json", "-o", tmp_path / "no" / "x.json",
               "--data-dir", data_dir) == 1
    assert "could not be written" in capsys.readouterr().err


def test_subcommands_run_as_a_real_process(tmp_path, data_dir):
    """The same through a child process, as a teacher's terminal runs it."""
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    code = ("import sys; from iep_desk import cli; cli.COMMAND_MODULES[:] = "
            "['iep_desk.cli_transfer']; sys.exit(cli.main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, "import", str(path), "--data-dir",
                           str(data_dir)], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 students added" in done.stdout
