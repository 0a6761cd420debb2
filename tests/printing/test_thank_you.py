"""The thank-you letter: personal, with the ideas for home, next steps and the signature."""

from __future__ import annotations

from iep_desk.printing import render_thank_you
from tests.printing.conftest import template
from tests.printing.pdf_tools import Handout
from tests.printing.sample import sample_handout

EN = template("en", "thank_you")


def test_names_the_family_and_their_contributions(rendered):
    _, handout = rendered("thank-you")
    assert handout.missing([
        "Dear Nguyễn Thị Ánh and Trần Văn Đức,",
        EN["opening"].format(first_name="Bảo", date="Tuesday, March 17, 2026"),
        EN["contributions_intro"],
        "the photos of Bảo's robot projects", "your ideas for reading in Vietnamese at home",
    ]) == []


def test_home_suggestions_next_steps_and_signature(rendered):
    _, handout = rendered("thank-you")
    assert handout.missing([
        "Ask Bảo to tell you about one thing he read each day.",
        EN["action_line"].format(what="Set up the speech-to-text tool", who="Kwame Mensah",
                                 due="Mar 24, 2026"),
        EN["action_line"].format(what="Read together for 15 minutes each evening",
                                 who=template("en", "labels")["family_owner"],
                                 due="Apr 30, 2026"),
        EN["next_meeting"].format(date="Tuesday, May 26, 2026", first_name="Bảo"),
        EN["sign_off"], "Анастасия Петрова", "Special education teacher",
        "(541) 555-0142 · a.petrova@lincoln.example.org",
    ]) == []
    # Dated the day it is written (two days after the meeting).
    assert handout.pages[0].count("Thursday, March 19, 2026") == 1


def test_without_contributions_it_still_thanks_the_family():
    data = sample_handout(held=True)
    data.record.contributions = []
    handout = Handout(render_thank_you(data).pdf)
    assert handout.says(EN["contributions_none"].format(first_name="Bảo"))
    assert not handout.says(EN["contributions_intro"])


def test_spanish_letter(rendered):
    _, handout = rendered("thank-you", "es")
    es = template("es", "thank_you")
    assert handout.missing([
        "Hola, Nguyễn Thị Ánh y Trần Văn Đức:",
        es["opening"].format(first_name="Bảo", date="martes, 17 de marzo de 2026"),
        es["sign_off"], "jueves, 19 de marzo de 2026",
    ]) == []
