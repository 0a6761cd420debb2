"""The templates: complete in every language, plain English, and a new language is a folder."""

from __future__ import annotations

import json
import shutil
import string
from datetime import date

import pytest

from iep_desk.config import RESOURCES_DIR
from iep_desk.core.readability import reading_grade
from iep_desk.printing import RENDERERS, available_languages, render_invitation, wording
from iep_desk.printing.wording import TemplateError, Wording
from tests.printing.pdf_tools import Handout
from tests.printing.sample import sample_handout

TEMPLATES = RESOURCES_DIR / "templates"
FAMILY_TEMPLATES = ("invitation", "agenda", "summary", "thank_you", "preparation_sheet",
                    "progress_page")
# For the case manager and the staff: made in the teacher's language, not in every family's.
TEACHER_TEMPLATES = ("prep_sheet", "iep_at_a_glance")
# Stand-ins for the placeholders when measuring the reading level of a template.
SAMPLE_VALUES = {
    "first_name": "Maria", "family_names": "Ana Lopez", "purpose": "Plan the next year.",
    "date": "Tuesday, March 17, 2026", "time": "3:30 PM", "contact_name": "Ana Ruiz",
    "agencies": "the job center", "student_name": "Maria Lopez", "what": "Read each night",
    "who": "Ana Ruiz", "due": "March 27",
    # The progress page's numbers and months.
    "month": "November 2026", "value": "62", "unit": "words a minute", "target": "90",
    "target_month": "June 2026", "rating": "Maria is making steady progress.", "number": "1",
    "area": "Reading",
}


def flatten(data: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def load(language: str, name: str) -> dict:
    return json.loads((TEMPLATES / language / f"{name}.json").read_text(encoding="utf-8"))


def names_used(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_english_and_spanish_are_there():
    assert {"en", "es"} <= set(available_languages())


@pytest.mark.parametrize("language", [x for x in available_languages() if x != "en"])
def test_every_language_has_every_text_of_english_with_the_same_placeholders(language):
    for path in sorted((TEMPLATES / "en").glob("*.json")):
        # about.json is a record, not texts (tests/test_translations.py checks it); the prep
        # sheet and the IEP at a glance are the staff's and are not translated into every
        # family language.
        if path.name == "about.json" or (
                path.stem in TEACHER_TEMPLATES and not (TEMPLATES / language / path.name).exists()):
            continue
        english = flatten(load("en", path.stem))
        other = flatten(load(language, path.stem))
        assert set(other) == set(english), path.name
        for key, text in other.items():
            assert isinstance(text, str) and text.strip(), (path.name, key)
            # A translation may use the names every sentence gets, or the sentence's own.
            allowed = names_used(english[key]) | {"first_name", "student_name", "contact_name",
                                                  "school_name", "teacher_name"}
            assert names_used(text) <= allowed, (path.name, key)


@pytest.mark.parametrize("name", FAMILY_TEMPLATES)
def test_english_family_templates_read_at_grade_6_to_8(name):
    texts = flatten(load("en", name))
    if name == "invitation":  # the reasons each person comes are printed on the invitation
        texts.update(flatten(load("en", "labels")["role_why"], "why."))
    sentences = [t.format(**SAMPLE_VALUES) for t in texts.values()
                 if t.rstrip().endswith((".", "?", "!"))]
    assert len(sentences) >= 4
    grade = reading_grade("\n\n".join(sentences), "en")
    assert 6.0 <= grade < 9.0, f"{name}: grade {grade:.1f}"


def test_regional_codes_use_the_base_language_and_regional_dates():
    w = Wording("invitation", "es-MX")
    assert w.language == "es" and not w.fallback
    assert str(w.locale) == "es_MX"
    assert Wording("invitation", "en").date(sample_handout().record.meeting.starts_at) == (
        "Tuesday, March 17, 2026")


def test_a_value_ending_with_a_period_ends_the_sentence_once():
    """A sentence ending "{date}." or "{contact_name}." with a value that has its own period
    (Russian "17 марта 2026 г.", a name "Ana Ruiz Jr.") prints one period; other periods stay."""
    w = Wording("summary", "en")
    assert w.text("contact", contact_name="Ana Ruiz Jr.").endswith("contact Ana Ruiz Jr.")
    assert w.text("contact", contact_name="Ana Ruiz").endswith("contact Ana Ruiz.")
    ru = Wording("preparation_sheet", "ru")
    sentence = ru.text("meeting_day", date=ru.date(date(2026, 3, 17)))
    assert sentence.endswith("г.") and not sentence.endswith("г..")
    # "..." typed on purpose is the teacher's, and stays.
    assert w.text("contact", contact_name="Ana...").endswith("Ana....")


def test_a_language_without_templates_is_english():
    w = Wording("agenda", "hmn")
    assert w.language == "en" and w.fallback
    assert str(w.locale) == "en_US"


def test_adding_a_language_is_adding_a_folder(tmp_path, monkeypatch):
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    shutil.copytree(root / "en", root / "fr")
    invitation = load("en", "invitation")
    invitation["title"] = "Invitation à une réunion pour {first_name}"
    (root / "fr" / "invitation.json").write_text(json.dumps(invitation, ensure_ascii=False),
                                                 encoding="utf-8")
    monkeypatch.setattr(wording, "TEMPLATES_DIR", root)
    document = render_invitation(sample_handout(), "fr")
    assert document.language_used == "fr" and not document.fallback
    handout = Handout(document.pdf)
    assert handout.says("Invitation à une réunion pour Bảo")
    assert handout.says("mardi 17 mars 2026")  # Babel's French date, with no code for French


def test_a_damaged_template_gives_a_clear_error(tmp_path, monkeypatch):
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    (root / "es" / "agenda.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(wording, "TEMPLATES_DIR", root)
    with pytest.raises(TemplateError, match="agenda.json could not be read"):
        RENDERERS["agenda"](sample_handout(), "es")


def test_a_template_with_an_unknown_placeholder_names_it(tmp_path, monkeypatch):
    root = tmp_path / "templates"
    shutil.copytree(TEMPLATES, root)
    agenda = load("en", "agenda")
    agenda["welcome"] = "Welcome, {nickname}."
    (root / "en" / "agenda.json").write_text(json.dumps(agenda), encoding="utf-8")
    monkeypatch.setattr(wording, "TEMPLATES_DIR", root)
    with pytest.raises(TemplateError, match=r"\{nickname\}"):
        RENDERERS["agenda"](sample_handout(), "en")
