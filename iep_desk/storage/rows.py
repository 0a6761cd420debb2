"""The one row mapper: core records in and out of the caseload file's columns.

Every store turns rows into core records and back through this module, so a date, a
time, a yes/no or a code is stored the same way in every table:

| core value                  | column                               |
| --------------------------- | ------------------------------------ |
| `date`                      | ISO text, 2026-03-14                 |
| `datetime`                  | ISO text to the second, no time zone |
| `time`                      | 15:30                                |
| `bool`                      | 0 or 1                               |
| a `StrEnum` code            | its value ("held", "phone"...)       |
| weekly availability windows | JSON, [{"day": 1, ...}]              |
| `None`                      | NULL where the field may be None, else "" (the text columns are NOT NULL DEFAULT '') |

The kind of each field is read from the record's type hints (once per class). Every
write also goes through `saving(db)`: one transaction, and a disk that refuses the write
becomes SaveFailed with the file unchanged.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import date, datetime, time
from enum import StrEnum
from functools import cache
from typing import Any, TypeVar

from sqlite_utils import Database

from iep_desk.core.availability import WeeklyWindow
from iep_desk.storage.errors import SaveFailed, database_errors

T = TypeVar("T")

# What a field holds, as far as its column is concerned.
DATE, DATETIME, TIME, BOOL, WINDOWS, CODE, OTHER = (
    "date", "datetime", "time", "bool", "availability", "code", "other")


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type inside `X | None`, and whether None is allowed."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return (args[0] if len(args) == 1 else hint), len(args) < len(typing.get_args(hint))
    return hint, False


def _kind_of(hint: Any) -> str:
    if hint is datetime:
        return DATETIME
    if hint is date:
        return DATE
    if hint is time:
        return TIME
    if hint is bool:
        return BOOL
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return CODE
    if typing.get_origin(hint) is list and typing.get_args(hint) == (WeeklyWindow,):
        return WINDOWS
    return OTHER


@cache
def _fields(cls: type) -> dict[str, tuple[str, bool, Any]]:
    """Field name → (kind, may be None, the type) for a record class, in field order."""
    hints = typing.get_type_hints(cls)
    found = {}
    for f in fields(cls):
        inner, optional = _unwrap(hints[f.name])
        found[f.name] = (_kind_of(inner), optional, inner)
    return found


def field_names(cls: type) -> tuple[str, ...]:
    """The record's fields, in order (the columns a store reads)."""
    return tuple(_fields(cls))


def kind(cls: type, name: str) -> str:
    """What field `name` of `cls` holds: DATE, DATETIME, TIME, BOOL, WINDOWS, CODE or OTHER."""
    try:
        return _fields(cls)[name][0]
    except KeyError:
        raise KeyError(f"{cls.__name__} has no field {name}") from None


def to_column(cls: type, name: str, value: Any) -> Any:
    """A core value as field `name` of `cls` stores it."""
    kind_, optional, _type = _fields(cls)[name]
    if value is None:
        if optional or kind_ in (DATE, DATETIME, TIME):
            return None
        return {BOOL: 0, WINDOWS: "[]"}.get(kind_, "")
    if kind_ == DATETIME:
        return value.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")
    if kind_ == DATE:
        return value.isoformat()
    if kind_ == TIME:
        return value.strftime("%H:%M")
    if kind_ == BOOL:
        return int(bool(value))
    if kind_ == WINDOWS:
        return json.dumps([window.to_json() for window in value])
    if kind_ == CODE:
        return str(value)
    return value


def day(text: str | None) -> date | None:
    """A date column's value as a date (None when empty)."""
    return date.fromisoformat(text) if text else None


def day_text(value: date | None) -> str | None:
    """A date as a date column holds it."""
    return value.isoformat() if value else None


def _code(enum: type[StrEnum]) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if value == "":
            return None
        try:
            return enum(value)
        except ValueError:
            return value  # a code this version does not know is kept as it is, never lost
    return read


def _windows(value: Any) -> list[WeeklyWindow]:
    return [WeeklyWindow.from_json(item) for item in json.loads(value or "[]")]


def _reader(kind_: str, type_: Any) -> Callable[[Any], Any] | None:
    """How to turn a column's value back into a core value (None: as it is)."""
    if kind_ == DATETIME:
        return lambda v: datetime.fromisoformat(v) if v else None
    if kind_ == DATE:
        return day
    if kind_ == TIME:
        return lambda v: time.fromisoformat(v) if v else None
    if kind_ == BOOL:
        return bool
    if kind_ == WINDOWS:
        return _windows
    if kind_ == CODE:
        return _code(type_)
    return None


def _plain(cls: type) -> type:
    """`cls` as a plain type: mypy does not see that a type[T] is hashable (a cache key)."""
    return cls


@cache
def _readers(cls: type) -> dict[str, Callable[[Any], Any] | None]:
    return {name: _reader(kind_, type_) for name, (kind_, _o, type_) in _fields(cls).items()}


