"""The planner's rules: default lengths, transition meetings, and checks on what the teacher typed.

Each check returns a `Problem` (core.problems: a code with its values, and whether it
blocks saving or is a warning the teacher may go ahead despite), or None when all is well.
Storage and the application layer refuse blocking problems by raising `MeetingInputError`,
so nothing wrong is ever stored; the window says each code in the teacher's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from iep_desk.core.dates import add_years
from iep_desk.core.deadlines import next_annual_review, reevaluation_due, transition_age_reached_on
from iep_desk.core.meetings import (
    ActionItem,
    Meeting,
    MeetingStatus,
    Participant,
    still_ahead,
)
from iep_desk.core.models import Student, TeamRole
from iep_desk.core.planner_settings import MAX_DURATION_MINUTES, PlannerSettings
from iep_desk.core.problems import Problem, ProblemError
from iep_desk.core.settings import DeadlineSettings

# The school members the law asks for at every IEP meeting (34 CFR 300.321), in the order
# the warnings are shown; the parents are checked separately.
REQUIRED_SCHOOL_ROLES = (
    TeamRole.GENERAL_EDUCATION_TEACHER,
    TeamRole.SPECIAL_EDUCATION_TEACHER,
    TeamRole.DISTRICT_REPRESENTATIVE,
)
_MISSING_ROLE = {role: f"no_{role}" for role in REQUIRED_SCHOOL_ROLES}
NO_PARENT = Problem("no_parent", blocking=False)

STUDENT_ROLE = "student"


class MeetingInputError(ProblemError):
    """Something the teacher entered cannot be stored: `.problem` says what (a code and its
    values); str(error) in English."""


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

def check_duration(minutes: object) -> Problem | None:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
        return Problem("duration_too_short")
    if minutes > MAX_DURATION_MINUTES:
        return Problem.of("duration_too_long", minutes=minutes)
    return None


def check_end_after_start(starts_at: datetime, ends_at: datetime) -> Problem | None:
    if ends_at <= starts_at:
        return Problem("end_before_start")
    return None


def check_due_date(starts_at: datetime | None, due_by: date | None,
                   today: date) -> Problem | None:
    """A meeting after the date it must come before.

    Blocking while the due date still lies ahead (the date is surely a slip); only a
    warning once the due date has passed, because a late meeting must still be held.
    """
    if starts_at is None or due_by is None or starts_at.date() <= due_by:
        return None
    if due_by >= today:
        return Problem.of("after_due_date", due=due_by)
    return Problem.of("due_date_passed", blocking=False, due=due_by)


# -- a day and a time a family can trust ------------------------------------------

# How far from today a meeting's date may be typed: a year back (a late record of a meeting
# held), two years ahead (a meeting planned for next school year). Further is a slip of
# the year: 2062 for 2026, 1926, 2100.
MEETING_YEARS_BACK = 1
MEETING_YEARS_AHEAD = 2


def meeting_date_range(today: date) -> tuple[date, date]:
    """The first and the last day a meeting's date may be typed as, both included."""
    return add_years(today, -MEETING_YEARS_BACK), add_years(today, MEETING_YEARS_AHEAD)


def check_meeting_date(day: date, today: date) -> Problem | None:
    """A meeting date typed more than a year before today or more than two years after it
    (blocking: surely a typo in the year)."""
    first, last = meeting_date_range(today)
    if first <= day <= last:
        return None
    return Problem.of("meeting_date_out_of_range", day=day, first=first, last=last)


def check_meeting_time(starts_at: datetime | None, settings: PlannerSettings) -> list[Problem]:
    """Warnings, never refusals, for a meeting on a weekend, on a day the school is closed
    (Settings ▸ School calendar) or starting outside the school day: a family reads this day
    and time on the invitation, so the planner asks the teacher to check it; an evening
    meeting with a working parent is legitimate. The day's warning comes first."""
    if starts_at is None:
        return []
    found: list[Problem] = []
    day = starts_at.date()
    if day.weekday() == 5:
        found.append(Problem.of("meeting_on_saturday", blocking=False, day=day))
    elif day.weekday() == 6:
        found.append(Problem.of("meeting_on_sunday", blocking=False, day=day))
    else:
        reason = settings.closed_reason(day)
        if reason:
            found.append(Problem.of("meeting_on_closed_day", blocking=False, day=day,
                                    reason=reason))
        elif reason is not None:
            found.append(Problem.of("meeting_on_unnamed_closed_day", blocking=False, day=day))
    start = starts_at.time()
    if not settings.school_day_start <= start < settings.school_day_end:
        found.append(Problem.of("meeting_outside_school_day", blocking=False, time=start,
                                starts=settings.school_day_start, ends=settings.school_day_end))
    return found


