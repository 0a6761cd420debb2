"""Goals from a district CSV: the preview (which row adds which goal to whom, which rows are
refused and why) and the import of the good rows, all in one transaction, undone as one
step (each student's record as it was before).

    table = read_csv(data)                             # core.csv_import: encoding, separator
    mapping = guess_goal_mapping(table.headers)        # or the teacher's choice
    preview = preview_goals(stores, table=table, mapping=mapping, date_order="mdy")
    result = import_goals(stores, preview=preview)     # the rows preview.good, nothing else
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from iep_desk.app.changes import GOALS
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.csv_import import CsvTable
from iep_desk.core.goals import Goal
from iep_desk.core.goals_csv import GoalRow, goal_mapping_problems, read_goal_rows
from iep_desk.core.problems import Problem, ProblemError
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import Stores

ADD, ON_FILE, REFUSED = "add", "on_file", "refused"


@dataclass(frozen=True)
class GoalPreviewRow:
    line: int
    district_id: str
    student_name: str
    goal: Goal | None          # with the student's id, when the row can be imported
    action: str                # ADD, ON_FILE (the same goal is already there), REFUSED
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class GoalsPreview:
    rows: tuple[GoalPreviewRow, ...]

    @property
    def good(self) -> list[GoalPreviewRow]:
        return [row for row in self.rows if row.action == ADD]

    @property
    def refused(self) -> list[GoalPreviewRow]:
        return [row for row in self.rows if row.action == REFUSED]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


def preview_goals(stores: Stores, *, table: CsvTable, mapping: list[str | None],
                  date_order: str | None = None) -> GoalsPreview:
    """What importing `table` with `mapping` would do; writes nothing. Raises ProblemError
    when the columns chosen cannot make a goal (no student ID or no goal column)."""
    problems = goal_mapping_problems(mapping)
    if problems:
        raise ProblemError(problems[0])
    students = {s.district_student_id.strip(): s
                for s in stores.caseload.list_students(in_order=False)
                if s.district_student_id.strip()}
    on_file: dict[int, set[tuple[str, str]]] = {}
    seen: set[tuple[int, str, str]] = set()
    rows = []
    for read in read_goal_rows(table, mapping, date_order):
        rows.append(_preview_row(stores, read, students, on_file, seen))
    return GoalsPreview(tuple(rows))


def _preview_row(stores: Stores, read: GoalRow, students: dict, on_file: dict,
                 seen: set) -> GoalPreviewRow:
    student = students.get(read.district_id)
    name = student.display_name if student is not None else ""
    if read.goal is None:
        return GoalPreviewRow(read.line, read.district_id, name, None, REFUSED,
                              tuple(read.problems))
    if student is None or student.id is None:
        return GoalPreviewRow(read.line, read.district_id, "", None, REFUSED, (
            Problem.of("goal_row_student_not_found", line=read.line,
                       district_id=read.district_id),))
    if student.id not in on_file:
        on_file[student.id] = {(g.area.casefold(), " ".join(g.text.split()).casefold())
                               for g in stores.goals.goals_of(student.id)}
    key = (read.goal.area.casefold(), " ".join(read.goal.text.split()).casefold())
    goal = replace(read.goal, student_id=student.id)
    if key in on_file[student.id] or (student.id, *key) in seen:
        return GoalPreviewRow(read.line, read.district_id, name, goal, ON_FILE)
    seen.add((student.id, *key))
    return GoalPreviewRow(read.line, read.district_id, name, goal, ADD)


def import_goals(stores: Stores, *, preview: GoalsPreview) -> OpResult[int]:
    """Add the preview's good rows, all in one transaction (none when the disk refuses);
    its value is how many goals were added. Refused rows and goals already on file are left
    out. Undo puts every student's record back as it was."""
    good = preview.good
    student_ids = sorted({row.goal.student_id for row in good if row.goal is not None})
    before = [(sid, stores.goals.record_snapshot(sid)) for sid in student_ids]
    with saving(stores.db):
        for row in good:
            assert row.goal is not None
            stores.goals.save_goal(row.goal)
    after = [(sid, stores.goals.record_snapshot(sid)) for sid in student_ids]
    if not good:
        return OpResult(value=0)
    return OpResult(GOALS, len(good), record(
        GOALS, [Step.of("iep_record", student_id=sid, snapshot=snap) for sid, snap in before],
        [Step.of("iep_record", student_id=sid, snapshot=snap) for sid, snap in after]))
