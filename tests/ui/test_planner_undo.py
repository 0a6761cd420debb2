"""Ctrl+Z in the planner: agenda items and the family's questions come back as they were."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from iep_desk.core.meetings import AgendaItem, FamilyQuestion
from iep_desk.ui.desk import BURST_SECONDS, UndoCommand
from tests.ui.clock import NOW
from tests.ui.test_planner_pane import _new_meeting, _open_pane, _people, _type

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


@pytest.fixture
def people(store):
    """Lena Park, her mother and her team (tests/ui/test_planner_pane.py)."""
    return _people(store)


def _shown_titles(agenda) -> list[str]:
    tree = agenda.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _stored(stores, meeting_id) -> list[tuple]:
    return [(i.id, i.title, i.minutes, i.led_by, i.position, i.family_question_id)
            for i in stores.agenda.agenda_of(meeting_id)]


def test_adding_removing_moving_and_editing_agenda_items_can_be_undone(qtbot, store, people,
                                                                        monkeypatch):
    pane = _open_pane(qtbot, store)
    stores, stack = pane.stores, pane.undo_stack
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    pane.tabs.setCurrentWidget(pane.agenda)
    agenda = pane.agenda
    start = _stored(stores, meeting_id)
    assert len(start) >= 4

    # Remove the second item, then take it back: same id, place, title and minutes.
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(1))
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert len(_stored(stores, meeting_id)) == len(start) - 1
    assert stack.undoText() == "Remove an agenda item"
    stack.undo()
    assert _stored(stores, meeting_id) == start
    assert _shown_titles(agenda) == [row[1] for row in start]
    stack.redo()
    assert [row[0] for row in _stored(stores, meeting_id)] == \
        [row[0] for row in start if row[0] != start[1][0]]
    stack.undo()

    # Move the first item down, then undo.
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(0))
    qtbot.mouseClick(agenda.down_button, Qt.MouseButton.LeftButton)
    assert _stored(stores, meeting_id)[1][0] == start[0][0]
    stack.undo()
    assert _stored(stores, meeting_id) == start

    # A title typed over, then undone; the field shows the old title again.
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(0))
    _type(qtbot, agenda.title.editor, "Hello and who is here")
    assert _stored(stores, meeting_id)[0][1] == "Hello and who is here"
    assert stack.undoText() == "Change an agenda item"
    stack.undo()
    assert _stored(stores, meeting_id)[0][1] == start[0][1]
    assert agenda.title.editor.toPlainText() == start[0][1]

    # A new item, undone and redone: it comes back under the same id.
    new_id = agenda.add_item()
    assert new_id in [row[0] for row in _stored(stores, meeting_id)]
    stack.undo()
    assert _stored(stores, meeting_id) == start
    stack.redo()
    assert new_id in [row[0] for row in _stored(stores, meeting_id)]


def test_a_family_question_and_its_agenda_item_come_and_go_together(qtbot, store, people,
                                                                     monkeypatch):
    pane = _open_pane(qtbot, store)
    stores, stack = pane.stores, pane.undo_stack
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    pane.tabs.setCurrentWidget(pane.family_voice)
    voice = pane.family_voice
    voice.question_text.setText("Will she get a reading tutor?")
    qtbot.mouseClick(voice.add_question_button, Qt.MouseButton.LeftButton)
    [question] = stores.agenda.questions_of(meeting_id)
    linked = [i for i in stores.agenda.agenda_of(meeting_id) if i.family_question_id == question.id]
    assert len(linked) == 1

    # Removed by mistake: Ctrl+Z brings back the question and its agenda item, still linked.
    voice.questions.selectRow(0)
    qtbot.mouseClick(voice.remove_question_button, Qt.MouseButton.LeftButton)
    assert stores.agenda.questions_of(meeting_id) == []
    stack.undo()
    assert stores.agenda.questions_of(meeting_id) == [question]
    back = [i for i in stores.agenda.agenda_of(meeting_id) if i.family_question_id == question.id]
    assert [(i.id, i.title) for i in back] == [(linked[0].id, linked[0].title)]
    assert voice.questions.item(0, 0).text() == "Will she get a reading tutor?"
    assert any(t.endswith("Will she get a reading tutor?") for t in _shown_titles(pane.agenda))

    # Undoing the addition takes both away.
    stack.undo()
    assert stores.agenda.questions_of(meeting_id) == []
    assert all(i.family_question_id is None for i in stores.agenda.agenda_of(meeting_id))
    assert voice.questions.rowCount() == 0


def test_restore_agenda_puts_back_exactly_the_snapshot(store):
    from iep_desk.core.meetings import Meeting
    from iep_desk.core.models import Student
    from iep_desk.storage.stores import Stores

    stores = Stores(store.db)
    student = store.add_student(Student("Ana"))
    meeting_id = stores.meetings.create_meeting(Meeting(student, "annual_review"))
    stores.agenda.add_agenda_item(AgendaItem(meeting_id, "Welcome", 5))
    stores.agenda.add_family_question(FamilyQuestion(meeting_id, "Reading help?"))
    before = stores.agenda.agenda_snapshot(meeting_id)
    stores.agenda.add_agenda_item(AgendaItem(meeting_id, "Goals", 20))
    stores.agenda.remove_family_question(before.questions[0].id)
    stores.agenda.restore_agenda(before)
    assert stores.agenda.agenda_snapshot(meeting_id) == before


def test_a_concern_and_a_contact_entry_can_be_taken_back(qtbot, store, people, monkeypatch):

    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_planner_pane import _pick

    pane = _open_pane(qtbot, store)
    stores, stack = pane.stores, pane.undo_stack
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)

    # A concern added, then removed by mistake: Ctrl+Z brings it back whole.
    voice = pane.family_voice
    pane.tabs.setCurrentWidget(voice)
    voice.interest_edit.setText("That her reading keeps improving")
    qtbot.mouseClick(voice.add_concern_button, Qt.MouseButton.LeftButton)
    [concern] = stores.preparation.concerns_of(meeting_id)
    voice.concerns.selectRow(0)
    voice.remove_concern()
    assert stores.preparation.concerns_of(meeting_id) == []
    assert stack.undoText() == "Remove a concern"
    stack.undo()
    assert stores.preparation.concerns_of(meeting_id) == [concern]
    assert voice.concerns.rowCount() == 1
    stack.undo()  # and the adding itself
    assert stores.preparation.concerns_of(meeting_id) == []

    # A contact entry added, corrected and removed; each step comes back.
    log = pane.contact_log
    pane.tabs.setCurrentWidget(log)
    log.when_edit.setText(NOW.strftime("%Y-%m-%d %H:%M"))
    _pick(log.method_box, "phone")
    _pick(log.outcome_box, "no_answer")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    [entry] = stores.contacts.contacts_of_family_member(people["min"])
    log.table.selectRow(0)
    log.note_edit.setText("Rang twice")
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    assert stores.contacts.get_contact(entry.id).note == "Rang twice"
    log.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(log.remove_button, Qt.MouseButton.LeftButton)
    assert stores.contacts.contacts_of_family_member(people["min"]) == []

    stack.undo()  # the removal
    assert stores.contacts.get_contact(entry.id).note == "Rang twice"
    assert log.table.rowCount() == 1
    stack.undo()  # the correction
    assert stores.contacts.get_contact(entry.id) == entry
    stack.undo()  # the entry itself
    assert stores.contacts.contacts_of_family_member(people["min"]) == []
    stack.redo()
    assert stores.contacts.contacts_of_family_member(people["min"]) == [entry]


def test_undo_names_a_meeting_or_persons_field_as_the_form_does(qtbot, store, people,
                                                                monkeypatch):
    """Edit ▸ Undo said "Undo Change meeting duration minutes" or "Change excusal consent on"
    (the stored field's name, in English whatever the window's language); it names the field
    as its label does, as the caseload's forms do."""
    ticks = itertools.count(step=BURST_SECONDS + 1)  # each edit a step of its own
    monkeypatch.setattr(UndoCommand, "clock", staticmethod(lambda: float(next(ticks))))
    pane = _open_pane(qtbot, store)
    stack = pane.undo_stack
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    details = pane.details
    for editor, text, undo_text in (
            (details.duration_edit, "45", "Edit length (minutes)"),
            (details.date_edit, "4/14/2026", "Edit date"),
            (details.time_edit, "2:15 PM", "Edit start time"),
            (details.place_edit, "Room 4", "Edit place or joining details"),
            (details.purpose.editor, "Review the goals together.", "Edit purpose")):
        _type(qtbot, editor, text)
        assert stack.undoText() == undo_text
    pane.participants.typed_name.setText("Ana Ruiz")
    qtbot.mouseClick(pane.participants.add_typed_button, Qt.MouseButton.LeftButton)
    section = pane.participants
    _type(qtbot, section.consent_edit, "3/10/2026")
    assert stack.undoText() == "Edit parents' written consent on"
    _type(qtbot, section.leaves_edit, "3:00 PM")
    assert stack.undoText() == "Edit leaves early at"
    stack.undo()
    person = pane.stores.meetings.participants_of(meeting_id)[0]
    assert person.leaves_at is None and person.excusal_consent_on is not None


