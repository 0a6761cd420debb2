"""Checking a full export (JSON) against the schema before a single row of it is written.

A full export comes back from anywhere: a file edited by hand, a tool that wrote numbers
as text, a copy cut short. What the caseload would crash on later (a date that is not a
date, a number too large for Python's dates, a code the planner does not know, a link to
a student who is not in the file) is found here, every problem named by table, row and
column, and nothing is imported.

``check_header`` checks the file's own fields (format, versions, tables). ``check_full_export``
checks every value against the columns of this version's schema, then puts the rows into a
new caseload in memory, the way the import will, so that every rule of the schema (required
values, codes, links between rows, values that must be unique) is checked by SQLite itself;
what SQLite refuses is turned back into the row and column it concerns. What it returns is
the rows ready to write: binary values decoded, text cleaned (core.clean_text).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from iep_desk.core.agenda import AgendaTemplate
from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.clean_text import clean_text, terminal_safe
from iep_desk.core.planner_settings import MAX_DURATION_MINUTES
from iep_desk.storage import migrations as schema
from iep_desk.storage import rows as record_rows
from iep_desk.storage.caseload import TABLES as CASELOAD_TABLES
from iep_desk.storage.database import database_on
from iep_desk.storage.errors import database_errors
from iep_desk.storage.goals import DATE_COLUMNS
from iep_desk.storage.goals import TABLES as GOAL_TABLES
from iep_desk.storage.stores import MEETING_TABLES

FORMAT_NAME = "iep-desk-full-export"
FORMAT_VERSION = 1
# Tables whose rows a new caseload already holds (what the migrations seed, and the settings
# the app writes when it starts): the export's rows replace them.
ALWAYS_REPLACED = {"settings"}
# sqlite-utils' record of applied migrations: never in an export.
BOOKKEEPING = {"_sqlite_migrations"}
_MOST_PROBLEMS_SHOWN = 12
_INT64 = (-(2 ** 63), 2 ** 63 - 1)

# The objects that hold the one-ID rule for students (migration 0003), whichever form it took.
DISTRICT_ID_GUARDS = (
    ("INDEX", "students_one_active_district_id"),
    ("INDEX", "students_active_district_id"),
    ("TRIGGER", "students_one_active_district_id_insert"),
    ("TRIGGER", "students_one_active_district_id_update"),
)


class ExportFormatError(ValueError):
    """The file is not a full export this version can read; the message is for the teacher.

    `problems` holds each bad value found (empty when the file as a whole is wrong).
    """

    def __init__(self, message: str, problems: list[BadValue] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


@dataclass(frozen=True)
class BadValue:
    """One value (or row, or table) of an export that this version cannot store."""

    table: str
    row: int | None  # 1 for the table's first row; None for the table as a whole
    column: str | None
    problem: str  # what is wrong, completing "the value …" ("is not a date written YYYY-MM-DD")
    row_id: Any = None

    def describe(self) -> str:
        where = f"Table “{self.table}”"
        if self.row is not None:
            where += f", row {self.row}"
            if self.row_id is not None and not isinstance(self.row_id, (dict, list)):
                where += f" (id {terminal_safe(str(self.row_id))[:20]})"
        if self.column is not None:
            where += f", column “{self.column}”"
        return f"{where}: {self.problem}"


def _shown(value: Any) -> str:
    """A value as a message quotes it: short, and harmless in a terminal."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = terminal_safe(value).replace("\n", " ")
        return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”"
    text = terminal_safe(json.dumps(value, ensure_ascii=False))
    return text[:40] + "…" if len(text) > 40 else text


# -- the file's own fields ----------------------------------------------------------------------

