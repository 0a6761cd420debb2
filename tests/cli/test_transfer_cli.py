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
from iep_desk.storage.stores import Stores


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


def test_a_name_longer_than_a_name_can_be_is_a_rejected_row(tmp_path, data_dir, capsys):
    """A 200,000-character last name is refused in the preview (it was stored, and only a
    handout said later that the text was too long for a page)."""
    path = tmp_path / "c.csv"
    path.write_text(GOOD + "Z" * 200_000 + ",Cy,2014-05-06,1\n", encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir, "--dry-run") == 1
    assert run("import", path, "--data-dir", data_dir) == 1
    captured = capsys.readouterr()
    assert ("row 4: Rejected: Cy " + "Z" * 100 + "… (the legal last name has 200000 "
            "characters; a name may have up to 100)") in captured.out
    assert len(captured.out) < 5000
    assert "nothing was imported" in captured.err
    assert students_in(data_dir) == []


def test_dry_run_writes_nothing(tmp_path, data_dir, capsys):
    open_caseload(data_dir).db.close()  # (a dry run never creates a caseload: issue 13)
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
    Stores(store.db).meetings.create_meeting(
        Meeting(student.id, starts_at=datetime(2026, 12, 10, 15, 30), status="confirmed"),
        today=date(2026, 11, 23))
    store.db.close()
    target = tmp_path / "m.ics"
    assert run("export", "--format", "ics", "-o", target, "--data-dir", data_dir) == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") == 1
    assert "DTSTART:20261210T153000" in text


def test_export_into_a_missing_folder_fails_cleanly(tmp_path, data_dir, capsys):
    open_caseload(data_dir).db.close()
    assert run("export", "--format", "json", "-o", tmp_path / "no" / "x.json",
               "--data-dir", data_dir) == 1
    assert "could not be written" in capsys.readouterr().err


def test_subcommands_run_as_a_real_process(tmp_path, data_dir):
    """The same through a child process, as a teacher's terminal runs it."""
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    code = "import sys; from iep_desk import cli; sys.exit(cli.main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "import", str(path), "--data-dir",
                           str(data_dir)], check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Imported: 2 students added" in done.stdout


# -- issue 13 ------------------------------------------------------------------------------------

def test_import_is_refused_while_the_app_holds_the_caseload(tmp_path, data_dir, capsys):
    from iep_desk.storage.lock import CaseloadLock

    open_caseload(data_dir).db.close()
    path = tmp_path / "c.csv"
    path.write_text(GOOD, encoding="utf-8")
    app = CaseloadLock(data_dir)  # what the app takes when it opens the caseload
    assert app.acquire()
    try:
        assert run("import", path, "--data-dir", data_dir) == 1
        err = capsys.readouterr().err
        assert "already open in another copy of IEP Desk" in err
        assert "Nothing was imported" in err
        assert students_in(data_dir) == []
        # A dry run writes nothing, so it may look while the app is open.
        assert run("import", path, "--data-dir", data_dir, "--dry-run") == 0
    finally:
        app.release()
    assert run("import", path, "--data-dir", data_dir) == 0
    assert len(students_in(data_dir)) == 2


def test_a_full_export_import_is_refused_while_the_app_holds_the_caseload(tmp_path, data_dir,
                                                                          capsys):
    from iep_desk.storage.lock import CaseloadLock

    source = tmp_path / "source"
    store = open_caseload(source)
    store.add_student(Student("Ann", "Lee"))
    store.db.close()
    export = tmp_path / "all.json"
    assert run("export", "--format", "json", "-o", export, "--data-dir", source) == 0
    open_caseload(data_dir).db.close()
    app = CaseloadLock(data_dir)
    assert app.acquire()
    try:
        assert run("import", export, "--data-dir", data_dir) == 1
        assert "already open" in capsys.readouterr().err
    finally:
        app.release()
    assert students_in(data_dir) == []


def _import_in_a_child(args: list[str], start, results) -> None:
    import contextlib
    import io

    from iep_desk import cli as child_cli

    out, err = io.StringIO(), io.StringIO()
    start.wait(timeout=60)  # both processes start the import at the same moment
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = child_cli.main(args)
    results.put((code, out.getvalue(), err.getvalue()))


def test_two_imports_of_the_same_file_at_once_add_every_student_once(tmp_path, data_dir):
    import multiprocessing

    open_caseload(data_dir).db.close()
    rows = "".join(f"{1000 + i},Student{i},Family{i},2015-01-{1 + i % 28:02d}\n" for i in range(200))
    path = tmp_path / "c.csv"
    path.write_text("Student ID,First Name,Last Name,DOB\n" + rows, encoding="utf-8")
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    args = ["import", str(path), "--data-dir", str(data_dir)]
    children = [context.Process(target=_import_in_a_child, args=(args, start, results))
                for _ in range(2)]
    for child in children:
        child.start()
    outcomes = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(timeout=60)
    codes = sorted(code for code, _out, _err in outcomes)
    assert codes in ([0, 0], [0, 1]), outcomes
    for code, _out, err in outcomes:
        if code == 1:
            assert "already open" in err
    names = [name for name, _born in students_in(data_dir)]
    assert len(names) == 200 and len(set(names)) == 200


