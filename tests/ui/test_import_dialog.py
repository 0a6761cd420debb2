"""The import dialog and the File menu's import and export entries, driven through the widgets."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from iep_desk.core.csv_import import mapping_setting_key
from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.export import read_full_export
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.import_dialog import ImportDialog
from iep_desk.ui.transfer_actions import install_transfer_actions
from tests.ui.conftest import desk_for

TODAY = date(2026, 11, 23)


def write(tmp_path, text: str, name="caseload.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def open_dialog(qtbot, store, monkeypatch, path):
    dialog = ImportDialog(desk_for(store), today=TODAY)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def shown_rows(dialog):
    model = dialog.preview_model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_columns_are_shown_with_guesses_and_unmapped_ones_reported(qtbot, store, monkeypatch,
                                                                     tmp_path):
    path = write(tmp_path, "Student Last Name;Student First Name;DOB;Bus Route\n"
                           "Lee;Ann;2015-01-02;7\n", encoding="cp1252")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert dialog.file_edit.text() == str(path)
    assert dialog.columns_table.rowCount() == 4
    assert [c.currentData() for c in dialog.combos] == [
        "legal_last_name", "legal_first_name", "date_of_birth", None]
    assert dialog.combos[3].currentText() == "Do not import"
    assert "Bus Route" in dialog.unmapped_label.text()
    assert all(c.accessibleName() for c in dialog.combos)
    assert not dialog.date_box.isVisible()
    assert shown_rows(dialog) == [("2", "To add", "Ann Lee", "")]
    assert dialog.import_button.isEnabled()


def test_import_writes_and_remembers_the_corrected_mapping(qtbot, store, monkeypatch, tmp_path):
    path = write(tmp_path, "Kid,Family,Born\nAnn,Lee,2015-01-02\nBo,Ray,2014-03-04\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert not dialog.import_button.isEnabled()  # no name column guessed yet
    assert "first names" in dialog.mapping_problem_label.text()
    dialog.set_column_target("Kid", "legal_first_name")
    dialog.set_column_target("Family", "legal_last_name")
    dialog.set_column_target("Born", "date_of_birth")
    assert dialog.counts_label.text() == "2 to add, 0 to update, 0 unchanged, 0 rejected"
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.import_result is not None and dialog.import_result.added == 2
    assert [s.legal_name for s in store.list_students()] == ["Ann Lee", "Bo Ray"]
    assert SettingsStore(store.db).get(mapping_setting_key(["Kid", "Family", "Born"])) == [
        "legal_first_name", "legal_last_name", "date_of_birth"]

    # The next file with the same headers starts with the teacher's choices.
    again = open_dialog(qtbot, store, monkeypatch, write(tmp_path, "Kid,Family,Born\nCy,Day,\n",
                                                           name="next.csv"))
    assert [c.currentData() for c in again.combos] == [
        "legal_first_name", "legal_last_name", "date_of_birth"]


def test_ambiguous_dates_ask_the_teacher_before_the_preview(qtbot, store, monkeypatch, tmp_path):
    path = write(tmp_path, "First Name,DOB\nAnn,03/04/2015\nBo,05/06/2014\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    dialog.show()
    assert dialog.date_box.isVisible()
    assert "03/04/2015" in dialog.date_examples.text()
    assert shown_rows(dialog) == [] and not dialog.import_button.isEnabled()
    dialog.day_first.click()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    born = {s.legal_first_name: s.date_of_birth for s in store.list_students()}
    assert born == {"Ann": date(2015, 4, 3), "Bo": date(2014, 6, 5)}


def test_rejected_rows_are_listed_and_skipping_them_is_a_choice(qtbot, store, monkeypatch,
                                                                tmp_path):
    store.add_student(Student("Ann", "Lee", district_student_id="1", grade="2"))
    path = write(tmp_path, "Student ID,First Name,Last Name,DOB,Grade\n"
                           "1,Ann,Lee,,3\n2,Bo,Ray,13/45/2015,\n3,Cy,Day,12/25/2014,\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert shown_rows(dialog) == [
        ("2", "To update", "Ann Lee", "changes grade"),
        ("3", "Rejected", "Bo Ray", "date of birth 13/45/2015 is not a date"),
        ("4", "To add", "Cy Day", ""),
    ]
    assert dialog.counts_label.text().startswith("1 to add, 1 to update, 0 unchanged, 1 rejected.")
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_rejected.isEnabled()
    dialog.skip_rejected.click()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.import_result
    assert result.added == 1 and result.updated == 1 and result.skipped == 1
    assert sorted(s.legal_first_name for s in store.list_students()) == ["Ann", "Cy"]


def test_a_name_longer_than_a_name_can_be_is_a_rejected_row_in_the_preview(
        qtbot, store, monkeypatch, tmp_path):
    """The window's limit for a typed name (100 characters) holds for an imported one."""
    path = write(tmp_path, "First Name,Last Name,DOB\n"
                           f"Ann,{'L' * 200_000},2015-01-02\nBo,Ray,2014-03-04\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert shown_rows(dialog) == [
        ("2", "Rejected", "Ann " + "L" * 100 + "…",
         "the legal last name has 200000 characters; a name may have up to 100"),
        ("3", "To add", "Bo Ray", ""),
    ]
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_not_csv_gets_a_message_and_nothing_changes(qtbot, store, monkeypatch,
                                                                   tmp_path):
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"PK\x03\x04\x00\x00\x00binary")
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    assert messages and "Save As" in messages[0]
    assert dialog.table is None and not dialog.import_button.isEnabled()
    assert store.count_students() == 0


