"""The language plan: which languages a meeting's family documents are made in, and what the
teacher is told first."""

from __future__ import annotations

from datetime import datetime

import pytest

from iep_desk import resources
from iep_desk.core.handout_language import (
    BILINGUAL,
    FAMILY,
    UnknownLanguage,
    can_be_bilingual,
    family_language,
    plan_languages,
)
from iep_desk.core.letterhead import Letterhead
from iep_desk.core.meetings import (
    ActionItem,
    AgendaItem,
    ChecklistTick,
    Contribution,
    FamilyQuestion,
    HomeSuggestion,
    Meeting,
    MeetingRecord,
    Participant,
)
from iep_desk.core.models import FamilyLink, FamilyMember
from iep_desk.core.typed_text import FieldRef, Translation, typed_texts

SHELF = resources.language_shelf()

LETTERHEAD = Letterhead(school_name="Lincoln", teacher_title="Case manager", phone="555-0142")


def record(place_kind="room") -> MeetingRecord:
    meeting = Meeting(student_id=1, purpose="Plan next year.", place_kind=place_kind,
                      place="Room 12" if place_kind == "room" else "555-0100",
                      starts_at=datetime(2026, 3, 17, 15, 30), notes="We agreed.", id=7)
    english = resources.standard_agenda("en")
    question = FamilyQuestion(7, "Can she have extra time?", id=3)
    return MeetingRecord(
        meeting=meeting,
        participants=[Participant(7, "Ana", family_member_id=1, id=1)],
        agenda=[AgendaItem(7, english["goals"], id=1, template_key="goals"),
                AgendaItem(7, "Reading tests", id=2, position=1),
                AgendaItem(7, "Can she have extra time?", id=4, position=2,
                           family_question_id=3)],
        questions=[question],
        checklist=[ChecklistTick(7, "documents_sent", note="Draft IEP", id=5)],
        actions=[ActionItem(7, "Send the reading log", id=8),
                 ActionItem(7, "Old idea", status="dropped", id=9)],
        home_suggestions=[HomeSuggestion(7, "Read together", id=10, key="read_together"),
                          HomeSuggestion(7, "Cook together on Sundays", id=11)],
        contributions=[Contribution(7, "Photos of the robot", id=12)])


def family(code: str) -> list[FamilyLink]:
    return [FamilyLink(FamilyMember("Ana", preferred_language=code, id=1), "mother")]


def fields_of(texts) -> list[str]:
    return [t.field for t in texts]


def test_the_familys_language_is_the_invited_members():
    links = family("es") + [FamilyLink(FamilyMember("Bo", preferred_language="vi", id=2))]
    invited = [Participant(7, "Bo", family_member_id=2)]
    assert family_language(invited, links) == "vi"
    assert family_language([], links) == "es"
    assert family_language([], []) == "en"


def test_typed_texts_of_each_document():
    texts = typed_texts(["invitation"], record(), LETTERHEAD, SHELF)
    assert fields_of(texts) == ["meeting_purpose", "meeting_place", "document_for_review",
                                "teacher_title"]
    agenda = typed_texts(["agenda"], record(), LETTERHEAD, SHELF)
    # The standard item is not listed (it prints from the language's standard agenda); the
    # family's question on the agenda is one text with the question.
    assert fields_of(agenda) == ["meeting_place", "agenda_item", "family_question",
                                 "teacher_title"]
    assert agenda[2].ref == FieldRef("family_questions", 3, "text")
    summary = typed_texts(["summary"], record(), LETTERHEAD, SHELF)
    assert fields_of(summary) == ["meeting_notes", "action_item", "home_suggestion",
                                  "teacher_title"]
    assert [t.english for t in summary if t.field == "home_suggestion"] == [
        "Cook together on Sundays"]
    thanks = typed_texts(["thank-you"], record(), LETTERHEAD, SHELF)
    assert "contribution" in fields_of(thanks)
    # A phone number or a link is not a text to translate; the prep sheet is the teacher's.
    assert "meeting_place" not in fields_of(typed_texts(["invitation"], record("phone"),
                                                        LETTERHEAD, SHELF))
    assert typed_texts(["prep-sheet"], record(), LETTERHEAD, SHELF) == []
    # Each text once, with every document that prints it.
    both = typed_texts(["invitation", "agenda"], record(), LETTERHEAD, SHELF)
    place = next(t for t in both if t.field == "meeting_place")
    assert place.documents == ("invitation", "agenda")


