"""Show every pane and dialog in a translation 40% longer; run by tests/ui/test_window_translations.py.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json \
        python -m tests.ui.pseudo_locale_probe QM W H DIR

Installs the translation QM (made by the test from the Spanish .ts: every text longer, with
accents), then, on a screen of W × H: the first-start panel of an empty caseload, and on the
sample caseload every pane, every tab of the planner, the review and the student, and each
dialog of the Tools and Help menus. Prints, as JSON, every text that is cut: a label without
word wrap, a button, a check box or radio button narrower than its text needs, and a tab
narrower than its title or beyond the end of its bar. A label the code elides on purpose
(its "elides" property set) and an icon-only tool button (its text is its tooltip) are left
out.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QToolButton,
    QWidget,
)


def cut_texts(top: QWidget, where: str) -> list[dict]:
    """The texts cut in the visible widgets under `top`."""
    found = []

    def report(widget: QWidget, text: str, needs: int, has: int) -> None:
        found.append({"where": where, "kind": type(widget).__name__,
                      "name": widget.objectName() or widget.accessibleName(), "text": text,
                      "needs": needs, "has": has})

    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.property("elides"):
                continue
            needs = widget.sizeHint().width()
            if widget.width() + 1 < needs:
                report(widget, widget.text(), needs, widget.width())
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            if not isinstance(widget, QAbstractButton) or not widget.text():
                continue
            if (isinstance(widget, QToolButton) and not widget.icon().isNull()
                    and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
                continue  # its text is only its tooltip
            needs = widget.sizeHint().width()
            if widget.width() + 1 < needs:
                report(widget, widget.text(), needs, widget.width())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                rect = widget.tabRect(index)
                needs = widget.tabSizeHint(index).width()
                if rect.width() + 1 < needs or rect.right() > widget.width():
                    report(widget, widget.tabText(index), needs,
                           min(rect.width(), widget.width() - rect.left()))
    return found


def main() -> int:
    qm, width, height, folder = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    QLocale.setDefault(QLocale("en_US"))
    app = QApplication(sys.argv[:1])
    translator = QTranslator(app)
    if not translator.load(qm):
        print(f"cannot load {qm}", file=sys.stderr)
        return 2
    app.installTranslator(translator)

    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.storage.caseload import open_caseload
    from iep_desk.ui.main_window import MainWindow

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    cut: list[dict] = []
    shown: list[str] = []

    def look(widget: QWidget, where: str) -> None:
        settle()
        shown.append(where)
        cut.extend(cut_texts(widget, where))

    # An empty caseload: the first-start panel.
    empty = open_caseload(folder / "empty")
    window = MainWindow(empty, data_dir=folder / "empty")
    window.resize(width, height)
    window.show()
    look(window, "first start")
    window.close()
    empty.db.close()

    store = open_caseload(folder / "sample")
    write_demo_caseload(store, date(2026, 3, 11), with_meetings=True)
    window = MainWindow(store, data_dir=folder / "sample")
    window.resize(width, height)
    window.show()
    caseload = window.caseload_pane
    caseload.open_student(caseload.model.student_id_at(0))
    for index in range(caseload.lists.count()):
        caseload.lists.setCurrentIndex(index)
        look(window, f"caseload list {index}")
    caseload.lists.setCurrentIndex(0)
    student_tabs = caseload.findChildren(QTabBar)
    for bar in student_tabs:
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            look(window, f"caseload tab {bar.tabText(index)}")

    # Every handout button shows beside each meeting's title, none in the tool bar's "more".
    window.show_pane(1)
    planner = window.planner_pane
    buttons = [*planner.handout_actions.buttons.values(), planner.handout_actions.packet_button]
    hidden: set[str] = set()
    for row in range(planner.list.rowCount()):
        planner.list.selectRow(row)
        settle()
        hidden |= {button.text().replace("&", "") for button in buttons if not button.isVisible()}

    for pane_index, pane_name in ((1, "planner"), (2, "review")):
        window.show_pane(pane_index)
        pane = window.planner_pane if pane_index == 1 else window.review_pane
        pane.list.selectRow(0)
        settle()
        for index in range(pane.tabs.count()):
            pane.tabs.setCurrentIndex(index)
            look(window, f"{pane_name} tab {pane.tabs.tabText(index)}")
    window.show_pane(0)

    from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog
    from iep_desk.ui.help import GuideWindow, ShortcutsDialog
    from iep_desk.ui.import_dialog import ImportDialog
    from iep_desk.ui.letterhead_dialog import LetterheadDialog
    from iep_desk.ui.open_actions import OpenActionsDialog
    from iep_desk.ui.restore_dialog import RestoreDialog

    dialogs = {
        "settings": lambda: window.settings_dialog(),
        "team members": lambda: window.team_dialog(),
        "open actions": lambda: OpenActionsDialog(window.desk, window),
        "letterhead": lambda: LetterheadDialog(window.desk, window),
        "add student": lambda: AddStudentDialog(window),
        "import": lambda: ImportDialog(window.desk, window),
        "restore": lambda: RestoreDialog(window.data_dir, window),
        "keyboard shortcuts": lambda: ShortcutsDialog(window),
        "user guide": lambda: GuideWindow(window),
    }
    for name, make in dialogs.items():
        dialog = make()
        dialog.show()
        look(dialog, name)
        dialog.hide()
    print(json.dumps({"shown": shown, "cut": cut, "hidden handout buttons": sorted(hidden)}))
    window.close()
    store.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
