"""The IEP at a glance: one confidential page for the staff, never a family document."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from iep_desk.core import typed_text
from iep_desk.core.decisions import glance_version
from iep_desk.core.goals import Accommodation
from iep_desk.printing import (
    FAMILY_DOCUMENTS,
    FAMILY_PAGES,
    RENDERERS,
    check,
    make_document,
    render_iep_at_a_glance,
)
from iep_desk.printing.iep_at_a_glance import render_iep_at_a_glance as glance_renderer
from tests.printing.conftest import ALL_RENDERERS, HELD, template
from tests.printing.pdf_tools import Handout, font_problems, text_lines
from tests.printing.sample import (
    ACCOMMODATION_TEXT,
    SERVICE_TEXT,
    SPEECH_GOAL,
    sample_handout,
    with_goals,
)

EN = template("en", "iep_at_a_glance")
ES = template("es", "iep_at_a_glance")
GLANCE_ONLY = (ACCOMMODATION_TEXT, SERVICE_TEXT)


def glance_data():
    data = with_goals(sample_handout())
    data.goals.append(SPEECH_GOAL)
    data.student.annual_review_due = date(2026, 3, 31)
    return data


def test_the_page_says_what_the_staff_need():
    data = glance_data()
    handout = Handout(render_iep_at_a_glance(data).pdf)
    assert len(handout.pages) == 1
    assert handout.missing([
        EN["title"].format(student_name="Bảo Nguyễn"),
        EN["heading_strengths"], data.student.strengths,
        EN["heading_accommodations"], ACCOMMODATION_TEXT, "A seat near the teacher",
        EN["heading_goals"], "Read a grade-level passage aloud smoothly and correctly.",
        "90 words a minute by June 2026", "teacher observation",
        EN["heading_services"], SERVICE_TEXT, "4 × 30 minutes a week", "Reading specialist",
        EN["heading_what_to_do"], EN["what_to_do"],
        f"{EN['case_manager']}: Анастасия Петрова · Special education teacher · (541) 555-0142",
        "Tuesday, March 31, 2026",
        EN["version_value"].format(version=glance_version(data.goals, data.services,
                                                           data.accommodations),
                                   date="Monday, March 2, 2026"),
    ]) == []
    assert font_problems(render_iep_at_a_glance(data).pdf) == []


def test_confidential_at_the_top_and_the_foot_of_every_page():
    data = glance_data()
    data.accommodations = [Accommodation(n, 1, f"Accommodation number {n} with a longer text")
                           for n in range(60)]
    pdf = render_iep_at_a_glance(data).pdf
    pages = text_lines(pdf)
    assert len(pages) >= 2
    for lines in pages:
        marks = [y for _, y, _, text in lines if text == EN["confidential"]]
        assert len(marks) == 2 and max(marks) > 700 and min(marks) < 60


def test_in_spanish_for_a_teacher_who_works_in_spanish():
    document = render_iep_at_a_glance(glance_data(), "es")
    handout = Handout(document.pdf)
    assert document.language_used == "es"
    assert handout.says(ES["heading_accommodations"]) and handout.says(ES["confidential"])


def test_another_language_falls_back_to_english_without_a_tagline():
    document = render_iep_at_a_glance(glance_data(), "vi")
    assert document.language_used == "en" and document.fallback and document.tagline is None


def test_it_is_no_family_document_and_no_family_path_makes_it():
    assert "iep-at-a-glance" not in FAMILY_DOCUMENTS
    assert "iep-at-a-glance" not in typed_text.FAMILY_DOCUMENTS
    renderers = {**RENDERERS, **FAMILY_PAGES}
    assert glance_renderer not in renderers.values()
    with pytest.raises(KeyError):
        make_document("iep-at-a-glance", glance_data(), ["es", "en"])


@pytest.mark.parametrize("kind", FAMILY_DOCUMENTS)
def test_a_family_document_never_prints_the_glances_content(kind):
    data = glance_data()
    if kind in HELD:
        data = with_goals(sample_handout(held=True))
    pdf = ALL_RENDERERS[kind](data, "en").pdf
    handout = Handout(pdf)
    for text in (*GLANCE_ONLY, EN["confidential"], EN["what_to_do"], data.student.strengths):
        assert not handout.says(text), (kind, text)
    for tag in ("acc-gq8", "svc-jd3"):
        assert tag not in handout.text and tag.encode() not in pdf


def test_the_version_changes_with_the_iep():
    data = glance_data()
    before = Handout(render_iep_at_a_glance(data).pdf)
    data.accommodations[1] = replace(data.accommodations[1], text="A seat by the door")
    after = Handout(render_iep_at_a_glance(data).pdf)
    version = glance_version(data.goals, data.services, data.accommodations)
    assert after.says(version) and not before.says(version)


def test_every_field_is_checked_for_missing_characters():
    data = glance_data()
    data.accommodations[0] = replace(data.accommodations[0], text="Use 𓀀 cards")
    assert [m.field for m in check("iep-at-a-glance", data).missing] == ["accommodation"]
