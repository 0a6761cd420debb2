"""Reading a caseload from a CSV file, as Excel and district systems write them. Plain Python.

The steps, each a function the CLI and the import dialog share:

1. ``read_csv(data)``: decode (decided from the whole file: UTF-8 with or without
   a byte-order mark, UTF-16, or Windows-1252), find the separator (comma, semicolon
   or tab), split into a header and rows numbered as Excel shows them (the header
   is row 1), every cell cleaned as IEP Desk stores text.
2. ``guess_mapping(headers)``: which field each column holds, from common names;
   the teacher corrects it.
3. ``decide_date_order(table, mapping)``: whether 03/04/2015 means March or April,
   decided from the values themselves (a first number above 12 settles it).
4. ``read_rows(table, mapping, date_order, today)``: every row turned into
   student and guardian values, with the problems found in it, in the teacher's words.

Matching rows to students already on file and writing them is storage's job
(storage/importer.py); the preview's shape (``ImportPreview``) lives here.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any, Self

from iep_desk.core.clean_text import clean_text
from iep_desk.core.languages import all_languages, find_language
from iep_desk.core.models import DISABILITY_CATEGORIES, GRADES, PARTICIPATION_MODES, Student
from iep_desk.core.problems import Problem, lower_first
from iep_desk.core.validation import (
    LONGEST_NAME,
    STUDENT_NAME_FIELDS,
    check_email,
    check_name_length,
    check_student_field,
)


class CsvFormatError(ValueError):
    """The file cannot be read as a table at all; the message is for the teacher."""


# -- the fields a column can be imported as -------------------------------------------

# (field key, label shown to the teacher). Student fields use core.models.Student's
# names; "guardian_*" become one FamilyMember linked to the student; "student_name"
# is a whole name ("Last, First" or "First Last") for files with one name column.
STUDENT_TEXT_FIELDS = (
    "legal_first_name", "legal_last_name", "preferred_name", "grade", "school",
    "district_student_id", "disability_category", "strengths", "hopes_and_dreams",
    "culture_and_traditions", "participation",
)
DATE_FIELDS = (
    "date_of_birth", "last_iep_meeting", "annual_review_due", "last_evaluation",
    "reevaluation_due",
)
# Fields that may hold several lines (a tab or line break in them is kept).
MULTILINE_FIELDS = frozenset({"strengths", "hopes_and_dreams", "culture_and_traditions"})
_LINE_OR_TAB = re.compile("[\t\n]+")
GUARDIAN_FIELDS = (
    "guardian_name", "guardian_relationship", "guardian_phone", "guardian_email",
    "guardian_language",
)

FIELD_LABELS: dict[str, str] = {
    "legal_first_name": "Legal first name",
    "legal_last_name": "Legal last name",
    "student_name": "Whole name (Last, First)",
    "preferred_name": "Preferred name",
    "date_of_birth": "Date of birth",
    "grade": "Grade",
    "school": "School",
    "district_student_id": "Student ID",
    "disability_category": "Primary disability",
    "last_iep_meeting": "Last IEP meeting",
    "annual_review_due": "Annual review due",
    "last_evaluation": "Last evaluation",
    "reevaluation_due": "Re-evaluation due",
    "strengths": "Strengths",
    "hopes_and_dreams": "Hopes and dreams",
    "culture_and_traditions": "Culture and traditions",
    "participation": "Student's participation",
    "guardian_name": "Parent/guardian name",
    "guardian_relationship": "Parent/guardian relationship",
    "guardian_phone": "Parent/guardian phone",
    "guardian_email": "Parent/guardian email",
    "guardian_language": "Parent/guardian language",
}
TARGET_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)

# The column headers our own CSV export writes; each maps back to its field.
EXPORT_HEADERS: dict[str, str] = {
    "legal_first_name": "Legal First Name",
    "legal_last_name": "Legal Last Name",
    "preferred_name": "Preferred Name",
    "date_of_birth": "Date of Birth",
    "grade": "Grade",
    "school": "School",
    "district_student_id": "Student ID",
    "disability_category": "Primary Disability",
    "last_iep_meeting": "Last IEP Date",
    "annual_review_due": "Annual Review Due",
    "last_evaluation": "Last Eval Date",
    "reevaluation_due": "Reevaluation Due",
    "strengths": "Strengths",
    "hopes_and_dreams": "Hopes and Dreams",
    "culture_and_traditions": "Culture and Traditions",
    "participation": "Student Participation",
    "guardian_name": "Guardian Name",
    "guardian_relationship": "Guardian Relationship",
    "guardian_phone": "Guardian Phone",
    "guardian_email": "Guardian Email",
    "guardian_language": "Guardian Language",
}


@lru_cache(maxsize=4096)  # the same words ("SLD", "Spanish", "K") come back on every row
def normalise_header(text: str) -> str:
    """A header reduced to lowercase letters and digits: "Student Last-Name:" -> "studentlastname"."""
    folded = unicodedata.normalize("NFKD", text or "").casefold()
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii())


def _names(*spellings: str) -> set[str]:
    return {normalise_header(s) for s in spellings}


# Header spellings seen in district exports and teachers' own spreadsheets.
_HEADER_NAMES: dict[str, set[str]] = {
    "legal_first_name": _names(
        "First Name", "Student First Name", "Legal First Name", "First", "Given Name",
        "Student Given Name", "FName", "Stu First Name", "Student First"),
    "legal_last_name": _names(
        "Last Name", "Student Last Name", "Legal Last Name", "Last", "Surname", "Family Name",
        "LName", "Stu Last Name", "Student Last", "Student Surname"),
    "student_name": _names(
        "Student Name", "Name", "Student", "Full Name", "Student Full Name", "Legal Name",
        "Student Legal Name"),
    "preferred_name": _names(
        "Preferred Name", "Nickname", "Goes By", "Preferred First Name", "Known As",
        "Student Preferred Name"),
    "date_of_birth": _names(
        "DOB", "Date of Birth", "Birthdate", "Birth Date", "Birthday", "Student DOB",
        "Student Birthdate", "Student Date of Birth"),
    "grade": _names("Grade", "Grade Level", "Current Grade", "Gr", "Student Grade"),
    "school": _names(
        "School", "School Name", "Building", "Campus", "Attending School", "School of Attendance"),
    "district_student_id": _names(
        "Student ID", "Local ID", "District ID", "District Student ID", "Student Number",
        "ID", "Local Student ID", "Student #", "SIS ID", "Student No", "Perm ID", "LASID"),
    "disability_category": _names(
        "Primary Disability", "Disability", "Disability Category", "Primary Disability Category",
        "Eligibility", "Primary Eligibility", "Primary Exceptionality", "Exceptionality"),
    "last_iep_meeting": _names(
        "Last IEP Date", "Last IEP", "Last IEP Meeting", "Last IEP Meeting Date", "IEP Date",
        "Current IEP Date", "IEP Meeting Date", "Last Annual Review", "Last Annual Review Date",
        "IEP Start Date"),
    "annual_review_due": _names(
        "Annual Review Due", "Date of Next Annual Plan Review", "Next Annual Review",
        "Annual Review Due Date", "Next IEP Due", "IEP Due Date", "Annual IEP Due",
        "Next Annual Review Date", "IEP Due", "Annual Due", "IEP End Date"),
    "last_evaluation": _names(
        "Last Eval Date", "Last Evaluation", "Last Evaluation Date", "Evaluation Date",
        "Last Reevaluation", "Last Reevaluation Date", "Eval Date", "Last Eval"),
    "reevaluation_due": _names(
        "Reevaluation Due", "Re-evaluation Due", "Reeval Due", "Triennial Due",
        "Next Reevaluation", "Reevaluation Due Date", "Triennial Due Date", "Next Eval Due",
        "Three Year Reevaluation Due", "Next Triennial"),
    "strengths": _names("Strengths", "Student Strengths"),
    "hopes_and_dreams": _names("Hopes and Dreams", "Hopes", "Family Hopes and Dreams"),
    "culture_and_traditions": _names("Culture and Traditions", "Culture", "Family Culture"),
    "participation": _names("Student Participation", "Participation"),
    "guardian_name": _names(
        "Parent Name", "Guardian Name", "Parent/Guardian", "Parent/Guardian Name", "Parent",
        "Guardian", "Contact Name", "Parent 1 Name", "Guardian 1 Name", "Primary Contact",
        "Primary Contact Name", "Mother/Guardian", "Parent or Guardian"),
    "guardian_relationship": _names(
        "Relationship", "Guardian Relationship", "Parent Relationship", "Relation",
        "Contact Relationship", "Relationship to Student", "Parent/Guardian Relationship"),
    "guardian_phone": _names(
        "Parent Phone", "Guardian Phone", "Phone", "Home Phone", "Parent/Guardian Phone",
        "Contact Phone", "Primary Phone", "Cell Phone", "Parent Cell", "Telephone",
        "Phone Number", "Parent Phone Number"),
    "guardian_email": _names(
        "Parent Email", "Guardian Email", "Email", "Parent/Guardian Email", "Contact Email",
        "E-mail", "Parent E-mail", "Email Address", "Parent Email Address"),
    "guardian_language": _names(
        "Home Language", "Language", "Parent Language", "Preferred Language",
        "Guardian Language", "Primary Language", "Family Language", "Language Spoken at Home",
        "Parent/Guardian Language", "Home Language Code"),
}


def guess_mapping(headers: list[str]) -> list[str | None]:
    """The field each column most likely holds (None: do not import), by its header.

    A field is given to one column only, the first that names it.
    """
    taken: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        key = normalise_header(header)
        guess = next((f for f, names in _HEADER_NAMES.items() if key in names and f not in taken),
                     None)
        if guess:
            taken.add(guess)
        mapping.append(guess)
    return mapping


def mapping_setting_key(headers: list[str]) -> str:
    """The settings key under which the mapping for this exact set of headers is remembered."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return "import.mapping." + hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def mapping_problems(mapping: list[str | None]) -> list[Problem]:
    """Why the mapping cannot be used (a field taken twice, no name column), as problem codes
    (the window says them in its language, the command line in English)."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for target in mapping:
        if target is None:
            continue
        if target not in FIELD_LABELS:
            problems.append(Problem.of("import_not_a_field", value=target))
        elif target in seen:
            problems.append(Problem.of("import_column_twice",
                                       field=ImportField(target, as_title=True)))
        seen.add(target)
    if not seen & {"legal_first_name", "student_name"}:
        problems.append(Problem.of("import_no_name_column"))
    return problems


# -- reading the file ------------------------------------------------------------------

@dataclass
class CsvTable:
    headers: list[str]
    # (row number as Excel shows it, the cells); the header is row 1.
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str


ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "cp1252": "Windows-1252",
    "latin-1": "Windows-1252",
}

# Byte-order marks, longest first (UTF-32's little-endian mark begins like UTF-16's).
_BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
# The first bytes of files teachers pick by mistake, and what to call them.
_NOT_TEXT = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a picture (PNG)"),
    (b"\xff\xd8\xff", "a picture (JPEG)"),
    (b"GIF8", "a picture (GIF)"),
)
# Control characters other than tab, line breaks and form feed: a text file has next to none,
# any other file (a picture, a program, a database) is full of them. Above this share of
# the first bytes (and this many: a short table may carry a few, cleaned away), the file is
# not text (it would "decode" as Windows-1252 into a table of nonsense).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_MOST_CONTROL_SHARE = 0.02
_MOST_CONTROL_BYTES = 32
_SAVE_AS_CSV = ("In Excel, choose File ▸ Save As ▸ CSV UTF-8 (Comma delimited) and import "
                "that file.")
# One character written the UTF-8 way: two, three or four bytes, exactly as UTF-8 allows.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf16_without_mark(data: bytes) -> str | None:
    """The encoding of a UTF-16 file saved without a byte-order mark, when its zero bytes
    say so (every other byte of English text is zero); None otherwise."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) < 4 or len(data) % 2:
        return None
    if odd > len(sample) // 4 and even == 0:
        return "utf-16-le"
    if even > len(sample) // 4 and odd == 0:
        return "utf-16-be"
    return None


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read with, decided from the whole file.

    - A byte-order mark says UTF-8, UTF-16 or UTF-32, and the file must read that way.
    - Without one: UTF-8 when the whole file reads as UTF-8; UTF-16 when its zero bytes
      show it; Windows-1252 (what Excel on Windows writes for "CSV") only when the file
      holds no character written the UTF-8 way at all.
    - A file holding both (UTF-8 characters, and bytes that are not UTF-8: rows pasted from
      another file) is stopped: CsvFormatError names the line where the other encoding starts.
    Raises CsvFormatError, also for a workbook, a PDF or another file that is not text.
    """
    for start, what in _NOT_TEXT:
        if data.startswith(start):
            raise CsvFormatError(f"This file is {what}, not a CSV file. {_SAVE_AS_CSV}")
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError as error:
                raise _mixed(data, error.start + len(mark), ENCODING_NAMES[encoding]) from error
    sample = data[:4096]
    not_text = CsvFormatError("This file is not a text file, so it cannot be read as a "
                              f"table. {_SAVE_AS_CSV}")
    if sample.count(0) > len(sample) // 8:  # text has no zero bytes, but UTF-16 and binaries do
        utf16 = _utf16_without_mark(data)
        if utf16 is None:
            raise not_text
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as error:
            raise _mixed(data, error.start, "UTF-16") from error
    controls = len(_CONTROL_BYTES.findall(sample))
    if controls > max(_MOST_CONTROL_BYTES, len(sample) * _MOST_CONTROL_SHARE):
        raise not_text
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(data):
            raise _mixed(data, error.start, "UTF-8") from error
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five byte values have no cp1252 character; Latin-1 reads every byte (and the
        # control characters it gives them are cleaned away with the others).
        return data.decode("latin-1"), "latin-1"


def _mixed(data: bytes, offset: int, encoding: str) -> CsvFormatError:
    return CsvFormatError(
        f"This file is not written in one encoding: it reads as {encoding} up to line "
        f"{_line_of(data, offset)}, where characters are written another way (perhaps rows "
        "pasted from another file), and accented letters would come out wrong. Nothing was "
        f"imported. Open the file, check line {_line_of(data, offset)}, save the whole file "
        "again as CSV UTF-8, and import it again.")


_SEP_LINE = re.compile(r"^sep=(.)\r?$")

# The longest value one cell may hold. Python's csv module stops at 128 KB, less than a
# long note the app itself stores and exports; this is far beyond any real note, and still
# refuses a file whose broken quoting would swallow a whole district export into one cell.
MAX_CELL_CHARACTERS = 5_000_000
_QUOTED = re.compile(r'"(?:[^"]|"")*("?)')


def _line_breaks(text: str) -> int:
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def unclosed_quote_line(text: str, delimiter: str, first_line: int = 1) -> int | None:
    """The line where a quoted value opens that runs over a line break and is not closed
    properly (the file ends inside it, or its closing quote is followed by more text);
    None when every quote is in order.

    Python's csv module reads such a file without complaint, taking every following line
    into one value. A quote that goes wrong within one line (`"Ann "Bo" Lee"`) is read as
    the csv module reads it, as before: it cannot swallow other rows.
    """
    # A value is quoted when a quotation mark is its first character: at the start of the
    # file, or right after a delimiter or a line break (the csv module's rule; elsewhere a
    # quotation mark is an ordinary character). Jump from one such value to the next.
    starts = re.compile(f'(?:^|(?<=[\r\n{re.escape(delimiter)}]))"')
    line, position, end = first_line, 0, len(text)
    while (start := starts.search(text, position)) is not None:
        index = start.start()
        line += (text.count("\n", position, index) + text.count("\r", position, index)
                 - text.count("\r\n", position, index))
        match = _QUOTED.match(text, index)
        assert match is not None  # _QUOTED matches any text that starts with a quotation mark
        position = match.end()
        closed_well = bool(match.group(1)) and (
            position == end or text[position] in (delimiter, "\r", "\n"))
        breaks = _line_breaks(match.group())
        if breaks and not closed_well:
            return line
        line += breaks
    return None


# A value a spreadsheet would run as a formula starts with one of these (OWASP's list).
_FORMULA_START = re.compile(r"'*[=+\-@\t\r]")


def guard_formula(value: str) -> str:
    """`value` as a CSV cell Excel will not run as a formula: a value beginning with =, +, -,
    @, tab or carriage return gets a single quote in front (OWASP's advice), and so does a
    value already beginning with quotes before one of those, so that `unguard_formula`
    gives back exactly `value` ("+1 555 0100" -> "'+1 555 0100" -> "+1 555 0100")."""
    return "'" + value if _FORMULA_START.match(value) else value


def unguard_formula(cell: str) -> str:
    """The value of a cell written by `guard_formula`: one leading single quote is removed
    when what follows it is quotes and then =, +, -, @, tab or carriage return. Any other
    single quote is the value's own ("'plain", "O'Brien")."""
    return cell[1:] if cell.startswith("'") and _FORMULA_START.match(cell, 1) else cell


def _choose_delimiter(lines: list[str]) -> str:
    """Comma, semicolon or tab: the one that splits the header into most columns
    while the following rows split into the same number."""
    best, best_score = ",", (-1, -1.0)
    for delimiter in (",", ";", "\t"):
        try:
            records = [r for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            continue
        if not records:
            continue
        width = len(records[0])
        agreeing = sum(1 for r in records[1:] if len(r) == width) / max(1, len(records) - 1)
        score = (width if width > 1 else 0, agreeing)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _records(text: str, delimiter: str) -> list[list[str]]:
    """Every record of the file, with the cell-size limit raised for the reading."""
    records: list[list[str]] = []
    previous_limit = csv.field_size_limit(MAX_CELL_CHARACTERS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records.extend(reader)
    except csv.Error as error:
        row = len(records) + 1
        if "field larger than field limit" in str(error):
            raise CsvFormatError(
                f"Row {row} holds a value that is too long: one cell may hold up to "
                f"{MAX_CELL_CHARACTERS:,} characters. Nothing was imported. Check the "
                "quotation marks in that row; a missing one joins many rows into one cell."
            ) from error
        raise CsvFormatError(f"Row {row} of this file is not written the way CSV files are, "
                             "so the file cannot be read as a table. Nothing was imported."
                             ) from error
    finally:
        csv.field_size_limit(previous_limit)
    return records


def read_csv(data: bytes) -> CsvTable:
    """The file as a header and numbered rows. Raises CsvFormatError when it is not a table.

    Every cell comes back as IEP Desk stores text: control and direction-override
    characters removed, in one Unicode form (NFC; see core.clean_text), with the single
    quote that guards a formula-like value removed (see `unguard_formula`). Line breaks
    and tabs inside a cell stay ("\\n"); `read_rows` keeps them only in fields that may
    hold several lines.
    """
    text, encoding = decode_csv_bytes(data)
    first_line = text.split("\n", 1)[0]
    excel_sep = _SEP_LINE.match(first_line)
    first_line_number = 1
    if excel_sep:  # Excel's "sep=;" hint line; Excel hides it, so rows are counted without it
        text = text.split("\n", 1)[1] if "\n" in text else ""
        delimiter = excel_sep.group(1)
        first_line_number = 2
    else:
        previous_limit = csv.field_size_limit(MAX_CELL_CHARACTERS)
        try:
            delimiter = _choose_delimiter(text.splitlines()[:30])
        finally:
            csv.field_size_limit(previous_limit)
    opened = unclosed_quote_line(text, delimiter, first_line_number)
    if opened is not None:
        raise CsvFormatError(
            f"Line {opened} of this file opens a quotation mark (\") that is not closed "
            "properly, so the lines after it would all be read into one value. Nothing was "
            f"imported. Check the quotation marks on line {opened}, save the file, and "
            "import it again.")
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for number, record in enumerate(_records(text, delimiter), start=1):
        if headers is None:
            if not any(cell.strip() for cell in record):
                raise CsvFormatError("The first row of the file must hold the column names, "
                                     "but it is empty.")
            headers = [clean_text(cell).strip() for cell in record]
            continue
        if any(cell.strip() for cell in record):
            rows.append((number, [clean_text(unguard_formula(cell) if cell[:1] == "'" else cell,
                                             multiline=True) for cell in record]))
    if headers is None:
        raise CsvFormatError("The file is empty.")
    return CsvTable(headers, rows, encoding, delimiter)


# -- dates -----------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_SLASHED_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?"
                           r"(?: ?[AaPp][Mm])?)?$")

ORDER_WORDS = {"mdy": "month first (MM/DD/YYYY)", "dmy": "day first (DD/MM/YYYY)"}


# -- why a row is refused, and what else the preview says about it ---------------------------
# Each is a core.problems.Problem: a code with its values, in English for the command line
# (core.problems.ENGLISH), in the window's language in the import dialog (ui/problems.py).

class ImportField(str):
    """A field named inside a problem's sentence ("annual review due"; with `as_title`, as the column
    choices name it: "Annual review due"); `key` is the field, which the window names in its
    own language."""

    key: str
    as_title: bool

    def __new__(cls, key: str, *, as_title: bool = False) -> Self:
        words = "parent/guardian" if key == "guardian" else FIELD_LABELS[key]
        field_name = super().__new__(cls, words if as_title else lower_first(words))
        field_name.key = key
        field_name.as_title = as_title
        return field_name


class ImportFields(tuple):
    """Fields named in a list ("grade, school"), each an ImportField."""

    def __str__(self) -> str:
        return ", ".join(self)


def refused_as_typed(problem: Problem) -> Problem:
    """A row refused by a check core.validation makes on a typed value: `problem` is that
    check's, read as part of the row's list ("the date of birth cannot be in the future")."""
    return Problem.of("import_refused_as_typed", check=problem)


def _date_problem(code: str, target: str, raw: str, read_as: str | None) -> Problem:
    """Why a date cell was refused (ImportDateError's `code`); `read_as` is the file's order
    of day and month when the cell would be a date the other way round."""
    named: dict[str, Any] = {"field": ImportField(target), "value": raw}
    if code == "two_digit_year":
        return Problem.of("import_two_digit_year", **named)
    if code == "two_ways":
        return Problem.of("import_date_two_ways", **named)
    if read_as == "mdy":
        return Problem.of("import_not_a_date_month_first", **named)
    if read_as == "dmy":
        return Problem.of("import_not_a_date_day_first", **named)
    return Problem.of("import_not_a_date", **named)


class ImportDateError(ValueError):
    """A cell that is not a date; the message completes "date of birth … ". `code` names the
    reason: "not_a_date", "two_digit_year" or "two_ways"."""

    def __init__(self, code: str):
        super().__init__(_DATE_REASONS[code])
        self.code = code


_DATE_REASONS = {
    "not_a_date": "is not a date",
    "two_digit_year": "has a two-digit year; write the year in full (for example 2015)",
    "two_ways": "could be read two ways; say whether the day or the month comes first",
}


def parse_import_date(text: str, order: str | None) -> date | None:
    """A date cell read as YYYY-MM-DD, or MM/DD/YYYY / DD/MM/YYYY by `order` ("mdy"/"dmy").

    Empty means no date. Raises ImportDateError (message: why, in plain words).
    """
    text = (text or "").strip()
    if not text:
        return None
    iso = _ISO_DATE.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        slashed = _SLASHED_DATE.match(text)
        if not slashed:
            raise ImportDateError("not_a_date")
        first, second, year_text = slashed.groups()
        if len(year_text) == 2:
            raise ImportDateError("two_digit_year")
        if order is None:
            if int(first) > 12:
                order = "dmy"
            elif int(second) > 12 or first == second:
                order = "mdy"
            else:
                raise ImportDateError("two_ways")
        month, day = (int(first), int(second)) if order == "mdy" else (int(second), int(first))
        year = int(year_text)
    try:
        return date(year, month, day)
    except ValueError:
        raise ImportDateError("not_a_date") from None


@dataclass
class DateOrder:
    """How the file writes slashed dates: "mdy", "dmy", or None when it does not matter."""

    order: str | None
    # True when every slashed date could be read both ways: the teacher must say.
    needs_question: bool = False
    # Some dates clearly say day first and others month first.
    mixed: bool = False
    examples: list[str] = field(default_factory=list)


def decide_date_order(table: CsvTable, mapping: list[str | None]) -> DateOrder:
    """Decide the order of day and month from the file's own values.

    A first number above 12 means day first, a second above 12 month first.
    When the file holds both kinds, the more common one wins and the others
    will be rejected as not dates. When every slashed date has both numbers at
    12 or below (and they differ), nobody can tell: `needs_question` is set.
    """
    columns = [i for i, target in enumerate(mapping) if target in DATE_FIELDS]
    day_first = month_first = ambiguous = 0
    examples: list[str] = []
    for _number, cells in table.rows:
        for index in columns:
            if index >= len(cells):
                continue
            match = _SLASHED_DATE.match(cells[index].strip())
            if not match:
                continue
            first, second = int(match.group(1)), int(match.group(2))
            if first > 12 and 1 <= second <= 12:
                day_first += 1
            elif second > 12 and 1 <= first <= 12:
                month_first += 1
            elif first != second and first <= 12 and second <= 12:
                ambiguous += 1
                if len(examples) < 3:
                    examples.append(cells[index].strip())
    if day_first or month_first:
        order = "dmy" if day_first > month_first else "mdy"
        return DateOrder(order, mixed=bool(day_first and month_first))
    if ambiguous:
        return DateOrder(None, needs_question=True, examples=examples)
    return DateOrder(None)


# -- turning cells into values -----------------------------------------------------------

def _key(text: str) -> str:
    return normalise_header(text)


_GRADE_WORDS = {
    "prek": "Pre-K", "pk": "Pre-K", "p": "Pre-K", "preschool": "Pre-K", "prekindergarten": "Pre-K",
    "k": "K", "kg": "K", "kindergarten": "K", "kinder": "K", "tk": "K", "0": "K", "00": "K",
    "postsecondary": "Post-secondary", "ps": "Post-secondary", "13": "Post-secondary",
    "1821": "Post-secondary", "transition": "Post-secondary",
}


def normalise_grade(text: str) -> str:
    """A grade as IEP Desk lists it ("01", "Grade 3", "3rd", "KG" -> "1", "3", "3", "K").

    A grade it does not recognise is kept as written.
    """
    raw = (text or "").strip()
    key = _key(raw)
    if key in _GRADE_WORDS:
        return _GRADE_WORDS[key]
    number = re.fullmatch(r"(?:grade|gr)?0*(\d{1,2})(?:st|nd|rd|th)?(?:grade)?", key)
    if number and number.group(1) in GRADES:
        return number.group(1)
    return raw


_DISABILITY_WORDS = {
    "au": "autism", "aut": "autism", "asd": "autism", "autismspectrumdisorder": "autism",
    "db": "deaf_blindness", "deafblind": "deaf_blindness", "deafblindness": "deaf_blindness",
    "deaf": "deafness", "dd": "developmental_delay", "ed": "emotional_disturbance",
    "ebd": "emotional_disturbance", "emotionaldisability": "emotional_disturbance",
    "emotionalbehavioraldisability": "emotional_disturbance",
    "seriousemotionaldisturbance": "emotional_disturbance", "hi": "hearing_impairment",
    "id": "intellectual_disability", "intellectualdisabilities": "intellectual_disability",
    "md": "multiple_disabilities", "oi": "orthopedic_impairment",
    "ohi": "other_health_impairment", "sld": "specific_learning_disability",
    "ld": "specific_learning_disability", "learningdisability": "specific_learning_disability",
    "sli": "speech_language_impairment", "si": "speech_language_impairment",
    "speechorlanguageimpairment": "speech_language_impairment",
    "speechlanguageimpairment": "speech_language_impairment",
    "speechimpairment": "speech_language_impairment",
    "languageimpairment": "speech_language_impairment", "tbi": "traumatic_brain_injury",
    "vi": "visual_impairment", "visualimpairmentincludingblindness": "visual_impairment",
    "blindness": "visual_impairment",
}
_DISABILITY_WORDS.update({_key(code): code for code in DISABILITY_CATEGORIES})


def normalise_disability(text: str) -> tuple[str, Problem | None]:
    """The IDEA category code for a cell, and a note when it had to become "other"."""
    raw = (text or "").strip()
    if not raw:
        return "", None
    code = _DISABILITY_WORDS.get(_key(raw))
    if code:
        return code, None
    return "other", Problem.of("import_disability_saved_as_other", value=raw)


def _participation(text: str) -> str | None:
    key = _key(text)
    for mode in PARTICIPATION_MODES:
        if _key(mode) == key:
            return mode
    return None


def _language_key(text: str) -> str:
    """A language name compared without case, accents, spaces or punctuation, in any script
    ("Español" -> "espanol", "العربية" stays Arabic letters)."""
    folded = unicodedata.normalize("NFKD", text or "").casefold()
    return "".join(ch for ch in folded if ch.isalnum())


# Names district files use that are not the list's own: the spoken variety, or an older name.
_LANGUAGE_ALIASES = (("mandarin", "zh"), ("cantonese", "yue"), ("creole", "ht"),
                     ("haitian", "ht"), ("farsi", "fa"), ("dari", "fa_AF"), ("prs", "fa_AF"),
                     ("filipino", "fil"), ("tagalog", "tl"), ("chinese", "zh"))


def _language_names() -> dict[str, str]:
    """Every language of core.languages (its English name, its own name, its code) -> code."""
    names: dict[str, str] = {}
    for language in all_languages():
        for name in (language.code, language.english_name, language.own_name):
            if name:
                names.setdefault(_language_key(name), language.code)
    for name, code in _LANGUAGE_ALIASES:
        names.setdefault(name, code)
    return names


_LANGUAGES: dict[str, str] | None = None


def normalise_language(text: str) -> str | None:
    """The language code for "Spanish", "Español", "es", "ES-MX", "Dari", "Hmong", "አማርኛ"...,
    resolved against the app's list of languages (core.languages); None when unknown.
    A regional code gives its language ("es-MX" -> "es"), except the variants the list
    names on their own ("fa_AF", Dari; "zh_Hant", traditional Chinese)."""
    global _LANGUAGES
    if _LANGUAGES is None:
        _LANGUAGES = _language_names()
    raw = (text or "").strip()
    key = _language_key(raw)
    if key in _LANGUAGES:
        return _LANGUAGES[key]
    if re.fullmatch(r"[A-Za-z]{2,3}(?:[-_ ][A-Za-z0-9]{2,8})*", raw):
        language = find_language(raw.replace(" ", "_"))
        if language is not None:
            return language.code
    base = re.split(r"[-_ (]", raw.casefold())[0]
    return _LANGUAGES.get(_language_key(base))


def split_whole_name(text: str) -> tuple[str, str]:
    """(first, last) from "Last, First Middle" or "First Last"."""
    text = " ".join((text or "").split())
    if "," in text:
        last, first = text.split(",", 1)
        return first.strip(), last.strip()
    if " " in text:
        first, last = text.rsplit(" ", 1)
        return first, last
    return text, ""


@dataclass
class ImportRow:
    """One data row of the file, read into values, with what is wrong with it."""

    row_number: int
    # Only fields whose cell had a value; an empty cell never erases what is on file.
    student: dict[str, Any] = field(default_factory=dict)  # Student's fields, by name
    guardian: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The row's legal name as the preview shows it; a part too long to be a name (the
        row is refused for it) is shown cut after LONGEST_NAME characters."""
        parts = (str(self.student.get(k, "")) for k in ("legal_first_name", "legal_last_name"))
        return " ".join(part if len(part) <= LONGEST_NAME else part[:LONGEST_NAME] + "…"
                        for part in parts).strip()


def read_rows(table: CsvTable, mapping: list[str | None], date_order: str | None,
              today: date) -> list[ImportRow]:
    """Every data row read into values with the rules each field follows.

    `date_order` is "mdy" or "dmy" (None only when the file's slashed dates are
    unambiguous). The checks that need the caseload on file (matching, a due date
    before a saved last meeting) are the importer's.
    """
    rows = []
    for number, cells in table.rows:
        row = ImportRow(number)
        for index, target in enumerate(mapping):
            if target is None:
                continue
            raw = cells[index] if index < len(cells) else ""
            if target not in MULTILINE_FIELDS and ("\n" in raw or "\t" in raw):
                raw = _LINE_OR_TAB.sub(" ", raw)  # a line break or tab in a name: one space
            raw = raw.strip()
            if not raw:
                continue
            _read_cell(row, target, raw, date_order)
        extra = [clean_text(cell).strip() for cell in cells[len(mapping):] if cell.strip()]
        if extra:  # values past the last named column would otherwise vanish unseen
            shown = ", ".join(extra[:3])
            row.notes.append(
                Problem.of("import_values_beyond_columns", count=len(extra), values=shown)
                if len(extra) > 1 else Problem.of("import_value_beyond_columns", values=shown))
        _check_row(row, today)
        rows.append(row)
    return rows


def _read_cell(row: ImportRow, target: str, raw: str, date_order: str | None) -> None:
    if target in DATE_FIELDS:
        try:
            row.student[target] = parse_import_date(raw, date_order)
        except ImportDateError as error:
            read_as = (date_order if date_order and _readable_the_other_way(raw, date_order)
                       else None)
            row.problems.append(_date_problem(error.code, target, raw, read_as))
    elif target == "student_name":
        first, last = split_whole_name(raw)
        row.student.setdefault("legal_first_name", first)
        if last:
            row.student.setdefault("legal_last_name", last)
    elif target == "legal_first_name" or target == "legal_last_name":
        row.student[target] = " ".join(raw.split())  # a whole-name column never wins over these
    elif target == "grade":
        row.student["grade"] = normalise_grade(raw)
    elif target == "disability_category":
        code, note = normalise_disability(raw)
        row.student["disability_category"] = code
        if note:
            row.notes.append(note)
    elif target == "participation":
        mode = _participation(raw)
        if mode is None:
            row.problems.append(Problem.of(
                "import_not_a_choice", field=ImportField(target),
                value=raw, choices=", ".join(m.replace("_", " ") for m in PARTICIPATION_MODES)))
        else:
            row.student["participation"] = mode
    elif target == "guardian_language":
        language = normalise_language(raw)
        if language is None:
            row.problems.append(Problem.of("import_unknown_language", value=raw))
        else:
            row.guardian["language"] = language
    elif target in GUARDIAN_FIELDS:
        row.guardian[target.removeprefix("guardian_")] = raw
    else:
        row.student[target] = raw


def _readable_the_other_way(raw: str, order: str) -> bool:
    other = "dmy" if order == "mdy" else "mdy"
    try:
        parse_import_date(raw, other)
    except ImportDateError:
        return False
    return True


def _check_row(row: ImportRow, today: date) -> None:
    """The checks core.validation makes when a teacher types the same values."""
    values = row.student
    if not str(values.get("legal_first_name", "")).strip():
        row.problems.append(Problem.of("import_first_name_empty"))
    names = [(name, values.get(name)) for name in STUDENT_NAME_FIELDS]
    names.append(("guardian_name", row.guardian.get("name")))
    for name, value in names:
        if check_name_length(value):
            row.problems.append(Problem.of(
                "import_name_too_long",
                field=ImportField(name), length=len(str(value).strip()), most=LONGEST_NAME))
    probe = Student(legal_first_name="?")
    for name in DATE_FIELDS:
        if isinstance(values.get(name), date):
            setattr(probe, name, values[name])
    present = [name for name in DATE_FIELDS if isinstance(values.get(name), date)]
    row.problems.extend(date_problems(probe, present, today))
    if row.guardian:
        if not row.guardian.get("name", "").strip():
            row.problems.append(Problem.of("import_guardian_without_name"))
        email_problem = check_email(row.guardian.get("email", ""))
        if email_problem:
            row.problems.append(refused_as_typed(email_problem))


def date_problems(student: Student, names: list[str], today: date) -> list[Problem]:
    """core.validation's date checks on `student` for the fields in `names`, one problem each.

    A last meeting after its due date is one problem, reported once (on the due date).
    """
    problems: list[Problem] = []
    for name in names:
        value = getattr(student, name)
        if not isinstance(value, date):
            continue
        probe = student
        if name == "last_iep_meeting" and student.annual_review_due is not None:
            probe = replace(student, annual_review_due=None)
        elif name == "last_evaluation" and student.reevaluation_due is not None:
            probe = replace(student, reevaluation_due=None)
        problem = check_student_field(probe, name, value, today)
        if problem:
            problems.append(refused_as_typed(problem))
    return problems


def counted(number: int, one: str, many: str) -> str:
    """"1 student", "2 students", "0 students": a count with its noun in the right number."""
    return f"{number} {one if number == 1 else many}"


# -- the preview ---------------------------------------------------------------------------

ADD, UPDATE, UNCHANGED, REJECT = "add", "update", "unchanged", "reject"
ACTION_WORDS = {ADD: "Added", UPDATE: "Updated", UNCHANGED: "Unchanged", REJECT: "Rejected"}


@dataclass
class PreviewRow:
    row_number: int
    action: str  # ADD, UPDATE, UNCHANGED or REJECT
    name: str
    # For REJECT the reasons; for UPDATE what changes; notes for any action.
    details: list[Problem] = field(default_factory=list)
    student_id: int | None = None  # the student on file, for UPDATE/UNCHANGED
    row: ImportRow | None = None
    # What the importer will write for this row (its own structure, opaque here:
    # storage.importer reads it back as it wrote it).
    plan: Any = None


@dataclass
class ImportPreview:
    rows: list[PreviewRow]
    unmapped_columns: list[str] = field(default_factory=list)
    # The day the checks were made for ("a date of birth in the future"); the importer
    # checks the rows again with it when it writes them.
    today: date | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def rejected(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action == REJECT]

    @property
    def writable(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.action in (ADD, UPDATE)]

    def can_import(self, *, skip_rejected: bool) -> bool:
        """True when confirming would write something and nothing would be silently left out."""
        return bool(self.writable) and (skip_rejected or not self.rejected)

    def summary(self) -> str:
        return (f"{self.count(ADD)} to add, {self.count(UPDATE)} to update, "
                f"{self.count(UNCHANGED)} unchanged, {self.count(REJECT)} rejected")

    def rejection_lines(self) -> list[str]:
        return [f"row {r.row_number}: {_listed(r.details)}" for r in self.rejected]

    def as_text(self) -> str:
        """The preview as the command line prints it."""
        lines = []
        for row in self.rows:
            word = ACTION_WORDS[row.action]
            detail = f" ({_listed(row.details)})" if row.details else ""
            lines.append(f"row {row.row_number}: {word}: {row.name or '(no name)'}{detail}")
        if self.unmapped_columns:
            lines.append("Columns not imported: " + ", ".join(self.unmapped_columns))
        lines.append(self.summary())
        return "\n".join(lines)


def _listed(details: list[Problem]) -> str:
    """A row's reasons or notes in English, one after another ("…; …")."""
    return "; ".join(str(detail) for detail in details)
