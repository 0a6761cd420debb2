"""Family members and a student's team, through the detail area's real widgets."""

from datetime import time

import pytest
from PySide6.QtWidgets import QInputDialog

from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.models import FamilyMember, Student, TeamMember
from tests.ui.caseload_helpers import open_window, type_and_commit


@pytest.fixture
def window(qtbot, store, data_dir):
    return open_window(qtbot, store, data_dir)


def test_family_member_added_then_linked_to_a_sibling(qtbot, window, store, monkeypatch):
    older = store.add_student(Student("Ana", "Silva"))
    younger = store.add_student(Student("Rui", "Silva"))
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(older)
    pane.form.tabs.setCurrentIndex(3)
    family = pane.form.family_panel

    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: ("Marta Silva", True)))
    family.add_button.click()
    links = store.family_of(older)
    assert [link.member.name for link in links] == ["Marta Silva"]
    member_id = links[0].member.id

    type_and_commit(qtbot, family.fields["relationship"].editor, "mother")
    type_and_commit(qtbot, family.fields["phones"].editor, "555-0199")
    type_and_commit(qtbot, family.fields["availability"].editor, "tue and thu 3:30pm-5pm")
    family.fields["preferred_language"].editor.setCurrentIndex(
        family.fields["preferred_language"].editor.findData("pt"))
    family.fields["interpreter_needed"].editor.setChecked(True)
    member = store.get_family_member(member_id)
    assert member.phones == "555-0199"
    assert member.preferred_language == "pt" and member.interpreter_needed
    assert member.availability == [WeeklyWindow(1, time(15, 30), time(17, 0)),
                                   WeeklyWindow(3, time(15, 30), time(17, 0))]
    assert family.fields["availability"].editor.text() == "Tue and Thu 3:30 PM–5:00 PM"  # the window's clock
    assert store.get_relationship(older, member_id) == "mother"
    assert family.members.item(0).text() == "Marta Silva (mother)"

    pane.open_student(younger)
    offered = []

    def choose(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    family.link_button.click()
    assert offered == ["Marta Silva (family of Ana Silva)"]
    assert [link.member.id for link in store.family_of(younger)] == [member_id]
    assert "Ana Silva" in family.shared_note.text()

    family.unlink_button.click()
    assert store.family_of(younger) == []
    assert store.get_family_member(member_id).name == "Marta Silva"  # still on file
    assert [link.member.id for link in store.family_of(older)] == [member_id]


def test_bad_family_email_is_not_stored(qtbot, window, store):
    sid = store.add_student(Student("Ana"))
    store.add_family_member(FamilyMember("Marta", email="marta@example.org"), student_id=sid)
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    pane.form.tabs.setCurrentIndex(3)
    family = pane.form.family_panel
    email = family.fields["email"]
    type_and_commit(qtbot, email.editor, "marta at example")
    assert "is not an email address" in email.message.text()
    assert email.editor.text() == "marta at example"
    assert store.family_of(sid)[0].member.email == "marta@example.org"
    type_and_commit(qtbot, family.fields["phones"].editor, "555-0100")
    assert store.family_of(sid)[0].member.phones == "555-0100"

    times = family.fields["availability"]
    type_and_commit(qtbot, times.editor, "someday 3-4")
    assert "“someday” is not a day of the week" in times.message.text()
    assert store.family_of(sid)[0].member.availability == []


def test_team_member_added_to_and_removed_from_a_team(qtbot, window, store):
    sid = store.add_student(Student("Ana"))
    rivera = store.add_team_member(TeamMember("Ms. Rivera", "general_education_teacher"))
    store.add_team_member(TeamMember("Mr. Gone", "other", active=False))
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    pane.form.tabs.setCurrentIndex(4)
    team = pane.form.team_panel
    assert [team.choices.itemText(i) for i in range(team.choices.count())] == [
        "Ms. Rivera: Classroom teacher"]  # inactive people are not offered
    team.add_button.click()
    assert [m.id for m in store.team_of(sid)] == [rivera]
    assert team.team.item(0).text() == "Ms. Rivera: Classroom teacher"
    assert not team.add_button.isEnabled()  # nobody left to add

    window.undo_action.trigger()
    assert store.team_of(sid) == []
    window.redo_action.trigger()
    assert [m.id for m in store.team_of(sid)] == [rivera]
    team.team.setCurrentRow(0)
    team.remove_button.click()
    assert store.team_of(sid) == []



def _marta_s_times(qtbot, store, data_dir):
    """A student with one parent, Marta, shown in a new window on the family tab: the
    student's id and the binding of Marta's "Times they can meet"."""
    sid = store.add_student(Student("Ana"))
    store.add_family_member(FamilyMember("Marta"), student_id=sid)
    pane = open_window(qtbot, store, data_dir).caseload_pane
    pane.open_student(sid)
    pane.form.tabs.setCurrentIndex(3)
    return sid, pane.form.family_panel.fields["availability"]


def test_the_times_a_family_can_meet_in_a_spanish_window(qtbot, spanish, store, data_dir):
    sid, times = _marta_s_times(qtbot, store, data_dir)
    type_and_commit(qtbot, times.editor, "martes y jueves 15:30 a 17:00")
    assert store.family_of(sid)[0].member.availability == [
        WeeklyWindow(1, time(15, 30), time(17, 0)), WeeklyWindow(3, time(15, 30), time(17, 0))]
    # Shown back in Spanish, with the window's clock (en_US here: am/pm); and it reads back.
    assert times.editor.text() == "mar y jue 3:30 p. m.–5:00 p. m."
    type_and_commit(qtbot, times.editor, "domingo 9-10; luna 3-4")
    assert times.message.text().endswith(
        "“luna 3-4”: “luna” no es un día de la semana. Use lun, mar, mié, jue, vie, sáb o dom.")
    assert len(store.family_of(sid)[0].member.availability) == 2


def test_a_corrected_parent_name_reaches_the_planned_meetings_letters(qtbot, window, store,
                                                                     clock):
    """The family panel's name field, then the planner and the invitation's data: the new
    name on the meeting still ahead, the old one on the meeting held; Undo brings it back."""
    from datetime import timedelta

    from iep_desk.app.handouts import gather
    from iep_desk.core.meetings import Meeting
    from iep_desk.storage.stores import Stores

    stores = Stores.of(store)
    student = store.add_student(Student("Ayaan", "Ahmed"))
    mother = store.add_family_member(FamilyMember("Nasra Ahmed"), student_id=student,
                                     relationship="mother")
    ahead = stores.meetings.create_meeting(Meeting(
        student, starts_at=clock + timedelta(days=14),
        status="confirmed"), today=clock.date())
    held = stores.meetings.create_meeting(Meeting(
        student, starts_at=clock - timedelta(days=30), status="held"),
        today=clock.date())
    for meeting_id in (ahead, held):
        stores.meetings.add_family_participant(meeting_id, mother)
    planner = window.planner_pane
    assert planner.open_meeting(ahead)
    people = planner.participants

    def names() -> tuple[str, str, str, str]:
        """The planner's list, the invitation's data for both meetings, the family panel."""
        [letter_ahead] = gather(stores, meeting_id=ahead, today=clock.date()).record.participants
        [letter_held] = gather(stores, meeting_id=held, today=clock.date()).record.participants
        return (people.table.item(0, 0).text(), letter_ahead.name, letter_held.name,
                family.members.item(0).text())

    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(student)
    pane.form.tabs.setCurrentIndex(3)
    family = pane.form.family_panel
    family.members.setCurrentRow(0)
    type_and_commit(qtbot, family.fields["name"].editor, "Nasra Warsame")
    assert store.get_family_member(mother).name == "Nasra Warsame"
    assert names() == ("Nasra Warsame", "Nasra Warsame", "Nasra Ahmed",
                       "Nasra Warsame (mother)")
    window.undo_stack.undo()
    assert store.get_family_member(mother).name == "Nasra Ahmed"
    assert names()[:3] == ("Nasra Ahmed", "Nasra Ahmed", "Nasra Ahmed")
    window.undo_stack.redo()
    assert names()[:3] == ("Nasra Warsame", "Nasra Warsame", "Nasra Ahmed")


TUE_3_TO_5_THU_8_TO_9 = [WeeklyWindow(1, time(15, 0), time(17, 0)),
                         WeeklyWindow(3, time(8, 0), time(9, 0))]


def test_times_a_family_can_meet_separated_by_a_comma_or_and(qtbot, window, store):
    sid = store.add_student(Student("Ana"))
    store.add_family_member(FamilyMember("Marta"), student_id=sid)
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    pane.form.tabs.setCurrentIndex(3)
    times = pane.form.family_panel.fields["availability"]
    # (QTest types ASCII only: the en dash "–" is in tests/core/test_availability.py.)
    for typed in ("Tue 3-5pm, Thu 8-9am", "Tue 3:00 PM-5:00 PM, Thu 8:00 AM-9:00 AM",
                  "Tue 3-5pm and Thu 8-9am"):
        type_and_commit(qtbot, times.editor, typed)
        assert not times.message.isVisible(), typed
        assert store.family_of(sid)[0].member.availability == TUE_3_TO_5_THU_8_TO_9, typed
        assert times.editor.text() == "Tue 3:00 PM–5:00 PM; Thu 8:00 AM–9:00 AM"
    # The example in the message is written with the window's (US) clock.
    type_and_commit(qtbot, times.editor, "Tue 3:30")
    assert times.message.text() == (
        "⚠ “Tue 3:30”: write the times as a start and an end, like 3:30 PM–5:00 PM.")
    type_and_commit(qtbot, times.editor, "Tuesday")
    assert times.message.text() == (
        "⚠ “Tuesday” has no times. Write it like “Tue and Thu 3:30 PM–5:00 PM”.")
    assert store.family_of(sid)[0].member.availability == TUE_3_TO_5_THU_8_TO_9


def test_times_separated_by_y_and_the_example_in_a_spanish_window(qtbot, spanish, store,
                                                                  data_dir):
    sid, times = _marta_s_times(qtbot, store, data_dir)
    type_and_commit(qtbot, times.editor, "mar 3-5pm y jue 8-9am")
    assert store.family_of(sid)[0].member.availability == TUE_3_TO_5_THU_8_TO_9
    type_and_commit(qtbot, times.editor, "mar 15:30")
    # The window's clock (en_US here) in Spanish words, and one period at the end.
    assert times.message.text() == (
        "⚠ “mar 15:30”: escriba una hora de inicio y una de fin, como 3:30 p. m.–5:00 p. m.")
