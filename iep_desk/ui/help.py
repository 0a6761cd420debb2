"""Help: the user guide (shipped in resources/guide/, read offline), the list of keyboard
shortcuts (made from the window's own actions, so it is always true) and the sample caseload.

The sample caseload opens in a second IEP Desk process started with `--demo`, never in this
window: the running window holds the teacher's real caseload (its file, its lock, its undo
history and its backups on closing), and `--demo` writes the sample into a fresh temporary
folder of its own and tidies it away when that window closes. Two separate processes cannot
mix the two, whatever the teacher does in either window.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QProcess, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iep_desk import config
from iep_desk.ui.translate import translate


# -- the user guide -------------------------------------------------------------------------
def guide_path():
    """The guide in the window's language when there is one (resources/guide/<language>.html),
    else the English one."""
    folder = config.RESOURCES_DIR / "guide"
    language = QLocale().name().split("_")[0]
    wanted = folder / f"{language}.html"
    return wanted if wanted.is_file() else folder / "en.html"


class GuideWindow(QDialog):
    """The user guide in a window of its own, beside the work (not modal)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "IEP Desk user guide"))
        self.setAccessibleName(translate("Help", "IEP Desk user guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("Help", "User guide"))
        self.browser.setOpenExternalLinks(False)  # the guide never sends anyone online
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("Help", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)


# -- keyboard shortcuts ----------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _keys(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences
                     if not s.isEmpty())


def _menu_entries(menu: QMenu, path: str) -> list[tuple[str, str, str]]:
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu_entries(submenu, f"{path} ▸ {_plain(action.text())}")
        elif action.shortcuts() and not action.isSeparator():
            found.append((_keys(action.shortcuts()), _plain(action.text()), path))
    return found


def shortcut_list(window) -> list[tuple[str, str, str]]:
    """(keys, what they do, where) for every action and shortcut of the window that has keys:
    the menus' entries first, then those that work in one place (a text box, a list)."""
    found = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            found += _menu_entries(action.menu(), _plain(action.text()))
    seen = {(keys, what) for keys, what, _where in found}
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        what = _plain(action.text())
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            found.append(
                (keys, what, _plain(action.whatsThis()) or translate("Help", "Where it applies"))
            )
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        what = _plain(shortcut.whatsThis())
        if keys and what and (keys, what) not in seen:
            seen.add((keys, what))
            found.append(
                (keys, what, shortcut.property("where") or translate("Help", "Where it applies"))
            )
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        rows = shortcut_list(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Help", "Keys"),
                translate("Help", "What they do"),
                translate("Help", "Where"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("Help", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)


# -- the sample caseload ----------------------------------------------------------------------
def sample_command() -> tuple[str, list[str]]:
    """The program and arguments that open the sample caseload in a new IEP Desk process."""
    if getattr(sys, "frozen", False):  # the self-contained app: the program is IEP Desk itself
        return sys.executable, ["--demo"]
    return sys.executable, ["-m", "iep_desk", "--demo"]


def open_sample_caseload() -> bool:
    """Start IEP Desk on the sample caseload, in a process and window of its own. False when
    it could not be started."""
    program, arguments = sample_command()
    started = QProcess.startDetached(program, arguments)
    return bool(started[0] if isinstance(started, tuple) else started)
