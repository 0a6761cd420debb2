"""The agenda: the meeting at a glance, for everyone at the table."""

from __future__ import annotations

import json

import pytest

from iep_desk.core import plain_language
from iep_desk.printing import agenda as agenda_module
from iep_desk.printing import render_agenda
from tests.printing.conftest import template
from tests.printing.pdf_tools import Handout
from tests.printing.sample import AGENDA, sample_handout

EN = template("en", "agenda")
LABELS = template("en", "labels")


def test_heading_block_uses_the_preferred_first_name(rendered):
    _, handout = rendered("agenda")
    assert handout.missing([
        EN["title"].format(first_name="Bảo"),
        "Student: Bảo",
        f"Meeting: {LABELS['meeting_types']['annual_review']}",
        "Date: Tuesday, March 17, 2026",
        "Time: 3:30 PM to 5:15 PM",
        "Place: Room 114, Lincoln Middle School",
    ]) == []
    assert not handout.says("Gia Bảo")  # the legal first name is not what he goes by


def test_attendees_with_roles_all_written_the_same_way(rendered):
    _, handout = rendered("agenda")
    data = sample_handout()
    assert len(data.record.participants) == 12
    for person in data.record.participants:
        plain = person.name.removeprefix("Dr. ").removeprefix("Mrs. ")
        assert handout.says(plain)
    for role in ("general_education_teacher", "school_psychologist", "speech_language_pathologist",
                 "occupational_therapist", "counsellor", "administrator", "student"):
        assert handout.says(LABELS["roles"][role]), role
    # Nobody gets a title while the parents are written by their names.
    for title in ("Dr.", "Mrs.", "Mr.", "Ms."):
        assert title not in handout.text


def test_every_item_with_its_time(rendered):
    _, handout = rendered("agenda")
    starts = ["3:30 PM", "3:35 PM", "3:45 PM", "3:55 PM", "4:05 PM", "4:13 PM", "4:21 PM",
              "4:31 PM", "4:46 PM", "4:56 PM", "5:03 PM", "5:08 PM", "5:13 PM"]
    for (title, minutes), start, end in zip(AGENDA, starts, starts[1:]):
        assert handout.says(title), title
        assert handout.says(f"{start} to {end}"), title
    # The items add up to 103 of the meeting's 105 minutes: the running times are computed.
    assert sum(m for _, m in AGENDA) == 103
    assert handout.says("Анастасия Петрова")


def test_the_familys_questions(rendered):
    _, handout = rendered("agenda")
    assert handout.missing([EN["heading_questions"], "How can we help with reading at home?",
                            "Will Bảo keep the same speech therapist?"]) == []


def test_glossary_of_the_terms_on_the_page(monkeypatch):
    glossary = plain_language.parse_glossary(json.dumps([
        {"term": "IEP", "aliases": [], "plain": "The written plan for a child's extra help."},
        {"term": "occupational therapist", "aliases": ["OT"],
         "plain": "Helps with hand skills and daily tasks."},
        {"term": "least restrictive environment", "aliases": ["LRE"],
         "plain": "Learning beside other children as much as possible."},
        {"term": "speech therapist", "aliases": [], "plain": "Helps with talking."},
    ]), "en")
    monkeypatch.setattr(agenda_module, "family_glossary", lambda language="en": glossary)
    handout = Handout(render_agenda(sample_handout()).pdf)
    assert handout.says(EN["heading_glossary"])
    assert handout.says("IEP: The written plan for a child's extra help.")
    assert handout.says("Occupational therapist: Helps with hand skills and daily tasks.")
    # Found inside a family question in small letters, listed with a capital like every label.
    assert handout.says("Speech therapist: Helps with talking.")
    # A term that is not on the page is not explained.
    assert not handout.says("least restrictive environment")


def test_no_glossary_section_without_a_glossary(monkeypatch):
    def missing(language="en"):
        raise plain_language.GlossaryError("no glossary")

    monkeypatch.setattr(agenda_module, "family_glossary", missing)
    handout = Handout(render_agenda(sample_handout()).pdf)
    assert not handout.says(EN["heading_glossary"])
    assert handout.says(AGENDA[-1][0])


def test_spanish_agenda(rendered):
    _, handout = rendered("agenda", "es")
    es = template("es", "agenda")
    es_labels = template("es", "labels")
    assert handout.missing([
        es["heading_people"], es["heading_items"], es["heading_questions"],
        f"Reunión: {es_labels['meeting_types']['annual_review']}",
        "Fecha: martes, 17 de marzo de 2026", "de 15:30 a 15:35",
        es_labels["roles"]["school_psychologist"],
    ]) == []


def test_a_text_longer_than_a_page_is_refused_in_words():
    """reportlab's LayoutError (a table row taller than a page) comes out as the printing
    package's own TooLongForAPage, which the window and the command line word."""
    from iep_desk.printing import RENDERERS, TooLongForAPage

    data = sample_handout()
    data.record.agenda[0].title = "Talk about the bus. " * 600
    with pytest.raises(TooLongForAPage, match="too long to fit on a page"):
        RENDERERS["agenda"](data)