def test_cancel_writes_nothing(qtbot, store, monkeypatch, tmp_path):
    dialog = open_dialog(qtbot, store, monkeypatch, write(tmp_path, "First Name\nAnn\n"))
    dialog.buttons.rejected.emit()
    assert dialog.import_result is None and store.count_students() == 0


# -- the File menu --------------------------------------------------------------------------

class Window(QMainWindow):
    """The parts of the main window the transfer actions use."""

    def __init__(self, store):
        super().__init__()
        self.store = store
        self.file_menu = self.menuBar().addMenu("&File")
        quit_action = self.file_menu.addAction("&Quit")
        quit_action.setObjectName("quit")
        self.refreshed = 0
        self.flushed = 0
        window = self

        class Pane:
            def refresh(self):
                window.refreshed += 1

        self.caseload_pane = Pane()
        # The panes refresh from the Desk's change notification after an import.
        self.desk = desk_for(store)
        self.desk.changed.connect(
            lambda changes, _source: changes.students and self.caseload_pane.refresh())

    def flush_edits(self):
        self.flushed += 1


@pytest.fixture
def window(qtbot, store):
    window = Window(store)
    qtbot.addWidget(window)
    install_transfer_actions(window)
    return window


def test_menu_entries_come_before_quit(window):
    names = [a.objectName() or a.text() for a in window.file_menu.actions()]
    assert names[:2] == ["import_csv", "import_json"]
    assert names[-1] == "quit"
    export_names = [a.objectName() for a in window.transfer_actions.export_menu.actions()]
    assert export_names == ["export_csv", "export_json", "export_encrypted", "export_ics",
                            "calendar_include_names"]
    window.transfer_actions.set_read_only(True)
    assert not window.transfer_actions.import_csv_action.isEnabled()
    assert window.transfer_actions.export_csv_action.isEnabled()


