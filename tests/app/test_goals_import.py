"""Goals from a district CSV through the application layer: a bad row is reported with its
line and not imported, the rest are, in one transaction, undone as one step."""

from __future__ import annotations

from datetime import date

import pytest

from iep_desk.app import goals_import as gi
from iep_desk.app.undo import apply
from iep_desk.core.csv_import import read_csv
from iep_desk.core.goals_csv import guess_goal_mapping
from iep_desk.core.models import Student
from iep_desk.core.problems import ProblemError
from iep_desk.storage.stores import Stores

GOALS_CSV = (
    b"Student ID;Goal Area;Annual Goal;How measured;Unit;Baseline;Baseline Date;Target;"
    b"Target Date\r\n"
    b"S-100;Reading;Reads a grade-level passage aloud;words correct in one minute;"
    b"words a minute;40;2026-09-01;90;2027-05-15\r\n"
    b"S-100;Writing;Writes three connected sentences;;;;;;\r\n"
    b"S-999;Math;Adds within 20;;;;;;\r\n"                       # nobody has this ID
    b"S-200;Math;Adds within 20;correct of 10;;3;2026-09-01;9;2026-08-01\r\n"  # target first
    b"S-200;Self-care;Packs the school bag;;;;;;\r\n"
    b"S-200;Math;Counts to 100;;;;;ten;\r\n"                     # not a number
)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def students(store):
    return {"S-100": store.add_student(Student("Ayaan", "Shah", district_student_id="S-100")),
            "S-200": store.add_student(Student("Mia", "Lee", district_student_id="S-200"))}


def preview(stores, data=GOALS_CSV):
    table = read_csv(data)
    return gi.preview_goals(stores, table=table, mapping=guess_goal_mapping(table.headers))


def test_guessed_columns():
    table = read_csv(GOALS_CSV)
    assert guess_goal_mapping(table.headers) == [
        "district_student_id", "area", "text", "measured_by", "unit", "baseline",
        "baseline_on", "target", "target_by"]


def test_bad_rows_are_reported_and_the_rest_imported(stores, students):
    seen = preview(stores)
    assert [(r.line, r.action) for r in seen.rows] == [
        (2, gi.ADD), (3, gi.ADD), (4, gi.REFUSED), (5, gi.REFUSED), (6, gi.ADD),
        (7, gi.REFUSED)]
    assert [str(r.problems[0]) for r in seen.refused] == [
        "Row 4: no student on the caseload has the district student ID “S-999”.",
        "Row 5: the target date must come after the baseline date.",
        "Row 7: the target “ten” is not a number."]
    result = gi.import_goals(stores, preview=seen)
    assert result.value == 3 and result.changes.goals
    [reading, writing] = stores.goals.goals_of(students["S-100"])
    assert (reading.baseline, reading.target_by, reading.unit) == (
        40, date(2027, 5, 15), "words a minute")
    assert writing.text == "Writes three connected sentences" and writing.baseline is None
    assert [g.text for g in stores.goals.goals_of(students["S-200"])] == ["Packs the school bag"]
    # The same file again: the goals are on file already, nothing is added twice.
    again = preview(stores)
    assert again.count(gi.ADD) == 0 and again.count(gi.ON_FILE) == 3
    # Undo takes the whole import back.
    apply(stores, result.undo.undo)
    assert stores.goals.goals_of(students["S-100"]) == []
    assert stores.goals.goals_of(students["S-200"]) == []


def test_a_file_without_a_goal_column_is_refused(stores, students):
    table = read_csv(b"Student ID,Area\r\nS-100,Reading\r\n")
    with pytest.raises(ProblemError) as refused:
        gi.preview_goals(stores, table=table, mapping=guess_goal_mapping(table.headers))
    assert str(refused.value) == "Choose the column that holds the goal."
