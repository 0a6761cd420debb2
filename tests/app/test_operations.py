"""The application layer's operations on a real caseload file: each checks, writes in one
transaction, says what changed, and gives an undo record that is plain data (it pickles:
no widget, no closure) which puts everything back and does it again."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest

from iep_desk.app import agenda as app_agenda
from iep_desk.app import caseload as app_caseload
from iep_desk.app import checklist as app_checklist
from iep_desk.app import meetings as app_meetings
from iep_desk.app import preparation as app_preparation
from iep_desk.app import review as app_review
from iep_desk.app.changes import Changes
from iep_desk.app.undo import apply
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import ActionItem, AgendaItem, Concern, Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def people(store):
    """One student with a mother, and a general-education teacher on the team."""
    student_id = store.add_student(Student("María José", "Fernández", preferred_name="Majo",
                                           date_of_birth=date(2014, 5, 2)))
    mother = store.add_family_member(FamilyMember("Lucía Fernández"), student_id=student_id,
                                     relationship="mother")
    gen = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher"))
    store.add_to_team(student_id, gen)
    return {"student": student_id, "mother": mother, "gen": gen}


def plan(stores, student_id, starts=datetime(2026, 12, 10, 15, 30), **kwargs):
    meeting = Meeting(student_id, starts_at=starts, **kwargs)
    app_meetings.create_meeting(stores, meeting=meeting, today=TODAY)
    return meeting


def test_transition_meeting_invites_the_student(store, stores, people):
    # Born 2014-05-02: sixteen on 2030-05-02 with the default transition age.
    before = plan(stores, people["student"], starts=datetime(2030, 5, 1, 9))
    assert not stores.meetings.get_meeting(before.id).is_transition
    assert stores.meetings.participants_of(before.id) == []
    on_birthday = plan(stores, people["student"], starts=datetime(2030, 5, 2, 9))
    assert stores.meetings.get_meeting(on_birthday.id).is_transition
    [student] = stores.meetings.participants_of(on_birthday.id)
    assert (student.is_student, student.name, student.invited_on) == (True, "Majo Fernández", TODAY)
    # Moving the earlier meeting past the birthday applies the rule too (and says so).
    moved = app_meetings.change_meeting(stores, meeting_id=before.id, name="starts_at",
                                        value=datetime(2030, 6, 1, 9), today=TODAY)
    assert moved.changes.meetings and moved.changes.participants
    assert stores.meetings.get_meeting(before.id).is_transition
    assert [p.is_student for p in stores.meetings.participants_of(before.id)] == [True]
    # A state with transition at 14 (a setting).
    stores.settings.save_deadline_setting("transition_age", 14)
    early = plan(stores, people["student"], starts=datetime(2028, 5, 2, 9))
    assert stores.meetings.get_meeting(early.id).is_transition
    # A record is never touched by the rule.
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    assert not stores.meetings.get_meeting(held.id).is_transition


def test_a_new_kind_of_meeting_brings_its_length_and_due_date_in_one_undo_step(stores, people):
    stores.caseload.update_field("students", people["student"], "last_iep_meeting",
                                 date(2026, 3, 1))
    made = app_meetings.plan_meeting(stores, student_id=people["student"],
                                     meeting_type="amendment", today=TODAY)
    assert made.changes.meetings and made.changes.agenda
    meeting_id = made.value
    assert stores.meetings.get_meeting(meeting_id).duration_minutes == 45
    assert stores.agenda.agenda_of(meeting_id), "the standard agenda"
    result = app_meetings.change_meeting(stores, meeting_id=meeting_id, name="meeting_type",
                                         value="annual_review", today=TODAY)
    assert result.value == {"meeting_type": "annual_review", "duration_minutes": 60,
                            "due_by": date(2027, 3, 1)}
    meeting = stores.meetings.get_meeting(meeting_id)
    assert (meeting.meeting_type, meeting.duration_minutes, meeting.due_by) == (
        "annual_review", 60, date(2027, 3, 1))
    apply(stores, result.undo.undo)
    meeting = stores.meetings.get_meeting(meeting_id)
    assert (meeting.meeting_type, meeting.duration_minutes, meeting.due_by) == (
        "amendment", 45, None)
    apply(stores, result.undo.redo)
    assert stores.meetings.get_meeting(meeting_id).due_by == date(2027, 3, 1)


def test_an_archived_student_gets_no_new_meeting(stores, people):
    stores.caseload.archive_student(people["student"])
    with pytest.raises(MeetingInputError) as refused:
        app_meetings.plan_meeting(stores, student_id=people["student"], today=TODAY)
    assert refused.value.code == "student_archived"
    assert stores.meetings.list_meetings() == []


def test_a_removed_concern_comes_back_under_its_id(stores, people):
    mid = plan(stores, people["student"]).id
    added = app_preparation.add_concern(stores, concern=Concern(mid, interest="That he is safe"))
    assert added.changes == Changes(preparation=True)
    removed = app_preparation.remove_concern(stores, concern_id=added.value)
    assert stores.preparation.concerns_of(mid) == []
    apply(stores, pickle.loads(pickle.dumps(removed.undo)).undo)
    [back] = stores.preparation.concerns_of(mid)
    assert (back.id, back.interest) == (added.value, "That he is safe")
    apply(stores, removed.undo.redo)
    assert stores.preparation.concerns_of(mid) == []


def test_an_agenda_change_is_undone_as_a_whole(stores, people):
    mid = plan(stores, people["student"]).id
    app_agenda.use_template(stores, meeting_id=mid)
    before = [i.title for i in stores.agenda.agenda_of(mid)]
    added = app_agenda.add_item(stores, item=AgendaItem(mid, "Bus times", 5), at=0)
    assert stores.agenda.agenda_of(mid)[0].title == "Bus times"
    apply(stores, pickle.loads(pickle.dumps(added.undo)).undo)
    assert [i.title for i in stores.agenda.agenda_of(mid)] == before
    apply(stores, added.undo.redo)
    assert stores.agenda.agenda_of(mid)[0].id == added.value


def test_ticking_again_is_undone_to_the_tick_before(stores, people):
    mid = plan(stores, people["student"]).id
    app_checklist.tick(stores, meeting_id=mid, item="notice_sent", done_on=date(2026, 11, 20),
                       note="Posted", today=TODAY)
    again = app_checklist.tick(stores, meeting_id=mid, item="notice_sent",
                               done_on=date(2026, 11, 22), note="By email", today=TODAY)
    apply(stores, again.undo.undo)
    [tick] = stores.checklist.ticks_of(mid)
    assert (tick.done_on, tick.note) == (date(2026, 11, 20), "Posted")
    cleared = app_checklist.untick(stores, meeting_id=mid, item="notice_sent")
    assert stores.checklist.ticks_of(mid) == []
    apply(stores, cleared.undo.undo)
    assert stores.checklist.ticks_of(mid)[0].note == "Posted"
    assert app_checklist.untick(stores, meeting_id=mid, item="thank_you_sent").undo is None


def test_an_action_marked_done_is_undone_with_its_day(stores, people):
    mid = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held").id
    action = app_review.add_action(stores, action=ActionItem(mid, "Send the log", "family",
                                                             "The family"))
    done = app_review.set_action_status(stores, action_id=action.value, status="done",
                                        today=TODAY)
    assert stores.review.get_action(action.value).done_on == TODAY
    apply(stores, done.undo.undo)
    assert (stores.review.get_action(action.value).status,
            stores.review.get_action(action.value).done_on) == ("open", None)
    apply(stores, done.undo.redo)
    assert stores.review.get_action(action.value).done_on == TODAY


def test_an_added_student_is_archived_by_undo_never_deleted(stores):
    added = app_caseload.add_student(stores, student=Student("Ana", "Lima"))
    apply(stores, added.undo.undo)
    assert stores.caseload.get_student(added.value).is_archived
    apply(stores, added.undo.redo)
    assert not stores.caseload.get_student(added.value).is_archived


def test_a_name_longer_than_a_name_can_be_is_refused_when_added(stores):
    """The add dialogs (a student, a family member, a team member) are refused in words,
    as a changed name is; nothing is written."""
    long_name = "Z" * 5000
    for operation, arguments in (
            (app_caseload.add_student, {"student": Student("Ana", long_name)}),
            (app_caseload.add_student, {"student": Student("Ana", preferred_name=long_name)}),
            (app_caseload.add_team_member, {"member": TeamMember(long_name)})):
        with pytest.raises(app_caseload.CaseloadInputError) as refused:
            operation(stores, **arguments)
        assert refused.value.code == "name_too_long"
        assert refused.value.values == {"most": 100, "length": 5000}
    student_id = app_caseload.add_student(stores, student=Student("Ana")).value
    with pytest.raises(app_caseload.CaseloadInputError):
        app_caseload.add_family_member(stores, student_id=student_id,
                                       member=FamilyMember(long_name))
    assert [s.legal_name for s in stores.caseload.list_students()] == ["Ana"]
    assert stores.caseload.list_family_members() == []
    assert stores.caseload.list_team_members() == []


def test_a_value_the_student_cannot_hold_is_refused_with_its_code(stores):
    student_id = app_caseload.add_student(stores, student=Student("Ana")).value
    with pytest.raises(app_caseload.CaseloadInputError) as refused:
        app_caseload.change_student(stores, student_id=student_id, name="date_of_birth",
                                    value=date(2030, 1, 1), today=TODAY)
    assert refused.value.code == "birth_in_future"
    assert stores.caseload.get_student(student_id).date_of_birth is None
    assert app_caseload.change_student(stores, student_id=student_id, name="grade",
                                       value="").undo is None, "nothing changed, nothing to undo"
