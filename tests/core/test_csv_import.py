"""Reading caseload CSV files as Excel and district systems write them."""

from datetime import date

import pytest

from iep_desk.core.csv_import import (
    CsvFormatError,
    ImportDateError,
    decide_date_order,
    decode_csv_bytes,
    guess_mapping,
    mapping_problems,
    mapping_setting_key,
    normalise_disability,
    normalise_grade,
    normalise_language,
    parse_import_date,
    read_csv,
    read_rows,
    split_whole_name,
)

TODAY = date(2026, 11, 23)


def test_utf8_with_and_without_bom_and_cp1252_are_read():
    text = "First Name,Last Name\r\nJosé,Muñoz\r\n"
    for data, encoding in ((text.encode("utf-8"), "utf-8"),
                           (b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-sig"),
                           (text.encode("cp1252"), "cp1252")):
        table = read_csv(data)
        assert table.encoding == encoding
        assert table.headers == ["First Name", "Last Name"]
        assert table.rows == [(2, ["José", "Muñoz"])]


def test_cp1252_smart_quotes_and_euro_are_decoded():
    text, encoding = decode_csv_bytes("Name\r\nO’Brien €\r\n".encode("cp1252"))
    assert encoding == "cp1252"
    assert "O’Brien €" in text


def test_semicolon_file_with_quoted_fields_and_commas_inside():
    data = b'Last Name;First Name;School\n"Smith, Jr.";Ann;"North; Main"\n'
    table = read_csv(data)
    assert table.delimiter == ";"
    assert table.rows[0][1] == ["Smith, Jr.", "Ann", "North; Main"]


def test_comma_file_with_semicolons_in_values():
    table = read_csv(b"First Name,Notes\nAnn,a;b;c\nBo,d;e\n")
    assert table.delimiter == ","
    assert table.rows[1][1] == ["Bo", "d;e"]


def test_excel_sep_line_is_obeyed_and_rows_counted_as_excel_shows():
    table = read_csv(b"sep=;\nFirst Name;Last Name\nAnn;Lee\n")
    assert table.headers == ["First Name", "Last Name"]
    assert table.rows == [(2, ["Ann", "Lee"])]


def test_row_numbers_follow_excel_with_blank_lines_and_multiline_cells():
    data = b'First Name,Notes\nAnn,"two\nlines"\n\nBo,x\n'
    table = read_csv(data)
    # header row 1, Ann row 2 (one record over two lines), blank row 3, Bo row 4
    assert [number for number, _ in table.rows] == [2, 4]


@pytest.mark.parametrize("data", [b"", b"\n\n", b"PK\x03\x04\x00\x00binary"])
def test_empty_or_binary_files_are_refused_in_plain_words(data):
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    assert "file" in str(error.value)


def test_mapping_is_guessed_from_common_names_ignoring_case_and_punctuation():
    headers = ["Student Last Name", "student first-name", "DOB", "Date of Next Annual Plan Review",
               "Local ID", "GRADE", "School", "Primary Disability", "Last IEP Date",
               "Last Eval Date", "Reevaluation Due", "Preferred Name", "Parent/Guardian Name",
               "Parent Email", "Home Phone", "Home Language", "Bus Route"]
    assert guess_mapping(headers) == [
        "legal_last_name", "legal_first_name", "date_of_birth", "annual_review_due",
        "district_student_id", "grade", "school", "disability_category", "last_iep_meeting",
        "last_evaluation", "reevaluation_due", "preferred_name", "guardian_name",
        "guardian_email", "guardian_phone", "guardian_language", None]


def test_a_field_is_guessed_for_one_column_only():
    assert guess_mapping(["Birthdate", "DOB", "First Name"]) == [
        "date_of_birth", None, "legal_first_name"]


def test_mapping_key_depends_on_normalised_headers_only():
    assert mapping_setting_key(["Last Name", "DOB"]) == mapping_setting_key(["last name", "dob "])
    assert mapping_setting_key(["Last Name", "DOB"]) != mapping_setting_key(["DOB", "Last Name"])


def test_mapping_problems_name_duplicates_and_a_missing_name_column():
    assert mapping_problems(["legal_first_name", None]) == []
    problems = mapping_problems(["grade", "grade"])
    assert any("Two columns" in p for p in problems)
    assert any("first names" in p for p in problems)


@pytest.mark.parametrize("text, order, expected", [
    ("2015-03-14", None, date(2015, 3, 14)),
    ("2015-03-14 00:00:00", None, date(2015, 3, 14)),
    ("03/14/2015", "mdy", date(2015, 3, 14)),
    ("14/03/2015", "dmy", date(2015, 3, 14)),
    ("03/04/2015", "mdy", date(2015, 3, 4)),
    ("03/04/2015", "dmy", date(2015, 4, 3)),
    ("3/4/2015 0:00", "mdy", date(2015, 3, 4)),
    ("", "mdy", None),
])
def test_import_dates(text, order, expected):
    assert parse_import_date(text, order) == expected


@pytest.mark.parametrize("text, order, words", [
    ("13/45/2015", "mdy", "is not a date"),
    ("02/30/2015", "mdy", "is not a date"),
    ("soon", None, "is not a date"),
    ("3/4/15", "mdy", "two-digit year"),
    ("03/04/2015", None, "two ways"),
])
def test_bad_dates_say_why(text, order, words):
    with pytest.raises(ImportDateError) as error:
        parse_import_date(text, order)
    assert words in str(error.value)


def _table(csv_text: str):
    table = read_csv(csv_text.encode())
    return table, guess_mapping(table.headers)


def test_date_order_is_decided_by_a_day_above_12():
    table, mapping = _table("First Name,DOB\nA,03/04/2015\nB,25/12/2014\n")
    assert decide_date_order(table, mapping).order == "dmy"
    table, mapping = _table("First Name,DOB\nA,03/04/2015\nB,12/25/2014\n")
    assert decide_date_order(table, mapping).order == "mdy"


def test_all_ambiguous_dates_need_the_teacher():
    table, mapping = _table("First Name,DOB\nA,03/04/2015\nB,05/06/2014\n")
    order = decide_date_order(table, mapping)
    assert order.needs_question and order.order is None
    assert "03/04/2015" in order.examples


def test_iso_dates_or_equal_day_and_month_need_no_question():
    table, mapping = _table("First Name,DOB\nA,2015-03-04\nB,05/05/2014\n")
    order = decide_date_order(table, mapping)
    assert not order.needs_question and order.order is None


def test_dates_in_unmapped_columns_do_not_count():
    table, mapping = _table("First Name,Bus Date\nA,25/12/2014\n")
    assert decide_date_order(table, mapping).order is None


def test_rows_are_read_and_bad_ones_explained_with_excel_row_numbers():
    table, mapping = _table(
        "First Name,Last Name,DOB,Last IEP Date,Annual Review Due,Parent Email,Parent Name\n"
        "Ann,Lee,03/14/2015,01/10/2026,01/09/2027,ann.mom@example.org,Kim Lee\n"
        "Bo,Ray,13/45/2015,,,,\n"
        ",Gone,01/01/2015,,,,\n"
        "Cy,Day,01/01/2030,,,,\n"
        "Di,Fay,01/01/2015,06/01/2026,05/01/2026,,\n"
        "Ed,Gee,01/01/2015,,,not-an-email,Mo Gee\n"
        "Flo,Hu,01/01/2015,,,flo@example.org,\n"
    )
    rows = read_rows(table, mapping, "mdy", TODAY)
    ann = rows[0]
    assert ann.row_number == 2 and not ann.problems
    assert ann.student["date_of_birth"] == date(2015, 3, 14)
    assert ann.guardian == {"email": "ann.mom@example.org", "name": "Kim Lee"}
    assert rows[1].problems == ["date of birth 13/45/2015 is not a date"]
    assert rows[2].problems == ["the legal first name is empty"]
    assert rows[3].problems == ["the date of birth cannot be in the future"]
    assert rows[4].problems == ["the annual review cannot be due before the last IEP meeting"]
    assert "not an email address" in rows[5].problems[0]
    assert rows[6].problems == ["the parent/guardian's details are given but not their name"]


def test_whole_name_column_is_split_and_explicit_names_win():
    table, mapping = _table('Student Name,Grade\n"Nguyen, Thi Anh",03\nMaria Lopez,KG\n')
    rows = read_rows(table, mapping, None, TODAY)
    assert rows[0].student["legal_first_name"] == "Thi Anh"
    assert rows[0].student["legal_last_name"] == "Nguyen"
    assert rows[1].student["legal_last_name"] == "Lopez"
    assert rows[0].student["grade"] == "3" and rows[1].student["grade"] == "K"
    assert split_whole_name("Cher") == ("Cher", "")


@pytest.mark.parametrize("raw, expected", [
    ("01", "1"), ("Grade 3", "3"), ("3rd", "3"), ("KG", "K"), ("PK", "Pre-K"), ("12", "12"),
    ("Ungraded", "Ungraded")])
def test_grades(raw, expected):
    assert normalise_grade(raw) == expected


def test_disability_codes_and_unknown_words():
    assert normalise_disability("SLD") == ("specific_learning_disability", None)
    assert normalise_disability("Other Health Impairment") == ("other_health_impairment", None)
    code, note = normalise_disability("Dyslexia")
    assert code == "other" and "Dyslexia" in note


def test_languages_by_name_or_code():
    assert normalise_language("Spanish") == "es"
    assert normalise_language("es-MX") == "es"
    assert normalise_language("Vietnamese") == "vi"
    assert normalise_language("Klingonese") is None


def test_unknown_language_rejects_the_row():
    table, mapping = _table("First Name,Parent Name,Home Language\nAnn,Kim,Elvish-ish\n")
    rows = read_rows(table, mapping, None, TODAY)
    assert "language “Elvish-ish” is not one IEP Desk knows" in rows[0].problems[0]


def test_a_date_written_the_other_way_from_the_rest_of_the_file_says_so():
    table, mapping = _table("First Name,DOB\nA,25/12/2014\nB,26/12/2014\nC,12/27/2014\n")
    order = decide_date_order(table, mapping)
    assert order.order == "dmy" and order.mixed
    rows = read_rows(table, mapping, order.order, TODAY)
    assert rows[2].problems == [("date of birth 12/27/2014 is not a date when read day first "
                                 "(DD/MM/YYYY), like the other dates in the file")]


def test_values_beyond_the_named_columns_are_reported_not_dropped():
    table, mapping = _table("First Name,Last Name\nAnn,Lee,stray note\n")
    rows = read_rows(table, mapping, None, TODAY)
    assert not rows[0].problems
    assert rows[0].notes == ["1 value(s) beyond the last named column are not imported: stray note"]
