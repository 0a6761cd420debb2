"""Settings ▸ Protection: protect the caseload with a passphrase, change the passphrase, turn
protection off, and the idle lock's minutes. Also the dialogs these use (a new passphrase
typed twice, the recovery code shown once) and the flows that convert the caseload.

Turning protection on or off converts the caseload file, which nothing may hold open: the
window's edits are saved, the file is closed, converted (app.protection), and opened again
in a window that replaces this one (as a restore does), with the key. Once it opened, the
copy kept aside is overwritten and removed: the teacher's confirmation is that their
caseload is back on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.core.problems import ProblemError
from iep_desk.storage import keys
from iep_desk.storage.errors import DataFileError
from iep_desk.ui.problems import problem_text
from iep_desk.ui.translate import translate
from iep_desk.ui.unlock import busy_cursor, passphrase_field
from iep_desk.ui.widgets import WheelSafeSpinBox

# -- dialogs ------------------------------------------------------------------------------------

class PassphraseDialog(QDialog):
    """Asks for passphrases: the current one (`current`), a new one typed twice (`new`), or
    both. `check(values)` runs on OK and returns a text to show (the dialog stays open) or
    None (accepted)."""

    def __init__(self, title: str, intro: str, *, current: bool, new: bool, check,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.check = check
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.current = (
            passphrase_field(translate("Protection", "Current passphrase")) if current else None
        )
        if self.current is not None:
            form.addRow(translate("Protection", "&Current passphrase:"), self.current)
        self.new = passphrase_field(translate("Protection", "New passphrase")) if new else None
        self.again = (
            passphrase_field(translate("Protection", "New passphrase again")) if new else None
        )
        if self.new is not None and self.again is not None:  # asked for together
            form.addRow(translate("Protection", "&New passphrase:"), self.new)
            form.addRow(translate("Protection", "New passphrase &again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("passphrase_message")
        self.message.setAccessibleName(translate("Protection", "Message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        found = {}
        for name in ("current", "new", "again"):
            field = getattr(self, name)
            if field is not None:
                found[name] = field.text()
        return found

    def _ok(self) -> None:
        with busy_cursor():
            problem = self.check(self.values())
        if problem:
            self.message.setText(problem)
            return
        self.accept()


class RecoveryCodeDialog(QDialog):
    """The recovery code, shown once, with Print… and a plain word on what it is for."""

    def __init__(self, code: str, parent: QWidget | None = None):
        super().__init__(parent)
        title = translate("Protection", "Your recovery code")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.code = code
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Protection",
            "Write this code down or print it now, and keep it somewhere safe away from this "
            "computer (with your other important papers). It is shown only this once. If you "
            "forget the passphrase, this code is the only way back into the caseload."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recovery_code")
        self.code_label.setAccessibleName(translate("Protection", "Recovery code"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self.print_button = QPushButton(translate("Protection", "&Print…"))
        self.print_button.setObjectName("print_recovery_code")
        self.print_button.setAccessibleName(translate("Protection", "Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        row.addWidget(self.print_button)
        row.addStretch(1)
        done = QPushButton(translate("Protection", "I have &kept it safe"))
        done.setObjectName("recovery_code_kept")
        done.setAccessibleName(translate("Protection", "I have kept it safe"))
        done.setDefault(True)
        done.clicked.connect(self.accept)
        row.addWidget(done)
        layout.addLayout(row)

    def page_text(self) -> str:
        """What the printed page says (the code, and what it opens; no student data)."""
        return "\n\n".join(
            [
                translate("Protection", "IEP Desk: recovery code for your caseload"),
                self.code,
                translate(
                    "Protection",
                    "This code opens your protected caseload when the passphrase is forgotten: "
                    "start IEP Desk, choose “Forgot the passphrase?”, type the code and choose a "
                    "new passphrase. Keep this page somewhere safe, away from the computer.",
                ),
            ]
        )

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.page_text())
        document.print_(printer)


# -- the flows ----------------------------------------------------------------------------------

# data_safety imports this module to add its menu entry, so these two import it when called.
def _session(window):
    from iep_desk.ui.data_safety import session_of

    return session_of(window)


def _warn(window, title: str, error: Exception) -> None:
    from iep_desk.ui.data_safety import warn

    if isinstance(error, ProblemError):
        QMessageBox.warning(window, title, problem_text(error.problem))
    elif isinstance(error, DataFileError):
        warn(window, title, error)
    else:
        QMessageBox.warning(window, title, str(error))


def _convert(window, title: str, convert, key_after):
    """Close the caseload, run `convert()`, reopen it (with key_after(result)) in a new window;
    the copy kept aside is removed once it opened. Returns the new window (the old one when
    the conversion was refused: the caseload reopens as it was)."""
    session = _session(window)
    window.flush_edits()
    session.close_file()
    try:
        with busy_cursor():
            result = convert()
    except (DataFileError, ProblemError, OSError) as error:
        new_window = session.reopen()
        _warn(new_window, title, error)
        return new_window, None
    session.key = key_after(result)
    new_window = session.reopen()
    try:
        app_protection.confirm_change(session.data_dir)
    except DataFileError as error:
        _warn(new_window, title, error)
    return new_window, result


def explain_before_protecting(window) -> bool:
    """The plain words before protection starts; True when the teacher goes on."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Protection", "Protect this caseload"),
        translate("Protection", "Protect this caseload with a passphrase?"),
        parent=window,
    )
    box.setInformativeText(translate("Protection",
        "Everything IEP Desk keeps (the caseload, its backups) is then encrypted: without your "
        "passphrase nobody can read it, even with the laptop or the USB stick in hand. You "
        "type the passphrase when IEP Desk starts, and after it locked itself when you were "
        "away.\n\nYou also get a recovery code, shown once, to print or write down. If you "
        "forget the passphrase AND lose the recovery code, nobody can open the caseload "
        "again: not you, not your IT team, not the makers of IEP Desk."))
    box.setAccessibleName(translate("Protection", "Protect this caseload"))
    go_on = box.addButton(
        translate("Protection", "&Choose a passphrase…"), QMessageBox.ButtonRole.AcceptRole
    )
    go_on.setObjectName("choose_passphrase")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go_on


