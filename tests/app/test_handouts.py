"""handout_data: everything a handout prints about one meeting, read from a real caseload file.

`seed_meeting` is also used by the UI and command-line handout tests.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest
from pypdf import PdfReader

from iep_desk.app.handouts import RECENT_CONTACTS, family_language, gather
from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.core.meetings import (
    FAMILY_OWNER,
    ActionItem,
    Concern,
    ContactEntry,
    FamilyQuestion,
    Meeting,
    TipEntry,
)
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.printing import RENDERERS
from iep_desk.storage.print_settings import save_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores

TODAY = date(2026, 3, 2)
TIP_TOPIC = "The move from the old school (tip-private-q71)"
CONCERN_INTEREST = "Wants Ánh to enjoy reading again (interest-private-k32)"
EARLIER_ACTION = "Send home the reading log (earlier-open-b5)"
THIS_ACTION = "Book the hearing check (this-meeting-c9)"


@dataclass
class Seeded:
    student_id: int
    meeting_id: int
    earlier_id: int
    next_id: int
    cancelled_id: int
    declined_name: str
    expected_at_table: int


def text_of(pdf: bytes) -> str:
    """The PDF's text, NFC, with every run of spaces (narrow or not) as one space."""
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    text = unicodedata.normalize("NFC", " ".join(pages))
    for space in ("\u202f", "\u00a0", "\u2009"):
        text = text.replace(space, " ")
    return " ".join(text.split())


def seed_meeting(store, stores: Stores, today: date = TODAY, *,
                 language: str = "hmn") -> Seeded:
    """A student with a Hmong-speaking mother (Hmong has no templates: her documents are in
    English with the Hmong tagline), a team of four (one declined), an earlier
    held meeting with an open action, the meeting to print (confirmed, 10 days ahead), a
    cancelled meeting and the next meeting after it."""
    student_id = store.add_student(Student(
        legal_first_name="Thị Ánh", legal_last_name="Nguyễn", preferred_name="Ánh",
        date_of_birth=date(2016, 9, 1), grade="3", last_iep_meeting=today - timedelta(days=300)))
    mother_id = store.add_family_member(
        FamilyMember(name="Trần Thị Hoa", preferred_language=language, interpreter_needed=True),
        student_id=student_id, relationship="mother")
    team = [("Maria Delgado", "general_education_teacher"),
            ("Grace Okafor", "special_education_teacher"),
            ("Daniel Kowalski", "district_representative")]
    team_ids = []
    for name, role in team:
        member_id = store.add_team_member(TeamMember(name=name, role=role))
        store.add_to_team(student_id, member_id)
        team_ids.append(member_id)
    # Invited to this meeting, but not on the student's team.
    fischer_id = store.add_team_member(TeamMember(name="Lena Fischer",
                                                  role="speech_language_pathologist"))

    def at(days: int, clock: time) -> datetime:
        return datetime.combine(today + timedelta(days=days), clock)

    earlier_id = stores.meetings.create_meeting(Meeting(
        student_id, "other", "Check in on reading.", "held", at(-60, time(9, 0)),
        place="Room 12"), today=today)
    stores.review.add_action(ActionItem(earlier_id, EARLIER_ACTION, FAMILY_OWNER, "The family",
                                   today - timedelta(days=40)))
    done = stores.review.add_action(ActionItem(earlier_id, "Done already (done-d4)", FAMILY_OWNER,
                                          "The family", today - timedelta(days=50)))
    stores.review.set_action_status(done, "done", today=today - timedelta(days=45))

    meeting_id = stores.meetings.create_meeting(Meeting(
        student_id, "annual_review", "Review the year and write next year's goals.", "confirmed",
        at(10, time(15, 30)), 60, "room", "Room 12, next to the library"), today=today)
    stores.meetings.add_family_participant(meeting_id, mother_id, invited_on=today)
    for member_id in team_ids:
        stores.meetings.add_team_participant(meeting_id, member_id, invited_on=today)
    declined = stores.meetings.add_team_participant(meeting_id, fischer_id, invited_on=today)
    stores.meetings.set_participant_field(declined, "response", "declined")
    stores.agenda.load_agenda_template(meeting_id)
    stores.agenda.add_family_question(FamilyQuestion(meeting_id, "Can Ánh have extra time on tests?",
                                                today))
    stores.preparation.add_concern(Concern(meeting_id, interest=CONCERN_INTEREST,
                                 position="Asks for daily reading help."))
    stores.review.add_tip(TipEntry(student_id, today - timedelta(days=20), TIP_TOPIC, "sensitivity",
                              "Start with what is going well."))
    stores.checklist.tick(meeting_id, "documents_sent", done_on=today - timedelta(days=1),
                  note="Draft goals; Reading assessment summary\nSpeech report", today=today)
    now = datetime.combine(today, time(17, 0))
    for days_ago in range(RECENT_CONTACTS + 3, 0, -1):
        stores.contacts.add_contact(ContactEntry(
            mother_id, datetime.combine(today - timedelta(days=days_ago), time(16, 0)),
            "phone", "reached", student_id=student_id, topic=f"Call {days_ago} days ago",
            progress_update=days_ago == 2), now=now)

    cancelled_id = stores.meetings.create_meeting(Meeting(
        student_id, "other", "Talk about the class trip.", "proposed", at(20, time(13, 0)),
        place="Room 12"), today=today)
    stores.meetings.cancel_meeting(cancelled_id, today=today)
    next_id = stores.meetings.create_meeting(Meeting(
        student_id, "other", "Check in on the new goals.", "proposed", at(100, time(14, 0)),
        place="Room 12"), today=today)
    # An action of this meeting is this meeting's, not an "open action from before".
    stores.review.add_action(ActionItem(meeting_id, THIS_ACTION, FAMILY_OWNER, "The family",
                                   today + timedelta(days=20)))
    save_print_settings(SettingsStore(store.db), PrintSettings(
        letterhead=Letterhead(school_name="Riverside Elementary", teacher_name="Grace Okafor",
                              phone="555-0142", email="g.okafor@district.example.org"),
        paper="a4"))
    return Seeded(student_id, meeting_id, earlier_id, next_id, cancelled_id, "Lena Fischer",
                  expected_at_table=4)


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def seeded(store, stores):
    return seed_meeting(store, stores)