def _whole_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_header(export: Any) -> None:
    """Raise ExportFormatError unless `export` is a full export this version can read (its
    format, format_version, schema_version, migrations and the shape of its tables)."""
    if not isinstance(export, dict) or export.get("format") != FORMAT_NAME:
        raise ExportFormatError("This file is not an IEP Desk full export.")
    for key in ("format_version", "schema_version", "tables"):
        if key not in export:
            raise ExportFormatError(f"This full export is not complete: it has no “{key}”. "
                                    "Nothing was imported.")
    version = export["format_version"]
    if not _whole_number(version) or version != FORMAT_VERSION:
        raise ExportFormatError(
            f"This full export uses format {_shown(version)}, which this version of IEP Desk "
            "does not read. Please update IEP Desk.")
    schema_version = export["schema_version"]
    migrations = export.get("migrations", [])
    if not isinstance(migrations, list) or not all(isinstance(m, str) for m in migrations):
        raise ExportFormatError("This full export is damaged: its “migrations” is not a list "
                                "of names. Nothing was imported.")
    known = schema.known_names()
    newer = (_whole_number(schema_version) and schema_version > schema.SCHEMA_VERSION) or \
        any(m not in known for m in migrations)
    if newer:
        raise ExportFormatError(
            f"This export was made by a newer version of IEP Desk (app "
            f"{_shown(export.get('app_version'))}, data version {_shown(schema_version)}). "
            "Please update IEP Desk to import it.")
    if not _whole_number(schema_version) or schema_version < 1:
        raise ExportFormatError(
            f"This full export is damaged: its “schema_version” is {_shown(schema_version)}, "
            "not a whole number from 1 up. Nothing was imported.")
    tables = export["tables"]
    if not isinstance(tables, dict) or not all(
            isinstance(t, dict) and isinstance(t.get("columns"), list)
            and isinstance(t.get("rows"), list) for t in tables.values()):
        raise ExportFormatError("This full export is damaged: its tables are not complete. "
                                "Nothing was imported.")


# -- what each column holds ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Column:
    name: str
    declared: str  # INTEGER, TEXT, REAL, BLOB or "" (SQLite's declared type)
    required: bool  # NOT NULL
    has_default: bool
    is_row_id: bool  # INTEGER PRIMARY KEY: SQLite numbers the row when it is empty
    kind: str | None  # date, datetime, time, bool, availability, json, agenda_items


def _kinds() -> dict[tuple[str, str], str]:
    """What the text and integer columns mean, from the core classes each table holds."""
    kinds: dict[tuple[str, str], str] = dict.fromkeys(DATE_COLUMNS, "date")
    for table, cls in {**CASELOAD_TABLES, **MEETING_TABLES, **GOAL_TABLES}.items():
        for name in record_rows.field_names(cls):
            kind = record_rows.kind(cls, name)
            if kind in (record_rows.DATE, record_rows.DATETIME, record_rows.TIME, record_rows.BOOL,
                        record_rows.WINDOWS):
                kinds[(table, name)] = kind
    kinds[("students", "archived_at")] = "datetime"
    kinds[("settings", "value")] = "json"
    kinds[("agenda_templates", "items")] = "agenda_items"
    return kinds


def _ranges() -> dict[tuple[str, str], tuple[int, int]]:
    return {
        ("meetings", "duration_minutes"): (1, MAX_DURATION_MINUTES),
        ("agenda_items", "minutes"): (0, MAX_DURATION_MINUTES),
        ("meetings", "calendar_sequence"): (0, 2 ** 31 - 1),
    }


def _new_caseload(version: int = schema.SCHEMA_VERSION):
    """An empty caseload in memory at schema `version`."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    db = database_on(conn)
    names = schema.known_names()
    schema.migrations.apply(db, stop_before=names[version:])
    return db


def _table_names(db) -> list[str]:
    return [name for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")
        if name not in BOOKKEEPING]


# Every table's own time stamps (read back by the planner: "planned on").
_STAMPS = {"created_at": "datetime", "updated_at": "datetime"}


@lru_cache(maxsize=1)
def _schema_columns() -> dict[str, dict[str, _Column]]:
    """Every table of this version's schema and its columns."""
    kinds = _kinds()
    db = _new_caseload()
    try:
        tables = {}
        for table in _table_names(db):
            info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
            single_key = sum(1 for row in info if row[5]) == 1
            tables[table] = {
                name: _Column(name, declared.upper(), bool(notnull), default is not None,
                              bool(pk) and single_key and declared.upper() == "INTEGER",
                              kinds.get((table, name), _STAMPS.get(name)))
                for _cid, name, declared, notnull, default, pk in info}
        return tables
    finally:
        db.close()


