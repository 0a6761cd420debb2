"""Students, families, team members and settings: rows in, core objects out.

Every write is its own transaction, committed before the method returns, so an
edit reported as saved is on disk even if the laptop dies a moment later.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from typing import Any

from sqlite_utils import Database

from iep_desk.core.models import FamilyLink, FamilyMember, Student, TeamMember
from iep_desk.storage import rows
from iep_desk.storage.database import open_database
from iep_desk.storage.errors import SaveFailed, database_errors

# Which dataclass each table holds, and the fields a teacher may edit one at a time.
TABLES: dict[str, type] = {
    "students": Student,
    "family_members": FamilyMember,
    "team_members": TeamMember,
}
EDITABLE = {
    table: {f.name for f in fields(cls)} - {"id", "archived_at"}
    for table, cls in TABLES.items()
}
_STUDENT_COLUMNS = ", ".join(rows.field_names(Student))


def _duplicate_student_id(error: Exception) -> Exception | None:
    # The file's rule (migration 0003): one active student per district student ID.
    if "district_student_id" in str(error):
        return SaveFailed(code="duplicate_student_id")
    return None


class CaseloadStore:
    """The caseload in one SQLite file. Methods are keyword-light and return core objects."""

    def __init__(self, db: Database):
        self.db = db

    # -- writing, safely ----------------------------------------------------
    def _write(self, sql: str, params: list | tuple = ()) -> sqlite3.Cursor:
        with rows.saving(self.db, _duplicate_student_id):
            return self.db.execute(sql, params)

    def _insert(self, table: str, obj: Any) -> int:
        with rows.saving(self.db, _duplicate_student_id):
            return rows.insert_record(self.db, table, obj)

    def update_field(self, table: str, row_id: int, field: str, value: Any) -> None:
        """Store one field of one row; the caller has already checked the value."""
        if field not in EDITABLE[table]:
            raise KeyError(f"{table}.{field} cannot be edited")
        with rows.saving(self.db, _duplicate_student_id):
            rows.update(self.db, TABLES[table], table, row_id, {field: value})

    def get_field(self, table: str, row_id: int, field: str) -> Any:
        if field not in EDITABLE[table]:
            raise KeyError(f"{table}.{field} is not a field")
        row = self.db.execute(f"SELECT {field} FROM {table} WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise LookupError(f"No row {row_id} in {table}")
        return rows.from_column(TABLES[table], field, row[0])

    # -- students -------------------------------------------------------------
    def add_student(self, student: Student) -> int:
        student.id = self._insert("students", student)
        return student.id

    def get_student(self, student_id: int) -> Student:
        row = self.db.execute(f"SELECT {_STUDENT_COLUMNS} FROM students WHERE id = ?",
                              [student_id]).fetchone()
        if row is None:
            raise LookupError(f"No student {student_id}")
        return rows.record_reader(Student)(row)

    def list_students(self, *, archived: bool = False, in_order: bool = True) -> list[Student]:
        """The students on the caseload (or the archived ones), by family name then first
        name; in_order=False leaves them in the file's order, for a caller that sorts them
        itself (the caseload table)."""
        where = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
        order = " ORDER BY legal_last_name, legal_first_name, id" if in_order else ""
        # Only the Student's own columns (not created_at, updated_at).
        cursor = self.db.execute(f"SELECT {_STUDENT_COLUMNS} FROM students WHERE {where}{order}")
        read = rows.record_reader(Student)
        return [read(row) for row in cursor.fetchall()]

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
        now = rows.now_text()
        self._write("UPDATE students SET archived_at = ?, updated_at = ? WHERE id = ?",
                    [now, now, student_id])

    def restore_student(self, student_id: int) -> None:
        self._write("UPDATE students SET archived_at = NULL, updated_at = ? WHERE id = ?",
                    [rows.now_text(), student_id])

    # -- family ---------------------------------------------------------------
    def add_family_member(self, member: FamilyMember, *, student_id: int | None = None,
                          relationship: str = "") -> int:
        """Add a family member, linked to `student_id` when given, in one transaction."""
        with rows.saving(self.db):
            new_id = rows.insert_record(self.db, "family_members", member)
            if student_id is not None:
                self._link_family(student_id, new_id, relationship)
        member.id = new_id
        return new_id

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
            with rows.saving(self.db):
                self._link_family(student_id, member_id, relationship)
        except database_errors("IntegrityError"):
            pass  # already linked: nothing to do

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
            links.append(FamilyLink(rows.record_from_mapping(FamilyMember, data),
                                    data["_relationship"]))
        return links

    def get_family_member(self, member_id: int) -> FamilyMember:
        cursor = self.db.execute("SELECT * FROM family_members WHERE id = ?", [member_id])
        row = cursor.fetchone()
        if row is None:
            raise LookupError(f"No family member {member_id}")
        return rows.record_from_mapping(FamilyMember, dict(zip([c[0] for c in cursor.description], row)))

    def list_family_members(self) -> list[FamilyMember]:
        cursor = self.db.execute("SELECT * FROM family_members ORDER BY name, id")
        columns = [c[0] for c in cursor.description]
        return [rows.record_from_mapping(FamilyMember, dict(zip(columns, row))) for row in cursor.fetchall()]

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
        return rows.record_from_mapping(TeamMember, dict(zip([c[0] for c in cursor.description], row)))

    def list_team_members(self, *, include_inactive: bool = False) -> list[TeamMember]:
        where = "" if include_inactive else "WHERE active = 1"
        cursor = self.db.execute(f"SELECT * FROM team_members {where} ORDER BY name, id")
        columns = [c[0] for c in cursor.description]
        return [rows.record_from_mapping(TeamMember, dict(zip(columns, row))) for row in cursor.fetchall()]

    def team_of(self, student_id: int) -> list[TeamMember]:
        cursor = self.db.execute(
            "SELECT t.* FROM team_members t JOIN student_team st ON st.team_member_id = t.id "
            "WHERE st.student_id = ? ORDER BY t.role, t.name", [student_id])
        columns = [c[0] for c in cursor.description]
        return [rows.record_from_mapping(TeamMember, dict(zip(columns, row))) for row in cursor.fetchall()]

    def add_to_team(self, student_id: int, member_id: int) -> None:
        self._write("INSERT OR IGNORE INTO student_team (student_id, team_member_id) VALUES (?, ?)",
                    [student_id, member_id])

    def remove_from_team(self, student_id: int, member_id: int) -> None:
        self._write("DELETE FROM student_team WHERE student_id = ? AND team_member_id = ?",
                    [student_id, member_id])


def open_caseload(data_dir, *, key: bytes | None = None) -> CaseloadStore:
    """Open the caseload in `data_dir`, a protected one with its `key` (see
    storage.database.open_database for the errors)."""
    return CaseloadStore(open_database(data_dir, key=key))
