"""Bringing a caseload in (a CSV file, a full export) and taking it out (CSV, JSON, a
calendar file). The window and the command line both go through here."""

from __future__ import annotations

from iep_desk.app.changes import Changes
from iep_desk.app.undo import OpResult
from iep_desk.core.csv_import import ImportPreview
from iep_desk.storage import export, importer
from iep_desk.storage.stores import Stores

# An import adds or changes students and their families, and remembers the columns chosen;
# a corrected student name reaches their meetings still planned (the participants).
IMPORTED = Changes(students=True, family=True, settings=True, participants=True)


def import_csv(stores: Stores, *, preview: ImportPreview, skip_rejected: bool,
               headers: list[str], mapping: list[str | None]
               ) -> OpResult[importer.ImportResult]:
    """Write a confirmed import preview (all of it or nothing; storage.importer.apply_import)
    and remember the teacher's column choices for files with these headers. Raises
    ImportRefused, SaveFailed."""
    result = importer.apply_import(stores.caseload, preview, skip_rejected=skip_rejected)
    importer.remember_mapping(stores.caseload, headers, mapping)
    return OpResult(IMPORTED, result)


def import_full_export(stores: Stores, *, data: dict) -> OpResult[dict[str, int]]:
    """Fill an empty caseload from a full export (storage.export.import_full_export)."""
    return OpResult(Changes.everything(), export.import_full_export(stores.caseload, data))


def caseload_csv(stores: Stores) -> bytes:
    return export.caseload_csv_bytes(stores.caseload)


def full_export(stores: Stores) -> bytes:
    return export.full_export_bytes(stores.caseload)


def meetings_calendar(stores: Stores, *, include_names: bool) -> bytes:
    return export.meetings_ics_bytes(stores.caseload, include_names=include_names)
