"""Speed of the CSV import: preview and import of a 5,000-row caseload file.

Targets from issue 6: the preview under 1 second, the import under 1 second more.
Each is the median of several runs on a fresh caseload file in a temporary folder.
"""

from __future__ import annotations

import csv
import io
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from iep_desk.core.csv_import import decide_date_order, read_csv, read_rows
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.importer import apply_import, preview_import, starting_mapping

ROWS = 5000
RUNS = 5
TARGET_MS = 1000.0


def sample_csv(rows: int = ROWS) -> bytes:
    """A district-style export: semicolons, slashed US dates, a guardian per student."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Student ID", "Student Last Name", "Student First Name", "DOB", "Grade",
                     "School", "Primary Disability", "Last IEP Date", "Annual Review Due",
                     "Parent/Guardian Name", "Parent Phone", "Parent Email", "Home Language"])
    start = date(2010, 1, 1)
    for i in range(rows):
        born = start + timedelta(days=i % 3000)
        last = date(2026, 1, 1) + timedelta(days=i % 300)
        writer.writerow([f"S{i:05d}", f"Lastname{i}", f"Firstname{i}", born.strftime("%m/%d/%Y"),
                         str(1 + i % 12), "North Elementary", "SLD",
                         last.strftime("%m/%d/%Y"), (last + timedelta(days=364)).strftime("%m/%d/%Y"),
                         f"Parent {i}", f"555-{i:04d}", f"parent{i}@example.org",
                         ("Spanish", "English", "Vietnamese")[i % 3]])
    return out.getvalue().encode("cp1252")


def _preview(store, data: bytes):
    table = read_csv(data)
    mapping = starting_mapping(store, table.headers)
    order = decide_date_order(table, mapping).order
    rows = read_rows(table, mapping, order, date.today())
    return preview_import(store, rows, today=date.today())


def _measure() -> tuple[list[float], list[float], list[float]]:
    data = sample_csv()
    previews, imports, again = [], [], []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as folder:
            store = open_caseload(Path(folder) / "data")
            try:
                started = time.perf_counter()
                preview = _preview(store, data)
                previews.append((time.perf_counter() - started) * 1000)
                assert preview.count("add") == ROWS, preview.summary()
                started = time.perf_counter()
                apply_import(store, preview)
                imports.append((time.perf_counter() - started) * 1000)
                assert store.count_students() == ROWS
                # The same file a month later: every row is matched against the caseload.
                started = time.perf_counter()
                second = _preview(store, data)
                again.append((time.perf_counter() - started) * 1000)
                assert second.count("unchanged") == ROWS, second.summary()
            finally:
                store.db.close()
    return previews, imports, again


def rows() -> list[dict]:
    previews, imports, again = _measure()
    result = []
    for measure, times in ((f"CSV import preview, {ROWS} rows", previews),
                           (f"CSV import write, {ROWS} rows (one transaction)", imports),
                           (f"CSV import preview, {ROWS} rows all matched on file", again)):
        ours = statistics.median(times)
        result.append({
            "measure": measure,
            "ours_ms": round(ours, 1),
            "reference": "target 1000 ms",
            "reference_ms": TARGET_MS,
            "ratio": round(ours / TARGET_MS, 3),
            "target": "< 1.0",
            "ok": ours < TARGET_MS,
        })
    return result


if __name__ == "__main__":
    for row in rows():
        print(row)
