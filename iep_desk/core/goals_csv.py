"""Goals from a district's CSV file: which column holds what, and each row read as a goal.

The file itself is read by core.csv_import.read_csv (its encoding, separator, Excel's
quirks); dates are read by its parse_import_date, numbers by core.numbers.read_plain_number
(only when they can mean one thing: "1,200" may be 1200 or 1.2, so it is refused). A row
names its student by the district student ID; the application layer (app.goals_import)
looks the student up and writes the good rows. A row that cannot be read is reported with
its line number and why, in codes with values (core.problems words them), and is not
imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Self

from iep_desk.core.csv_import import (
    CsvTable,
    ImportDateError,
    normalise_header,
    parse_import_date,
)
from iep_desk.core.goals import Goal
from iep_desk.core.numbers import AmbiguousNumber, NotANumber, read_plain_number
from iep_desk.core.problems import Problem, lower_first

# What a column may hold, in the order the mapping offers them.
GOAL_FIELDS = ("district_student_id", "area", "text", "measured_by", "unit", "baseline",
               "baseline_on", "target", "target_by")
REQUIRED = ("district_student_id", "text")
DATE_FIELDS = frozenset({"baseline_on", "target_by"})
NUMBER_FIELDS = frozenset({"baseline", "target"})
# English labels (the command line, and the source of the window's translated labels).
FIELD_LABELS = {
    "district_student_id": "District student ID",
    "area": "Area",
    "text": "Goal",
    "measured_by": "How it is measured",
    "unit": "Unit",
    "baseline": "Baseline",
    "baseline_on": "Baseline date",
    "target": "Target",
    "target_by": "Target date",
}


class GoalField(str):
    """A goals-import field named inside a problem's sentence ("the target “ten” is not a
    number"): in English its label with a small first letter; `key` is the field, which the
    window names in its own language (the goals import dialog's words)."""

    key: str

    def __new__(cls, key: str) -> Self:
        named = super().__new__(cls, lower_first(FIELD_LABELS[key]))
        named.key = key
        return named


# Why a date cell is refused (core.csv_import.ImportDateError's code) → the problem's code.
_DATE_CODES = {"not_a_date": "goal_cell_not_a_date",
               "two_digit_year": "goal_cell_two_digit_year",
               "two_ways": "goal_cell_date_two_ways"}
# Headers as district systems and teachers write them (compared after normalise_header).
_SPELLINGS = {
    "district_student_id": ("district student id", "student id", "district id", "sis id",
                            "student number", "id"),
    "area": ("area", "goal area", "domain", "subject"),
    "text": ("goal", "annual goal", "goal text", "goal description", "description"),
    "measured_by": ("how measured", "how it is measured", "measured by", "measurement",
                    "evaluation method", "method"),
    "unit": ("unit", "units", "unit of measure"),
    "baseline": ("baseline", "baseline value", "present level", "start"),
    "baseline_on": ("baseline date", "date of baseline", "start date", "baseline on"),
    "target": ("target", "target value", "goal value", "criterion"),
    "target_by": ("target date", "by", "due", "due date", "end date", "target by"),
}


def guess_goal_mapping(headers: list[str]) -> list[str | None]:
    """Which field each column holds, from its header (None: not imported). Each field is
    guessed for one column at most (the first that names it)."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = normalise_header(header)
        found = next((name for name, spellings in _SPELLINGS.items()
                      if key in {normalise_header(s) for s in spellings}
                      and name not in taken), None)
        if found:
            taken.add(found)
        mapping.append(found)
    return mapping


def goal_mapping_problems(mapping: list[str | None]) -> list[Problem]:
    """A column each for the student's ID and the goal, and no field chosen twice."""
    problems = [Problem.of("goal_column_missing", field=GoalField(name))
                for name in REQUIRED if name not in mapping]
    chosen = [m for m in mapping if m]
    problems += [Problem.of("goal_column_twice", field=GoalField(name))
                 for name in dict.fromkeys(chosen) if chosen.count(name) > 1]
    return problems


@dataclass
class GoalRow:
    """One row of the file: its line (as a spreadsheet numbers it), the student's district
    ID, the goal read (student_id 0 until the student is looked up), and what is wrong."""

    line: int
    district_id: str
    goal: Goal | None
    problems: list[Problem] = field(default_factory=list)


def read_goal_rows(table: CsvTable, mapping: list[str | None],
                   date_order: str | None = None) -> list[GoalRow]:
    """Every data row as a goal (or with the problems that keep it out)."""
    read: list[GoalRow] = []
    for line, cells in table.rows:
        values = {name: (cells[index].strip() if index < len(cells) else "")
                  for index, name in enumerate(mapping) if name}
        problems: list[Problem] = []
        parsed: dict = {}
        for name in DATE_FIELDS & values.keys():
            try:
                parsed[name] = parse_import_date(values[name], date_order)
            except ImportDateError as error:
                problems.append(Problem.of(_DATE_CODES[error.code], line=line,
                                           field=GoalField(name), value=values[name]))
        for name in NUMBER_FIELDS & values.keys():
            try:
                parsed[name] = read_plain_number(values[name])
            except NotANumber as error:
                code = ("goal_cell_number_ambiguous" if isinstance(error, AmbiguousNumber)
                        else "goal_cell_not_a_number")
                problems.append(Problem.of(code, line=line, field=GoalField(name),
                                           value=values[name]))
        district_id = values.get("district_student_id", "")
        if not district_id:
            problems.append(Problem.of("goal_row_no_student_id", line=line))
        goal = Goal(None, 0, values.get("area", ""), values.get("text", ""),
                    values.get("measured_by", ""), values.get("unit", ""),
                    parsed.get("baseline"), parsed.get("baseline_on"), parsed.get("target"),
                    parsed.get("target_by"))
        if not problems:
            problems += [Problem.of("goal_row_" + code, line=line) for code in goal.problems()]
        read.append(GoalRow(line, district_id, None if problems else goal, problems))
    return read
