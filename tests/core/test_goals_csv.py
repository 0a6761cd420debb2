"""The goals CSV's numbers: a file has no locale, so a number is read only when it can mean
one thing; a cell that cannot is listed with its row and why, and the row is not imported."""

from __future__ import annotations

import pytest

from iep_desk.core.csv_import import read_csv
from iep_desk.core.goals_csv import guess_goal_mapping, read_goal_rows
from iep_desk.core.problems import english


def read_target(cell: str):
    """The one row of a file whose target is `cell` (quoted, as a spreadsheet writes it)."""
    data = ("Student ID,Goal,Unit,Baseline,Target\n"
            f'S-1,Read more words,words,"0","{cell}"\n').encode()
    table = read_csv(data)
    [row] = read_goal_rows(table, guess_goal_mapping(table.headers))
    return row


@pytest.mark.parametrize(("cell", "value"), [
    ("1200", 1200.0), ("12.5", 12.5), ("0.8", 0.8), ("-3", -3.0), (".5", 0.5),
    ("1,5", 1.5), ("1,25", 1.25),                    # a decimal comma: one or two digits
    ("1,234.5", 1234.5), ("12,345,678.25", 12345678.25),  # thousands and a decimal point
    ("1.2E+03", 1200.0),                             # a large number as Excel may write it
])
def test_a_number_that_means_one_thing_is_read(cell, value):
    row = read_target(cell)
    assert row.problems == []
    assert row.goal is not None and row.goal.target == value


@pytest.mark.parametrize("cell", ["1,200", "2,500", "1,234,567", "-1,000", "1.234,5"])
def test_a_comma_before_three_digits_is_refused_as_ambiguous(cell):
    row = read_target(cell)
    assert row.goal is None
    [problem] = row.problems
    assert problem.code == "goal_cell_number_ambiguous"
    assert english(problem) == (
        f"Row 2: the target “{cell}” could be read two ways. Write the number without a "
        "thousands separator (1200) or with a decimal point (1.2).")


@pytest.mark.parametrize("cell", ["inf", "-inf", "Infinity", "1e309", "-1e400", "nan", "NaN",
                                  "1_000", "1,2,3", "12,34.5", "1.2.3", "ten", "1 200", "0x10"])
def test_what_is_not_a_finite_number_is_refused(cell):
    row = read_target(cell)
    assert row.goal is None
    assert [p.code for p in row.problems] == ["goal_cell_not_a_number"]
