"""Take the README's pictures of the family's answers dialog and of Plan the year, on the
sample caseload, inside a laptop's 1366 × 768 window.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_substance_screenshots.py

The returned sheet is the app's own fillable sheet with fields set by pypdf, as a parent's
PDF reader would fill them. Dates are written the US way (the locale is set here).
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from iep_desk.app import handouts as app_handouts
from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.family_preparation import choice_field_name, field_name
from iep_desk.printing import make_document
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.planner.preparation_answers import PreparationAnswersDialog
from iep_desk.ui.planner.year_planner import YearPlannerDialog

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH, HEIGHT = 1366, 768


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def returned_sheet(stores: Stores, meeting_id: int) -> bytes:
    data = app_handouts.gather(stores, meeting_id=meeting_id)
    pdf = make_document("fillable-preparation-sheet", data, ["en"]).pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    values = {
        field_name("hopes_this_year"): "Read a chapter book on her own",
        field_name("hopes_later"): "Work with animals, maybe a vet nurse",
        field_name("good_at"): "Drawing, and she is very kind to her little brother",
        field_name("works_at_home"): "A picture schedule on the fridge",
        field_name("worries"): "Lunch and recess are hard; she eats alone",
        field_name("questions"): "Can she have speech twice a week? Who helps her at lunch?",
        field_name("times"): "Tue and Thu 3:30 pm-5 pm",
        choice_field_name("progress_contact", "text"): "/Yes",
    }
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> int:
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-shots-"))
    store = open_caseload(folder)
    write_demo_caseload(store, with_meetings=True)
    stores = Stores.of(store)
    desk = Desk(stores)
    today = date.today()
    meeting = next(m for m in stores.meetings.list_meetings(statuses=["confirmed", "proposed"])
                   if m.starts_at is not None and m.starts_at.date() >= today)

    dialog = PreparationAnswersDialog(desk, meeting.id, today=today)
    sheet = folder / "returned.pdf"
    sheet.write_bytes(returned_sheet(stores, meeting.id))
    dialog.resize(WIDTH - 40, HEIGHT - 60)
    dialog.show()
    dialog.open_pdf(sheet)
    dialog.tick_answered()
    dialog.rows["worries"].accept.setChecked(False)
    settle(app)
    dialog.grab().save(str(OUT / "preparation-answers.png"))
    dialog.close()

    # The range the dialog proposes: from today, about ten months on.
    planner = YearPlannerDialog(desk, today=today)
    planner.resize(WIDTH - 40, HEIGHT - 60)
    planner.show()
    planner.place()
    settle(app)
    planner.grab().save(str(OUT / "year-planner.png"))
    planner.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
