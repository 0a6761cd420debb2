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

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from iep_desk.app import files
from iep_desk.app.protection import caseload_is_protected, idle_minutes
from iep_desk.storage.backup import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    KEPT_PROTECTED,
    PROTECTED_BY_BACKUP,
    BackupSummary,
    RestoreResult,
    restore_backup,
)
from iep_desk.storage.caseload import CaseloadStore, open_caseload
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui.translate import translate


def when_text(summary: BackupSummary) -> str:
    """A backup's date and time, in the teacher's language, e.g. "Monday 23 November 2026, 09:15"."""
    taken = summary.taken_at
    stamp = QDateTime(QDate(taken.year, taken.month, taken.day),
                      QTime(taken.hour, taken.minute, taken.second))
    return QLocale().toString(stamp, "dddd d MMMM yyyy, HH:mm")


def holds_text(summary: BackupSummary) -> str:
    """What a backup holds, e.g. "14 students (and 2 archived), 3 meetings", or why it is unusable."""
    if summary.problem is not None:  # not usable
        return translate("DataSafety", "This file cannot be restored. %1").replace(
            "%1", summary.problem
        )
    students = _count(
        summary.students,
        translate("DataSafety", "1 student"),
        translate("DataSafety", "%1 students"),
    )
    stores = _count(
        summary.meetings,
        translate("DataSafety", "1 meeting"),
        translate("DataSafety", "%1 meetings"),
    )
    archived = ""
    if summary.archived_students:
        archived = " " + translate("DataSafety", "(and %1 archived)").replace(
            "%1", str(summary.archived_students)
        )
    return students + archived + ", " + stores


def saved_text(summary: BackupSummary) -> str:
    """A whole sentence, e.g. "Saved Monday 23 November 2026, 09:15: 14 students, 3 meetings."
    (for a kept copy: "Copy kept from before a restore, saved …"), or why it is unusable."""
    if not summary.usable:
        return holds_text(summary)
    kind = {
        BEFORE_RESTORE: translate("DataSafety", "Copy kept from before a restore, saved %1: %2."),
        BEFORE_UPGRADE: translate(
            "DataSafety", "Copy kept from before an update of IEP Desk, saved %1: %2."
        ),
    }
    text = kind.get(summary.kind, translate("DataSafety", "Saved %1: %2."))
    return text.replace("%1", when_text(summary)).replace("%2", holds_text(summary))


def protection_text(result: RestoreResult) -> str:
    """One sentence on what a restore did to the caseload's protection ("" when it is plain)."""
    if result.protection == KEPT_PROTECTED:
        return translate("DataSafety",
                         "Your caseload stays protected with the same passphrase as before.")
    if result.protection == PROTECTED_BY_BACKUP:
        return translate(
            "DataSafety",
            "Your caseload is now protected with a passphrase: it opens with the passphrase "
            "of the backup you restored.",
        )
    return ""


def _count(number: int, one: str, many: str) -> str:
    return one if number == 1 else many.replace("%1", str(number))


