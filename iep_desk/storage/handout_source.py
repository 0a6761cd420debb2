"""Everything a handout prints about one meeting, gathered from the caseload file.

`handout_data` reads the stores and returns a printing.HandoutData; it writes
nothing. The renderers then decide what each document shows: the private parts
(tip file, concerns, contacts, checklist) reach the prep sheet alone.
"""

from __future__ import annotations

import re
from datetime import date

from iep_desk import resources
from iep_desk.core import handout_language
from iep_desk.core.checklist import AFTER_ITEMS, ChecklistState, before_meeting_checklist
from iep_desk.core.deadlines import Deadline, student_deadlines
from iep_desk.core.meetings import PLANNED_STATUSES, ChecklistTick, Meeting, MeetingRecord
from iep_desk.core.models import FamilyLink, TeamMember
from iep_desk.core.typed_text import FAMILY_DOCUMENTS, typed_texts
from iep_desk.printing.handout_data import HandoutData
from iep_desk.storage.caseload import CaseloadStore
from iep_desk.storage.print_settings import load_print_settings
from iep_desk.storage.stores import Stores

# The prep sheet lists this many of the latest contacts with the family: enough to see the
# pattern (three unanswered calls), short enough to read in the minute before the meeting.
RECENT_CONTACTS = 8
# The note of the "documents sent" tick lists the papers, one per line or separated by ";".
_DOCUMENT_SEPARATORS = re.compile(r"[\n;]+")


def handout_data(stores: Stores, meeting_id: int,
                 today: date | None = None) -> HandoutData:
    """The HandoutData for meeting `meeting_id`, read from the stores.

    Raises LookupError when there is no such meeting (or its student is not on file).
    `today` (default: the clock) dates the thank-you letter and the prep sheet's "days left".
    """
    today = today or date.today()
    record = stores.load_record(meeting_id)
    meeting = record.meeting
    store = stores.caseload
    student = store.get_student(meeting.student_id)
    family = store.family_of(student.id)
    print_settings = load_print_settings(stores.settings)
    deadline_settings = stores.settings.deadline_settings()

    checklist = _checklist_state(stores, record, family, today)
    checklist_items = [item.id for item in checklist.items]
    if meeting.status == "held":
        checklist_items += list(AFTER_ITEMS)
    # The teacher's family-language versions of what she typed, read before the computed
    # ticks are added (those have no row, and nothing typed).
    refs = [t.ref for t in typed_texts(FAMILY_DOCUMENTS, record, print_settings.letterhead,
                                       resources.language_shelf())]
    translations = stores.translations.every_language(refs)
    record.checklist = _with_computed_ticks(record, checklist)
    deadlines: list[Deadline] = student_deadlines(student, deadline_settings, today)
    deadlines += [d for d in stores.meetings.notice_deadlines(deadline_settings)
                  if d.meeting_id == meeting_id]

    return HandoutData(
        record=record,
        student=student,
        family=family,
        team=_team(store, record, student.id),
        tips=stores.review.tips_of(student.id),
        recent_contacts=stores.contacts.contacts_of_student(student.id)[:RECENT_CONTACTS],
        open_actions=[o.action for o in stores.review.open_actions(today=today, student_id=student.id)
                      if o.action.meeting_id != meeting_id],
        deadlines=sorted(deadlines, key=lambda d: d.due),
        next_meeting=next_meeting_after(stores, meeting),
        letterhead=print_settings.letterhead,
        paper=print_settings.paper,
        today=today,
        documents_for_review=_documents_sent(record),
        checklist_items=checklist_items,
        closed_days=list(stores.settings.planner_settings().closed_days),
        translations=translations,
    )


def next_meeting_after(stores: Stores, meeting: Meeting) -> Meeting | None:
    """The student's soonest dated meeting still to come after this one (not cancelled, not
    held); None when there is none. A meeting without a date has no "after"."""
    if meeting.starts_at is None:
        return None
    later = [m for m in stores.meetings.list_meetings(student_id=meeting.student_id,
                                                       statuses=PLANNED_STATUSES)
             if m.id != meeting.id and m.starts_at is not None and m.starts_at > meeting.starts_at]
    return min(later, key=lambda m: m.starts_at, default=None)


def family_language(data: HandoutData) -> str:
    """The language the family's documents are made in: the preferred language of the family
    member invited first, else of the first family member on file; English with no family."""
    return handout_language.family_language(data.record.participants, data.family)


def _team(store: CaseloadStore, record: MeetingRecord, student_id: int) -> list[TeamMember]:
    """The student's team, plus anyone invited from the team list who is not on it (a colleague
    who has since left keeps their role on the handout)."""
    team = store.team_of(student_id)
    known = {member.id for member in team}
    for person in record.participants:
        if person.team_member_id is not None and person.team_member_id not in known:
            try:
                team.append(store.get_team_member(person.team_member_id))
            except LookupError:
                continue
            known.add(person.team_member_id)
    return team


def _checklist_state(stores: Stores, record: MeetingRecord,
                     family: list[FamilyLink], today: date) -> ChecklistState:
    student_id = record.meeting.student_id
    return before_meeting_checklist(
        record.meeting, record.participants, [link.member for link in family], record.checklist,
        last_progress_contact=stores.contacts.last_progress_contact_by_student().get(student_id),
        today=today, deadline_settings=stores.settings.deadline_settings(),
        planner_settings=stores.settings.planner_settings(), texts=resources.checklist_texts())


def _with_computed_ticks(record: MeetingRecord, state: ChecklistState) -> list[ChecklistTick]:
    """The ticks as stored, plus the items the app counts as done without a tick (every
    excused member's consent is on file; a recent progress contact is in the log), so the
    prep sheet agrees with the planner's checklist."""
    ticks = list(record.checklist)
    ticked = {tick.item for tick in ticks}
    for item in state.items:
        if item.done and item.id not in ticked:
            ticks.append(ChecklistTick(record.meeting.id, item.id, done_on=item.done_on))
    return ticks


def _documents_sent(record: MeetingRecord) -> list[str]:
    """The papers sent ahead, as the teacher noted them on the "documents sent" tick."""
    for tick in record.checklist:
        if tick.item == "documents_sent":
            return [part.strip() for part in _DOCUMENT_SEPARATORS.split(tick.note) if part.strip()]
    return []


__all__ = ["RECENT_CONTACTS", "family_language", "handout_data", "next_meeting_after"]
