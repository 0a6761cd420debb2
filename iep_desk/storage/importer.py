"""Importing a caseload CSV: matching rows to the students on file, then writing them.

``preview_import`` reads the caseload and decides, for each row read by
core.csv_import, whether it adds a student, updates one, changes nothing, or is
rejected (with the reasons). It writes nothing. ``apply_import`` then writes the
whole preview in one transaction: either every row lands or none does.

Another writer (a second terminal, the app while a command runs) may change the caseload
between the preview and the confirmation. So ``apply_import`` matches the rows again
inside its write transaction, against the caseload as it is then, and writes that:
a student someone else added meanwhile is found, not added a second time. The file
itself also refuses two active students with the same student ID (migration 0003).

Names are matched in one Unicode form (NFC), ignoring case and spacing: "José" typed on
Windows and "José" written by macOS (e + a combining accent) are the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from iep_desk.core.csv_import import (
    ADD,
    DATE_FIELDS,
    FIELD_LABELS,
    REJECT,
    UNCHANGED,
    UPDATE,
    CsvTable,
    ImportField,
    ImportFields,
    ImportPreview,
    ImportRow,
    PreviewRow,
    counted,
    date_problems,
    guess_mapping,
    mapping_setting_key,
)
from iep_desk.core.meeting_rules import student_participant
from iep_desk.core.models import FamilyMember, Student, saved
from iep_desk.core.problems import Problem
from iep_desk.core.validation import STUDENT_NAME_FIELDS
from iep_desk.storage import rows as mapper
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed, database_errors
from iep_desk.storage.meetings import MeetingStore
from iep_desk.storage.settings import SettingsStore

# Changing one of these dates can conflict with its partner already on file.
_PARTNERS = {
    "last_iep_meeting": "annual_review_due", "annual_review_due": "last_iep_meeting",
    "last_evaluation": "reevaluation_due", "reevaluation_due": "last_evaluation",
}
_STUDENT_COLUMNS = [f.name for f in fields(Student) if f.name != "id"]
_FAMILY_COLUMNS = [f.name for f in fields(FamilyMember) if f.name != "id"]


class ImportRefused(ValueError):
    """The import was not confirmed as it stands (rejected rows, nothing to write)."""


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    guardians_added: int = 0
    skipped: int = 0
    # Rows that needed no change when they were written (found on file as they are).
    unchanged: int = 0

    def summary(self) -> str:
        text = (f"Imported: {counted(self.added, 'student', 'students')} added, "
                f"{self.updated} updated")
        if self.guardians_added:
            text += f", {counted(self.guardians_added, 'parent/guardian', 'parents/guardians')} added"
        if self.unchanged:  # found on file as they are (perhaps imported meanwhile from elsewhere)
            text += f", {counted(self.unchanged, 'row', 'rows')} already on file"
        if self.skipped:
            text += f"; {counted(self.skipped, 'rejected row', 'rejected rows')} skipped"
        return text + "."


def rejected_message(count: int) -> str:
    """Why nothing was imported when rows were rejected (the CLI adds how to go on)."""
    return (f"{counted(count, 'row was', 'rows were')} rejected, so nothing was imported.")


# -- remembering the teacher's column choices ------------------------------------------------

def remembered_mapping(store: CaseloadStore, headers: list[str]) -> list[str | None] | None:
    """The mapping the teacher confirmed last time for a file with these headers, if any."""
    saved = SettingsStore(store.db).get(mapping_setting_key(headers))
    if isinstance(saved, list) and len(saved) == len(headers):
        return [m if m in FIELD_LABELS else None for m in saved]
    return None


def remember_mapping(store: CaseloadStore, headers: list[str], mapping: list[str | None]) -> None:
    SettingsStore(store.db).set(mapping_setting_key(headers), list(mapping))


def starting_mapping(store: CaseloadStore, headers: list[str]) -> list[str | None]:
    """The remembered mapping for these headers, else the guess from their names."""
    return remembered_mapping(store, headers) or guess_mapping(headers)


def unmapped_columns(table: CsvTable, mapping: list[str | None]) -> list[str]:
    return [h or f"(column {i + 1})" for i, (h, m) in enumerate(zip(table.headers, mapping))
            if m is None]


# -- matching ------------------------------------------------------------------------------

def same_name_key(name: Any) -> str:
    """A name as it is compared: one Unicode form (NFC), no case, single spaces."""
    text = unicodedata.normalize("NFC", " ".join(str(name or "").split()))
    return unicodedata.normalize("NFC", text.casefold())


def _name_key(first: Any, last: Any, born: Any) -> tuple[str, str, str]:
    return (same_name_key(first), same_name_key(last),
            born.isoformat() if isinstance(born, date) else "")


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone or "")


@dataclass
class _GuardianPlan:
    """What a row does to its student's family: add a member, update one, or link one."""

    member_id: int | None = None  # an existing member to update or link
    link_only: bool = False
    changes: dict[str, Any] | None = None  # column -> value for an existing member
    new_member: FamilyMember | None = None
    relationship: str | None = None


