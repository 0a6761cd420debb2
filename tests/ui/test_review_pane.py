"""The Post-meeting review pane through its real widgets, on a real caseload file under tmp_path."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from iep_desk.core.meetings import FAMILY_OWNER, ActionItem, Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from iep_desk.ui.desk import Desk
from iep_desk.ui.review.not_closed import NotClosedWidget, not_closed_meetings
from iep_desk.ui.review.pane import ALL_FILTER, ReviewPane
from tests.ui.clock import TODAY
from tests.ui.conftest import desk_for
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY
MET_AT = datetime.combine(TODAY - timedelta(days=2), time(15, 0))


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def caseload(store, stores):
    """A student with a parent, three team members and a meeting two days ago (confirmed,
    not yet marked as held), with the standard agenda."""
    student_id = store.add_student(Student("Maya", "Ortiz", date_of_birth=date(2014, 5, 2)))
    parent_id = store.add_family_member(FamilyMember("Ana Ortiz", email="ana@example.org"),
                                        student_id=student_id)
    team = [store.add_team_member(TeamMember(name, role)) for name, role in (
        ("Tom Becker", "general_education_teacher"),
        ("Hye-jin Park", "special_education_teacher"),
        ("Daniel Kowalski", "district_representative"))]
    meeting_id = stores.meetings.create_meeting(Meeting(
        student_id, "annual_review", "Review the year and agree on next year's goals.",
        "confirmed", MET_AT, 60, "room", "Room 12"), today=TODAY - timedelta(days=20))
    stores.meetings.add_family_participant(meeting_id, parent_id)
    for member_id in team:
        stores.meetings.add_team_participant(meeting_id, member_id)
    stores.agenda.load_agenda_template(meeting_id)
    return {"student": student_id, "parent": parent_id, "team": team, "meeting": meeting_id}


@pytest.fixture
def pane(qtbot, store, stores, caseload):
    undo = QUndoStack()
    pane = ReviewPane(Desk(stores, undo))
    pane.undo_stack_for_test = undo
    qtbot.addWidget(pane)
    pane.resize(1300, 850)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def participant_id(stores, meeting_id, name):
    return next(p.id for p in stores.meetings.participants_of(meeting_id) if p.name == name)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def choose_text(combo, text):
    index = combo.findText(text, Qt.MatchFlag.MatchContains)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def add_action(qtbot, section, what, owner_text, due):
    section.what_edit.clear()
    qtbot.keyClicks(section.what_edit, what)
    choose_text(section.who_box, owner_text)
    section.due_edit.clear()
    qtbot.keyClicks(section.due_edit, due)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)


# -- the whole review, end to end -------------------------------------------------------

def test_review_a_meeting_end_to_end_and_find_everything_after_reopening(
        qtbot, pane, store, stores, caseload, data_dir):
    meeting_id = caseload["meeting"]
    assert pane.open_meeting(meeting_id)
    assert pane.current_meeting_id() == meeting_id
    # Not held yet: nothing can be recorded.
    assert not pane.action_plan.add_button.isEnabled()
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    assert stores.meetings.get_meeting(meeting_id).status == "held"
    assert pane.action_plan.add_button.isEnabled()

    # -- attendance ------------------------------------------------------------------
    section = pane.attendance
    choose(section.combos[participant_id(stores, meeting_id, "Ana Ortiz")], "present")
    choose(section.combos[participant_id(stores, meeting_id, "Tom Becker")], "remote")
    choose(section.combos[participant_id(stores, meeting_id, "Daniel Kowalski")], "excused")
    qtbot.keyClicks(section.present_name, "hye")
    qtbot.keyClick(section.present_name, Qt.Key.Key_Return)
    qtbot.keyClicks(section.new_name, "Rosa Diaz")
    choose(section.new_role, "advocate")
    choose(section.new_attendance, "present")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert not section.add_message.isVisibleTo(section)
    assert "Rosa Diaz" in [section.table.item(r, 0).text() for r in range(section.table.rowCount())]

    # -- notes, with a bullet list -------------------------------------------------------
    editor = pane.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "We agreed on two reading goals.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Extra time on tests")
    pane.notes.bullet_action.trigger()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Reading group three times a week")
    pane.flush_edits()

    # -- three actions, one done ---------------------------------------------------------
    plan = pane.action_plan
    due = (MET_AT.date() + timedelta(days=10)).isoformat()
    add_action(qtbot, plan, "Send home the reading log", "Hye-jin Park", due)
    add_action(qtbot, plan, "Read together each evening", "The family", due)
    add_action(qtbot, plan, "Book the reading assessment", "Tom Becker",
               (MET_AT.date() + timedelta(days=30)).isoformat())
    assert plan.model.rowCount() == 3
    row = plan.model.find_row(lambda a: a.what == "Send home the reading log")
    assert plan.model.setData(
        plan.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )

    # -- family and home -------------------------------------------------------------------
    family = pane.family
    qtbot.mouseClick(family.add_library_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(family.contributions.new_text, "Brought Maya's drawings of the class pet")
    qtbot.keyClick(family.contributions.new_text, Qt.Key.Key_Return)

    # -- a reflection and a tip-file entry ---------------------------------------------------
    back = pane.looking_back
    qtbot.keyClicks(back.reflection_text, "Greeting the family at the door helped")
    choose(back.verdict_box, "keep")
    qtbot.mouseClick(back.add_reflection_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(back.tip_topic, "Talking about last year's school")
    choose(back.tip_feeling, "sensitivity")
    qtbot.keyClicks(back.tip_helps, "Start with what is going well now")
    qtbot.mouseClick(back.add_tip_button, Qt.MouseButton.LeftButton)

    # -- agenda covered, and the follow-up meeting -------------------------------------------
    nxt = pane.next_meeting
    titles = [nxt.agenda.item(r).text() for r in range(nxt.agenda.count())]
    for r in range(nxt.agenda.count() - 1):  # everything but the last item was covered
        nxt.agenda.item(r).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(pane.followUpCreated, timeout=2000) as created:
        qtbot.mouseClick(nxt.follow_up_button, Qt.MouseButton.LeftButton)
    follow_up_id = created.args[0]
    assert follow_up_id != meeting_id

    # -- the after-the-meeting checklist closes it --------------------------------------------
    after = pane.after_checklist
    assert "Not closed" in after.status_label.text()
    after.rows["notes_sent"].note_edit.setText("By email")
    # Every item she can see (the prior written notice is hidden: nothing calls for it).
    for row_widgets in after.rows.values():
        if row_widgets.check.isVisibleTo(after):
            row_widgets.check.setChecked(True)
    assert after.status_label.text().startswith("✔ Closed")
    assert "closed" in pane.state_label.text()
    assert meeting_id not in [m.meeting_id for m in not_closed_meetings(stores)]

    # -- close the file, reopen it, find everything ------------------------------------------
    pane.flush_edits()
    pane.close()
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        again = Stores(reopened.db)
        record = again.load_record(meeting_id)
        assert record.meeting.status == "held"
        attendance = {p.name: p.attendance for p in record.participants}
        assert attendance == {"Ana Ortiz": "present", "Tom Becker": "remote",
                              "Daniel Kowalski": "excused", "Hye-jin Park": "present",
                              "Rosa Diaz": "present"}
        assert next(p.role for p in record.participants if p.name == "Rosa Diaz") == "advocate"
        assert record.meeting.notes == ("We agreed on two reading goals.\n• Extra time on tests\n"
                                        "• Reading group three times a week")
        actions = {a.what: a for a in record.actions}
        assert set(actions) == {"Send home the reading log", "Read together each evening",
                                "Book the reading assessment"}
        assert actions["Send home the reading log"].status == "done"
        assert actions["Send home the reading log"].done_on == TODAY
        assert actions["Read together each evening"].owner == FAMILY_OWNER
        assert actions["Book the reading assessment"].owner_name == "Tom Becker"
        library_first = again.review.home_suggestion_library()[0].text
        assert [s.text for s in record.home_suggestions] == [library_first]
        assert [c.text for c in record.contributions] == ["Brought Maya's drawings of the class pet"]
        assert [(r.text, r.verdict) for r in record.reflections] == [
            ("Greeting the family at the door helped", "keep")]
        tips = again.review.tips_of(caseload["student"])
        assert [(t.topic, t.feeling, t.what_helps, t.written_on) for t in tips] == [
            ("Talking about last year's school", "sensitivity",
             "Start with what is going well now", TODAY)]
        assert {t.item for t in record.checklist} == {"notes_sent", "thank_you_sent",
                                                       "iep_copy_given", "review_done"}
        assert next(t.note for t in record.checklist if t.item == "notes_sent") == "By email"
        assert again.checklist.held_meetings_not_closed() == []
        # The follow-up: same student, same people, purpose, the unfinished agenda item.
        follow_up = again.load_record(follow_up_id)
        assert follow_up.meeting.status == "draft"
        assert follow_up.meeting.student_id == caseload["student"]
        assert follow_up.meeting.purpose == record.meeting.purpose
        assert {p.name for p in follow_up.participants} == {p.name for p in record.participants}
        assert [i.title for i in follow_up.agenda] == [titles[-1]]
        # Prepared next time: the reflection and the tip file are there for the planner.
        assert [r.text for r in again.review.last_time_reflections(follow_up_id)] == [
            "Greeting the family at the door helped"]
    finally:
        reopened.db.close()


def test_the_planner_shows_the_reflection_and_tip_file_when_the_follow_up_is_prepared(
        qtbot, pane, store, stores, caseload):
    from iep_desk.ui.planner.pane import PlannerPane

    meeting_id = caseload["meeting"]
    pane.open_meeting(meeting_id)
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    back = pane.looking_back
    qtbot.keyClicks(back.reflection_text, "Starting 15 minutes late")
    choose(back.verdict_box, "stop")
    qtbot.mouseClick(back.add_reflection_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(back.tip_topic, "Stories about the model bridge")
    choose(back.tip_feeling, "joy")
    qtbot.keyClicks(back.tip_helps, "Ask about the latest build")
    qtbot.mouseClick(back.add_tip_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.followUpCreated, timeout=2000) as created:
        qtbot.mouseClick(pane.next_meeting.follow_up_button, Qt.MouseButton.LeftButton)

    planner = PlannerPane(Desk(stores, QUndoStack()))
    qtbot.addWidget(planner)
    assert planner.open_meeting(created.args[0])
    last_time = planner.family_voice.last_time_label.text()
    tips = planner.family_voice.tips_label.text()
    assert "Starting 15 minutes late" in last_time and "stop" in last_time
    assert "Stories about the model bridge" in tips and "Ask about the latest build" in tips


# -- bad input ------------------------------------------------------------------------------

@pytest.fixture
def held(qtbot, pane, stores, caseload):
    pane.open_meeting(caseload["meeting"])
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    assert stores.meetings.get_meeting(caseload["meeting"]).status == "held"
    return caseload["meeting"]


def test_an_action_due_before_the_meeting_is_refused(qtbot, pane, stores, held):
    plan = pane.action_plan
    add_action(qtbot, plan, "Send the goals home", "Hye-jin Park",
               (MET_AT.date() - timedelta(days=1)).isoformat())
    assert plan.add_message.isVisibleTo(plan)
    assert "cannot be due before the meeting" in plan.add_message.message
    assert stores.review.actions_of(held) == []
    assert plan.what_edit.text() == "Send the goals home"  # still there to correct


def test_an_action_without_an_owner_is_refused(qtbot, pane, stores, held):
    plan = pane.action_plan
    qtbot.keyClicks(plan.what_edit, "Send the goals home")
    plan.who_box.setCurrentIndex(0)  # "Who will do it?"
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    assert "Choose who will do this" in plan.add_message.message
    assert stores.review.actions_of(held) == []


def test_moving_an_action_due_date_before_the_meeting_keeps_the_stored_date(
        qtbot, pane, stores, held):
    plan = pane.action_plan
    good_due = (MET_AT.date() + timedelta(days=5)).isoformat()
    add_action(qtbot, plan, "Send the goals home", "The family", good_due)
    index = plan.model.index(0, 3)  # Due
    assert not plan.model.setData(index, (MET_AT.date() - timedelta(days=3)).isoformat())
    assert "cannot be due before the meeting" in plan.message.message
    assert stores.review.actions_of(held)[0].due_on.isoformat() == good_due
    assert plan.model.data(index) == us_date(MET_AT.date() + timedelta(days=5))
    assert not plan.model.setData(index, "31/31/2026")
    assert "not a real date" in plan.message.message


def test_a_meeting_in_the_future_cannot_be_marked_held(qtbot, pane, store, stores, caseload):
    future = stores.meetings.create_meeting(Meeting(
        caseload["student"], "other", "Check in", "confirmed",
        datetime.combine(TODAY + timedelta(days=5), time(9, 0))))
    assert pane.open_meeting(future)
    assert pane.filter_box.currentIndex() == ALL_FILTER
    assert pane.mark_held_button.isVisible()
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    assert pane.message.isVisible()
    assert "still in the future" in pane.message.message
    assert stores.meetings.get_meeting(future).status == "confirmed"
    assert not pane.action_plan.add_button.isEnabled()  # nothing to review yet


def test_attendance_for_someone_not_invited_needs_adding_them_first(
        qtbot, pane, stores, held):
    section = pane.attendance
    before = stores.meetings.participants_of(held)
    qtbot.keyClicks(section.present_name, "Grandpa Joe")
    qtbot.keyClick(section.present_name, Qt.Key.Key_Return)
    assert "was not invited to this meeting" in section.message.message
    assert stores.meetings.participants_of(held) == before
    # The name moves to the form for someone who came unannounced; adding them records it.
    assert section.new_name.text() == "Grandpa Joe"
    section.new_role.setEditText("grandfather")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    added = next(p for p in stores.meetings.participants_of(held) if p.name == "Grandpa Joe")
    assert (added.role, added.attendance) == ("grandfather", "present")
    # Attendance for a participant id that is not on this meeting is refused too.
    assert not section.set_attendance(added.id + 1000, "present")
    assert "not on the meeting's list" in section.message.message


def test_someone_already_on_the_list_cannot_be_added_twice(qtbot, pane, stores, held):
    section = pane.attendance
    qtbot.keyClicks(section.new_name, "Ana Ortiz")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "already on this meeting's list" in section.add_message.message
    assert [p.name for p in stores.meetings.participants_of(held)].count("Ana Ortiz") == 1


def test_empty_texts_are_refused_with_a_message(qtbot, pane, stores, held, caseload):
    qtbot.mouseClick(pane.looking_back.add_reflection_button, Qt.MouseButton.LeftButton)
    assert pane.looking_back.reflection_message.message == "Write what worked or what did not."
    qtbot.mouseClick(pane.looking_back.add_tip_button, Qt.MouseButton.LeftButton)
    assert pane.looking_back.tip_message.message == "Write the topic of the tip."
    qtbot.mouseClick(pane.family.contributions.add_button, Qt.MouseButton.LeftButton)
    assert "Write what the family brought" in pane.family.contributions.message.message
    assert stores.review.reflections_of(held) == [] and stores.review.tips_of(caseload["student"]) == []


# -- undo, read-only, the checklist ---------------------------------------------------------

def test_field_edits_and_ticks_can_be_undone(qtbot, pane, stores, held):
    undo = pane.undo_stack_for_test
    pane.notes.editor.setFocus()
    qtbot.keyClicks(pane.notes.editor, "First version")
    pane.flush_edits()
    assert stores.meetings.get_meeting(held).notes == "First version"
    ana = participant_id(stores, held, "Ana Ortiz")
    choose(pane.attendance.combos[ana], "absent")
    pane.after_checklist.rows["thank_you_sent"].check.setChecked(True)
    assert {t.item for t in stores.checklist.ticks_of(held)} == {"thank_you_sent"}

    undo.undo()
    assert stores.checklist.ticks_of(held) == []
    assert not pane.after_checklist.rows["thank_you_sent"].check.isChecked()
    undo.undo()
    assert stores.meetings.get_participant(ana).attendance is None
    assert pane.attendance.combos[ana].currentData() is None
    undo.undo()
    assert stores.meetings.get_meeting(held).notes == ""
    assert pane.notes.editor.toPlainText() == ""
    undo.redo()
    assert stores.meetings.get_meeting(held).notes == "First version"


def test_a_done_action_can_be_undone_back_to_open(qtbot, pane, stores, held):
    plan = pane.action_plan
    add_action(qtbot, plan, "Send the goals home", "The family",
               (MET_AT.date() + timedelta(days=3)).isoformat())
    with qtbot.waitSignal(pane.desk.changed, timeout=1000,
                          check_params_cb=lambda changes, _source: changes.actions):
        plan.model.setData(
            plan.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert stores.review.actions_of(held)[0].status == "done"
    pane.undo_stack_for_test.undo()
    action = stores.review.actions_of(held)[0]
    assert (action.status, action.done_on) == ("open", None)


def test_read_only_disables_every_edit(qtbot, pane, stores, held):
    add_action(qtbot, pane.action_plan, "Send the goals home", "The family", "")
    pane.set_read_only(True)
    assert pane.banner.isVisible()
    for widget in (pane.action_plan.add_button, pane.attendance.add_button,
                   pane.looking_back.add_tip_button, pane.next_meeting.follow_up_button,
                   pane.after_checklist.rows["review_done"].check):
        assert not widget.isEnabled()
    assert pane.notes.editor.isReadOnly()
    model = pane.action_plan.model
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "Changed while read-only")
    assert pane.action_plan.add_action() is None
    assert [a.what for a in stores.review.actions_of(held)] == ["Send the goals home"]
    pane.set_read_only(False)
    assert pane.action_plan.add_button.isEnabled()


def test_not_closed_widget_lists_held_meetings_until_the_checklist_is_complete(
        qtbot, pane, store, stores, held, caseload):
    widget = NotClosedWidget(Desk(stores))
    qtbot.addWidget(widget)
    assert [r.meeting_id for r in widget.rows] == [held]
    assert "Sent a thank-you letter" in widget.table.item(0, 2).text()
    with qtbot.waitSignal(widget.meetingRequested, timeout=1000) as requested:
        widget.table.activated.emit(widget.table.model().index(0, 0))
    assert requested.args == [held]
    for row in pane.after_checklist.rows.values():
        if row.check.isVisibleTo(pane.after_checklist):
            row.check.setChecked(True)
    widget.refresh()
    assert widget.rows == []
    assert widget.caption.text() == "Every meeting held is closed."
    assert widget.for_student(caseload["student"]).rows == []


def test_a_checklist_date_in_the_future_is_refused(qtbot, pane, stores, held):
    row = pane.after_checklist.rows["iep_copy_given"]
    row.date_edit.setText((TODAY + timedelta(days=3)).isoformat())
    row.check.setChecked(True)
    assert "day still to come" in row.message.message
    assert not row.check.isChecked()
    assert stores.checklist.ticks_of(held) == []


def test_the_list_shows_meetings_to_mark_as_held_and_closed_ones(
        qtbot, pane, store, stores, caseload):
    rows = {pane.list.item(r, 2).text() for r in range(pane.list.rowCount())}
    assert rows == {"Took place? Mark it as held"}
    pane.open_meeting(caseload["meeting"])
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    assert pane.list.item(0, 2).text() == "Held · not closed"
    pane.filter_box.setCurrentIndex(2)  # closed
    assert pane.list.rowCount() == 0


def test_demo_caseload_has_held_meetings_closed_and_not(qtbot, tmp_path):
    from iep_desk.app.demo import write_demo_caseload
    from iep_desk.app.demo_meetings import write_demo_meetings

    demo = open_caseload(tmp_path / "demo")
    try:
        write_demo_caseload(demo, TODAY)
        demo_meetings = Stores(demo.db)
        write_demo_meetings(demo_meetings, TODAY)
        pane = ReviewPane(Desk(demo_meetings, QUndoStack()))
        qtbot.addWidget(pane)
        states = [pane.list.item(r, 2).text() for r in range(pane.list.rowCount())]
        assert "Held · closed ✔" in states and "Held · not closed" in states
        assert pane.action_plan.model.rowCount() > 0
        assert isinstance(pane.action_plan.model.record(0), ActionItem)
    finally:
        demo.db.close()


def test_every_control_has_an_accessible_name(qtbot, pane, held):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
    )

    kinds = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
    # Qt's own parts: table headers and corner buttons, combo-box pop-ups, toolbar extensions.
    combo_popups = {id(box.view()) for box in pane.findChildren(QComboBox)}
    unnamed = []
    for widget in pane.findChildren(object):
        if (not isinstance(widget, kinds) or isinstance(widget, QHeaderView)
                or widget.objectName().startswith("qt_") or id(widget) in combo_popups):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue  # the line edit inside an editable combo box speaks for the box
        if not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()} {type(widget.parent()).__name__}")
    assert unnamed == [], "\n".join(unnamed)


def test_editing_an_action_in_the_table_owner_status_and_undo(qtbot, pane, stores, held):
    plan = pane.action_plan
    add_action(qtbot, plan, "Send the goals home", "Hye-jin Park",
               (MET_AT.date() + timedelta(days=4)).isoformat())
    model = plan.model
    assert model.setData(model.index(0, 2), FAMILY_OWNER)  # Who
    action = stores.review.actions_of(held)[0]
    assert (action.owner, action.owner_name) == (FAMILY_OWNER, "The family")
    assert model.data(model.index(0, 2)) == "The family"
    assert model.setData(model.index(0, 4), "dropped")  # Status
    assert stores.review.actions_of(held)[0].status == "dropped"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    undo = pane.undo_stack_for_test
    undo.undo()
    assert stores.review.actions_of(held)[0].status == "open"
    undo.undo()
    assert stores.review.actions_of(held)[0].owner_name == "Hye-jin Park"
    undo.undo()  # the action itself was added: undo takes it away
    assert stores.review.actions_of(held) == []
    assert plan.model.rowCount() == 0


def test_a_typed_idea_for_home_can_be_saved_to_the_teachers_list(qtbot, pane, stores, held):
    family = pane.family
    before = [entry.text for entry in stores.review.home_suggestion_library()]
    assert before, "the list starts with a few ideas we wrote"
    qtbot.keyClicks(family.home.new_text, "Count the stairs together on the way up")
    family.save_to_library.setChecked(True)
    qtbot.mouseClick(family.home.add_button, Qt.MouseButton.LeftButton)
    assert [s.text for s in stores.review.home_suggestions_of(held)] == [
        "Count the stairs together on the way up"]
    assert [e.text for e in stores.review.home_suggestion_library()] == before + [
        "Count the stairs together on the way up"]
    assert family.library_box.findText("Count the stairs together on the way up") >= 0
    # Removing it from this meeting leaves the teacher's list alone.
    family.home.view.setCurrentIndex(family.home.model.index(0, 0))
    qtbot.mouseClick(family.home.remove_button, Qt.MouseButton.LeftButton)
    assert stores.review.home_suggestions_of(held) == []
    assert len(stores.review.home_suggestion_library()) == len(before) + 1


def test_an_empty_caseload_shows_an_empty_pane(qtbot, tmp_path):
    empty = open_caseload(tmp_path / "empty")
    try:
        pane = ReviewPane(desk_for(empty))
        qtbot.addWidget(pane)
        assert pane.current_meeting_id() is None
        assert pane.list.rowCount() == 0
        assert "No meeting chosen" in pane.title_label.text()
        assert not pane.action_plan.add_button.isEnabled()
        assert not pane.mark_held() and pane.action_plan.add_action() is None
        pane.refresh()
        pane.flush_edits()
    finally:
        empty.db.close()


def test_tab_goes_from_the_list_to_the_header_then_the_tabs_and_into_the_page(
        qtbot, pane, caseload):
    """As in the planner, Tab follows the screen: the list, Mark as held, the handout
    buttons, the tabs, then the page shown. It went from the tab bar to a stop with nothing
    to see (the page's scroll area) and reached the handout buttons in the middle of a page."""
    from PySide6.QtWidgets import QApplication

    def tab_from(widget):
        widget.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    pane.open_meeting(caseload["meeting"])
    bar = pane.handout_bar
    buttons = [bar.widgetForAction(action) for action in bar.actions()]
    assert tab_from(pane.list) is pane.mark_held_button
    assert tab_from(pane.mark_held_button) is buttons[0]
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)  # held: it goes
    assert tab_from(pane.list) is buttons[0]
    assert tab_from(buttons[-1]) is pane.tabs.tabBar()
    pane.tabs.setCurrentIndex(pane.tabs.indexOf(pane.notes.parentWidget().parentWidget()))
    assert tab_from(pane.tabs.tabBar()) is pane.notes.editor
    pane.tabs.setCurrentIndex(2)  # Decisions: its rows, made for the meeting shown
    first = next(iter(pane.decisions.rows.values()))
    assert tab_from(pane.tabs.tabBar()) is first.choice


