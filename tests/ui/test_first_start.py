"""A first start that leads somewhere: the empty caseload's panel and what each button does, the
Help menu (the guide, the keyboard shortcuts, the sample caseload), Ctrl+F from every pane, the
file in the status bar, and a visible frame where the keyboard focus is."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from iep_desk.core.models import Student
from iep_desk.ui import help as help_module
from tests.ui.caseload_helpers import open_window

pytestmark = pytest.mark.usefixtures("clock")

STEPS = ("import_csv", "add_student", "team", "letterhead", "protect", "sample")


@pytest.fixture
def window(qtbot, store, data_dir):
    return open_window(qtbot, store, data_dir)


@pytest.fixture
def started(monkeypatch):
    """The processes started (program, arguments): none really is."""
    calls = []

    def start(program, arguments):
        calls.append((program, list(arguments)))
        return True, 4242

    monkeypatch.setattr(help_module.QProcess, "startDetached", start)
    return calls


def press(qtbot, panel, name):
    button = panel.buttons[name]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_an_empty_caseload_offers_the_ways_to_begin(window):
    pane = window.caseload_pane
    panel = pane.first_start
    assert panel is not None and panel.isVisible()
    assert not pane.table.isVisible() and not pane.search.isVisible()
    assert list(panel.buttons) == list(STEPS)
    for button in panel.buttons.values():
        assert button.accessibleName() and button.accessibleDescription()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab


def test_add_a_student_from_the_panel(qtbot, window, store, monkeypatch):
    from iep_desk.ui.caseload import add_student_dialog

    def answer(dialog):
        dialog.first_name.setText("Lena")
        dialog.last_name.setText("Park")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(add_student_dialog.AddStudentDialog, "exec", answer)
    pane = window.caseload_pane
    press(qtbot, pane.first_start, "add_student")
    assert [s.legal_name for s in store.list_students()] == ["Lena Park"]
    assert not pane.first_start.isVisible()  # the list takes its place
    assert pane.table.isVisible() and pane.search.isVisible()
    window.undo()  # undoing the only student brings the panel back
    assert pane.first_start.isVisible()


def test_import_team_and_letterhead_from_the_panel(qtbot, window, monkeypatch):
    from iep_desk.ui import letterhead_dialog, team_dialog, transfer_actions

    opened = []
    monkeypatch.setattr(transfer_actions.TransferActions, "import_csv",
                        lambda self: opened.append("import"))
    monkeypatch.setattr(team_dialog.TeamDialog, "exec", lambda self: opened.append("team") or 0)
    monkeypatch.setattr(letterhead_dialog, "show_letterhead_dialog",
                        lambda store, parent: opened.append("letterhead") or False)
    panel = window.caseload_pane.first_start
    for name in ("import_csv", "team", "letterhead"):
        press(qtbot, panel, name)
    assert opened == ["import", "team", "letterhead"]


def test_the_sample_caseload_opens_in_a_process_of_its_own(qtbot, window, data_dir, started):
    press(qtbot, window.caseload_pane.first_start, "sample")
    window.sample_action.trigger()  # Help ▸ Open the sample caseload
    assert len(started) == 2
    program, arguments = started[0]
    assert program == sys.executable  # this same Python, with the sample's own folder
    assert "--demo" in arguments
    assert "--data-dir" not in arguments and str(data_dir) not in " ".join(arguments)
    assert arguments[:2] == ["-m", "iep_desk"]
    assert "window of its own" in window.statusBar().currentMessage()


def test_a_read_only_caseload_offers_only_the_sample(qtbot, store, data_dir):
    from iep_desk.ui.data_safety import CaseloadSession

    session = CaseloadSession(data_dir, store, lock=None,
                              read_only_reason="Read-only: open in another copy.")
    window = session.open_window()  # as a second copy of the app opens it
    qtbot.addWidget(window)
    window.show()
    assert window.file_label.text().endswith("(read-only)")
    panel = window.caseload_pane.first_start
    assert [name for name, b in panel.buttons.items() if b.isEnabled()] == ["sample"]


def test_the_status_bar_keeps_showing_the_file(window, data_dir):
    label = window.file_label
    assert str(data_dir / "caseload.sqlite") in label.text()
    window.statusBar().showMessage("Backed up to somewhere")
    assert label.isVisible() and str(data_dir) in label.text()
    window.set_read_only(True, "Read-only: open in another copy.")
    assert label.text().endswith("(read-only)")


def test_the_help_menu_has_the_guide_the_shortcuts_and_the_sample(window):
    texts = [a.text().replace("&", "") for a in window.help_menu.actions() if a.text()]
    assert texts[:3] == ["User guide", "Keyboard shortcuts", "Open the sample caseload"]
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_the_user_guide_opens_offline_in_the_app(qtbot, window):
    window.guide_action.trigger()
    guide = window._guide
    qtbot.addWidget(guide)
    assert guide.isVisible()
    text = guide.browser.toPlainText()
    for heading in ("The three panes", "Your first week", "Backups", "Printing",
                    "Where your data lives"):
        assert heading in text
    assert "confidential" in text  # the prep sheet is where private notes print
    source = guide.browser.source()
    assert source.isLocalFile() and source.toLocalFile().endswith("en.html")
    guide.close()


def test_the_shortcut_list_is_made_from_the_actions(qtbot, window, monkeypatch):
    rows = help_module.shortcut_list(window)
    listed = {(keys, what) for keys, what, _where in rows}
    native = QKeySequence.SequenceFormat.NativeText
    assert (QKeySequence("Ctrl+F").toString(native), "Find a student") in listed
    assert (QKeySequence("Ctrl+2").toString(native), "Meeting planner") in listed
    assert (QKeySequence("Ctrl+Shift+A").toString(native), "Open actions") in listed
    # Every menu entry with keys is listed with them: the list cannot go stale.
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.student_menu,
                 window.tools_menu, window.help_menu):
        for action in menu.actions():
            if action.shortcuts():
                keys = ", ".join(k.toString(native) for k in action.shortcuts())
                what = action.text().replace("&", "").rstrip("…").strip()
                assert (keys, what) in listed, what
    shown = []
    monkeypatch.setattr(
        help_module.ShortcutsDialog, "exec",
        lambda dialog: shown.append([dialog.table.item(r, 1).text()
                                     for r in range(dialog.table.rowCount())]) or 0)
    window.shortcuts_action.trigger()
    # The panes are built first, so the keys that work inside them are listed too.
    assert shown == [[what for _keys, what, _where in help_module.shortcut_list(window)]]
    for what in ("Explain term", "Move the chosen agenda item up", "• List",
                 "Choose from a calendar"):
        assert what in shown[0]


@pytest.mark.parametrize("pane_index", [0, 1, 2])
def test_ctrl_f_finds_a_student_from_any_pane(qtbot, store, data_dir, pane_index):
    store.add_student(Student("Maya", "Ortiz"))
    window = open_window(qtbot, store, data_dir)
    window.show_pane(pane_index)
    QApplication.processEvents()
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    pane = window.caseload_pane
    assert window.stack.currentWidget() is pane
    assert window.sidebar.currentRow() == 0
    qtbot.waitUntil(pane.search.hasFocus)
    assert pane.lists.currentIndex() == 0


def test_the_keyboard_focus_is_framed_on_tables_lists_and_tab_bars(qtbot, store, data_dir):
    store.add_student(Student("Maya", "Ortiz"))
    window = open_window(qtbot, store, data_dir)
    marker = window.focus_marker
    frame = marker.frame
    pane = window.caseload_pane
    for widget in (pane.table, window.sidebar, pane.lists.tabBar()):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert marker.widget() is widget
        assert frame.isVisible() and frame.geometry() == widget.geometry()
        assert frame.parentWidget() is widget.parentWidget()
    pane.search.setFocus(Qt.FocusReason.TabFocusReason)  # a text field shows its own focus
    qtbot.waitUntil(pane.search.hasFocus)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert marker.widget() is None and not frame.isVisible()
