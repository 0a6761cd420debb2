"""Which handouts fit a meeting as it stands, as codes; the app and the command line word them.

- The summary and the thank-you letter speak of a meeting that took place: only for a
  meeting marked held.
- The invitation is the meeting notice: only for a meeting that is not cancelled (nor
  already held) and has a date, a start time and a place.
- The agenda may print for any meeting, but when its items run past the meeting's end
  the teacher is warned first (it still prints: the teacher may mean to run over).
- The reply slip asks for an answer three school days before the meeting.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from iep_desk.core.agenda import agenda_timing
from iep_desk.core.meetings import AgendaItem, Meeting

# Codes of why a document is not made for a meeting.
NOT_HELD = "not_held"
CANCELLED = "cancelled"
ALREADY_HELD = "already_held"
NO_DATE = "no_date"
NO_TIME = "no_time"
NO_PLACE = "no_place"

AFTER_THE_MEETING = ("summary", "thank-you")
# School days between the reply-by date and the meeting: time to call a family that has not
# answered, and to book an interpreter or a ride.
REPLY_SCHOOL_DAYS = 3


def refusals(kind: str, meeting: Meeting) -> list[str]:
    """Why `kind` ("invitation", "agenda", "prep-sheet", "summary", "thank-you") should not be
    made for `meeting` now, as codes; empty when it may."""
    if kind in AFTER_THE_MEETING:
        return [] if meeting.status == "held" else [NOT_HELD]
    if kind != "invitation":
        return []
    if meeting.status == "cancelled":
        return [CANCELLED]
    if meeting.status == "held":
        return [ALREADY_HELD]
    found = []
    if meeting.starts_at is None:
        found.append(NO_DATE)
    elif meeting.starts_at.hour == 0 and meeting.starts_at.minute == 0:
        # A day chosen without a time is stored at midnight (see the planner).
        found.append(NO_TIME)
    if not meeting.place.strip():
        found.append(NO_PLACE)
    return found


def agenda_overrun(agenda: Iterable[AgendaItem], meeting: Meeting) -> int:
    """Minutes the agenda's items run past the meeting's planned end (0 when they fit)."""
    return agenda_timing(agenda, meeting).over_by


def reply_by(meeting_day: date, today: date, closed_days: Iterable[date] = ()) -> date | None:
    """The date the reply slip asks the family to answer by: REPLY_SCHOOL_DAYS school days
    (weekdays the school is open) before the meeting; when that is today or past, the earliest
    school day still ahead before the meeting; None when there is none (the meeting is
    today or on the next school day): the slip then asks for an answer as soon as possible."""
    closed = set(closed_days)

    def school_day(day: date) -> bool:
        return day.weekday() < 5 and day not in closed

    day = meeting_day
    counted = 0
    candidates = []
    while counted < REPLY_SCHOOL_DAYS:
        day -= timedelta(days=1)
        if day <= today:
            break
        if school_day(day):
            counted += 1
            candidates.append(day)
    # The days counted back from the meeting, nearest first, all after today.
    return candidates[-1] if candidates else None
