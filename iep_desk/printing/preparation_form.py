"""Reading a returned family preparation sheet: the answers a family typed into the fillable PDF.

`read_returned_form(pdf)` never raises for a bad file: it returns a ReturnedForm that
either holds the meeting's calendar UID and the answers (core.family_preparation.Answer,
in the sheet's order), or is refused with a FormProblem code and details for the
teacher's message (which the UI words):

- DAMAGED_PDF: not a PDF, or one too damaged to read (details: what failed);
- LOCKED_PDF: a PDF protected by a password;
- NOT_OUR_FORM: a PDF without our form's fields (another school's form, a scan, or our
  sheet printed to PDF, which keeps the page and drops the fields);
- FIELDS_RENAMED: our form, but fields are missing or renamed (details: the missing
  field names, then the unknown ones), so answers could land in the wrong place;
- NEWER_FORM_VERSION: made by a newer IEP Desk (details: the version found).

Nothing is filed here: the application layer shows each answer beside where it will go
and files only what the teacher accepts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from enum import StrEnum

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from iep_desk.core.family_preparation import (
    FORM_ID,
    FORM_VERSION,
    MARKER_ID,
    Answer,
    answers_from_fields,
    expected_field_names,
    field_name,
    read_marker,
)


class FormProblem(StrEnum):
    DAMAGED_PDF = "damaged_pdf"
    LOCKED_PDF = "locked_pdf"
    NOT_OUR_FORM = "not_our_form"
    FIELDS_RENAMED = "fields_renamed"
    NEWER_FORM_VERSION = "newer_form_version"


@dataclass(frozen=True)
class ReturnedForm:
    """What a returned sheet holds, or why it was refused (`problem` set, no answers)."""

    meeting_uid: str = ""
    form_version: int | None = None
    answers: list[Answer] = field(default_factory=list)
    problem: FormProblem | None = None
    details: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return self.problem is None


def _refused(problem: FormProblem, *details: str, version: int | None = None) -> ReturnedForm:
    return ReturnedForm(problem=problem, details=tuple(details), form_version=version)


_OUR_PREFIX = f"{FORM_ID}:"


def read_returned_form(pdf: bytes) -> ReturnedForm:
    """The answers of a filled preparation sheet, or the reason it cannot be read (see the
    module's docstring). Never raises for a bad file."""
    try:
        values = _field_values(pdf)
    except _Locked:
        return _refused(FormProblem.LOCKED_PDF)
    except Exception as error:  # noqa: BLE001
        # A damaged file can make a PDF parser fail in almost any way (pypdf raises its
        # own errors, but also ValueError, KeyError, RecursionError... on broken objects):
        # whatever it is, the file cannot be read, and the teacher is told so.
        return _refused(FormProblem.DAMAGED_PDF, type(error).__name__)
    ours = {name for name in values if name.startswith(_OUR_PREFIX)}
    if not ours:
        return _refused(FormProblem.NOT_OUR_FORM)
    marker_name = field_name(MARKER_ID)
    if marker_name not in values:
        return _refused(FormProblem.FIELDS_RENAMED, marker_name)
    marker = read_marker(values[marker_name])
    if marker is None or marker.version < 1:
        return _refused(FormProblem.NOT_OUR_FORM, marker_name)
    if marker.version > FORM_VERSION:
        return _refused(FormProblem.NEWER_FORM_VERSION, str(marker.version),
                        version=marker.version)
    expected = expected_field_names()
    missing = [name for name in expected if name not in values]
    if missing:
        unknown = sorted(ours - set(expected))
        return _refused(FormProblem.FIELDS_RENAMED, *missing, *unknown, version=marker.version)
    return ReturnedForm(meeting_uid=marker.meeting_uid, form_version=marker.version,
                        answers=answers_from_fields(values))


class _Locked(Exception):
    pass


def _field_values(pdf: bytes) -> dict[str, str]:
    """Every form field's fully qualified name and value as text ("" when empty; a
    checkbox's state as its name, "/Yes" or "/Off")."""
    reader = PdfReader(io.BytesIO(pdf), strict=False)
    if reader.is_encrypted:
        # A file with an empty user password opens without asking anyone; any other is
        # locked (or uses encryption pypdf cannot open without an extra package).
        try:
            opened = reader.decrypt("")
        except Exception as error:
            raise _Locked from error
        if not opened:
            raise _Locked
    try:
        fields = reader.get_fields()
    except FileNotDecryptedError as error:
        raise _Locked from error
    values = {}
    for name, entry in (fields or {}).items():
        value = entry.get("/V")
        if isinstance(value, (list, tuple)):  # a list box's several choices
            value = "\n".join(str(v) for v in value)
        values[str(name)] = "" if value is None else str(value)
    return values


__all__ = ["FormProblem", "ReturnedForm", "read_returned_form"]
