"""Shared by the protection tests: a real caseload with names worth hiding, the rows of a
caseload file read back whole, and a grep of a file's bytes for those names."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from iep_desk import config
from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.models import FamilyMember, Student
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.database import database_on
from iep_desk.storage.keys import ScryptCost

# Quick derivations for tests (the real cost is measured in benchmarks/bench_protection.py).
FAST = ScryptCost(log2_n=10, r=8, p=1)
PASSPHRASE = "violet kettle under the stairs"

# Written through the real CaseloadStore; none may appear in a protected file's bytes.
STUDENT_NAMES = ["Zebulon", "Quackenbush", "Ottoline", "Vandersloot"]
FAMILY_NAMES = ["Philomena Brightwater", "Thaddeus Okonkwo-Pryce"]
NOTES = ["marmalade staircase", "reads tide tables aloud", "afraid of the gym's echo"]
SECRETS = STUDENT_NAMES + FAMILY_NAMES + NOTES
# What is grepped for: each of the above, and each word of the family names on its own.
SECRET_WORDS = sorted(set(SECRETS) | {word for name in FAMILY_NAMES for word in name.split()})
TODAY = date(2026, 11, 23)


def store_on(conn) -> CaseloadStore:
    """The real CaseloadStore on an open connection (the one place that knows how a store
    is made from a connection)."""
    return CaseloadStore(database_on(conn))


def add_secrets(store: CaseloadStore, number: int = 0) -> None:
    """Students, family members and notes whose words are grepped for."""
    first = store.add_student(Student(
        STUDENT_NAMES[0], STUDENT_NAMES[1], strengths=f"{NOTES[0]} {number}",
        hopes_and_dreams=NOTES[1]))
    second = store.add_student(Student(
        STUDENT_NAMES[2], STUDENT_NAMES[3], culture_and_traditions=NOTES[2]))
    store.add_family_member(FamilyMember(FAMILY_NAMES[0], email="pb@example.org"),
                            student_id=first, relationship="mother")
    store.add_family_member(FamilyMember(FAMILY_NAMES[1]), student_id=second,
                            relationship="grandfather")


def write_plain_caseload(data_dir: Path) -> Path:
    """A plain caseload: the sample caseload (meetings in every state) and the names above."""
    store = open_caseload(data_dir)
    try:
        write_demo_caseload(store, TODAY, with_meetings=True)
        add_secrets(store)
    finally:
        store.db.close()
    return config.data_file(data_dir)


def every_row(conn) -> dict:
    """Everything a caseload file holds: its schema, data version and every table's rows
    (typed, in rowid order), from a sqlite3 or sqlcipher3 connection."""
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                          "ORDER BY type, name").fetchall()
    rows = {}
    for kind, name, _table, _sql in schema:
        if kind == "table":
            rows[name] = [tuple((type(v).__name__, v) for v in row) for row in
                          conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid')]
    return {"schema": schema, "version": conn.execute("PRAGMA user_version").fetchone()[0],
            "rows": rows}


def plain_rows(path: Path) -> dict:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return every_row(conn)
    finally:
        conn.close()


def secrets_in(path: Path) -> list[str]:
    """Which of SECRET_WORDS appear in the file's bytes (as UTF-8 or UTF-16, the encodings
    SQLite may store text in)."""
    data = Path(path).read_bytes()
    return [word for word in SECRET_WORDS
            if any(word.encode(encoding) in data
                   for encoding in ("utf-8", "utf-16-le", "utf-16-be"))]
