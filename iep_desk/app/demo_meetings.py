"""Sample meetings for the demo caseload, on top of whatever students the demo wrote.

Dates are offsets from `today`, so the demo never ages: there is always a notice
to send soon, an overdue action, a meeting being prepared and one to review.
Students, family and team are looked up, never assumed by id.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from iep_desk.app.attendees import meeting_people
from iep_desk.app.meetings import create_meeting, write_meeting_fields
from iep_desk.core.deadlines import next_annual_review
from iep_desk.core.meetings import (
    FAMILY_OWNER,
    ActionItem,
    Concern,
    ContactEntry,
    ContactMethod,
    ContactOutcome,
    Contribution,
    FamilyQuestion,
    HomeSuggestion,
    Meeting,
    MeetingStatus,
    MeetingType,
    PlaceKind,
    Reflection,
    StudentInput,
    TipEntry,
    TipFeeling,
    Verdict,
)
from iep_desk.core.models import Student, saved
from iep_desk.core.slots import SlotSearch, find_slots
from iep_desk.storage.stores import Stores

# (status, days from today, start time, meeting type, purpose). The confirmed meeting moves to
# the first time from that day on when everyone who must come can (as Find a time would
# suggest), so the sample never shows a confirmed meeting nobody is free for. The proposed one
# is the hard case: its family's times do not meet, and Find a time says what could change.
_PLAN = (
    ("confirmed", 12, time(15, 30), "annual_review",
     "Review this year's progress and write the goals for next year."),
    # Far enough ahead that its notice can still go out in time: "send the notice by" is due
    # soon, and nobody has been invited yet.
    ("proposed", 16, time(8, 0), "reevaluation",
     "Look at the new evaluation results together and decide what support fits best."),
    ("draft", 30, time(14, 0), "amendment",
     "Add reading support to the plan after the winter check-in."),
    ("held", -10, time(15, 0), "annual_review",
     "Review the year's progress and agree on next year's goals."),
    ("held", -45, time(9, 0), "other",
     "Check in on the new morning routine."),
    ("cancelled", 5, time(13, 0), "other",
     "Talk about the class trip (the family asked to talk by phone instead)."),
)


def _at(today: date, days: int, clock: time) -> datetime:
    day = today + timedelta(days=days)
    # Meetings fall on school days: a weekend date moves to the Monday after.
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, clock)


def _invite_team(stores: Stores, meeting_id: int, student: Student,
                 invited_on: date | None) -> None:
    team = stores.caseload.team_of(saved(student.id)) or stores.caseload.list_team_members()
    for member in team[:4]:
        stores.meetings.add_team_participant(meeting_id, saved(member.id), invited_on=invited_on)


def write_demo_meetings(stores: Stores, today: date) -> list[int]:
    """Write the sample meetings; returns their ids (none when the caseload has no students)."""
    students = stores.caseload.list_students()
    if not students:
        return []
    settings = stores.settings.deadline_settings()
    now = datetime.combine(today, time(23, 59))
    created: list[int] = []
    for index, (status, days, clock, meeting_type, purpose) in enumerate(_PLAN):
        student = students[index % len(students)]
        starts = _at(today, days, clock)
        due = next_annual_review(student, settings) if meeting_type == "annual_review" else None
        if due is not None and (starts.date() > due or days < 0):
            due = None  # the demo student's dates may not fit this meeting; leave it open
        meeting = Meeting(saved(student.id), MeetingType(meeting_type), purpose,
                          MeetingStatus(status), starts,
                          stores.settings.planner_settings().duration_for(meeting_type),
                          PlaceKind.PHONE if status == "cancelled" else PlaceKind.ROOM,
                          "Room 12, next to the library" if status != "cancelled" else "",
                          due_by=due)
        meeting_id = saved(create_meeting(stores, meeting=meeting, today=today).value)
        created.append(meeting_id)
        # Sample meetings were planned three weeks ago, so the contacts made since then
        # count as attempts to reach the family for them.
        planned = datetime.combine(today - timedelta(days=21), time(9, 0))
        stores.db.execute("UPDATE meetings SET created_at = ? WHERE id = ?",
                         [planned.isoformat(timespec="seconds"), meeting_id])
        # Invitations go out with the notice: the confirmed meeting's three days ago (its
        # notice is ticked that day), the held ones two weeks before they met; a draft's and
        # a proposed meeting's not yet.
        invited_on = {"draft": None, "proposed": None,
                      "confirmed": today - timedelta(days=3)}.get(
            status, min(today, starts.date() - timedelta(days=14)))
        family = stores.caseload.family_of(saved(student.id))
        for link in family[:2]:
            stores.meetings.add_family_participant(meeting_id, saved(link.member.id), invited_on=invited_on)
        _invite_team(stores, meeting_id, student, invited_on)
        if status == "confirmed":
            _move_to_a_time_everyone_can_come(stores, meeting_id, today)
        if MeetingStatus(status).is_planned:
            _prepare(stores, meeting_id, student, status, today, now)
        elif status == "held":
            _review(stores, meeting_id, student, closed=days < -30, today=today)
    return created


def _move_to_a_time_everyone_can_come(stores: Stores,
                                      meeting_id: int, today: date) -> None:
    """Put the meeting at the first time from its planned day on when everyone who must come
    is free by their weekly times (the slot finder, as Find a time plans it), if there is one
    in the next three weeks."""
    meeting = stores.meetings.get_meeting(meeting_id)
    settings = stores.settings.planner_settings()
    attendees = meeting_people(stores, meeting_id=meeting_id).attendees
    assert meeting.starts_at is not None  # every sample meeting has a date
    first = meeting.starts_at.date()
    search = SlotSearch(first_day=first, last_day=first + timedelta(days=21),
                        duration_minutes=meeting.duration_minutes, today=today, notice_days=0,
                        due_by=meeting.due_by, day_starts=settings.school_day_start,
                        day_ends=settings.school_day_end,
                        closed_days=frozenset(settings.closed_days))
    found = find_slots(attendees, search, best=50)
    if found.slots:
        write_meeting_fields(stores, meeting_id,
                             {"starts_at": min(slot.starts_at for slot in found.slots)},
                             today=today)


def _prepare(stores: Stores, meeting_id: int, student: Student,
             status: str, today: date, now: datetime) -> None:
    stores.agenda.load_agenda_template(meeting_id)
    family = stores.caseload.family_of(saved(student.id))
    if status == "draft":
        return
    stores.agenda.add_family_question(FamilyQuestion(
        meeting_id, f"Can {student.first_name} have extra time on tests?", today - timedelta(days=3)))
    stores.agenda.add_family_question(FamilyQuestion(
        meeting_id, "Who can we call when homework causes tears at home?", today - timedelta(days=2)))
    stores.preparation.add_concern(Concern(
        meeting_id, interest=f"That {student.first_name} feels confident reading aloud in class.",
        position="Asked for one-to-one reading help every day.",
        questions_to_ask="What does reading look like at home? When does it go well?"))
    stores.preparation.save_student_input(StudentInput(
        meeting_id, what_to_say="I like science and building things. Reading out loud is hard.",
        how_taking_part="Will share two slides about their favorite project."))
    for item in ("purpose_explained", "school_attendees_explained", "questions_requested"):
        stores.checklist.tick(meeting_id, item, done_on=today - timedelta(days=5), today=today)
    if status == "confirmed":
        stores.checklist.tick(meeting_id, "time_and_place_agreed", done_on=today - timedelta(days=4),
                      today=today)
        stores.checklist.tick(meeting_id, "notice_sent", done_on=today - timedelta(days=3),
                      note="Letter home in the student's folder, and by email", today=today)
        stores.checklist.tick(meeting_id, "documents_sent", done_on=today - timedelta(days=1),
                      note="Draft goals and the reading assessment summary", today=today)
        for person in stores.meetings.participants_of(meeting_id):
            if person.family_member_id is not None:
                stores.meetings.set_participant_field(saved(person.id), "response", "coming")
    if family:
        member = family[0].member
        attempts = (
            (20, "phone", "no_answer", "", False),
            (18, "phone", "left_message", "Left a message about the meeting dates.", False),
            (16, "email", "reached", "Shared how the reading group is going.", True),
        ) if status == "confirmed" else (
            (60, "student_planner", "reached", "Note about a good week in math.", True),
            (6, "phone", "no_answer", "", False),
            (4, "text", "no_answer", "Asked which dates suit the family.", False),
        )
        for days_ago, method, outcome, note, progress in attempts:
            stores.contacts.add_contact(ContactEntry(
                saved(member.id), datetime.combine(today - timedelta(days=days_ago), time(16, 10)),
                ContactMethod(method), ContactOutcome(outcome), student_id=saved(student.id), by_whom="Case manager",
                topic="Meeting planning" if not progress else "How things are going",
                note=note, progress_update=progress), now=now)


def _review(stores: Stores, meeting_id: int, student: Student,
            *, closed: bool, today: date) -> None:
    stores.agenda.load_agenda_template(meeting_id)
    for item in stores.agenda.agenda_of(meeting_id)[:-2]:
        stores.agenda.set_agenda_item_field(saved(item.id), "finished", True)
    people = stores.meetings.participants_of(meeting_id)
    for number, person in enumerate(people):
        attendance = "absent" if number == len(people) - 1 and len(people) > 2 else "present"
        stores.meetings.set_participant_field(saved(person.id), "attendance", attendance)
        stores.meetings.set_participant_field(saved(person.id), "response", "coming")
    meeting = stores.meetings.get_meeting(meeting_id)
    meeting.notes = (f"We looked at {student.first_name}'s reading and math progress.\n"
                     "- Reading: moved up two levels since the fall.\n"
                     "- Agreed to try a quiet corner during independent work.")
    stores.meetings.update_meeting(meeting, today=today)
    teacher = next((p for p in people if p.team_member_id is not None), None)
    owner, owner_name = (str(teacher.id), teacher.name) if teacher else (FAMILY_OWNER, "The family")
    assert meeting.starts_at is not None  # every sample meeting has a date
    met_on = meeting.starts_at.date()
    actions = (
        ("Send home the reading log", owner, owner_name, met_on + timedelta(days=3)),
        ("Try the quiet corner and write down how it went", FAMILY_OWNER, "The family",
         met_on + timedelta(days=7)),
        ("Book the follow-up check-in", owner, owner_name, today + timedelta(days=14)),
    )
    for what, who, who_name, due in actions:
        action_id = stores.review.add_action(ActionItem(meeting_id, what, who, who_name, due))
        if closed:
            # Done on its due day, or today for one not due yet: never on a day still ahead.
            stores.review.set_action_status(action_id, "done", today=min(due, today))
    library = stores.review.home_suggestion_library()
    for suggestion in library[:2]:
        stores.review.add_home_suggestion(HomeSuggestion(meeting_id, suggestion.text))
    stores.review.add_contribution(Contribution(
        meeting_id, f"Brought photos of {student.first_name}'s model bridge from home."))
    stores.review.add_contribution(Contribution(
        meeting_id, "Told us that mornings go better after a short walk."))
    stores.review.add_reflection(Reflection(meeting_id, "Greeting the family at the door helped.",
                                         Verdict.KEEP))
    stores.review.add_reflection(Reflection(meeting_id, "We started ten minutes late.", Verdict.STOP))
    stores.review.add_tip(TipEntry(saved(student.id), met_on, "Talking about last year's school",
                                   TipFeeling.SENSITIVITY,
                              "Start with what is going well now."))
    stores.review.add_tip(TipEntry(saved(student.id), met_on, "Stories about the model bridge", TipFeeling.JOY,
                              "Ask about the latest build."))
    stores.checklist.tick(meeting_id, "review_done", done_on=met_on, today=today)
    if closed:
        for tick in ("notes_sent", "thank_you_sent", "iep_copy_given"):
            stores.checklist.tick(meeting_id, tick, done_on=met_on + timedelta(days=2),
                          note="By email" if tick == "notes_sent" else "", today=today)
