"""New meeting, deleting a draft, and the school calendar settings, as app operations on a
real caseload file: each undo record puts everything back and does it again."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date, datetime

import pytest

from iep_desk.app import meetings as app_meetings
from iep_desk.app import settings as app_settings
from iep_desk.app.undo import apply
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.models import Student
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def student(store):
    return store.add_student(Student("Lena", "Park", date_of_birth=date(2015, 4, 1),
                                     last_iep_meeting=date(2026, 2, 1)))


def test_a_new_meeting_is_undone_with_its_agenda_and_done_again(stores, student):
    result = app_meetings.plan_meeting(stores, student_id=student, today=TODAY)
    meeting_id = result.value
    agenda = stores.agenda.agenda_of(meeting_id)
    assert agenda, "the standard agenda comes with a new meeting"
    assert pickle.loads(pickle.dumps(result.undo)) == result.undo  # plain data

    apply(stores, result.undo.undo)
    assert stores.meetings.list_meetings() == []
    assert stores.agenda.agenda_of(meeting_id) == []

    apply(stores, result.undo.redo)
    assert [m.id for m in stores.meetings.list_meetings()] == [meeting_id]
    assert stores.agenda.agenda_of(meeting_id) == agenda


@pytest.mark.parametrize("language, first_item", [
    ("es", "Bienvenida"), ("es-MX", "Bienvenida"), ("es_US", "Bienvenida"),
    ("en", "Welcome"), ("fr", "Welcome"),
])
def test_the_standard_agenda_is_in_the_teachers_language(store, stores, student, language,
                                                           first_item):
    """A teacher with the window in Spanish got a new meeting's agenda in English (its
    items are hers to edit, so they come in her language; the family's documents print
    the standard items in the family's language either way). A language without a standard
    agenda gets the English one. Choosing the standard agenda again and the year planner's
    drafts take the same language."""
    from iep_desk.app import agenda as app_agenda
    from iep_desk.app import year_plan

    meeting_id = app_meetings.plan_meeting(stores, student_id=student, today=TODAY,
                                           agenda_language=language).value
    assert stores.agenda.agenda_of(meeting_id)[0].title.startswith(first_item)
    other = app_meetings.plan_meeting(stores, student_id=student, meeting_type="amendment",
                                      today=TODAY).value
    assert stores.agenda.agenda_of(other)[0].title.startswith("Welcome")
    app_agenda.use_template(stores, meeting_id=other, language=language)
    assert stores.agenda.agenda_of(other)[0].title.startswith(first_item)
    # Another student's annual review falls in the year, with no meeting yet.
    store.add_student(Student("Omar", "Haddad", date_of_birth=date(2014, 5, 2),
                              last_iep_meeting=date(2026, 3, 2)))
    plan = year_plan.propose(stores, first_day=date(2027, 1, 4), last_day=date(2027, 6, 11),
                             most_per_day=2, today=TODAY)
    assert plan.placed
    [draft, *_] = year_plan.make_drafts(stores, placements=plan.placed[:1], today=TODAY,
                                        agenda_language=language).value
    assert stores.agenda.agenda_of(draft)[0].title.startswith(first_item)


def test_upcoming_meetings_of_the_same_kind_are_found(stores, student):
    assert app_meetings.upcoming_of_kind(stores, student_id=student,
                                         meeting_type="annual_review", today=TODAY) == []
    first = app_meetings.plan_meeting(stores, student_id=student, today=TODAY).value
    app_meetings.change_meeting(stores, meeting_id=first, name="starts_at",
                                value=datetime(2026, 12, 10, 15, 30), today=TODAY)
    found = app_meetings.upcoming_of_kind(stores, student_id=student,
                                          meeting_type="annual_review", today=TODAY)
    assert [m.id for m in found] == [first]
    assert app_meetings.upcoming_of_kind(stores, student_id=student,
                                         meeting_type="amendment", today=TODAY) == []
    # After its day it is no longer "coming up".
    assert app_meetings.upcoming_of_kind(stores, student_id=student,
                                         meeting_type="annual_review",
                                         today=date(2026, 12, 11)) == []


def test_a_draft_never_sent_is_deleted_and_undo_brings_it_back(stores, student, store):
    meeting_id = app_meetings.plan_meeting(stores, student_id=student, today=TODAY).value
    person = app_meetings.invite_someone(stores, meeting_id=meeting_id, name="Ana Ruiz").value
    assert app_meetings.can_delete(stores, meeting_id) is None
    result = app_meetings.delete_draft(stores, meeting_id=meeting_id)
    assert stores.meetings.list_meetings() == []
    apply(stores, result.undo.undo)
    assert stores.meetings.get_meeting(meeting_id).status == "draft"
    assert [p.id for p in stores.meetings.participants_of(meeting_id)] == [person]
    apply(stores, result.undo.redo)
    assert stores.meetings.list_meetings() == []


def test_a_meeting_with_an_invitation_or_not_a_draft_cannot_be_deleted(stores, student):
    invited = app_meetings.plan_meeting(stores, student_id=student, today=TODAY).value
    app_meetings.invite_someone(stores, meeting_id=invited, name="Ana Ruiz", invited_on=TODAY)
    with pytest.raises(MeetingInputError) as refused:
        app_meetings.delete_draft(stores, meeting_id=invited)
    assert refused.value.problem.code == "meeting_already_sent"
    proposed = app_meetings.plan_meeting(stores, student_id=student, today=TODAY).value
    app_meetings.change_meeting(stores, meeting_id=proposed, name="status", value="proposed",
                                today=TODAY)
    with pytest.raises(MeetingInputError) as refused:
        app_meetings.delete_draft(stores, meeting_id=proposed)
    assert refused.value.problem.code == "meeting_not_a_draft"
    assert len(stores.meetings.list_meetings()) == 2


def test_planner_settings_are_saved_with_an_undo_record(stores):
    before = stores.settings.planner_settings()
    winter = ClosedPeriod(date(2026, 12, 21), date(2027, 1, 1), "Winter break")
    result = app_settings.save_planner_settings(
        stores, settings=replace(before, closed=[winter], weeks_without_progress_contact=4))
    assert stores.settings.planner_settings().closed == [winter]
    assert pickle.loads(pickle.dumps(result.undo)) == result.undo
    apply(stores, result.undo.undo)
    assert stores.settings.planner_settings() == before
    apply(stores, result.undo.redo)
    assert stores.settings.planner_settings().weeks_without_progress_contact == 4


def test_planner_settings_that_cannot_be_right_are_refused(stores):
    before = stores.settings.planner_settings()
    with pytest.raises(MeetingInputError):
        app_settings.save_planner_settings(
            stores, settings=replace(before, school_day_end=before.school_day_start))
    assert stores.settings.planner_settings() == before
