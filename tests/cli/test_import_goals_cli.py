"""`iep-desk import-goals`, run in-process through the real parser on a real caseload file."""

from __future__ import annotations

from iep_desk import cli
from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from tests.app.test_goals_import import GOALS_CSV


def run(*argv):
    return cli.main([str(a) for a in argv])


def seed(data_dir):
    store = open_caseload(data_dir)
    try:
        store.add_student(Student("Ayaan", "Shah", district_student_id="S-100"))
        store.add_student(Student("Mia", "Lee", district_student_id="S-200"))
    finally:
        store.db.close()


def goal_texts(data_dir):
    store = open_caseload(data_dir)
    try:
        stores = Stores.of(store)
        return sorted(g.text for s in store.list_students() for g in stores.goals.goals_of(s.id))
    finally:
        store.db.close()


def test_import_goals_reports_bad_rows_and_imports_the_rest(tmp_path, data_dir, capsys):
    seed(data_dir)
    path = tmp_path / "goals.csv"
    path.write_bytes(GOALS_CSV)
    assert run("import-goals", path, "--dry-run", "--data-dir", data_dir) == 0
    assert goal_texts(data_dir) == []
    capsys.readouterr()
    assert run("import-goals", path, "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "“Annual Goal” → Goal" in out
    assert ("Not imported: Row 4: no student on the caseload has the district student ID "
            "“S-999”.") in out
    assert "Not imported: Row 7: the target “ten” is not a number." in out
    assert "3 to add, 0 already on file, 3 not imported." in out and "Imported 3 goals." in out
    assert goal_texts(data_dir) == ["Packs the school bag", "Reads a grade-level passage aloud",
                                    "Writes three connected sentences"]


def test_a_dry_run_exits_as_the_import_would(tmp_path, data_dir, capsys):
    """As `iep-desk import` and its --dry-run give the same exit for the same file: 1 when
    every row would be refused (nothing would be imported), 0 when the others would be
    (the refused ones listed, as the import leaves them out)."""
    seed(data_dir)
    refused = tmp_path / "refused.csv"
    refused.write_bytes(GOALS_CSV.split(b"\r\n", 1)[0] + b"\r\n"
                        b"S-999;Math;Adds within 20;;;;;;\r\n"
                        b"S-200;Math;Counts to 100;;;;;ten;\r\n")
    assert run("import-goals", refused, "--dry-run", "--data-dir", data_dir) == 1
    out = capsys.readouterr().out
    assert "0 to add, 0 already on file, 2 not imported." in out
    assert "Dry run: nothing was written." in out
    assert run("import-goals", refused, "--data-dir", data_dir) == 1
    capsys.readouterr()
    partly = tmp_path / "goals.csv"
    partly.write_bytes(GOALS_CSV)
    assert run("import-goals", partly, "--dry-run", "--data-dir", data_dir) == 0
    assert "3 not imported." in capsys.readouterr().out
    assert goal_texts(data_dir) == []


def test_import_goals_refuses_a_file_without_the_columns(tmp_path, data_dir, capsys):
    seed(data_dir)
    path = tmp_path / "goals.csv"
    path.write_text("Name,Area\nAyaan,Reading\n", encoding="utf-8")
    assert run("import-goals", path, "--data-dir", data_dir) == 2
    assert "Choose the column that holds the district student ID." in capsys.readouterr().err
    assert goal_texts(data_dir) == []
