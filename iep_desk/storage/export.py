"""Taking the caseload out of IEP Desk, and bringing a full export back in.

Full export (one JSON file, format documented in the README):
every table in the file (found from sqlite_master, so tables added by later
migrations are included without changing this module), each as its column
names and its rows, with the schema version, the migrations applied, the app
version and the export time. ``import_full_export`` puts such a file back into
an empty caseload, row for row, in one transaction, once every value has been
checked against the schema (storage.full_export_check).

Caseload CSV: the active students and their first parent/guardian, in the
columns core.csv_import understands, so that the file imports back unchanged.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import math
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from iep_desk import __version__
from iep_desk.core.csv_import import EXPORT_HEADERS, guard_formula
from iep_desk.core.models import saved
from iep_desk.core.problems import Problem, ProblemError
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed, database_errors
from iep_desk.storage.full_export_check import (
    ALWAYS_REPLACED,
    BOOKKEEPING,
    FORMAT_NAME,
    FORMAT_VERSION,
    ExportFormatError,
    check_full_export,
    check_header,
    insert_rows,
)
from iep_desk.storage.stores import Stores


class CaseloadNotEmpty(ValueError):
    """A full export is only imported into an empty caseload."""


class ExportRefused(ProblemError):
    """The caseload cannot be written as a full export (`.problem` says why); nothing was
    made."""


def exported_tables(db) -> list[str]:
    """Every table of the caseload except SQLite's own and sqlite-utils' bookkeeping."""
    return [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
        if name not in BOOKKEEPING]


def _applied_migrations(db) -> list[str]:
    try:
        return [row[0] for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [schema.MIGRATION_SET])]
    except database_errors("OperationalError"):
        return []


def _to_json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    return value


def full_export(store: CaseloadStore) -> dict:
    """The whole caseload as one JSON-ready dict (read in one transaction: a consistent copy)."""
    db = store.db
    tables: dict[str, dict] = {}
    with db.atomic():  # a read transaction: no edit can land halfway through the copy
        for name in exported_tables(db):
            cursor = db.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = [c[0] for c in cursor.description]
            tables[name] = {"columns": columns,
                            "rows": [[_to_json_value(v) for v in row] for row in cursor.fetchall()]}
        migrations = _applied_migrations(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "schema_version": version,
        "migrations": migrations,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }


def full_export_bytes(store: CaseloadStore) -> bytes:
    """The full export as UTF-8 JSON. Raises ExportRefused (nothing made) when the caseload
    holds a number JSON cannot hold (see _not_finite)."""
    export = full_export(store)
    try:
        text = json.dumps(export, ensure_ascii=False, indent=1, allow_nan=False)
    except ValueError:  # "Infinity" or "NaN" would be written: not JSON
        raise ExportRefused(_not_finite(store, export)) from None
    return text.encode("utf-8")


def _not_finite(store: CaseloadStore, export: dict) -> Problem:
    """Where the export holds a number that is not finite, in the teacher's words.

    Only goals (baseline, target) and their progress notes hold real numbers; a caseload
    from before the goals import refused "inf" and "1e309" may hold infinity there (SQLite
    keeps it; NaN it stores as nothing). The export is a copy of every row as it is, so it
    is refused rather than written with the value changed: the teacher enters the number
    again on the “IEP goals and services” tab. Anywhere else only a damaged file holds one."""
    for name, goal_column in (("goals", "id"), ("progress_notes", "goal_id")):
        table = export["tables"].get(name, {"columns": [], "rows": []})
        columns = table["columns"]
        for row in table["rows"]:
            if any(isinstance(value, float) and not math.isfinite(value) for value in row):
                goal_id = row[columns.index(goal_column)]
                found = store.db.execute("SELECT student_id, text FROM goals WHERE id = ?",
                                         [goal_id]).fetchone()
                if found is not None:
                    student = store.get_student(found[0])
                    return Problem.of("export_goal_not_finite", goal=found[1],
                                      student=student.display_name or student.legal_name)
    return Problem("export_number_not_finite")


def read_full_export(data: bytes) -> dict:
    """The export as a dict, its own fields checked (check_full_export checks every value);
    ExportFormatError when it is not a full export this version can read."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportFormatError("This file is not an IEP Desk full export (it is not "
                                "readable JSON).") from error
    except RecursionError as error:
        raise ExportFormatError("This file is not an IEP Desk full export.") from error
    check_header(export)
    return export


def _fresh_row_counts() -> dict[str, int]:
    """Rows per table in a brand-new caseload (what the migrations seed)."""
    fresh = Database(memory=True, execute_plugins=False)
    schema.migrations.apply(fresh)
    counts = {name: fresh.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for name in exported_tables(fresh)}
    fresh.close()
    return counts


