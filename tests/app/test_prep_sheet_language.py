"""The prep sheet in the teacher's language: made from a real caseload file through
app.handouts, read back from the PDF (pypdf). The family's documents keep the family's
language whatever the teacher's is."""

from __future__ import annotations

import re

import pytest

from iep_desk.app.handouts import TEACHER_LANGUAGE, gather, make_document, plan_for
from iep_desk.core.checklist import BEFORE_ITEMS
from iep_desk.resources import checklist_texts
from iep_desk.storage.stores import Stores
from tests.app.test_handouts import CONCERN_INTEREST, TIP_TOPIC, TODAY, seed_meeting, text_of
from tests.printing.conftest import template

# The prep sheet's own words that are headings, labels and column names: none of the English
# ones may be left on a Spanish sheet.
HEADING_KEYS = re.compile(r"^(title|document_title|confidential|heading_\w+|label_\w+|col_\w+"
                          r"|attention)$")


def headings(language: str) -> list[str]:
    texts = template(language, "prep_sheet")
    return [value.format(student_name="Ánh Nguyễn") for key, value in texts.items()
            if isinstance(value, str) and HEADING_KEYS.match(key)]


def english_left(text: str, language: str) -> list[str]:
    """The English headings (whole words, as written) found in `text`, when they differ from
    `language`'s own."""
    own = set(headings(language))
    return [h for h in headings("en")
            if h not in own and re.search(rf"(?<!\w){re.escape(h)}(?!\w)", text)]


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def seeded(store, stores):
    """The seeded meeting, with the district representative excused and neither the parents'
    consent nor his written input in: two warnings on the checklist."""
    seeded = seed_meeting(store, stores)
    rep = next(p for p in stores.meetings.participants_of(seeded.meeting_id)
               if p.name == "Daniel Kowalski")
    stores.meetings.set_participant_field(rep.id, "required", True)
    stores.meetings.set_participant_field(rep.id, "excused", True)
    return seeded


def prep_sheet_text(stores, seeded, **language) -> str:
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY, **language)
    return text_of(make_document("prep-sheet", data, None).pdf)


def test_the_spanish_teachers_prep_sheet_is_in_spanish(stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY, language="es")
    assert data.teacher_language == "es"
    text = text_of(make_document("prep-sheet", data, None).pdf)
    es = template("es", "prep_sheet")
    # Headings from es/prep_sheet.json, the checklist's items from checklists/es.json.
    assert [h for h in (es["heading_people"], es["heading_tips"], es["heading_checklist"],
                        es["heading_due_dates"], es["confidential"]) if h not in text] == []
    spanish_items = checklist_texts("es")["before"]
    english_items = checklist_texts("en")["before"]
    assert "excusal_consents" in data.checklist_items
    for item in data.checklist_items:
        assert spanish_items[item] in text, item
        assert english_items[item] not in text, item
    assert english_left(text, "es") == []
    # The labels, dates and days left in Spanish too.
    assert "Madre" in text and "Mother" not in text
    assert "12 mar 2026" in text and "Mar 12, 2026" not in text
    assert "65 días" in text and "65 days" not in text
    # The warnings the planner's checklist shows, in the teacher's words.
    warnings = checklist_texts("es")["warnings"]
    assert warnings["consent_missing"].format(name="Daniel Kowalski") in text
    assert warnings["written_input_missing"].format(name="Daniel Kowalski") in text
    assert template("es", "prep_sheet")["attention"] in text
    # The private parts are there, as on the English sheet.
    assert TIP_TOPIC in text and CONCERN_INTEREST in text


def test_the_english_teachers_prep_sheet_stays_english(stores, seeded):
    text = prep_sheet_text(stores, seeded)
    assert TEACHER_LANGUAGE == "en"
    en = template("en", "prep_sheet")
    assert en["heading_checklist"] in text and en["heading_due_dates"] in text
    assert checklist_texts("en")["before"]["purpose_explained"] in text
    assert checklist_texts("en")["warnings"]["consent_missing"].format(
        name="Daniel Kowalski") in text
    assert "Mar 12, 2026" in text and "65 days" in text
    assert template("es", "prep_sheet")["heading_checklist"] not in text
    assert checklist_texts("es")["before"]["purpose_explained"] not in text


@pytest.mark.parametrize("asked, made_in", [("es_MX", "es"), ("es-US", "es"), ("vi", "en"),
                                            ("fr", "en"), ("", "en")])
def test_a_language_without_a_prep_sheet_gets_english(stores, seeded, asked, made_in):
    """The prep sheet exists in English and Spanish; a teacher who reads another language
    (Vietnamese has family templates, not a prep sheet) gets the English one, checklist
    and warnings included; a regional Spanish gets the Spanish one."""
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY, language=asked)
    document = make_document("prep-sheet", data, None)
    assert document.language_used == made_in and not document.fallback
    text = text_of(document.pdf)
    assert template(made_in, "prep_sheet")["heading_checklist"] in text
    assert checklist_texts(made_in)["before"]["purpose_explained"] in text
    assert checklist_texts(made_in)["warnings"]["consent_missing"].format(
        name="Daniel Kowalski") in text


def test_the_familys_documents_keep_the_familys_language(store, stores):
    """A Spanish teacher, a Hmong-speaking family: the invitation is English with the Hmong
    line; an English teacher, a Spanish-speaking family: the agenda is Spanish."""
    hmong = seed_meeting(store, stores)
    data = gather(stores, meeting_id=hmong.meeting_id, today=TODAY, language="es")
    plan = plan_for(data, kinds=["invitation"])
    assert plan.languages == ("en",)
    invitation = text_of(make_document("invitation", data, plan).pdf)
    assert template("en", "invitation")["title"].format(first_name="Ánh") in invitation
    for private in (TIP_TOPIC, CONCERN_INTEREST, template("es", "prep_sheet")["attention"],
                    template("en", "prep_sheet")["attention"]):
        assert private not in invitation

    spanish = seed_meeting(store, stores, language="es")
    data = gather(stores, meeting_id=spanish.meeting_id, today=TODAY)
    plan = plan_for(data, kinds=["agenda"])
    agenda = text_of(make_document("agenda", data, plan).pdf)
    assert template("es", "agenda")["title"].format(first_name="Ánh") in agenda
    prep = text_of(make_document("prep-sheet", data, plan).pdf)
    assert template("en", "prep_sheet")["heading_checklist"] in prep


def test_the_warnings_never_reach_a_family_document(stores, seeded):
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY, language="es")
    assert data.checklist_warnings
    for kind in ("invitation", "agenda", "preparation-sheet"):
        plan = plan_for(data, kinds=[kind], choice="es")
        text = text_of(make_document(kind, data, plan).pdf)
        for warning in data.checklist_warnings:
            assert warning not in text, kind


def test_every_before_item_has_its_spanish_text():
    assert set(checklist_texts("es")["before"]) == set(BEFORE_ITEMS)
    assert checklist_texts("es_MX") == checklist_texts("es")
    assert checklist_texts("es-US") == checklist_texts("es")
    assert checklist_texts("xx") == checklist_texts("en")
