"""The schema, as append-only migrations. Never edit a released migration: add a new one.

Each migration runs in its own transaction (sqlite-utils' Migrations). SQL is
written out by hand where the schema needs CHECK constraints or foreign keys.
`migrations` (the sqlite-utils Migrations object) registers the functions below in
the order they are written here; MIGRATION_NAMES is what a file's recorded names are
compared with.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "iep_desk"

# Every migration, in the order it is applied: (name, function).
_STEPS: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Add the decorated function to the schema, after every migration written above it."""

    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        if any(name == known for known, _ in _STEPS):
            raise ValueError(f"Migration {name!r} is written twice")
        _STEPS.append((name, function))
        return function

    return register

_TIMESTAMPS = """
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
"""


@_migration("0001_caseload")
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


def _in(column: str, values: tuple[str, ...]) -> str:
    """A CHECK that `column` holds one of the codes in `values` (codes are plain identifiers)."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# The teacher's saved list of things a family can do at home starts with these,
# written in our own words; the teacher edits the list in the review pane.
_HOME_SUGGESTIONS = (
    "Read together for ten minutes most evenings, and let your child choose the book.",
    "Ask one question about the school day at dinner and listen to the whole answer.",
    "Use a picture or written checklist for the morning routine.",
    "Practise the new skill in everyday moments, like counting change at the shop.",
    "Keep a small notebook of what went well this week and share it with the teacher.",
    "Agree on a quiet place and a set time for homework.",
    "Praise effort as well as results, and say what exactly was done well.",
    "Tell the teacher about changes at home that may affect how your child feels at school.",
)


class _MeetingCodes:
    """The codes of core/meetings.py as they were when 0002_meetings was released."""

    MEETING_TYPES = ("initial", "annual_review", "reevaluation", "amendment", "transition", "other")
    MEETING_STATUSES = ("draft", "proposed", "confirmed", "held", "cancelled")
    PLACE_KINDS = ("room", "phone", "video")
    RESPONSES = ("no_answer", "coming", "declined", "remote")
    ATTENDANCE = ("present", "absent", "excused", "remote")
    CONTACT_METHODS = ("phone", "email", "text", "letter", "student_planner", "home_visit",
                       "in_person")
    CONTACT_OUTCOMES = ("reached", "left_message", "no_answer", "returned", "bounced")
    ACTION_STATUSES = ("open", "done", "dropped")
    REFLECTION_VERDICTS = ("keep", "stop")
    TIP_FEELINGS = ("anger", "joy", "sensitivity", "other")


@_migration("0002_meetings")
def meetings_schema(db: Database) -> None:
    """The meeting planner and review: meetings and everything that belongs to them.

    Meetings are records: no foreign key cascades a delete into them or their
    participants. A participant who was a family or team member keeps the name they
    had (`name` is copied) and their link is cleared if that person is ever deleted.
    """
    # The codes are written out (not imported from core.meetings): a released migration
    # must never change, so new codes need a new migration. A test checks they still match.
    m = _MeetingCodes

    db.execute(f"""
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            meeting_type TEXT NOT NULL DEFAULT 'annual_review'
                CHECK ({_in('meeting_type', m.MEETING_TYPES)}),
            purpose TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK ({_in('status', m.MEETING_STATUSES)}),
            starts_at TEXT,
            duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
            place_kind TEXT NOT NULL DEFAULT 'room' CHECK ({_in('place_kind', m.PLACE_KINDS)}),
            place TEXT NOT NULL DEFAULT '',
            due_by TEXT,
            is_transition INTEGER NOT NULL DEFAULT 0,
            calendar_uid TEXT NOT NULL UNIQUE CHECK (calendar_uid <> ''),
            calendar_sequence INTEGER NOT NULL DEFAULT 0 CHECK (calendar_sequence >= 0),
            notes TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX meetings_student ON meetings (student_id, starts_at)")
    db.execute("CREATE INDEX meetings_status ON meetings (status, starts_at)")

    db.execute(f"""
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            role TEXT NOT NULL DEFAULT '',
            family_member_id INTEGER REFERENCES family_members(id) ON DELETE SET NULL,
            team_member_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
            is_student INTEGER NOT NULL DEFAULT 0,
            required INTEGER NOT NULL DEFAULT 0,
            invited_on TEXT,
            response TEXT NOT NULL DEFAULT 'no_answer' CHECK ({_in('response', m.RESPONSES)}),
            excused INTEGER NOT NULL DEFAULT 0,
            excusal_consent_on TEXT,
            written_input_received INTEGER NOT NULL DEFAULT 0,
            leaves_at TEXT,
            attendance TEXT CHECK (attendance IS NULL OR {_in('attendance', m.ATTENDANCE)}),
            {_TIMESTAMPS},
            -- Exactly one identity: a family member, a team member, or a typed name
            -- (both links empty; the student themself counts as a typed name).
            CHECK (family_member_id IS NULL OR team_member_id IS NULL),
            CHECK (is_student = 0 OR (family_member_id IS NULL AND team_member_id IS NULL))
        )""")
    db.execute("CREATE INDEX participants_meeting ON participants (meeting_id)")
    db.execute("CREATE UNIQUE INDEX participants_one_family_member ON participants "
               "(meeting_id, family_member_id) WHERE family_member_id IS NOT NULL")
    db.execute("CREATE UNIQUE INDEX participants_one_team_member ON participants "
               "(meeting_id, team_member_id) WHERE team_member_id IS NOT NULL")
    db.execute("CREATE UNIQUE INDEX participants_one_student ON participants "
               "(meeting_id) WHERE is_student = 1")
    db.execute("CREATE INDEX participants_family_member ON participants (family_member_id)")
    db.execute("CREATE INDEX participants_team_member ON participants (team_member_id)")

    # One-off times someone cannot meet; not records, so they go with the person.
    db.execute(f"""
        CREATE TABLE busy_times (
            id INTEGER PRIMARY KEY,
            team_member_id INTEGER REFERENCES team_members(id) ON DELETE CASCADE,
            family_member_id INTEGER REFERENCES family_members(id) ON DELETE CASCADE,
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS},
            CHECK (ends_at > starts_at),
            CHECK (family_member_id IS NULL OR team_member_id IS NULL)
        )""")
    db.execute("CREATE INDEX busy_times_when ON busy_times (starts_at, ends_at)")
    db.execute("CREATE INDEX busy_times_team_member ON busy_times (team_member_id)")
    db.execute("CREATE INDEX busy_times_family_member ON busy_times (family_member_id)")

    db.execute(f"""
        CREATE TABLE family_questions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            received_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX family_questions_meeting ON family_questions (meeting_id)")

    db.execute(f"""
        CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            title TEXT NOT NULL CHECK (trim(title) <> ''),
            minutes INTEGER NOT NULL DEFAULT 5 CHECK (minutes >= 0),
            led_by TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            finished INTEGER NOT NULL DEFAULT 0,
            family_question_id INTEGER REFERENCES family_questions(id) ON DELETE SET NULL,
            template_key TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)")
    db.execute("CREATE INDEX agenda_items_question ON agenda_items (family_question_id)")

    db.execute(f"""
        CREATE TABLE concerns (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            interest TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            questions_to_ask TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX concerns_meeting ON concerns (meeting_id)")

    db.execute(f"""
        CREATE TABLE student_inputs (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL UNIQUE REFERENCES meetings(id),
            what_to_say TEXT NOT NULL DEFAULT '',
            how_taking_part TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")

    db.execute(f"""
        CREATE TABLE checklist_ticks (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            item TEXT NOT NULL CHECK (item <> ''),
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS},
            UNIQUE (meeting_id, item)
        )""")

    db.execute(f"""
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            family_member_id INTEGER NOT NULL REFERENCES family_members(id),
            student_id INTEGER REFERENCES students(id),
            contacted_on TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT 'phone' CHECK ({_in('method', m.CONTACT_METHODS)}),
            outcome TEXT NOT NULL DEFAULT 'reached' CHECK ({_in('outcome', m.CONTACT_OUTCOMES)}),
            by_whom TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            progress_update INTEGER NOT NULL DEFAULT 0,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX contacts_family_member ON contacts (family_member_id, contacted_on)")
    db.execute("CREATE INDEX contacts_student ON contacts (student_id, contacted_on)")

    db.execute(f"""
        CREATE TABLE action_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            what TEXT NOT NULL CHECK (trim(what) <> ''),
            owner TEXT NOT NULL DEFAULT '',
            owner_name TEXT NOT NULL DEFAULT '',
            due_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK ({_in('status', m.ACTION_STATUSES)}),
            done_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX action_items_meeting ON action_items (meeting_id)")
    db.execute("CREATE INDEX action_items_open ON action_items (status, due_on)")

    for table in ("home_suggestions", "contributions"):
        db.execute(f"""
            CREATE TABLE {table} (
                id INTEGER PRIMARY KEY,
                meeting_id INTEGER NOT NULL REFERENCES meetings(id),
                text TEXT NOT NULL CHECK (trim(text) <> ''),
                {_TIMESTAMPS}
            )""")
        db.execute(f"CREATE INDEX {table}_meeting ON {table} (meeting_id)")

    db.execute(f"""
        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            verdict TEXT NOT NULL DEFAULT 'keep' CHECK ({_in('verdict', m.REFLECTION_VERDICTS)}),
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX reflections_meeting ON reflections (meeting_id)")

    db.execute(f"""
        CREATE TABLE tip_entries (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            written_on TEXT NOT NULL,
            topic TEXT NOT NULL CHECK (trim(topic) <> ''),
            feeling TEXT NOT NULL DEFAULT 'sensitivity' CHECK ({_in('feeling', m.TIP_FEELINGS)}),
            what_helps TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX tip_entries_student ON tip_entries (student_id, written_on)")

    # The teacher's own agenda templates: items as JSON [{"title", "minutes", "led_by", "key"}].
    db.execute(f"""
        CREATE TABLE agenda_templates (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
            items TEXT NOT NULL DEFAULT '[]',
            {_TIMESTAMPS}
        )""")

    db.execute(f"""
        CREATE TABLE home_suggestion_library (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL UNIQUE CHECK (trim(text) <> ''),
            position INTEGER NOT NULL DEFAULT 0,
            {_TIMESTAMPS}
        )""")
    for position, text in enumerate(_HOME_SUGGESTIONS):
        db.execute("INSERT INTO home_suggestion_library (text, position) VALUES (?, ?)",
                   [text, position])


@_migration("0003_one_active_student_per_district_id")
def one_active_student_per_district_id(db: Database) -> None:
    """Two active (not archived) students never share a non-empty district student ID.

    Imports match students by this ID; two imports at once (issue 13) could add the same
    students twice. The rule is a partial UNIQUE index. A caseload that already holds such
    a pair cannot take that index, and this migration must neither fail (the teacher's
    caseload would not open) nor decide which of the two records is the real one, or merge
    them (each may carry meetings and notes). So there the pair is left as it is, for the
    teacher to tell apart (an import names both), and the same rule is put in as two
    triggers that refuse every write that would make a new pair: a new active student with
    a taken ID, an ID changed to a taken one, an archived student restored onto a taken ID.
    Either way the ID is compared exactly as stored; imports compare them ignoring case.
    """
    shared = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM students WHERE archived_at IS NULL "
        "AND district_student_id <> '' GROUP BY district_student_id HAVING count(*) > 1)"
    ).fetchone()[0]
    if not shared:
        db.execute("CREATE UNIQUE INDEX students_one_active_district_id ON students "
                   "(district_student_id) WHERE archived_at IS NULL AND district_student_id <> ''")
        return
    db.execute("CREATE INDEX students_active_district_id ON students "
               "(district_student_id) WHERE archived_at IS NULL AND district_student_id <> ''")
    # NEW.id is unknown before an insert that lets SQLite choose it: IS NOT, not <>.
    taken = ("NEW.archived_at IS NULL AND NEW.district_student_id <> '' AND EXISTS ("
             "SELECT 1 FROM students WHERE district_student_id = NEW.district_student_id "
             "AND district_student_id <> '' AND archived_at IS NULL AND id IS NOT NEW.id)")
    refuse = ("SELECT RAISE(ABORT, 'students.district_student_id: another active student "
              "has this ID')")
    db.execute(f"CREATE TRIGGER students_one_active_district_id_insert BEFORE INSERT ON "
               f"students WHEN {taken} BEGIN {refuse}; END")
    db.execute(f"CREATE TRIGGER students_one_active_district_id_update BEFORE UPDATE OF "
               f"district_student_id, archived_at ON students WHEN {taken} BEGIN {refuse}; END")


@_migration("0004_goals_progress_decisions")
def goals_progress_decisions(db: Database) -> None:
    """The meeting's substance: the current IEP's goals, services and accommodations,
    progress notes per goal, who received the IEP at a glance, what was decided on each
    agenda item, written input asked of team members, and the family's returned answers."""
    ratings = ("not_yet", "emerging", "progressing", "met")
    decisions = ("agreed", "proposed_by_school", "family_disagrees", "school_declined",
                 "come_back_to")
    db.execute(f"""
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            area TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            measured_by TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            baseline_on TEXT,
            target REAL,
            target_by TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            -- A goal of an earlier IEP is kept (its notes are the record), marked ended.
            ended_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX goals_student ON goals (student_id)")
    db.execute(f"""
        CREATE TABLE progress_notes (
            id INTEGER PRIMARY KEY,
            goal_id INTEGER NOT NULL REFERENCES goals(id),
            noted_on TEXT NOT NULL,
            value REAL,
            rating TEXT CHECK (rating IS NULL OR {_in("rating", ratings)}),
            note TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS},
            CHECK (value IS NOT NULL OR rating IS NOT NULL OR trim(note) <> '')
        )""")
    db.execute("CREATE INDEX progress_notes_goal ON progress_notes (goal_id, noted_on)")
    db.execute(f"""
        CREATE TABLE services (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            what TEXT NOT NULL CHECK (trim(what) <> ''),
            how_often TEXT NOT NULL DEFAULT '',
            setting TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            ended_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX services_student ON services (student_id)")
    db.execute(f"""
        CREATE TABLE accommodations (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            applies_in TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            ended_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX accommodations_student ON accommodations (student_id)")
    db.execute(f"""
        CREATE TABLE glance_receipts (
            id INTEGER PRIMARY KEY,
            student_id INTEGER NOT NULL REFERENCES students(id),
            team_member_id INTEGER REFERENCES team_members(id),
            recipient TEXT NOT NULL CHECK (trim(recipient) <> ''),
            version TEXT NOT NULL,
            received_on TEXT NOT NULL,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX glance_receipts_student ON glance_receipts (student_id)")
    db.execute("ALTER TABLE agenda_items ADD COLUMN decision TEXT "
               f"CHECK (decision IS NULL OR {_in('decision', decisions)})")
    db.execute("ALTER TABLE agenda_items ADD COLUMN decision_note TEXT NOT NULL DEFAULT ''")
    db.execute(f"""
        CREATE TABLE input_requests (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            participant_id INTEGER NOT NULL REFERENCES participants(id),
            asked_on TEXT NOT NULL,
            due_by TEXT NOT NULL,
            received_on TEXT,
            text TEXT NOT NULL DEFAULT '',
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX input_requests_meeting ON input_requests (meeting_id)")
    db.execute(f"""
        CREATE TABLE preparation_answers (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id),
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            received_on TEXT NOT NULL,
            -- Set when the teacher accepted it into the record; NULL: shown, not filed.
            filed_on TEXT,
            {_TIMESTAMPS}
        )""")
    db.execute("CREATE INDEX preparation_answers_meeting ON preparation_answers (meeting_id)")


# The keys of the ideas for home 0002_meetings seeded, in the order it seeded them
# (resources/ideas_for_home/en.json holds each key's text in US spelling).
_HOME_SUGGESTION_KEYS = ("read_together", "ask_about_the_day", "routine_checklist",
                         "practice_in_everyday_moments", "what_went_well_notebook",
                         "homework_place_and_time", "praise_effort", "tell_about_changes")
_PRACTICE_US = "Practice the new skill in everyday moments, like counting change at the store."


@_migration("0005_family_language")
def family_language(db: Database) -> None:
    """Handouts in the family's language.

    - The built-in ideas for home get their key (matched by the text 0002 seeded), in the
      teacher's list and on each meeting, so a handout prints each in the family's language;
      an idea the teacher typed or edited has no key and prints as typed. The one seeded
      idea written in British spelling is put into US spelling in the teacher's list (a
      meeting's record keeps the words it had; it prints by its key).
    - `translations`: the teacher's family-language version of a text she typed (a
      meeting's purpose, an agenda item, the letterhead's title...), one row per text and
      language. A table rather than columns: any number of languages for any text, with no
      new column when a family speaks a new language, and the text it translates kept
      beside it (`source_text`), so a translation whose English was changed afterwards is
      not printed as if it still said the same.
    """
    for table in ("home_suggestion_library", "home_suggestions"):
        db.execute(f"ALTER TABLE {table} ADD COLUMN key TEXT NOT NULL DEFAULT ''")
    for key, text in zip(_HOME_SUGGESTION_KEYS, _HOME_SUGGESTIONS):
        texts = [text, _PRACTICE_US] if text.startswith("Practise") else [text]
        for table in ("home_suggestion_library", "home_suggestions"):
            db.execute(f"UPDATE {table} SET key = ? WHERE text IN "
                       f"({', '.join('?' for _ in texts)})", [key, *texts])
    british = _HOME_SUGGESTIONS[3]
    if not db.execute("SELECT 1 FROM home_suggestion_library WHERE text = ?",
                      [_PRACTICE_US]).fetchone():
        db.execute("UPDATE home_suggestion_library SET text = ? WHERE text = ?",
                   [_PRACTICE_US, british])
    db.execute(f"""
        CREATE TABLE translations (
            id INTEGER PRIMARY KEY,
            source_table TEXT NOT NULL CHECK (source_table <> ''),
            source_id INTEGER NOT NULL,
            source_column TEXT NOT NULL CHECK (source_column <> ''),
            language TEXT NOT NULL CHECK (language <> ''),
            source_text TEXT NOT NULL,
            text TEXT NOT NULL CHECK (trim(text) <> ''),
            {_TIMESTAMPS},
            UNIQUE (source_table, source_id, source_column, language)
        )""")


# Every migration this version of the app knows, in order (a plain tuple: no sqlite-utils).
MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _ in _STEPS)

# The schema version is the number of migrations; PRAGMA user_version records it in the file.
SCHEMA_VERSION = len(MIGRATION_NAMES)


def steps() -> list[tuple[str, Callable[[Database], None]]]:
    """Every migration as (name, function), in order, for applying them outside sqlite-utils'
    Migrations (storage.database builds the schema a file should have in memory this way)."""
    return list(_STEPS)


def known_names() -> list[str]:
    """Every migration this version of the app knows, in order."""
    return list(MIGRATION_NAMES)


def _build() -> Migrations:
    built = Migrations(MIGRATION_SET)
    for name, function in _STEPS:
        built(name=name)(function)
    return built


# The migrations as sqlite-utils applies them (Migrations.apply / pending).
migrations: Migrations = _build()
