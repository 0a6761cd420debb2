"""Who must come to a meeting and when they can: the slot finder's attendees, made from the
people invited (Find a time, the sample caseload) or from a student's family and team (Plan
the year), with their weekly times and their one-off busy times."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.meetings import BusyTime, Participant
from iep_desk.core.slots import Attendee
from iep_desk.storage.stores import Stores


@dataclass(frozen=True, slots=True)
class MeetingPeople:
    """The people invited, as the slot finder sees them, with each one's busy times."""

    people: list[Participant] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    # (the person's name, a busy time of theirs), earliest first.
    busy: list[tuple[str, BusyTime]] = field(default_factory=list)


def meeting_people(stores: Stores, *, meeting_id: int, busy_from: date | None = None
                   ) -> MeetingPeople:
    """The attendees of a meeting: a family or team member's weekly times and their busy
    times from `busy_from` on (none when None); a typed name has no times on file. An
    excused member is not planned around; everyone else who is required is."""
    people = stores.meetings.participants_of(meeting_id)
    busy = stores.busy_times.busy_times(busy_from, None) if busy_from is not None else []
    attendees: list[Attendee] = []
    shown: list[tuple[str, BusyTime]] = []
    for person in people:
        if person.family_member_id is not None:
            windows = stores.caseload.get_family_member(person.family_member_id).availability
            own = [b for b in busy if b.family_member_id == person.family_member_id]
        elif person.team_member_id is not None:
            windows = stores.caseload.get_team_member(person.team_member_id).availability
            own = [b for b in busy if b.team_member_id == person.team_member_id]
        else:
            windows, own = [], []
        shown += [(person.name, b) for b in own]
        attendees.append(_attendee(str(person.id), person.name, person.role,
                                   person.required and not person.excused, windows, own))
    shown.sort(key=lambda pair: pair[1].starts_at)
    return MeetingPeople(people, attendees, shown)


def planned_around(stores: Stores, student_id: int, busy: Sequence[BusyTime]
                   ) -> tuple[Attendee, ...]:
    """The people a student's meetings are placed around (Plan the year), with their weekly
    times and their times in `busy`: the first family member listed (the family's times,
    when on file, bind the meeting: the parents are equal partners, not guests), then the
    rest of the family and the student's team, whom the planner fits in where it can.
    Someone with no times on file is taken as free in school hours."""
    attendees = []
    for n, link in enumerate(stores.caseload.family_of(student_id)):
        member = link.member
        attendees.append(_attendee(
            f"family:{member.id}", member.name, link.relationship, n == 0, member.availability,
            [b for b in busy if b.family_member_id == member.id]))
    for colleague in stores.caseload.team_of(student_id):
        attendees.append(_attendee(
            f"team:{colleague.id}", colleague.name, colleague.role, False,
            colleague.availability, [b for b in busy if b.team_member_id == colleague.id]))
    return tuple(attendees)


def _attendee(key: str, name: str, role: str, required: bool, windows: Sequence[WeeklyWindow],
              busy: Sequence[BusyTime]) -> Attendee:
    return Attendee(key=key, name=name, role=role, required=required, windows=list(windows),
                    busy=[(b.starts_at, b.ends_at) for b in busy])
