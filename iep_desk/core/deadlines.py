"""The dates a case manager answers for, computed from the facts and the settings.

Only facts are stored (last IEP meeting, last evaluation, date of birth, and a
due date when the IEP document itself names one); every deadline is derived
here when asked, so a changed setting never leaves a stale date behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from iep_desk.core.dates import add_days, add_months, add_years
from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.core.settings import DeadlineSettings

ANNUAL_REVIEW = "annual_review"
REEVALUATION = "reevaluation"
TRANSITION_PLAN = "transition_plan"
TRANSFER_OF_RIGHTS = "transfer_of_rights"
# Added by the meeting planner: the last day to send a meeting's notice.
SEND_NOTICE = "send_notice"
# Not a date but the lack of one: the annual review cannot be worked out (no last IEP meeting
# and no due date from the IEP on file), so nothing about the student can look safe.
NEEDS_IEP_DATES = "needs_iep_dates"

DEADLINE_KINDS = (ANNUAL_REVIEW, REEVALUATION, TRANSITION_PLAN, TRANSFER_OF_RIGHTS, SEND_NOTICE,
                  NEEDS_IEP_DATES)


class Urgency(Enum):
    OVERDUE = "overdue"
    # The IEP dates are missing: as urgent as a deadline this month, and said so in words.
    NEEDS_DATES = "needs_dates"
    WITHIN_30 = "within_30"
    WITHIN_60 = "within_60"
    LATER = "later"


def urgency_of(days_left: int) -> Urgency:
    if days_left < 0:
        return Urgency.OVERDUE
    if days_left <= 30:
        return Urgency.WITHIN_30
    if days_left <= 60:
        return Urgency.WITHIN_60
    return Urgency.LATER


@dataclass(frozen=True, slots=True)
class Deadline:
    student_id: int | None
    kind: str
    due: date
    # False once the date can no longer be acted on (e.g. a birthday already
    # covered by an IEP written after it); such dates are shown, not chased.
    open: bool = True
    # For deadlines that belong to a meeting (the notice date), which one.
    meeting_id: int | None = None

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def urgency(self, today: date) -> Urgency:
        if self.kind == NEEDS_IEP_DATES:
            return Urgency.NEEDS_DATES
        return urgency_of(self.days_left(today))


def next_annual_review(student: Student, settings: DeadlineSettings) -> date | None:
    """The date written on the IEP, else the last IEP meeting plus the allowed days."""
    if student.annual_review_due:
        return student.annual_review_due
    if student.last_iep_meeting:
        return add_days(student.last_iep_meeting, settings.annual_review_days)
    return None


def reevaluation_due(student: Student, settings: DeadlineSettings) -> date | None:
    """The date written on the IEP, else the last evaluation plus the allowed years.

    With no evaluation date entered there is nothing to compute from: None.
    """
    if student.reevaluation_due:
        return student.reevaluation_due
    if student.last_evaluation:
        return add_years(student.last_evaluation, settings.reevaluation_years)
    return None


def transition_age_reached_on(student: Student, settings: DeadlineSettings) -> date | None:
    """The birthday on which the student reaches the transition age."""
    if not student.date_of_birth:
        return None
    return add_years(student.date_of_birth, settings.transition_age)


def transfer_of_rights_effective_on(student: Student, settings: DeadlineSettings) -> date | None:
    """The day from which the IEP must say the student was told of the transfer of rights."""
    if not student.date_of_birth:
        return None
    majority = add_years(student.date_of_birth, settings.age_of_majority)
    return add_months(majority, -settings.transfer_notice_months)


def _iep_in_effect_on(
    student: Student, settings: DeadlineSettings, effective: date, today: date
) -> tuple[date, bool]:
    """When the IEP in effect on `effective` must be written, and whether that is still to do.

    - No IEP meeting on file: the date itself, still to do while it lies ahead.
    - The last IEP meeting came after the date: that IEP had to include it; nothing to chase.
    - The date falls inside the current IEP: the current IEP must include it by then
      (an amendment if it does not): the date itself, to do while it lies ahead.
    - The date falls after the next annual review: the review on or before the date
      must write it; still to do until a meeting on or after that review is recorded.
    """
    annual = next_annual_review(student, settings)
    last = student.last_iep_meeting
    if last is None or annual is None:
        return effective, effective >= today
    if effective < last:
        return effective, False
    if effective < annual:
        return effective, effective >= today
    # The last of the yearly reviews (annual, annual + 365 days, ...) on or before the date.
    step = settings.annual_review_days
    if step <= 0:
        return annual, True
    reviews_after_annual = (effective - annual).days // step
    return add_days(annual, reviews_after_annual * step), True


def transition_plan_due(student: Student, settings: DeadlineSettings, today: date) -> Deadline | None:
    effective = transition_age_reached_on(student, settings)
    if effective is None:
        return None
    due, still_open = _iep_in_effect_on(student, settings, effective, today)
    return Deadline(student.id, TRANSITION_PLAN, due, still_open)


def transfer_of_rights_due(student: Student, settings: DeadlineSettings, today: date) -> Deadline | None:
    effective = transfer_of_rights_effective_on(student, settings)
    if effective is None:
        return None
    due, still_open = _iep_in_effect_on(student, settings, effective, today)
    return Deadline(student.id, TRANSFER_OF_RIGHTS, due, still_open)


def student_deadlines(student: Student, settings: DeadlineSettings, today: date) -> list[Deadline]:
    """Every deadline of one student, open or not, soonest first."""
    found: list[Deadline] = []
    annual = next_annual_review(student, settings)
    if annual:
        found.append(Deadline(student.id, ANNUAL_REVIEW, annual))
    reeval = reevaluation_due(student, settings)
    if reeval:
        found.append(Deadline(student.id, REEVALUATION, reeval))
    for rule in (transition_plan_due, transfer_of_rights_due):
        deadline = rule(student, settings, today)
        if deadline:
            found.append(deadline)
    return sorted(found, key=lambda d: d.due)


def needs_iep_dates(student: Student, settings: DeadlineSettings,
                    today: date) -> Deadline | None:
    """"Needs IEP dates" when the annual review cannot be worked out (every IEP has a date
    its annual review follows from; a missing re-evaluation date shows as an empty cell of
    its own), due `today` so that it sorts with the urgent deadlines: an imported caseload
    without dates never looks all clear. None when the annual review is known."""
    if next_annual_review(student, settings) is not None:
        return None
    return Deadline(student.id, NEEDS_IEP_DATES, today)


def missing_iep_dates(student: Student, settings: DeadlineSettings) -> list[str]:
    """Which of ANNUAL_REVIEW and REEVALUATION cannot be worked out for the student."""
    return [kind for kind, due in ((ANNUAL_REVIEW, next_annual_review(student, settings)),
                                   (REEVALUATION, reevaluation_due(student, settings)))
            if due is None]


def nearest_open(deadlines: list[Deadline]) -> Deadline | None:
    open_ones = [d for d in deadlines if d.open]
    return min(open_ones, key=lambda d: d.due) if open_ones else None


def due_soon(deadlines: list[Deadline], today: date, within_days: int) -> list[Deadline]:
    """Open deadlines that are overdue or fall within the next `within_days`, soonest first."""
    horizon = add_days(today, within_days)
    return sorted((d for d in deadlines if d.open and d.due <= horizon), key=lambda d: d.due)


# -- the meeting notice ----------------------------------------------------------------------

def send_notice_by(meeting_day: date, notice_days: int) -> date:
    """The last day the notice of a meeting on `meeting_day` may go out: the notice days
    (a state's number, DeadlineSettings.notice_days) before it."""
    return add_days(meeting_day, -notice_days)


def earliest_meeting_day(today: date, notice_days: int) -> date:
    """The first day a meeting planned today can take place with its notice sent in time."""
    return add_days(today, notice_days)


def notice_deadline(meeting: Meeting, settings: DeadlineSettings, *, sent: bool) -> Deadline:
    """"Send the notice by" for a dated meeting, open until the notice is ticked as sent."""
    assert meeting.starts_at is not None
    return Deadline(meeting.student_id, SEND_NOTICE,
                    send_notice_by(meeting.starts_at.date(), settings.notice_days), open=not sent,
                    meeting_id=meeting.id)
