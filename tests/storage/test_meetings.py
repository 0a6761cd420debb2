"""Stores on a real caseload file: round trips, constraints, rules, caseload-wide queries."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from iep_desk.app import meetings as app_meetings
from iep_desk.app.demo import write_demo_caseload
from iep_desk.app.demo_meetings import write_demo_meetings
from iep_desk.core import meetings as codes
from iep_desk.core.deadlines import SEND_NOTICE
from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.meetings import (
    ActionItem,
    AgendaItem,
    BusyTime,
    Concern,
    ContactEntry,
    Contribution,
    FamilyQuestion,
    HomeSuggestion,
    Meeting,
    Participant,
    Reflection,
    StudentInput,
    TipEntry,
)
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.school_calendar import ClosedPeriod
from iep_desk.resources import default_agenda_template as default_template
from iep_desk.storage import migrations
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.meetings import MeetingStore
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def people(store):
    """One student with a mother, and three team members in the required roles."""
    student_id = store.add_student(Student("María José", "Fernández", preferred_name="Majo",
                                           date_of_birth=date(2014, 5, 2)))
    mother = store.add_family_member(FamilyMember("Lucía Fernández", email="lucia@example.org"),
                                     student_id=student_id, relationship="mother")
    gen = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher",
                                           email="sam@school.example"))
    sped = store.add_team_member(TeamMember("Ines Berg", "special_education_teacher"))
    slp = store.add_team_member(TeamMember("Ravi Patel", "speech_language_pathologist"))
    for member in (gen, sped, slp):
        store.add_to_team(student_id, member)
    return {"student": student_id, "mother": mother, "gen": gen, "sped": sped, "slp": slp}


def plan(stores, student_id, starts=datetime(2026, 12, 10, 15, 30), **kwargs):
    meeting = Meeting(student_id, starts_at=starts, **kwargs)
    stores.meetings.create_meeting(meeting, today=TODAY)
    return meeting


def count(store, table):
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# -- round trips -------------------------------------------------------------------

def test_every_table_round_trips_through_the_file(store, stores, people, data_dir):
    meeting = plan(stores, people["student"], meeting_type="reevaluation", purpose="Look at results",
                   status="confirmed", duration_minutes=90, place_kind="video",
                   place="https://video.example/abc, code 1234", due_by=date(2027, 1, 15))
    mid = meeting.id
    stores.meetings.add_family_participant(mid, people["mother"], invited_on=date(2026, 11, 20))
    stores.meetings.add_team_participant(mid, people["gen"], invited_on=date(2026, 11, 20))
    slp = stores.meetings.add_team_participant(mid, people["slp"])
    stores.meetings.set_participant_field(slp, "excused", True)
    stores.meetings.set_participant_field(slp, "required", True)
    stores.meetings.set_participant_field(slp, "excusal_consent_on", date(2026, 11, 21))
    stores.meetings.set_participant_field(slp, "written_input_received", True)
    stores.meetings.set_participant_field(slp, "leaves_at", time(16, 0))
    stores.meetings.set_participant_field(slp, "response", "remote")
    stores.meetings.add_typed_participant(mid, "Dana Advocate", "advocate")
    stores.agenda.load_agenda_template(mid)
    stores.agenda.add_family_question(FamilyQuestion(mid, "Is the reading group still small?",
                                                date(2026, 11, 19)))
    stores.preparation.add_concern(Concern(mid, "That she enjoys school", "Daily aide", "What helps at home?"))
    stores.preparation.save_student_input(StudentInput(mid, "I want to keep art", "Will read a short letter"))
    stores.checklist.tick(mid, "notice_sent", done_on=date(2026, 11, 22), note="Posted", today=TODAY)
    stores.review.add_action(ActionItem(mid, "Send reading log", "family", "The family", date(2026, 12, 20)))
    stores.review.add_home_suggestion(HomeSuggestion(mid, "Read together"))
    stores.review.add_contribution(Contribution(mid, "Brought her sketchbook"))
    stores.review.add_reflection(Reflection(mid, "Short breaks helped", "keep"))
    busy = BusyTime(datetime(2026, 12, 3, 8), datetime(2026, 12, 3, 12), "District training",
                    team_member_id=people["slp"])
    stores.busy_times.add_busy_time(busy)
    contact = ContactEntry(people["mother"], datetime(2026, 11, 18, 16, 5), "phone", "no_answer",
                           student_id=people["student"], by_whom="Ines", topic="Dates",
                           note="Rang twice")
    stores.contacts.add_contact(contact, now=NOW)
    tip = TipEntry(people["student"], date(2026, 10, 1), "Her grandmother's illness", "sensitivity",
                   "Ask gently, let the family lead")
    stores.review.add_tip(tip)
    stores.agenda.save_agenda_template("Short review", mid)
    stores.review.add_to_home_suggestion_library("Count the stairs together")
    settings = PlannerSettings(time(8), time(15, 45), [ClosedPeriod(date(2026, 12, 24), date(2026, 12, 24))],
                               {**PlannerSettings().default_durations, "amendment": 30}, 4)
    stores.settings.save_planner_settings(settings)

    before = stores.load_record(mid)
    store.db.close()

    reopened = open_caseload(data_dir)
    try:
        again = Stores(reopened.db)
        after = again.load_record(mid)
        assert after == before
        assert after.meeting.place == "https://video.example/abc, code 1234"
        assert after.meeting.starts_at == datetime(2026, 12, 10, 15, 30)
        excused = next(p for p in after.participants if p.team_member_id == people["slp"])
        assert (excused.excusal_consent_on, excused.leaves_at, excused.response) == (
            date(2026, 11, 21), time(16, 0), "remote")
        assert [p.kind for p in after.participants] == ["family", "team", "team", "typed"]
        assert after.student_input.how_taking_part == "Will read a short letter"
        assert again.busy_times.busy_times() == [busy]
        assert again.contacts.contacts_of_family_member(people["mother"]) == [contact]
        assert again.review.tips_of(people["student"]) == [tip]
        assert [t.name for t in again.agenda.agenda_templates()] == ["Short review"]
        assert "Count the stairs together" in [s.text for s in again.review.home_suggestion_library()]
        assert again.settings.planner_settings() == settings
    finally:
        reopened.db.close()


def test_the_migration_codes_match_the_core_tuples():
    m = migrations._MeetingCodes
    for name in ("MEETING_TYPES", "MEETING_STATUSES", "PLACE_KINDS", "RESPONSES", "ATTENDANCE",
                 "CONTACT_METHODS", "CONTACT_OUTCOMES", "ACTION_STATUSES", "REFLECTION_VERDICTS",
                 "TIP_FEELINGS"):
        assert getattr(m, name) == getattr(codes, name), name


def test_the_home_suggestion_library_starts_with_our_list(stores):
    library = stores.review.home_suggestion_library()
    assert len(library) >= 5
    assert all(s.text.strip() for s in library)


# -- constraints -----------------------------------------------------------------

def test_the_schema_rejects_a_participant_with_two_identities(store, stores, people):
    mid = plan(stores, people["student"]).id
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO participants (meeting_id, name, family_member_id, team_member_id) "
            "VALUES (?, 'Both', ?, ?)", [mid, people["mother"], people["gen"]])
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO participants (meeting_id, name, family_member_id, is_student) "
            "VALUES (?, 'Student and mother', ?, 1)", [mid, people["mother"]])
    with pytest.raises(MeetingInputError, match="not both"):
        stores.meetings.add_participant(Participant(mid, "Both", family_member_id=people["mother"],
                                             team_member_id=people["gen"]))
    assert count(store, "participants") == 0


def test_the_schema_rejects_bad_codes_and_lengths(store, stores, people):
    mid = plan(stores, people["student"]).id
    for sql in ("UPDATE meetings SET status = 'postponed' WHERE id = ?",
                "UPDATE meetings SET duration_minutes = 0 WHERE id = ?",
                "UPDATE meetings SET meeting_type = 'party' WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute(sql, [mid])
    with pytest.raises(MeetingInputError):
        stores.meetings.set_meeting_field(mid, "status", "postponed", today=TODAY)
    assert stores.meetings.get_meeting(mid).status == "draft"


def test_a_person_cannot_be_added_twice(store, stores, people):
    mid = plan(stores, people["student"]).id
    stores.meetings.add_family_participant(mid, people["mother"])
    stores.meetings.add_team_participant(mid, people["gen"])
    stores.meetings.add_typed_participant(mid, "Dana Advocate")
    with pytest.raises(MeetingInputError, match="Lucía Fernández is already on this meeting's list"):
        stores.meetings.add_family_participant(mid, people["mother"])
    with pytest.raises(MeetingInputError, match="Sam Okoye is already"):
        stores.meetings.add_team_participant(mid, people["gen"])
    with pytest.raises(MeetingInputError, match="Dana Advocate is already"):
        stores.meetings.add_typed_participant(mid, "  dana advocate ")
    assert count(store, "participants") == 3
    # The unique index holds even for a caller that skips the store's check.
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO participants (meeting_id, name, team_member_id) "
                         "VALUES (?, 'Sam', ?)", [mid, people["gen"]])


def test_no_meeting_can_be_deleted(store, stores, people):
    for store_class in (MeetingStore, Stores):
        assert not [name for name in dir(store_class) if "meeting" in name
                    and any(w in name for w in ("delete", "remove", "drop"))]
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    cancelled = plan(stores, people["student"])
    stores.meetings.add_team_participant(held.id, people["gen"])
    stores.meetings.cancel_meeting(cancelled.id, today=TODAY)
    assert {m.status for m in stores.meetings.list_meetings(student_id=people["student"])} == {
        "held", "cancelled"}
    assert [m.id for m in stores.meetings.list_meetings(statuses=["cancelled"])] == [cancelled.id]
    # A held meeting's participants are part of the record.
    person = stores.meetings.participants_of(held.id)[0]
    with pytest.raises(MeetingInputError, match="stays on its record"):
        stores.meetings.remove_participant(person.id)
    # Nothing cascades: deleting the meeting row directly is refused while it has participants.
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("DELETE FROM meetings WHERE id = ?", [held.id])


def test_a_team_member_deleted_from_file_leaves_the_participant_name(store, stores, people):
    mid = plan(stores, people["student"]).id
    pid = stores.meetings.add_team_participant(mid, people["slp"])
    store.db.execute("DELETE FROM student_team WHERE team_member_id = ?", [people["slp"]])
    store.db.execute("DELETE FROM team_members WHERE id = ?", [people["slp"]])
    person = stores.meetings.get_participant(pid)
    assert (person.name, person.team_member_id, person.kind) == ("Ravi Patel", None, "typed")


# -- meetings and the calendar identity ----------------------------------------------

def test_calendar_uid_is_set_once_and_sequence_rises_with_time_place_or_status(stores, people):
    meeting = plan(stores, people["student"])
    uid = meeting.calendar_uid
    assert uid.endswith("@iep-desk") and len(uid) > 20
    assert stores.meetings.get_meeting(meeting.id).calendar_sequence == 0
    stores.meetings.set_meeting_field(meeting.id, "purpose", "Annual review", today=TODAY)
    assert stores.meetings.get_meeting(meeting.id).calendar_sequence == 0
    steps = [("starts_at", datetime(2026, 12, 11, 15, 30)), ("duration_minutes", 75),
             ("place", "Room 4"), ("place_kind", "phone"), ("status", "proposed")]
    for number, (name, value) in enumerate(steps, start=1):
        stores.meetings.set_meeting_field(meeting.id, name, value, today=TODAY)
        stored = stores.meetings.get_meeting(meeting.id)
        assert stored.calendar_sequence == number, name
        assert stored.calendar_uid == uid
    stores.meetings.cancel_meeting(meeting.id, today=TODAY)
    assert stores.meetings.get_meeting(meeting.id).calendar_sequence == len(steps) + 1


def test_set_meeting_field_returns_the_old_value_for_undo(stores, people):
    meeting = plan(stores, people["student"], place="Room 1")
    assert stores.meetings.get_meeting_field(meeting.id, "place") == "Room 1"
    assert stores.meetings.set_meeting_field(meeting.id, "place", "Room 9", today=TODAY) == "Room 1"
    assert stores.meetings.set_meeting_field(meeting.id, "place", "Room 1", today=TODAY) == "Room 9"
    assert stores.meetings.get_meeting(meeting.id).place == "Room 1"
    with pytest.raises(KeyError):
        stores.meetings.set_meeting_field(meeting.id, "calendar_uid", "x", today=TODAY)


def test_mark_held_refuses_a_meeting_in_the_future(stores, people):
    meeting = plan(stores, people["student"])
    with pytest.raises(MeetingInputError, match="still in the future"):
        stores.meetings.mark_held(meeting.id, now=NOW)
    assert stores.meetings.get_meeting(meeting.id).status == "draft"
    stores.meetings.mark_held(meeting.id, now=datetime(2026, 12, 10, 17))
    assert stores.meetings.get_meeting(meeting.id).status == "held"


def test_bad_meetings_are_refused_and_nothing_is_stored(store, stores, people):
    student = people["student"]
    with pytest.raises(MeetingInputError, match="at least one minute"):
        plan(stores, student, duration_minutes=0)
    with pytest.raises(MeetingInputError, match="after its due date"):
        plan(stores, student, due_by=date(2026, 12, 1))
    archived = store.add_student(Student("Old", "Timer"))
    store.archive_student(archived)
    with pytest.raises(MeetingInputError, match="archived"):
        plan(stores, archived)
    assert count(store, "meetings") == 0
    meeting = plan(stores, student, due_by=date(2026, 12, 31))
    with pytest.raises(MeetingInputError, match="at least one minute"):
        stores.meetings.set_meeting_field(meeting.id, "duration_minutes", -5, today=TODAY)
    with pytest.raises(MeetingInputError, match="after its due date"):
        stores.meetings.set_meeting_field(meeting.id, "starts_at", datetime(2027, 1, 5, 9), today=TODAY)
    assert stores.meetings.get_meeting(meeting.id) == meeting
    # Once the due date has passed, a late meeting is still allowed (it must be held).
    late = plan(stores, student, due_by=date(2026, 11, 1))
    assert stores.meetings.get_meeting(late.id).due_by == date(2026, 11, 1)


def test_a_busy_time_that_ends_before_it_starts_is_refused(store, stores, people):
    with pytest.raises(MeetingInputError, match="end time must come after"):
        stores.busy_times.add_busy_time(BusyTime(datetime(2026, 12, 3, 12), datetime(2026, 12, 3, 8),
                                        team_member_id=people["gen"]))
    assert count(store, "busy_times") == 0
    first = stores.busy_times.add_busy_time(BusyTime(datetime(2026, 12, 3, 8), datetime(2026, 12, 3, 12),
                                            team_member_id=people["gen"]))
    stores.busy_times.add_busy_time(BusyTime(datetime(2026, 12, 9, 8), datetime(2026, 12, 9, 9),
                                    family_member_id=people["mother"]))
    assert [b.id for b in stores.busy_times.busy_times(date(2026, 12, 1), date(2026, 12, 5))] == [first]
    assert [b.id for b in stores.busy_times.busy_times_of(team_member_id=people["gen"])] == [first]
    assert [b.note for b in stores.busy_times.busy_times_of(family_member_id=people["mother"])] == [""]


def test_a_new_draft_has_the_defaults_for_its_type(store, stores, people):
    store.update_field("students", people["student"], "last_iep_meeting", date(2026, 1, 15))
    store.update_field("students", people["student"], "reevaluation_due", date(2027, 3, 1))
    annual = stores.meetings.draft_for(people["student"])
    assert (annual.duration_minutes, annual.due_by, annual.id) == (60, date(2027, 1, 15), None)
    reeval = stores.meetings.draft_for(people["student"], "reevaluation")
    assert (reeval.duration_minutes, reeval.due_by) == (90, date(2027, 3, 1))
    assert stores.meetings.draft_for(people["student"], "amendment").due_by is None
    with pytest.raises(MeetingInputError):
        stores.meetings.draft_for(people["student"], "party")
    assert count(store, "meetings") == 0


# -- agenda and the family's questions --------------------------------------------------

def test_family_questions_go_onto_the_agenda_under_their_heading(stores, people):
    mid = plan(stores, people["student"]).id
    stores.agenda.load_agenda_template(mid)
    heading = next(i for i in stores.agenda.agenda_of(mid) if i.template_key == "family_questions")
    stores.agenda.set_agenda_item_field(heading.id, "title", "Your questions")  # renamed: still found
    q1 = stores.agenda.add_family_question(FamilyQuestion(mid, "Will he keep his aide?", date(2026, 11, 20)))
    q2 = stores.agenda.add_family_question(FamilyQuestion(mid, "What about the bus?", date(2026, 11, 21)))
    titles = [i.title for i in stores.agenda.agenda_of(mid)]
    at = titles.index("Your questions")
    assert titles[at + 1: at + 3] == ["Will he keep his aide?", "What about the bus?"]
    assert [i.position for i in stores.agenda.agenda_of(mid)] == list(range(len(titles)))
    stores.agenda.set_family_question_field(q1, "text", "Will he keep his classroom aide?")
    assert "Will he keep his classroom aide?" in [i.title for i in stores.agenda.agenda_of(mid)]
    stores.agenda.remove_family_question(q2)
    assert "What about the bus?" not in [i.title for i in stores.agenda.agenda_of(mid)]
    assert [q.id for q in stores.agenda.questions_of(mid)] == [q1]
    assert [i.position for i in stores.agenda.agenda_of(mid)] == list(range(len(titles) - 1))


def test_a_question_on_an_empty_agenda_is_added(stores, people):
    mid = plan(stores, people["student"]).id
    stores.agenda.add_family_question(FamilyQuestion(mid, "How is lunch going?"))
    [item] = stores.agenda.agenda_of(mid)
    assert item.title == "How is lunch going?" and item.family_question_id is not None


def test_agenda_edit_reorder_remove_and_templates(stores, people):
    mid = plan(stores, people["student"]).id
    agenda = stores.agenda.load_agenda_template(mid)
    assert [i.title for i in agenda] == [t.title for t in default_template().items]
    first, second = agenda[0], agenda[1]
    stores.agenda.move_agenda_item(first.id, 2)
    assert [i.id for i in stores.agenda.agenda_of(mid)][:3] == [second.id, agenda[2].id, first.id]
    new_order = [i.id for i in reversed(stores.agenda.agenda_of(mid))]
    stores.agenda.reorder_agenda(mid, new_order)
    assert [i.id for i in stores.agenda.agenda_of(mid)] == new_order
    with pytest.raises(MeetingInputError):
        stores.agenda.reorder_agenda(mid, new_order[1:])
    assert stores.agenda.set_agenda_item_field(first.id, "minutes", 12) == first.minutes
    with pytest.raises(MeetingInputError, match="whole number"):
        stores.agenda.set_agenda_item_field(first.id, "minutes", -1)
    with pytest.raises(MeetingInputError, match="needs a title"):
        stores.agenda.set_agenda_item_field(first.id, "title", "  ")
    extra = stores.agenda.add_agenda_item(AgendaItem(mid, "Bus schedule", 4, "Ms Lee"), at=0)
    assert stores.agenda.agenda_of(mid)[0].id == extra
    stores.agenda.remove_agenda_item(second.id)
    assert second.id not in [i.id for i in stores.agenda.agenda_of(mid)]
    assert [i.position for i in stores.agenda.agenda_of(mid)] == list(range(len(agenda)))

    stores.agenda.add_family_question(FamilyQuestion(mid, "Is there a summer programme?"))
    stores.agenda.save_agenda_template("Mine", mid)
    [template] = stores.agenda.agenda_templates()
    assert template.items[0].title == "Bus schedule"
    assert "Is there a summer programme?" not in [t.title for t in template.items]
    # Loading a template keeps the family's question.
    other = plan(stores, people["student"], starts=datetime(2026, 12, 14, 9)).id
    stores.agenda.add_family_question(FamilyQuestion(other, "Can we visit the class?"))
    loaded = stores.agenda.load_agenda_template(other, template)
    assert loaded[0].title == "Bus schedule"
    assert "Can we visit the class?" in [i.title for i in loaded]
    assert len(loaded) == len(template.items) + 1
    stores.agenda.delete_agenda_template(template.id)
    assert stores.agenda.agenda_templates() == []


# -- caseload-wide queries -------------------------------------------------------------

def test_notice_deadlines_for_proposed_and_confirmed_meetings(store, stores, people):
    stores.settings.save_deadline_setting("notice_days", 5)
    proposed = plan(stores, people["student"], starts=datetime(2026, 12, 10, 9), status="proposed")
    confirmed = plan(stores, people["student"], starts=datetime(2026, 12, 3, 9), status="confirmed")
    plan(stores, people["student"], starts=datetime(2026, 12, 1, 9), status="draft")
    plan(stores, people["student"], starts=datetime(2026, 12, 2, 9), status="cancelled")
    plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    deadlines = stores.meetings.notice_deadlines(stores.settings.deadline_settings())
    assert [(d.meeting_id, d.kind, d.due, d.open, d.student_id) for d in deadlines] == [
        (confirmed.id, SEND_NOTICE, date(2026, 11, 28), True, people["student"]),
        (proposed.id, SEND_NOTICE, date(2026, 12, 5), True, people["student"]),
    ]
    stores.checklist.tick(confirmed.id, "notice_sent", done_on=date(2026, 11, 23), today=TODAY)
    assert [d.open for d in stores.meetings.notice_deadlines(stores.settings.deadline_settings())] == [False, True]


def test_next_meeting_by_student(store, stores, people):
    other = store.add_student(Student("Kofi", "Mensah"))
    student = people["student"]
    plan(stores, student, starts=datetime(2026, 11, 20, 9), status="confirmed")  # past
    plan(stores, student, starts=datetime(2026, 12, 1, 9), status="cancelled")
    plan(stores, student, starts=datetime(2026, 12, 2, 9), status="draft")
    plan(stores, student, starts=datetime(2026, 12, 9, 9), status="proposed")
    plan(stores, student, starts=datetime(2026, 12, 4, 14), status="confirmed")
    plan(stores, other, starts=datetime(2026, 11, 2, 9), status="held")
    assert stores.meetings.next_meeting_by_student(now=NOW) == {student: datetime(2026, 12, 4, 14)}


def test_last_progress_contact_by_student(store, stores, people):
    sibling = store.add_student(Student("Tomás", "Fernández"))
    store.link_family_member(sibling, people["mother"], "mother")
    mother = people["mother"]
    entries = [
        ContactEntry(mother, datetime(2026, 11, 1, 16), "phone", "reached",
                     student_id=people["student"], progress_update=True),
        ContactEntry(mother, datetime(2026, 11, 10, 16), "phone", "no_answer",
                     student_id=people["student"], progress_update=True),  # reached nobody
        ContactEntry(mother, datetime(2026, 11, 12, 16), "email", "reached",
                     student_id=people["student"], topic="Trip form"),  # not about progress
        ContactEntry(mother, datetime(2026, 10, 5, 8), "in_person", "reached",
                     progress_update=True),  # about the family's children in general
    ]
    for entry in entries:
        stores.contacts.add_contact(entry, now=NOW)
    assert stores.contacts.last_progress_contact_by_student() == {
        people["student"]: date(2026, 11, 1), sibling: date(2026, 10, 5)}
    assert [c.contacted_on.day for c in stores.contacts.contacts_of_student(sibling)] == [5]
    assert len(stores.contacts.contacts_of_student(people["student"])) == 4


def test_contact_attempts_for_a_meeting_the_family_has_not_answered(store, stores, people):
    mid = plan(stores, people["student"]).id
    pid = stores.meetings.add_family_participant(mid, people["mother"])
    today = date.today()
    for days_ago, method, outcome in ((3, "phone", "no_answer"), (2, "letter", "reached"),
                                      (1, "email", "bounced")):
        stores.contacts.add_contact(ContactEntry(
            people["mother"], datetime.combine(today - timedelta(days=days_ago), time(9)),
            method, outcome, student_id=people["student"]))
    attempts = stores.contact_attempts_for_meeting(mid)
    # Contacts before the meeting was planned today are earlier than its creation day.
    assert attempts.family_replied is False
    assert attempts.contacts == []
    stores.contacts.add_contact(ContactEntry(people["mother"], datetime.now().replace(microsecond=0),
                                      "text", "no_answer", student_id=people["student"]))
    attempts = stores.contact_attempts_for_meeting(mid)
    assert attempts.methods_tried == {"text"}
    stores.meetings.set_participant_field(pid, "response", "declined")
    assert stores.contact_attempts_for_meeting(mid).family_replied is True


def test_a_contact_in_the_future_is_refused(store, stores, people):
    with pytest.raises(MeetingInputError, match="still to come"):
        stores.contacts.add_contact(ContactEntry(people["mother"], datetime(2026, 12, 1, 9)), now=NOW)
    with pytest.raises(MeetingInputError, match="not one of the choices"):
        stores.contacts.add_contact(ContactEntry(people["mother"], datetime(2026, 11, 1, 9), "pigeon"),
                             now=NOW)
    assert count(store, "contacts") == 0


def test_open_actions_overdue_first(store, stores, people):
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    other_student = store.add_student(Student("Kofi", "Mensah"))
    other = plan(stores, other_student, starts=datetime(2026, 11, 3, 9), status="held")
    later = stores.review.add_action(ActionItem(held.id, "Later", "family", "The family", date(2026, 12, 20)))
    undated = stores.review.add_action(ActionItem(held.id, "Sometime", "family", "The family"))
    overdue_late = stores.review.add_action(ActionItem(other.id, "Late 2", "3", "Sam", date(2026, 11, 20)))
    overdue_early = stores.review.add_action(ActionItem(held.id, "Late 1", "3", "Sam", date(2026, 11, 5)))
    done = stores.review.add_action(ActionItem(held.id, "Done", "3", "Sam", date(2026, 11, 4)))
    stores.review.set_action_status(done, "done", today=date(2026, 11, 4))
    found = stores.review.open_actions(today=TODAY)
    assert [o.action.id for o in found] == [overdue_early, overdue_late, later, undated]
    assert [o.overdue for o in found] == [True, True, False, False]
    assert found[1].student_id == other_student
    assert [o.action.id for o in stores.review.open_actions(today=TODAY, student_id=other_student)] == [
        overdue_late]
    [done_action] = [a for a in stores.review.actions_of(held.id) if a.id == done]
    assert (done_action.status, done_action.done_on) == ("done", date(2026, 11, 4))


def test_bad_actions_are_refused(store, stores, people):
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    with pytest.raises(MeetingInputError, match="before the meeting"):
        stores.review.add_action(ActionItem(held.id, "Call", "family", "The family", date(2026, 11, 1)))
    with pytest.raises(MeetingInputError, match="who will do this"):
        stores.review.add_action(ActionItem(held.id, "Call"))
    assert count(store, "action_items") == 0


def test_checklist_ticks_and_closed_meetings(store, stores, people):
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held")
    assert [m.id for m in stores.checklist.held_meetings_not_closed()] == [held.id]
    for item in ("notes_sent", "thank_you_sent", "iep_copy_given"):
        stores.checklist.tick(held.id, item, done_on=date(2026, 11, 4), today=TODAY)
    assert stores.checklist.held_meetings_not_closed() == [held]
    stores.checklist.tick(held.id, "review_done", today=TODAY)
    assert stores.checklist.held_meetings_not_closed() == []
    tick = stores.checklist.tick(held.id, "notes_sent", done_on=date(2026, 11, 5), note="By post", today=TODAY)
    assert (tick.done_on, tick.note) == (date(2026, 11, 5), "By post")
    assert len(stores.checklist.ticks_of(held.id)) == 4
    with pytest.raises(MeetingInputError, match="still to come"):
        stores.checklist.tick(held.id, "review_done", done_on=date(2026, 12, 1), today=TODAY)
    with pytest.raises(KeyError):
        stores.checklist.tick(held.id, "excusal_consents", today=TODAY)
    assert stores.checklist.untick(held.id, "review_done").item == "review_done"
    assert [m.id for m in stores.checklist.held_meetings_not_closed()] == [held.id]


def test_follow_up_meeting_and_last_time_reflections(stores, people):
    held = plan(stores, people["student"], starts=datetime(2026, 11, 2, 9), status="held",
                purpose="Check the new routine")
    stores.meetings.add_family_participant(held.id, people["mother"])
    stores.meetings.add_team_participant(held.id, people["gen"])
    stores.agenda.load_agenda_template(held.id)
    for item in stores.agenda.agenda_of(held.id)[:-2]:
        stores.agenda.set_agenda_item_field(item.id, "finished", True)
    stores.review.add_reflection(Reflection(held.id, "Greeting at the door helped", "keep"))
    stores.review.add_reflection(Reflection(held.id, "Started late", "stop"))
    new_id = app_meetings.schedule_follow_up(stores, meeting_id=held.id, today=TODAY).value
    new = stores.load_record(new_id)
    assert (new.meeting.status, new.meeting.purpose, new.meeting.starts_at) == (
        "draft", "Check the new routine", None)
    assert [(p.name, p.response) for p in new.participants] == [
        ("Lucía Fernández", "no_answer"), ("Sam Okoye", "no_answer")]
    assert [i.title for i in new.agenda] == [t.title for t in default_template().items[-2:]]
    assert [(r.text, r.verdict) for r in stores.review.last_time_reflections(new_id)] == [
        ("Greeting at the door helped", "keep"), ("Started late", "stop")]
    assert stores.review.last_time_reflections(held.id) == []


def test_tips_concerns_student_input_and_library(store, stores, people):
    mid = plan(stores, people["student"]).id
    with pytest.raises(MeetingInputError):
        stores.preparation.add_concern(Concern(mid))
    cid = stores.preparation.add_concern(Concern(mid, interest="That he feels safe"))
    assert stores.preparation.set_concern_field(cid, "position", "A smaller class") == ""
    stores.preparation.save_student_input(StudentInput(mid, "First"))
    stores.preparation.save_student_input(StudentInput(mid, "Second", "Will come for ten minutes"))
    assert stores.preparation.student_input_of(mid).what_to_say == "Second"
    assert count(store, "student_inputs") == 1
    old = stores.review.add_tip(TipEntry(people["student"], date(2026, 9, 1), "Sports day", "joy"))
    new = stores.review.add_tip(TipEntry(people["student"], date(2026, 11, 1), "Bus delays", "anger"))
    assert [t.id for t in stores.review.tips_of(people["student"])] == [new, old]
    with pytest.raises(MeetingInputError):
        stores.review.add_tip(TipEntry(people["student"], date(2026, 11, 1), "  "))
    library_id = stores.review.add_to_home_suggestion_library("Cook a recipe together")
    assert stores.review.add_to_home_suggestion_library(" Cook a recipe together ") == library_id
    stores.review.remove_from_home_suggestion_library(library_id)
    assert "Cook a recipe together" not in [s.text for s in stores.review.home_suggestion_library()]


def test_participant_fields_and_emails(stores, people):
    mid = plan(stores, people["student"]).id
    mother = stores.meetings.add_family_participant(mid, people["mother"])
    gen = stores.meetings.add_team_participant(mid, people["gen"])
    slp = stores.meetings.add_team_participant(mid, people["slp"])
    typed = stores.meetings.add_typed_participant(mid, "Grandpa Joe", "grandfather")
    parts = {p.id: p for p in stores.meetings.participants_of(mid)}
    assert (parts[mother].role, parts[mother].required) == ("mother", True)
    assert (parts[gen].role, parts[gen].required) == ("general_education_teacher", True)
    assert parts[slp].required is False
    assert stores.meetings.participant_emails(mid) == {mother: "lucia@example.org", gen: "sam@school.example"}
    assert stores.meetings.set_participant_field(typed, "response", "coming") == "no_answer"
    with pytest.raises(MeetingInputError):
        stores.meetings.set_participant_field(typed, "response", "maybe")
    with pytest.raises(MeetingInputError):
        stores.meetings.set_participant_field(typed, "attendance", "late")
    with pytest.raises(MeetingInputError, match="name"):
        stores.meetings.set_participant_field(typed, "name", " ")
    stores.meetings.remove_participant(typed)
    assert typed not in [p.id for p in stores.meetings.participants_of(mid)]


def test_planner_settings_defaults_and_bad_values(stores, store):
    settings = stores.settings.planner_settings()
    assert settings == PlannerSettings()
    assert settings.duration_for("initial") == 90
    bad = replace(settings, school_day_start=time(17), school_day_end=time(8))
    with pytest.raises(MeetingInputError, match="end after it starts"):
        stores.settings.save_planner_settings(bad)
    assert stores.settings.planner_settings() == PlannerSettings()
    stores.settings.set("planner.closed_days", ["2026-12-24", "not a date"])
    assert stores.settings.planner_settings().closed_days == [date(2026, 12, 24)]


def test_a_locked_file_gives_save_failed_and_changes_nothing(store, stores, people, data_dir):
    meeting = plan(stores, people["student"], place="Room 1")
    store.db.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(str(data_dir / "caseload.sqlite"), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(SaveFailed, match="could not be saved"):
            stores.meetings.set_meeting_field(meeting.id, "place", "Room 2", today=TODAY)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert stores.meetings.get_meeting(meeting.id).place == "Room 1"


# -- demo ----------------------------------------------------------------------------

def test_demo_meetings_cover_every_state_and_survive_reopening(store, data_dir):
    write_demo_caseload(store)
    today = date.today()
    ids = write_demo_meetings(Stores(store.db), today)
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        stores = Stores(reopened.db)
        records = [stores.load_record(i) for i in ids]
        statuses = {r.meeting.status for r in records}
        assert {"draft", "proposed", "confirmed", "held"} <= statuses
        planned = [r for r in records if r.meeting.status in ("proposed", "confirmed")]
        assert all(r.participants and r.agenda and r.questions and r.checklist for r in planned)
        assert any(c for r in planned for c in stores.contacts.contacts_of_student(r.meeting.student_id)
                   if c.outcome != "reached")
        held = [r for r in records if r.meeting.status == "held"]
        assert all(r.meeting.notes and r.actions and r.reflections and r.contributions
                   and r.home_suggestions for r in held)
        assert all(p.attendance for r in held for p in r.participants)
        not_closed = {m.id for m in stores.checklist.held_meetings_not_closed()}
        assert 0 < len(not_closed) < len(held)
        assert any(o.overdue for o in stores.review.open_actions(today=today))
        assert stores.review.tips_of(held[0].meeting.student_id)
        # Something due soon: a notice to send.
        notices = stores.meetings.notice_deadlines(SettingsStore(reopened.db).deadline_settings())
        assert any(d.open for d in notices)
    finally:
        reopened.db.close()


def test_demo_meetings_on_an_empty_caseload_write_nothing(store):
    assert write_demo_meetings(Stores(store.db), date.today()) == []
