"""Meetings and the people invited to them: planning, changing, cancelling, marking as held,
the follow-up meeting, and the transition rule.

The transition rule (core.meeting_rules.apply_transition_rule) is applied here, in the same
transaction as the change that can bring it: a meeting planned, or moved to a day when the
student has reached the transition age, becomes a transition meeting and the student is
invited. A meeting that is a record (held or cancelled) is never touched by it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from iep_desk.app.caseload_fields import name_on_file
from iep_desk.app.changes import MEETINGS, NOTHING, PARTICIPANTS, PREPARATION, Changes
from iep_desk.app.meeting_fields import apply_transition_rule, write_meeting_fields
from iep_desk.app.undo import OpResult, Step, added, apply, record
from iep_desk.core import meeting_rules as rules
from iep_desk.core.meetings import (
    MEETING_TYPES,
    PLANNED_STATUSES,
    AgendaItem,
    Meeting,
    MeetingStatus,
    MeetingType,
    Participant,
)
from iep_desk.core.models import saved
from iep_desk.core.problems import Problem
from iep_desk.resources import default_agenda_template
from iep_desk.storage.rows import saving
from iep_desk.storage.stores import MEETING_TABLE_OBJECTS, Stores

# -- new meetings ----------------------------------------------------------------------------

def create_meeting(stores: Stores, *, meeting: Meeting, today: date | None = None) -> OpResult[int]:
    """Save a new meeting (its calendar UID set) and apply the transition rule; sets
    `meeting.id`. Raises MeetingInputError (nothing stored) as MeetingStore.create_meeting."""
    today = today or date.today()
    with saving(stores.db):
        meeting_id = stores.meetings.create_meeting(meeting, today=today)
        changes = MEETINGS | apply_transition_rule(stores, meeting_id, today)
    meeting.is_transition = stores.meetings.get_meeting(meeting_id).is_transition
    return OpResult(changes, meeting_id)


def upcoming_of_kind(stores: Stores, *, student_id: int, meeting_type: str,
                     today: date | None = None) -> list[Meeting]:
    """The student's meetings of this kind still coming up (draft, proposed or confirmed,
    on `today` or later or not yet dated): what "New meeting" warns about."""
    today = today or date.today()
    return [m for m in stores.meetings.list_meetings(student_id=student_id,
                                                     statuses=PLANNED_STATUSES)
            if m.meeting_type == meeting_type
            and (m.starts_at is None or m.starts_at.date() >= today)]


def _rows_of(stores: Stores, meeting_id: int) -> list[tuple[str, Any]]:
    """Every row that belongs to the meeting, by table, the meeting's own row first (the
    order they are put back in; removing goes the other way)."""
    found: list[tuple[str, Any]] = [("meetings", stores.meetings.get_meeting(meeting_id))]
    for name, table in MEETING_TABLE_OBJECTS.items():
        if name == "meetings" or "meeting_id" not in table.record.__dataclass_fields__:
            continue
        found += [(name, row) for row in table.rows(stores.db, "meeting_id = ?", [meeting_id])]
    # Rows that point at other rows of the meeting (an agenda item made from a family
    # question) go back after them: family questions before agenda items.
    order = {"family_questions": 0}
    found[1:] = sorted(found[1:], key=lambda pair: order.get(pair[0], 1))
    return found


def _meeting_taken_back(rows: list[tuple[str, Any]]) -> tuple[list[Step], list[Step]]:
    """(the steps that remove the meeting and its rows, the steps that put them back)."""
    remove = [Step.of("remove", table=table, row_id=row.id) for table, row in reversed(rows)]
    put_back = [Step.of("put_back", table=table, row=row) for table, row in rows]
    return remove, put_back


def plan_meeting(stores: Stores, *, student_id: int, meeting_type: str = "annual_review",
                 today: date | None = None, agenda_language: str = "en") -> OpResult[int]:
    """The planner's "New meeting": a draft with the default length for its kind, the due
    date it serves (when that is still ahead) and the standard agenda in `agenda_language`
    (the teacher's: its items are hers to edit). Undo removes the draft and all that came
    with it. Raises MeetingInputError for an archived student
    (nothing stored), LookupError for none."""
    today = today or date.today()
    student = stores.caseload.get_student(student_id)
    rules.raise_if_blocking([rules.check_student_active(student)])
    due = rules.default_due_date(meeting_type, student, stores.settings.deadline_settings())
    if due is not None and due < today:
        due = None  # already late: the teacher sets the date the meeting now serves
    if meeting_type not in MEETING_TYPES:
        raise rules.MeetingInputError("not_a_meeting_kind", value=meeting_type)
    meeting = Meeting(student_id, MeetingType(meeting_type), status=MeetingStatus.DRAFT,
                      duration_minutes=stores.settings.planner_settings().duration_for(meeting_type),
                      due_by=due)
    with saving(stores.db):
        result = create_meeting(stores, meeting=meeting, today=today)
        assert result.value is not None
        stores.agenda.load_agenda_template(result.value,
                                           default_agenda_template(agenda_language))
    changes = result.changes | PARTICIPANTS | Changes(agenda=True)
    remove, put_back = _meeting_taken_back(_rows_of(stores, result.value))
    return OpResult(changes, result.value, record(changes, remove, put_back))


def can_delete(stores: Stores, meeting_id: int) -> Problem | None:
    """Why the meeting cannot be deleted, or None: only a draft that was never sent to
    anyone (nobody has an invitation date) and has nothing recorded for it (no checklist
    tick, no contact with the family about it) can go; anything else is cancelled, and
    stays on file."""
    meeting = stores.meetings.get_meeting(meeting_id)
    if meeting.status != MeetingStatus.DRAFT:
        return Problem("meeting_not_a_draft")
    rows = _rows_of(stores, meeting_id)
    invited = any(table == "participants" and row.invited_on is not None for table, row in rows)
    recorded = any(table not in ("meetings", "participants", "agenda_items")
                   for table, _row in rows)
    if invited or recorded:
        return Problem("meeting_already_sent")
    return None


def delete_draft(stores: Stores, *, meeting_id: int) -> OpResult:
    """Delete a draft never sent to anyone, with its people and agenda (one transaction);
    Undo puts it all back under the same ids. Raises MeetingInputError when it cannot be
    deleted (see can_delete), LookupError when it is not on file."""
    problem = can_delete(stores, meeting_id)
    if problem is not None:
        raise rules.MeetingInputError(problem)
    rows = _rows_of(stores, meeting_id)
    remove, put_back = _meeting_taken_back(rows)
    apply(stores, remove)
    changes = MEETINGS | PARTICIPANTS | Changes(agenda=True)
    return OpResult(changes, None, record(changes, put_back, remove))


def schedule_follow_up(stores: Stores, *, meeting_id: int,
                       today: date | None = None) -> OpResult[int]:
    """A draft meeting for the same student with the same people (under their names on file
    now: the old meeting may hold names corrected since), purpose and unfinished agenda
    items (the review's "Schedule next meeting"). Its value is the new meeting's id;
    Undo removes the draft and all that came with it."""
    old = stores.load_record(meeting_id)
    new = Meeting(student_id=old.meeting.student_id, meeting_type=old.meeting.meeting_type,
                  purpose=old.meeting.purpose, status=MeetingStatus.DRAFT,
                  duration_minutes=old.meeting.duration_minutes,
                  place_kind=old.meeting.place_kind, place=old.meeting.place)
    with saving(stores.db):
        created = create_meeting(stores, meeting=new, today=today)
        new_id = created.value
        assert new_id is not None
        invited = stores.meetings.participants_of(new_id)
        stores.meetings.add_participants(
            Participant(new_id, name_on_file(stores, person, new.student_id), person.role,
                        person.family_member_id, person.team_member_id, person.is_student,
                        person.required)
            for person in old.participants
            if not any(rules.same_person(person, p) for p in invited))
        unfinished = [i for i in old.agenda if not i.finished and i.family_question_id is None]
        stores.agenda.add_items_as_they_are([
            AgendaItem(new_id, item.title, item.minutes, item.led_by, position,
                       template_key=item.template_key)
            for position, item in enumerate(unfinished)])
    changes = created.changes | PARTICIPANTS | Changes(agenda=True)
    # Undo takes the draft back with its people and agenda, as for a new meeting.
    remove, put_back = _meeting_taken_back(_rows_of(stores, new_id))
    return OpResult(changes, new_id, record(changes, remove, put_back))


# -- changing a meeting --------------------------------------------------------------------------

def change_meeting(stores: Stores, *, meeting_id: int, name: str, value: Any,
                   today: date | None = None, now: datetime | None = None
                   ) -> OpResult[dict[str, Any]]:
    """Change one field of a meeting; a new kind of meeting brings its default length and due
    date along (core.meeting_rules.follow_meeting_type) where they can be stored. One undo
    step for all. Its value is every field written, {name: value}."""
    today = today or date.today()
    meeting = stores.meetings.get_meeting(meeting_id)
    old_value = getattr(meeting, name)
    changes = write_meeting_fields(stores, meeting_id, {name: value}, today=today, now=now)
    olds, news = {name: old_value}, {name: value}
    if name == "meeting_type" and value != meeting.meeting_type:
        student = stores.caseload.get_student(meeting.student_id)
        extra = rules.follow_meeting_type(
            meeting, value, student, stores.settings.planner_settings(),
            stores.settings.deadline_settings(), today)
        for extra_name, extra_value in extra.items():
            previous = getattr(stores.meetings.get_meeting(meeting_id), extra_name)
            try:
                write_meeting_fields(stores, meeting_id, {extra_name: extra_value}, today=today)
            except rules.MeetingInputError:
                continue  # the teacher's own value stays
            olds[extra_name], news[extra_name] = previous, extra_value
    undo = record(changes | PARTICIPANTS,
                  [Step.of("meeting_fields", meeting_id=meeting_id,
                           values=dict(reversed(list(olds.items()))))],
                  [Step.of("meeting_fields", meeting_id=meeting_id, values=news)])
    return OpResult(changes, news, undo)


def cancel_meeting(stores: Stores, *, meeting_id: int, today: date | None = None) -> OpResult:
    """Cancel a meeting that is not a record yet; it stays on file, marked as cancelled."""
    return _set_status(stores, meeting_id, MeetingStatus.CANCELLED, today=today)


def mark_held(stores: Stores, *, meeting_id: int, now: datetime | None = None) -> OpResult:
    """Record that a meeting took place; refused (MeetingInputError) for one still ahead."""
    now = now or datetime.now()
    return _set_status(stores, meeting_id, MeetingStatus.HELD, today=now.date(), now=now)


def _set_status(stores: Stores, meeting_id: int, status: MeetingStatus, *,
                today: date | None = None, now: datetime | None = None) -> OpResult:
    old = stores.meetings.get_meeting(meeting_id).status
    changes = write_meeting_fields(stores, meeting_id, {"status": status}, today=today, now=now)
    undo = record(changes | Changes(checklist=True, actions=True),
                  [Step.of("meeting_fields", meeting_id=meeting_id, values={"status": old})],
                  [Step.of("meeting_fields", meeting_id=meeting_id, values={"status": status})])
    return OpResult(changes | Changes(checklist=True), None, undo)


# -- the people invited --------------------------------------------------------------------------

def _invited(stores: Stores, participant_id: int) -> OpResult[int]:
    person = stores.meetings.get_participant(participant_id)
    undo = record(PARTICIPANTS, [Step.of("remove", table="participants", row_id=participant_id)],
                  [Step.of("put_back", table="participants", row=person)])
    return OpResult(PARTICIPANTS, participant_id, undo)


def invite_family_member(stores: Stores, *, meeting_id: int, family_member_id: int,
                         invited_on: date | None = None) -> OpResult[int]:
    """Invite a family member; their role is their relationship to the student."""
    return _invited(stores, stores.meetings.add_family_participant(
        meeting_id, family_member_id, invited_on=invited_on))


def invite_team_member(stores: Stores, *, meeting_id: int, team_member_id: int,
                       invited_on: date | None = None) -> OpResult[int]:
    """Invite a team member; required when their role is one the law requires."""
    return _invited(stores, stores.meetings.add_team_participant(
        meeting_id, team_member_id, invited_on=invited_on))


def invite_someone(stores: Stores, *, meeting_id: int, name: str, role: str = "",
                   invited_on: date | None = None) -> OpResult[int]:
    """Invite someone not on file (an advocate, a relative, an outside provider)."""
    return _invited(stores, stores.meetings.add_typed_participant(
        meeting_id, name, role, invited_on=invited_on))


def add_unannounced(stores: Stores, *, meeting_id: int, name: str, role: str,
                    attendance: str) -> OpResult[int]:
    """Someone who came without being invited, and how they took part (one row, written
    together)."""
    with saving(stores.db):
        new_id = stores.meetings.add_typed_participant(meeting_id, name, role or "")
        stores.meetings.set_participant_field(new_id, "attendance", attendance)
    return added(PARTICIPANTS, "participants", stores.meetings.get_participant(new_id))


def remove_participant(stores: Stores, *, participant_id: int) -> OpResult:
    """Take someone off a meeting that has not been held (a held meeting is a record)."""
    person = stores.meetings.get_participant(participant_id)
    # Written input asked of them goes with them (and comes back with Undo).
    asked = [r for r in stores.preparation.input_requests_of(saved(person.meeting_id))
             if r.participant_id == participant_id]
    with saving(stores.db):
        for request in asked:
            stores.preparation.remove_input_request(saved(request.id))
        stores.meetings.remove_participant(participant_id)
    changes = PARTICIPANTS | (PREPARATION if asked else NOTHING)
    undo = record(changes,
                  [Step.of("put_back", table="participants", row=person),
                   *(Step.of("put_back", table="input_requests", row=r) for r in asked)],
                  [*(Step.of("remove", table="input_requests", row_id=r.id) for r in asked),
                   Step.of("remove", table="participants", row_id=participant_id)])
    return OpResult(changes, None, undo)


def change_participant(stores: Stores, *, participant_id: int, name: str,
                       value: Any) -> OpResult:
    """Change one thing about a participant (answer, excusal, attendance...)."""
    old = stores.meetings.set_participant_field(participant_id, name, value)
    new = stores.meetings.get_participant_field(participant_id, name)
    if old == new:
        return OpResult(PARTICIPANTS)
    undo = record(PARTICIPANTS,
                  [Step.of("set_field", table="participants", row_id=participant_id,
                           name=name, value=old)],
                  [Step.of("set_field", table="participants", row_id=participant_id,
                           name=name, value=new)])
    return OpResult(PARTICIPANTS, None, undo)


def change_notes(stores: Stores, *, meeting_id: int, notes: str) -> OpResult:
    """The meeting's notes, written in the review (they go to the family)."""
    old = stores.meetings.get_meeting(meeting_id).notes
    write_meeting_fields(stores, meeting_id, {"notes": notes})
    if old == notes:
        return OpResult(MEETINGS)
    undo = record(MEETINGS,
                  [Step.of("meeting_fields", meeting_id=meeting_id, values={"notes": old})],
                  [Step.of("meeting_fields", meeting_id=meeting_id, values={"notes": notes})])
    return OpResult(MEETINGS, None, undo)

