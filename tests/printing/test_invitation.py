"""The invitation holds every element of a meeting notice (34 CFR 300.322(b))."""

from __future__ import annotations

import pytest

from iep_desk.printing import render_invitation
from tests.printing.conftest import template
from tests.printing.pdf_tools import Handout
from tests.printing.sample import sample_handout

EN = template("en", "invitation")
LABELS = template("en", "labels")


def fill(text: str, **values) -> str:
    return text.format(**{"first_name": "Bảo", **values})


def invitation(data=None, language="en") -> Handout:
    return Handout(render_invitation(data or sample_handout(), language).pdf)


def test_every_element_of_the_notice(rendered):
    _, handout = rendered("invitation")
    expected = [
        # Purpose: the meeting type's sentence and the teacher's own words.
        fill(EN["purposes"]["annual_review"]),
        "Look at Bảo's reading goals and plan for next year.",
        # Date, start and end time, place, and the offer to join by phone or video.
        "Date: Tuesday, March 17, 2026",
        "Time: 3:30 PM to 5:15 PM",
        "Place: Room 114, Lincoln Middle School",
        EN["remote_offer"],
        # That the family may bring anyone who knows the child.
        fill(EN["bring_others"]),
        # An interpreter (booked: ticked on the checklist); transport and childcare offered
        # (the mother's need for a ride is on file, but the help is not ticked as arranged).
        EN["interpreter_arranged"], EN["transport_offer"], EN["childcare_offer"],
        # Documents sent for review, and the copy of the IEP afterwards.
        EN["documents_enclosed"], "Draft IEP", "Speech and language report", fill(EN["iep_copy"]),
        # How to reply and whom to contact.
        fill(EN["reply"], contact_name="Анастасия Петрова"),
        "(541) 555-0142", "a.petrova@lincoln.example.org", EN["questions_ahead"],
        fill(EN["slip_title"], contact_name="Анастасия Петрова"),
    ]
    assert handout.missing(expected) == []


def test_who_will_attend_by_name_and_role_with_why_each_comes(rendered):
    _, handout = rendered("invitation")
    data = sample_handout()
    for person in data.record.participants:
        name = person.name.replace("Dr. ", "").replace("Mrs. ", "")
        assert handout.says(name), name
    roles = LABELS["roles"]
    why = LABELS["role_why"]
    for role in ("general_education_teacher", "special_education_teacher",
                 "district_representative", "school_psychologist", "interpreter", "student"):
        assert handout.says(roles[role]), role
        assert handout.says(fill(why[role])), role
    assert handout.says(LABELS["relationships"]["mother"])
    assert handout.says(fill(why["family"]))


def test_a_transition_meeting_states_its_purpose_invites_the_student_and_names_agencies():
    handout = invitation(sample_handout(transition=True))
    assert handout.missing([
        fill(EN["heading_transition"]), fill(EN["transition_purpose"]),
        fill(EN["transition_student_invited"]),
        fill(EN["transition_agencies"], agencies="Riverside Job Center"),
        fill(EN["purposes"]["transition"]),
    ]) == []


def test_other_meetings_say_nothing_about_transition(rendered):
    _, handout = rendered("invitation")
    assert not handout.says(fill(EN["transition_purpose"]))
    assert not handout.says(fill(EN["transition_student_invited"]))


def test_a_phone_meeting_says_how_to_join():
    data = sample_handout()
    data.record.meeting.place_kind = "phone"
    data.record.meeting.place = "Call (541) 555-0199, code 4417#"
    handout = invitation(data)
    assert handout.says(f"{LABELS['place_kinds']['phone']}: Call (541) 555-0199, code 4417#")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("kind", "place"), [("phone", "Call (541) 555-0199, code 4417#"),
                                             ("video", "https://meet.example.org/abc-defg")])
def test_a_meeting_by_phone_or_video_offers_no_other_way_to_join_and_no_travel(
        kind, place, language):
    """The family joins from home: "if you cannot come in person, join by phone or video",
    help with travelling to the school and the reply slip's "I would like to join by phone
    or video call" would contradict the line that says how to join."""
    from iep_desk.core.meetings import ChecklistTick

    texts = template(language, "invitation")
    data = sample_handout()
    data.record.meeting.place_kind = kind
    data.record.meeting.place = place
    # The mother's ride is on file and help was talked about: still no travel to promise.
    data.record.checklist.append(ChecklistTick(7, "transport_childcare_offered"))
    handout = invitation(data, language)
    assert handout.says(place)
    for key in ("remote_offer", "transport_offer", "transport_arranged", "slip_remote"):
        assert not handout.says(fill(texts[key])), key
    # Looking after the other children still matters during a call.
    assert handout.missing([fill(texts["childcare_offer"]), fill(texts["slip_coming_remote"]),
                            fill(texts["slip_other_time"])]) == []


def test_help_is_offered_unless_the_checklist_says_it_is_arranged():
    data = sample_handout()
    # The family needs an interpreter and a ride, an interpreter is even invited, but
    # nothing is ticked: the letter offers, it promises nothing.
    data.record.checklist = []
    data.documents_for_review = []
    assert any(p.role == "interpreter" for p in data.record.participants)
    handout = invitation(data)
    assert handout.missing([EN["interpreter_offer"], EN["transport_offer"], EN["childcare_offer"],
                            EN["documents_none"]]) == []
    assert not handout.says(EN["interpreter_arranged"])
    assert not handout.says(EN["transport_arranged"])


def test_help_ticked_as_arranged_is_promised_for_the_needs_on_file():
    from datetime import date

    from iep_desk.core.meetings import ChecklistTick

    data = sample_handout()
    data.record.checklist.append(ChecklistTick(7, "transport_childcare_offered",
                                               done_on=date(2026, 2, 26)))
    handout = invitation(data)
    # The mother needs a ride (on file); no one needs childcare, so that is still offered.
    assert handout.missing([EN["interpreter_arranged"], EN["transport_arranged"],
                            EN["childcare_offer"]]) == []
    assert not handout.says(EN["childcare_arranged"])


def test_spanish_invitation(rendered):
    _, handout = rendered("invitation", "es")
    es = template("es", "invitation")
    assert handout.missing([
        es["heading_purpose"], es["heading_when_where"], es["heading_who"],
        "Fecha: martes, 17 de marzo de 2026", "Hora: de 15:30 a 17:15",
        fill(es["bring_others"]), es["interpreter_arranged"],
        "Hola, Nguyễn Thị Ánh y Trần Văn Đức:",
    ]) == []
    assert not handout.says(EN["remote_offer"])


def test_a_meeting_without_a_time_yet_still_prints(rendered):
    data = sample_handout()
    data.record.meeting.starts_at = None
    data.record.meeting.place = ""
    handout = invitation(data)
    assert handout.says(f"Date: {LABELS['date_to_be_set']}")
    assert handout.says(f"Time: {LABELS['not_set']}")
