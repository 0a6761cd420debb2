"""Keeping the caseload safe from the app: the open session, Back up now, Restore….

A CaseloadSession holds what belongs to one open caseload: its folder, the
write lock, the store and the window showing it. It makes the backup when the
app closes and lets the next copy in. Restoring a backup replaces the data
under the session, then reopens the caseload in a fresh window, so nothing on
screen can still show (or save) the caseload as it was.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.storage.backup import (
    BackupSummary,
    describe_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.lock import CaseloadLock


def tr(text: str) -> str:
    return QCoreApplication.translate("DataSafety", text)


def when_text(summary: BackupSummary) -> str:
    """A backup's date and time, in the teacher's language, e.g. "Monday 23 November 2026, 09:15"."""
    stamp = QDateTime(summary.taken_at.date(), summary.taken_at.time())
    return QLocale().toString(stamp, "dddd d MMMM yyyy, HH:mm")


def holds_text(summary: BackupSummary) -> str:
    """What a backup holds, e.g. "14 students (and 2 archived), 3 meetings", or why it is unusable."""
    if not summary.usable:
        return tr("This file cannot be restored: %s") % summary.problem
    students = _count(summary.students, tr("1 student"), tr("%1 students"))
    meetings = _count(summary.meetings, tr("1 meeting"), tr("%1 meetings"))
    archived = ""
    if summary.archived_students:
        archived = " " + tr("(and %1 archived)").replace("%1", str(summary.archived_students))
    return students + archived + ", " + meetings


def saved_text(summary: BackupSummary) -> str:
    """e.g. "Saved Monday 23 November 2026, 09:15: 14 students, 3 meetings." """
    if not summary.usable:
        return holds_text(summary)
    return tr("Saved %1: %2.").replace("%1", when_text(summary)).replace("%2", holds_text(summary))


def _count(number: int, one: str, many: str) -> str:
    return one if number == 1 else many.replace("%1", str(number))


class CaseloadSession:
    """One open caseload: folder, write lock (None when viewing read-only), store, window."""

    def __init__(self, data_dir: Path, store: CaseloadStore, *, lock: CaseloadLock | None,
                 read_only_reason: str | None = None, demo: bool = False):
        self.data_dir = Path(data_dir)
        self.store = store
        self.lock = lock
        self.read_only_reason = read_only_reason
        self.demo = demo
        self.window = None
        self.close_problem: str | None = None
        self._finished = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def open_window(self):
        """Build the main window on the session's store, with the backup actions."""
        from iep_desk.ui.main_window import MainWindow  # main_window may import this module

        window = MainWindow(self.store, data_dir=self.data_dir, demo=self.demo)
        window.caseload_session = self
        install_backup_actions(window)
        from iep_desk.ui.transfer_actions import install_transfer_actions

        install_transfer_actions(window)
        if self.read_only:
            title = window.windowTitle() + " " + tr("(read-only)")
            window.setWindowTitle(title)
            window.setAccessibleName(title)
            _make_read_only(window, self.read_only_reason)
            window.statusBar().showMessage(self.read_only_reason)
        self.window = window
        return window

    def reopen(self):
        """Open the caseload afresh (after a restore) in a new window that replaces the old one."""
        old_window, old_store = self.window, self.store
        self.store = open_caseload(self.data_dir)
        new_window = self.open_window()
        if old_window is not None:
            new_window.setGeometry(old_window.geometry())
        new_window.show()  # shown before the old one closes, so the app does not quit
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        old_store.db.close()
        return new_window

    def finish(self) -> None:
        """On quitting: save what is typed, back up, close the file, let the next copy in.

        Runs once; a backup that fails is reported (close_problem, and on the
        error stream) but never stops the app from closing.
        """
        if self._finished:
            return
        self._finished = True
        try:
            if self.window is not None and not self.read_only:
                self.window.flush_edits()
        except RuntimeError:
            pass  # the window is already gone; its close already saved the edits
        try:
            if not self.read_only:
                make_backup(self.store.db.conn, self.data_dir)
        except DataFileError as error:
            self.close_problem = str(error)
            print(self.close_problem, file=sys.stderr)
        finally:
            self.store.db.close()
            if self.lock is not None:
                self.lock.release()


def _make_read_only(window, reason: str) -> None:
    """Every pane that can edit is told it may not (and why); the window too, if it can be."""
    targets = [window] if hasattr(window, "set_read_only") else []
    targets += list(getattr(window, "panes", None) or [getattr(window, "caseload_pane", None)])
    for target in targets:
        if not hasattr(target, "set_read_only"):
            continue  # a pane still being written, or one with nothing to edit
        try:
            target.set_read_only(True, reason)
        except TypeError:  # a pane whose set_read_only takes no reason
            target.set_read_only(True)


def session_of(window) -> CaseloadSession:
    """The window's session; a window built without one gets a writable session of its own."""
    session = getattr(window, "caseload_session", None)
    if session is None:
        session = CaseloadSession(window.data_dir, window.store, lock=None)
        session.window = window
        window.caseload_session = session
    return session