def test_ctrl_z_takes_back_a_busy_time_a_ticked_items_new_date_and_the_students_words(
        qtbot, store, people, monkeypatch):
    """Three changes were stored without an undo step, so Ctrl+Z after one of them took back
    the change before it instead (the place, the tick itself...) and left it standing: a
    one-off busy time added or removed, a new date or note for a ticked checklist item, and
    what the student wants to say."""
    from datetime import timedelta

    from tests.ui.clock import TODAY
    from tests.ui.test_planner_pane import _invite_everyone
    from tests.ui.us_dates import us_date

    ticks = itertools.count(step=BURST_SECONDS + 1)  # each edit a step of its own
    monkeypatch.setattr(UndoCommand, "clock", staticmethod(lambda: float(next(ticks))))
    pane = _open_pane(qtbot, store)
    stores, stack = pane.stores, pane.undo_stack
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, people)
    _type(qtbot, pane.details.place_edit, "Room 4")

    finder = pane.find_time
    pane.tabs.setCurrentWidget(finder)
    finder.busy_who.setCurrentIndex(0)
    finder.busy_from.setText(f"{us_date(TODAY + timedelta(days=20))} 9:00 AM")
    finder.busy_to.setText("11:00 AM")
    finder.busy_note.setText("District training")
    qtbot.mouseClick(finder.add_busy_button, Qt.MouseButton.LeftButton)
    [busy] = stores.busy_times.busy_times_of(family_member_id=people["min"])
    assert stack.undoText() == "Add a busy time"
    stack.undo()
    assert stores.busy_times.busy_times_of(family_member_id=people["min"]) == []
    assert stores.meetings.get_meeting(meeting_id).place == "Room 4"
    stack.redo()
    finder.busy_table.selectRow(0)
    qtbot.mouseClick(finder.remove_busy_button, Qt.MouseButton.LeftButton)
    assert stack.undoText() == "Remove a busy time"
    stack.undo()
    assert stores.busy_times.busy_times_of(family_member_id=people["min"]) == [busy]

    checklist = pane.checklist
    pane.tabs.setCurrentWidget(checklist)
    row = checklist.rows["purpose_explained"]
    row.check.setChecked(True)  # ticked today
    row = checklist.rows["purpose_explained"]
    _type(qtbot, row.date_edit, us_date(TODAY - timedelta(days=2)))
    assert stack.undoText().startswith("Change “Told the family why")
    stack.undo()  # the new date goes, the tick stays
    [tick] = [t for t in stores.checklist.ticks_of(meeting_id) if t.item == "purpose_explained"]
    assert tick.done_on == TODAY

    voice = pane.family_voice
    pane.tabs.setCurrentWidget(voice)
    _type(qtbot, voice.say_edit, "I like building bridges.")
    voice.say_edit.clearFocus()
    voice.flush()
    assert stores.preparation.student_input_of(meeting_id).what_to_say == \
        "I like building bridges."
    assert stack.undoText() == "Edit what they want to say"
    stack.undo()
    assert stores.preparation.student_input_of(meeting_id).what_to_say == ""
    assert [t.item for t in stores.checklist.ticks_of(meeting_id)] == ["purpose_explained"]