def test_gathers_the_meeting_its_people_and_the_letterhead(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert data.record.meeting.id == seeded.meeting_id
    assert data.student.display_name == "Ánh Nguyễn"
    assert [link.member.name for link in data.family] == ["Trần Thị Hoa"]
    assert [link.relationship for link in data.family] == ["mother"]
    names = {p.name for p in data.record.participants}
    assert names == {"Trần Thị Hoa", "Maria Delgado", "Grace Okafor", "Daniel Kowalski",
                     "Lena Fischer"}
    # The invited colleague who is not on the student's team is known too (for her role).
    assert {m.name for m in data.team} >= {"Lena Fischer", "Maria Delgado"}
    assert data.letterhead.school_name == "Riverside Elementary"
    assert data.letterhead.teacher_name == "Grace Okafor"
    assert data.paper == "a4"
    assert data.today == TODAY
    assert data.record.agenda, "the agenda template was loaded"
    assert [q.text for q in data.record.questions] == ["Can Ánh have extra time on tests?"]
    assert family_language(data) == "hmn"


def test_private_parts_are_gathered_for_the_prep_sheet(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert [t.topic for t in data.tips] == [TIP_TOPIC]
    assert [c.interest for c in data.record.concerns] == [CONCERN_INTEREST]
    assert len(data.recent_contacts) == RECENT_CONTACTS
    when = [c.contacted_on for c in data.recent_contacts]
    assert when == sorted(when, reverse=True), "newest first"
    assert data.recent_contacts[0].topic == "Call 1 days ago"


def test_open_actions_are_the_earlier_meetings_open_ones(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert [a.what for a in data.open_actions] == [EARLIER_ACTION]
    assert THIS_ACTION in [a.what for a in data.record.actions]


def test_deadlines_include_the_annual_review_and_this_meetings_notice(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    kinds = {d.kind: d for d in data.deadlines}
    assert kinds["annual_review"].due == TODAY - timedelta(days=300) + timedelta(
        days=stores.settings.deadline_settings().annual_review_days)
    notice = kinds["send_notice"]
    assert notice.meeting_id == seeded.meeting_id
    assert notice.due == TODAY + timedelta(days=10 - stores.settings.deadline_settings().notice_days)
    assert [d.due for d in data.deadlines] == sorted(d.due for d in data.deadlines)


def test_next_meeting_skips_the_cancelled_one(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert data.next_meeting is not None
    assert data.next_meeting.id == seeded.next_id
    # After the last meeting there is no next one.
    assert gather(stores, meeting_id=seeded.next_id, today=TODAY).next_meeting is None


def test_documents_and_checklist(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert data.documents_for_review == ["Draft goals", "Reading assessment summary",
                                         "Speech report"]
    # The mother needs an interpreter, so that item applies; nobody is excused, so the
    # consent item does not.
    assert "interpreter_arranged" in data.checklist_items
    assert "excusal_consents" not in data.checklist_items
    assert "notes_sent" not in data.checklist_items, "after-meeting items only once held"
    ticks = {t.item: t for t in data.record.checklist}
    assert ticks["documents_sent"].done_on == TODAY - timedelta(days=1)
    # A progress contact two days ago counts as "progress shared" without a tick, as in
    # the planner's checklist.
    assert ticks["progress_shared"].done_on == TODAY - timedelta(days=2)
    held = gather(stores, meeting_id=seeded.earlier_id, today=TODAY)
    assert "notes_sent" in held.checklist_items


def test_unknown_meeting_is_a_lookup_error(store, stores, seeded):
    with pytest.raises(LookupError):
        gather(stores, meeting_id=9999, today=TODAY)


def test_reading_writes_nothing(store, stores, seeded):
    before = store.db.execute("SELECT total_changes()").fetchone()[0]
    gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert store.db.execute("SELECT total_changes()").fetchone()[0] == before


def test_the_documents_made_from_it_keep_private_texts_on_the_prep_sheet(store, stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    prep = text_of(RENDERERS["prep-sheet"](data, "en").pdf)
    assert TIP_TOPIC in prep and CONCERN_INTEREST in prep and EARLIER_ACTION in prep
    for kind in ("invitation", "agenda"):
        text = text_of(RENDERERS[kind](data, "en").pdf)
        assert "Ánh" in text and "Lena Fischer" in text
        assert TIP_TOPIC not in text and CONCERN_INTEREST not in text
    invitation = text_of(RENDERERS["invitation"](data, "en").pdf)
    assert "Speech report" in invitation and "Riverside Elementary" in invitation
