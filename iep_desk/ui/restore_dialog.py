"""Restore from a backup: pick a backup, see what it holds, confirm."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
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

from iep_desk.storage.backup import BackupSummary, describe_backup, list_backups
from iep_desk.ui.data_safety import holds_text, saved_text, when_text


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