class CaseloadSession:
    """One open caseload: folder, write lock (None when viewing read-only), store, window."""

    def __init__(self, data_dir: Path, store: CaseloadStore, *, lock: CaseloadLock | None,
                 read_only_reason: str | None = None, demo: bool = False,
                 nothing_open: bool = False, key: bytes | None = None):
        self.data_dir = Path(data_dir)
        # A protected caseload's key (None: plain), kept to reopen it after a restore and
        # to check the passphrase that unlocks the idle-locked window.
        self.key = key
        self.store = store
        self.lock = lock
        self.read_only_reason = read_only_reason
        self.demo = demo
        # The window shows an empty caseload in memory: the one in data_dir is not read at
        # all (saved by a newer IEP Desk), so it may be neither backed up nor restored over.
        self.nothing_open = nothing_open
        self.window = None
        self.close_problem: str | None = None
        self._finished = False

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def open_window(self):
        """Build the main window on the session's store, with the backup actions."""
        # Imported here, not at the top: these modules reach back into this one (the
        # protection flows ask for session_of and warn), so they load after it.
        from iep_desk.ui.main_window import MainWindow
        from iep_desk.ui.protection_page import install_protection_action
        from iep_desk.ui.transfer_actions import install_transfer_actions

        window = MainWindow(self.store, data_dir=self.data_dir, demo=self.demo)
        window.caseload_session = self
        install_backup_actions(window)
        install_transfer_actions(window)
        install_protection_action(window)
        if self.read_only:
            title = window.windowTitle() + " " + translate("DataSafety", "(read-only)")
            window.setWindowTitle(title)
            window.setAccessibleName(title)
            _make_read_only(window, self.read_only_reason)
            window.statusBar().showMessage(self.read_only_reason)
        if self.key is not None:
            from iep_desk.ui.window_lock import install_window_lock

            install_window_lock(window, key=self.key, idle_minutes=idle_minutes(window.stores))
        self.window = window
        return window

    def close_file(self) -> None:
        """Close the caseload file (the window stays, but must not be used until reopen):
        a restore replaces the file, which nothing may hold open meanwhile."""
        files.close(self.store, checkpoint=True)

    def reopen(self):
        """Open the caseload afresh (after a restore) in a new window that replaces the old one."""
        old_window, old_store = self.window, self.store
        if not caseload_is_protected(self.data_dir):
            self.key = None  # (a plain backup was restored)
        self.store = open_caseload(self.data_dir, key=self.key)
        new_window = self.open_window()
        if old_window is not None:
            new_window.setGeometry(old_window.geometry())
        new_window.show()  # shown before the old one closes, so the app does not quit
        if old_window is not None:
            # Its file was replaced: what was typed there cannot be added any more (ui.drafts).
            old_window.ask_about_drafts_on_close = False
            old_window.close()
            old_window.deleteLater()
        files.close(old_store)
        return new_window

    def finish(self) -> None:
        """On quitting: save what is typed, back up (unless the newest backup already holds
        everything), close the file, let the next copy in.

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
            if not self.read_only and not self.nothing_open:
                files.back_up_on_closing(self.store, self.data_dir)
        except DataFileError as error:
            self.close_problem = str(error)
            print(self.close_problem, file=sys.stderr)
        finally:
            files.close(self.store)
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
    back_up = QAction(translate("DataSafety", "&Back up now"), window)
    back_up.setObjectName("back_up_now")
    back_up.setStatusTip(
        translate("DataSafety", "Save a copy of the caseload in the backups folder now")
    )
    back_up.triggered.connect(lambda: back_up_now(window))
    restore = QAction(translate("DataSafety", "&Restore from a backup…"), window)
    restore.setObjectName("restore_backup")
    restore.setStatusTip(
        translate("DataSafety", "Put back the caseload as it was when a backup was made")
    )
    restore.triggered.connect(lambda: ask_restore(window))
    session = session_of(window)
    restore.setEnabled(not session.read_only)
    back_up.setEnabled(not session.nothing_open)
    quit_action = next((a for a in menu.actions() if a.objectName() == "quit"), None)
    for action in (back_up, restore):
        menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)


def back_up_now(window) -> Path | None:
    """Back up the open caseload; tell the teacher where, or why it failed."""
    if not session_of(window).read_only:
        window.flush_edits()
    try:
        made = files.back_up_now(window.store, window.data_dir)
    except DataFileError as error:
        warn(window, translate("DataSafety", "Backup failed"), error)
        return None
    window.statusBar().showMessage(
        translate("DataSafety", "Backed up to %1").replace("%1", str(made.path))
    )
    # What the copy holds, read back from it once it passed its check.
    QMessageBox.information(
        window,
        translate("DataSafety", "Backed up"),
        translate(
            "DataSafety",
            "A copy of the caseload (%1) was saved as %2. IEP Desk keeps the last 7 daily, "
            "4 weekly and 12 monthly backups in that folder.",
        )
        .replace("%1", holds_text(made))
        .replace("%2", str(made.path)),
    )
    return made.path


def ask_restore(window):
    """Restore… from the File menu. Returns the window now showing the caseload."""
    from iep_desk.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.data_dir, window, key=session_of(window).key)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return window
    return restore_into(window, dialog.chosen, key=dialog.key_for(dialog.chosen))


def warn(window, title: str, error: DataFileError) -> None:
    """A warning in the teacher's words; SQLite's own words (for IT) behind "Show Details…"."""
    technical = getattr(error, "technical", None)
    if not technical:
        QMessageBox.warning(window, title, getattr(error, "message", str(error)))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message,
                      QMessageBox.StandardButton.Ok, window)
    box.setAccessibleName(title)
    box.setDetailedText(technical)
    box.exec()


def restore_into(window, summary: BackupSummary, *, key: bytes | None = None):
    """Replace the open caseload with `summary`'s backup, then reopen it in a new window.

    `key` reads a backup protected with another key than the caseload's (the restore dialog
    unwrapped it with the backup's passphrase); the caseload then takes that key.
    The file is closed first (nothing may hold it while it is replaced); whether the restore
    worked or not, the caseload is then opened afresh, in a window that replaces this one."""
    session = session_of(window)
    window.flush_edits()
    session.close_file()
    backup_key = session.key if key is None else key
    result: RestoreResult | None = None
    try:
        result = restore_backup(summary.path, session.data_dir, key=backup_key,
                                current_key=session.key)
    except DataFileError as error:
        failure = error
    else:
        if result.protection == PROTECTED_BY_BACKUP:
            session.key = backup_key
    try:
        new_window = session.reopen()
    except DataFileError as error:
        warn(window, translate("DataSafety", "The caseload cannot be opened"), error)
        return window
    if result is None:
        warn(new_window, translate("DataSafety", "Restore failed"), failure)
        return new_window
    note = translate("DataSafety", "The caseload was restored from the backup saved %1.").replace(
        "%1", when_text(summary))
    if result.previous_saved_as:
        note += " " + translate(
            "DataSafety", "Your caseload as it was is kept in %1 until you remove it."
        ).replace("%1", str(result.previous_saved_as))
    protection = protection_text(result)
    if protection:
        note += " " + protection
    new_window.statusBar().showMessage(note)
    QMessageBox.information(new_window, translate("DataSafety", "Backup restored"), note)
    return new_window