def test_a_spanish_family_gets_spanish_and_is_told_what_prints_in_english():
    plan = plan_languages(["invitation"], record(), family("es_MX"), LETTERHEAD, shelf=SHELF)
    assert plan.languages == ("es",) and plan.in_family_language
    assert plan.tagline is None and not plan.no_tagline
    assert plan.unreviewed == ("es",)
    assert plan.translation_language == "es"
    assert fields_of(plan.untranslated) == fields_of(plan.typed)


def test_versions_in_the_familys_language_are_used_while_the_english_is_unchanged():
    rec = record()
    purpose = FieldRef("meetings", 7, "purpose")
    stored = {purpose: Translation("Planear el año.", "Plan next year.")}
    plan = plan_languages(["invitation"], rec, family("es"), LETTERHEAD,
                          translations_in=lambda refs, language: stored if language == "es" else {}, shelf=SHELF)
    assert "meeting_purpose" not in fields_of(plan.untranslated)
    rec.meeting.purpose = "Plan the next two years."
    plan = plan_languages(["invitation"], rec, family("es"), LETTERHEAD,
                          translations_in=lambda refs, language: stored, shelf=SHELF)
    assert "meeting_purpose" in fields_of(plan.untranslated)


def test_english_chosen_for_a_spanish_family_carries_the_spanish_tagline():
    plan = plan_languages(["invitation"], record(), family("es"), LETTERHEAD, "en", shelf=SHELF)
    assert plan.languages == ("en",) and plan.tagline == "es"
    assert plan.untranslated == () and plan.translation_language is None


def test_a_bilingual_copy_is_the_familys_language_then_english():
    plan = plan_languages(["agenda"], record(), family("es"), LETTERHEAD, BILINGUAL, shelf=SHELF)
    assert plan.languages == ("es", "en") and plan.bilingual and plan.tagline is None
    assert can_be_bilingual("es", SHELF) and not can_be_bilingual("hmn", SHELF)
    assert not can_be_bilingual("en", SHELF)
    with pytest.raises(UnknownLanguage) as raised:
        plan_languages(["agenda"], record(), family("hmn"), LETTERHEAD, BILINGUAL, shelf=SHELF)
    assert raised.value.bilingual and raised.value.code == "hmn"


@pytest.mark.parametrize("code", ["hmn", "fa_AF", "am"])
def test_a_language_without_templates_is_english_with_its_tagline(code):
    plan = plan_languages(["invitation"], record(), family(code), LETTERHEAD, shelf=SHELF)
    assert plan.languages == ("en",) and plan.tagline == resources.tagline_language(code)
    assert not plan.no_tagline and plan.unreviewed == () and plan.untranslated == ()


def test_a_language_without_a_tagline_is_said():
    plan = plan_languages(["invitation"], record(), family("ber"), LETTERHEAD, shelf=SHELF)
    assert plan.languages == ("en",) and plan.tagline is None and plan.no_tagline
    plan = plan_languages(["invitation"], record(), family("other"), LETTERHEAD, shelf=SHELF)
    assert plan.no_tagline


def test_a_tagline_without_a_phone_on_the_letterhead_is_said():
    plan = plan_languages(["invitation"], record(), family("hmn"), Letterhead(), shelf=SHELF)
    assert plan.tagline_without_phone


def test_an_english_family_needs_nothing():
    plan = plan_languages(["invitation"], record(), family("en_US"), LETTERHEAD, shelf=SHELF)
    assert plan.languages == ("en",) and plan.tagline is None and not plan.no_tagline
    assert plan.unreviewed == () and plan.untranslated == ()


def test_a_language_without_templates_cannot_be_chosen():
    with pytest.raises(UnknownLanguage):
        plan_languages(["invitation"], record(), family("es"), LETTERHEAD, "xx", shelf=SHELF)
    assert plan_languages(["invitation"], record(), family("es"), LETTERHEAD,
                          FAMILY, shelf=SHELF).languages == ("es",)
