"""Pages that hold together: the invitation and its reply slip on two Letter pages, a letterhead
that wraps instead of cutting, a running head that drops the school before anything else,
blocks that stay on one page, and the agenda's Led by column only when someone leads."""

from __future__ import annotations

import pytest

from iep_desk.printing import render_agenda, render_invitation, render_summary, render_thank_you
from tests.printing.conftest import template
from tests.printing.pdf_tools import Handout
from tests.printing.sample import SCRIPT_SAMPLES, named_handout, sample_handout
from tests.printing.test_all_handouts import overlapping_lines

EN = template("en", "invitation")
LONG_DISTRICT = "Lincoln County Public Schools Exceptional Student Services"
FAMILIES = {
    "Arabic": ("محمد", "علي", ("فاطمة الزهراء حسن", "أحمد علي")),
    "Chinese": ("伟", "张", ("陳美玲", "张建国")),
    "Hindi": ("आरव", "शर्मा", ("प्रिया शर्मा", "राजेश शर्मा")),
    "Vietnamese": ("Bảo", "Nguyễn", ("Nguyễn Thị Ánh", "Trần Văn Đức")),
}


def long_letterhead(data):
    head = data.letterhead
    head.school_name = LONG_DISTRICT
    head.address = "1200 North Commonwealth Avenue, Building C\nSpringfield, OR 97477"
    head.teacher_name = "Anastasia Petrova-Whitfield"
    head.teacher_title = "Exceptional student services case manager"
    head.phone = "(541) 555-0142 ext. 2231"
    head.email = "a.petrova-whitfield@lincolncounty.example.org"
    return data


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_invitation_with_12_people_and_its_slip_fits_two_letter_pages(language):
    data = sample_handout()
    assert len(data.record.participants) == 12
    handout = Handout(render_invitation(data, language).pdf)
    assert len(handout.pages) == 2
    slip_title = template(language, "invitation")["slip_title"].format(
        contact_name="Анастасия Петрова")
    assert handout.says(slip_title) and slip_title.split(":")[0] in handout.pages[-1]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_invitations_for_families_writing_in_other_scripts_fit_two_pages(family):
    first, last, parents = FAMILIES[family]
    handout = Handout(render_invitation(named_handout(first, last, parents)).pdf)
    assert len(handout.pages) == 2


def test_the_reply_slip_asks_by_when_for_the_name_and_phone_and_says_how_to_send_it(rendered):
    _, handout = rendered("invitation")
    # The meeting is on Tuesday 17 March 2026: three school days before is Thursday 12 March.
    assert handout.says(EN["slip_return_by"].format(date="Thursday, March 12, 2026"))
    assert handout.says(EN["slip_parent_name"]) and handout.says(EN["slip_phone"])
    assert handout.says(EN["slip_how_to_return"].format(first_name="Bảo",
                                                        contact_name="Анастасия Петрова"))


def test_a_meeting_too_close_for_a_reply_by_date_asks_for_an_answer_soon():
    data = sample_handout()
    data.today = data.record.meeting.starts_at.date()
    assert Handout(render_invitation(data).pdf).says(EN["slip_return_soon"])


def test_a_long_letterhead_wraps_and_cuts_nothing():
    data = long_letterhead(sample_handout())
    pdf = render_invitation(data).pdf
    handout = Handout(pdf)
    head = data.letterhead
    for value in (LONG_DISTRICT, head.teacher_name, head.teacher_title, head.phone, head.email,
                  "1200 North Commonwealth Avenue, Building C"):
        assert handout.says(value), value
    assert overlapping_lines(pdf) == []
    assert len(handout.pages) == 2


def test_the_running_head_drops_the_school_first_and_never_cuts_the_date():
    data = long_letterhead(sample_handout())
    data.student.legal_first_name = "Maximiliano Alejandro"
    data.student.legal_last_name = "Fernández de la Torre y Quintanilla-Ortega"
    data.student.preferred_name = ""
    handout = Handout(render_agenda(data, "es").pdf)
    later = handout.pages[1]
    assert "17 mar 2026" in later
    assert data.student.display_name in later
    assert "Lincoln County" not in later


def test_the_running_head_keeps_everything_when_it_fits(rendered):
    _, handout = rendered("agenda")
    assert "Lincoln Middle School · Meeting agenda · Bảo Nguyễn · Mar 17, 2026" in handout.pages[1]


def test_the_summary_keeps_its_contact_block_on_one_page():
    data = sample_handout(held=True)
    data.record.meeting.notes = "\n".join(f"Decision number {n} about reading." for n in range(24))
    handout = Handout(render_summary(data).pdf)
    contact = template("en", "summary")["contact"].format(contact_name="Анастасия Петрова")
    page = next(i for i, text in enumerate(handout.pages) if contact.split(",")[0] in text)
    assert "a.petrova@lincoln.example.org" in handout.pages[page]


def test_the_thank_you_letter_is_one_page(rendered):
    _, handout = rendered("thank-you")
    assert len(handout.pages) == 1


def test_the_led_by_column_only_when_someone_leads():
    led_by = template("en", "agenda")["col_led_by"]
    assert Handout(render_agenda(sample_handout()).pdf).says(led_by)
    data = sample_handout()
    for item in data.record.agenda:
        item.led_by = ""
    assert not Handout(render_agenda(data).pdf).says(led_by)


def test_greetings_fit_one_person_or_several_without_guessing_a_gender():
    labels_en, labels_es = template("en", "labels"), template("es", "labels")
    data = sample_handout(held=True)
    data.record.participants = [p for p in data.record.participants
                                if p.family_member_id != 12]
    data.family = data.family[:1]
    data.family[0].member.name = "Nasra Ahmed"
    data.record.participants[0].name = "Nasra Ahmed"
    assert Handout(render_thank_you(data).pdf).says("Dear Nasra Ahmed,")
    spanish = Handout(render_thank_you(data, "es").pdf)
    assert spanish.says(labels_es["greeting_one"].format(name="Nasra Ahmed"))
    assert not spanish.says("Estimados") and not spanish.says("Estimada Nasra")
    data.family = []
    data.record.participants = data.record.participants[1:]
    assert Handout(render_thank_you(data).pdf).says(
        labels_en["greeting_family"].format(first_name="Bảo"))


def test_an_arabic_greeting_puts_the_name_in_order():
    # The greeting's words are the template's; a name in another script sits inside them.
    data = named_handout("محمد", "علي", ("فاطمة الزهراء حسن",))
    assert SCRIPT_SAMPLES["Arabic"][0]
    handout = Handout(render_invitation(data).pdf)
    assert handout.says("Dear")
