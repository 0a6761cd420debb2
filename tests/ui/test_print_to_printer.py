"""A real print: the agenda goes through the app's print path (Qt's print dialog, answered
here, then QPrinter) to CUPS's PDF printer, and what comes out is read back.

The printed pages are pictures (the app draws each page through QPrinter), so the
printed PDF has no text layer: its first page is turned into an image (pdftoppm)
and read with OCR (tesseract). CI installs cups, printer-driver-cups-pdf,
tesseract-ocr and tesseract-ocr-eng; off CI, the test is skipped when cupsd is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from iep_desk.core.meetings import Participant
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.handout_actions import HandoutActions
from iep_desk.ui.handouts import print_pdf
from tests.app.test_handouts import TODAY, seed_meeting

PRINTER = "PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
LAST_NAME = "Whitfield"  # plain ASCII: OCR reads it reliably
WAIT_SECONDS = 90


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)


def _cups_answers() -> bool:
    return shutil.which("lpstat") is not None and _run("lpstat", "-r").returncode == 0 \
        and "not running" not in _run("lpstat", "-r").stdout


def ensure_cups_pdf_printer() -> None:
    """cupsd running with the cups-pdf printer "PDF"; skip only off CI when CUPS is missing."""
    if shutil.which("cupsd") is None:
        if os.environ.get("CI"):
            pytest.fail("CUPS is not installed; CI must install cups and printer-driver-cups-pdf")
        pytest.skip("CUPS (cupsd) is not installed on this machine")
    for tool in ("lpadmin", "lpstat", "pdftoppm", "tesseract"):
        assert shutil.which(tool), f"{tool} is needed for the print test"
    if not _cups_answers():
        # cupsd with no options forks into the background as a daemon.
        started = _run("cupsd")
        assert started.returncode == 0, f"cupsd did not start: {started.stderr}"
        deadline = time.monotonic() + 30
        while not _cups_answers():
            assert time.monotonic() < deadline, "cupsd did not answer within 30 s"
            time.sleep(0.3)
    if _run("lpstat", "-p", PRINTER).returncode != 0:
        added = _run("lpadmin", "-p", PRINTER, "-v", "cups-pdf:/", "-m", PPD, "-E")
        assert added.returncode == 0, f"could not add the PDF printer: {added.stderr}"
    _run("cupsenable", PRINTER)
    _run("cupsaccept", PRINTER)


def cups_pdf_output_folder() -> Path:
    """Where cups-pdf writes: the `Out` line of /etc/cups/cups-pdf.conf (${HOME}: the home
    of the user who printed, which is us)."""
    folder = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            found = re.match(r"\s*Out\s+(\S+)", line)
            if found:
                folder = found.group(1)
    return Path(folder.replace("${HOME}", str(Path.home())).replace("$HOME", str(Path.home())))


def answer_print_dialog(answered: list) -> None:
    """Find the modal print dialog, choose the PDF printer if it is not chosen, and accept."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QPrintDialog):
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QPrintDialog) and w.isVisible()), None)
    if dialog is None:
        QTimer.singleShot(100, lambda: answer_print_dialog(answered))
        return
    for box in dialog.findChildren(QComboBox):
        index = box.findText(PRINTER)
        if index >= 0 and box.currentIndex() != index:
            box.setCurrentIndex(index)
    answered.append((dialog.printer().copyCount(), dialog.windowTitle()))
    dialog.accept()


def ocr_first_page(pdf: Path, folder: Path) -> str:
    stem = folder / "printed"
    done = _run("pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(stem))
    assert done.returncode == 0, done.stderr
    page = next(folder.glob("printed*.png"))
    read = _run("tesseract", str(page), "stdout")
    assert read.returncode == 0, read.stderr
    return read.stdout


@pytest.mark.slow  # a real CUPS queue and OCR: left out by `pytest -m "not slow"`, run by CI
def test_agenda_printed_to_cups_pdf_says_agenda_and_the_students_name(
        qtbot, store, tmp_path, monkeypatch):
    ensure_cups_pdf_printer()
    assert PRINTER in [p.printerName() for p in QPrinterInfo.availablePrinters()]
    stores = Stores(store.db)
    seeded = seed_meeting(store, stores)
    store.update_field("students", seeded.student_id, "legal_last_name", LAST_NAME)
    # The student comes to their own meeting, so their full name is on the agenda.
    stores.meetings.add_participant(Participant(seeded.meeting_id, f"Ánh {LAST_NAME}", is_student=True))
    # The family's language has no template (a notice), and the seeded agenda runs two
    # minutes past the meeting's end (a warning): both answered with OK.
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)

    parent = QWidget()
    qtbot.addWidget(parent)
    actions = HandoutActions(["agenda"], lambda: seeded.meeting_id, Desk(stores), parent)
    actions.today = TODAY
    made = actions.make("agenda")
    assert made is not None

    out_folder = cups_pdf_output_folder()
    token = f"iepdeskprinttest{uuid.uuid4().hex[:10]}"
    answered: list = []
    QTimer.singleShot(200, lambda: answer_print_dialog(answered))
    assert print_pdf(made.pdf, parent, copies=actions.copies_for(made), document_name=token)
    assert answered and answered[0][0] == seeded.expected_at_table + 1  # the student too

    printed = None
    deadline = time.monotonic() + WAIT_SECONDS
    while printed is None and time.monotonic() < deadline:
        candidates = [p for p in out_folder.glob(f"*{token}*.pdf")] if out_folder.is_dir() else []
        # cups-pdf writes the file in place, and may pause while it converts: the file is
        # whole once the queue has no job left and the PDF ends with its end-of-file mark.
        if candidates and not _run("lpstat", "-o", PRINTER).stdout.strip() and \
                b"%%EOF" in candidates[0].read_bytes()[-1024:]:
            printed = candidates[0]
        else:
            time.sleep(0.3)
    assert printed is not None, f"no printed PDF for {token} in {out_folder} after {WAIT_SECONDS} s"
    try:
        assert printed.read_bytes()[:4] == b"%PDF"
        text = ocr_first_page(printed, tmp_path)
        assert re.search(r"agenda", text, re.IGNORECASE), text
        assert LAST_NAME in text, text
    finally:
        printed.unlink(missing_ok=True)
