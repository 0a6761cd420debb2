"""The meeting summary and action plan, for the family."""

from __future__ import annotations

from iep_desk.printing import render_summary
from tests.printing.conftest import template
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
    # now ends the page it fits on.
    handout = Handout(render_summary(sample_handout(held=True)).pdf)
    assert len(handout.pages) == 1
    assert EN["contact"].format(contact_name="Анастасия Петрова") in handout.pages[-1]