def test_import_csv_from_the_menu_refreshes_the_caseload(qtbot, window, store, monkeypatch,
                                                         tmp_path):
    path = write(tmp_path, "First Name,Last Name\nAnn,Lee\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))

    def confirm():
        dialog = window.findChild(ImportDialog)
        dialog.import_button.click()

    QTimer.singleShot(0, confirm)
    window.transfer_actions.import_csv_action.trigger()
    assert [s.legal_name for s in store.list_students()] == ["Ann Lee"]
    assert window.refreshed == 1 and "1 student added" in infos[0]


def test_an_export_the_json_file_cannot_hold_is_refused_in_words(window, store, monkeypatch,
                                                                 tmp_path):
    """A goal holding infinity (from an older goals import): the window names the goal and
    writes no file, rather than a file with "Infinity" in it, which is not JSON."""
    from iep_desk.core.goals import Goal
    from iep_desk.storage.stores import Stores

    student_id = store.add_student(Student("Ann", "Lee"))
    goal = Stores.of(store).goals.save_goal(Goal(None, student_id, "Reading", "Reads aloud",
                                                 baseline=40, target=90))
    store.db.execute("UPDATE goals SET target = 9e999 WHERE id = ?", [goal.id])
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.transfer_actions.export_json_action.trigger()
    assert not target.exists()
    [said] = warnings
    assert said.startswith("The goal “Reads aloud” of Ann Lee holds a number that is not a "
                           "real number")


def test_export_then_import_full_backup_through_the_menu(qtbot, window, store, monkeypatch,
                                                         tmp_path):
    store.add_student(Student("Ann", "Lee"))
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.transfer_actions.export_json_action.trigger()
    assert read_full_export(target.read_bytes())["tables"]["students"]["rows"][0][1] == "Ann"

    other = open_caseload(tmp_path / "other")
    try:
        second = Window(other)
        qtbot.addWidget(second)
        install_transfer_actions(second)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
        infos, warnings = [], []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
        second.transfer_actions.import_json_action.trigger()
        assert [s.legal_name for s in other.list_students()] == ["Ann Lee"]
        assert second.refreshed == 1 and not warnings
        # A second time the caseload is no longer empty: refused, in plain words.
        second.transfer_actions.import_json_action.trigger()
        assert "empty caseload" in warnings[0]
        assert other.count_students() == 1
    finally:
        other.db.close()


def test_export_csv_through_the_menu(window, store, monkeypatch, tmp_path):
    store.add_student(Student("Ann", "Lee", district_student_id="42"))
    target = tmp_path / "caseload.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.transfer_actions.export_csv_action.trigger()
    assert window.flushed == 1  # typing in progress is saved before the export reads the file
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Legal First Name,Legal Last Name")
    assert lines[1].startswith("Ann,Lee,") and ",42," in lines[1]


def test_export_to_a_folder_that_cannot_be_written_says_so(window, store, monkeypatch, tmp_path):
    target = tmp_path / "missing-folder" / "caseload.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.transfer_actions.export_csv_action.trigger()
    assert "could not be written" in warnings[0] and not target.exists()


def test_export_meetings_through_the_menu(window, store, monkeypatch, tmp_path):
    target = tmp_path / "meetings.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.transfer_actions.export_ics_action.trigger()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_real_main_window_takes_the_actions(qtbot, store, data_dir, monkeypatch, tmp_path):
    from iep_desk.ui.main_window import MainWindow

    window = MainWindow(store, data_dir=data_dir)
    qtbot.addWidget(window)
    install_transfer_actions(window)
    assert window.caseload_pane.model.rowCount() == 0
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("import_csv") < names.index("quit")
    path = write(tmp_path, "First Name,Last Name\nAnn,Lee\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    QTimer.singleShot(0, lambda: window.findChild(ImportDialog).import_button.click())
    window.transfer_actions.import_csv_action.trigger()
    assert [s.legal_name for s in store.list_students()] == ["Ann Lee"]
    assert window.caseload_pane.model.rowCount() == 1  # the caseload table was refreshed


def test_the_preview_gives_the_students_name_its_room(qtbot, store, monkeypatch, tmp_path):
    path = write(tmp_path, "First Name,Last Name\nAna María,García López de la Fuente\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    view = dialog.preview_view
    name = shown_rows(dialog)[0][2]
    assert view.columnWidth(2) > view.fontMetrics().horizontalAdvance(name)
    # The row number and "What happens" take what their words need, no more.
    words = dialog.preview_model.words()
    assert view.columnWidth(1) < 2 * max(view.fontMetrics().horizontalAdvance(w) for w in words)
    assert view.columnWidth(0) < view.columnWidth(2) / 2



def test_a_rows_reasons_and_notes_read_in_the_windows_language(qtbot, spanish, store, monkeypatch,
                                                               tmp_path):
    """Each of the import's codes in a row of the Spanish preview: a check made on a typed
    value reads as part of the row's list, the fields in the dialog's words."""
    store.add_student(Student("Ann", "Lee", grade="3", district_student_id="S1"))
    store.archive_student(store.list_students()[0].id)
    path = write(tmp_path, "First Name,Last Name,Student ID,Date of Birth,Parent Name,"
                           "Parent Email,Primary Disability\n"
                           "Ann,Lee,S1,2015-01-02,Kim Lee,,\n"
                           "Bo,Ray,S2,2030-01-01,,,\n"
                           "Cy,Fox,S3,,Mo Fox,not-an-email,\n"
                           "Di,Vu,S4,,,,Dyslexia,stray\n"
                           "Ed,Wu,S4,,,,\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    details = [row[3] for row in shown_rows(dialog)]
    assert details == [
        ("cambia: fecha de nacimiento, padre, madre o tutor; "
         "este estudiante está archivado; seguirá archivado"),
        "la fecha de nacimiento no puede ser en el futuro",
        ("“not-an-email” no es una dirección de correo electrónico (debe verse como "
         "nombre@escuela.org)"),
        ("la discapacidad principal “Dyslexia” no es una de las categorías de IDEA; se guarda "
         "como “Otro”; 1 valor después de la última columna con nombre no se importa: stray"),
        "el mismo ID de estudiante que la fila 5; conserve solo una de las dos filas",
    ]


def test_the_preview_and_the_result_speak_the_windows_language(qtbot, spanish, window, store,
                                                                monkeypatch, tmp_path):
    store.add_student(Student("Ann", "Lee", grade="3", district_student_id="S1"))
    path = write(tmp_path, "First Name,Last Name,Student ID,Grade,Annual Review Due\n"
                           "Ann,Lee,S1,4,\n"
                           "Bo,Ray,S2,2,13/13/2027\n"
                           ",Day,S3,1,\n"
                           "Cy,Fox,S4,K,\n")
    dialog = open_dialog(qtbot, store, monkeypatch, path)
    details = [row[3] for row in shown_rows(dialog)]
    assert details[0] == "cambia: grado"
    assert details[1] == "fecha límite de la revisión anual 13/13/2027 no es una fecha"
    assert details[2] == "falta el nombre legal"
    # The command line's words are the same English as before.
    assert "annual review due 13/13/2027 is not a date" in dialog.preview.as_text()
    last_name = dialog.combos[1]
    last_name.setCurrentIndex(last_name.findData("legal_first_name"))  # two first-name columns
    assert dialog.mapping_problem_label.text() == (
        "Dos columnas están asignadas a “Nombre legal”; elija una.")

    path = write(tmp_path, "First Name,Last Name,Student ID,Grade\nAnn,Lee,S1,5\nCy,Fox,S4,K\n",
                 name="good.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    infos = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    QTimer.singleShot(0, lambda: window.findChild(ImportDialog).import_button.click())
    window.transfer_actions.import_csv_action.trigger()
    assert infos == ["Importado: 1 estudiante agregado, 1 actualizado."]
