"""The main window: a sidebar with the three panes, menus, undo, settings and team members."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from iep_desk.storage.caseload import CaseloadStore
from iep_desk.ui.about import show_about
from iep_desk.ui.caseload.pane import CaseloadPane
from iep_desk.ui.empty_pane import EmptyPane
from iep_desk.ui.settings_dialog import SettingsDialog
from iep_desk.ui.team_dialog import TeamDialog

class MainWindow(QMainWindow):
    def __init__(self, store: CaseloadStore, *, data_dir: Path, demo: bool = False):
        super().__init__()
        self.store = store
        self.data_dir = Path(data_dir)
        self.undo_stack = QUndoStack(self)
        title = self.tr("IEP Desk")
        if demo:
            title = self.tr("IEP Desk: sample caseload (not real students)")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(1280, 800)

        self._settings_dialog: SettingsDialog | None = None
        self._team_dialog: TeamDialog | None = None
        self.caseload_pane = CaseloadPane(store, self.undo_stack)
        self.planner_pane = EmptyPane(
            self.tr("Meeting planner"),
            self.tr("Here you will plan each IEP meeting: find a time that suits the family and "
                    "the team, send the invitation, work through the before-the-meeting checklist, "
                    "collect the family's questions and build an agenda that fits the time."),
        )
        self.review_pane = EmptyPane(
            self.tr("Post-meeting review"),
            self.tr("Here you will review each meeting after it is held: who came, the notes, "
                    "the action plan with owners and dates, ideas for home, what worked and what "
                    "did not, and the next meeting."),
        )
        self.panes: list[QWidget] = [self.caseload_pane, self.planner_pane, self.review_pane]

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget()
        for label, pane in zip(
            (self.tr("Caseload"), self.tr("Meeting planner"), self.tr("Post-meeting review")), self.panes
        ):
            QListWidgetItem(label, self.sidebar)
            self.stack.addWidget(pane)
        self.sidebar.currentRowChanged.connect(self._switch_pane)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.sidebar.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Caseload file: %s") % store_path(self.data_dir))

    # -- menus ---------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, *, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.Quit, name="quit"))

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        # Undo and Redo first save whatever is being typed, so it is part of the history.
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.Undo, name="undo")
        self.redo_action = self._action(self.tr("&Redo"), self.redo, QKeySequence.Redo, name="redo")
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

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings,
                                            QKeySequence.Preferences, name="settings")
        self.team_action = self._action(self.tr("&Team members…"), self.show_team_members,
                                        name="team_members")
        self.tools_menu.addAction(self.settings_action)
        self.tools_menu.addAction(self.team_action)
        pane.form.team_panel.manage_requested.connect(self.show_team_members)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(
            self._action(self.tr("&About IEP Desk"), lambda: show_about(self), name="about"))

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
    def settings_dialog(self) -> SettingsDialog:
        """The Settings dialog, made once and kept (its undo steps refer to it)."""
        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.store, self.undo_stack, self)
            self._settings_dialog.settings_changed.connect(self.caseload_pane.refresh)
        return self._settings_dialog

    def show_settings(self) -> None:
        self.flush_edits()
        self.settings_dialog().exec()

    def team_dialog(self) -> TeamDialog:
        if self._team_dialog is None:
            self._team_dialog = TeamDialog(self.store, self.undo_stack, self)
            self._team_dialog.team_changed.connect(self.caseload_pane.form.team_panel.refresh)
        return self._team_dialog

    def show_team_members(self) -> None:
        self.flush_edits()
        self.team_dialog().exec()

    def _switch_pane(self, index: int) -> None:
        self.flush_edits()  # what was typed in one pane is saved before another is shown
        self.stack.setCurrentIndex(index)

    def show_pane(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)
        self.stack.currentWidget().setFocus(Qt.ShortcutFocusReason)

    # -- closing never asks and never loses anything ----------------------------
    def flush_edits(self) -> None:
        for pane in self.panes:
            flush = getattr(pane, "flush_edits", None)
            if flush:
                flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        event.accept()


def store_path(data_dir: Path) -> str:
    from iep_desk.config import data_file

    return str(data_file(data_dir))
