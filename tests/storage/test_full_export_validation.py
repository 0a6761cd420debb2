"""A full export is checked against the schema before a single row is written (issue 13).

Each kind of bad value is named (table, row, column) and nothing is imported: the caseload
file is byte for byte what it was.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iep_desk import config
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.export import (
    ExportFormatError,
    full_export,
    import_full_export,
    read_full_export,
)
from tests.storage.test_import_export import fill_caseload, snapshot


@pytest.fixture(scope="module")
def good_export(tmp_path_factory):
    store = open_caseload(tmp_path_factory.mktemp("source") / "data")
    try:
        fill_caseload(store)
        return full_export(store)
    finally:
        store.db.close()


@pytest.fixture(scope="module")
def target(tmp_path_factory):
    """An empty caseload the bad exports are offered to (and must leave untouched)."""
    data_dir = tmp_path_factory.mktemp("target") / "data"
    store = open_caseload(data_dir)
    yield store, data_dir
    store.db.close()


def file_bytes(data_dir: Path) -> dict[str, bytes]:
    path = config.data_file(data_dir)
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*")}


def set_value(export: dict, table: str, row: int, column: str, value) -> dict:
    changed = copy.deepcopy(export)
    index = changed["tables"][table]["columns"].index(column)
    changed["tables"][table]["rows"][row][index] = value
    return changed


def drop_column(export: dict, table: str, column: str) -> dict:
    changed = copy.deepcopy(export)
    index = changed["tables"][table]["columns"].index(column)
    del changed["tables"][table]["columns"][index]
    for row in changed["tables"][table]["rows"]:
        del row[index]
    return changed


def short_row(export: dict, table: str, row: int) -> dict:
    changed = copy.deepcopy(export)
    changed["tables"][table]["rows"][row].pop()
    return changed


# (kind, table, row index, column, the bad value, words the message must hold)
BAD_VALUES = [
    ("date not ISO", "students", 0, "date_of_birth", "14/03/2015",
     ["students", "row 1", "date_of_birth", "14/03/2015", "YYYY-MM-DD"]),
    ("date that does not exist", "students", 1, "date_of_birth", "2015-02-30",
     ["students", "row 2", "date_of_birth", "2015-02-30"]),
    ("date-time in words", "meetings", 0, "starts_at", "tomorrow 3pm",
     ["meetings", "row 1", "starts_at", "tomorrow 3pm"]),
    ("time stamp that is not one", "meetings", 0, "created_at", "today",
     ["meetings", "row 1", "created_at", "today"]),
    ("time of day that is not one", "participants", 0, "leaves_at", "25:99",
     ["participants", "row 1", "leaves_at", "25:99"]),
    ("bad base64", "students", 0, "strengths", {"$base64": "not*base64"},
     ["students", "row 1", "strengths", "base64"]),
    ("binary where text belongs", "students", 0, "school", {"$base64": "AP8Q"},
     ["students", "row 1", "school", "text"]),
    ("huge integer", "student_family", 1, "position", 2 ** 70,
     ["student_family", "row 2", "position"]),
    ("integer too large for a meeting", "meetings", 0, "duration_minutes", 10 ** 12,
     ["meetings", "row 1", "duration_minutes", "1 to 480"]),
    ("text where a number belongs", "participants", 1, "required", "yes",
     ["participants", "row 2", "required", "whole number"]),
    ("true/false where 0/1 belongs", "family_members", 0, "interpreter_needed", True,
     ["family_members", "row 1", "interpreter_needed"]),
    ("fraction where a whole number belongs", "meetings", 0, "calendar_sequence", 1.5,
     ["meetings", "row 1", "calendar_sequence", "whole number"]),
    ("number where text belongs", "students", 1, "legal_last_name", 42,
     ["students", "row 2", "legal_last_name", "text"]),
    ("list where text belongs", "students", 0, "grade", ["3"],
     ["students", "row 1", "grade", "text"]),
    ("empty where required", "students", 0, "legal_first_name", None,
     ["students", "row 1", "legal_first_name"]),
    ("availability that is not JSON", "team_members", 0, "availability", "Mondays",
     ["team_members", "row 1", "availability"]),
    ("setting that is not JSON", "settings", 0, "value", "{five",
     ["settings", "row 1", "value"]),
    # The rules SQLite itself keeps, checked on a caseload in memory:
    ("blank name", "family_members", 0, "name", "  ",
     ["family_members", "row 1", "name"]),
    ("code not in the list", "meetings", 0, "status", "maybe",
     ["meetings", "row 1", "status", "maybe"]),
    ("reference to a missing row", "student_family", 0, "student_id", 999,
     ["student_family", "row 1", "student_id", "students"]),
    ("same id twice", "students", 1, "id", 1,
     ["students", "row 2", "id"]),
]
CHECKED_BY_SQLITE = {"blank name", "code not in the list", "reference to a missing row",
                     "same id twice"}


def spoil(export: dict, case) -> dict:
    _kind, table, row, column, value, _words = case
    return set_value(export, table, row, column, value)


def assert_refused(target, bad: dict, words: list[str], *, through_bytes: bool) -> None:
    store, data_dir = target
    before_rows, before_bytes = snapshot(store), file_bytes(data_dir)
    with pytest.raises(ExportFormatError) as error:
        if through_bytes:  # as the command line and the File menu read it
            import_full_export(store, read_full_export(json.dumps(bad).encode("utf-8")))
        else:
            import_full_export(store, bad)
    message = str(error.value)
    for word in words:
        assert word in message, (word, message)
    assert "Nothing was imported" in message
    assert "constraint" not in message.lower() and "Traceback" not in message
    assert snapshot(store) == before_rows
    assert file_bytes(data_dir) == before_bytes


@pytest.mark.parametrize("case", BAD_VALUES, ids=[case[0] for case in BAD_VALUES])
def test_each_kind_of_bad_value_is_named_and_nothing_is_imported(good_export, target, case):
    assert_refused(target, spoil(good_export, case), case[-1], through_bytes=True)


@pytest.mark.parametrize("spoil_file, words", [
    (lambda e: drop_column(e, "students", "legal_first_name"), ["students", "legal_first_name",
                                                                "missing"]),
    (lambda e: short_row(e, "students", 1), ["students", "row 2", "values for"]),
], ids=["required column missing", "row too short"])
def test_a_missing_column_or_a_short_row_is_named(good_export, target, spoil_file, words):
    assert_refused(target, spoil_file(good_export), words, through_bytes=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cases=st.lists(st.sampled_from(BAD_VALUES), min_size=1, max_size=4,
                      unique_by=lambda case: case[1:4]),
       through_bytes=st.booleans())
def test_bad_values_together_are_all_named_and_nothing_is_imported(good_export, target, cases,
                                                                  through_bytes):
    bad = good_export
    for case in cases:
        bad = spoil(bad, case)
    # Every bad value is named at once. The rules SQLite keeps are checked once the values
    # are right, so those are named when they are the only problems.
    values = [case for case in cases if case[0] not in CHECKED_BY_SQLITE]
    words = [word for case in (values or cases) for word in case[-1]]
    assert_refused(target, bad, words, through_bytes=through_bytes)


@pytest.mark.parametrize("version", ["2", 2.0, True, None, -1, 10 ** 30])
def test_the_schema_version_must_be_a_whole_number_we_know(good_export, version):
    bad = dict(good_export, schema_version=version)
    with pytest.raises(ExportFormatError) as error:
        read_full_export(json.dumps(bad).encode("utf-8"))
    assert "schema_version" in str(error.value) or "newer version" in str(error.value)


@pytest.mark.parametrize("key", ["format_version", "schema_version", "tables"])
def test_required_keys_are_named(good_export, key):
    bad = {k: v for k, v in good_export.items() if k != key}
    with pytest.raises(ExportFormatError) as error:
        read_full_export(json.dumps(bad).encode("utf-8"))
    assert key in str(error.value) or "not complete" in str(error.value)


def test_a_missing_table_is_named(good_export, target):
    store, _data_dir = target
    bad = copy.deepcopy(good_export)
    del bad["tables"]["students"]
    with pytest.raises(ExportFormatError) as error:
        import_full_export(store, bad)
    assert "students" in str(error.value)


def test_several_problems_are_listed_together(good_export, target):
    store, _data_dir = target
    bad = set_value(good_export, "students", 0, "date_of_birth", "soon")
    bad = set_value(bad, "meetings", 0, "duration_minutes", "an hour")
    bad = set_value(bad, "participants", 2, "required", 2)
    with pytest.raises(ExportFormatError) as error:
        import_full_export(store, bad)
    assert len(error.value.problems) == 3
    assert "soon" in str(error.value) and "an hour" in str(error.value)
    assert "Table “participants”, row 3" in str(error.value)


def test_control_characters_in_an_export_are_removed_before_storage(good_export, tmp_path):
    changed = set_value(good_export, "students", 0, "legal_first_name", "\u202eÁnh\x1b[2J")
    changed = set_value(changed, "students", 0, "strengths", "one\r\ntwo\x00")
    store = open_caseload(tmp_path / "data")
    try:
        import_full_export(store, changed)
        ann = store.get_student(1)
        assert ann.legal_first_name == "Ánh[2J"  # the escape character itself is gone
        assert ann.strengths == "one\ntwo"
    finally:
        store.db.close()


def test_an_export_from_a_caseload_with_two_active_students_sharing_an_id_comes_back(
        good_export, tmp_path):
    """A caseload from before the one-ID rule may hold such a pair: its export stays usable."""
    twins = set_value(good_export, "students", 1, "district_student_id", "1001")
    twins = set_value(twins, "students", 1, "archived_at", None)
    store = open_caseload(tmp_path / "data")
    try:
        import_full_export(store, twins)
        assert [s.district_student_id for s in store.list_students()] == ["1001", "1001"]
    finally:
        store.db.close()


def test_the_sample_caseloads_own_export_imports_back(tmp_path):
    # Families with weekly times, meetings in every state, goals: what export writes, import reads.
    from datetime import date

    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.storage.export import full_export, import_full_export

    source = open_caseload(tmp_path / "source")
    write_demo_caseload(source, date(2026, 3, 11), with_meetings=True)
    export = full_export(source)
    assert any(row for row in export["tables"]["family_members"]["rows"])
    target = open_caseload(tmp_path / "target")
    counts = import_full_export(target, export)
    assert counts["students"] == len(source.list_students())
    assert len(target.list_students()) == len(source.list_students())
    source.db.close()
    target.db.close()