def test_export_with_an_empty_file_name_says_so(data_dir, capsys):
    open_caseload(data_dir).db.close()
    assert run("export", "--format", "csv", "-o", "", "--data-dir", data_dir) == 2
    err = capsys.readouterr().err
    assert "No file name" in err and "busy" not in err


def test_export_onto_a_folder_says_it_is_a_folder(tmp_path, data_dir, capsys):
    open_caseload(data_dir).db.close()
    assert run("export", "--format", "csv", "-o", tmp_path, "--data-dir", data_dir) == 1
    assert "is a folder" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_export_onto_a_symbolic_link_keeps_the_link_and_replaces_its_target(tmp_path, data_dir):
    store = open_caseload(data_dir)
    store.add_student(Student("Ann", "Lee"))
    store.db.close()
    real = tmp_path / "real" / "caseload.csv"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert run("export", "--format", "csv", "-o", link, "--data-dir", data_dir) == 0
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8-sig").startswith("Legal First Name")
    assert real.stat().st_mode & 0o077 == 0


def test_control_characters_never_reach_the_terminal(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_bytes("First Name,Last Name,DOB,Bus\x1b]0;owned\x07\n"
                     "A\x1b[2Jnn,\u202eeeL,,1\nBo,Ray,13/45\x1b[31m,2\n".encode("utf-8"))
    assert run("import", path, "--data-dir", data_dir, "--skip-invalid") == 0
    captured = capsys.readouterr()
    assert "Rejected: Bo Ray (date of birth 13/45[31m is not a date)" in captured.out
    for text in (captured.out, captured.err):
        assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert students_in(data_dir) == [("A[2Jnn eeL", None)]


def test_a_utf16_file_from_excel_is_imported(tmp_path, data_dir, capsys):
    path = tmp_path / "c.txt"
    path.write_bytes("First Name\tLast Name\r\nJosé\tMuñoz\r\n".encode("utf-16"))
    assert run("import", path, "--data-dir", data_dir) == 0
    assert students_in(data_dir) == [("José Muñoz", None)]
    assert "Excel workbook" not in capsys.readouterr().err


def test_a_mixed_encoding_file_is_stopped_at_its_line(tmp_path, data_dir, capsys):
    path = tmp_path / "c.csv"
    path.write_bytes("First Name\nJosé\n".encode() + "Zoë\n".encode("cp1252"))
    assert run("import", path, "--data-dir", data_dir) == 1
    assert "line 3" in capsys.readouterr().err
    assert students_in(data_dir) == []


def test_counts_are_written_in_words(tmp_path, data_dir, capsys):
    source = tmp_path / "source"
    store = open_caseload(source)
    store.add_student(Student("Ann", "Lee"))
    store.db.close()
    export = tmp_path / "all.json"
    assert run("export", "--format", "json", "-o", export, "--data-dir", source) == 0
    assert run("import", export, "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "students: 1 row\n" in out and "1 rows" not in out
    path = tmp_path / "c.csv"
    path.write_text("First Name,DOB\nBo,13/45/2015\nCy,2015-01-01\n", encoding="utf-8")
    assert run("import", path, "--data-dir", data_dir) == 1
    err = capsys.readouterr().err
    assert "1 row was rejected" in err and "1 rows" not in err
    assert run("import", path, "--data-dir", data_dir, "--skip-invalid") == 0
    assert "Imported: 1 student added, 0 updated; 1 rejected row skipped." in capsys.readouterr().out


def test_calendar_export_leaves_names_out_unless_asked(tmp_path, data_dir):
    from iep_desk.core.models import FamilyMember

    store = open_caseload(data_dir)
    student = Student("María José", "Fernández", preferred_name="Majo")
    store.add_student(student)
    mother = FamilyMember("Lucía Fernández", email="lucia@example.org")
    store.add_family_member(mother, student_id=student.id, relationship="mother")
    stores = Stores(store.db)
    meeting = Meeting(student.id, purpose="Talk about María José's reading",
                      starts_at=datetime(2026, 12, 10, 15, 30), status="confirmed")
    stores.meetings.create_meeting(meeting, today=date(2026, 11, 23))
    stores.meetings.add_family_participant(meeting.id, mother.id)
    store.db.close()
    private, named = tmp_path / "private.ics", tmp_path / "named.ics"
    assert run("export", "--format", "ics", "-o", private, "--data-dir", data_dir) == 0
    text = private.read_text(encoding="utf-8")
    assert "Majo F." in text
    for secret in ("Lucía", "Fernández", "María", "lucia@example.org", "mailto:"):
        assert secret not in text
    assert run("export", "--format", "ics", "--include-names", "-o", named,
               "--data-dir", data_dir) == 0
    text = named.read_text(encoding="utf-8")
    assert "Lucía Fernández" in text and "lucia@example.org" in text
