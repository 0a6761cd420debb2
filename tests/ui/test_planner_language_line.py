"""The planner's line about the family's language: what the teacher can do, said before she
prints, and never in a dialog that stops her."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from iep_desk.core.models import FamilyMember, Student
from tests.ui.test_planner_pane import _open_pane, _type


def _student_with(store, language: str, name: str = "Pao Vang") -> int:
    student_id = store.add_student(Student("Mai", "Vang"))
    store.add_family_member(FamilyMember(name, preferred_language=language),
                            student_id=student_id, relationship="mother")
    return student_id


def test_a_family_without_templates_gets_a_line_that_says_what_to_do(qtbot, store, monkeypatch):
    shown = []
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: shown.append(a))
    student_id = _student_with(store, "hmn")
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    line = pane.handout_actions.language_line
    assert line.isVisible()
    text = line.label.text()
    assert "There are no Hmong templates" in text and "interpreter" in text
    assert line.label.accessibleName()
    assert shown == []


def test_a_spanish_family_is_told_about_the_review_and_the_typed_text(qtbot, store):
    student_id = _student_with(store, "es", "Rosa Ruiz")
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    line = pane.handout_actions.language_line
    text = line.label.text()
    assert "Family handouts: Spanish." in text
    assert "has not been checked by a native speaker" in text
    assert "print in English" not in text and not line.button.isVisible()
    # The teacher types the purpose: the line says it will print in English, with the button.
    _type(qtbot, pane.details.purpose.editor, "Plan the next school year.")
    assert "1 thing you typed will print in English" in line.label.text()
    assert line.button.isVisible() and line.button.accessibleName()


def test_an_english_speaking_family_needs_no_line(qtbot, store):
    student_id = _student_with(store, "en", "Amy Vang")
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    assert not pane.handout_actions.language_line.isVisible()


def test_a_language_without_a_tagline_is_said_before_printing(qtbot, store):
    student_id = _student_with(store, "zgh", "Tiziri Amellal")  # Standard Moroccan Tamazight
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    text = pane.handout_actions.language_line.full_text
    assert "no line in Standard Moroccan Tamazight" in text
    assert "Arrange an interpreter to explain them" in text


def test_the_line_takes_one_line_and_says_the_rest_on_hover(qtbot):
    from iep_desk.ui.handout_actions import LanguageLine

    line = LanguageLine()
    qtbot.addWidget(line)
    line.resize(300, 40)
    note = "There is no Hmong template: letters are in English with a line in Hmong at the top."
    line.show_notes("Hmong family:", [note] * 3, True)
    assert line.label.text().endswith("…") and len(line.label.text()) < len(line.full_text)
    assert line.label.toolTip() == line.full_text == line.label.accessibleDescription()
    assert line.label.sizeHint().height() < 2 * line.label.fontMetrics().height()
