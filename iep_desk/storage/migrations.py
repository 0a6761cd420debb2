"""The schema, as append-only migrations. Never edit a released migration: add a new one.

Each migration runs in its own transaction (sqlite-utils' Migrations). SQL is
written out by hand where the schema needs CHECK constraints or foreign keys.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "iep_desk"
migrations = Migrations(MIGRATION_SET)

_TIMESTAMPS = """
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
"""


@migrations(name="0001_caseload")
def caseload(db: Database) -> None:
    db.execute(f"""
        CREATE TABLE students (
            id INTEGER PRIMARY KEY,
            legal_first_name TEXT NOT NULL CHECK (trim(legal_first_name) <> ''),
            legal_last_name TEXT NOT NULL DEFAULT '',
            preferred_name TEXT NOT NULL DEFAULT '',
            date_of_birth TEXT,
            grade TEXT NOT NULL DEFAULT '',
            school TEXT NOT NULL DEFAULT '',
            district_student_id TEXT NOT NULL DEFAULT '',
            disability_category TEXT NOT NULL DEFAULT '',
            last_iep_meeting TEXT,
            annual_review_due TEXT,
            last_evaluation TEXT,
            reevaluation_due TEXT,
            strengths TEXT NOT NULL DEFAULT '',
            hopes_and_dreams TEXT NOT NULL DEFAULT '',
            culture_and_traditions TEXT NOT NULL DEFAULT '',
            participation TEXT NOT NULL DEFAULT 'not_decided',
            archived_at TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX students_archived ON students (archived_at)")
    db.execute(f"""
        CREATE TABLE family_members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            phones TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            preferred_contact TEXT NOT NULL DEFAULT 'phone',
            preferred_language TEXT NOT NULL DEFAULT 'en',
            interpreter_needed INTEGER NOT NULL DEFAULT 0,
            availability TEXT NOT NULL DEFAULT '[]',
            transport_needs TEXT NOT NULL DEFAULT '',
            childcare_needs TEXT NOT NULL DEFAULT '',
            contact_confirmed_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("""
        CREATE TABLE student_family (
            student_id INTEGER NOT NULL REFERENCES students(id),
            family_member_id INTEGER NOT NULL REFERENCES family_members(id),
            relationship TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (student_id, family_member_id)
        )""")
    db.execute("CREATE INDEX student_family_member ON student_family (family_member_id)")
    db.execute(f"""
        CREATE TABLE team_members (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            role TEXT NOT NULL DEFAULT 'other',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            availability TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1,
            {_TIMESTAMPS}
        )""")
    db.execute("""
        CREATE TABLE student_team (
            student_id INTEGER NOT NULL REFERENCES students(id),
            team_member_id INTEGER NOT NULL REFERENCES team_members(id),
            PRIMARY KEY (student_id, team_member_id)
        )""")
    db.execute("CREATE INDEX student_team_member ON student_team (team_member_id)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


# The schema version is the number of migrations; PRAGMA user_version records it in the file.
SCHEMA_VERSION = len(known_names())
