"""The Meeting planner pane, driven through its widgets on a real caseload file."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from iep_desk.ui.planner.new_meeting import NewMeetingDialog
from iep_desk.ui.planner.pane import PlannerPane
from tests.ui.clicks import click_check_box
from tests.ui.clock import NOW, TODAY
from tests.ui.conftest import desk_for
from tests.ui.us_dates import us_date, us_time

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY
WEEKDAYS_8_TO_4 = [WeeklyWindow(d, time(8, 0), time(16, 0)) for d in range(5)]


def _people(store) -> dict[str, int]:
    """A student, her mother (free school hours), three required team members (the district
    representative only on Tuesday and Thursday afternoons) and an optional speech therapist."""
    ids = {}
    ids["lena"] = store.add_student(
        Student(
            "Lena",
            "Park",
            date_of_birth=TODAY - timedelta(days=365 * 11),
            last_iep_meeting=TODAY - timedelta(days=300),
        )
    )
    ids["min"] = store.add_family_member(
        FamilyMember("Min Park", availability=WEEKDAYS_8_TO_4),
        student_id=ids["lena"],
        relationship="mother",
    )
    for key, name, role, windows in (
        ("tom", "Tom Reyes", "general_education_teacher", WEEKDAYS_8_TO_4),
        ("sara", "Sara Cole", "special_education_teacher", WEEKDAYS_8_TO_4),
        (
            "dana",
            "Dana Lee",
            "district_representative",
            [WeeklyWindow(d, time(13, 0), time(16, 0)) for d in (1, 3)],
        ),
        (
            "ravi",
            "Ravi Shah",
            "speech_language_pathologist",
            [WeeklyWindow(1, time(14, 0), time(16, 0))],
        ),
    ):
        ids[key] = store.add_team_member(TeamMember(name, role, availability=windows))
        store.add_to_team(ids["lena"], ids[key])
    return ids


def _open_pane(qtbot, store) -> PlannerPane:
    pane = PlannerPane(desk_for(store))
    qtbot.addWidget(pane)
    pane.resize(1400, 900)
    with qtbot.waitActive(pane):  # keyboard shortcuts need an active window
        pane.show()
    return pane


def _type(qtbot, editor, text: str) -> None:
    """Replace an editor's text as a teacher would, then press Enter."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _pick(box, data) -> None:
    index = box.findData(data)
    assert index >= 0, f"{data} not offered"
    box.setCurrentIndex(index)


def _new_meeting(qtbot, pane, monkeypatch, name: str = "Lena Park") -> int:
    def choose(dialog):
        dialog.student_box.setCurrentIndex(dialog.student_box.findText(name))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(NewMeetingDialog, "exec", choose)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    meeting_id = pane.current_meeting_id()
    assert meeting_id is not None
    return meeting_id


def _invite_everyone(qtbot, pane, ids) -> None:
    section = pane.participants
    _pick(section.family_box, ids["min"])
    qtbot.mouseClick(section.add_family_button, Qt.MouseButton.LeftButton)
    for key in ("tom", "sara", "dana", "ravi"):
        _pick(section.team_box, ids[key])
        qtbot.mouseClick(section.add_team_button, Qt.MouseButton.LeftButton)
    section.typed_name.setText("Ana Ruiz")
    _pick(section.typed_role, "advocate")
    qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def ids(store):
    return _people(store)