def test_tab_goes_through_each_persons_attendance_first(qtbot, pane, stores, held):
    """On Who came, Tab goes from the tabs to each person's attendance in turn, then to
    Mark present by name. It went to the quick fields and the handout buttons first, then
    stopped on every cell of the table (three stops a person)."""
    from PySide6.QtWidgets import QApplication

    pane.tabs.setCurrentIndex(0)
    people = stores.meetings.participants_of(held)
    pane.tabs.tabBar().setFocus()
    reached = []
    for _ in range(len(people) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    combos = pane.attendance.combos
    assert reached == [combos[p.id] for p in people] + [pane.attendance.present_name]


def test_a_list_text_cut_short_is_whole_on_hover(qtbot, pane, stores, caseload):
    """At 1280 × 720 the review's list shows "Took place? Mark it as …": each cell of the
    meeting lists carries its whole text as a tooltip, as the people's list does."""
    pane.filter_box.setCurrentIndex(ALL_FILTER)
    row = pane.meeting_list.meetings.index(stores.meetings.get_meeting(caseload["meeting"]))
    item = pane.list.item(row, 2)
    assert item.text() == "Took place? Mark it as held"
    assert item.toolTip() == item.text()
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)  # the row's new text
    item = pane.list.item(row, 2)
    assert item.text() == "Held · not closed" and item.toolTip() == item.text()


