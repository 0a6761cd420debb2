"""Meetings as iCalendar (.ics) files any calendar program can import.

The event's UID is the meeting's `calendar_uid` (set once, at creation) and its
SEQUENCE the meeting's `calendar_sequence` (raised by storage with every change
of time, place or status), so importing a later export updates the event
instead of adding a second one.

Privacy: calendars are often shared or synced to phones, so the event title
names the student only by the name they go by and the initial of their last
name ("IEP meeting: Ánh N."), never the full legal name. Unless the teacher asks
for names (`include_names`), nothing else in the event names anyone either: no
attendees, no organizer, no email address, and no purpose (the teacher's own
words, which often name the student); the description says how to join and who
is invited by role only ("mother, general education teacher"). Times are written
as local "floating" times: the meeting is at 15:30 wherever the laptop is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, vCalAddress, vText

from iep_desk.core.meetings import Meeting, Participant
from iep_desk.core.models import Student

PRODID = "-//IEP Desk//Meeting planner//EN"

_TYPE_TITLES = {
    "initial": "First IEP meeting",
    "annual_review": "IEP annual review",
    "reevaluation": "IEP re-evaluation meeting",
    "amendment": "IEP change meeting",
    "transition": "IEP transition planning",
    "other": "IEP meeting",
}
_STATUS = {"draft": "TENTATIVE", "proposed": "TENTATIVE", "confirmed": "CONFIRMED",
           "held": "CONFIRMED", "cancelled": "CANCELLED"}
_PARTSTAT = {"no_answer": "NEEDS-ACTION", "coming": "ACCEPTED", "declined": "DECLINED",
             "remote": "ACCEPTED"}
# Attendees without a known email still need an address; calendar programs show the
# name and know not to write to this one (the form Google Calendar uses itself).
NO_EMAIL = "invalid:nomail"


class CalendarExportError(ValueError):
    """The meeting cannot be exported yet; the message is for the teacher."""


def private_student_name(student: Student) -> str:
    """The name the student goes by and the initial of their last name: "Ánh N."."""
    last = student.legal_last_name.strip()
    return f"{student.first_name} {last[0]}." if last else student.first_name


def event_title(meeting: Meeting, student: Student) -> str:
    """The event's title: the kind of meeting and the student's private short name."""
    title = f"{_TYPE_TITLES.get(meeting.meeting_type, 'IEP meeting')}: {private_student_name(student)}"
    return f"Cancelled: {title}" if meeting.status == "cancelled" else title


def _role_words(person: Participant) -> str:
    if person.is_student:
        return "student"
    return person.role.replace("_", " ") if person.role else "guest"


def _description(meeting: Meeting, participants: list[Participant], include_names: bool) -> str:
    lines = []
    if include_names and meeting.purpose.strip():
        lines.append(meeting.purpose.strip())
    if meeting.place_kind in ("phone", "video") and meeting.place.strip():
        how = "By phone" if meeting.place_kind == "phone" else "By video"
        lines.append(f"{how}: {meeting.place.strip()}")
    if participants and include_names:
        lines.append("Invited: " + ", ".join(
            f"{p.name} ({p.role.replace('_', ' ')})" if p.role else p.name for p in participants))
    elif participants:
        lines.append("Invited: " + ", ".join(_role_words(p) for p in participants))
    return "\n".join(lines)


def _event(meeting: Meeting, participants: Iterable[Participant], student: Student,
           organizer_email: str | None, emails: Mapping[int, str], stamp: datetime,
           include_names: bool) -> Event:
    if meeting.starts_at is None:
        raise CalendarExportError(
            "This meeting has no date and time yet, so it cannot go into a calendar.")
    if not meeting.calendar_uid:
        raise CalendarExportError("This meeting has not been saved yet. Save it, then export it.")
    participants = list(participants)
    event = Event()
    event.add("uid", meeting.calendar_uid)
    event.add("sequence", meeting.calendar_sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.starts_at.replace(tzinfo=None))
    ends_at = meeting.starts_at + timedelta(minutes=meeting.duration_minutes)
    event.add("dtend", ends_at.replace(tzinfo=None))
    event.add("summary", event_title(meeting, student))
    event.add("status", _STATUS.get(meeting.status, "TENTATIVE"))
    if meeting.place.strip():
        event.add("location", meeting.place.strip())
    description = _description(meeting, participants, include_names)
    if description:
        event.add("description", description)
    # Nobody but the invited sees it; calendars that honour CLASS keep it private.
    event.add("class", "PRIVATE")
    if not include_names:
        return event
    if organizer_email:
        event.add("organizer", vCalAddress(f"mailto:{organizer_email}"))
    for person in participants:
        email = (emails.get(person.id) if person.id is not None else None) or ""
        attendee = vCalAddress(f"mailto:{email}" if email.strip() else NO_EMAIL)
        attendee.params["cn"] = vText(person.name)
        attendee.params["role"] = vText("REQ-PARTICIPANT" if person.required else "OPT-PARTICIPANT")
        attendee.params["partstat"] = vText(_PARTSTAT.get(person.response, "NEEDS-ACTION"))
        event.add("attendee", attendee, encode=False)
    return event


def _calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    return calendar


def meeting_to_ics(meeting: Meeting, participants: Iterable[Participant], student: Student,
                   organizer_email: str | None = None, *,
                   emails: Mapping[int, str] | None = None, include_names: bool = False) -> bytes:
    """One meeting as an .ics file. `emails` maps participant ids to their known addresses.

    Without `include_names` the file names nobody beyond the title's short name (see the
    module's docstring); with it, the purpose, the invited people by name and their emails
    (as attendees) and the organizer are written too.
    Raises CalendarExportError when the meeting has no date and time yet.
    """
    calendar = _calendar()
    calendar.add_component(_event(meeting, participants, student, organizer_email, emails or {},
                                  datetime.now(UTC), include_names))
    return calendar.to_ical()


def meetings_to_ics(meetings: Iterable[tuple[Meeting, Iterable[Participant], Student]],
                    organizer_email: str | None = None, *,
                    emails: Mapping[int, str] | None = None, include_names: bool = False) -> bytes:
    """Several meetings in one calendar file; meetings without a date yet are left out.
    `include_names` as for meeting_to_ics."""
    calendar = _calendar()
    stamp = datetime.now(UTC)
    for meeting, participants, student in meetings:
        if meeting.starts_at is None:
            continue
        calendar.add_component(_event(meeting, participants, student, organizer_email,
                                      emails or {}, stamp, include_names))
    return calendar.to_ical()
