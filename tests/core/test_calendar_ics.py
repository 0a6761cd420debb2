"""Meetings as .ics files: stable UID, rising SEQUENCE, attendees, privacy of the title."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar

from iep_desk.core.calendar_ics import (
    CalendarExportError,
    meeting_to_ics,
    meetings_to_ics,
    private_student_name,
)
from iep_desk.core.meetings import Meeting, Participant
from iep_desk.core.models import FamilyMember, Student, TeamMember
from iep_desk.storage.stores import Stores

STUDENT = Student("María José", "Fernández", preferred_name="Majo", id=1)


def events(ics: bytes):
    return list(Calendar.from_ical(ics).walk("VEVENT"))


def test_title_keeps_the_full_name_out():
    meeting = Meeting(1, starts_at=datetime(2026, 12, 10, 15, 30), calendar_uid="u@iep-desk")
    [event] = events(meeting_to_ics(meeting, [], STUDENT))
    assert str(event["SUMMARY"]) == "IEP annual review: Majo F."
    assert "Fernández" not in str(event["SUMMARY"]) and "María" not in str(event["SUMMARY"])
    assert private_student_name(Student("Kofi")) == "Kofi"


def test_event_fields_and_attendees():
    meeting = Meeting(1, "reevaluation", "Look at the results together", "confirmed",
                      datetime(2026, 12, 10, 15, 30), 90, "video", "https://video.example/x",
                      calendar_uid="abc@iep-desk", calendar_sequence=3)
    people = [Participant(1, "Lucía Fernández", "mother", family_member_id=1, required=True,
                          response="coming", id=10),
              Participant(1, "Dana Advocate", "advocate", id=11)]
    ics = meeting_to_ics(meeting, people, STUDENT, "teacher@school.example",
                         emails={10: "lucia@example.org"}, include_names=True)
    [event] = events(ics)
    assert str(event["UID"]) == "abc@iep-desk"
    assert int(event["SEQUENCE"]) == 3
    assert event.decoded("DTSTART") == datetime(2026, 12, 10, 15, 30)
    assert event.decoded("DTEND") == datetime(2026, 12, 10, 17, 0)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "https://video.example/x"
    assert "Look at the results together" in str(event["DESCRIPTION"])
    assert str(event["ORGANIZER"]) == "mailto:teacher@school.example"
    attendees = event["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:lucia@example.org", "invalid:nomail"]
    assert [a.params["CN"] for a in attendees] == ["Lucía Fernández", "Dana Advocate"]
    assert [a.params["ROLE"] for a in attendees] == ["REQ-PARTICIPANT", "OPT-PARTICIPANT"]
    assert [a.params["PARTSTAT"] for a in attendees] == ["ACCEPTED", "NEEDS-ACTION"]


def test_a_cancelled_meeting_is_exported_as_cancelled():
    meeting = Meeting(1, status="cancelled", starts_at=datetime(2026, 12, 10, 9),
                      calendar_uid="c@iep-desk", calendar_sequence=2)
    [event] = events(meeting_to_ics(meeting, [], STUDENT))
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("Cancelled: ")


def test_a_meeting_without_a_date_cannot_be_exported():
    with pytest.raises(CalendarExportError, match="no date and time"):
        meeting_to_ics(Meeting(1, calendar_uid="x@iep-desk"), [], STUDENT)


def test_many_meetings_in_one_calendar_skip_the_undated():
    first = Meeting(1, starts_at=datetime(2026, 12, 10, 9), calendar_uid="a@iep-desk")
    second = Meeting(2, starts_at=datetime(2026, 12, 11, 9), calendar_uid="b@iep-desk")
    undated = Meeting(3, calendar_uid="c@iep-desk")
    ics = meetings_to_ics([(first, [], STUDENT), (second, [], Student("Kofi", "Mensah")),
                           (undated, [], STUDENT)])
    assert [str(e["UID"]) for e in events(ics)] == ["a@iep-desk", "b@iep-desk"]
    assert [str(e["SUMMARY"]) for e in events(ics)][1] == "IEP annual review: Kofi M."


def test_exporting_again_after_a_change_of_time_keeps_the_uid_and_raises_sequence(store):
    stores = Stores(store.db)
    student_id = store.add_student(Student("María José", "Fernández", preferred_name="Majo"))
    mother = store.add_family_member(FamilyMember("Lucía Fernández", email="lucia@example.org"),
                                     student_id=student_id, relationship="mother")
    teacher = store.add_team_member(TeamMember("Sam Okoye", "general_education_teacher"))
    meeting = Meeting(student_id, starts_at=datetime(2026, 12, 10, 15, 30))
    stores.meetings.create_meeting(meeting, today=date(2026, 11, 23))
    stores.meetings.add_family_participant(meeting.id, mother)
    stores.meetings.add_team_participant(meeting.id, teacher)

    def export():
        record = stores.load_record(meeting.id)
        return events(meeting_to_ics(record.meeting, record.participants,
                                     store.get_student(student_id),
                                     emails=stores.meetings.participant_emails(meeting.id),
                                     include_names=True))[0]

    first = export()
    stores.meetings.set_meeting_field(meeting.id, "starts_at", datetime(2026, 12, 11, 8, 0),
                               today=date(2026, 11, 23))
    second = export()
    assert str(second["UID"]) == str(first["UID"]) == meeting.calendar_uid
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1
    assert second.decoded("DTSTART") == datetime(2026, 12, 11, 8, 0)
    assert [a.params["CN"] for a in second["ATTENDEE"]] == ["Lucía Fernández", "Sam Okoye"]
    assert str(second["ATTENDEE"][0]) == "mailto:lucia@example.org"


def test_by_default_the_event_holds_no_names_or_emails_beyond_the_title():
    """Issue 13: a shared calendar must not tell whose IEP meeting it is."""
    meeting = Meeting(1, "reevaluation", "Look at María José's results with Lucía", "confirmed",
                      datetime(2026, 12, 10, 15, 30), 90, "video", "https://video.example/x",
                      calendar_uid="abc@iep-desk", calendar_sequence=3)
    people = [Participant(1, "Lucía Fernández", "mother", family_member_id=1, required=True,
                          response="coming", id=10),
              Participant(1, "Sam Okoye", "general_education_teacher", team_member_id=2, id=11),
              Participant(1, "Majo Fernández", "student", is_student=True, id=12)]
    for ics in (meeting_to_ics(meeting, people, STUDENT, "teacher@school.example",
                               emails={10: "lucia@example.org", 11: "sam@school.example"}),
                meetings_to_ics([(meeting, people, STUDENT)], "teacher@school.example",
                                emails={10: "lucia@example.org"})):
        text = ics.decode("utf-8")
        [event] = events(ics)
        assert str(event["SUMMARY"]) == "IEP re-evaluation meeting: Majo F."
        for secret in ("Lucía", "Fernández", "María", "Okoye", "Sam ", "@example.org",
                       "school.example", "mailto:", "ATTENDEE", "ORGANIZER"):
            assert secret not in text, secret
        # What stays: when, where, how to join, and who comes by role.
        assert str(event["LOCATION"]) == "https://video.example/x"
        description = str(event["DESCRIPTION"])
        assert "By video: https://video.example/x" in description
        assert "mother" in description and "general education teacher" in description
        assert str(event["CLASS"]) == "PRIVATE"
