"""The student's IEP tab through real widgets on a real caseload file: goals typed into the
editor, progress notes added from the keyboard, the status in the teacher's words with the
numbers behind it, services and accommodations, the IEP at a glance and its receipts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QPlainTextEdit, QWidget

from iep_desk.core.models import Student, TeamMember
from iep_desk.ui.caseload.iep_record_tab import IepRecordTab
from iep_desk.ui.caseload.student_form import StudentForm
from tests.ui.conftest import desk_for

NOVEMBER = date(2026, 11, 20)


@pytest.fixture
def student(store):
    student_id = store.add_student(Student("Ayaan", "Shah", district_student_id="S-100"))
    sam = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher"))
    store.add_to_team(student_id, sam)
    return student_id


@pytest.fixture
def tab(qtbot, store, student):
    desk = desk_for(store)
    tab = IepRecordTab(desk, today=lambda: NOVEMBER)
    qtbot.addWidget(tab)
    tab.resize(1100, 1400)
    tab.show()
    tab.show_student(student)
    return tab


def type_into(qtbot, field: QWidget, text: str) -> None:
    field.setFocus()
    if isinstance(field, QPlainTextEdit):
        field.clear()
    else:
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def enter_reading_goal(qtbot, goals, *, target_by: str = "5/15/2027") -> None:
    goals.new_button.click()
    for field, text in ((goals.area, "Reading"), (goals.text, "Read a grade-level passage"),
                        (goals.measured_by, "words read correctly in one minute"),
                        (goals.unit, "words a minute"), (goals.baseline, "40"),
                        (goals.baseline_on, "9/1/2026"), (goals.target, "90"),
                        (goals.target_by, target_by)):
        type_into(qtbot, field, text)
    goals.save_button.click()


def add_note_by_keyboard(qtbot, goals, day: str, value: str) -> None:
    type_into(qtbot, goals.note_on, day)
    type_into(qtbot, goals.note_value, value)
    qtbot.keyClick(goals.note_value, Qt.Key.Key_Return)  # Enter adds the note


def test_a_goal_with_notes_is_on_track_then_behind(qtbot, tab, store):
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    [goal] = tab.goals.goals
    assert goals.line_of(goal.id) == "started at 40 words a minute on Sep 1; aiming for 90 by " \
                                     "May 15; no progress noted yet"
    # Nov 14: 74 of 256 days gone (29% of the way expected), 62 is 44% of the way: on track.
    add_note_by_keyboard(qtbot, goals, "11/14/2026", "62")
    assert goals.line_of(goal.id) == "62 words a minute on Nov 14; aiming for 90 by May 15; " \
                                     "on track"
    assert goals.note_table.rowCount() == 1 and goals.note_value.text() == ""
    # Jan 20: 55% of the way expected, 50 is 20% of it: behind (shown once it is Jan 20).
    tab.today = lambda: date(2027, 1, 25)
    add_note_by_keyboard(qtbot, goals, "1/20/2027", "50")
    assert goals.line_of(goal.id) == ("50 words a minute on Jan 20; aiming for 90 by May 15; "
                                      "behind where the path to the target says")
    # Undo the note: on track again, from the file.
    goals.desk.undo_stack.undo()
    assert goals.line_of(goal.id).endswith("; on track")
    assert store.db.execute("SELECT value FROM progress_notes").fetchall() == [(62,)]


def test_the_editor_refuses_what_cannot_be_right(qtbot, tab, store):
    goals = tab.goals
    enter_reading_goal(qtbot, goals, target_by="8/1/2026")
    assert goals.goal_message.message == "The target date must come after the baseline date."
    assert goals.goals == []
    type_into(qtbot, goals.target_by, "5/15/2027")
    type_into(qtbot, goals.target, "ninety")
    goals.save_button.click()
    assert "is not a number" in goals.goal_message.message
    type_into(qtbot, goals.target, "90")
    goals.save_button.click()
    assert goals.goal_message.message == "" and len(goals.goals) == 1
    # An empty note is refused beside the fields.
    type_into(qtbot, goals.note_text, "")
    goals.add_note_button.click()
    assert goals.note_message.message == "Enter a measured value, a rating or a note."


def test_edit_reorder_and_end_goals(qtbot, tab):
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    goals.new_button.click()
    type_into(qtbot, goals.text, "Packs the school bag without reminders")
    goals.save_button.click()
    first, second = (g.id for g in goals.goals)
    assert goals.current_goal().id == second  # the new goal is chosen
    goals.up_button.click()
    assert [g.id for g in goals.goals] == [second, first]
    goals.goal_list.setCurrentRow(1)
    type_into(qtbot, goals.target, "85")
    goals.save_button.click()
    assert goals.goals[1].target == 85
    goals.end_button.click()
    assert [g.id for g in goals.goals] == [second]


def test_services_and_accommodations(qtbot, tab, store, student):
    services = tab.services
    type_into(qtbot, services.fields["what"], "Speech-language therapy")
    type_into(qtbot, services.fields["how_often"], "2 × 30 minutes a week")
    qtbot.keyClick(services.fields["how_often"], Qt.Key.Key_Return)
    assert services.table.rowCount() == 1
    assert services.table.item(0, 1).text() == "2 × 30 minutes a week"
    services.table.selectRow(0)
    type_into(qtbot, services.fields["setting"], "Speech room")
    services.save_button.click()
    [saved] = tab.goals.desk.stores.goals.services_of(student)
    assert saved.setting == "Speech room"
    type_into(qtbot, services.fields["what"], "")
    services.save_button.click()
    assert services.message.message == "Write what the service is."
    services.end_button.click()
    assert services.table.rowCount() == 0

    extras = tab.accommodations
    type_into(qtbot, extras.fields["text"], "Extra time on tests")
    extras.add_button.click()
    assert extras.table.item(0, 0).text() == "Extra time on tests"


def test_glance_receipts_and_reissue(qtbot, tab, monkeypatch, tmp_path, student):
    from iep_desk.ui import handouts

    saved: list[bytes] = []

    def fake_save(pdf, name, parent):
        saved.append(pdf)
        return Path(tmp_path / name)

    monkeypatch.setattr(handouts, "save_pdf", fake_save)
    glance = tab.glance
    assert glance.status.text().startswith("Nobody has received the IEP at a glance yet")
    glance.members.item(0).setCheckState(Qt.CheckState.Checked)
    glance.save_button.click()
    assert saved and saved[0].startswith(b"%PDF")
    assert glance.receipts.rowCount() == 1
    assert glance.receipts.item(0, 0).text() == "Sam Okoye"
    assert glance.receipts.item(0, 2).text() == "11/20/2026"
    type_into(qtbot, glance.given_to, "Ms. Rivera (art)")
    qtbot.keyClick(glance.given_to, Qt.Key.Key_Return)
    assert glance.receipts.rowCount() == 2
    assert glance.status.text().startswith("Everyone who received")
    # A new accommodation: everybody's copy is out of date.
    type_into(qtbot, tab.accommodations.fields["text"], "Seat near the board")
    tab.accommodations.add_button.click()
    assert glance.status.text() == ("Reissue the IEP at a glance: the goals, services or "
                                    "accommodations changed since Ms. Rivera (art), Sam Okoye "
                                    "received it.")


def test_a_glance_printed_from_its_preview_records_the_receipts(qtbot, tab, monkeypatch):
    from iep_desk.ui import handouts

    monkeypatch.setattr(handouts, "print_pdf", lambda *a, **k: True)
    glance = tab.glance
    glance.members.item(0).setCheckState(Qt.CheckState.Checked)
    window = glance.preview("glance")
    qtbot.addWidget(window)
    assert glance.receipts.rowCount() == 0  # looking is not handing out
    window.print_action.trigger()
    assert glance.receipts.rowCount() == 1
    assert glance.receipts.item(0, 0).text() == "Sam Okoye"
    window.close()


def test_the_progress_page_previews_from_the_tab(qtbot, tab):
    enter_reading_goal(qtbot, tab.goals)
    window = tab.glance.preview("progress")
    qtbot.addWidget(window)
    assert window.page_count() >= 1 and window.pdf.startswith(b"%PDF")
    window.close()


def test_every_control_has_an_accessible_name(tab):
    controls = [w for w in tab.findChildren(QWidget)
                if isinstance(w, (QLineEdit, QPlainTextEdit, QAbstractButton))
                or w.metaObject().className() in ("QListWidget", "QTableWidget",
                                                  "WheelSafeComboBox")]
    # Qt's own parts (a table's corner button) are named "qt_..." and not ours to name.
    unnamed = [w for w in controls if not w.accessibleName()
               and not w.objectName().startswith("qt_")]
    assert len(controls) > 30 and unnamed == []


def test_the_tab_in_the_student_form(qtbot, store, student):
    form = StudentForm(desk_for(store))
    qtbot.addWidget(form)
    form.show_student(student)
    titles = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    assert "IEP goals and services" in titles
    assert form.iep_record.goals.student_id == student
    form.set_read_only(True)
    assert not form.iep_record.goals.save_button.isEnabled()
    QApplication.processEvents()


def test_the_packet_from_the_planner_has_the_progress_page_never_the_glance(
        qtbot, store, monkeypatch, tmp_path):
    """Print packet in the planner's handout buttons: the family's file holds the progress page
    for a student with goals, and nothing of the IEP at a glance."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QVBoxLayout

    from iep_desk.app import iep_record as op
    from iep_desk.core.goals import Accommodation, Goal
    from iep_desk.storage.stores import Stores
    from tests.app.test_handouts import seed_meeting, text_of
    from tests.ui.test_handouts import Said, install

    stores = Stores(store.db)
    seeded = seed_meeting(store, stores, language="en")
    op.add_goal(stores, goal=Goal(None, seeded.student_id, "Reading", "Reads aloud"))
    op.save_accommodation(stores, accommodation=Accommodation(
        None, seeded.student_id, "Seat near the board (staff-only-q3)"))
    pane = QWidget()
    pane.setLayout(QVBoxLayout())
    pane.bar = QToolBar("Handouts")
    pane.layout().addWidget(pane.bar)
    qtbot.addWidget(pane)
    Said(monkeypatch, answer=QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    install(pane, store, stores, seeded.meeting_id).packet_action.trigger()
    packet = next(f for f in tmp_path.glob("*.pdf") if "confidential" not in f.name)
    text = text_of(packet.read_bytes())
    assert "How Ánh is doing on each goal" in text and "Reads aloud" in text
    assert "staff-only-q3" not in text and "Confidential" not in text


def test_a_character_no_font_has_is_named_and_nothing_is_made(qtbot, tab, store, student,
                                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from iep_desk.app import iep_record as op
    from iep_desk.core.goals import Accommodation
    from iep_desk.ui import handouts

    said, saved = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    monkeypatch.setattr(handouts, "save_pdf", lambda *args: saved.append(args) or None)
    tab.goals.desk.run(op.save_accommodation, accommodation=Accommodation(
        None, student, "Picture cards \U00013000"))
    tab.glance.members.item(0).setCheckState(Qt.CheckState.Checked)
    tab.glance.save_button.click()
    assert saved == [] and tab.glance.receipts.rowCount() == 0
    assert len(said) == 1 and "U+13000" in said[0]


def test_a_goal_on_file_saves_itself_when_a_field_is_left(qtbot, tab, store, student):
    goals = tab.goals
    enter_reading_goal(qtbot, goals)
    goals.new_button.click()
    type_into(qtbot, goals.text, "Packs the school bag")
    goals.save_button.click()
    reading, _bag = goals.goals
    goals.goal_list.setCurrentRow(0)
    type_into(qtbot, goals.target, "85")
    qtbot.keyClick(goals.target, Qt.Key.Key_Tab)  # leaving the field saves it
    assert goals.desk.stores.goals.goal(reading.id).target == 85
    # A value that cannot be right keeps the goal chosen, with the message, until corrected.
    type_into(qtbot, goals.target_by, "8/1/2026")
    goals.goal_list.setCurrentRow(1)
    assert goals.current_goal().id == reading.id
    assert goals.goal_message.message == "The target date must come after the baseline date."
    type_into(qtbot, goals.target_by, "6/1/2027")
    goals.goal_list.setCurrentRow(1)
    assert goals.desk.stores.goals.goal(reading.id).target_by.isoformat() == "2027-06-01"
    # Typing in the goal's words, then choosing another student, saves them first.
    goals.goal_list.setCurrentRow(0)
    goals.text.setFocus()
    goals.text.setPlainText("Reads a grade-level passage aloud smoothly")
    other = store.add_student(Student("Mia", "Lee"))
    tab.show_student(other)
    assert goals.desk.stores.goals.goal(reading.id).text == (
        "Reads a grade-level passage aloud smoothly")


def test_the_tab_fits_a_1280_by_720_window_and_scrolls(qtbot, store, data_dir, student):
    from PySide6.QtWidgets import QScrollArea

    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    window.resize(1280, 720)
    pane = window.caseload_pane
    pane.open_student(student)
    form = pane.form
    form.tabs.setCurrentWidget(form.iep_record)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= 720 and window.height() <= 720
    area = form.tabs.currentWidget()
    assert isinstance(area, QScrollArea) and area.widget() is form.iep_record
    assert area.verticalScrollBar().maximum() > 0  # what does not fit scrolls


def test_the_glance_is_made_in_the_windows_language(qtbot, qapp, store, student):
    """A teacher with the window in Spanish gets the Spanish IEP at a glance (its template is
    there); the English window, the English one."""
    import io

    from pypdf import PdfReader

    from iep_desk.ui import window_language

    def glance_text() -> str:
        desk = desk_for(store)
        record = IepRecordTab(desk, today=lambda: NOVEMBER)
        qtbot.addWidget(record)
        record.show_student(student)
        _data, pdf = record.glance._made("glance")
        return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    assert "IEP at a glance" in glance_text()
    installed = window_language.install_translators(qapp, "es")
    try:
        assert "Resumen del IEP" in glance_text()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