def test_plan_a_meeting_then_find_it_all_after_reopening(qtbot, store, data_dir, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    stores = pane.stores
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    meeting = stores.meetings.get_meeting(meeting_id)
    assert (meeting.status, meeting.meeting_type, meeting.duration_minutes) == (
        "draft",
        "annual_review",
        60,
    )
    assert meeting.due_by == TODAY - timedelta(days=300) + timedelta(days=365)
    assert pane.details.due_edit.text() == us_date(meeting.due_by)

    # Purpose, through the plain-language editor.
    _type(qtbot, pane.details.purpose.editor, "Review the IEP goals together.")
    assert stores.meetings.get_meeting(meeting_id).purpose == "Review the IEP goals together."
    qtbot.waitUntil(lambda: "grade" in pane.details.purpose.grade_label.text())
    assert "Explain or replace" in pane.details.purpose.grade_label.text()

    # People: family, team, typed.
    _invite_everyone(qtbot, pane, ids)
    people = stores.meetings.participants_of(meeting_id)
    assert [p.name for p in people] == [
        "Min Park",
        "Tom Reyes",
        "Sara Cole",
        "Dana Lee",
        "Ravi Shah",
        "Ana Ruiz",
    ]
    assert [p.kind for p in people] == ["family", "team", "team", "team", "team", "typed"]
    assert people[-1].role == "advocate" and not people[4].required
    assert pane.participants.warnings.text() == ""  # every required role is there

    # The answer of the selected person saves itself.
    pane.participants.select(people[0].id)
    _pick(pane.participants.response_box, "coming")
    assert stores.meetings.get_participant(people[0].id).response == "coming"
    pane.participants.select(people[1].id)
    _type(qtbot, pane.participants.leaves_edit, "14:30")
    assert stores.meetings.get_participant(people[1].id).leaves_at == time(14, 30)

    # Find a time: only Tuesday and Thursday afternoons suit the district representative.
    pane.tabs.setCurrentWidget(pane.find_time)
    finder = pane.find_time
    finder.first_edit.setText((TODAY + timedelta(days=14)).isoformat())
    finder.last_edit.setText((TODAY + timedelta(days=42)).isoformat())
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    slots = finder.result.slots
    assert slots
    assert all(s.starts_at.weekday() in (1, 3) and s.starts_at.time() >= time(13, 0) for s in slots)
    # The best slots are the ones the optional speech therapist can also come to (Tuesday).
    assert slots[0].starts_at.weekday() == 1 and slots[0].optional_coming
    finder.suggestions.setCurrentRow(0)
    assert finder.week_view.chosen == slots[0].starts_at
    assert finder.week_view.week_start <= slots[0].starts_at.date()

    # Move the chosen slot with the keyboard: the list follows.
    finder.week_view.setFocus()
    qtbot.keyClick(finder.week_view, Qt.Key.Key_Right)
    moved = slots[0].starts_at + timedelta(minutes=15)
    assert finder.week_view.chosen == moved
    assert finder.suggestions.currentRow() == -1
    qtbot.keyClick(finder.week_view, Qt.Key.Key_Left)
    assert finder.suggestions.currentRow() == 0
    qtbot.keyClick(finder.week_view, Qt.Key.Key_Right)
    with qtbot.waitSignal(pane.desk.changed,
                          check_params_cb=lambda changes, _source: changes.meetings):
        qtbot.mouseClick(finder.use_button, Qt.MouseButton.LeftButton)
    assert stores.meetings.get_meeting(meeting_id).starts_at == moved
    assert pane.details.date_edit.text() == us_date(moved.date())
    assert pane.details.time_edit.text() == us_time(moved)
    assert us_time(moved) in pane.list.item(0, 2).text()

    # Checklist: tick two items, one with a note.
    pane.tabs.setCurrentWidget(pane.checklist)
    checklist = pane.checklist
    before = checklist.state.done_count
    click_check_box(qtbot, checklist.rows["purpose_explained"].check)
    docs = checklist.rows["documents_sent"]
    docs.note_edit.setText("Draft goals, reading results")
    click_check_box(qtbot, docs.check)
    assert checklist.state.done_count == before + 2
    assert checklist.progress_label.text() == (
        f"{before + 2} of {checklist.state.applicable_count} done"
    )
    ticks = {t.item: t for t in stores.checklist.ticks_of(meeting_id)}
    assert ticks["documents_sent"].note == "Draft goals, reading results"
    assert ticks["purpose_explained"].done_on == TODAY

    # A question the family sent: it lands on the agenda.
    pane.tabs.setCurrentWidget(pane.family_voice)
    voice = pane.family_voice
    voice.question_text.setText("Will she get a reading tutor?")
    qtbot.mouseClick(voice.add_question_button, Qt.MouseButton.LeftButton)
    titles = [i.title for i in stores.agenda.agenda_of(meeting_id)]
    assert "Will she get a reading tutor?" in titles
    agenda = pane.agenda
    shown = [agenda.tree.topLevelItem(i).text(0) for i in range(agenda.tree.topLevelItemCount())]
    assert any(text.endswith("Will she get a reading tutor?") for text in shown)

    # Reorder the agenda with the keyboard.
    pane.tabs.setCurrentWidget(agenda)
    third = stores.agenda.agenda_of(meeting_id)[2]
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(2))
    agenda.tree.setFocus()
    qtbot.keyClick(agenda.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stores.agenda.agenda_of(meeting_id)[1].id == third.id
    assert agenda.selected_id() == third.id
    qtbot.mouseClick(agenda.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(agenda.down_button, Qt.MouseButton.LeftButton)
    assert stores.agenda.agenda_of(meeting_id)[3].id == third.id

    # Over time: a long item makes the agenda run past the meeting's 60 minutes.
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(0))
    _type(qtbot, agenda.minutes_edit, "1")
    assert agenda.timing.total_minutes <= 60
    assert not agenda.over_label.isVisible()
    assert agenda.total_label.text() == f"{agenda.timing.total_minutes} of 60 minutes planned"
    _type(qtbot, agenda.minutes_edit, "45")
    assert agenda.over_label.isVisible()
    assert "runs over by" in agenda.over_label.text()
    assert "Tom Reyes" in agenda.leavers_label.text()  # leaves at 14:30
    order = [i.id for i in stores.agenda.agenda_of(meeting_id)]

    # Close everything, reopen the file, find it all.
    pane.flush_edits()
    pane.close()
    store.db.close()
    store2 = open_caseload(data_dir)
    try:
        pane2 = _open_pane(qtbot, store2)
        assert pane2.open_meeting(meeting_id)
        assert pane2.details.purpose.editor.toPlainText() == "Review the IEP goals together."
        assert pane2.details.date_edit.text() == us_date(moved.date())
        assert pane2.details.time_edit.text() == us_time(moved)
        names = [
            pane2.participants.table.item(r, 0).text()
            for r in range(pane2.participants.table.rowCount())
        ]
        assert names == ["Min Park", "Tom Reyes", "Sara Cole", "Dana Lee", "Ravi Shah", "Ana Ruiz"]
        assert pane2.checklist.rows["purpose_explained"].check.isChecked()
        assert (
            pane2.checklist.rows["documents_sent"].note_edit.text()
            == "Draft goals, reading results"
        )
        assert pane2.family_voice.questions.item(0, 0).text() == "Will she get a reading tutor?"
        assert pane2.agenda.tree.item_ids() == order
        assert pane2.agenda.over_label.isVisibleTo(pane2.agenda)
    finally:
        store2.db.close()


def test_reorder_the_agenda_by_dragging(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    pane.tabs.setCurrentWidget(pane.agenda)
    tree = pane.agenda.tree
    first_id = tree.item_ids()[0]
    # What a drop does to the list, then the drop notification.
    item = tree.takeTopLevelItem(0)
    tree.insertTopLevelItem(3, item)
    tree.setCurrentItem(item)
    tree.reordered.emit()
    assert [i.id for i in pane.stores.agenda.agenda_of(meeting_id)][3] == first_id
    assert tree.item_ids()[3] == first_id


def test_transition_meeting_is_marked_and_the_student_invited(qtbot, store, monkeypatch):
    student_id = store.add_student(
        Student("Omar", "Diaz", date_of_birth=TODAY - timedelta(days=365 * 17))
    )
    pane = _open_pane(qtbot, store)
    meeting_id = pane.new_meeting_for(student_id)
    assert meeting_id is not None
    assert pane.details.transition_label.isVisibleTo(pane)
    assert "Transition meeting" in pane.details.transition_label.text()
    people = pane.stores.meetings.participants_of(meeting_id)
    assert [p.is_student for p in people] == [True]
    assert pane.participants.table.item(0, 2).text() == "Student"
    assert "transition" in pane.title_label.text()


def test_cancel_keeps_the_meeting_as_a_record(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(pane.desk.changed,
                          check_params_cb=lambda changes, _source: changes.meetings):
        qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)
    assert pane.stores.meetings.get_meeting(meeting_id).status == "cancelled"
    assert pane.list.rowCount() == 0  # the default filter shows meetings still to come
    pane.filter_box.setCurrentIndex(pane.filter_box.findText("Cancelled"))
    assert pane.list.rowCount() == 1
    assert pane.list.item(0, 3).text() == "Cancelled"
    assert not pane.details.duration_edit.isEnabled()  # a record is not edited
    assert "record" in pane.record_label.text()
    # Undo brings it back.
    pane.undo_stack.undo()
    assert pane.stores.meetings.get_meeting(meeting_id).status == "draft"


# -- bad input -------------------------------------------------------------------------------


def test_duration_zero_is_refused_beside_the_field(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    binding = pane.details.group["duration_minutes"]
    _type(qtbot, pane.details.duration_edit, "0")
    assert binding.message.isVisible()
    assert "at least one minute" in binding.message.text()
    assert pane.stores.meetings.get_meeting(meeting_id).duration_minutes == 60
    _type(qtbot, pane.details.duration_edit, "an hour")
    assert "whole minutes" in binding.message.text()
    _type(qtbot, pane.details.duration_edit, "75")
    assert not binding.message.isVisible()
    assert pane.stores.meetings.get_meeting(meeting_id).duration_minutes == 75


def test_meeting_after_its_due_date_is_refused(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    due = pane.stores.meetings.get_meeting(meeting_id).due_by
    _type(qtbot, pane.details.date_edit, (due + timedelta(days=3)).isoformat())
    message = pane.details.group["date"].message
    assert message.isVisible() and "after its due date" in message.text()
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at is None
    _type(qtbot, pane.details.date_edit, "31/31/2026")
    assert "not" in message.text()
    _type(qtbot, pane.details.date_edit, (due - timedelta(days=3)).isoformat())
    assert not message.isVisible()
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at.date() == due - timedelta(days=3)


def test_time_before_a_date_asks_for_the_date(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _type(qtbot, pane.details.time_edit, "15:30")
    assert "date first" in pane.details.group["time"].message.text()
    _type(qtbot, pane.details.time_edit, "25:99")
    assert "not a time" in pane.details.group["time"].message.text()
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at is None


def test_a_date_typed_alone_shows_the_time_it_gets_and_the_time_is_asked_for_if_taken_away(
        qtbot, store, ids, monkeypatch):
    """A meeting given a date starts at the school day's start: the Start time field says
    so, as the list and the header do (it stayed empty). Emptying it asks for a time, written
    as the window writes times (the example was "15:30" in a US window)."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    day = TODAY + timedelta(days=21)
    _type(qtbot, pane.details.date_edit, us_date(day))
    starts_at = pane.stores.meetings.get_meeting(meeting_id).starts_at
    assert starts_at == datetime.combine(
        day, pane.stores.settings.planner_settings().school_day_start)
    assert pane.details.time_edit.text() == us_time(starts_at)
    assert us_time(starts_at) in pane.title_label.text()
    _type(qtbot, pane.details.time_edit, "")
    message = pane.details.group["time"].message.text()
    assert f"for example {us_time(datetime.combine(TODAY, time(15, 30)))}" in message
    assert "15:30" not in message
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at == starts_at
    _type(qtbot, pane.details.date_edit, "")  # no date: no time either
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at is None
    assert pane.details.time_edit.text() == ""
    _type(qtbot, pane.details.time_edit, "2:15 PM")  # a time first asks for the date...
    assert "date first" in pane.details.group["time"].message.text()
    _type(qtbot, pane.details.date_edit, us_date(day))  # ...and the date then takes it
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at == datetime.combine(
        day, time(14, 15))
    assert pane.details.time_edit.text() == us_time(datetime.combine(day, time(14, 15)))
    assert pane.details.group["time"].message.text() == ""


def test_participant_added_twice_is_refused(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    section = pane.participants
    pane.tabs.setCurrentWidget(section)  # the People tab
    for _ in range(2):
        section.typed_name.setText("Ana Ruiz")
        qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)
    assert section.message.isVisible()
    assert "already on this meeting's list" in section.message.text()
    assert [p.name for p in pane.stores.meetings.participants_of(meeting_id)] == ["Ana Ruiz"]
    # An empty name is refused too.
    section.typed_name.setText("   ")
    qtbot.mouseClick(section.add_typed_button, Qt.MouseButton.LeftButton)
    assert "name" in section.message.text()
    assert len(pane.stores.meetings.participants_of(meeting_id)) == 1
    # A family member already invited is no longer offered.
    _pick(section.family_box, ids["min"])
    qtbot.mouseClick(section.add_family_button, Qt.MouseButton.LeftButton)
    assert section.family_box.findData(ids["min"]) == -1


def test_meeting_for_an_archived_student_gets_a_message(qtbot, store, ids, monkeypatch):
    store.archive_student(ids["lena"])
    pane = _open_pane(qtbot, store)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert pane.new_meeting_for(ids["lena"]) is None
    assert said and "archived" in said[0]
    assert pane.stores.meetings.list_meetings() == []


def test_slot_search_with_an_empty_range(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    finder = pane.find_time
    pane.tabs.setCurrentWidget(finder)
    finder.first_edit.setText((TODAY + timedelta(days=20)).isoformat())
    finder.last_edit.setText((TODAY + timedelta(days=10)).isoformat())
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    assert finder.range_message.isVisible()
    assert "before the first" in finder.range_message.text()
    assert finder.result is None and finder.suggestions.count() == 0
    finder.last_edit.setText("")
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    assert "first and the last day" in finder.range_message.text()


def test_no_slot_explains_why_and_shows_near_misses(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    finder = pane.find_time
    # Mondays only: the district representative is never free.
    monday = TODAY + timedelta(days=14 + (7 - (TODAY + timedelta(days=14)).weekday()) % 7)
    finder.first_edit.setText(monday.isoformat())
    finder.last_edit.setText(monday.isoformat())
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    assert finder.result.slots == []
    text = finder.explanation.toPlainText()
    assert "No time suits everyone" in text and "Dana Lee" in text
    assert "What you could change" in text
    near = [finder.suggestions.item(r).text() for r in range(finder.suggestions.count())]
    assert any("Cannot come: Dana Lee" in t for t in near)


def test_busy_time_blocks_the_suggestions(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    finder = pane.find_time
    tuesday = TODAY + timedelta(days=14 + (1 - (TODAY + timedelta(days=14)).weekday()) % 7)
    finder.first_edit.setText(tuesday.isoformat())
    finder.last_edit.setText(tuesday.isoformat())
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    assert finder.result.slots
    _pick(finder.busy_who, f"team:{ids['dana']}")
    finder.busy_from.setText(f"{tuesday.isoformat()} 12:00")
    finder.busy_to.setText("16:30")
    finder.busy_note.setText("District training")
    qtbot.mouseClick(finder.add_busy_button, Qt.MouseButton.LeftButton)
    assert finder.busy_table.rowCount() == 1
    assert finder.busy_table.item(0, 3).text() == "District training"
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    assert finder.result.slots == []
    assert "Dana Lee" in finder.explanation.toPlainText()
    # A busy time that ends before it starts is refused.
    finder.busy_from.setText(f"{tuesday.isoformat()} 12:00")
    finder.busy_to.setText("11:00")
    qtbot.mouseClick(finder.add_busy_button, Qt.MouseButton.LeftButton)
    assert "end time must come after" in finder.busy_message.text()
    assert len(pane.stores.busy_times.busy_times()) == 1
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at is None


# -- calendar, contact log, read-only ----------------------------------------------------------


def _ics_event(path):
    calendar = Calendar.from_ical(path.read_bytes())
    return next(c for c in calendar.walk() if c.name == "VEVENT")


def test_calendar_export_keeps_the_uid_and_raises_the_sequence(
    qtbot, store, ids, monkeypatch, tmp_path
):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    due = pane.stores.meetings.get_meeting(meeting_id).due_by
    day = due - timedelta(days=7)
    _type(qtbot, pane.details.date_edit, day.isoformat())
    _type(qtbot, pane.details.time_edit, "15:30")
    target = tmp_path / "meeting"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(pane.calendar_button, Qt.MouseButton.LeftButton)
    first = _ics_event(tmp_path / "meeting.ics")
    assert first.decoded("dtstart") == datetime.combine(day, time(15, 30))
    _type(qtbot, pane.details.time_edit, "14:00")
    qtbot.mouseClick(pane.calendar_button, Qt.MouseButton.LeftButton)
    second = _ics_event(tmp_path / "meeting.ics")
    assert str(second["uid"]) == str(first["uid"])
    assert int(second["sequence"]) > int(first["sequence"])
    assert second.decoded("dtstart") == datetime.combine(day, time(14, 0))


def test_calendar_export_without_a_date_says_why(qtbot, store, ids, monkeypatch, tmp_path):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert pane.export_calendar(tmp_path / "x.ics") is None
    assert said and "no date" in said[0]
    assert not (tmp_path / "x.ics").exists()


def test_contact_log_add_edit_and_attempts(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    # Planned this morning. (The file stamps created_at with SQLite's own clock, which the
    # test's clock does not set; attempts count from that day on.)
    pane.stores.db.execute("UPDATE meetings SET created_at = ? WHERE id = ?",
                             [NOW.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"), meeting_id])
    pane.tabs.setCurrentWidget(pane.contact_log)
    log = pane.contact_log
    assert "has not answered" in log.attempts_label.text()
    log.when_edit.setText(NOW.strftime("%Y-%m-%d %H:%M"))
    _pick(log.method_box, "phone")
    _pick(log.outcome_box, "no_answer")
    log.topic_edit.setText("Meeting dates")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    log.when_edit.setText(NOW.strftime("%Y-%m-%d %H:%M"))
    _pick(log.method_box, "email")
    _pick(log.outcome_box, "reached")
    log.progress_check.setChecked(True)
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    contacts = pane.stores.contacts.contacts_of_family_member(ids["min"])
    assert sorted(c.method for c in contacts) == ["email", "phone"]
    assert log.table.rowCount() == 2
    assert "2 attempts by 2 methods" in log.attempts_label.text()
    # Edit the phone call's note.
    row = next(r for r, c in enumerate(log.contacts) if c.method == "phone")
    log.table.selectRow(row)
    log.note_edit.setText("Rang twice")
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    phone = next(
        c for c in pane.stores.contacts.contacts_of_family_member(ids["min"]) if c.method == "phone"
    )
    assert phone.note == "Rang twice"
    # A contact in the future is refused.
    log.when_edit.setText((NOW + timedelta(days=2)).strftime("%Y-%m-%d %H:%M"))
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert "still to come" in log.message.text()
    assert len(pane.stores.contacts.contacts_of_family_member(ids["min"])) == 2
    # An entry typed by mistake can be removed, after a question.
    row = next(r for r, c in enumerate(log.contacts) if c.method == "phone")
    log.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(log.remove_button, Qt.MouseButton.LeftButton)
    assert len(pane.stores.contacts.contacts_of_family_member(ids["min"])) == 2
    log.table.selectRow(row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(log.remove_button, Qt.MouseButton.LeftButton)
    assert [c.method for c in pane.stores.contacts.contacts_of_family_member(ids["min"])] == ["email"]
    # The progress news counts for the checklist.
    pane.checklist.reload()
    assert pane.checklist.rows["progress_shared"].check.isChecked()
    assert meeting_id == pane.current_meeting_id()


def test_read_only_disables_editing_and_says_why(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    pane.set_read_only(True, "Another copy of IEP Desk has this caseload open.")
    assert pane.banner.isVisible() and "Another copy" in pane.banner.text()
    for widget in (
        pane.new_button,
        pane.cancel_button,
        pane.delete_button,
        pane.details.duration_edit,
        pane.participants.add_typed_button,
        pane.agenda.add_button,
        pane.find_time.use_button,
        pane.contact_log.add_button,
    ):
        assert not widget.isEnabled(), widget.accessibleName()
    assert pane.details.purpose.editor.isReadOnly()
    assert pane.new_meeting_for(ids["lena"]) is None
    pane.set_read_only(False)
    assert not pane.banner.isVisible() and pane.details.duration_edit.isEnabled()


def test_save_and_load_an_agenda_template(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    agenda = pane.agenda
    pane.tabs.setCurrentWidget(agenda)
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(0))
    _type(qtbot, agenda.title.editor, "Hello and names")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Short meeting", True))
    qtbot.mouseClick(agenda.save_template_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in pane.stores.agenda.agenda_templates()] == ["Short meeting"]
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert pane.stores.agenda.agenda_of(meeting_id)[0].title != "Hello and names"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(agenda.load_button, Qt.MouseButton.LeftButton)
    assert pane.stores.agenda.agenda_of(meeting_id)[0].title == "Hello and names"
    assert agenda.tree.topLevelItem(0).text(0) == "Hello and names"


def test_undo_and_redo_a_meeting_field_and_an_invitation(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _type(qtbot, pane.details.place_edit, "Room 4")
    assert pane.stores.meetings.get_meeting(meeting_id).place == "Room 4"
    pane.undo_stack.undo()
    assert pane.stores.meetings.get_meeting(meeting_id).place == ""
    assert pane.details.place_edit.text() == ""
    pane.undo_stack.redo()
    assert pane.details.place_edit.text() == "Room 4"
    section = pane.participants
    _pick(section.team_box, ids["tom"])
    qtbot.mouseClick(section.add_team_button, Qt.MouseButton.LeftButton)
    assert section.table.rowCount() == 1
    pane.undo_stack.undo()
    assert pane.stores.meetings.participants_of(meeting_id) == []
    assert section.table.rowCount() == 0


def test_kind_of_meeting_brings_its_default_length(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _pick(pane.details.type_box, "reevaluation")
    meeting = pane.stores.meetings.get_meeting(meeting_id)
    assert meeting.meeting_type == "reevaluation"
    assert meeting.duration_minutes == pane.stores.settings.planner_settings().duration_for("reevaluation")
    assert pane.details.duration_edit.text() == str(meeting.duration_minutes)
    pane.undo_stack.undo()  # one step takes back the kind and the length it brought
    meeting = pane.stores.meetings.get_meeting(meeting_id)
    assert (meeting.meeting_type, meeting.duration_minutes) == ("annual_review", 60)
    assert pane.details.type_box.currentData() == "annual_review"


# -- preparing: checklist warnings, the family's voice, the family's language -----------------


def test_checklist_warns_when_the_notice_went_out_late(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    day = TODAY + timedelta(days=5)
    _type(qtbot, pane.details.date_edit, day.isoformat())
    pane.tabs.setCurrentWidget(pane.checklist)
    checklist = pane.checklist
    assert "no record of telling the family" in checklist.warnings_label.text()
    checklist.rows["notice_sent"].check.click()
    assert "only 5 days before the meeting" in checklist.warnings_label.text()
    # The day it went out, written as the window writes dates (not 2026-...).
    assert f"went out on {us_date(TODAY)}," in checklist.warnings_label.text()
    assert [t.item for t in pane.stores.checklist.ticks_of(meeting_id)] == ["notice_sent"]
    # Clearing the tick takes the warning away and the tick out of the file.
    checklist.rows["notice_sent"].check.click()
    assert pane.stores.checklist.ticks_of(meeting_id) == []
    assert "only 5 days" not in checklist.warnings_label.text()
    # A tick dated in the future is refused.
    checklist.rows["classroom_visit_offered"].date_edit.setText(
        (TODAY + timedelta(days=2)).isoformat()
    )
    checklist.rows["classroom_visit_offered"].check.click()
    assert not checklist.rows["classroom_visit_offered"].check.isChecked()
    assert "still to come" in checklist.rows["classroom_visit_offered"].message.text()
    assert pane.stores.checklist.ticks_of(meeting_id) == []


def test_tip_file_last_time_concerns_and_student_input(qtbot, store, ids, monkeypatch):
    from iep_desk.core.meetings import Meeting, Reflection, TipEntry

    stores = Stores(store.db)
    stores.review.add_tip(
        TipEntry(
            ids["lena"],
            TODAY - timedelta(days=40),
            "Talking about tests",
            "sensitivity",
            "Start with what went well",
        )
    )
    held = stores.meetings.create_meeting(
        Meeting(
            ids["lena"],
            "other",
            status="draft",
            starts_at=datetime.combine(TODAY - timedelta(days=30), time(9, 0)),
        ),
        today=TODAY - timedelta(days=31),
    )
    stores.meetings.mark_held(held)
    stores.review.add_reflection(Reflection(held, "Greeting the family at the door helped", "keep"))
    pane = _open_pane(qtbot, store)
    pane.filter_box.setCurrentIndex(0)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    voice = pane.family_voice
    assert "Talking about tests" in voice.tips_label.text()
    assert "Start with what went well" in voice.tips_label.text()
    assert (
        voice.last_time_label.text() == "Last time: Greeting the family at the door helped: keep."
    )
    # Concerns: private, never on anything for the family.
    voice.interest_edit.setText("That Lena enjoys reading")
    voice.position_edit.setText("Daily one-to-one reading")
    qtbot.mouseClick(voice.add_concern_button, Qt.MouseButton.LeftButton)
    concern = pane.stores.preparation.concerns_of(meeting_id)[0]
    assert (concern.interest, concern.position) == (
        "That Lena enjoys reading",
        "Daily one-to-one reading",
    )
    assert voice.concerns.rowCount() == 1
    qtbot.mouseClick(voice.add_concern_button, Qt.MouseButton.LeftButton)  # nothing typed
    assert "Write what the family wants" in voice.concern_message.text()
    assert len(pane.stores.preparation.concerns_of(meeting_id)) == 1
    # The student's input saves itself when the focus moves on.
    voice.say_edit.setFocus()
    qtbot.keyClicks(voice.say_edit, "I like maps.")
    voice.part_edit.setFocus()
    qtbot.waitUntil(lambda: pane.stores.preparation.student_input_of(meeting_id) is not None)
    assert pane.stores.preparation.student_input_of(meeting_id).what_to_say == "I like maps."


def test_texts_are_checked_in_the_family_language(qtbot, store, monkeypatch):
    student_id = store.add_student(Student("Ana", "Ruiz"))
    store.add_family_member(
        FamilyMember("Rosa Ruiz", preferred_language="es"),
        student_id=student_id,
        relationship="madre",
    )
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    assert pane.details.purpose.editor.language == "es"
    assert pane.agenda.title.editor.language == "es"


def test_typing_then_choosing_another_row_saves_to_the_row_typed_in(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    section = pane.participants
    people = pane.stores.meetings.participants_of(meeting_id)
    section.select(people[0].id)
    section.role_edit.setFocus()
    section.role_edit.selectAll()
    qtbot.keyClicks(section.role_edit, "grandmother")
    section.select(people[1].id)  # before the pause and without Enter
    assert pane.stores.meetings.get_participant(people[0].id).role == "grandmother"
    assert pane.stores.meetings.get_participant(people[1].id).role == people[1].role
    assert section.role_edit.text() == "Classroom teacher"  # the role in words, as listed
    agenda = pane.agenda
    pane.tabs.setCurrentWidget(agenda)
    items = pane.stores.agenda.agenda_of(meeting_id)
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(0))
    agenda.minutes_edit.setFocus()
    agenda.minutes_edit.selectAll()
    qtbot.keyClicks(agenda.minutes_edit, "12")
    agenda.tree.setCurrentItem(agenda.tree.topLevelItem(1))
    after = pane.stores.agenda.agenda_of(meeting_id)
    assert (after[0].minutes, after[1].minutes) == (12, items[1].minutes)


def test_a_language_without_a_glossary_is_checked_in_english(qtbot, store, monkeypatch):
    student_id = store.add_student(Student("Sami", "Haddad"))
    store.add_family_member(
        FamilyMember("Nadia Haddad", preferred_language="hmn"),
        student_id=student_id,
        relationship="mother",
    )
    pane = _open_pane(qtbot, store)
    pane.new_meeting_for(student_id)
    assert pane.details.purpose.editor.language == "en"
    _type(qtbot, pane.details.purpose.editor, "Talk about the IEP.")
    qtbot.waitUntil(lambda: "Reading level: grade" in pane.details.purpose.grade_label.text())


def test_week_view_marks_days_too_soon_for_the_notice(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    finder = pane.find_time
    view = finder.week_view
    view.set_week(TODAY, view.day_starts, view.day_ends)
    finder.move_week(0)
    monday = view.week_start
    expected = {
        monday + timedelta(days=n)
        for n in range(5)
        if monday + timedelta(days=n) < TODAY + timedelta(days=10)
    }
    assert set(view.blocked_days) == expected
    assert set(view.blocked_days.values()) <= {"Too soon"}
    finder.move_week(3)
    assert view.blocked_days == {}


def test_typing_in_an_agenda_item_then_choosing_another_meeting_saves_it_to_its_item(
        qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    first = _new_meeting(qtbot, pane, monkeypatch)
    second = _new_meeting(qtbot, pane, monkeypatch, name="Lena Park")
    second_titles = [i.title for i in pane.stores.agenda.agenda_of(second)]
    def choose(meeting_id: int) -> None:  # as a click on its row in the list
        rows = [m.id for m in pane.meeting_list.meetings]
        pane.list.setCurrentCell(rows.index(meeting_id), 0)

    choose(first)
    assert pane.current_meeting_id() == first
    pane.tabs.setCurrentWidget(pane.agenda)
    agenda = pane.agenda
    item_id = agenda.tree.item_ids()[1]
    agenda._select(item_id)
    editor = agenda.title.editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Our questions first")
    # Chosen from the list while the title is still being typed.
    choose(second)
    QApplication.processEvents()
    assert pane.current_meeting_id() == second
    saved = {i.id: i.title for i in pane.stores.agenda.agenda_of(first)}
    assert saved[item_id] == "Our questions first"
    assert [i.title for i in pane.stores.agenda.agenda_of(second)] == second_titles


def test_agenda_items_moved_and_removed_with_the_buttons(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    pane.tabs.setCurrentWidget(pane.agenda)
    agenda, tree = pane.agenda, pane.agenda.tree
    first, second, third = tree.item_ids()[:3]
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.mouseClick(agenda.up_button, Qt.MouseButton.LeftButton)
    assert tree.item_ids()[:3] == [second, first, third]
    assert [i.id for i in pane.stores.agenda.agenda_of(meeting_id)][:3] == [second, first, third]
    assert agenda.selected_id() == second  # the item moved stays chosen
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.mouseClick(agenda.remove_button, Qt.MouseButton.LeftButton)
    assert tree.item_ids()[:2] == [second, third]
    assert first not in [i.id for i in pane.stores.agenda.agenda_of(meeting_id)]
    assert agenda.selected_id() == third  # the next item takes the removed one's place


def test_team_input_asked_recorded_and_copied(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.tabs.setCurrentWidget(pane.team_input)
    section = pane.team_input
    people = [section.people.item(i) for i in range(section.people.count())]
    tom = next(item for item in people if item.text() == "Tom Reyes")
    tom.setCheckState(Qt.CheckState.Checked)
    section.due_edit.setText(us_date(TODAY + timedelta(days=5)))
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    assert section.table.rowCount() == 1
    section.table.selectRow(0)
    section.text_edit.setPlainText("Reads at grade level with support.")
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    (request,) = pane.stores.preparation.input_requests_of(meeting_id)
    assert request.text == "Reads at grade level with support."
    assert request.received_on == TODAY
    assert section.selected_request() == request  # the row recorded stays chosen
    qtbot.mouseClick(section.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Lena" in copied and us_date(TODAY + timedelta(days=5)) in copied


def test_what_a_team_member_wrote_is_kept_when_the_teacher_moves_on(
        qtbot, store, ids, monkeypatch):
    """Text pasted into "What they wrote" was lost without a word when the teacher chose
    another request, another meeting or closed the window before Record what arrived. It is
    recorded as Record would (the day in Arrived on, else today), one step for Ctrl+Z."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.tabs.setCurrentWidget(pane.team_input)
    section = pane.team_input
    for i in range(section.people.count()):
        if section.people.item(i).text() in ("Tom Reyes", "Sara Cole"):
            section.people.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    assert section.table.rowCount() == 2
    names = [section.table.item(row, 0).text() for row in range(2)]
    tom_row, sara_row = names.index("Tom Reyes"), names.index("Sara Cole")

    def request_of(name):
        participant = next(p for p in pane.stores.meetings.participants_of(meeting_id)
                           if p.name == name)
        return next(r for r in pane.stores.preparation.input_requests_of(meeting_id)
                    if r.participant_id == participant.id)

    section.table.selectRow(tom_row)
    section.text_edit.setFocus()
    qtbot.keyClicks(section.text_edit, "Reads at grade level with support.")
    section.table.selectRow(sara_row)  # another request: Tom's text is kept
    tom = request_of("Tom Reyes")
    assert (tom.text, tom.received_on) == ("Reads at grade level with support.", TODAY)
    assert section.text_edit.toPlainText() == ""
    assert section.table.item(tom_row, 3).text() == us_date(TODAY)
    assert pane.undo_stack.undoText() == "Record written input"

    section.arrived_edit.setText(us_date(TODAY - timedelta(days=1)))
    section.text_edit.setFocus()
    qtbot.keyClicks(section.text_edit, "Speech twice a week.")
    pane.flush_edits()  # another meeting chosen, Undo, or the window closing
    sara = request_of("Sara Cole")
    assert (sara.text, sara.received_on) == ("Speech twice a week.", TODAY - timedelta(days=1))
    pane.undo_stack.undo()
    assert request_of("Sara Cole").received_on is None
    assert request_of("Tom Reyes").received_on == TODAY

    # Typing, then clicking Record (the box loses the focus first): one step of Undo.
    section.table.selectRow(sara_row)
    section.text_edit.setFocus()
    qtbot.keyClicks(section.text_edit, "Uses a speech app.")
    steps = pane.undo_stack.index()
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    assert request_of("Sara Cole").text == "Uses a speech app."
    assert pane.undo_stack.index() == steps + 1


def test_what_a_team_member_wrote_is_kept_after_a_pause(qtbot, store, ids, monkeypatch):
    """Pasted or typed text in "What they wrote" was kept only when the box lost the focus,
    so a power cut with the cursor still in the box lost it. It saves after a pause, as
    every other text box does, with control characters a paste brought along dropped."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.tabs.setCurrentWidget(pane.team_input)
    section = pane.team_input
    tom = next(section.people.item(i) for i in range(section.people.count())
               if section.people.item(i).text() == "Tom Reyes")
    tom.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    section.table.selectRow(0)
    section.text_edit.setFocus()
    section.text_edit.insertPlainText("Reads\x07 at grade level.")  # as a paste does
    assert section.text_binding.dirty  # waiting for the pause, not saving per keystroke
    (request,) = pane.stores.preparation.input_requests_of(meeting_id)
    assert request.received_on is None

    def recorded():
        (request,) = pane.stores.preparation.input_requests_of(meeting_id)
        return request

    qtbot.waitUntil(lambda: recorded().text == "Reads at grade level.", timeout=5000)
    assert section.text_edit.hasFocus()  # saved while the teacher is still in the box
    assert recorded().received_on == TODAY
    assert section.table.item(0, 4).text() == "Reads at grade level."


def test_what_arrived_waits_for_a_request(qtbot, store, ids, monkeypatch):
    """With no request chosen, "What they wrote", "Arrived on", Record and Withdraw took
    typing and clicks that went nowhere (the text was dropped, Record did nothing). They wait
    for a request, and the box says what to do first; copying the request stays possible."""
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.tabs.setCurrentWidget(pane.team_input)
    section = pane.team_input
    waiting = (section.text_edit, section.arrived_edit, section.record_button,
               section.withdraw_button)
    assert not any(widget.isEnabled() for widget in waiting)
    assert section.copy_button.isEnabled()
    assert "Ask for input first" in section.text_edit.placeholderText()
    section.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    section.table.clearSelection()
    assert not section.text_edit.isEnabled()
    assert "Choose a request" in section.text_edit.placeholderText()
    section.table.selectRow(0)
    assert all(widget.isEnabled() for widget in waiting)


def test_tab_leaves_what_a_team_member_wrote(qtbot, store, ids, monkeypatch):
    """Tab in "What they wrote" moved nowhere and typed a tab into the colleague's text:
    the keyboard could not leave the box. It moves on, as in every other text box."""
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.tabs.setCurrentWidget(pane.team_input)
    section = pane.team_input
    section.people.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(section.ask_button, Qt.MouseButton.LeftButton)
    section.table.selectRow(0)
    box = section.text_edit
    box.setFocus()
    qtbot.keyClicks(box, "Reads well.")
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not box
    assert box.toPlainText() == "Reads well."


# A weekend two weeks or more ahead, past the notice days: no school day to search.
SATURDAY = TODAY + timedelta(days=14 + (5 - (TODAY + timedelta(days=14)).weekday()) % 7)
SUNDAY = SATURDAY + timedelta(days=1)


def _explanation(qtbot, finder, first, last) -> str:
    """Find a time searched from `first` to `last`: what it says of its answer."""
    finder.first_edit.setText(first.isoformat())
    finder.last_edit.setText(last.isoformat())
    qtbot.mouseClick(finder.find_button, Qt.MouseButton.LeftButton)
    return finder.explanation.toPlainText()


def test_find_a_time_writes_its_days_as_the_window_does(qtbot, store, ids, monkeypatch):
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    text = _explanation(qtbot, pane.find_time, SATURDAY, SUNDAY)
    assert f"All days from {us_date(SATURDAY)} to {us_date(SUNDAY)} are weekends" in text
    assert SATURDAY.isoformat() not in text


def test_find_a_time_explains_in_the_windows_language(qtbot, store, ids, monkeypatch, spanish):
    """Why no time suits everyone and what to change, in a Spanish window: the reasons and
    suggestions core.slots gives as codes, worded with the window's days and role names."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    lines = _explanation(qtbot, pane.find_time, SATURDAY, SUNDAY).splitlines()
    assert lines[1] == (f"• Todos los días del {us_date(SATURDAY)} al {us_date(SUNDAY)} son "
                        "fines de semana o días cerrados.")
    monday = SUNDAY + timedelta(days=1)
    due = pane.stores.meetings.get_meeting(meeting_id).due_by
    assert lines[3] == (f"• Busque en un período más largo: desde el {us_date(monday)} hasta "
                        f"la fecha límite ({us_date(due)}).")
    # Mondays only: the district representative is never free.
    text = _explanation(qtbot, pane.find_time, monday, monday)
    # The role in the window's words, as the People tab names it.
    assert ("• Dana Lee (representante del distrito escolar) no tiene tiempo libre en los días "
            "escolares de este período.") in text
    assert ("• Pídale a Dana Lee (representante del distrito escolar) más horarios en que pueda "
            "reunirse.") in text
    assert ("• Mire los horarios casi posibles: a esas horas solo una o dos personas no pueden "
            "venir.") in text
    assert "never" not in text and "Search" not in text and "Ask" not in text


def test_find_a_time_shows_the_meetings_time_after_it_is_typed_on_the_meeting_tab(
        qtbot, store, ids, monkeypatch):
    """The date typed first puts the chosen slot at the school day's start; the start time
    typed next must move it there too, and a new date must show its week. Before, Find a time
    kept the earlier slot ("Chosen: ... 7:30 AM"), and Use this time put the meeting back."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    finder = pane.find_time
    day = TODAY + timedelta(days=21)
    _type(qtbot, pane.details.date_edit, us_date(day))
    _type(qtbot, pane.details.time_edit, "2:15 PM")
    pane.tabs.setCurrentWidget(finder)
    meeting_time = datetime.combine(day, time(14, 15))
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at == meeting_time
    assert finder.week_view.chosen == meeting_time
    assert f"{us_date(day)} {us_time(meeting_time)}" in finder.chosen_label.text()

    later = day + timedelta(days=14)
    pane.tabs.setCurrentWidget(pane.details)
    _type(qtbot, pane.details.date_edit, us_date(later))
    pane.tabs.setCurrentWidget(finder)
    assert finder.week_view.chosen == datetime.combine(later, time(14, 15))
    assert finder.week_view.week_start == later - timedelta(days=later.weekday())

    # A slot the teacher moved is kept while the meeting's time stays as it was.
    finder.week_view.setFocus()
    qtbot.keyClick(finder.week_view, Qt.Key.Key_Right)
    moved = datetime.combine(later, time(14, 30))
    assert finder.week_view.chosen == moved
    pane.tabs.setCurrentWidget(pane.details)
    _type(qtbot, pane.details.place_edit, "Room 4")
    assert finder.week_view.chosen == moved
    qtbot.mouseClick(finder.use_button, Qt.MouseButton.LeftButton)
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at == moved
    pane.undo_stack.undo()  # the meeting's time goes back, and so does the chosen slot
    assert finder.week_view.chosen == datetime.combine(later, time(14, 15))


def test_the_selected_persons_role_is_written_as_the_list_writes_it(qtbot, store, ids, monkeypatch):
    """The form beside the people showed the stored code ("district_representative") where
    the list says "School district representative"; a role is now shown in words, a role
    typed as the list writes it is stored as that role, and one typed freely as typed."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    section = pane.participants
    people = pane.stores.meetings.participants_of(meeting_id)
    dana = next(p for p in people if p.name == "Dana Lee")
    section.select(dana.id)
    row = section.table.currentRow()
    assert section.role_edit.text() == "School district representative"
    assert section.table.item(row, 1).text() == section.role_edit.text()
    section.role_edit.setFocus()
    section.required_check.setFocus()  # leaving the field untouched saves nothing
    assert pane.stores.meetings.get_participant(dana.id).role == "district_representative"
    assert not pane.undo_stack.undoText().startswith("Edit")

    _type(qtbot, section.role_edit, "principal")  # another role, as the list writes it
    assert pane.stores.meetings.get_participant(dana.id).role == "administrator"
    assert section.role_edit.text() == "Principal"
    _type(qtbot, section.role_edit, "Reading specialist")
    assert pane.stores.meetings.get_participant(dana.id).role == "Reading specialist"
    assert section.table.item(row, 1).text() == "Reading specialist"


def test_tab_goes_from_the_header_to_the_tabs_and_into_the_page_shown(qtbot, store, ids,
                                                                       monkeypatch):
    """The Tab key follows the screen: the header's buttons (calendar, handouts, the family's
    language), then the tab bar, then the page's first control. It went from the tab bar to
    two invisible stops (the pages' scroll areas), then back up to the header's buttons,
    and only then into the checklist."""
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    _type(qtbot, pane.details.date_edit, us_date(TODAY + timedelta(days=21)))
    assert pane.calendar_button.isEnabled()

    def tab_from(widget, times: int = 1):
        widget.setFocus()
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    bar = pane.handout_bar
    buttons = [bar.widgetForAction(action) for action in bar.actions()]
    assert tab_from(pane.calendar_button) is buttons[0]
    assert tab_from(buttons[-1]) is pane.tabs.tabBar()
    pane.tabs.setCurrentWidget(pane.checklist)
    first_item = pane.checklist.rows[next(iter(pane.checklist.rows))].check
    assert tab_from(pane.tabs.tabBar()) is first_item
    pane.tabs.setCurrentWidget(pane.details)
    assert tab_from(pane.tabs.tabBar()) is pane.details.type_box
    pane.tabs.setCurrentWidget(pane.family_voice)
    assert tab_from(pane.tabs.tabBar()) is pane.family_voice.questions
    pane.tabs.setCurrentWidget(pane.participants)
    assert tab_from(pane.participants.remove_button) is pane.participants.role_edit


def test_a_tab_chosen_with_its_alt_key_takes_the_keyboard_into_its_page(
        qtbot, store, ids, monkeypatch):
    """Alt+K showed the Checklist but left the keyboard in the list of meetings: the words
    typed next chose another meeting by its first letters (or, after a Tab, pressed New
    meeting). The page's first control now has the focus."""
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert pane.tabs.currentWidget().widget() is pane.checklist
    first_item = pane.checklist.rows[next(iter(pane.checklist.rows))].check
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first_item)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.participants.table)
    # A click on a tab, or the arrow keys on the tab bar, leave the keyboard there.
    pane.tabs.tabBar().setFocus()
    qtbot.keyClick(pane.tabs.tabBar(), Qt.Key.Key_Right)
    QApplication.processEvents()
    assert QApplication.focusWidget() is pane.tabs.tabBar()


def test_the_agenda_says_who_leaves_early_as_the_window_writes_times(
        qtbot, store, ids, monkeypatch):
    """The line under the agenda was core's English sentence with a 24-hour time ("Tom Reyes
    leaves at 14:30, during or before ...") in a US window, and in English in a Spanish one.
    Taking the meeting's date away empties the Starts column, which kept the old times."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    day = TODAY + timedelta(days=21)
    _type(qtbot, pane.details.date_edit, us_date(day))
    _type(qtbot, pane.details.time_edit, "2:00 PM")
    tom = next(p for p in pane.stores.meetings.participants_of(meeting_id)
               if p.name == "Tom Reyes")
    pane.participants.select(tom.id)
    _type(qtbot, pane.participants.leaves_edit, "2:30 PM")
    pane.tabs.setCurrentWidget(pane.agenda)
    agenda = pane.agenda
    text = agenda.leavers_label.text()
    assert f"Tom Reyes leaves at {us_time(datetime.combine(day, time(14, 30)))}" in text
    assert "14:30" not in text
    assert agenda.tree.topLevelItem(0).text(3) == us_time(datetime.combine(day, time(14, 0)))

    pane.tabs.setCurrentWidget(pane.details)
    _type(qtbot, pane.details.date_edit, "")
    assert pane.stores.meetings.get_meeting(meeting_id).starts_at is None
    assert [agenda.tree.topLevelItem(i).text(3)
            for i in range(agenda.tree.topLevelItemCount())] == \
        [""] * agenda.tree.topLevelItemCount()
    assert agenda.leavers_label.text() == ""


def test_the_checklists_speak_the_windows_language(qtbot, qapp, store, ids, monkeypatch):
    """In the Spanish window the before-the-meeting checklist (its items, hints and warnings)
    and the review's after-the-meeting checklist were in English: the texts come from
    resources/checklists/, which had English only."""
    from iep_desk.ui import window_language
    from iep_desk.ui.review.pane import ReviewPane

    installed = window_language.install_translators(qapp, "es")
    try:
        pane = _open_pane(qtbot, store)
        _new_meeting(qtbot, pane, monkeypatch)
        checklist = pane.checklist
        assert checklist.rows["notice_sent"].check.text() == "Envié el aviso de la reunión"
        assert checklist.rows["documents_sent"].note_edit.placeholderText() == \
            "Qué documentos y qué día salieron"
        assert "No hay constancia" in checklist.warnings_label.text()
        review = ReviewPane(pane.desk)
        qtbot.addWidget(review)
        review.open_meeting(pane.current_meeting_id())
        assert review.after_checklist.rows["thank_you_sent"].check.text() == \
            "Envié una carta de agradecimiento"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_cancel_names_the_meeting_and_says_it_was_cancelled(qtbot, store, data_dir, ids,
                                                            monkeypatch):
    """The question said only "Cancel this meeting?", and afterwards the planner showed the
    next meeting in the list without a word: a teacher who thought nothing had happened
    and pressed Cancel meeting again cancelled the next family's meeting."""
    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    window.show_pane(1)
    pane = window.planner_pane
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a, **k:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)
    assert pane.stores.meetings.get_meeting(meeting_id).status == "cancelled"
    assert "Lena Park: Annual review, no date yet" in asked[0]
    said = window.statusBar().currentMessage()
    assert "Lena Park: Annual review, no date yet" in said and "cancelled" in said
    assert "Ctrl+Z" in said


def test_delete_draft_says_which_draft_went(qtbot, store, data_dir, ids, monkeypatch):
    """Delete draft asks nothing (Ctrl+Z brings a draft back) and the list moved on to the
    next meeting without a word; the status bar now says which draft went."""
    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    window.show_pane(1)
    pane = window.planner_pane
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert pane.stores.meetings.list_meetings() == []
    said = window.statusBar().currentMessage()
    assert "Lena Park: Annual review, no date yet" in said and "Ctrl+Z" in said
    pane.undo_stack.undo()
    assert pane.stores.meetings.get_meeting(meeting_id).status == "draft"


def test_a_new_meetings_agenda_is_in_the_windows_language(qtbot, store, ids, monkeypatch,
                                                          spanish):
    """A teacher with the window in Spanish got the standard agenda in English; it comes in
    Spanish, in the list she edits and on file."""
    pane = _open_pane(qtbot, store)
    meeting_id = _new_meeting(qtbot, pane, monkeypatch)
    titles = [item.title for item in pane.stores.agenda.agenda_of(meeting_id)]
    assert titles[0].startswith("Bienvenida")
    assert not any(title.startswith("Welcome") for title in titles)


def test_someone_elses_role_shows_its_beginning(qtbot, store, ids, monkeypatch, spanish):
    """In a Spanish window the role box beside "Someone else" showed the end of its text
    ("fensor(a) de la familia"): the box leaves the cursor at the end when the text is
    longer than the box. It shows the beginning, and the box is as wide as the name's."""
    pane = _open_pane(qtbot, store)
    _new_meeting(qtbot, pane, monkeypatch)
    pane.resize(1100, 700)
    pane.tabs.setCurrentWidget(pane.participants)
    box = pane.participants.typed_role
    for index in range(box.count()):
        box.setCurrentIndex(index)
        assert box.lineEdit().cursorPosition() == 0, box.currentText()
    assert box.width() >= pane.participants.typed_name.width() - 2
