"""Students, families, team members and settings: rows in, core objects out.

Every write is its own transaction, committed before the method returns, so an
edit reported as saved is on disk even if the laptop dies a moment later.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.dates import from_iso
from iep_desk.core.models import FamilyLink, FamilyMember, Student, TeamMember
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage.errors import SaveFailed

if TYPE_CHECKING:
    from iep_desk.storage.database import CaseloadDatabase

_DATE_FIELDS = {
    "date_of_birth", "last_iep_meeting", "annual_review_due", "last_evaluation",
    "reevaluation_due", "contact_confirmed_on",
}
_BOOL_FIELDS = {"interpreter_needed", "active"}
_WINDOW_FIELDS = {"availability"}
_NULLABLE_TEXT = {"archived_at"}

# Which dataclass each table holds, and the fields a teacher may edit one at a time.
TABLES = {
    "students": Student,
    "family_members": FamilyMember,
    "team_members": TeamMember,
}
EDITABLE = {
    table: {f.name for f in fields(cls)} - {"id", "archived_at"}
    for table, cls in TABLES.items()
}


_STUDENT_COLUMNS = ", ".join(f.name for f in fields(Student))
_STUDENT_DATE_INDEXES = [i for i, f in enumerate(fields(Student)) if f.name in _DATE_FIELDS]


def to_column(field: str, value: Any) -> Any:
    """A core value as it is stored in its column."""
    if field in _DATE_FIELDS:
        return value.isoformat() if value else None
    if field in _BOOL_FIELDS:
        return int(bool(value))
    if field in _WINDOW_FIELDS:
        return json.dumps([w.to_json() for w in value or []])
    if value is None and field in _NULLABLE_TEXT:
        return None
    return value if value is not None else ""


def from_column(field: str, value: Any) -> Any:
    if field in _DATE_FIELDS:
        return from_iso(value)
    if field in _BOOL_FIELDS:
        return bool(value)
    if field in _WINDOW_FIELDS:
        return [WeeklyWindow.from_json(item) for item in json.loads(value or "[]")]
    return value


@lru_cache(maxsize=16)
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _row_to(cls: type, row: dict) -> Any:
    names = _field_names(cls)
    return cls(**{k: from_column(k, v) for k, v in row.items() if k in names})


def _student_from_row(row: tuple) -> Student:
    """A Student from the values of _STUDENT_COLUMNS (its fields, in order)."""
    values = list(row)
    for i in _STUDENT_DATE_INDEXES:
        values[i] = from_iso(values[i])
    return Student(*values)


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


class CaseloadStore:
    """The caseload in one SQLite file. Methods are keyword-light and return core objects."""

    def __init__(self, db: CaseloadDatabase):
        self.db = db

    # -- writing, safely ----------------------------------------------------
    def _write(self, sql: str, params: list | tuple = ()) -> sqlite3.Cursor:
        try:
            with self.db.atomic():
                return self.db.execute(sql, params)
        except sqlite3.IntegrityError as error:
            if "district_student_id" not in str(error):
                raise
            # The file's rule (migration 0003): one active student per district student ID.
            raise SaveFailed(
                "Another student on the caseload already has this student ID. Each student "
                "needs their own; check the number. Nothing else was changed."
            ) from error
        except sqlite3.OperationalError as error:
            raise SaveFailed(
                f"The change could not be saved ({error}). It is still on your screen; "
                "everything saved before is unchanged. Check that the disk is not full "
                "and the caseload folder can be written to."
            ) from error

    def _insert(self, table: str, obj: Any, extra: dict | None = None) -> int:
        values = {f.name: to_column(f.name, getattr(obj, f.name))
                  for f in fields(obj) if f.name != "id"}
        values.update(extra or {})
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self._write(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid)

    def update_field(self, table: str, row_id: int, field: str, value: Any) -> None:
        """Store one field of one row; the caller has already checked the value."""
        if field not in EDITABLE[table]:
            raise KeyError(f"{table}.{field} cannot be edited")
        self._write(
            f"UPDATE {table} SET {field} = ?, updated_at = ? WHERE id = ?",
            [to_column(field, value), _now(), row_id],
        )

    def get_field(self, table: str, row_id: int, field: str) -> Any:
        if field not in EDITABLE[table]:
            raise KeyError(f"{table}.{field} is not a field")
        row = self.db.execute(f"SELECT {field} FROM {table} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise LookupError(f"No row {row_id} in {table}")
        return from_column(field, row[0])

    # -- students -------------------------------------------------------------
    def add_student(self, student: Student) -> int:
        student.id = self._insert("students", student)
        return student.id

    def get_student(self, student_id: int) -> Student:
        row = self.db.execute("SELECT * FROM students WHERE id = ?", [student_id]).fetchone()
        if row is None:
            raise LookupError(f"No student {student_id}")
        return _row_to(Student, dict(zip(self._columns("students"), row)))

    def list_students(self, *, archived: bool = False, in_order: bool = True) -> list[Student]:
        """The students on the caseload (or the archived ones), by family name then first
        name; in_order=False leaves them in the file's order, for a caller that sorts them
        itself (the caseload table)."""
        where = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
        order = " ORDER BY legal_last_name, legal_first_name, id" if in_order else ""
        # Only the Student's own columns (not created_at, updated_at).
        cursor = self.db.execute(f"SELECT {_STUDENT_COLUMNS} FROM students WHERE {where}{order}")
        return [_student_from_row(row) for row in cursor.fetchall()]

    def student_names(self) -> dict[int, str]:
        """Every student's display name by id, archived ones included: cheap, for lists."""
        rows = self.db.execute(
            "SELECT id, legal_first_name, legal_last_name, preferred_name FROM students").fetchall()
        return {row[0]: Student(row[1], row[2], row[3]).display_name for row in rows}

    def count_students(self, *, archived: bool = False) -> int:
        where = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
        return self.db.execute(f"SELECT count(*) FROM students WHERE {where}").fetchone()[0]

    def archive_student(self, student_id: int) -> None:
        """Take the student off the active list; every record of theirs is kept."""
        self._write("UPDATE students SET archived_at = ?, updated_at = ? WHERE id = ?",
                    [_now(), _now(), student_id])

    def restore_student(self, student_id: int) -> None:
        self._write("UPDATE students SET archived_at = NULL, updated_at = ? WHERE id = ?",
                    [_now(), student_id])

    def _columns(self, table: str) -> list[str]:
        return [row[1] for row in self.db.execute(f"PRAGMA table_info({table})").fetchall()]

    # -- family ---------------------------------------------------------------
    def add_family_member(self, member: FamilyMember, *, student_id: int | None = None,
                          relationship: str = "") -> int:
        """Add a family member, linked to `student_id` when given, in one transaction."""
        values = {f.name: to_column(f.name, getattr(member, f.name))
                  for f in fields(member) if f.name != "id"}
        try:
            with self.db.atomic():
                cursor = self.db.execute(
                    f"INSERT INTO family_members ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})", list(values.values()))
                member.id = int(cursor.lastrowid)
                if student_id is not None:
                    self._link_family(student_id, member.id, relationship)
        except sqlite3.OperationalError as error:
            raise SaveFailed(f"The family member could not be saved ({error}).") from error
        return member.id

    def _link_family(self, student_id: int, member_id: int, relationship: str) -> None:
        position = self.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM student_family WHERE student_id = ?",
            [student_id]).fetchone()[0]
        self.db.execute(
            "INSERT INTO student_family (student_id, family_member_id, relationship, position) "
            "VALUES (?, ?, ?, ?)", [student_id, member_id, relationship, position])

    def link_family_member(self, student_id: int, member_id: int, relationship: str = "") -> None:
        """Link an existing family member (a sibling's parent) to another student."""
        try:
            with self.db.atomic():
                self._link_family(student_id, member_id, relationship)
        except sqlite3.IntegrityError:
            pass  # already linked: nothing to do
        except sqlite3.OperationalError as error:
            raise SaveFailed(f"The link could not be saved ({error}).") from error

    def unlink_family_member(self, student_id: int, member_id: int) -> None:
        """Remove the link only; the family member stays on file for other students."""
        self._write("DELETE FROM student_family WHERE student_id = ? AND family_member_id = ?",
                    [student_id, member_id])

    def set_relationship(self, student_id: int, member_id: int, relationship: str) -> None:
        self._write("UPDATE student_family SET relationship = ? "
                    "WHERE student_id = ? AND family_member_id = ?",
                    [relationship, student_id, member_id])

    def get_relationship(self, student_id: int, member_id: int) -> str:
        row = self.db.execute("SELECT relationship FROM student_family "
                              "WHERE student_id = ? AND family_member_id = ?",
                              [student_id, member_id]).fetchone()
        return row[0] if row else ""

    def family_of(self, student_id: int) -> list[FamilyLink]:
        cursor = self.db.execute(
            "SELECT f.*, sf.relationship AS _relationship FROM family_members f "
            "JOIN student_family sf ON sf.family_member_id = f.id "
            "WHERE sf.student_id = ? ORDER BY sf.position, f.id", [student_id])
        columns = [c[0] for c in cursor.description]
        links = []
        for row in cursor.fetchall():
            data = dict(zip(columns, row))
            links.append(FamilyLink(_row_to(FamilyMember, data), data["_relationship"]))
        return links

    def get_family_member(self, member_id: int) -> FamilyMember:
        cursor = self.db.execute("SELECT * FROM family_members WHERE id = ?", [member_id])
        row = cursor.fetchone()
        if row is None:
            raise LookupError(f"No family member {member_id}")
        return _row_to(FamilyMember, dict(zip([c[0] for c in cursor.description], row)))

    def list_family_members(self) -> list[FamilyMember]:
        cursor = self.db.execute("SELECT * FROM family_members ORDER BY name, id")
        columns = [c[0] for c in cursor.description]
        return [_row_to(FamilyMember, dict(zip(columns, row))) for row in cursor.fetchall()]

    def students_of_family_member(self, member_id: int) -> list[int]:
        return [row[0] for row in self.db.execute(
            "SELECT student_id FROM student_family WHERE family_member_id = ?", [member_id])]

    # -- team -----------------------------------------------------------------
    def add_team_member(self, member: TeamMember) -> int:
        member.id = self._insert("team_members", member)
        return member.id

    def get_team_member(self, member_id: int) -> TeamMember:
        cursor = self.db.execute("SELECT * FROM team_members WHERE id = ?", [member_id])
        row = cursor.fetchone()
        if row is None:
            raise LookupError(f"No team member {member_id}")
        return _row_to(TeamMember, dict(zip([c[0] for c in cursor.description], row)))

    def list_team_members(self, *, include_inactive: bool = False) -> list[TeamMember]:
        where = "" if include_inactive else "WHERE active = 1"
        cursor = self.db.execute(f"SELECT * FROM team_members {where} ORDER BY name, id")
        columns = [c[0] for c in cursor.description]
        return [_row_to(TeamMember, dict(zip(columns, row))) for row in cursor.fetchall()]

    def team_of(self, student_id: int) -> list[TeamMember]:
        cursor = self.db.execute(
            "SELECT t.* FROM team_members t JOIN student_team st ON st.team_member_id = t.id "
            "WHERE st.student_id = ? ORDER BY t.role, t.name", [student_id])
        columns = [c[0] for c in cursor.description]
        return [_row_to(TeamMember, dict(zip(columns, row))) for row in cursor.fetchall()]

    def add_to_team(self, student_id: int, member_id: int) -> None:
        self._write("INSERT OR IGNORE INTO student_team (student_id, team_member_id) VALUES (?, ?)",
                    [student_id, member_id])

    def remove_from_team(self, student_id: int, member_id: int) -> None:
        self._write("DELETE FROM student_team WHERE student_id = ? AND team_member_id = ?",
                    [student_id, member_id])

    # -- settings -------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        self._write("INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, json.dumps(value)])

    def deadline_settings(self) -> DeadlineSettings:
        settings = DeadlineSettings()
        for name in DeadlineSettings.names():
            value = self.get_setting(f"deadlines.{name}")
            if isinstance(value, int):
                setattr(settings, name, value)
        return settings

    def save_deadline_setting(self, name: str, value: int) -> None:
        if name not in DeadlineSettings.names():
            raise KeyError(name)
        self.set_setting(f"deadlines.{name}", int(value))


def open_caseload(data_dir) -> CaseloadStore:
    """Open the caseload in `data_dir` (see storage.database.open_database for the errors)."""
    from iep_desk.storage.database import open_database

    return CaseloadStore(open_database(data_dir))
