"""One table of records around meetings: what the meeting stores share.

A `Table` knows which core record its rows hold, which fields the teacher may change one at
a time, which coded fields must hold a known code and which text fields may never be empty.
Every write is one transaction (rows.saving); a refused value raises MeetingInputError and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.storage import rows

R = TypeVar("R")


def refused(error: Exception) -> MeetingInputError:
    """A value the file's rules refuse (an IntegrityError of sqlite3 or sqlcipher3)."""
    return MeetingInputError("value_not_allowed", detail=str(error))


@contextmanager
def saving(db: Database) -> Iterator[None]:
    """One transaction; a disk problem becomes SaveFailed, a value the file's rules refuse
    MeetingInputError."""
    with rows.saving(db, refused):
        yield


@dataclass(frozen=True)
class Table(Generic[R]):
    name: str
    record: type[R]
    # Fields a teacher may change one at a time (None: every field but the ids).
    editable: frozenset[str] | None = None
    # Coded fields and the codes each may hold (also enforced by CHECKs in the schema;
    # None among them when the field may be left empty).
    codes: dict[str, Iterable[Any]] = field(default_factory=dict)
    # Text fields that may never be empty, with the problem's code when they are.
    required: dict[str, str] = field(default_factory=dict)

    def check_value(self, name: str, value: Any) -> None:
        codes = self.codes.get(name)
        if codes is not None and value not in codes:
            raise MeetingInputError("not_a_choice", value=value)
        code = self.required.get(name)
        if code and not str(value or "").strip():
            raise MeetingInputError(code)

    def check(self, obj: R) -> None:
        for name in rows.field_names(self.record):
            self.check_value(name, getattr(obj, name))

    def rows(self, db: Database, where: str = "", params: Iterable[Any] = (),
             order: str = "id") -> list[R]:
        return rows.select(db, self.record, self.name, where, params, order)

    def get(self, db: Database, row_id: int) -> R:
        return rows.get(db, self.record, self.name, row_id)

    def insert_row(self, db: Database, obj: R, *, keep_id: bool = False) -> int:
        """Inside a transaction: the record as a new row (under its own id with keep_id)."""
        return rows.insert_record(db, self.name, obj, keep_id=keep_id)

    def insert(self, db: Database, obj: R) -> int:
        """Save a new record in its own transaction; sets its id once it is on disk."""
        with saving(db):
            new_id = self.insert_row(db, obj)
        obj.id = new_id  # type: ignore[attr-defined]
        return new_id

    def update_row(self, db: Database, row_id: int, values: dict[str, Any]) -> None:
        rows.update(db, self.record, self.name, row_id, values)

    def set_field(self, db: Database, row_id: int, name: str, value: Any,
                  editable: Iterable[str] | None = None) -> Any:
        """Store one field of one row after checking it; returns the old value (for undo)."""
        allowed = set(editable if editable is not None else self.editable if
                      self.editable is not None else
                      set(rows.field_names(self.record)) - {"id", "meeting_id", "student_id"})
        if name not in allowed:
            raise KeyError(f"{self.name}.{name} cannot be edited")
        self.check_value(name, value)
        old = getattr(self.get(db, row_id), name)
        with saving(db):
            self.update_row(db, row_id, {name: value})
        return old

    def remove(self, db: Database, row_id: int) -> None:
        with saving(db):
            db.execute(f"DELETE FROM {self.name} WHERE id = ?", [row_id])

    def put_back(self, db: Database, obj: R) -> None:
        """Insert a removed row again under its old id (Undo of a removal, Redo of an add)."""
        with saving(db):
            self.insert_row(db, obj, keep_id=True)