def protect_caseload(window):
    """Explain, ask the new passphrase twice, convert, show the recovery code once. Returns
    the window now showing the caseload."""
    if not explain_before_protecting(window):
        return window

    def check(values: dict[str, str]) -> str | None:
        try:
            app_protection.check_new_passphrase(values["new"], values["again"])
        except ProblemError as error:
            return problem_text(error.problem)
        return None

    dialog = PassphraseDialog(
        translate("Protection", "Choose a passphrase"),
        translate(
            "Protection", "A few words you will remember, at least 8 characters; longer is safer."
        ),
        current=False,
        new=True,
        check=check,
        parent=window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return window
    values = dialog.values()
    new_window, result = _convert(
        window, translate("Protection", "Protect this caseload"),
        lambda: app_protection.protect(_session(window).data_dir, passphrase=values["new"],
                                       repeated=values["again"], cost=keys.CURRENT_COST),
        lambda protected: protected.key)
    if result is not None:
        RecoveryCodeDialog(result.recovery_code, new_window).exec()
        new_window.statusBar().showMessage(
            translate("Protection", "The caseload is protected with your passphrase.")
        )
    return new_window


def unprotect_caseload(window):
    """Turn protection off (the passphrase asked first). Returns the window now showing it."""
    data_dir = _session(window).data_dir

    def check(values: dict[str, str]) -> str | None:
        try:
            keys.unlock_with_passphrase(
                keys.read_key_file(app_protection.key_file_path(data_dir)), values["current"])
        except keys.WrongPassphrase:
            return translate("Protection", "That passphrase does not open this caseload.")
        except DataFileError as error:
            return error.message
        return None

    dialog = PassphraseDialog(
        translate("Protection", "Turn protection off"),
        translate(
            "Protection",
            "Without protection, anyone who can open the caseload's folder can read it. Its "
            "backups made while it was protected stay protected. Type the passphrase to go on.",
        ),
        current=True,
        new=False,
        check=check,
        parent=window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return window
    passphrase = dialog.values()["current"]
    new_window, result = _convert(
        window, translate("Protection", "Turn protection off"),
        lambda: app_protection.unprotect(data_dir, passphrase=passphrase), lambda _r: None)
    if result is not None:
        new_window.statusBar().showMessage(
            translate("Protection", "The caseload is no longer protected.")
        )
    return new_window


def change_passphrase(window) -> bool:
    """A new passphrase for the caseload and its backups; the caseload stays open."""
    data_dir = _session(window).data_dir

    def check(values: dict[str, str]) -> str | None:
        try:
            app_protection.change_passphrase(data_dir, old=values["current"], new=values["new"],
                                             repeated=values["again"], cost=keys.CURRENT_COST)
        except keys.WrongPassphrase:
            return translate("Protection", "That passphrase does not open this caseload.")
        except ProblemError as error:
            return problem_text(error.problem)
        except (DataFileError, OSError) as error:
            return getattr(error, "message", None) or str(error)
        return None

    dialog = PassphraseDialog(
        translate("Protection", "Change the passphrase"),
        translate(
            "Protection",
            "The caseload is not re-encrypted; its backups open with the new passphrase too. "
            "Your recovery code stays the same.",
        ),
        current=True,
        new=True,
        check=check,
        parent=window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    window.statusBar().showMessage(translate("Protection", "The passphrase was changed."))
    return True


# -- the page -----------------------------------------------------------------------------------

class ProtectionPage(QWidget):
    """Settings ▸ Protection of the main window `window`. `close_settings` closes the dialog
    the page is in (before a conversion replaces the window)."""

    def __init__(self, window, close_settings=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.main_window = window
        self.close_settings = close_settings or (lambda: None)
        self.setObjectName("protection_page")
        self.setAccessibleName(translate("Protection", "Protection"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("protection_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.protect_button = self._button(
            translate("Protection", "&Protect this caseload with a passphrase…"),
            "protect",
            self._protect,
        )
        self.change_button = self._button(
            translate("Protection", "&Change the passphrase…"), "change_passphrase", self._change
        )
        self.off_button = self._button(
            translate("Protection", "&Turn protection off…"), "unprotect", self._unprotect
        )
        for button in (self.protect_button, self.change_button, self.off_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.idle = WheelSafeSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setAccessibleName(translate("Protection", "Lock after this many idle minutes"))
        self.idle.setRange(*app_protection.IDLE_MINUTES_LIMITS)
        self.idle.setSuffix(translate("Protection", " min"))
        self.idle.setMaximumWidth(self.idle.sizeHint().width() + 24)
        self.idle.setValue(app_protection.idle_minutes(window.stores))
        self.idle.editingFinished.connect(self._save_idle_minutes)
        form.addRow(translate("Protection", "&Lock after this many idle minutes:"), self.idle)
        layout.addLayout(form)
        idle_note = QLabel(translate("Protection",
            "A protected caseload's window locks itself when you have not touched it for this "
            "long, and on File ▸ Lock (Ctrl+L): what you typed is saved, and the passphrase "
            "brings you back to where you were."))
        idle_note.setWordWrap(True)
        layout.addWidget(idle_note)
        layout.addStretch(1)
        self.refresh()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        session = _session(self.main_window)
        protected = session.key is not None
        if protected:
            self.status.setText(
                translate(
                    "Protection",
                    "This caseload is protected with a passphrase: it and its "
                    "backups are encrypted.",
                )
            )
        else:
            text = translate(
                "Protection",
                "This caseload is not protected: anyone who can open its folder, or "
                "copies it, can read it.",
            )
            if config.portable_data_dir() is not None:
                text += " " + translate(
                    "Protection", "It travels on a USB stick: protecting it is strongly suggested."
                )
            self.status.setText(text)
        writable = not session.read_only and not session.nothing_open
        self.protect_button.setVisible(not protected)
        self.protect_button.setEnabled(writable)
        self.change_button.setVisible(protected)
        self.off_button.setVisible(protected)
        self.off_button.setEnabled(writable)
        self.idle.setEnabled(writable)

    def _save_idle_minutes(self) -> None:
        window = self.main_window
        result = window.desk.run(app_protection.set_idle_minutes, minutes=self.idle.value(),
                                 source=self)
        lock = getattr(window, "window_lock", None)
        if result is not None and lock is not None:
            lock.set_idle_minutes(self.idle.value())

    def _protect(self) -> None:
        self.close_settings()
        protect_caseload(self.main_window)

    def _unprotect(self) -> None:
        self.close_settings()
        unprotect_caseload(self.main_window)

    def _change(self) -> None:
        change_passphrase(self.main_window)


def show_protection(window) -> None:
    """Settings ▸ Protection in a dialog of its own (until the settings have pages)."""
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("Protection", "Protection"))
    dialog.setAccessibleName(translate("Protection", "Protection"))
    layout = QVBoxLayout(dialog)
    page = ProtectionPage(window, close_settings=dialog.accept)
    layout.addWidget(page)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(560, 360)
    window.protection_dialog = dialog
    dialog.exec()
    window.protection_dialog = None


def install_protection_action(window) -> None:
    """Tools ▸ Protection… (the settings page, in a dialog until the settings have pages)."""
    menu = getattr(window, "tools_menu", None)
    if menu is None or any(a.objectName() == "protection" for a in menu.actions()):
        return
    action = QAction(translate("Protection", "&Protection…"), window)
    action.setObjectName("protection")
    action.setStatusTip(
        translate("Protection", "Protect the caseload with a passphrase, and the idle lock")
    )
    action.triggered.connect(lambda: show_protection(window))
    menu.addAction(action)
