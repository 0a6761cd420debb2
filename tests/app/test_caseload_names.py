"""A name corrected in the caseload reaches the meetings still planned (their letters are still
to be printed), in the same transaction and undo step; a meeting held or cancelled keeps the
names it was held with."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from iep_desk.app import caseload as app_caseload
from iep_desk.app import meetings as app_meetings
from iep_desk.app.undo import apply
from iep_desk.core.meeting_rules import student_participant
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def ahmed(stores):
    """Ayaan with his mother Nasra and Tom on his team, invited to one meeting still ahead,
    one draft without a date, one held and one cancelled; the student on each list too."""
    caseload = stores.caseload
    student_id = caseload.add_student(Student("Ayaan", "Ahmed", date_of_birth=date(2012, 3, 4)))
    mother = caseload.add_family_member(FamilyMember("Nasra Ahmed"), student_id=student_id,
                                        relationship="mother")
    teacher = caseload.add_team_member(TeamMember("Tom Becker", "general_education_teacher"))
    caseload.add_to_team(student_id, teacher)
    meetings = {}
    for key, status, starts in (("ahead", "confirmed", datetime(2026, 12, 10, 15, 30)),
                                ("draft", "draft", None),
                                ("held", "held", datetime(2026, 10, 1, 9)),
                                ("cancelled", "cancelled", datetime(2026, 11, 2, 9))):
        meeting = Meeting(student_id, starts_at=starts, status=status)
        app_meetings.create_meeting(stores, meeting=meeting, today=TODAY)
        stores.meetings.add_family_participant(meeting.id, mother)
        stores.meetings.add_team_participant(meeting.id, teacher)
        student = caseload.get_student(student_id)
        stores.meetings.add_participant(student_participant(student, meeting.id))
        meetings[key] = meeting.id
    return {"student": student_id, "mother": mother, "teacher": teacher, **meetings}


def names_in(stores, meeting_id):
    """The meeting's names: family, team, student (the store's order)."""
    return [p.name for p in stores.meetings.participants_of(meeting_id)]


OLD = ["Nasra Ahmed", "Tom Becker", "Ayaan Ahmed"]


def test_a_corrected_parent_name_reaches_the_meetings_still_planned(stores, ahmed):
    result = app_caseload.change_family_member(stores, member_id=ahmed["mother"], name="name",
                                               value="Nasra Warsame", today=TODAY)
    for planned in ("ahead", "draft"):
        assert names_in(stores, ahmed[planned]) == ["Nasra Warsame", "Tom Becker", "Ayaan Ahmed"]
    for record in ("held", "cancelled"):
        assert names_in(stores, ahmed[record]) == OLD
    # The planner refreshes: its participants changed.
    assert result.changes.family and result.changes.participants
    # One undo step: the caseload and those meetings go back, and forward again.
    assert result.undo is not None
    assert len(result.undo.undo) == len(result.undo.redo) == 1
    apply(stores, result.undo.undo)
    assert stores.caseload.get_family_member(ahmed["mother"]).name == "Nasra Ahmed"
    for key in ("ahead", "draft", "held", "cancelled"):
        assert names_in(stores, ahmed[key]) == OLD
    apply(stores, result.undo.redo)
    assert stores.caseload.get_family_member(ahmed["mother"]).name == "Nasra Warsame"
    assert names_in(stores, ahmed["ahead"])[0] == "Nasra Warsame"
    assert names_in(stores, ahmed["held"]) == OLD


def test_a_corrected_team_member_name_reaches_the_meetings_still_planned(stores, ahmed):
    result = app_caseload.change_team_member(stores, member_id=ahmed["teacher"], name="name",
                                             value="Thomas Becker-Ruiz", today=TODAY)
    assert result.changes.team and result.changes.participants
    assert names_in(stores, ahmed["ahead"]) == ["Nasra Ahmed", "Thomas Becker-Ruiz", "Ayaan Ahmed"]
    assert names_in(stores, ahmed["draft"])[1] == "Thomas Becker-Ruiz"
    assert names_in(stores, ahmed["held"]) == names_in(stores, ahmed["cancelled"]) == OLD
    assert result.undo is not None
    apply(stores, result.undo.undo)
    assert names_in(stores, ahmed["ahead"]) == OLD


def test_the_students_own_row_follows_the_name_they_go_by(stores, ahmed):
    first = app_caseload.change_student(stores, student_id=ahmed["student"],
                                        name="legal_first_name", value="Ayan", today=TODAY)
    assert first.changes.students and first.changes.participants
    assert names_in(stores, ahmed["ahead"])[2] == "Ayan Ahmed"
    # A preferred name is the name they go by, in the meeting too.
    app_caseload.change_student(stores, student_id=ahmed["student"], name="preferred_name",
                                value="Ayo", today=TODAY)
    assert names_in(stores, ahmed["draft"])[2] == "Ayo Ahmed"
    assert names_in(stores, ahmed["held"]) == names_in(stores, ahmed["cancelled"]) == OLD
    assert first.undo is not None
    apply(stores, first.undo.undo)
    assert stores.caseload.get_student(ahmed["student"]).legal_first_name == "Ayaan"
    assert names_in(stores, ahmed["ahead"])[2] == "Ayo Ahmed"  # still the preferred name


def test_another_field_or_a_name_no_meeting_holds_leaves_the_meetings_alone(stores, ahmed):
    phone = app_caseload.change_family_member(stores, member_id=ahmed["mother"], name="phones",
                                              value="555-0101", today=TODAY)
    assert phone.changes.family and not phone.changes.participants
    grade = app_caseload.change_student(stores, student_id=ahmed["student"], name="grade",
                                        value="7", today=TODAY)
    assert not grade.changes.participants
    # A colleague on no meeting of anyone's.
    other = app_caseload.add_team_member(stores, member=TeamMember("Kim Lee")).value
    renamed = app_caseload.change_team_member(stores, member_id=other, name="name",
                                              value="Kim Lee-Park", today=TODAY)
    assert renamed.changes.team and not renamed.changes.participants
    # Its Undo may meet a meeting planned since: the planner refreshes its people then.
    assert renamed.undo is not None and renamed.undo.changes.participants
    assert phone.undo is not None and not phone.undo.changes.participants
    for key in ("ahead", "draft", "held", "cancelled"):
        assert names_in(stores, ahmed[key]) == OLD


def test_another_students_meetings_keep_their_own_student(stores, ahmed):
    """Only the renamed student's own row changes, not the student row of a sibling's meeting."""
    sister = stores.caseload.add_student(Student("Hodan", "Ahmed"))
    meeting = Meeting(sister, starts_at=datetime(2026, 12, 11, 9), status="confirmed")
    app_meetings.create_meeting(stores, meeting=meeting, today=TODAY)
    stores.meetings.add_participant(
        student_participant(stores.caseload.get_student(sister), meeting.id))
    app_caseload.change_student(stores, student_id=ahmed["student"], name="legal_last_name",
                                value="Warsame", today=TODAY)
    assert names_in(stores, meeting.id) == ["Hodan Ahmed"]
    assert names_in(stores, ahmed["ahead"])[2] == "Ayaan Warsame"


def test_a_refused_name_changes_no_meeting(stores, ahmed):
    with pytest.raises(app_caseload.CaseloadInputError):
        app_caseload.change_family_member(stores, member_id=ahmed["mother"], name="name",
                                          value="   ", today=TODAY)
    assert names_in(stores, ahmed["ahead"]) == OLD


def test_undo_carries_the_old_name_to_the_meetings_planned_at_that_moment(stores, ahmed):
    """A meeting cancelled since keeps the name it had; one planned since takes the name
    the caseload has again."""
    result = app_caseload.change_family_member(stores, member_id=ahmed["mother"], name="name",
                                               value="Nasra Warsame", today=TODAY)
    stores.meetings.set_meeting_field(ahmed["draft"], "status", "cancelled", today=TODAY)
    later = Meeting(ahmed["student"], starts_at=datetime(2027, 1, 12, 9), status="proposed")
    app_meetings.create_meeting(stores, meeting=later, today=TODAY)
    stores.meetings.add_family_participant(later.id, ahmed["mother"])
    assert names_in(stores, later.id) == ["Nasra Warsame"]
    assert result.undo is not None
    apply(stores, result.undo.undo)
    assert names_in(stores, ahmed["draft"])[0] == "Nasra Warsame"
    assert names_in(stores, ahmed["ahead"])[0] == "Nasra Ahmed"
    assert names_in(stores, later.id) == ["Nasra Ahmed"]


def test_a_follow_up_of_a_held_meeting_invites_people_under_their_names_now(stores, ahmed):
    """The held meeting keeps the old names; the new draft made from it takes the corrected
    ones from the caseload (its letters are still to be printed)."""
    app_caseload.change_family_member(stores, member_id=ahmed["mother"], name="name",
                                      value="Nasra Warsame", today=TODAY)
    app_caseload.change_team_member(stores, member_id=ahmed["teacher"], name="name",
                                    value="Thomas Becker-Ruiz", today=TODAY)
    app_caseload.change_student(stores, student_id=ahmed["student"], name="preferred_name",
                                value="Ayo", today=TODAY)
    stores.meetings.add_typed_participant(ahmed["held"], "Dr. Ali Hassan", "advocate")
    follow_up = app_meetings.schedule_follow_up(stores, meeting_id=ahmed["held"], today=TODAY)
    assert names_in(stores, follow_up.value) == [
        "Nasra Warsame", "Thomas Becker-Ruiz", "Ayo Ahmed", "Dr. Ali Hassan"]
    assert names_in(stores, ahmed["held"]) == [*OLD, "Dr. Ali Hassan"]
