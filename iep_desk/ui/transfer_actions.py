"""File menu entries for bringing a caseload in and taking it out.

``install_transfer_actions(window)`` adds, before Quit:
    Import caseload from CSV…
    Import full backup (JSON)…
    Export ▸ Caseload to CSV… / Everything to one file (JSON)… / Everything, encrypted…
             / Meetings to a calendar (.ics)… / Calendar files include names (a check box)

A CSV or JSON export is plain text: for a protected caseload the window says so before
saving one, and offers the encrypted full export instead (the JSON sealed with a passphrase
chosen for it, storage.encrypted_export), which Import full backup opens with that passphrase.
The window needs ``desk`` (ui.desk.Desk) and ``file_menu``; an import goes through the
application layer (app.transfer), and the panes refresh from the Desk's change notification.

"Calendar files include names" is a setting of the caseload (INCLUDE_NAMES_SETTING), which
the planner's Add to calendar follows too. A setting rather than a check box in the save
dialog: whether a calendar is private is the same every time, the choice sits beside the
export it governs, and the save dialogs stay the system's own (a check box inside a file
dialog needs Qt's replacement dialog on every platform). It starts off: a calendar file
then names the student by short name only, in the title (core.calendar_ics).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from iep_desk.app import settings as app_settings
from iep_desk.app import transfer
from iep_desk.app.protection import check_new_passphrase
from iep_desk.app.settings import INCLUDE_NAMES_SETTING, calendar_names_wanted
from iep_desk.core.problems import ProblemError
from iep_desk.storage import keys
from iep_desk.storage.encrypted_export import (
    WrongExportPassphrase,
    is_encrypted_export,
    seal,
    unseal,
)
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.export import CaseloadNotEmpty, ExportFormatError, read_full_export
from iep_desk.storage.files import write_whole
from iep_desk.ui.plurals import plural
from iep_desk.ui.problems import problem_text
from iep_desk.ui.protection_page import PassphraseDialog
from iep_desk.ui.unlock import busy_cursor
from iep_desk.ui.widgets import with_short_quotes

__all__ = ["INCLUDE_NAMES_SETTING", "calendar_names_wanted", "install_transfer_actions"]

# The import dialogs are built (and their modules loaded) when first used, as every dialog.


class TransferActions(QObject):
    """The import and export actions of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.import_csv_action = self._action(self.tr("Import caseload from &CSV…"),
                                              self.import_csv, "import_csv")
        self.import_json_action = self._action(self.tr("&Import full backup (JSON)…"),
                                               self.import_full, "import_json")
        self.import_goals_action = self._action(self.tr("Import &goals from CSV…"),
                                                self.import_goals, "import_goals")
        self.export_menu = QMenu(self.tr("&Export"), window)
        self.export_menu.setObjectName("export_menu")
        self.export_csv_action = self._action(self.tr("Caseload to &CSV…"),
                                              self.export_csv, "export_csv")
        self.export_json_action = self._action(self.tr("Everything to one &file (JSON)…"),
                                               self.export_json, "export_json")
        self.export_sealed_action = self._action(self.tr("Everything, &encrypted…"),
                                                 self.export_encrypted, "export_encrypted")
        self.export_sealed_action.setToolTip(self.tr(
            "The full export sealed with a passphrase you choose for it: to carry the caseload "
            "to another computer without anyone else being able to read it."))
        self.export_sealed_action.setStatusTip(self.export_sealed_action.toolTip())
        self.export_ics_action = self._action(self.tr("&Meetings to a calendar (.ics)…"),
                                              self.export_ics, "export_ics")
        for action in (self.export_csv_action, self.export_json_action,
                       self.export_sealed_action, self.export_ics_action):
            self.export_menu.addAction(action)
        self.include_names_action = QAction(self.tr("Calendar files include &names"), window)
        self.include_names_action.setObjectName("calendar_include_names")
        self.include_names_action.setCheckable(True)
        self.include_names_action.setChecked(calendar_names_wanted(window.desk.stores))
        self.include_names_action.setToolTip(self.tr(
            "When ticked, calendar files also hold the meeting's purpose and the names and email "
            "addresses of the people invited. Leave it off for a calendar other people can see: "
            "then only the student's first name and last initial are written."))
        self.include_names_action.setStatusTip(self.include_names_action.toolTip())
        self.include_names_action.toggled.connect(self._remember_include_names)
        self.export_menu.addAction(self.include_names_action)

    def _remember_include_names(self, checked: bool) -> None:
        # A caseload open read-only refuses it: the choice holds until the app closes.
        self.window.desk.run(app_settings.set_calendar_names, wanted=checked,
                             report=lambda _text: None)

    def set_read_only(self, read_only: bool) -> None:
        """A caseload open read-only (open elsewhere) can be exported but not imported into."""
        self.import_csv_action.setEnabled(not read_only)
        self.import_json_action.setEnabled(not read_only)
        self.import_goals_action.setEnabled(not read_only)

    def _action(self, text: str, slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._after_saving_typing(slot))
        return action

    def _after_saving_typing(self, slot) -> None:
        # What is being typed is saved first, so an export holds it and an import
        # matches against it.
        flush = getattr(self.window, "flush_edits", None)
        if callable(flush):
            flush()
        slot()

    # -- importing ---------------------------------------------------------------------
    def import_csv(self) -> None:
        from iep_desk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.desk, self.window)
        dialog.choose_file()
        if dialog.table is None:
            return
        if dialog.exec() and dialog.import_result is not None:
            QMessageBox.information(self.window, self.tr("Import caseload from CSV"),
                                    self._import_summary(dialog.import_result))

    def _import_summary(self, result) -> str:
        """What the import did, in the window's words (storage's summary() is the command
        line's English)."""
        parts = [plural(self.tr("Imported: %n student(s) added", "", result.added), result.added),
                 plural(self.tr("%n updated", "", result.updated), result.updated)]
        if result.guardians_added:
            parts.append(plural(self.tr("%n parent(s) or guardian(s) added", "",
                                        result.guardians_added), result.guardians_added))
        if result.unchanged:
            parts.append(plural(self.tr("%n row(s) already on file", "", result.unchanged),
                                result.unchanged))
        text = ", ".join(parts)
        if result.skipped:
            text += "; " + plural(self.tr("%n rejected row(s) skipped", "", result.skipped),
                                  result.skipped)
        return text + "."

    def import_goals(self) -> None:
        from iep_desk.ui.caseload.goals_import_dialog import GoalsImportDialog

        dialog = GoalsImportDialog(self.window.desk, self.window)
        dialog.choose_file()
        if dialog.table is None:
            return
        if dialog.exec() and dialog.imported:
            QMessageBox.information(self.window, dialog.windowTitle(), self.tr(
                "Imported %1 goals. Edit ▸ Undo takes them back.").replace(
                    "%1", str(dialog.imported)))

    def import_full(self) -> None:
        title = self.tr("Import full backup (JSON)")
        path, _filter = QFileDialog.getOpenFileName(
            self.window, title, "", self.tr("IEP Desk full export (*.json *.iepdesk);;All "
                                            "files (*)"))
        if not path:
            return
        try:
            data = self._opened(Path(path).read_bytes(), title)
            if data is None:
                return
            export = read_full_export(data)
        except OSError as error:
            QMessageBox.warning(self.window, title, with_short_quotes(
                self.tr("The file “%s” cannot be read (%s).") % (path, error.strerror or error)))
            return
        except ExportFormatError as error:
            QMessageBox.warning(self.window, title, with_short_quotes(str(error)))
            return
        try:
            self.window.desk.run(transfer.import_full_export, data=export)
        except (CaseloadNotEmpty, SaveFailed) as error:
            QMessageBox.warning(self.window, title, str(error))
            return
        QMessageBox.information(self.window, title,
                                self.tr("The full export was imported."))

    def _opened(self, data: bytes, title: str) -> bytes | None:
        """The JSON inside an encrypted full export (its passphrase asked), `data` itself
        when it is not one; None when the teacher cancelled."""
        if not is_encrypted_export(data):
            return data
        label = self.tr("This export is encrypted. Its passphrase:")
        while True:
            passphrase, ok = QInputDialog.getText(self.window, title, label,
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return None
            try:
                with busy_cursor():
                    return unseal(data, passphrase)
            except WrongExportPassphrase:
                label = self.tr("That passphrase does not open this export. Its passphrase:")

    # -- exporting -----------------------------------------------------------------------
    def _plain_text_agreed(self, title: str) -> bool:
        """For a protected caseload: say that this export is plain text, and offer the
        encrypted one instead. True to save the plain file."""
        session = getattr(self.window, "caseload_session", None)
        if getattr(session, "key", None) is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, title, self.tr(
            "This file will be plain text: anyone who has it can read every name in it, even "
            "though your caseload is protected."), parent=self.window)
        box.setInformativeText(self.tr(
            "To carry the caseload to another computer, make an encrypted export instead. "
            "If you save the plain file, keep it safe and delete it when you are done."))
        box.setAccessibleName(title)
        sealed = box.addButton(self.tr("Make an &encrypted export instead…"),
                               QMessageBox.ButtonRole.AcceptRole)
        sealed.setObjectName("export_encrypted_instead")
        plain = box.addButton(self.tr("Save the &plain file"), QMessageBox.ButtonRole.AcceptRole)
        plain.setObjectName("export_plain")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(sealed)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is sealed:
            self.export_encrypted()
        return box.clickedButton() is plain

    def export_encrypted(self) -> None:
        def check(values: dict[str, str]) -> str | None:
            try:
                check_new_passphrase(values["new"], values["again"])
            except ProblemError as error:
                return problem_text(error.problem)
            return None

        title = self.tr("Export everything, encrypted")
        dialog = PassphraseDialog(title, self.tr(
            "Choose a passphrase for this export (it may differ from the caseload's). Whoever "
            "imports it needs it; tell it to them in person or by phone, never in the same "
            "email as the file."), current=False, new=True, check=check, parent=self.window)
        if not dialog.exec():
            return
        passphrase = dialog.values()["new"]
        self._save(title, "iep-desk-export.iepdesk",
                   self.tr("IEP Desk encrypted export (*.iepdesk)"),
                   lambda stores: seal(transfer.full_export(stores), passphrase,
                                       cost=keys.CURRENT_COST))

    def _save(self, title: str, suggested: str, file_filter: str, make_bytes,
              saved_text: str | None = None) -> None:
        path, _filter = QFileDialog.getSaveFileName(self.window, title, suggested, file_filter)
        if not path:
            return
        try:
            write_whole(Path(path), make_bytes(self.window.desk.stores))
        except ProblemError as error:  # a caseload the file cannot hold (export.ExportRefused)
            QMessageBox.warning(self.window, title, problem_text(error.problem))
            return
        except OSError as error:
            QMessageBox.warning(
                self.window, title,
                with_short_quotes(
                    self.tr("The file “%s” could not be written (%s). Your caseload is "
                            "unchanged.") % (path, error.strerror or error)))
            return
        self.window.statusBar().showMessage((saved_text or self.tr("Saved %s")) % path, 5000)

    def export_csv(self) -> None:
        if not self._plain_text_agreed(self.tr("Export the caseload to CSV")):
            return
        self._save(self.tr("Export the caseload to CSV"), "caseload.csv",
                   self.tr("CSV files (*.csv)"), transfer.caseload_csv)

    def export_json(self) -> None:
        if not self._plain_text_agreed(self.tr("Export everything to one file")):
            return
        self._save(self.tr("Export everything to one file"), "iep-desk-export.json",
                   self.tr("IEP Desk full export (*.json)"), transfer.full_export)

    def export_ics(self) -> None:
        names = self.include_names_action.isChecked()
        self._save(self.tr("Export the meetings to a calendar file"), "iep-meetings.ics",
                   self.tr("Calendar files (*.ics)"),
                   lambda stores: transfer.meetings_calendar(stores, include_names=names),
                   self.tr("Saved %s, with the names of the people invited") if names else None)


def install_transfer_actions(window) -> TransferActions:
    """Add the import and export entries to the window's File menu, before Quit."""
    actions = TransferActions(window)
    menu = window.file_menu
    quit_action = next((a for a in menu.actions() if a.objectName() == "quit"), None)
    entries = [actions.import_csv_action, actions.import_json_action, actions.import_goals_action]
    for action in entries:
        menu.insertAction(quit_action, action) if quit_action else menu.addAction(action)
    if quit_action:
        menu.insertMenu(quit_action, actions.export_menu)
        menu.insertSeparator(quit_action)
    else:
        menu.addMenu(actions.export_menu)
    window.transfer_actions = actions
    return actions
