"""One letter per Alt key: in every window, the Alt+letter keys live at the same time are distinct.

Qt gives a key that two live controls share to neither: Alt+N then moves the focus between
them instead of pressing the button. So, for the main window with each pane, list and tab
shown, and for each dialog the app opens, in English and in Spanish, the test collects the
Alt+letter keys that are live together (the menu bar's titles and every visible button, check
box, radio button, label with a buddy, tab title and group box title in that window) and fails
naming the texts that share a key. An open menu is a scope of its own: its items are distinct
among themselves.

Stricter than Qt in two ways, so that a clash cannot hide in a state the scenes do not reach:
a visible control counts even while it is disabled (choosing a row enables it), and the main
window is as large as a desktop screen (a tool bar shows every button, none in its overflow).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QWidget,
)

from iep_desk.ui import window_language


# -- the collector ------------------------------------------------------------------------
def mnemonic(text: str) -> str:
    """The Alt key Qt makes of a text ("Ca&ncel" -> "Alt+N"; "" when it has none)."""
    return QKeySequence.mnemonic(text).toString()


def live_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) for each text of `window` whose Alt+letter key is live now, or is once a
    click enables it: the menu bar's titles and the visible controls of this window (not of a
    dialog it opened)."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QMenuBar):
            yield from (("menu", a.text()) for a in widget.actions() if a.isVisible())
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            yield "label", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group", widget.title()
        elif isinstance(widget, QTabBar):
            yield from (("tab", widget.tabText(i)) for i in range(widget.count())
                        if widget.isTabVisible(i))


def live_scopes(window: QWidget, scene: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The scopes of `window` as it is shown now: the window itself, and each of its menus
    (whose items are only live while it is open)."""
    QApplication.processEvents()
    scopes = [(scene, list(live_texts(window)))]
    for menu in window.findChildren(QMenu):
        if menu.window() is menu:  # a menu of its own, not one embedded in a widget
            items = [("item", a.text()) for a in menu.actions()
                     if not a.isSeparator() and a.isVisible()]
            scopes.append((f"menu {menu.title() or menu.accessibleName()}", items))
    return scopes


def shared_keys(texts: list[tuple[str, str]]) -> list[str]:
    """One line per Alt key that more than one of `texts` has: the key and the texts."""
    by_key = defaultdict(list)
    for _kind, text in texts:
        if key := mnemonic(text):
            by_key[key].append(text)
    return [f"{key} is {' / '.join(sorted(set(found)))}"
            for key, found in sorted(by_key.items()) if len(found) > 1]


class Clashes(dict):
    """Each shared key found, with the first scene it was found in; `keys[scene]`: how many
    Alt keys the window had in that scene (so that a test can see the collector saw them)."""

    def __init__(self):
        super().__init__()
        self.keys: dict[str, int] = {}

    def look(self, window: QWidget, scene: str) -> None:
        for scope, texts in live_scopes(window, scene):
            if scope == scene:
                self.keys[scene] = sum(1 for _kind, text in texts if mnemonic(text))
            for line in shared_keys(texts):
                self.setdefault(f"{scope.split(' ▸ ')[0]}: {line}", scene)

    def report(self) -> str:
        return "\n".join(f"{clash}   (first in {scene})" for clash, scene in self.items())


# -- the scenes ---------------------------------------------------------------------------
def tab_pages(tabs: QTabWidget, scope: str) -> Iterator[str]:
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        yield f"{scope} ▸ {tabs.tabText(index).replace('&', '')}"


def main_window_scenes(window) -> Iterator[str]:
    """Each pane of the main window with each of its lists and tabs shown in turn."""
    window.resize(1920, 1080)
    caseload = window.caseload_pane
    caseload.open_student(caseload.model.student_id_at(0))
    form = caseload.form
    for list_scene in tab_pages(caseload.lists, "Caseload"):
        yield from tab_pages(form.tabs, list_scene)
    caseload.lists.setCurrentIndex(0)
    for index, pane in ((1, window.planner_pane), (2, window.review_pane)):
        window.show_pane(index)
        pane.list.selectRow(0)
        yield from tab_pages(pane.tabs, pane.accessibleName())
    # A draft: Delete draft is live too.
    planner = window.planner_pane
    window.show_pane(1)
    planner.filter_box.setCurrentIndex(1)
    planner.list.selectRow(0)
    assert planner.delete_button.isEnabled()
    yield from tab_pages(planner.tabs, f"{planner.accessibleName()}, a draft")
    planner.filter_box.setCurrentIndex(0)
    # A meeting not yet marked as held: Mark as held is live too.
    review = window.review_pane
    window.show_pane(2)
    review.filter_box.setCurrentIndex(review.filter_box.count() - 1)  # every meeting
    for row in range(review.list.model().rowCount()):
        review.list.selectRow(row)
        if review.mark_held_button.isVisible():
            break
    assert review.mark_held_button.isVisible()
    yield from tab_pages(review.tabs, f"{review.accessibleName()}, not yet held")
    # A protected caseload's window: Lock in the File menu, then the locked window's prompt,
    # with the recovery code's part shown.
    from iep_desk.ui.window_lock import WindowLock

    lock = WindowLock(window, idle_seconds=3600, key=b"a key")
    lock.timer.stop()
    yield "Caseload, protected"
    lock.lock()
    yield "Locked"
    lock.page.panel.forgot_button.click()
    assert lock.page.panel.recovery.isVisible()
    yield "Locked, forgot the passphrase"


@pytest.fixture(params=["en", "es"])
def language(request, qapp):
    """The window's language: English, or Spanish installed as at start-up."""
    installed = window_language.install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


