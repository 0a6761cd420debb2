"""The planner's rules: default lengths, transition meetings, and checks on what the teacher typed.

Each check returns a message written for the teacher, or None when all is well.
A `Problem` carries a message and whether it blocks saving (`blocking`) or is a
warning the teacher may go ahead despite. Storage refuses blocking problems by
raising `MeetingInputError`, so nothing wrong is ever stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from iep_desk.core.deadlines import transition_age_reached_on
from iep_desk.core.meetings import FAMILY_OWNER, ActionItem, Meeting, Participant
from iep_desk.core.models import Student
from iep_desk.core.planner_settings import MAX_DURATION_MINUTES, PlannerSettings
from iep_desk.core.settings import DeadlineSettings

# The school members the law asks for at every IEP meeting (34 CFR 300.321), in the order
# the warnings are shown; the parents are checked separately.
REQUIRED_SCHOOL_ROLES = (
    "general_education_teacher",
    "special_education_teacher",
    "district_representative",
)
_MISSING_ROLE_WARNINGS = {
    "general_education_teacher":
        "No general-education teacher is on the list. The law asks for at least one at every "
        "IEP meeting.",
    "special_education_teacher":
        "No special-education teacher is on the list. The law asks for at least one at every "
        "IEP meeting (the case manager counts when they are on the list).",
    "district_representative":
        "No district representative is on the list. Someone who can commit the district's "
        "resources must take part.",
}
NO_PARENT_WARNING = ("No parent or guardian is on the list yet. Invite the family before the "
                     "notice goes out.")

STUDENT_ROLE = "student"


class MeetingInputError(ValueError):
    """Something the teacher entered cannot be stored; str(error) says why in their words."""


@dataclass(frozen=True)
class Problem:
    message: str
    # True: cannot be saved. False: a warning the teacher may choose to go ahead despite.
    blocking: bool = True


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _show(value: date) -> str:
    return value.isoformat()


# -- defaults and transition ----------------------------------------------------

def default_duration(meeting_type: str, settings: PlannerSettings) -> int:
    """Minutes to plan for a new meeting of this type ("ample time")."""
    return settings.duration_for(meeting_type)


def is_transition_age_on(student: Student, on: date, settings: DeadlineSettings) -> bool:
    """Whether the student is at or above the transition age on the given day."""
    reached = transition_age_reached_on(student, settings)
    return reached is not None and on >= reached


def student_participant(student: Student, meeting_id: int | None,
                        invited_on: date | None = None) -> Participant:
    """The student as an invited participant (a typed name: the name they go by)."""
    return Participant(meeting_id=meeting_id, name=student.display_name or student.legal_name,
                       role=STUDENT_ROLE, is_student=True, required=False,
                       invited_on=invited_on)


def apply_transition_rule(meeting: Meeting, student: Student, participants: Iterable[Participant],
                          settings: DeadlineSettings, today: date) -> Participant | None:
    """Mark the meeting as a transition meeting when the student is of transition age on its date.

    Returns the student as a new participant to add when they are not on the list yet;
    None otherwise. A meeting without a date is judged on `today`. The mark is never
    removed here: a teacher may call any meeting a transition meeting.
    """
    on = meeting.starts_at.date() if meeting.starts_at else today
    if not is_transition_age_on(student, on, settings):
        return None
    meeting.is_transition = True
    if any(p.is_student for p in participants):
        return None
    return student_participant(student, meeting.id, invited_on=None)


# -- checks on single values ----------------------------------------------------

def check_duration(minutes: object) -> str | None:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        return "A meeting must last at least one minute. Enter its length in minutes, for example 60."
    if minutes > MAX_DURATION_MINUTES:
        return (f"{minutes} minutes is more than a school day. Enter the length in minutes, "
                "for example 60 for one hour.")
    return None


def check_end_after_start(starts_at: datetime, ends_at: datetime) -> str | None:
    if ends_at <= starts_at:
        return "The end time must come after the start time."
    return None


def check_due_date(starts_at: datetime | None, due_by: date | None, today: date) -> Problem | None:
    """A meeting after the date it must come before.

    Blocking while the due date still lies ahead (the date is surely a slip); only a
    warning once the due date has passed, because a late meeting must still be held.
    """
    if starts_at is None or due_by is None or starts_at.date() <= due_by:
        return None
    if due_by >= today:
        return Problem(
            f"This meeting would be after its due date ({_show(due_by)}). Choose a day on or "
            "before the due date.")
    return Problem(
        f"The due date ({_show(due_by)}) has already passed, so this meeting is late. Hold it "
        "as soon as you can, and note the reason in the contact log.", blocking=False)


def check_student_active(student: Student) -> str | None:
    if student.is_archived:
        return (f"{student.display_name or student.legal_name} is archived. Restore the student "
                "to the active caseload before planning a meeting.")
    return None


def same_person(a: Participant, b: Participant) -> bool:
    """Whether two participants are the same person (for typed names: the same name)."""
    if a.family_member_id is not None or b.family_member_id is not None:
        return a.family_member_id == b.family_member_id
    if a.team_member_id is not None or b.team_member_id is not None:
        return a.team_member_id == b.team_member_id
    if a.is_student or b.is_student:
        return a.is_student == b.is_student
    return a.name.strip().casefold() == b.name.strip().casefold()


def check_participant_not_twice(new: Participant, existing: Iterable[Participant]) -> str | None:
    for other in existing:
        if other.id is not None and other.id == new.id:
            continue
        if same_person(new, other):
            return f"{other.name} is already on this meeting's list."
    return None


def check_participant_identity(participant: Participant) -> str | None:
    """A participant is one person: a family member, a team member or a typed name."""
    if participant.family_member_id is not None and participant.team_member_id is not None:
        return "A participant is either a family member or a team member, not both."
    if participant.is_student and (participant.family_member_id is not None
                                   or participant.team_member_id is not None):
        return "The student cannot also be listed as a family or team member."
    if not participant.name.strip():
        return "Write the participant's name."
    return None


def check_slot_range(first_day: date | None, last_day: date | None) -> str | None:
    if first_day is None or last_day is None:
        return "Choose the first and the last day to search for a time."
    if last_day < first_day:
        return "The last day to search comes before the first. Choose a range of at least one day."
    return None


def check_mark_held(meeting: Meeting, now: datetime) -> str | None:
    """A meeting can be marked as held only once it has started."""
    if meeting.status == "cancelled":
        return "This meeting was cancelled. Plan a new meeting instead of marking this one as held."
    if meeting.starts_at is None:
        return "Enter the date and time the meeting took place before marking it as held."
    if meeting.starts_at > now:
        return ("This meeting is still in the future, so it cannot be marked as held. "
                "Change its date first if it took place earlier.")
    return None


def check_action_item(action: ActionItem, meeting: Meeting) -> str | None:
    """An action needs something to do, an owner, and a due date not before the meeting."""
    if not action.what.strip():
        return "Write what is to be done."
    if not action.owner.strip() and not action.owner_name.strip():
        return "Choose who will do this: a participant or the family."
    if action.due_on and meeting.starts_at and action.due_on < meeting.starts_at.date():
        return "An action cannot be due before the meeting that agreed on it."
    return None


def check_meeting(meeting: Meeting, student: Student, today: date) -> list[Problem]:
    """Every problem with a meeting as a whole, blocking ones first."""
    found: list[Problem] = []
    for message in (check_student_active(student) if meeting.status not in ("held", "cancelled")
                    else None,
                    check_duration(meeting.duration_minutes)):
        if message:
            found.append(Problem(message))
    if meeting.status not in ("held", "cancelled"):
        due = check_due_date(meeting.starts_at, meeting.due_by, today)
        if due:
            found.append(due)
    return sorted(found, key=lambda p: not p.blocking)


def raise_if_blocking(problems: Iterable[Problem | str | None]) -> None:
    """Raise MeetingInputError with the first blocking problem's message, if any."""
    for problem in problems:
        if problem is None:
            continue
        if isinstance(problem, str):
            raise MeetingInputError(problem)
        if problem.blocking:
            raise MeetingInputError(problem.message)


# -- warnings about who is invited ---------------------------------------------

def missing_role_warnings(participants: Iterable[Participant]) -> list[str]:
    """Warnings for required school roles no participant fills, and for no parent invited.

    An excused member still fills their role: excusal is the parent's agreement that
    they need not attend, and the checklist follows up the written consent.
    """
    participants = list(participants)
    roles = {p.role for p in participants}
    warnings = [_MISSING_ROLE_WARNINGS[role] for role in REQUIRED_SCHOOL_ROLES if role not in roles]
    if not any(p.family_member_id is not None for p in participants):
        warnings.append(NO_PARENT_WARNING)
    return warnings


def owner_is_family(action: ActionItem) -> bool:
    return action.owner == FAMILY_OWNER