@lru_cache(maxsize=8)
def _tables_at(version: int) -> frozenset[str]:
    """The tables a caseload at schema `version` holds: an export of it must hold them all."""
    db = _new_caseload(version)
    try:
        return frozenset(_table_names(db))
    finally:
        db.close()


# -- one value ------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?")
_ISO_TIME = re.compile(r"\d{2}:\d{2}(:\d{2})?")


def _text_problem(kind: str | None, text: str) -> str | None:
    """Why `text` cannot be stored in a column of this kind; None when it can."""
    try:
        if kind == "date":
            if not _ISO_DATE.fullmatch(text):
                return f"{_shown(text)} is not a date written YYYY-MM-DD"
            date.fromisoformat(text)
        elif kind == "datetime":
            if not _ISO_DATETIME.fullmatch(text):
                return f"{_shown(text)} is not a date and time written YYYY-MM-DDTHH:MM:SS"
            datetime.fromisoformat(text)
        elif kind == "time":
            if not _ISO_TIME.fullmatch(text):
                return f"{_shown(text)} is not a time written HH:MM"
            time.fromisoformat(text)
        elif kind == "availability":
            windows = [WeeklyWindow.from_json(item) for item in json.loads(text)]
            if any(not 0 <= w.weekday <= 6 or w.end <= w.start for w in windows):
                return f"{_shown(text)} holds a time of the week that does not exist"
        elif kind == "agenda_items":
            AgendaTemplate.from_items_json("", text)
        elif kind == "json":
            json.loads(text)
    except (ValueError, TypeError, KeyError, AttributeError):
        if kind in ("date", "datetime", "time"):
            return f"{_shown(text)} is not a day or time that exists"
        return f"{_shown(text)} is not written the way IEP Desk writes this (JSON)"
    return None


def _prepare_value(table: str, column: _Column, value: Any) -> tuple[Any, str | None]:
    """The value as it will be stored, and why it cannot be (None when it can)."""
    if isinstance(value, dict) and set(value) == {"$base64"}:
        try:
            value = base64.b64decode(str(value["$base64"]), validate=True)
        except (binascii.Error, ValueError):
            return None, "is not readable binary data (bad base64)"
        if column.declared not in ("BLOB", ""):
            return None, "is binary data where " + (
                "text belongs" if column.declared == "TEXT" else "a number belongs")
        return value, None
    if value is None:
        if column.required and not column.is_row_id:
            return None, "is empty, but IEP Desk needs a value here"
        return None, None
    if isinstance(value, (dict, list)):
        return None, f"{_shown(value)} is a list or a group of values where " + (
            "text belongs" if column.declared == "TEXT" else "one value belongs")
    if column.declared == "INTEGER":
        if isinstance(value, bool):
            return None, f"is {_shown(value)} where a whole number (0 or 1) belongs"
        if isinstance(value, str):
            return None, f"{_shown(value)} is text where a whole number belongs"
        if isinstance(value, float):
            return None, f"{_shown(value)} is not a whole number"
        low, high = (0, 1) if column.kind == "bool" else _ranges().get((table, column.name), _INT64)
        if not low <= value <= high:
            return None, f"{_shown(value)} is outside the range IEP Desk allows here ({low} to {high})"
        return value, None
    if column.declared == "REAL":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return None, f"{_shown(value)} is not a number"
        return value, None
    if column.declared == "TEXT":
        if not isinstance(value, str):
            return None, f"{_shown(value)} is a number or true/false where text belongs"
        if value == "" and column.kind in ("date", "datetime", "time") and not column.required:
            return value, None
        if column.kind in ("json", "availability", "agenda_items"):
            return value, _text_problem(column.kind, value)
        problem = _text_problem(column.kind, value)
        return (value, problem) if problem else (clean_text(value, multiline=True), None)
    return value, None  # a column with no declared type (none in today's schema) takes any value


