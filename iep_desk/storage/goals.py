"""The IEP's goals, services and accommodations, progress notes, and IEP-at-a-glance receipts.

One store for the student's current IEP as IEP Desk keeps it (a light record beside the
district's IEP). Nothing is deleted that a record depends on: a goal of an earlier IEP is
ended, not removed, so its progress notes stay readable; a progress note entered by mistake
can be removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from sqlite_utils import Database

from iep_desk.core.decisions import GlanceReceipt
from iep_desk.core.goals import (
    Accommodation,
    Goal,
    ProgressNote,
    ReportingPeriods,
    Service,
)
from iep_desk.storage import rows

REPORTING_PERIODS_KEY = "progress.report_dates"

# Which core record each table holds (the full-export check reads the columns' kinds here).
TABLES: dict[str, type] = {
    "goals": Goal,
    "progress_notes": ProgressNote,
    "services": Service,
    "accommodations": Accommodation,
    "glance_receipts": GlanceReceipt,
}
# Columns the records do not carry, by kind.
DATE_COLUMNS = (("goals", "ended_on"), ("services", "ended_on"), ("accommodations", "ended_on"),
                ("input_requests", "asked_on"), ("input_requests", "due_by"),
                ("input_requests", "received_on"), ("preparation_answers", "received_on"),
                ("preparation_answers", "filed_on"))


# The student's IEP record as rows (every column, ended ones too): what Undo puts back.
# Plain data: (table, column names, rows) per table, progress notes last but one so that a
# restore inserts the goals they belong to first.
_RECORD_TABLES = ("goals", "services", "accommodations", "progress_notes", "glance_receipts")
RecordSnapshot = tuple[tuple[str, tuple[str, ...], tuple[tuple[Any, ...], ...]], ...]


class GoalInputError(ValueError):
    """A value the record cannot hold; `codes` says which (see Goal.problems)."""

    def __init__(self, codes: list[str]):
        super().__init__(", ".join(codes))
        self.codes = codes


_text = rows.day_text
_GOAL_COLUMNS = ", ".join(rows.field_names(Goal))


class GoalStore:
    def __init__(self, db: Database):
        self.db = db

    @contextmanager
    def _saving(self) -> Iterator[None]:
        with rows.saving(self.db):
            yield

    # -- goals ----------------------------------------------------------------------------
    @staticmethod
    def _goal(row: tuple) -> Goal:
        return rows.record_reader(Goal)(row)

    def goals_of(self, student_id: int, *, include_ended: bool = False) -> list[Goal]:
        ended = "" if include_ended else "AND ended_on IS NULL"
        found = self.db.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE student_id = ? {ended} "
            "ORDER BY position, id",
            [student_id]).fetchall()
        return [self._goal(row) for row in found]

    def goal(self, goal_id: int) -> Goal:
        row = self.db.execute(
            f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", [goal_id]).fetchone()
        if row is None:
            raise LookupError(f"no goal {goal_id}")
        return self._goal(row)

    def save_goal(self, goal: Goal) -> Goal:
        """Add a new goal (id None) or replace an existing one's values; returns it with its id."""
        problems = goal.problems()
        if problems:
            raise GoalInputError(problems)
        values = [goal.area.strip(), goal.text.strip(), goal.measured_by.strip(),
                  goal.unit.strip(), goal.baseline, _text(goal.baseline_on), goal.target,
                  _text(goal.target_by)]
        with self._saving():
            if goal.id is None:
                position = self.db.execute(
                    "SELECT coalesce(max(position), -1) + 1 FROM goals WHERE student_id = ?",
                    [goal.student_id]).fetchone()[0]
                cursor = self.db.execute(
                    "INSERT INTO goals (student_id, area, text, measured_by, unit, baseline, "
                    "baseline_on, target, target_by, position) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    [goal.student_id, *values, position])
                return replace(goal, id=cursor.lastrowid)
            self.db.execute(
                "UPDATE goals SET area = ?, text = ?, measured_by = ?, unit = ?, baseline = ?, "
                "baseline_on = ?, target = ?, target_by = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                [*values, goal.id])
        return goal

    def end_goal(self, goal_id: int, on: date | None) -> None:
        """Mark a goal as belonging to an earlier IEP (None: current again, for undo)."""
        with self._saving():
            self.db.execute("UPDATE goals SET ended_on = ? WHERE id = ?", [_text(on), goal_id])

    def reorder_goals(self, student_id: int, goal_ids: list[int]) -> None:
        """Put the student's goals in this order (goals not named keep their place after)."""
        with self._saving():
            for position, goal_id in enumerate(goal_ids):
                self.db.execute("UPDATE goals SET position = ? WHERE id = ? AND student_id = ?",
                                [position, goal_id, student_id])

    # -- the whole record, for undo ---------------------------------------------------------
    def record_snapshot(self, student_id: int) -> RecordSnapshot:
        """Every row of the student's IEP record, ids included (ended goals too)."""
        taken = []
        for table in _RECORD_TABLES:
            if table == "progress_notes":
                where = "goal_id IN (SELECT id FROM goals WHERE student_id = ?)"
            else:
                where = "student_id = ?"
            cursor = self.db.execute(f"SELECT * FROM {table} WHERE {where} ORDER BY id",
                                     [student_id])
            columns = tuple(d[0] for d in cursor.description)
            taken.append((table, columns, tuple(tuple(r) for r in cursor.fetchall())))
        return tuple(taken)

    def restore_record(self, student_id: int, snapshot: RecordSnapshot) -> None:
        """The student's IEP record exactly as `snapshot` holds it."""
        with self._saving():
            self.db.execute("DELETE FROM progress_notes WHERE goal_id IN "
                            "(SELECT id FROM goals WHERE student_id = ?)", [student_id])
            for table in ("glance_receipts", "accommodations", "services", "goals"):
                self.db.execute(f"DELETE FROM {table} WHERE student_id = ?", [student_id])
            for table, columns, found in snapshot:
                if not found:
                    continue
                marks = ", ".join("?" for _ in columns)
                for row in found:
                    self.db.execute(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", list(row))

    # -- progress notes ------------------------------------------------------------------------
    def notes_of_student(self, student_id: int) -> list[ProgressNote]:
        found = self.db.execute(
            "SELECT n.id, n.goal_id, n.noted_on, n.value, n.rating, n.note FROM progress_notes n "
            "JOIN goals g ON g.id = n.goal_id WHERE g.student_id = ? ORDER BY n.noted_on, n.id",
            [student_id]).fetchall()
        read = rows.record_reader(ProgressNote)
        return [read(row) for row in found]

    def add_note(self, note: ProgressNote) -> ProgressNote:
        if note.value is None and note.rating is None and not note.note.strip():
            raise GoalInputError(["progress_note_empty"])
        with self._saving():
            cursor = self.db.execute(
                "INSERT INTO progress_notes (goal_id, noted_on, value, rating, note) "
                "VALUES (?, ?, ?, ?, ?)",
                [note.goal_id, note.noted_on.isoformat(), note.value,
                 str(note.rating) if note.rating else None, note.note.strip()])
        return replace(note, id=cursor.lastrowid)

    def student_of_note(self, note_id: int) -> int:
        row = self.db.execute("SELECT g.student_id FROM progress_notes n JOIN goals g "
                              "ON g.id = n.goal_id WHERE n.id = ?", [note_id]).fetchone()
        if row is None:
            raise LookupError(f"no progress note {note_id}")
        return row[0]

    def student_of(self, table: str, row_id: int) -> int:
        """The student a goal, service or accommodation belongs to."""
        if table not in ("goals", "services", "accommodations"):
            raise ValueError(table)
        row = self.db.execute(f"SELECT student_id FROM {table} WHERE id = ?",
                              [row_id]).fetchone()
        if row is None:
            raise LookupError(f"no {table} row {row_id}")
        return row[0]

    def remove_note(self, note_id: int) -> None:
        with self._saving():
            self.db.execute("DELETE FROM progress_notes WHERE id = ?", [note_id])

    # -- services and accommodations -------------------------------------------------------
    def services_of(self, student_id: int) -> list[Service]:
        found = self.db.execute(
            "SELECT id, student_id, what, how_often, setting, provider FROM services "
            "WHERE student_id = ? AND ended_on IS NULL ORDER BY position, id",
            [student_id]).fetchall()
        return [Service(*row) for row in found]

    def save_service(self, service: Service) -> Service:
        if not service.what.strip():
            raise GoalInputError(["service_what_missing"])
        values = [service.what.strip(), service.how_often.strip(), service.setting.strip(),
                  service.provider.strip()]
        with self._saving():
            if service.id is None:
                cursor = self.db.execute(
                    "INSERT INTO services (student_id, what, how_often, setting, provider, "
                    "position) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 "
                    "FROM services WHERE student_id = ?))",
                    [service.student_id, *values, service.student_id])
                return replace(service, id=cursor.lastrowid)
            self.db.execute("UPDATE services SET what = ?, how_often = ?, setting = ?, "
                            "provider = ? WHERE id = ?", [*values, service.id])
        return service

    def end_service(self, service_id: int, on: date | None) -> None:
        with self._saving():
            self.db.execute("UPDATE services SET ended_on = ? WHERE id = ?",
                            [_text(on), service_id])

    def accommodations_of(self, student_id: int) -> list[Accommodation]:
        found = self.db.execute(
            "SELECT id, student_id, text, applies_in FROM accommodations "
            "WHERE student_id = ? AND ended_on IS NULL ORDER BY position, id",
            [student_id]).fetchall()
        return [Accommodation(*row) for row in found]

    def save_accommodation(self, accommodation: Accommodation) -> Accommodation:
        if not accommodation.text.strip():
            raise GoalInputError(["accommodation_text_missing"])
        values = [accommodation.text.strip(), accommodation.applies_in.strip()]
        with self._saving():
            if accommodation.id is None:
                cursor = self.db.execute(
                    "INSERT INTO accommodations (student_id, text, applies_in, position) "
                    "VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 "
                    "FROM accommodations WHERE student_id = ?))",
                    [accommodation.student_id, *values, accommodation.student_id])
                return replace(accommodation, id=cursor.lastrowid)
            self.db.execute("UPDATE accommodations SET text = ?, applies_in = ? WHERE id = ?",
                            [*values, accommodation.id])
        return accommodation

    def end_accommodation(self, accommodation_id: int, on: date | None) -> None:
        with self._saving():
            self.db.execute("UPDATE accommodations SET ended_on = ? WHERE id = ?",
                            [_text(on), accommodation_id])

    # -- the IEP at a glance: who received which version ------------------------------------
    def receipts_of(self, student_id: int) -> list[GlanceReceipt]:
        found = self.db.execute(
            "SELECT recipient, version, received_on, team_member_id FROM glance_receipts "
            "WHERE student_id = ? ORDER BY received_on, id", [student_id]).fetchall()
        read = rows.record_reader(GlanceReceipt)
        return [read(row) for row in found]

    def record_receipt(self, student_id: int, receipt: GlanceReceipt) -> None:
        with self._saving():
            self.db.execute(
                "INSERT INTO glance_receipts (student_id, team_member_id, recipient, version, "
                "received_on) VALUES (?, ?, ?, ?, ?)",
                [student_id, receipt.team_member_id, receipt.recipient.strip(), receipt.version,
                 receipt.received_on.isoformat()])

    # -- the district's progress-report dates (a setting) ----------------------------------
    def reporting_periods(self) -> ReportingPeriods:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?",
                              [REPORTING_PERIODS_KEY]).fetchone()
        days: list[date] = []
        try:
            values: Any = json.loads(row[0]) if row else []
        except ValueError:
            values = []  # a damaged setting: no dates, rather than a crash
        for value in values if isinstance(values, list) else []:
            try:
                days.append(date.fromisoformat(value))
            except (TypeError, ValueError):
                continue
        return ReportingPeriods(tuple(sorted(set(days))))

    def save_reporting_periods(self, periods: ReportingPeriods) -> None:
        value = json.dumps(sorted({d.isoformat() for d in periods.dates}))
        with self._saving():
            self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                            "DO UPDATE SET value = excluded.value", [REPORTING_PERIODS_KEY, value])