def _load_students(store: CaseloadStore) -> list[Student]:
    cursor = store.db.execute(f"SELECT {', '.join(mapper.field_names(Student))} FROM students")
    read = mapper.record_reader(Student)
    return [read(row) for row in cursor.fetchall()]


def _load_family(store: CaseloadStore) -> tuple[dict[int, list[tuple[FamilyMember, str]]],
                                                 list[FamilyMember]]:
    members = {m.id: m for m in store.list_family_members()}
    links: dict[int, list[tuple[FamilyMember, str]]] = {}
    for student_id, member_id, relationship in store.db.execute(
            "SELECT student_id, family_member_id, relationship FROM student_family "
            "ORDER BY position, family_member_id"):
        if member_id in members:
            links.setdefault(student_id, []).append((members[member_id], relationship))
    return links, list(members.values())


def preview_import(store: CaseloadStore, rows: list[ImportRow], *, today: date,
                   unmapped: list[str] | None = None) -> ImportPreview:
    """What confirming the import would do to each row. Writes nothing."""
    students = _load_students(store)
    # A student ID names one active student; an archived student with the same ID (a
    # student who left and came back) is only matched when no active one has it.
    by_id: dict[str, list[Student]] = {}
    for s in sorted(students, key=lambda s: s.is_archived, reverse=True):
        key = s.district_student_id.strip().casefold()
        if key:
            by_id.setdefault(key, []).append(s)
    by_name: dict[tuple, Student] = {}
    for s in students:
        by_name.setdefault(_name_key(s.legal_first_name, s.legal_last_name, s.date_of_birth), s)
    links, members = _load_family(store)
    members_by_name: dict[str, list[FamilyMember]] = {}
    for member in members:
        members_by_name.setdefault(same_name_key(member.name), []).append(member)
    seen_ids: dict[str, int] = {}
    seen_names: dict[tuple, int] = {}
    result: list[PreviewRow] = []
    for row in rows:
        result.append(_preview_row(row, today, by_id, by_name, seen_ids, seen_names, links,
                                   members_by_name))
    return ImportPreview(result, list(unmapped or []), today)


def _preview_row(row: ImportRow, today: date, by_id: dict, by_name: dict, seen_ids: dict,
                 seen_names: dict, links: dict, members: dict[str, list[FamilyMember]]
                 ) -> PreviewRow:
    values = row.student
    name = row.name
    if row.problems:
        return PreviewRow(row.row_number, REJECT, name, list(row.problems), row=row)
    row_id = str(values.get("district_student_id", "")).strip().casefold()
    key = _name_key(values.get("legal_first_name"), values.get("legal_last_name"),
                    values.get("date_of_birth"))
    earlier = seen_ids.get(row_id) if row_id else seen_names.get(key)
    if earlier is not None:
        same = (Problem.of("import_same_id_as_row", row=earlier) if row_id else
                Problem.of("import_same_name_as_row", row=earlier))
        return PreviewRow(row.row_number, REJECT, name, [same], row=row)
    if row_id:
        seen_ids[row_id] = row.row_number
    seen_names.setdefault(key, row.row_number)

    holders = [s for s in by_id.get(row_id, []) if not s.is_archived] if row_id else []
    if len(holders) > 1:  # possible in a caseload from before the one-ID rule (migration 0003)
        reason = Problem.of(
            "import_id_held_by_several", id=values["district_student_id"],
            names=", ".join(s.legal_name for s in holders))
        return PreviewRow(row.row_number, REJECT, name, [reason], row=row)
    existing = (holders or by_id.get(row_id, [None]))[-1] if row_id else None
    if existing is None:
        candidate = by_name.get(key)
        # A same-named student with a different ID on file is somebody else.
        if candidate is not None and not (row_id and candidate.district_student_id.strip()):
            existing = candidate
    notes = list(row.notes)
    if existing is None:
        student = Student(**{k: v for k, v in values.items()})
        preview = PreviewRow(row.row_number, ADD, name, notes, row=row)
        preview.plan = (student, _plan_guardian(row, None, links, members))
        return preview

    changed = {k: v for k, v in values.items() if _differs(k, getattr(existing, k), v)}
    merged = replace(existing, **changed)
    check = set(changed) & set(DATE_FIELDS)
    check |= {_PARTNERS[f] for f in check if f in _PARTNERS}  # a date of birth has none
    problems = date_problems(merged, [f for f in DATE_FIELDS if f in check], today)
    if problems:
        return PreviewRow(row.row_number, REJECT, name or existing.legal_name, problems,
                          existing.id, row=row)
    guardian = _plan_guardian(row, existing.id, links, members)
    details = [ImportField(f) for f in changed]
    if guardian and (guardian.new_member or guardian.changes or guardian.link_only
                     or guardian.relationship is not None):
        details.append(ImportField("guardian"))
    if existing.is_archived:
        notes.append(Problem.of("import_student_archived"))
    if not details:
        preview = PreviewRow(row.row_number, UNCHANGED, existing.legal_name, notes, existing.id,
                             row=row)
    else:
        preview = PreviewRow(row.row_number, UPDATE, existing.legal_name,
                             [Problem.of("import_changes", fields=ImportFields(details))] + notes,
                             existing.id, row=row)
    preview.plan = (changed, guardian)
    return preview