# -- the whole export -----------------------------------------------------------------------------

Prepared = dict[str, tuple[list[str], list[list[Any]]]]


def _problems_message(problems: list[BadValue]) -> str:
    lines = [problem.describe() for problem in problems[:_MOST_PROBLEMS_SHOWN]]
    if len(problems) > _MOST_PROBLEMS_SHOWN:
        lines.append(f"…and {len(problems) - _MOST_PROBLEMS_SHOWN} more.")
    return ("This full export cannot be imported: some of its values are not what IEP Desk "
            "keeps there. Nothing was imported.\n" + "\n".join(f"- {line}" for line in lines))


def _row_id(columns: list[str], row: list[Any]) -> Any:
    return row[columns.index("id")] if "id" in columns and len(row) == len(columns) else None


def _prepare_table(name: str, table: dict, ours: dict[str, _Column],
                   problems: list[BadValue]) -> tuple[list[str], list[list[Any]]]:
    columns = table["columns"]
    if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
        problems.append(BadValue(name, None, None, "its column names are not a list of "
                                 "different names"))
        return [], []
    for column in columns:
        if column not in ours:
            problems.append(BadValue(name, None, column, "this version of IEP Desk has no such "
                                     "column"))
    for column in ours.values():
        if column.required and not column.has_default and not column.is_row_id \
                and column.name not in columns:
            problems.append(BadValue(name, None, column.name,
                                     "the column is missing, and IEP Desk needs it"))
    rows = []
    for number, row in enumerate(table["rows"], start=1):
        if not isinstance(row, list) or len(row) != len(columns):
            count = len(row) if isinstance(row, list) else 0
            problems.append(BadValue(name, number, None, f"it has {count} values for "
                                     f"{len(columns)} columns"))
            continue
        prepared = []
        for column_name, value in zip(columns, row):
            column = ours.get(column_name)
            if column is None:
                prepared.append(value)
                continue
            stored, problem = _prepare_value(name, column, value)
            if problem:
                problems.append(BadValue(name, number, column_name, problem,
                                         _row_id(columns, row)))
            prepared.append(stored)
        rows.append(prepared)
    return columns, rows


def check_full_export(export: Any) -> Prepared:
    """The export's rows, ready to write, once every value is found fit for this schema.

    Raises ExportFormatError naming each problem (table, row, column) when one is not;
    then nothing may be imported.
    """
    check_header(export)
    ours = _schema_columns()
    problems: list[BadValue] = []
    prepared: Prepared = {}
    for name, table in export["tables"].items():
        if name not in ours:
            problems.append(BadValue(str(name), None, None, "this version of IEP Desk has no "
                                     "such table"))
            continue
        prepared[name] = _prepare_table(name, table, ours[name], problems)
    for name in sorted(_tables_at(export["schema_version"]) - set(export["tables"])):
        problems.append(BadValue(name, None, None, "the table is missing from the file"))
    if not problems:
        problems = _try_in_memory(prepared)
    if problems:
        raise ExportFormatError(_problems_message(problems), problems)
    return prepared


# -- rules SQLite checks: tried on a caseload in memory ------------------------------------------

def shared_active_district_ids(prepared: Prepared) -> bool:
    """Whether two active students of the export share a district student ID (possible in a
    caseload from before migration 0003)."""
    columns, rows = prepared.get("students", ([], []))
    if "district_student_id" not in columns:
        return False
    id_at = columns.index("district_student_id")
    archived_at = columns.index("archived_at") if "archived_at" in columns else None
    seen: set[Any] = set()
    for row in rows:
        if row[id_at] and (archived_at is None or row[archived_at] is None):
            if row[id_at] in seen:
                return True
            seen.add(row[id_at])
    return False


def drop_district_id_guard(db) -> None:
    for kind, name in DISTRICT_ID_GUARDS:
        db.execute(f"DROP {kind} IF EXISTS {name}")


