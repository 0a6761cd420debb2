"""Restore from a backup: pick a backup, see what it holds, confirm.

The copies IEP Desk kept from before a restore or an update come first (the way back
from a restore that was a mistake), marked as what they are; the teacher may remove one.

A backup protected with another key than the open caseload's (saved while protection was
on, when the caseload is now plain or protected afresh) opens with the passphrase it had
then: the dialog asks for it, shows what the backup holds, and restores it with its key.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app.protection import backup_key, backup_needs_its_passphrase
from iep_desk.storage.backup import (
    BEFORE_RESTORE,
    BEFORE_UPGRADE,
    BackupSummary,
    describe_backup,
    remove_kept_copy,
    restore_choices,
)
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.keys import KeyProblem, WrongPassphrase
from iep_desk.ui.data_safety import holds_text, saved_text, warn, when_text


class RestoreDialog(QDialog):
    """Pick a backup and see what it holds before anything is replaced."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None, *,
                 key: bytes | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.key = key  # a protected caseload's: its backups are read with it
        # The keys of backups protected with another key, unwrapped with their passphrase.
        self.backup_keys: dict[Path, bytes] = {}
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        intro = QLabel(self.tr(
            "Choose the backup to go back to. Your caseload as it is now is backed up first, "
            "so you can always come back to it."))
        intro.setWordWrap(True)
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr(
            "Backups: copies kept from before a restore or an update first, then newest first"))
        intro.setBuddy(self.backups)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("What the chosen backup holds"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_file = QPushButton(self.tr("Choose &another file…"))
        self.other_file.setAccessibleName(self.tr("Choose another backup file"))
        self.other_file.clicked.connect(self.choose_other_file)
        self.passphrase_button = QPushButton(self.tr("Enter the backup's &passphrase…"))
        self.passphrase_button.setAccessibleName(
            self.tr("Enter the passphrase of the chosen backup"))
        self.passphrase_button.clicked.connect(self.ask_backup_passphrase)
        self.remove_button = QPushButton(self.tr("Re&move this copy…"))
        self.remove_button.setAccessibleName(self.tr("Remove this kept copy"))
        self.remove_button.setToolTip(self.tr(
            "Copies kept from before a restore or an update stay until you remove them"))
        self.remove_button.clicked.connect(self.remove_chosen_copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore this backup"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(self.tr("Restore this backup"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.backups, self.details, self.passphrase_button,
                       self.other_file, self.remove_button, self.buttons):
            layout.addWidget(widget)
        self.backups.currentItemChanged.connect(self._show_details)
        self.chosen: BackupSummary | None = None
        for backup in restore_choices(self.data_dir):
            self._add(describe_backup(backup.path, key=self.key))
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self._show_details(None)
        self.resize(560, 420)

    def _label(self, summary: BackupSummary) -> str:
        kept = {BEFORE_RESTORE: self.tr("Copy kept from before a restore, %1"),
                BEFORE_UPGRADE: self.tr("Copy kept from before an update, %1")}
        label = kept.get(summary.kind, "%1").replace("%1", when_text(summary))
        if self._needs_passphrase(summary):
            label = self.tr("%1: protected with a passphrase").replace("%1", label)
        elif not summary.usable:
            label = self.tr("%1: cannot be restored").replace("%1", label)
        return label

    def _add(self, summary: BackupSummary, *, first: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(self._label(summary))
        item.setData(Qt.ItemDataRole.UserRole, summary)
        item.setToolTip(str(summary.path))
        if first:
            self.backups.insertItem(0, item)
        else:
            self.backups.addItem(item)
        return item

    def _show_details(self, item: QListWidgetItem | None, _previous=None) -> None:
        summary = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.chosen = summary
        if summary is None:
            self.details.setText(self.tr("There are no backups yet. Use “Choose another file…” "
                                         "to restore a copy kept elsewhere."))
        elif self._needs_passphrase(summary):
            self.details.setText(self.tr(
                "This backup is protected with the passphrase your caseload had when it was "
                "saved. Enter that passphrase to see what it holds and to restore it.")
                + "\n" + str(summary.path))
        else:
            self.details.setText(saved_text(summary) + "\n" + str(summary.path))
        self.passphrase_button.setVisible(self._needs_passphrase(summary))
        self.restore_button.setEnabled(bool(summary and summary.usable))
        self.remove_button.setEnabled(bool(summary and summary.kept))

    def key_for(self, summary: BackupSummary) -> bytes | None:
        """The key to read and restore `summary`'s backup with."""
        return self.backup_keys.get(summary.path, self.key)

    def _needs_passphrase(self, summary: BackupSummary | None) -> bool:
        return (summary is not None and not summary.usable
                and summary.path not in self.backup_keys
                and backup_needs_its_passphrase(summary.path, self.key))

    def ask_backup_passphrase(self) -> None:
        """Unwrap the chosen backup's key with the passphrase it was saved with, then show
        what it holds. A wrong passphrase is said so; nothing is changed."""
        summary, item = self.chosen, self.backups.currentItem()
        if summary is None or item is None:
            return
        title = self.tr("Passphrase of the backup")
        passphrase, ok = QInputDialog.getText(
            self, title, self.tr("The passphrase your caseload had when this backup was saved:"),
            QLineEdit.EchoMode.Password)
        if not ok or not passphrase:
            return
        try:
            key = backup_key(summary.path, passphrase)
        except WrongPassphrase:
            QMessageBox.warning(self, title, self.tr(
                "That passphrase does not open this backup. Nothing was changed."))
            return
        except (KeyProblem, OSError) as error:
            QMessageBox.warning(self, title, getattr(error, "message", str(error)))
            return
        self.backup_keys[summary.path] = key
        opened = describe_backup(summary.path, key=key)
        item.setText(self._label(opened))
        item.setData(Qt.ItemDataRole.UserRole, opened)
        self._show_details(item)
        if opened.usable:  # the button that had the focus is hidden now
            self.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(self.data_dir),
            self.tr("IEP Desk backups (*.sqlite);;All files (*)"))
        if path:
            self.backups.setCurrentItem(self._add(describe_backup(Path(path), key=self.key),
                                                  first=True))

    def remove_chosen_copy(self) -> None:
        """Remove the chosen kept copy, on a clear yes."""
        summary, item = self.chosen, self.backups.currentItem()
        if summary is None or not summary.kept or item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove this copy?"),
            self.tr("Remove the copy of your caseload saved %1 (%2)? It cannot be brought "
                    "back.\n\n%3").replace("%1", when_text(summary))
            .replace("%2", holds_text(summary)).replace("%3", str(summary.path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_kept_copy(self.data_dir, summary.path)
        except DataFileError as error:
            warn(self, self.tr("The copy was not removed"), error)
            return
        self.backups.takeItem(self.backups.row(item))
        if self.backups.count() == 0:
            self._show_details(None)

    def confirm(self) -> None:
        """Say exactly what will happen, and restore only on a clear yes."""
        if self.chosen is None or not self.chosen.usable:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("Replace your caseload with the backup saved %1 (%2)?\n\nYour caseload as it "
                    "is now is backed up first. IEP Desk then reopens the caseload.")
            .replace("%1", when_text(self.chosen)).replace("%2", holds_text(self.chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