def from_column(cls: type, name: str, value: Any) -> Any:
    """A column's value as the core value field `name` of `cls` holds."""
    read = _readers(cls)[name]
    if read is None:
        return value
    if value is None and read is not bool:
        return None if read is not _windows else []
    return read(value)


_RECORD_READERS: dict[tuple[type, tuple[str, ...] | None], Callable[[Sequence], Any]] = {}


def record_reader(cls: type[T], names: tuple[str, ...] | None = None) -> Callable[[Sequence], T]:
    """A function that makes a `cls` from a row holding the columns `names` (default: every
    field of `cls`, in order). Made once per class: reading 10,000 rows calls only the
    conversions their fields need."""
    key = (_plain(cls), names)
    if key not in _RECORD_READERS:
        _RECORD_READERS[key] = _make_record_reader(cls, names)
    return _RECORD_READERS[key]


def _make_record_reader(cls: type[T], names: tuple[str, ...] | None) -> Callable[[Sequence], T]:
    names = names or field_names(cls)
    readers = _readers(_plain(cls))
    steps = [(i, readers[name]) for i, name in enumerate(names) if readers[name] is not None]
    positional = names == field_names(cls)

    def read(row: Sequence) -> T:
        values = list(row)
        for i, step in steps:
            value = values[i]
            if value is None and step is not bool:
                values[i] = [] if step is _windows else None
            else:
                values[i] = step(value)  # type: ignore[misc]
        if positional:
            return cls(*values)
        return cls(**dict(zip(names, values)))

    return read


def record_from_mapping(cls: type[T], row: dict[str, Any]) -> T:
    """A `cls` from a mapping of column names to values (columns it has no field for are
    left out)."""
    readers = _readers(_plain(cls))
    return cls(**{name: from_column(cls, name, value) for name, value in row.items()
                  if name in readers})


def columns_of(obj: Any, *, keep_id: bool = False, leave_out: Iterable[str] = ()) -> dict[str, Any]:
    """A record's fields as columns ({name: stored value}); the id only with keep_id."""
    cls = type(obj)
    skipped = set(leave_out) | (set() if keep_id else {"id"})
    return {name: to_column(cls, name, getattr(obj, name))
            for name in field_names(cls) if name not in skipped}


def now_text() -> str:
    """The time now as an `updated_at` column holds it."""
    return datetime.now().isoformat(timespec="seconds")


# -- the table operations every store shares --------------------------------------------------

def insert(db: Database, table: str, values: dict[str, Any]) -> int:
    """INSERT one row; returns its id. Call inside saving()."""
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
        list(values.values()))
    return int(cursor.lastrowid or 0)


def insert_record(db: Database, table: str, obj: Any, *, keep_id: bool = False) -> int:
    """INSERT a record's fields as one row (under its own id with keep_id); returns the id."""
    return insert(db, table, columns_of(obj, keep_id=keep_id))


def update(db: Database, cls: type, table: str, row_id: int, values: dict[str, Any]) -> None:
    """UPDATE some fields of one row (core values), with its updated_at. Call inside saving()."""
    columns = {name: to_column(cls, name, value) for name, value in values.items()}
    columns["updated_at"] = now_text()
    db.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
               [*columns.values(), row_id])


def select(db: Database, cls: type[T], table: str, where: str = "", params: Iterable[Any] = (),
           order: str = "id") -> list[T]:
    """The rows of `table` that match, as `cls` records."""
    names = field_names(cls)
    read = record_reader(cls)
    cursor = db.execute(
        f"SELECT {', '.join(names)} FROM {table} {('WHERE ' + where) if where else ''} "
        f"ORDER BY {order}", list(params))
    return [read(row) for row in cursor.fetchall()]


def get(db: Database, cls: type[T], table: str, row_id: int) -> T:
    """One row by id; LookupError when there is none."""
    found = select(db, cls, table, "id = ?", [row_id])
    if not found:
        raise LookupError(f"No row {row_id} in {table}")
    return found[0]


@contextmanager
def saving(db: Database,
           refused: Callable[[Exception], Exception | None] | None = None, *,
           with_detail: bool = True) -> Iterator[None]:
    """One transaction (a savepoint when nested). A disk that refuses the write raises
    SaveFailed (with SQLite's words as its technical detail unless with_detail=False), and
    nothing of the transaction is kept; `refused` turns a constraint the file enforces into
    the store's own error (when it gives None, or there is no `refused`, the IntegrityError
    itself is raised)."""
    try:
        with db.atomic():
            yield
    except database_errors("OperationalError") as error:
        raise SaveFailed.for_error(error, with_detail=with_detail) from error
    except database_errors("IntegrityError") as error:
        problem = refused(error) if refused is not None else None
        if problem is None:
            raise
        raise problem from error