def insert_rows(db, prepared: Prepared, replaced: set[str], *,
                on_refused=None) -> dict[str, dict[int, int]]:
    """Insert the prepared rows into `db` (inside the caller's transaction), after removing
    the rows of the `replaced` tables; the rowid each row got, per table (rowid -> row number).

    With `on_refused(table, row_number, columns, row, error)`, rows are inserted one by one
    and a row SQLite refuses is reported there (and left out) instead of raising.
    """
    db.execute("PRAGMA defer_foreign_keys = ON")  # links are checked once, at the end
    shared = shared_active_district_ids(prepared)
    if shared:  # the export's pair comes back as it was, with the rule as migration 0003 puts it
        drop_district_id_guard(db)
    for name in replaced & set(prepared):
        db.execute(f'DELETE FROM "{name}"')
    rowids: dict[str, dict[int, int]] = {}
    for name, (columns, rows) in prepared.items():
        quoted = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
        sql = f'INSERT INTO "{name}" ({quoted}) VALUES ({", ".join("?" for _ in columns)})'
        if on_refused is None:
            db.conn.executemany(sql, rows)
            continue
        numbers = rowids.setdefault(name, {})
        for number, row in enumerate(rows, start=1):
            try:
                numbers[db.execute(sql, row).lastrowid] = number
            except database_errors("IntegrityError") as error:
                on_refused(name, number, columns, row, error)
    if shared:
        schema.one_active_student_per_district_id(db)
    return rowids


def _refusal(table: str, number: int, columns: list[str], row: list[Any],
             error: sqlite3.IntegrityError) -> BadValue:
    """What SQLite refused, as a problem with the row and the column it concerns."""
    text = str(error)
    row_id = _row_id(columns, row)
    named = re.search(r"constraint failed: (.*)$", text)
    detail = named.group(1) if named else ""
    if "NOT NULL" in text or "UNIQUE" in text:
        column = detail.split(",")[0].split(".")[-1].strip() or None
        value = row[columns.index(column)] if column in columns else None
        what = ("is empty, but IEP Desk needs a value here" if "NOT NULL" in text else
                f"{_shown(value)} is the same as in another row; each row needs its own")
        return BadValue(table, number, column, what, row_id)
    if "CHECK" in text:
        column = next((c for c in re.findall(r"[A-Za-z_]+", detail) if c in columns), None)
        value = row[columns.index(column)] if column else None
        allowed = re.findall(r"'([^']*)'", detail) if " IN (" in detail else []
        if allowed:
            what = f"{_shown(value)} is not one of: {', '.join(allowed)}"
        elif "trim(" in detail:
            what = "is blank, but IEP Desk needs a value here"
        else:
            what = f"{_shown(value)} is not allowed here"
        return BadValue(table, number, column, what, row_id)
    return BadValue(table, number, None, "this row does not fit with the others", row_id)


def _try_in_memory(prepared: Prepared) -> list[BadValue]:
    """Put the rows into a new caseload in memory as the import will; what SQLite refuses."""
    problems: list[BadValue] = []
    db = _new_caseload()
    try:
        replaced = ALWAYS_REPLACED | {name for name in _table_names(db) if db.execute(
            f'SELECT count(*) FROM "{name}"').fetchone()[0]}
        db.execute("BEGIN")
        rowids = insert_rows(db, prepared, replaced, on_refused=lambda *args: problems.append(
            _refusal(*args)))
        for table, rowid, parent, key in db.execute("PRAGMA foreign_key_check").fetchall():
            columns, rows = prepared[table]
            number = rowids.get(table, {}).get(rowid)
            link = next((r for r in db.execute(f'PRAGMA foreign_key_list("{table}")')
                         if r[0] == key), None)
            column = link[3] if link else None
            value = rows[number - 1][columns.index(column)] \
                if number and column in columns else None
            problems.append(BadValue(
                table, number, column,
                f"{_shown(value)} refers to a row of “{parent}” that is not in the file",
                _row_id(columns, rows[number - 1]) if number else None))
        db.execute("ROLLBACK")
    finally:
        db.close()
    return problems
