"""The passphrase prompt of a protected caseload: at start-up (a dialog) and on the locked
window (a page in place of the window's content).

A wrong passphrase says so and nothing else. After five tries that did not open it, each
further try waits half a minute (app.protection.Unlocker). "Forgot the passphrase?" opens
the caseload with the recovery code and sets a new passphrase.

The key derivation takes about half a second by design; the window shows a busy cursor
meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk.app.protection import ProtectionInputError, Unlocker
from iep_desk.storage import keys
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.keys import WrongPassphrase, WrongRecoveryCode
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate


def passphrase_field(name: str) -> QLineEdit:
    """A field whose text is never shown (echo off), with its accessible name."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setObjectName(name)
    return field


class busy_cursor:
    """The wait cursor while a key is derived (half a second)."""

    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


class UnlockPanel(QWidget):
    """The passphrase field and its Open button, and the recovery code's fields behind
    "Forgot the passphrase?". Emits `unlocked(key)` when the caseload's key is unwrapped."""

    unlocked = Signal(bytes)

    def __init__(self, data_dir: Path, *, heading: str, open_text: str, note: str = "",
                 clock: Callable[[], float] | None = None, parent: QWidget | None = None,
                 unlocker: Unlocker | None = None):
        super().__init__(parent)
        # Two panels on one lock (the locked window's and the prompt in front of a dialog)
        # share one Unlocker, so the wait after five wrong tries counts them all.
        if unlocker is None:
            unlocker = Unlocker(Path(data_dir)) if clock is None else Unlocker(
                Path(data_dir), clock=clock)
        self.unlocker = unlocker
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setObjectName("unlock_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        if note:
            explain = QLabel(note)
            explain.setWordWrap(True)
            layout.addWidget(explain)
        self.passphrase = passphrase_field(translate("Unlock", "Passphrase"))
        self.passphrase.returnPressed.connect(self.try_passphrase)
        row = QHBoxLayout()
        label = QLabel(translate("Unlock", "&Passphrase:"))
        label.setBuddy(self.passphrase)
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        self.open_button = QPushButton(open_text)
        self.open_button.setObjectName("unlock")
        self.open_button.setAccessibleName(open_text.replace("&", ""))
        self.open_button.clicked.connect(self.try_passphrase)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setAccessibleName(translate("Unlock", "Message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.forgot_button = QPushButton(translate("Unlock", "&Forgot the passphrase?"))
        self.forgot_button.setObjectName("forgot_passphrase")
        self.forgot_button.setAccessibleName(translate("Unlock", "Forgot the passphrase?"))
        self.forgot_button.clicked.connect(self.show_recovery)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery = QGroupBox(translate("Unlock", "Open with the recovery code"))
        self.recovery.setAccessibleName(translate("Unlock", "Open with the recovery code"))
        form = QFormLayout(self.recovery)
        explain = QLabel(
            translate(
                "Unlock",
                "Type the recovery code you wrote down or printed when you set up "
                "the passphrase (32 characters; dashes and spaces do not matter), "
                "then choose a new passphrase.",
            )
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.code = QLineEdit()
        self.code.setAccessibleName(translate("Unlock", "Recovery code"))
        self.code.setObjectName("recovery_code")
        form.addRow(translate("Unlock", "&Recovery code:"), self.code)
        self.new_passphrase = passphrase_field(translate("Unlock", "New passphrase"))
        form.addRow(translate("Unlock", "&New passphrase:"), self.new_passphrase)
        self.new_again = passphrase_field(translate("Unlock", "New passphrase again"))
        form.addRow(translate("Unlock", "New passphrase &again:"), self.new_again)
        self.recover_button = QPushButton(translate("Unlock", "&Set the new passphrase and open"))
        self.recover_button.setObjectName("recover")
        self.recover_button.setAccessibleName(
            translate("Unlock", "Set the new passphrase and open")
        )
        self.recover_button.clicked.connect(self.try_recovery_code)
        form.addRow(self.recover_button)
        self.recovery.hide()
        layout.addWidget(self.recovery)
        layout.addStretch(1)
        self.setFocusProxy(self.passphrase)

    def show_recovery(self) -> None:
        self.recovery.show()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for field in (self.passphrase, self.code, self.new_passphrase, self.new_again):
            field.clear()
        self.message.clear()
        self.recovery.hide()

    def try_passphrase(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self.message.setText(translate("Unlock", "Type the passphrase."))
            return
        self._try(lambda: self.unlocker.unlock(typed), self.passphrase)

    def try_recovery_code(self) -> None:
        code, new, again = self.code.text(), self.new_passphrase.text(), self.new_again.text()
        self._try(lambda: self.unlocker.unlock_with_recovery_code(
            code, new, again, cost=keys.CURRENT_COST), self.code)

    def _try(self, unwrap: Callable[[], bytes], field: QLineEdit) -> None:
        try:
            with busy_cursor():
                key = unwrap()
        except WrongPassphrase:
            self._refused(
                translate("Unlock", "That passphrase does not open this caseload."), field
            )
            return
        except WrongRecoveryCode:
            self._refused(
                translate("Unlock", "That recovery code does not open this caseload."), field
            )
            return
        except ProtectionInputError as error:
            self._refused(problem_text(error.problem), field)
            return
        except DataFileError as error:  # the key file is missing, damaged or newer
            self._refused(error.message, field)
            return
        self.clear()
        self.unlocked.emit(key)

    def _refused(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.selectAll()
        field.setFocus(Qt.FocusReason.OtherFocusReason)


class StartupPassphraseDialog(QDialog):
    """At start-up: the passphrase of a protected caseload, or Quit. `key` once opened."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Unlock", "IEP Desk: protected caseload"))
        self.setAccessibleName(translate("Unlock", "Protected caseload"))
        self.key: bytes | None = None
        layout = QVBoxLayout(self)
        self.panel = UnlockPanel(
            data_dir,
            heading=translate("Unlock", "This caseload is protected"),
            open_text=translate("Unlock", "&Open"),
        )
        self.panel.unlocked.connect(self._opened)
        layout.addWidget(self.panel)
        quit_button = QPushButton(translate("Unlock", "&Quit"))
        quit_button.setObjectName("quit")
        quit_button.setAccessibleName(translate("Unlock", "Quit"))
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        layout.addWidget(quit_button, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(520, 260)
        self.panel.setFocus()

    def _opened(self, key: bytes) -> None:
        self.key = key
        self.accept()


def ask_passphrase_at_start(data_dir: Path) -> bytes | None:
    """The key of the protected caseload in `data_dir`, or None when the teacher quit."""
    dialog = StartupPassphraseDialog(data_dir)
    dialog.exec()
    return dialog.key
