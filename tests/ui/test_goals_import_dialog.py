"""The "Import goals from CSV" dialog on a real file: the columns guessed, each row's fate
in the preview (a bad row with why), the good rows imported, Undo takes them back."""

from __future__ import annotations

from iep_desk.core.models import Student
from iep_desk.ui.caseload.goals_import_dialog import GoalsImportDialog
from tests.app.test_goals_import import GOALS_CSV
from tests.ui.conftest import desk_for


def test_a_bad_row_is_shown_and_the_rest_imported(qtbot, store, tmp_path):
    ayaan = store.add_student(Student("Ayaan", "Shah", district_student_id="S-100"))
    store.add_student(Student("Mia", "Lee", district_student_id="S-200"))
    desk = desk_for(store)
    path = tmp_path / "goals.csv"
    path.write_bytes(GOALS_CSV)
    dialog = GoalsImportDialog(desk)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.load_file(path)
    assert dialog.combos[2].currentText() == "Goal"
    assert dialog.counts.text().startswith("3 to add, 0 already on file, 3 not imported")
    rows = dialog.row_texts()
    assert rows[0] == ["2", "Ayaan Shah", "To add", "Reads a grade-level passage aloud"]
    assert rows[2] == ["4", "S-999", "Not imported",
                       "Row 4: no student on the caseload has the district student ID “S-999”."]
    # Without the goal column nothing can be imported, and the dialog says why.
    dialog.combos[2].setCurrentIndex(0)
    assert dialog.counts.text() == "Choose the column that holds the goal."
    assert not dialog.import_button.isEnabled()
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("text"))
    dialog.import_button.click()
    assert dialog.imported == 3 and dialog.result() == GoalsImportDialog.DialogCode.Accepted
    assert len(desk.stores.goals.goals_of(ayaan)) == 2
    desk.undo_stack.undo()
    assert desk.stores.goals.goals_of(ayaan) == []


def test_a_file_that_is_not_a_table_is_refused(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    path = tmp_path / "goals.csv"
    path.write_bytes(b"")
    dialog = GoalsImportDialog(desk_for(store))
    qtbot.addWidget(dialog)
    assert not dialog.load_file(path)
    assert said == ["The file is empty."]


def test_from_the_file_menu(qtbot, store, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from iep_desk.ui.transfer_actions import install_transfer_actions
    from tests.ui.caseload_helpers import open_window

    ayaan = store.add_student(Student("Ayaan", "Shah", district_student_id="S-100"))
    path = tmp_path / "goals.csv"
    path.write_bytes(GOALS_CSV)
    window = open_window(qtbot, store, data_dir)
    install_transfer_actions(window)  # as the app's start-up does (ui/data_safety.py)
    action = window.transfer_actions.import_goals_action
    assert action in window.file_menu.actions()
    said = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))

    def press_import(dialog):  # the teacher looks at the preview and presses Import
        dialog.import_button.click()
        return dialog.result()

    monkeypatch.setattr(GoalsImportDialog, "exec", press_import)
    action.trigger()
    assert said == ["Imported 2 goals. Edit ▸ Undo takes them back."]
    assert len(window.desk.stores.goals.goals_of(ayaan)) == 2
