"""The review's notes editor: bullet lists, the plain-language check, saving itself."""

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QUndoStack

from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.review.notes import NotesSection, bullet_of
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def notes(qtbot, store, stores):
    student_id = store.add_student(Student("Maya", "Ortiz"))
    store.add_family_member(FamilyMember("Ana Ortiz", preferred_language="es"),
                            student_id=student_id)
    meeting_id = stores.meetings.create_meeting(Meeting(
        student_id, "other", "Check in", "confirmed",
        datetime.combine(TODAY - timedelta(days=1), time(9, 0))))
    stores.meetings.mark_held(meeting_id)
    section = NotesSection(Desk(stores, QUndoStack()))
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    section.show_meeting(meeting_id)
    section.editor.setFocus()
    return section


def test_bullet_button_toggles_bullets_on_the_selected_lines(qtbot, notes):
    editor = notes.editor
    editor.setPlainText("Goals\nReading\n\nMaths")
    cursor = editor.textCursor()
    cursor.setPosition(6)  # "Reading"
    cursor.setPosition(len(editor.toPlainText()), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    notes.bullet_action.trigger()
    assert editor.toPlainText() == "Goals\n• Reading\n\n• Maths"
    notes.bullet_action.trigger()  # every selected line has one: they come off
    assert editor.toPlainText() == "Goals\nReading\n\nMaths"


def test_ctrl_shift_8_puts_a_bullet_on_the_current_line(qtbot, notes):
    editor = notes.editor
    qtbot.keyClicks(editor, "Reading")
    qtbot.keyClick(
        editor,
        Qt.Key.Key_8,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.toPlainText() == "• Reading"


def test_enter_continues_a_list_and_an_empty_bullet_ends_it(qtbot, notes):
    editor = notes.editor
    notes.bullet_action.trigger()
    qtbot.keyClicks(editor, "Reading group")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Extra time")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # on the empty bullet: the list ends
    qtbot.keyClicks(editor, "We meet again in spring.")
    assert editor.toPlainText() == "• Reading group\n• Extra time\nWe meet again in spring."


def test_hand_typed_dashes_continue_as_dashes(qtbot, notes):
    editor = notes.editor
    qtbot.keyClicks(editor, "- first")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "second")
    assert editor.toPlainText() == "- first\n- second"
    assert bullet_of("  • x") == "  • " and bullet_of("plain") == ""


def test_notes_save_themselves_and_get_the_plain_language_check(qtbot, notes, stores):
    editor = notes.editor
    # The family's language is Spanish: the check follows it.
    assert editor.language == "es"
    qtbot.keyClicks(editor, "Acordamos dos metas de lectura.")
    with qtbot.waitSignal(editor.reportChanged, timeout=2000):
        pass
    notes.flush()
    assert stores.meetings.get_meeting(notes.meeting_id).notes == "Acordamos dos metas de lectura."
    assert notes.check.grade_label.text()


def test_glossary_terms_in_the_notes_are_found(qtbot, notes, store, stores):
    notes.check.set_language("en")
    notes.editor.setPlainText("The LEA representative agreed to the accommodations.")
    report = notes.editor.check_now()
    assert notes.editor.hits(), "a term a family may not know is underlined"
    assert report.grade is not None
    assert "Reading level" in notes.check.grade_label.text()