def _replaced_tables(fresh: dict[str, int]) -> set[str]:
    return ALWAYS_REPLACED | {name for name, count in fresh.items() if count}


def caseload_is_empty(store: CaseloadStore) -> bool:
    """True when the caseload holds nothing a teacher added: only what a new file starts with."""
    fresh = _fresh_row_counts()
    for name in exported_tables(store.db):
        if name in ALWAYS_REPLACED:
            continue
        count = store.db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if count != fresh.get(name, 0):
            return False
    return True


def import_full_export(store: CaseloadStore, export: dict) -> dict[str, int]:
    """Put a full export into this (empty) caseload, every row exactly; rows per table.

    Every value is checked against the schema first (storage.full_export_check), and text
    is cleaned of control characters; nothing is written unless every row fits.
    Raises CaseloadNotEmpty (nothing changed) when students or other records are
    already on file, ExportFormatError (naming each bad value by table, row and column;
    nothing changed) when the export does not fit this version's schema, SaveFailed when
    writing fails (nothing changed).
    """
    if not caseload_is_empty(store):
        raise CaseloadNotEmpty(
            "A full export can only be imported into an empty caseload, and this one already "
            "holds records. Nothing was changed. Start IEP Desk with a new data folder "
            "(--data-dir) and import it there.")
    prepared = check_full_export(export)
    db = store.db
    try:
        with db.atomic():
            insert_rows(db, prepared, _replaced_tables(_fresh_row_counts()))
    except database_errors("IntegrityError") as error:  # checked above; only a changed file gets here
        raise ExportFormatError("This full export is damaged: its rows do not fit together. "
                                "Nothing was changed.") from error
    except database_errors() as error:
        raise SaveFailed("The export could not be imported: the caseload file could not be "
                         "written (is the disk full?). Nothing was changed.") from error
    return {name: len(rows) for name, (_columns, rows) in prepared.items()}


# -- the caseload as CSV ------------------------------------------------------------------------

def caseload_csv_bytes(store: CaseloadStore) -> bytes:
    """The active students and their first parent/guardian, as UTF-8 CSV with a byte-order mark
    (so that Excel shows accented names right). Dates are YYYY-MM-DD: never ambiguous.
    A cell that a spreadsheet would run as a formula (beginning with =, +, -, @, tab or
    carriage return) is written with a single quote in front, as OWASP advises."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS.values())
    for student in store.list_students():
        family = store.family_of(saved(student.id))
        first = family[0] if family else None
        values = []
        for field_name in EXPORT_HEADERS:
            if field_name.startswith("guardian_"):
                values.append(_guardian_value(first, field_name))
            else:
                value = getattr(student, field_name)
                values.append(value.isoformat() if hasattr(value, "isoformat") else value or "")
        # A value like "=HYPERLINK(…)" from a district file must not run in Excel; the
        # import (core.csv_import.read_csv) takes the guarding quote off again.
        writer.writerow([guard_formula(str(value)) for value in values])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _guardian_value(link, field_name: str) -> str:
    if link is None:
        return ""
    member = link.member
    return {
        "guardian_name": member.name,
        "guardian_relationship": link.relationship,
        "guardian_phone": member.phones,
        "guardian_email": member.email,
        "guardian_language": member.preferred_language,
    }[field_name]




# -- meetings to a calendar ------------------------------------------------------------------------

def meetings_ics_bytes(store: CaseloadStore, *, include_names: bool = False) -> bytes:
    """Every dated meeting (cancelled ones marked so, for calendars to remove) as one .ics file.

    The events come from the meeting planner's calendar module: the title names each
    student by first name and last initial only, and nothing else names anyone unless
    `include_names` (calendars are often shared).
    """
    # Imported here: the calendar library takes about 50 ms to import, and the window's File
    # menu (made at start-up) reaches this module; only this export needs it.
    from iep_desk.core.calendar_ics import meetings_to_ics

    stores = Stores(store.db)
    students = {}
    entries = []
    emails: dict[int, str] = {}
    for meeting in stores.meetings.list_meetings():
        if meeting.starts_at is None:
            continue
        if meeting.student_id not in students:
            students[meeting.student_id] = store.get_student(meeting.student_id)
        entries.append((meeting, stores.meetings.participants_of(saved(meeting.id)),
                        students[meeting.student_id]))
        if include_names:
            emails.update(stores.meetings.participant_emails(saved(meeting.id)))
    return meetings_to_ics(entries, None, emails=emails, include_names=include_names)