class Dialogs:
    """Stands in for each dialog's exec(): shows the dialog, collects its shared keys (on each
    of its tabs and pages), and closes it as Cancel would."""

    def __init__(self, monkeypatch):
        self.clashes = Clashes()
        self.seen: list[str] = []
        for kind in (QDialog, QMessageBox):
            monkeypatch.setattr(kind, "exec", lambda dialog: self.look(dialog))
        # A message with Qt's own buttons only: answered No (or closed) at once.
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind,
                                lambda *_a, **_k: QMessageBox.StandardButton.No)

    def look(self, dialog: QWidget) -> int:
        dialog.show()
        self.visit(dialog)
        dialog.hide()
        return 0  # Rejected

    def visit(self, window: QWidget) -> None:
        """Collect `window`'s shared keys as it is, on each of its tabs and on each page of a
        dialog of pages (Settings)."""
        title = window.windowTitle()
        self.seen.append(title)
        self.clashes.look(window, title)
        for tabs in window.findChildren(QTabWidget):
            for scene in tab_pages(tabs, title):
                self.clashes.look(window, scene)
        pages = getattr(window, "page_list", None)
        for row in range(pages.count() if pages is not None else 0):
            pages.setCurrentRow(row)
            self.clashes.look(window, f"{title} ▸ {pages.item(row).text()}")


def open_every_dialog(window, dialogs: Dialogs, tmp_path) -> None:
    """Each dialog of the menus and panes, opened through the code a teacher's click runs."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QFileDialog

    from iep_desk.ui import protection_page, unlock
    from tests.app.test_goals_import import GOALS_CSV

    def trigger(name: str) -> None:
        window.findChild(QAction, name).trigger()

    caseload_csv = tmp_path / "caseload.csv"
    caseload_csv.write_text("First,Last,Born\nAnn,Lee,2015-01-02\n", encoding="utf-8")
    goals_csv = tmp_path / "goals.csv"
    goals_csv.write_bytes(GOALS_CSV)
    for name in ("settings", "team_members", "open_actions", "letterhead", "plan_the_year",
                 "keyboard_shortcuts", "restore_backup", "protection", "export_encrypted"):
        trigger(name)
    window.show_guide()
    dialogs.visit(window._guide)
    window._guide.hide()
    with pytest.MonkeyPatch.context() as patch:
        chosen = iter([caseload_csv, goals_csv])
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(chosen)), ""))
        trigger("import_csv")
        trigger("import_goals")
    with pytest.MonkeyPatch.context() as patch:  # a protected caseload's plain export asks first
        patch.setattr(window, "caseload_session", SimpleNamespace(key=b"a key"), raising=False)
        trigger("export_csv")
    window.caseload_pane.add_student_action.trigger()
    window.settings_dialog().pages["school_calendar"].add_button.click()  # a closed day
    protection_page.RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR", window).exec()
    unlock.StartupPassphraseDialog(window.data_dir, window).exec()
    window.show_pane(1)
    planner = window.planner_pane
    planner.new_button.click()
    planner.list.selectRow(0)
    answers = planner.family_voice.open_preparation_answers()  # opened beside the planner
    dialogs.visit(answers)
    answers.hide()
    preview = next(filter(None, map(planner.handout_actions.preview,  # beside the planner
                                    planner.handout_actions.kinds)))
    dialogs.visit(preview)
    preview.close()


def test_alt_keys_are_distinct_in_the_main_window(qtbot, store, data_dir, clock, language,
                                                  tmp_path):
    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.storage.caseload import open_caseload
    from tests.ui.caseload_helpers import open_window
    from tests.ui.test_window_translations import install_every_action

    write_demo_caseload(store, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    install_every_action(window)
    clashes = Clashes()
    for scene in main_window_scenes(window):
        clashes.look(window, scene)
    empty = open_caseload(tmp_path / "empty")
    first_start = open_window(qtbot, empty, tmp_path / "empty")
    install_every_action(first_start)
    clashes.look(first_start, "First start")
    first_start.close()
    empty.db.close()
    assert len(clashes.keys) >= 60  # every scene was looked at, and each had its keys
    assert min(clashes.keys.values()) >= 3, clashes.keys
    assert not clashes, clashes.report()


def test_alt_keys_are_distinct_in_each_dialog(qtbot, store, data_dir, clock, language,
                                              monkeypatch, tmp_path):
    from iep_desk.app.demo import write_demo_caseload
    from tests.ui.caseload_helpers import open_window
    from tests.ui.test_window_translations import install_every_action

    write_demo_caseload(store, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    install_every_action(window)
    dialogs = Dialogs(monkeypatch)
    open_every_dialog(window, dialogs, tmp_path)
    assert len(set(dialogs.seen)) >= 21, dialogs.seen  # each dialog was reached and looked at
    assert sum(dialogs.clashes.keys.values()) >= 60, dialogs.clashes.keys
    assert not dialogs.clashes, dialogs.clashes.report()


def test_alt_n_in_the_planner_presses_new_meeting(qtbot, store, data_dir, clock, monkeypatch):
    """The keys themselves, pressed as a teacher would: one press opens New meeting (a shared
    key would only have moved the focus), Alt+M shows the Meeting tab."""
    from PySide6.QtCore import Qt

    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.ui.planner.new_meeting import NewMeetingDialog
    from tests.ui.caseload_helpers import open_window

    opened = []
    monkeypatch.setattr(NewMeetingDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    write_demo_caseload(store, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    window.show_pane(1)
    window.planner_pane.list.selectRow(0)
    qtbot.keyClick(window.planner_pane.list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)  # the button is pressed (it animates first)
    tabs = window.planner_pane.tabs
    tabs.setCurrentIndex(tabs.count() - 1)
    qtbot.keyClick(window.planner_pane.list, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == 0  # Alt+M: the Meeting tab
