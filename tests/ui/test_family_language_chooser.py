"""The family member's language: any language CLDR knows, found by typing part of its name
in English or in the language itself; the stored value is the code; codes the list does not
know are kept and shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog

from iep_desk.core.models import FamilyMember, Student
from tests.ui.caseload_helpers import open_window


@pytest.fixture
def family(qtbot, store, data_dir, monkeypatch):
    window = open_window(qtbot, store, data_dir)
    student = store.add_student(Student("Ana", "Silva"))
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(student)
    pane.form.tabs.setCurrentIndex(3)
    panel = pane.form.family_panel
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Marta Silva", True)))
    panel.add_button.click()
    panel.member_id_for_test = store.family_of(student)[0].member.id
    panel.student_for_test = student
    return panel


def type_text(editor, text: str) -> None:
    """Key presses carrying each character (QTest's keyClicks takes Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def choose_by_typing(qtbot, box, typed: str, pick: str) -> None:
    """Type into the chooser, then pick the completion whose text contains `pick`."""
    box.setFocus()
    box.lineEdit().selectAll()
    type_text(box.lineEdit(), typed)
    completer = box.completer()
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    model = completer.completionModel()
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(pick in text for text in rows), rows
    for _ in range(next(i for i, text in enumerate(rows) if pick in text) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed, pick, code", [
    ("hmong", "Hmong", "hmn"),
    ("dari", "Dari", "fa_AF"),
    ("amhar", "Amharic", "am"),
    ("አማርኛ", "Amharic", "am"),
    ("nepal", "Nepali", "ne"),
    ("espa", "Spanish", "es"),
])
def test_any_language_is_found_by_typing_and_stored_as_its_code(qtbot, family, store, typed,
                                                                 pick, code):
    box = family.fields["preferred_language"].editor
    assert box.accessibleName() and box.isEditable()
    choose_by_typing(qtbot, box, typed, pick)
    assert store.get_family_member(family.member_id_for_test).preferred_language == code
    assert pick in box.currentText()


def test_a_code_the_list_does_not_know_is_kept_and_shown(qtbot, store, data_dir):
    student = store.add_student(Student("Rui", "Silva"))
    member = store.add_family_member(FamilyMember("Ze Silva", preferred_language="xq-old"),
                                     student_id=student)
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(student)
    box = pane.form.family_panel.fields["preferred_language"].editor
    assert box.currentText() == "xq-old" and box.currentData() == "xq-old"
    assert store.get_family_member(member).preferred_language == "xq-old"


def test_text_that_names_no_language_changes_nothing(qtbot, family, store):
    box = family.fields["preferred_language"].editor
    before = store.get_family_member(family.member_id_for_test).preferred_language
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "Klingonese")
    box.lineEdit().editingFinished.emit()
    assert store.get_family_member(family.member_id_for_test).preferred_language == before
    assert box.currentText() == box.itemText(box.currentIndex())
