"""Take the README's screenshots of the app on the sample caseload, at a laptop's 1366 × 768.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py

Dates are written the US way (the locale is set here, not taken from the machine). The
invitation's picture (invitation-1.png) is made by the printing side, not here.
"""

import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from iep_desk.app.demo import write_demo_caseload
from iep_desk.app.settings import save_planner_settings
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.storage.caseload import open_caseload
from iep_desk.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshots"
WIDTH, HEIGHT = 1366, 768


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])

    # An empty caseload first: what a teacher sees on the first start.
    empty = Path(tempfile.mkdtemp(prefix="iep-desk-shots-empty-"))
    store = open_caseload(empty)
    window = MainWindow(store, data_dir=empty)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(app)
    window.grab().save(str(OUT / "first-start.png"))
    window.close()
    store.db.close()

    folder = Path(tempfile.mkdtemp(prefix="iep-desk-shots-"))
    store = open_caseload(folder)
    write_demo_caseload(store, with_meetings=True)
    window = MainWindow(store, data_dir=folder, demo=True)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle(app)
    pane = window.caseload_pane
    pane._select(pane.model.student_id_at(2))
    settle(app)
    window.grab().save(str(OUT / "caseload.png"))
    pane.lists.setCurrentWidget(pane.due_soon)
    settle(app)
    window.grab().save(str(OUT / "due-soon.png"))
    window.show_pane(1)
    planner = window.planner_pane
    planner.list.selectRow(1)
    settle(app)
    window.grab().save(str(OUT / "planner.png"))
    planner.tabs.setCurrentWidget(planner.find_time)
    for row in range(planner.list.rowCount()):  # a meeting for which a time can be found
        planner.list.selectRow(row)
        settle(app)
        result = planner.find_time.find_times()
        if result is not None and result.slots:
            break
    settle(app)
    window.grab().save(str(OUT / "find-a-time.png"))
    planner.tabs.setCurrentWidget(planner.agenda)
    settle(app)
    window.grab().save(str(OUT / "agenda.png"))
    window.show_pane(2)
    review = window.review_pane
    review.list.selectRow(0)
    settle(app)
    window.grab().save(str(OUT / "review.png"))

    # Settings ▸ School calendar, with the closures a district calendar would bring.
    today = date.today()
    year = today.year if today.month >= 7 else today.year - 1  # the school year's autumn
    november = date(year, 11, 1)
    thanksgiving = date(year, 11, 1 + (3 - november.weekday()) % 7 + 21)
    closed = [ClosedPeriod(date(year, 10, 12), date(year, 10, 12), "Staff training day"),
              ClosedPeriod(thanksgiving, date(year, 11, thanksgiving.day + 1), "Thanksgiving"),
              ClosedPeriod(date(year, 12, 21), date(year + 1, 1, 1), "Winter break"),
              ClosedPeriod(date(year + 1, 1, 18), date(year + 1, 1, 18),
                           "Martin Luther King Jr. Day"),
              ClosedPeriod(date(year + 1, 3, 29), date(year + 1, 4, 2), "Spring break")]
    stores = window.desk.stores
    save_planner_settings(stores, settings=replace(stores.settings.planner_settings(),
                                                   closed=closed))
    dialog = window.settings_dialog()
    dialog.show_page("school_calendar")
    dialog.resize(900, 700)
    dialog.show()
    settle(app)
    dialog.grab().save(str(OUT / "school-calendar.png"))
    dialog.close()
    window.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