def meeting_clock(hour: int, minute: int, settings: PlannerSettings) -> time:
    """The time meant by "3:30" typed without AM or PM on a 12-hour clock, for a meeting's
    times: the one of 3:30 AM and 3:30 PM that falls within the school day (its end
    included: "leaves early at" the day's end), when only one does (a teacher typing "3:30"
    means the afternoon); else the hour as typed. `hour` is 1 to 12 ("12:15" is noon as
    typed)."""
    morning = time(hour % 12, minute)
    afternoon = time(hour % 12 + 12, minute)
    typed = time(hour, minute)

    def in_day(clock: time) -> bool:
        return settings.school_day_start <= clock <= settings.school_day_end

    if in_day(morning) != in_day(afternoon):
        return morning if in_day(morning) else afternoon
    return typed


def check_student_active(student: Student) -> Problem | None:
    if student.is_archived:
        return Problem.of("student_archived", name=student.display_name or student.legal_name)
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


def check_participant_not_twice(new: Participant,
                                existing: Iterable[Participant]) -> Problem | None:
    for other in existing:
        if other.id is not None and other.id == new.id:
            continue
        if same_person(new, other):
            return Problem.of("already_on_list", name=other.name)
    return None


def check_participant_identity(participant: Participant) -> Problem | None:
    """A participant is one person: a family member, a team member or a typed name."""
    if participant.family_member_id is not None and participant.team_member_id is not None:
        return Problem("family_and_team")
    if participant.is_student and (participant.family_member_id is not None
                                   or participant.team_member_id is not None):
        return Problem("student_as_family_or_team")
    if not participant.name.strip():
        return Problem("participant_name_missing")
    return None


def check_slot_range(first_day: date | None, last_day: date | None) -> Problem | None:
    if first_day is None or last_day is None:
        return Problem("search_range_missing")
    if last_day < first_day:
        return Problem("search_range_backwards")
    return None


def check_mark_held(meeting: Meeting, now: datetime) -> Problem | None:
    """A meeting can be marked as held only once it has started (`meeting` as it is before
    it is marked)."""
    if meeting.status == MeetingStatus.CANCELLED:
        return Problem("held_but_cancelled")
    if meeting.starts_at is None:
        return Problem("held_without_date")
    if still_ahead(meeting, now):
        return Problem("held_in_future")
    return None


def check_action_item(action: ActionItem, meeting: Meeting) -> Problem | None:
    """An action needs something to do, an owner, and a due date not before the meeting."""
    if not action.what.strip():
        return Problem("action_what_missing")
    if not action.owner.strip() and not action.owner_name.strip():
        return Problem("action_owner_missing")
    if action.due_on and meeting.starts_at and action.due_on < meeting.starts_at.date():
        return Problem("action_due_before_meeting")
    return None


def check_meeting(meeting: Meeting, student: Student, today: date) -> list[Problem]:
    """Every problem with a meeting as a whole, blocking ones first. A meeting that is a
    record (held, cancelled) is not held to the planning rules."""
    planning = not meeting.is_record
    found = [p for p in (check_student_active(student) if planning else None,
                         check_duration(meeting.duration_minutes),
                         check_due_date(meeting.starts_at, meeting.due_by, today)
                         if planning else None) if p is not None]
    return sorted(found, key=lambda p: not p.blocking)


def raise_if_blocking(problems: Iterable[Problem | None]) -> None:
    """Raise MeetingInputError for the first blocking problem, if any."""
    for problem in problems:
        if problem is not None and problem.blocking:
            raise MeetingInputError(problem)


# -- warnings about who is invited ---------------------------------------------

def missing_role_warnings(participants: Iterable[Participant]) -> list[Problem]:
    """Warnings for required school roles no participant fills, and for no parent invited.

    An excused member still fills their role: excusal is the parent's agreement that
    they need not attend, and the checklist follows up the written consent.
    """
    participants = list(participants)
    roles = {p.role for p in participants}
    warnings = [Problem(_MISSING_ROLE[role], blocking=False)
                for role in REQUIRED_SCHOOL_ROLES if role not in roles]
    if not any(p.family_member_id is not None for p in participants):
        warnings.append(NO_PARENT)
    return warnings


# -- what a new kind of meeting brings along ---------------------------------------------------

# Meeting types whose due date is the next annual review; a re-evaluation serves its own date.
_ANNUAL_TYPES = ("annual_review", "transition")


def default_due_date(meeting_type: str, student: Student, settings: DeadlineSettings
                     ) -> date | None:
    """The due date a new meeting of this type serves (None when the type has none)."""
    if meeting_type == "reevaluation":
        return reevaluation_due(student, settings)
    if meeting_type in _ANNUAL_TYPES:
        return next_annual_review(student, settings)
    return None


def follow_meeting_type(meeting: Meeting, new_type: str, student: Student,
                        planner: PlannerSettings, deadlines: DeadlineSettings,
                        today: date) -> dict[str, object]:
    """What a new kind of meeting brings along: its default length (unless the teacher
    changed the length) and its due date (unless one is set, or it has already passed)."""
    changes: dict[str, object] = {}
    if meeting.duration_minutes == planner.duration_for(meeting.meeting_type):
        changes["duration_minutes"] = planner.duration_for(new_type)
    if meeting.due_by is None:
        due = default_due_date(new_type, student, deadlines)
        if due is not None and due >= today:
            changes["due_by"] = due
    return changes
