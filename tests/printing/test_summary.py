"""The meeting summary and action plan, for the family."""

from __future__ import annotations

import pytest

from iep_desk.printing import render_summary
from tests.printing.conftest import template
from tests.printing.languages import (
    TEMPLATE_LANGUAGES,
    family_language_handout,
    page_words,
    without_spaces,
)
from tests.printing.pdf_tools import Handout
from tests.printing.sample import ABSENT_NAME, sample_handout

EN = template("en", "summary")
LABELS = template("en", "labels")


def test_who_attended(rendered):
    _, handout = rendered("summary")
    assert handout.missing(["Nguyễn Thị Ánh", "Zoë O'Brien", "Γιώργος Παπαδόπουλος",
                            LABELS["attendance"]["present"], LABELS["attendance"]["remote"]]) == []
    assert not handout.says(ABSENT_NAME)


def test_what_was_decided_and_the_action_plan(rendered):
    _, handout = rendered("summary")
    assert handout.missing([
        EN["heading_decided"],
        "The team agreed to keep reading support four times a week.",
        "Bảo will try a new speech-to-text tool in writing class.",
        EN["heading_actions"],
        "Send home a list of reading games", "Анастасия Петрова", "Mar 27, 2026",
        "Read together for 15 minutes each evening", LABELS["family_owner"], "Apr 30, 2026",
        "Set up the speech-to-text tool", "Kwame Mensah", "Mar 24, 2026",
    ]) == []


def test_home_suggestions_and_next_meeting(rendered):
    _, handout = rendered("summary")
    assert handout.missing([
        EN["heading_home"], "Ask Bảo to tell you about one thing he read each day.",
        "Play word games at dinner.",
        EN["next_meeting"].format(date="Tuesday, May 26, 2026", time="3:30 PM"),
    ]) == []


def test_without_next_meeting_or_notes():
    data = sample_handout(held=True)
    data.next_meeting = None
    data.record.meeting.notes = ""
    data.record.actions = []
    handout = Handout(render_summary(data).pdf)
    assert handout.missing([EN["next_meeting_unset"], EN["nothing_decided"],
                            EN["no_actions"]]) == []


def test_spanish_summary(rendered):
    _, handout = rendered("summary", "es")
    es = template("es", "summary")
    assert handout.missing([
        es["heading_attended"], es["heading_decided"], es["heading_actions"],
        es["next_meeting"].format(date="martes, 26 de mayo de 2026", time="15:30"),
        template("es", "labels")["family_owner"],
    ]) == []


def test_what_we_decided_on_each_agenda_item_in_plain_words():
    from tests.printing.sample import DECISION_NOTE, DISAGREE_NOTE, with_goals

    data = with_goals(sample_handout(held=True))
    handout = Handout(render_summary(data).pdf)
    decisions = EN["decisions"]
    assert handout.missing([
        "Reading progress", decisions["agreed"], DECISION_NOTE,
        "Services and support", decisions["family_disagrees"], DISAGREE_NOTE,
        "Summer learning", decisions["come_back_to"],
        # The meeting's notes follow the decisions.
        "The team agreed to keep reading support four times a week.",
    ]) == []
    text = handout.text
    assert (text.index("Reading progress") < text.index(decisions["family_disagrees"][:40])
            < text.index(decisions["come_back_to"][:40])
            < text.index("The team agreed to keep reading support"))
    assert not handout.says(decisions["school_declined"])


def test_decisions_in_spanish():
    from iep_desk.core.decisions import AgendaDecision, Decision

    data = sample_handout(held=True)
    data.decisions = [AgendaDecision(8, Decision.SCHOOL_DECLINED),
                      AgendaDecision(9, Decision.PROPOSED_BY_SCHOOL)]
    es = template("es", "summary")["decisions"]
    handout = Handout(render_summary(data, "es").pdf)
    assert handout.says(es["school_declined"]) and handout.says(es["proposed_by_school"])


def test_the_contact_block_stays_on_the_last_page_when_it_fits():
    # A KeepTogether inside another always started a new page; the summary's contact block
    # now ends the page it fits on. (The sample with one note and one idea for home less, so
    # that the page has room for the block and the summary's explanation of IEP.)
    data = sample_handout(held=True)
    data.record.meeting.notes = data.record.meeting.notes.splitlines()[0]
    data.record.home_suggestions = data.record.home_suggestions[:1]
    handout = Handout(render_summary(data).pdf)
    assert len(handout.pages) == 1
    assert EN["contact"].format(contact_name="Анастасия Петрова") in handout.pages[-1]


ALL_LANGUAGES = ["en", *TEMPLATE_LANGUAGES]


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_the_summary_explains_iep_at_its_first_use(language):
    """A family who reads the language (so no tagline in another one above it) is told what
    an IEP is where the summary first says "IEP", even with a team member whose role says it
    (the case manager is the "IEP coordinator" in some languages)."""
    data = family_language_handout(language, held=True)
    case_manager = next(x for x in data.record.participants if x.team_member_id is not None)
    case_manager.role = "case_manager"
    text = "".join(page_words(render_summary(data, language).pdf))
    meaning = template(language, "summary")["iep_meaning"].format(first_name="Bảo")
    explained = text.find(without_spaces(meaning))
    assert explained >= 0, f"the summary in {language} does not explain what an IEP is"
    first_use = text.find("IEP")
    assert explained <= first_use < explained + len(without_spaces(meaning)), (
        f"the summary in {language} says IEP before it explains it: "
        f"{text[max(0, first_use - 40):first_use + 40]}")


@pytest.mark.parametrize("language", ALL_LANGUAGES)
def test_the_summarys_explanation_of_iep_is_the_invitations(language):
    """No new translation: the summary explains IEP in the words the invitation uses (where
    the invitation gives it a sentence of its own; English and Arabic say it inside a longer
    one, so their summary turns the same words into a sentence)."""
    meaning = template(language, "summary")["iep_meaning"]
    intro = template(language, "invitation")["intro"]
    if language in ("en", "ar"):
        words = meaning.rstrip(".").split()
        shared = [word for word in words if word in intro]
        assert len(shared) >= 0.7 * len(words), shared
    else:
        assert meaning in intro
