"""The main window: a sidebar with the three panes, menus, undo, settings and team members.

The planner and review panes, and every dialog the menus open, are built the first time
they are shown, and their modules are imported then (inside the method that builds them):
a teacher who opens the caseload and closes it again never waits for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from iep_desk.config import data_file, portable_data_dir
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.errors import disk_is_full
from iep_desk.storage.stores import Stores
from iep_desk.ui import drafts
from iep_desk.ui.caseload.pane import CaseloadPane
from iep_desk.ui.desk import Desk
from iep_desk.ui.meeting_list import MeetingPane
from iep_desk.ui.widgets import FocusMarker, with_short_quotes
from iep_desk.ui.window_layout import WindowLayout

if TYPE_CHECKING:
    from iep_desk.ui.help import GuideWindow
    from iep_desk.ui.planner.pane import PlannerPane
    from iep_desk.ui.review.pane import ReviewPane

# The planner, the review and the dialogs are built the first time they are shown, and their
# modules imported then: the caseload is what the teacher sees first.


class MainWindow(QMainWindow):
    def __init__(self, store: CaseloadStore, *, data_dir: Path, demo: bool = False):
        super().__init__()
        self.store = store
        self.data_dir = Path(data_dir)
        # True once another window shows the caseload in its place (after a restore): its
        # file is closed, so closing it saves and asks nothing.
        self.replaced = False
        self.undo_stack = QUndoStack(self)
        title = self.tr("IEP Desk")
        if demo:
            title = self.tr("IEP Desk: sample caseload (not real students)")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        # First start: a laptop-sized window, never taller or wider than the screen's free
        # area (a 1280 x 720 screen with a taskbar has less than 800 pixels to give).
        size = QSize(1280, 800)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size())
        self.resize(size)
        self.layout_file = WindowLayout(self.data_dir)  # as the teacher left the window
        geometry = self.layout_file.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

        self.demo = demo
        self._settings_dialog = None  # a SettingsDialog once opened
        self._guide: GuideWindow | None = None  # the user guide's window once opened
        self._team_dialog = None  # a TeamDialog once opened
        # The caseload's stores, the operations and the one change notification every
        # pane and dialog refreshes from (desk.changed).
        self.stores = Stores.of(store)
        self.desk = Desk(self.stores, self.undo_stack, self)
        self.desk.problem.connect(
            lambda text: self.statusBar().showMessage(with_short_quotes(text), 15000))
        self.caseload_pane = CaseloadPane(self.desk, layout=self.layout_file)
        # The planner and the review are built the first time they are shown (or asked for):
        # the caseload is what the teacher sees first.
        self._planner_pane: QWidget | None = None
        self._review_pane: QWidget | None = None
        self._read_only_reason: str | None = None
        self.caseload_pane.add_meeting_lists()
        self._connect_panes()

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget()
        self.sidebar.addItems([self.tr("Caseload"), self.tr("Meeting planner"),
                               self.tr("Post-meeting review")])
        for pane in (self.caseload_pane, QWidget(), QWidget()):  # placeholders until first shown
            self.stack.addWidget(pane)
        # As wide as its words need (and a little air), not a fixed width: the panes get the rest.
        self.sidebar.setFixedWidth(self.sidebar.sizeHintForColumn(0) + 2 * self.sidebar.frameWidth()
                                   + 2 * self.sidebar.spacing() + 16)
        self.sidebar.currentRowChanged.connect(self._switch_pane)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.sidebar.setCurrentRow(0)
        # Which file is open stays in the status bar (messages come and go beside it).
        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("Caseload file"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.file_label)
        self._show_file()
        # A frame around the table, list or tab bar that has the keyboard focus.
        self.focus_marker = FocusMarker(self)
        self.caseload_pane.set_first_start(self._first_start_steps)

    def _show_file(self) -> None:
        text = self.tr("Caseload file: %1").replace("%1", store_path(self.data_dir))
        if self.demo:
            text += " " + self.tr("(sample caseload)")
        if self._read_only_reason is not None:
            text += " " + self.tr("(read-only)")
        self.file_label.setText(text)
        self.file_label.setToolTip(self._read_only_reason or "")

    # -- menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, *, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, name="quit"))

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        # Undo and Redo first save whatever is being typed, so it is part of the history.
        self.undo_action = self._action(
            self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo, name="undo"
        )
        self.redo_action = self._action(
            self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo, name="redo"
        )
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.view_menu = bar.addMenu(self.tr("&View"))
        for index, (label, key) in enumerate(
            ((self.tr("&Caseload"), "Ctrl+1"), (self.tr("Meeting &planner"), "Ctrl+2"),
             (self.tr("Post-meeting &review"), "Ctrl+3"))
        ):
            self.view_menu.addAction(
                self._action(label, lambda _=False, i=index: self.show_pane(i), key))

        pane = self.caseload_pane
        self.student_menu = bar.addMenu(self.tr("&Student"))
        for action in pane.student_actions:
            self.student_menu.addAction(action)

        # The year's meetings (ui/planner/year_planner.py). "Meetin&gs": Alt+M opens the
        # planner's Meeting tab and Alt+N is New meeting (tests/ui/test_alt_keys.py keeps the
        # Alt keys of each window distinct).
        self.meetings_menu = bar.addMenu(self.tr("Meetin&gs"))
        self.year_planner_action = self._action(self.tr("Plan the &year…"),
                                                self.show_year_planner, name="plan_the_year")
        self.meetings_menu.addAction(self.year_planner_action)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings,
                                            QKeySequence.StandardKey.Preferences, name="settings")
        self.team_action = self._action(self.tr("&Team members…"), self.show_team_members,
                                        name="team_members")
        self.open_actions_action = self._action(self.tr("Open &actions…"), self.show_open_actions,
                                                "Ctrl+Shift+A", name="open_actions")
        self.letterhead_action = self._action(self.tr("&Letterhead and paper…"),
                                              self.show_letterhead, name="letterhead")
        self.tools_menu.addAction(self.open_actions_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.settings_action)
        self.tools_menu.addAction(self.team_action)
        self.tools_menu.addAction(self.letterhead_action)
        pane.manage_team_requested.connect(self.show_team_members)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents, name="user_guide")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                             name="keyboard_shortcuts")
        self.sample_action = self._action(self.tr("&Open the sample caseload"),
                                          self.open_sample_caseload, name="sample_caseload")
        self.sample_action.setToolTip(self.tr("Made-up students, in a window of their own; your "
                                              "caseload is not touched."))
        for action in (self.guide_action, self.shortcuts_action, self.sample_action):
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(
            self._action(self.tr("&About IEP Desk"), self.show_about, name="about"))
        # Ctrl+F finds a student from any pane: the caseload comes to the front first.
        pane.find_action.triggered.connect(self.find_student)

    # -- undo --------------------------------------------------------------------
    def undo(self) -> None:
        self.flush_edits()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_edits()
        self.undo_stack.redo()

    def _update_undo_actions(self, *_args) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(self.tr("&Undo %s") % stack.undoText() if stack.canUndo()
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %s") % stack.redoText() if stack.canRedo()
                                 else self.tr("&Redo"))

    # -- dialogs ---------------------------------------------------------------------
    def settings_dialog(self):
        """The Settings dialog, made once and kept (its undo steps refer to it)."""
        if self._settings_dialog is None:
            from iep_desk.ui.settings_dialog import SettingsDialog

            self._settings_dialog = SettingsDialog(self.desk, self)
        return self._settings_dialog

    def show_settings(self) -> None:
        self.flush_edits()
        self.settings_dialog().exec()

    def team_dialog(self):
        if self._team_dialog is None:
            from iep_desk.ui.team_dialog import TeamDialog

            self._team_dialog = TeamDialog(self.desk, self)
        return self._team_dialog

    def show_year_planner(self) -> None:
        """Every annual review and re-evaluation due in a range, placed, made into drafts."""
        self.flush_edits()
        from iep_desk.ui.planner.year_planner import YearPlannerDialog

        YearPlannerDialog(self.desk, self).exec()

    def show_team_members(self) -> None:
        self.flush_edits()
        self.team_dialog().exec()

    def show_open_actions(self) -> None:
        """The caseload-wide list of open action items, overdue first."""
        self.flush_edits()
        from iep_desk.ui.open_actions import OpenActionsDialog

        dialog = OpenActionsDialog(self.desk, self)

        def open_meeting(meeting_id: int) -> None:
            dialog.accept()
            self.show_pane(2)
            self.review_pane.open_meeting(meeting_id)

        dialog.widget.meetingRequested.connect(open_meeting)
        dialog.exec()

    def show_guide(self) -> None:
        """The user guide, in a window beside the work (made once, then brought back)."""
        guide = self._guide
        if guide is None:
            from iep_desk.ui.help import GuideWindow

            guide = self._guide = GuideWindow(self)
        guide.show()
        guide.raise_()
        guide.activateWindow()

    def show_shortcuts(self) -> None:
        from iep_desk.ui.help import ShortcutsDialog

        # The panes built first (they are built when first shown), so that their own keys
        # (the agenda's, the notes', a text's Ctrl+E) are listed too.
        _ = self.planner_pane, self.review_pane
        ShortcutsDialog(self).exec()

    def open_sample_caseload(self) -> bool:
        """The sample caseload in a second IEP Desk, never in this window (see ui/help.py)."""
        from iep_desk.ui.help import open_sample_caseload

        if open_sample_caseload():
            self.statusBar().showMessage(
                self.tr("The sample caseload opens in a window of its own."), 8000)
            return True
        QMessageBox.warning(self, self.tr("Sample caseload"), self.tr(
            "The sample caseload could not be opened. Start IEP Desk with --demo instead."))
        return False

    def find_student(self) -> None:
        """Ctrl+F: the caseload pane, with the focus in its search box. The focus goes there
        directly: passing through the list would make its first student current (and open)."""
        self.sidebar.setCurrentRow(0)
        self.caseload_pane.focus_search()

    def import_csv(self) -> None:
        """File ▸ Import caseload from CSV (the same entry, from the first-start panel)."""
        actions = getattr(self, "transfer_actions", None)
        if actions is None:
            # (transfer_actions and protection_page import data_safety, which imports us)
            from iep_desk.ui.transfer_actions import install_transfer_actions

            actions = install_transfer_actions(self)
        actions.import_csv_action.trigger()

    def _first_start_steps(self) -> list:
        pane = self.caseload_pane
        return [
            ("import_csv", self.tr("&Import your caseload…"),
             self.tr("From a CSV file: your district's student system or a spreadsheet can "
                     "save one. You check every row before anything is added."),
             self.import_csv),
            ("add_student", self.tr("&Add a student…"),
             self.tr("Type in one student's name; the rest can follow."), pane.ask_new_student),
            ("team", self.tr("Add &your team…"),
             self.tr("The colleagues who sit on your students' IEP teams: general-education "
                     "teachers, the psychologist, therapists."), self.show_team_members),
            ("letterhead", self.tr("Set your &letterhead…"),
             self.tr("Your school's name and your contact details, on every letter to a "
                     "family."), self.show_letterhead),
            ("protect", self.tr("&Protect it with a passphrase…"),
             self.protection_hint(), self.protect_caseload),
            ("sample", self.tr("&Open the sample caseload"),
             self.tr("Made-up students and meetings to look around with, in a window of their "
                     "own; your caseload is not touched."), self.open_sample_caseload),
        ]

    def protection_hint(self) -> str:
        if portable_data_dir() is not None:
            return self.tr("Strongly suggested here: this caseload travels on a USB stick. "
                           "Encrypted, it stays private if the stick is lost.")
        return self.tr("Encrypted with your passphrase, the caseload stays private if the "
                       "laptop is lost or left open.")

    def protect_caseload(self) -> None:
        from iep_desk.ui.protection_page import protect_caseload  # (see import_csv)

        protect_caseload(self)

    def show_about(self) -> None:
        from iep_desk.ui.about import show_about

        show_about(self)

    def show_letterhead(self) -> None:
        from iep_desk.ui.letterhead_dialog import show_letterhead_dialog

        self.flush_edits()
        show_letterhead_dialog(self.desk, self)

    # -- the panes ask for each other (what changed they hear from self.desk.changed) --------
    def _connect_panes(self) -> None:
        self.caseload_pane.meeting_requested.connect(self._open_meeting_for_review)
        self.caseload_pane.plan_meeting_requested.connect(self._plan_meeting_for)

    @property
    def panes(self) -> list[QWidget]:
        """The panes built so far, caseload first."""
        return [p for p in (self.caseload_pane, self._planner_pane, self._review_pane) if p is not None]

    @property
    def planner_pane(self):
        if self._planner_pane is None:
            from iep_desk.ui.planner.pane import PlannerPane

            pane = PlannerPane(self.desk)
            pane.student_on_screen = self.caseload_pane.current_student_id
            self._planner_pane = pane
            self._put_in_stack(1, pane)
        return self._planner_pane

    @property
    def review_pane(self):
        if self._review_pane is None:
            from iep_desk.ui.review.pane import ReviewPane

            pane = ReviewPane(self.desk)
            pane.followUpCreated.connect(self._open_follow_up)
            self._review_pane = pane
            self._put_in_stack(2, pane)
        return self._review_pane

    def _put_in_stack(self, index: int, pane: PlannerPane | ReviewPane) -> None:
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, pane)
        if placeholder is not None:  # the empty page the pane takes the place of
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        if self._read_only_reason is not None:
            pane.set_read_only(True, self._read_only_reason)

    def _open_follow_up(self, meeting_id: int) -> None:
        """"Schedule next meeting" in the review opens the new draft in the planner."""
        self.planner_pane.refresh()
        self.show_pane(1)
        self.planner_pane.open_meeting(meeting_id)

    def _plan_meeting_for(self, student_id: int) -> None:
        """The student's "Plan a meeting": New meeting in the planner, for that student."""
        self.show_pane(1)
        self.planner_pane.ask_new_meeting(student_id)

    def _open_meeting_for_review(self, meeting_id: int) -> None:
        self.show_pane(2)
        self.review_pane.open_meeting(meeting_id)

    def _switch_pane(self, index: int) -> None:
        self.flush_edits()  # what was typed in one pane is saved before another is shown
        built_before = len(self.panes)
        pane = {0: lambda: self.caseload_pane, 1: lambda: self.planner_pane,
                2: lambda: self.review_pane}[index]()
        self.stack.setCurrentIndex(index)
        # A student edited in the caseload (a new family member, a date) shows in the other
        # panes; a pane built just now has read everything already.
        if pane is not self.caseload_pane and len(self.panes) == built_before:
            pane.refresh()

    def set_read_only(self, read_only: bool, reason: str | None = None) -> None:
        """A second copy views the caseload read-only: nothing in this window may write.
        Panes built later are made read-only as they are built."""
        self._read_only_reason = (reason or self.tr("This caseload is open read-only.")) if read_only else None
        self._show_file()
        for action in (self.settings_action, self.team_action, self.letterhead_action,
                       self.year_planner_action):
            action.setEnabled(not read_only)
        transfer = getattr(self, "transfer_actions", None)
        if transfer is not None:
            transfer.set_read_only(read_only)

    def show_pane(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)
        pane = self.stack.currentWidget()
        if pane is not None:  # the stack holds a page for every pane
            pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the keyboard ------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter or Return on a focused button presses it, as Space does (and as Windows
        does). In a dialog Qt's autoDefault buttons already do; in this window a button lets
        Enter go on to the window, so it is answered here, once, for every button of every
        pane. A text field or list that lets Enter go on has the focus itself, so no button
        is pressed for it; a held key presses once."""
        focused = QApplication.focusWidget()
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(focused, (QPushButton, QToolButton))
                and focused.window() is self and focused.isEnabled()):
            if not event.isAutoRepeat():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- closing asks only when something typed could not be saved -----------------
    def flush_edits(self) -> bool:
        """Save what is being typed in every pane; True when all of it is saved. False when
        an edit could not be (a full disk, a value refused): its text and the message that
        says why stay beside the field."""
        saved = True
        for pane in self.panes:
            flush = getattr(pane, "flush_edits", None)
            if flush and flush() is False:
                saved = False
        return saved

    def save_layout(self) -> None:
        """Remember the window's size, the list's height and the table's columns and sort
        for the next start (not when viewing read-only: the other copy owns the folder)."""
        if self._read_only_reason is None:
            pane = self.caseload_pane
            self.layout_file.save(window_geometry=self.saveGeometry(),
                                  splitter_state=pane.splitter.saveState(),
                                  caseload_header=pane.header_state())

    def drafts_let_close(self) -> bool:
        """Nothing typed and not added would be lost by closing, or the teacher discards it;
        False when she goes back to it (its pane is shown, the focus on it). ui.drafts."""
        if self.replaced:
            return True
        panes = ((0, self.caseload_pane), (1, self._planner_pane), (2, self._review_pane))
        found = [(index, draft) for index, pane in panes
                 if isinstance(pane, CaseloadPane | MeetingPane) for draft in pane.pending_drafts()]
        found.sort(key=lambda pair: pair[0] != self.stack.currentIndex())  # the pane shown first
        if drafts.may_leave(self, [draft for _index, draft in found]):
            return True
        self.show_pane(found[0][0])
        drafts.go_to(found[0][1].widget)
        return False

    def save_typing(self) -> bool:
        """Save what is typed; False when the disk or the file refused some of it. (A value
        a rule refused, a date in the future, does not count: its message is beside the
        field and the file keeps the last good value, as after leaving the field.)"""
        refused_before = self.desk.writes_refused
        return self.flush_edits() or self.desk.writes_refused == refused_before

    def may_close(self) -> bool:
        """Save what is typed; True when the window may close: everything was saved, or the
        teacher chose to close without what the disk or the file refused."""
        return self.save_typing() or self.close_without_unsaved_edits()

    def close_without_unsaved_edits(self) -> bool:
        """Some typed text could not be saved: say so and why, and ask. True only when the
        teacher chose to close without it; staying (the default, and Esc) keeps it on screen."""
        title = self.tr("Changes not saved yet")
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          self.tr("Some of what you typed is not saved yet."), parent=self)
        box.setAccessibleName(title)
        if disk_is_full(self.data_dir):
            why = self.tr(
                "The disk that holds your caseload is full, so IEP Desk could not save the "
                "changes marked in red. They are still on your screen. Make room on the disk "
                "(empty the wastebasket, move large files), then click in the field and press "
                "Tab to save it; or copy the text somewhere else first.")
        else:
            why = self.tr(
                "IEP Desk could not save the changes marked in red; the message beside each "
                "one says why. They are still on your screen: correct them, or copy the text "
                "somewhere else first.")
        box.setInformativeText(why + "\n\n" + self.tr(
            "If you close now, these changes are lost."))
        stay = box.addButton(self.tr("&Stay and keep typing"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("stay")
        leave = box.addButton(self.tr("&Close without saving them"),
                              QMessageBox.ButtonRole.DestructiveRole)
        leave.setObjectName("close_without_saving")
        for button in (stay, leave):
            button.setAccessibleName(button.text().replace("&", ""))
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is leave

    def closeEvent(self, event: QCloseEvent) -> None:
        # Drafts not added first (nothing is written yet), then what is typed is saved.
        if not self.drafts_let_close() or (not self.replaced and not self.may_close()):
            event.ignore()
            return
        self.save_layout()
        event.accept()


def store_path(data_dir: Path) -> str:
    return str(data_file(data_dir))
