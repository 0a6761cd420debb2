"""Taking the caseload out of IEP Desk, and bringing a full export back in.

Full export (one JSON file, format documented in the README):
every table in the file (found from sqlite_master, so tables added by later
migrations are included without changing this module), each as its column
names and its rows, with the schema version, the migrations applied, the app
version and the export time. ``import_full_export`` puts such a file back into
an empty caseload, row for row, in one transaction.

Caseload CSV: the active students and their first parent/guardian, in the
columns core.csv_import understands, so that the file imports back unchanged.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from iep_desk import __version__
from iep_desk.core.csv_import import EXPORT_HEADERS
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import SaveFailed

FORMAT_NAME = "iep-desk-full-export"
FORMAT_VERSION = 1
# sqlite-utils' record of applied migrations: the export carries the names in
# "migrations"; the receiving file records its own when it is created.
_BOOKKEEPING = {"_sqlite_migrations"}
# An "empty" caseload may already hold settings (written when the app starts) and
# the rows a migration seeds (a starter library): the export's rows replace those.
_ALWAYS_REPLACED = {"settings"}


class ExportFormatError(ValueError):
    """The file is not a full export this version can read; the message is for the teacher."""


class CaseloadNotEmpty(ValueError):
    """A full export is only imported into an empty caseload."""


def exported_tables(db) -> list[str]:
    """Every table of the caseload except SQLite's own and sqlite-utils' bookkeeping."""
    return [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
        if name not in _BOOKKEEPING]


def _applied_migrations(db) -> list[str]:
    try:
        return [row[0] for row in db.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [schema.MIGRATION_SET])]
    except sqlite3.OperationalError:
        return []


def _to_json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$base64": base64.b64encode(value).decode("ascii")}
    return value


def _from_json_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"$base64"}:
        return base64.b64decode(value["$base64"])
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
    return json.dumps(full_export(store), ensure_ascii=False, indent=1).encode("utf-8")


def read_full_export(data: bytes) -> dict:
    """The export as a dict, checked for shape; ExportFormatError when it is not one."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportFormatError(f"This file is not an IEP Desk full export (it is not "
                                f"readable JSON: {error}).") from error
    if not isinstance(export, dict) or export.get("format") != FORMAT_NAME:
        raise ExportFormatError("This file is not an IEP Desk full export.")
    if export.get("format_version") != FORMAT_VERSION:
        raise ExportFormatError(
            f"This full export uses format {export.get('format_version')}, which this version "
            "of IEP Desk does not read. Please update IEP Desk.")
    known = schema.known_names()
    unknown = [m for m in export.get("migrations", []) if m not in known]
    if unknown or int(export.get("schema_version") or 0) > schema.SCHEMA_VERSION:
        raise ExportFormatError(
            f"This export was made by a newer version of IEP Desk (app {export.get('app_version')}"
            f", data version {export.get('schema_version')}). Please update IEP Desk to import it.")
    tables = export.get("tables")
    if not isinstance(tables, dict) or not all(
            isinstance(t, dict) and isinstance(t.get("columns"), list)
            and isinstance(t.get("rows"), list) for t in tables.values()):
        raise ExportFormatError("This full export is damaged: its tables are not complete.")
    return export


def _fresh_row_counts() -> dict[str, int]:
    """Rows per table in a brand-new caseload (what the migrations seed)."""
    from sqlite_utils import Database

    fresh = Database(memory=True, execute_plugins=False)
    schema.migrations.apply(fresh)
    counts = {name: fresh.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for name in exported_tables(fresh)}
    fresh.close()
    return counts


def _replaced_tables(fresh: dict[str, int]) -> set[str]:
    return _ALWAYS_REPLACED | {name for name, count in fresh.items() if count}


def caseload_is_empty(store: CaseloadStore) -> bool:
    """True when the caseload holds nothing a teacher added: only what a new file starts with."""
    fresh = _fresh_row_counts()
    for name in exported_tables(store.db):
        if name in _ALWAYS_REPLACED:
            continue
        count = store.db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if count != fresh.get(name, 0):
            return False
    return True