def _differs(name: str, on_file: Any, in_file: Any) -> bool:
    """Whether the file's value changes the one on file. Names differing only in capitals or
    spaces ("RAY" from a district system) do not: the teacher's spelling is kept."""
    if name in ("legal_first_name", "legal_last_name", "preferred_name"):
        return same_name_key(on_file) != same_name_key(in_file)
    return on_file != in_file


def _plan_guardian(row: ImportRow, student_id: int | None, links: dict,
                   members: dict[str, list[FamilyMember]]) -> _GuardianPlan | None:
    given = row.guardian
    if not given.get("name", "").strip():
        return None
    name_key = same_name_key(given["name"])
    relationship = given.get("relationship")
    wanted = {k: v for k, v in (("phones", given.get("phone")), ("email", given.get("email")),
                                ("preferred_language", given.get("language"))) if v}
    for member, current_relationship in links.get(student_id, []) if student_id else []:
        if same_name_key(member.name) == name_key:
            changes = {k: v for k, v in wanted.items() if getattr(member, k) != v}
            for column, value in changes.items():  # later rows (siblings) see the new details
                setattr(member, column, value)
            new_relationship = (relationship if relationship and relationship != current_relationship
                                else None)
            return _GuardianPlan(member.id, changes=changes, relationship=new_relationship)
    # A brother's or sister's parent already on file: link them rather than add a copy.
    for member in members.get(name_key, []):
        email, phones = wanted.get("email"), wanted.get("phones")
        same_email = email and member.email.casefold() == email.casefold()
        same_phone = phones and _digits(member.phones) == _digits(phones)
        if same_email or same_phone:
            return _GuardianPlan(member.id, link_only=True, relationship=relationship or "")
    new = FamilyMember(name=" ".join(given["name"].split()), phones=wanted.get("phones", ""),
                       email=wanted.get("email", ""),
                       preferred_language=wanted.get("preferred_language", "en"))
    return _GuardianPlan(new_member=new, relationship=relationship or "")


# -- writing ---------------------------------------------------------------------------------

