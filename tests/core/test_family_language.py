"""Which resources a family's language code finds: templates, taglines, direction, reviews."""

from __future__ import annotations

import json

import pytest

from iep_desk import resources
from iep_desk.core import family_language as fl


@pytest.fixture
def templates(tmp_path, monkeypatch):
    """A templates folder with English, Spanish, Portuguese and both Chinese scripts."""
    for code in ("en", "es", "pt", "zh_Hans", "zh_Hant"):
        (tmp_path / code).mkdir()
        (tmp_path / code / "labels.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(resources, "TEMPLATES_DIR", tmp_path)
    return tmp_path


@pytest.mark.parametrize("code, template", [
    ("es", "es"), ("es_MX", "es"), ("es-US", "es"), ("ES", "es"), ("pt_BR", "pt"),
    ("zh", "zh_Hans"), ("zh_CN", "zh_Hans"), ("zh_Hans", "zh_Hans"), ("zh-hans-sg", "zh_Hans"),
    ("zh_TW", "zh_Hant"), ("zh_HK", "zh_Hant"), ("zh_Hant", "zh_Hant"), ("yue", "zh_Hant"),
    ("en_US", "en"), ("fa_AF", None), ("hmn", None), ("am", None), ("other", None),
    ("../../etc", None), ("", None),
])
def test_a_familys_code_finds_its_template(templates, code, template):
    assert resources.template_language(code) == template


def test_template_languages_lists_english_first(templates):
    assert resources.template_languages() == ["en", "es", "pt", "zh_Hans", "zh_Hant"]


@pytest.mark.parametrize("code, tagline", [
    ("fa_AF", "fa_AF"), ("prs", "fa_AF"), ("fa", "fa"), ("hmn", "hmn"), ("am", "am"),
    ("zh", "zh_Hans"), ("zh_TW", "zh_Hant"), ("yue", "zh_Hant"), ("pt_BR", "pt"),
    ("fil", "tl"), ("so", "so"), ("xx", None), ("other", None),
])
def test_a_familys_code_finds_its_tagline(code, tagline):
    assert resources.tagline_language(code) == tagline


def test_a_tagline_says_the_number_to_call():
    text = resources.tagline("hmn", "(541) 555-0142")
    assert "(541) 555-0142" in text and "{phone}" not in text
    assert resources.tagline("xx", "555") is None


def test_there_are_taglines_in_at_least_twenty_languages():
    assert len(resources.taglines()) >= 20


@pytest.mark.parametrize("code", ["ar", "ar_EG", "he", "fa", "fa_AF", "ur", "ps", "ckb"])
def test_right_to_left_languages(code):
    assert fl.is_right_to_left(code)


@pytest.mark.parametrize("code", ["en", "es", "zh_Hant", "vi", "am", "hmn", "xx", "other"])
def test_left_to_right_and_unknown_languages(code):
    assert not fl.is_right_to_left(code)


def test_a_standard_agenda_item_is_known_by_its_key_and_unchanged_title():
    english = resources.standard_agenda("en")
    assert resources.is_standard_agenda_title("goals", english["goals"])
    assert resources.is_standard_agenda_title("goals", "  " + english["goals"].replace(" ", "  "))
    assert not resources.is_standard_agenda_title("goals", "Goals for reading only")
    assert not resources.is_standard_agenda_title("", english["goals"])


def test_the_review_is_read_from_about_json(templates):
    (templates / "es" / "about.json").write_text(json.dumps({
        "language": "es", "reviewed_by": {"name": "Ana Ruiz", "role": "district interpreter",
                                          "date": "2026-11-02"}}), encoding="utf-8")
    (templates / "pt" / "about.json").write_text(json.dumps({"reviewed_by": None}),
                                                 encoding="utf-8")
    assert resources.review_of("es").reviewed and resources.review_of("es").reviewed_by["name"] == "Ana Ruiz"
    assert not resources.review_of("pt").reviewed
    assert not resources.review_of("zh_Hans").reviewed, "no about.json: not reviewed"
    assert resources.review_of("en").reviewed, "English is the source"


def test_haitian_creole_dates_come_from_resources():
    words = resources.date_words("ht")
    assert words["months"][2] == "mas" and len(words["weekdays"]) == 7
    assert resources.date_words("es") is None, "Babel has Spanish dates"
