"""Take the README's picture of a student's IEP tab (docs/screenshots/iep-record.png) on the
sample caseload, with goals, progress notes, services and accommodations added, at a
laptop's 1366 × 768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_iep_record_screenshot.py
"""

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from iep_desk.app import iep_record as op
from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.goals import Accommodation, Goal, ProgressNote, Rating, Service
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from iep_desk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH, HEIGHT = 1366, 768


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def add_record(stores: Stores, student_id: int, today: date) -> None:
    start = today - timedelta(days=75)
    reading = op.add_goal(stores, goal=Goal(
        None, student_id, "Reading", "Read a grade-level passage aloud smoothly",
        "words read correctly in one minute", "words a minute", 40, start, 90,
        start + timedelta(days=250))).value
    for days, value in ((30, 48), (60, 58), (74, 62)):
        op.add_note(stores, note=ProgressNote(None, reading, start + timedelta(days=days),
                                              value=value))
    math = op.add_goal(stores, goal=Goal(
        None, student_id, "Math", "Solve two-step word problems", "problems right out of 10",
        "out of 10", 2, start, 8, start + timedelta(days=250))).value
    op.add_note(stores, note=ProgressNote(None, math, start + timedelta(days=70), value=3,
                                          note="Reads the problem twice now"))
    calm = op.add_goal(stores, goal=Goal(
        None, student_id, "Self-regulation", "Ask for a break instead of leaving the room",
        target_by=start + timedelta(days=250))).value
    op.add_note(stores, note=ProgressNote(None, calm, start + timedelta(days=72),
                                          rating=Rating.PROGRESSING))
    op.save_service(stores, service=Service(None, student_id, "Specialized reading instruction",
                                            "5 × 30 minutes a week", "Resource room",
                                            "Special education teacher"))
    op.save_service(stores, service=Service(None, student_id, "Counseling", "1 × 30 minutes "
                                            "a week", "Counselor's office", "School counselor"))
    op.save_accommodation(stores, accommodation=Accommodation(
        None, student_id, "Extra time (1.5×) on tests", "All classes"))


def main() -> int:
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-shots-iep-"))
    store = open_caseload(folder)
    write_demo_caseload(store, with_meetings=True)
    stores = Stores.of(store)
    pane_student = store.list_students()[2].id
    add_record(stores, pane_student, date.today())
    window = MainWindow(store, data_dir=folder, demo=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(app)
    pane = window.caseload_pane
    pane.open_student(pane_student)
    form = pane.form
    form.tabs.setCurrentWidget(form.iep_record)
    form.iep_record.goals.goal_list.setCurrentRow(0)
    settle(app)
    window.grab().save(str(OUT / "iep-record.png"))
    window.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