@contextmanager
def _write_transaction(db) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT: the write lock is taken before the first read, so what
    is read inside (the students to match) cannot change before the rows are written. A
    second writer waits (the connection's busy timeout) instead of failing halfway."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def apply_import(store: CaseloadStore, preview: ImportPreview, *,
                 skip_rejected: bool = False) -> ImportResult:
    """Write every added and updated row in one transaction; nothing at all on failure.

    The rows are matched again inside the transaction, against the caseload as it is at
    that moment (another import may have added some of these students since the preview
    was made): what is written is what that matching says, so nobody is added twice.

    Raises ImportRefused (nothing written) when there are rejected rows and
    `skip_rejected` is False, or when rows became rejected since the preview;
    SaveFailed (the file unchanged) when writing fails. A preview with nothing to add
    or update writes nothing and returns zero counts.
    """
    if preview.rejected and not skip_rejected:
        raise ImportRefused(rejected_message(len(preview.rejected)) + " Correct them in the "
                            "file, or choose to skip the rejected rows.")
    rows = [prow.row for prow in preview.rows if prow.row is not None]
    today = preview.today or date.today()
    db = store.db
    # Parents shared by several rows of this file (siblings) are created once.
    created: dict[tuple[str, str, str], int] = {}
    now = datetime.now().isoformat(timespec="seconds")
    try:
        with _write_transaction(db):
            current = preview_import(store, rows, today=today,
                                     unmapped=preview.unmapped_columns)
            if current.rejected and not skip_rejected:
                raise ImportRefused(
                    "The caseload changed while the preview was open, and now "
                    + rejected_message(len(current.rejected)) + " Look at the preview again.")
            result = ImportResult(skipped=len(current.rejected),
                                  unchanged=current.count(UNCHANGED))
            for prow in current.writable:
                payload, guardian = prow.plan
                if prow.action == ADD:
                    student_id = mapper.insert(db, "students", {
                        c: mapper.to_column(Student, c, getattr(payload, c))
                        for c in _STUDENT_COLUMNS})
                    result.added += 1
                else:
                    student_id = saved(prow.student_id)
                    if payload:
                        sets = ", ".join(f"{c} = ?" for c in payload)
                        db.execute(f"UPDATE students SET {sets}, updated_at = ? WHERE id = ?",
                                   [mapper.to_column(Student, c, v) for c, v in payload.items()]
                                   + [now, student_id])
                        if set(payload) & set(STUDENT_NAME_FIELDS):
                            _carry_student_name(store, student_id)
                    result.updated += 1
                if guardian is not None:
                    result.guardians_added += _write_guardian(db, student_id, guardian, created, now)
    except database_errors() as error:
        raise SaveFailed(_save_failed_text(error)) from error
    return result


def _carry_student_name(store: CaseloadStore, student_id: int) -> None:
    """A corrected name reaches the student's own row in their meetings still planned, as a
    change in the window does (app.caseload_fields); held and cancelled ones keep theirs."""
    name = student_participant(store.get_student(student_id), None).name.strip()
    MeetingStore(store.db).rename_in_planned_meetings(name, student_id=student_id)


def _save_failed_text(error: Exception) -> str:
    text = str(error)
    if "district_student_id" in text:  # the file's one-ID rule (should be caught by matching)
        return ("Two active students would have the same student ID, which the caseload does "
                "not allow. Nothing was imported and your caseload is as it was.")
    if "full" in text:
        return ("The import could not be saved: the disk is full. Nothing was imported and "
                "your caseload is as it was. Make room on the disk and import the file again.")
    if "locked" in text or "busy" in text:
        return ("The caseload is busy: another copy of IEP Desk or another import is saving "
                "to it. Nothing was imported and your caseload is as it was. Try again in a "
                "moment.")
    return ("The import could not be saved. Nothing was imported and your caseload is as it "
            "was. Check that the disk is not full and the caseload folder can be written to.")


def _link(db, student_id: int, member_id: int, relationship: str) -> None:
    position = db.execute(
        "SELECT coalesce(max(position), -1) + 1 FROM student_family WHERE student_id = ?",
        [student_id]).fetchone()[0]
    db.execute("INSERT OR IGNORE INTO student_family "
               "(student_id, family_member_id, relationship, position) VALUES (?, ?, ?, ?)",
               [student_id, member_id, relationship, position])


def _write_guardian(db, student_id: int, plan: _GuardianPlan, created: dict, now: str) -> int:
    if plan.new_member is not None:
        member = plan.new_member
        key = (same_name_key(member.name), member.email.casefold(), _digits(member.phones))
        if (member.email or member.phones) and key in created:
            _link(db, student_id, created[key], plan.relationship or "")
            return 0
        member_id = mapper.insert(db, "family_members", {
            c: mapper.to_column(FamilyMember, c, getattr(member, c)) for c in _FAMILY_COLUMNS})
        created[key] = member_id
        _link(db, student_id, member_id, plan.relationship or "")
        return 1
    if plan.link_only:
        _link(db, student_id, saved(plan.member_id), plan.relationship or "")
        return 0
    if plan.changes:
        sets = ", ".join(f"{c} = ?" for c in plan.changes)
        db.execute(f"UPDATE family_members SET {sets}, updated_at = ? WHERE id = ?",
                   list(plan.changes.values()) + [now, plan.member_id])
    if plan.relationship is not None:
        db.execute("UPDATE student_family SET relationship = ? "
                   "WHERE student_id = ? AND family_member_id = ?",
                   [plan.relationship, student_id, plan.member_id])
    return 0