def test_a_tab_chosen_with_its_alt_key_takes_the_keyboard_into_its_page(qtbot, pane, held):
    """Alt+N showed the Notes but left the keyboard in the list: the notes typed next went to
    the list (choosing another meeting by its first letters) or, after a Tab, opened the
    Summary's menu."""
    from PySide6.QtWidgets import QApplication

    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.notes.editor)
    qtbot.keyClicks(pane.notes.editor, "We talked about reading.")
    assert "We talked about reading." in pane.notes.editor.toPlainText()


def test_ctrl_z_takes_back_someone_unannounced_the_next_meeting_and_a_ticks_new_date(
        qtbot, pane, stores, held, caseload):
    """Three changes had no undo step, so Ctrl+Z after one took back the change before it
    (an attendance, a tick) and left it standing: someone added as having come unannounced,
    the draft "Schedule next meeting" makes, and a new date for a ticked after-the-meeting
    item."""
    from tests.ui.clock import TODAY

    undo = pane.undo_stack_for_test
    ana = participant_id(stores, held, "Ana Ortiz")
    choose(pane.attendance.combos[ana], "present")
    section = pane.attendance
    section.new_name.setText("Rosa Ortiz")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert "Rosa Ortiz" in [p.name for p in stores.meetings.participants_of(held)]
    assert undo.undoText() == "Add Rosa Ortiz to the meeting"
    undo.undo()
    assert "Rosa Ortiz" not in [p.name for p in stores.meetings.participants_of(held)]
    assert stores.meetings.get_participant(ana).attendance == "present"
    undo.redo()
    assert "Rosa Ortiz" in [p.name for p in stores.meetings.participants_of(held)]

    meetings_before = {m.id for m in stores.meetings.list_meetings()}
    new_id = pane.next_meeting.schedule_next()
    assert new_id is not None and new_id not in meetings_before
    assert undo.undoText() == "Schedule next meeting"
    undo.undo()
    assert {m.id for m in stores.meetings.list_meetings()} == meetings_before
    undo.redo()
    assert stores.meetings.get_meeting(new_id).status == "draft"
    assert stores.agenda.agenda_of(new_id)  # the items not covered came back with it
    undo.undo()

    checklist = pane.after_checklist
    checklist.rows["thank_you_sent"].check.setChecked(True)
    row = checklist.rows["thank_you_sent"]
    row.date_edit.setText(us_date(TODAY - timedelta(days=1)))
    row.date_edit.editingFinished.emit()
    [tick] = stores.checklist.ticks_of(held)
    assert tick.done_on == TODAY - timedelta(days=1)
    assert undo.undoText().startswith("Change “Sent a thank-you letter")
    undo.undo()  # the new date goes, the tick stays
    [tick] = stores.checklist.ticks_of(held)
    assert tick.done_on == TODAY