def import_full_export(store: CaseloadStore, export: dict) -> dict[str, int]:
    """Put a full export into this (empty) caseload, every row exactly; rows per table.

    Raises CaseloadNotEmpty (nothing changed) when students or other records are
    already on file, ExportFormatError when a table or column is unknown to this
    version, SaveFailed when writing fails (nothing changed).
    """
    if not caseload_is_empty(store):
        raise CaseloadNotEmpty(
            "A full export can only be imported into an empty caseload, and this one already "
            "holds records. Nothing was changed. Start IEP Desk with a new data folder "
            "(--data-dir) and import it there.")
    db = store.db
    ours = set(exported_tables(db))
    for name, table in export["tables"].items():
        if name not in ours:
            raise ExportFormatError(f"This export holds a table ({name}) this version of IEP Desk "
                                    "does not know. Nothing was changed.")
        columns = {row[1] for row in db.execute(f'PRAGMA table_info("{name}")')}
        missing = [c for c in table["columns"] if c not in columns]
        if missing:
            raise ExportFormatError(f"This export's table {name} has columns this version does "
                                    f"not know ({', '.join(missing)}). Nothing was changed.")
    counts: dict[str, int] = {}
    try:
        with db.atomic():
            # Rows reference each other (links, participants): check the references once, at
            # the end, instead of inserting in an order each future table would have to fit.
            db.execute("PRAGMA defer_foreign_keys = ON")
            for name in _replaced_tables(_fresh_row_counts()) & set(export["tables"]):
                db.execute(f'DELETE FROM "{name}"')
            for name, table in export["tables"].items():
                columns = ", ".join(f'"{c}"' for c in table["columns"])
                marks = ", ".join("?" for _ in table["columns"])
                db.conn.executemany(
                    f'INSERT INTO "{name}" ({columns}) VALUES ({marks})',
                    [[_from_json_value(v) for v in row] for row in table["rows"]])
                counts[name] = len(table["rows"])
    except sqlite3.IntegrityError as error:
        raise ExportFormatError(f"This full export is damaged: its rows do not fit together "
                                f"({error}). Nothing was changed.") from error
    except sqlite3.Error as error:
        raise SaveFailed(f"The export could not be imported ({error}). Nothing was changed.") \
            from error
    return counts


# -- the caseload as CSV ------------------------------------------------------------------------

def caseload_csv_bytes(store: CaseloadStore) -> bytes:
    """The active students and their first parent/guardian, as UTF-8 CSV with a byte-order mark
    (so that Excel shows accented names right). Dates are YYYY-MM-DD: never ambiguous."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS.values())
    for student in store.list_students():
        family = store.family_of(student.id)
        first = family[0] if family else None
        values = []
        for field_name in EXPORT_HEADERS:
            if field_name.startswith("guardian_"):
                values.append(_guardian_value(first, field_name))
            else:
                value = getattr(student, field_name)
                values.append(value.isoformat() if hasattr(value, "isoformat") else value or "")
        writer.writerow(values)
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

def meetings_ics_bytes(store: CaseloadStore) -> bytes:
    """Every dated meeting (cancelled ones marked so, for calendars to remove) as one .ics file.

    The events come from the meeting planner's calendar module, which names each
    student by first name and last initial only: calendars are often shared.
    """
    from iep_desk.core.calendar_ics import meetings_to_ics
    from iep_desk.storage.meetings import MeetingStore

    meetings = MeetingStore(store.db)
    students = {}
    entries = []
    emails: dict[int, str] = {}
    for meeting in meetings.list_meetings():
        if meeting.starts_at is None:
            continue
        if meeting.student_id not in students:
            students[meeting.student_id] = store.get_student(meeting.student_id)
        entries.append((meeting, meetings.participants_of(meeting.id),
                        students[meeting.student_id]))
        emails.update(meetings.participant_emails(meeting.id))
    return meetings_to_ics(entries, None, emails=emails)
