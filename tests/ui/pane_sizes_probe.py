"""Measure the window's panes at one screen size; run by tests/ui/test_pane_sizes.py.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.ui.pane_sizes_probe W H DIR

Qt's offscreen platform gets a screen of W × H from SCREEN.json (as benchmarks/bench_startup.py
gives it a laptop's screen); the main window is resized to fill it, each pane is shown in
turn on the sample caseload (written into DIR) and what a teacher would see is printed as
JSON: how many rows each main list shows, whether it needs a horizontal scroll bar, the
review's tab bar, the sidebar, the busy-times columns, the reading-level hint's height.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QSplitter


def rows_shown(view) -> float:
    """How many rows of `view` fit in its visible area."""
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


def list_facts(view) -> dict:
    return {"rows": rows_shown(view),
            "horizontal_scroll": view.horizontalScrollBar().isVisible(),
            "visible": view.isVisible()}


def main() -> int:
    width, height, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])
    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.ui.main_window import MainWindow
    from iep_desk.ui.widgets import Splitter

    store = open_caseload(folder)
    write_demo_caseload(store, date(2026, 3, 11), with_meetings=True)
    window = MainWindow(store, data_dir=folder)
    window.resize(width, height)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    facts: dict = {"window": [window.width(), window.height()]}
    caseload = window.caseload_pane
    caseload.open_student(caseload.model.student_id_at(0))
    settle()
    facts["caseload list"] = list_facts(caseload.table)
    caseload.lists.setCurrentIndex(1)
    settle()
    facts["due soon"] = list_facts(caseload.due_soon.table)
    caseload.lists.setCurrentIndex(2)
    settle()
    facts["open actions"] = list_facts(caseload.open_actions.view)
    caseload.lists.setCurrentIndex(0)
    sidebar = window.sidebar
    facts["sidebar"] = {"width": sidebar.width(),
                        "words": max(sidebar.visualItemRect(sidebar.item(row)).width()
                                     for row in range(sidebar.count())),
                        "text": max(sidebar.fontMetrics().horizontalAdvance(sidebar.item(row).text())
                                    for row in range(sidebar.count()))}

    window.show_pane(1)
    planner = window.planner_pane
    planner.list.selectRow(0)
    settle()
    facts["planner meetings"] = list_facts(planner.list)
    # Every handout button shows beside the chosen meeting's title, for each meeting (the
    # longest title too), none pushed into the tool bar's "more" menu.
    handouts = planner.handout_actions
    buttons = [*handouts.buttons.values(), handouts.packet_button]
    hidden = set()
    for row in range(planner.list.rowCount()):
        planner.list.selectRow(row)
        settle()
        hidden |= {button.text().replace("&", "") for button in buttons if not button.isVisible()}
    facts["hidden handout buttons"] = sorted(hidden)
    planner.list.selectRow(0)
    settle()
    planner.tabs.setCurrentWidget(planner.participants)
    settle()
    facts["planner people"] = list_facts(planner.participants.table)
    planner.tabs.setCurrentWidget(planner.find_time)
    settle()
    busy = planner.find_time.busy_table
    metrics = busy.fontMetrics()
    from iep_desk.ui.dates import moment_text

    sample = moment_text(__import__("datetime").datetime(2026, 12, 28, 10, 30))
    facts["busy columns"] = {"who": busy.columnWidth(0), "from": busy.columnWidth(1),
                             "to": busy.columnWidth(2), "note": busy.columnWidth(3),
                             "date and time": metrics.horizontalAdvance(sample)}
    planner.tabs.setCurrentWidget(planner.details)
    settle()
    purpose = planner.details.purpose
    before = purpose.grade_label.height()
    purpose.editor.setPlainText("Review the progress. " * 30
                                + "Notwithstanding the multidisciplinary evaluation's "
                                  "comprehensive psychoeducational recommendations.")
    purpose.editor.check_now()
    settle()
    facts["reading-level hint"] = [before, purpose.grade_label.height()]

    window.show_pane(2)
    review = window.review_pane
    review.list.selectRow(0)
    settle()
    facts["review meetings"] = list_facts(review.list)
    bar = review.tabs.tabBar()
    facts["review tabs"] = {"bar width": bar.width(),
                            "last tab right": bar.tabRect(bar.count() - 1).right(),
                            "last tab": bar.tabText(bar.count() - 1)}
    splitters = [s for s in window.findChildren(QSplitter)]
    facts["splitters"] = [{"grip": isinstance(s, Splitter), "handle": s.handleWidth()}
                          for s in splitters]
    print(json.dumps(facts))
    window.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