# -- the File menu ------------------------------------------------------------------
def install_backup_actions(window) -> None:
    """Add Back up now and Restore… to window.file_menu (before Quit). Safe to call twice."""
    menu = window.file_menu
    if any(a.objectName() == "back_up_now" for a in menu.actions()):
        return
    back_up = QAction(tr("&Back up now"), window)
    back_up.setObjectName("back_up_now")
    back_up.setStatusTip(tr("Save a copy of the caseload in the backups folder now"))
    back_up.triggered.connect(lambda: back_up_now(window))
    restore = QAction(tr("&Restore from a backup…"), window)
    restore.setObjectName("restore_backup")
    restore.setStatusTip(tr("Put back the caseload as it was when a backup was made"))
    restore.triggered.connect(lambda: ask_restore(window))
    restore.setEnabled(not session_of(window).read_only)
    quit_action = next((a for a in menu.actions() if a.objectName() == "quit"), None)
    for action in (back_up, restore):
        menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)


def back_up_now(window) -> Path | None:
    """Back up the open caseload; tell the teacher where, or why it failed."""
    if not session_of(window).read_only:
        window.flush_edits()
    try:
        path = make_backup(window.store.db.conn, window.data_dir)
    except DataFileError as error:
        QMessageBox.warning(window, tr("Backup failed"), str(error))
        return None
    window.statusBar().showMessage(tr("Backed up to %s") % path)
    QMessageBox.information(
        window, tr("Backed up"),
        tr("A copy of the caseload was saved as %1. IEP Desk keeps the last 7 daily, 4 weekly "
           "and 12 monthly backups in that folder.").replace("%1", str(path)))
    return path


class RestoreDialog(QDialog):
    """Pick a backup and see what it holds before anything is replaced."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        intro = QLabel(self.tr(
            "Choose the backup to go back to. Your caseload as it is now is backed up first, "
            "so you can always come back to it."))
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        intro.setBuddy(self.backups)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("What the chosen backup holds"))
        self.details.setTextInteractionFlags(Qt.TextSelectableByKeyboard | Qt.TextSelectableByMouse)
        self.other_file = QPushButton(self.tr("Choose &another file…"))
        self.other_file.setAccessibleName(self.tr("Choose another backup file"))
        self.other_file.clicked.connect(self.choose_other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore this backup"),
                                                     QDialogButtonBox.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.buttons.button(QDialogButtonBox.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.backups, self.details, self.other_file, self.buttons):
            layout.addWidget(widget)
        self.backups.currentItemChanged.connect(self._show_details)
        self.chosen: BackupSummary | None = None
        for backup in list_backups(self.data_dir):
            self._add(describe_backup(backup.path))
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self._show_details(None)
        self.resize(560, 420)

    def _add(self, summary: BackupSummary, *, first: bool = False) -> QListWidgetItem:
        label = when_text(summary) if summary.usable else \
            f"{when_text(summary)}: {self.tr('cannot be restored')}"
        item = QListWidgetItem(label)
        item.setData(Qt.UserRole, summary)
        item.setToolTip(str(summary.path))
        if first:
            self.backups.insertItem(0, item)
        else:
            self.backups.addItem(item)
        return item

    def _show_details(self, item: QListWidgetItem | None, _previous=None) -> None:
        summary = item.data(Qt.UserRole) if item is not None else None
        self.chosen = summary
        if summary is None:
            self.details.setText(self.tr("There are no backups yet. Use “Choose another file…” "
                                         "to restore a copy kept elsewhere."))
        else:
            self.details.setText(saved_text(summary) + "\n" + str(summary.path))
        self.restore_button.setEnabled(bool(summary and summary.usable))

    def choose_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self.data_dir),
            self.tr("IEP Desk backups (*.sqlite);;All files (*)"))
        if path:
            self.backups.setCurrentItem(self._add(describe_backup(Path(path)), first=True))

    def confirm(self) -> None:
        """Say exactly what will happen, and restore only on a clear yes."""
        if self.chosen is None or not self.chosen.usable:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your caseload with the backup saved %1 (%2)?\n\nYour caseload as it "
                    "is now is backed up first. IEP Desk then reopens the caseload.")
            .replace("%1", when_text(self.chosen)).replace("%2", holds_text(self.chosen)),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.accept()


def ask_restore(window):
    """Restore… from the File menu. Returns the window now showing the caseload."""
    dialog = RestoreDialog(window.data_dir, window)
    if dialog.exec() != QDialog.Accepted or dialog.chosen is None:
        return window
    return restore_into(window, dialog.chosen)


def restore_into(window, summary: BackupSummary):
    """Replace the open caseload with `summary`'s backup, then reopen it in a new window."""
    session = session_of(window)
    window.flush_edits()
    try:
        result = restore_backup(summary.path, session.data_dir)
    except DataFileError as error:
        QMessageBox.warning(window, tr("Restore failed"), str(error))
        return window
    try:
        new_window = session.reopen()
    except DataFileError as error:
        # The backup is in place but cannot be opened here (e.g. the disk filled while
        # updating it): say so; the previous caseload is safe in the backups folder.
        QMessageBox.warning(window, tr("Restore failed"), str(error))
        return window
    note = tr("The caseload was restored from the backup saved %1.").replace(
        "%1", when_text(summary))
    if result.previous_saved_as:
        note += " " + tr("Your caseload as it was is kept in %1.").replace(
            "%1", str(result.previous_saved_as))
    new_window.statusBar().showMessage(note)
    QMessageBox.information(new_window, tr("Backup restored"), note)
    return new_window
