"""Bad input on the command line (the adversarial sweep): every mistake gets a message in a
teacher's words and a non-zero exit, never a traceback or Python's or SQLite's own words,
and nothing is written that the teacher did not ask for."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from iep_desk import cli, config
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from tests.storage.faults import folder_state

# What only Python, SQLite or a library would say; never what a teacher should read.
TECHNICAL = re.compile(r"Traceback|Errno|errno|codec|Expecting value|char \d|invalid int|"
                       r"Error\b|sqlite3|pdf header|EOF marker")


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


def real_command(*argv) -> subprocess.CompletedProcess:
    """`python -m iep_desk ARGV` as CI runs it: standard input closed, no terminal."""
    return subprocess.run(
        [sys.executable, "-m", "iep_desk", *(str(a) for a in argv)],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def said(capsys) -> str:
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert not TECHNICAL.search(text), text
    return text


# -- meeting IDs and dates ------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["print", "read-preparation"])
def test_a_meeting_id_too_big_for_the_caseload_is_no_such_meeting(
        demo_caseload, tmp_path, capsys, command):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    argv = (["print", "agenda", "-o", tmp_path / "a.pdf"] if command == "print"
            else ["read-preparation", pdf])
    assert run(*argv, "--meeting", "99999999999999999999999", "--data-dir", demo_caseload) == 1
    assert "There is no meeting with ID 99999999999999999999999" in said(capsys)
    assert not (tmp_path / "a.pdf").exists()


@pytest.mark.parametrize("first, last", [("0001-01-01", "2027-06-15"),
                                         ("2026-09-01", "9999-12-31")])
def test_plan_year_at_the_ends_of_the_calendar_is_refused_in_words(
        demo_caseload, capsys, first, last):
    assert run("plan-year", "--from", first, "--to", last, "--data-dir", demo_caseload) == 2
    assert "between 1900 and 2999" in said(capsys)


def test_plan_year_most_per_day_that_is_not_a_number(demo_caseload, capsys):
    with pytest.raises(SystemExit) as stopped:
        run("plan-year", "--from", "2026-09-01", "--to", "2027-06-15", "--most-per-day", "two",
            "--data-dir", demo_caseload)
    assert stopped.value.code == 2
    assert "“two” is not a number: give --most-per-day a whole number" in said(capsys)


def test_an_empty_received_date_is_refused_not_taken_for_today(demo_caseload, tmp_path, capsys):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    before = folder_state(demo_caseload)
    assert run("read-preparation", pdf, "--meeting", "1", "--file-answers", "--received", "",
               "--data-dir", demo_caseload) == 2
    assert "is not a date for --received" in said(capsys)
    assert folder_state(demo_caseload) == before


# -- input files ---------------------------------------------------------------------------------

def test_a_file_that_is_not_a_pdf_gets_one_message_without_the_pdf_readers_words(
        demo_caseload, tmp_path):
    junk = tmp_path / "answers.pdf"
    junk.write_bytes(os.urandom(3000).replace(b"%", b"x"))
    # As a separate process: pytest's own logging would take pypdf's log lines here.
    result = real_command("read-preparation", junk, "--meeting", "1", "--data-dir", demo_caseload)
    assert result.returncode == 1
    assert result.stdout + result.stderr == (
        "This file could not be read as a PDF. Ask the family to send it again, or type their "
        "answers from the paper sheet.\n")


@pytest.mark.parametrize("mapping", ["missing", "folder", "empty", "junk", "list"])
def test_a_mapping_file_that_cannot_be_used_is_named_in_words(
        demo_caseload, tmp_path, capsys, mapping):
    csv = tmp_path / "students.csv"
    csv.write_text("First Name,Last Name,DOB\nAnn,Lee,2015-01-02\n", encoding="utf-8")
    path = tmp_path / "map.json"
    if mapping == "folder":
        path.mkdir()
    elif mapping == "empty":
        path.write_bytes(b"")
    elif mapping == "junk":
        path.write_bytes(b"\xe0\xff{not json")
    elif mapping == "list":
        path.write_text("[1, 2]", encoding="utf-8")
    before = folder_state(demo_caseload)
    assert run("import", csv, "--mapping", path, "--data-dir", demo_caseload) == 2
    text = said(capsys)
    assert str(path) in text
    expected = {"missing": "There is no file", "folder": "is a folder",
                "empty": "is empty", "junk": "not a mapping written as JSON",
                "list": 'must hold {"Column header": "field", ...}'}[mapping]
    assert expected in text
    assert folder_state(demo_caseload) == before


# -- output paths ---------------------------------------------------------------------------------

def writing_commands(out: str):
    return {
        "backup": ["backup", "-o", out],
        "export": ["export", "--format", "csv", "-o", out],
        "print": ["print", "agenda", "--meeting", "1", "-o", out],
    }


@pytest.mark.parametrize("command", ["backup", "export", "print"])
@pytest.mark.parametrize("output", ["", "   "], ids=["empty", "spaces"])
def test_no_file_name_after_o_is_a_mistake_to_correct(
        demo_caseload, tmp_path, capsys, monkeypatch, command, output):
    monkeypatch.chdir(tmp_path)
    before = folder_state(demo_caseload)
    assert run(*writing_commands(output)[command], "--data-dir", demo_caseload) == 2
    assert "No file name was given after -o" in said(capsys)
    assert list(tmp_path.iterdir()) == [demo_caseload]
    assert folder_state(demo_caseload) == before


@pytest.mark.parametrize("command", ["backup", "export", "print"])
@pytest.mark.parametrize("output", ["folder", "slash", "dot"])
def test_an_output_that_names_a_folder_is_refused(
        demo_caseload, tmp_path, capsys, monkeypatch, command, output):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    given = {"folder": str(out), "slash": str(out / "new") + os.sep, "dot": "."}[output]
    assert run(*writing_commands(given)[command], "--data-dir", demo_caseload) == 1
    assert "is a folder" in said(capsys)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("command", ["backup", "export", "print"])
def test_an_output_in_a_folder_that_does_not_exist_writes_nothing(
        demo_caseload, tmp_path, capsys, command):
    target = tmp_path / "usb-stick" / "copy.out"
    assert run(*writing_commands(str(target))[command], "--data-dir", demo_caseload) == 1
    assert f"could not be written: there is no folder {target.parent}" in said(capsys)
    assert not target.parent.exists()


# -- the caseload folder ---------------------------------------------------------------------------

SAMPLE_CSV = "First Name,Last Name,DOB\nAnn,Lee,2015-01-02\n"


def every_command(tmp_path):
    csv = tmp_path / "students.csv"
    csv.write_text(SAMPLE_CSV, encoding="utf-8")
    goals = tmp_path / "goals.csv"
    goals.write_text("District student ID,Goal\nX1,Read more\n", encoding="utf-8")
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    return {
        "meetings": ["meetings"], "check": ["check"], "backup": ["backup"],
        "restore --list": ["restore", "--list"],
        "import": ["import", csv], "import-goals": ["import-goals", goals],
        "protect": ["protect"],
        "read-preparation --file-answers": ["read-preparation", pdf, "--meeting", "1",
                                            "--file-answers"],
        "plan-year --make-drafts": ["plan-year", "--from", "2026-09-01", "--to", "2027-06-15",
                                    "--make-drafts"],
    }


@pytest.mark.parametrize("command", [
    "meetings", "check", "backup", "restore --list", "import", "import-goals", "protect",
    "read-preparation --file-answers", "plan-year --make-drafts"])
def test_a_data_dir_that_is_a_file_is_named_as_one(tmp_path, capsys, command):
    afile = tmp_path / "caseload-notes.txt"
    afile.write_text("not a folder", encoding="utf-8")
    argv = every_command(tmp_path)[command]
    assert run(*argv, "--data-dir", afile) == 1
    text = said(capsys)
    assert f"{afile} is a file, not a folder" in text
    assert afile.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize("command", ["import-goals", "read-preparation --file-answers",
                                     "plan-year --make-drafts"])
@pytest.mark.parametrize("folder_exists", [False, True], ids=["mistyped folder", "empty folder"])
def test_a_command_that_needs_students_never_makes_a_caseload(
        tmp_path, capsys, command, folder_exists):
    mistyped = tmp_path / "Caseloda"
    if folder_exists:
        mistyped.mkdir()
    argv = every_command(tmp_path)[command]
    assert run(*argv, "--data-dir", mistyped) == 1
    assert "There is no caseload in" in said(capsys)
    assert (list(mistyped.iterdir()) == []) if folder_exists else not mistyped.exists()


def test_protect_without_a_terminal_asks_for_a_new_passphrase_in_the_right_words(
        demo_caseload, capsys):
    assert run("protect", "--data-dir", demo_caseload) == 1
    text = said(capsys)
    assert "no terminal to type the new passphrase in" in text
    assert "This caseload is protected" not in text


def test_restore_list_of_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    assert run("restore", "--list", "--data-dir", tmp_path / "Caseloda") == 1
    assert "There is no folder" in said(capsys)
    assert not (tmp_path / "Caseloda").exists()


# -- long text ------------------------------------------------------------------------------------

def test_a_name_too_long_for_a_page_is_refused_in_words(demo_caseload, tmp_path, capsys):
    store = open_caseload(demo_caseload)
    try:
        meeting = Stores.of(store).meetings.get_meeting(2)
        # A first name no row of the invitation's list of people (why the student comes)
        # holds on a page.
        store.update_field("students", meeting.student_id, "preferred_name", "Aaaaaaa " * 640)
    finally:
        store.db.close()
    out = tmp_path / "invitation.pdf"
    assert run("print", "invitation", "--meeting", "2", "-o", out,
               "--data-dir", demo_caseload) == 1
    assert "too long to fit on a page" in said(capsys)
    assert not out.exists()


def test_a_full_export_of_a_goal_holding_infinity_is_refused_in_words(
        demo_caseload, tmp_path, capsys):
    """What an older goals import could store ("inf", "1e309"): the export names the goal
    and writes nothing, rather than "Infinity", which is not JSON."""
    from iep_desk.core.goals import Goal

    store = open_caseload(demo_caseload)
    try:
        goal = Stores.of(store).goals.save_goal(Goal(None, 1, "Math", "Adds within 20",
                                                     baseline=3, target=9))
        store.db.execute("UPDATE goals SET baseline = -9e999 WHERE id = ?", [goal.id])
    finally:
        store.db.close()
    out = tmp_path / "all.json"
    assert run("export", "--format", "json", "-o", out, "--data-dir", demo_caseload) == 1
    assert "The goal “Adds within 20” of " in said(capsys)
    assert not out.exists()


# -- as CI runs it ---------------------------------------------------------------------------------

def test_the_real_command_with_stdin_closed_gives_no_traceback(demo_caseload, tmp_path):
    result = real_command("print", "agenda", "--meeting", "1" + "0" * 25,
                          "-o", tmp_path / "a.pdf", "--data-dir", demo_caseload)
    assert result.returncode == 1
    assert not TECHNICAL.search(result.stderr), result.stderr
    assert "There is no meeting with ID" in result.stderr
    assert config.data_file(demo_caseload).is_file()


# -- passphrase files ------------------------------------------------------------------------------

@pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")
@pytest.mark.parametrize("command", ["protect", "export --encrypted"])
def test_a_passphrase_file_that_is_not_text_is_refused_in_words(
        demo_caseload, tmp_path, capsys, command):
    secret = tmp_path / "passphrase.bin"
    secret.write_bytes(b"\xff\xfe\xe0\x00binary")
    secret.chmod(0o600)
    out = tmp_path / "sealed.json"
    argv = (["protect", "--passphrase-file", secret] if command == "protect"
            else ["export", "--format", "json", "--encrypted", "--export-passphrase-file",
                  secret, "-o", out])
    before = folder_state(demo_caseload)
    assert run(*argv, "--data-dir", demo_caseload) == 1
    assert f"The passphrase file {secret} is not plain text" in said(capsys)
    assert folder_state(demo_caseload) == before
    assert not out.exists()


# -- IEP Desk's own files as the output ----------------------------------------------------------

def own_file(data_dir, which: str):
    if which == "backup":
        return max(config.backup_dir(data_dir).glob("*.sqlite"))
    return data_dir / which


@pytest.mark.parametrize("command", ["backup", "export", "print"])
@pytest.mark.parametrize("which", ["caseload.sqlite", "caseload.key", "backup"])
def test_an_output_onto_the_caseload_its_key_or_a_backup_is_refused(
        demo_caseload, capsys, command, which):
    run("backup", "--data-dir", demo_caseload)
    capsys.readouterr()
    target = own_file(demo_caseload, which)
    before = folder_state(demo_caseload)
    assert run(*writing_commands(str(target))[command], "--data-dir", demo_caseload) == 1
    assert "is one of IEP Desk's own files" in said(capsys)
    assert folder_state(demo_caseload) == before


def test_a_data_dir_given_empty_is_not_taken_for_the_usual_folder(tmp_path, capsys, monkeypatch):
    usual = tmp_path / "usual"
    open_caseload(usual).db.close()
    monkeypatch.setenv("IEP_DESK_DATA_DIR", str(usual))
    assert run("meetings", "--data-dir", "") == 2  # the command needs correcting, as -o ""
    assert "No folder was given after --data-dir" in said(capsys)


def test_a_mapping_file_nested_too_deep_is_refused_in_words(demo_caseload, tmp_path, capsys):
    csv = tmp_path / "students.csv"
    csv.write_text(SAMPLE_CSV, encoding="utf-8")
    deep = tmp_path / "map.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    assert run("import", csv, "--mapping", deep, "--dry-run", "--data-dir", demo_caseload) == 2
    assert "is not a mapping written as JSON" in said(capsys)
