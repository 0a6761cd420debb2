"""The glossary files and the plain-language checker."""

from __future__ import annotations

import json
import statistics

import pytest

from iep_desk.core.plain_language import (
    GlossaryError,
    TermHit,
    check_text,
    explain_inline,
    find_terms,
    parse_glossary,
)
from iep_desk.core.problems import Problem
from iep_desk.core.readability import reading_grade

REQUIRED_EN = [
    "IEP",
    "FAPE",
    "LRE",
    "BIP",
    "FBA",
    "ESY",
    "LEA",
    "PLAAFP",
    "504 plan",
    "accommodations",
    "modifications",
    "related services",
    "transition services",
    "IDEA",
    "IEE",
    "SLD",
    "OHI",
    "OT",
    "PT",
    "SLP",
    "ABA",
    "AT",
    "RTI",
    "MTSS",
    "prior written notice",
    "procedural safeguards",
    "due process",
    "mediation",
    "assessment",
    "evaluation",
    "re-evaluation",
    "eligibility",
    "annual goals",
    "short-term objectives",
    "progress monitoring",
    "inclusion",
    "resource room",
    "self-contained classroom",
    "co-teaching",
    "paraprofessional",
    "manifestation determination",
]
from iep_desk import resources
from iep_desk.resources import load_glossary


def checked(text, language):
    """check_text with the language's own glossary, as the window gives it (None without)."""
    try:
        glossary = load_glossary(language)
    except GlossaryError:
        glossary = None
    return check_text(text, language, glossary=glossary)


@pytest.fixture(scope="module")
def english():
    return load_glossary("en")


@pytest.fixture(scope="module")
def spanish():
    return load_glossary("es")


# --- the glossary files ------------------------------------------------------


@pytest.mark.parametrize(("language", "minimum"), [("en", 80), ("es", 30)])
def test_glossary_files_are_complete_and_well_formed(language, minimum):
    raw = json.loads((resources.GLOSSARY_DIR / f"{language}.json").read_text(encoding="utf-8"))
    assert len(raw) >= minimum
    for item in raw:
        assert set(item) == {"term", "aliases", "plain"}
        assert item["term"].strip() and item["plain"].strip().endswith(".")
        assert isinstance(item["aliases"], list)
    glossary = load_glossary(language)
    # No form (term or alias) may point at two entries: the second would never be found.
    seen: dict[str, str] = {}
    for entry in glossary.entries:
        for form in (entry.term, *entry.aliases):
            key = form if form.isupper() else form.casefold()
            assert seen.setdefault(key, entry.term) == entry.term, form


def test_english_glossary_has_the_core_terms(english):
    terms = {e.term for e in english.entries}
    assert not [t for t in REQUIRED_EN if t not in terms]
    plaa = english.entry("PLAAFP")
    assert "PLOP" in plaa.aliases and "present levels of performance" in plaa.aliases


@pytest.mark.parametrize("language", ["en", "es"])
def test_explanations_read_at_about_grade_six_to_eight(language):
    glossary = load_glossary(language)
    grades = [reading_grade(e.plain, language) for e in glossary.entries]
    assert statistics.median(grades) <= 9
    assert reading_grade(" ".join(e.plain for e in glossary.entries), language) <= 8


def test_every_acronym_in_the_spanish_glossary_is_explained_in_spanish(spanish):
    # Spanish families often see the English acronyms: both must lead to the same entry.
    text = "El IEP o PEI de Ana"
    hits = find_terms(text, spanish)
    assert [h.term for h in hits] == ["IEP", "IEP"]
    assert hits[0].plain.startswith("Un plan por escrito")


def test_a_damaged_glossary_gets_a_clear_message():
    with pytest.raises(GlossaryError, match="damaged"):
        parse_glossary('[{"term": "IEP", ', "en")
    with pytest.raises(GlossaryError, match="needs a “term” and a “plain” text"):
        parse_glossary('[{"term": "IEP"}]', "en")
    with pytest.raises(GlossaryError, match="list"):
        parse_glossary('{"term": "IEP"}', "en")
    with pytest.raises(GlossaryError, match="no glossary"):
        load_glossary("xx")


def test_region_codes_find_the_language_file():
    assert load_glossary("es_MX").language == "es"
    assert load_glossary("en-US").language == "en"


# --- finding terms -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The IEP meeting is on Friday.", [("IEP", "IEP")]),
        ("Two IEPs and the IEP's goals.", [("IEPs", "IEP"), ("IEP", "IEP")]),
        (
            "Her Individualized Education Program changes.",
            [("Individualized Education Program", "IEP")],
        ),
        ("I had an idea about IDEA.", [("IDEA", "IDEA")]),
        (
            "Least Restrictive Environment, not just any environment.",
            [("Least Restrictive Environment", "LRE")],
        ),
        ("the least restrictive\nenvironment", [("least restrictive\nenvironment", "LRE")]),
        (
            "short term objectives and short-term objectives",
            [
                ("short term objectives", "short-term objectives"),
                ("short-term objectives", "short-term objectives"),
            ],
        ),
        (
            "The PTA met. The PT came. OTs and SLPs too.",
            [("PT", "PT"), ("OTs", "OT"), ("SLPs", "SLP")],
        ),
        (
            "Accommodations and an accommodation.",
            [("Accommodations", "accommodations"), ("accommodation", "accommodations")],
        ),
        ("a 504 plan under Section 504", [("504 plan", "504 plan"), ("Section 504", "504 plan")]),
        ("nothing here at all", []),
    ],
)
def test_find_terms(text, found, english):
    hits = find_terms(text, english)
    assert [(text[h.start : h.end], h.term) for h in hits] == found
    for hit in hits:
        assert hit.plain == english.entry(hit.term).plain


def test_longest_match_wins(english):
    text = "general education teacher"
    hits = find_terms(text, english)
    assert [(h.start, h.end, h.term) for h in hits] == [(0, len(text), "general education teacher")]


def test_find_terms_in_spanish(spanish):
    text = "Hablaremos de las adaptaciones y del ambiente menos restrictivo. Tengo una idea."
    # Every glossary is keyed by the English term: the Spanish words lead to it.
    assert [h.term for h in find_terms(text, spanish)] == ["accommodations", "LRE"]


# --- inserting an explanation --------------------------------------------------


def test_explain_inline_puts_the_short_explanation_after_the_term(english):
    text = "Your child's IEP meeting is soon."
    hit = find_terms(text, english)[0]
    explained = explain_inline(text, hit)
    assert explained.startswith(
        "Your child's IEP (a written plan for a student who gets "
        "special education) meeting is soon."
    )
    # Asking twice does not add it twice.
    assert explain_inline(explained, hit) == explained


def test_explain_inline_keeps_the_possessive_with_the_term(english):
    text = "The IEP's goals."
    hit = find_terms(text, english)[0]
    assert explain_inline(text, hit).startswith("The IEP's (a written plan")


def test_explain_inline_keeps_capitals_of_names():
    hit = TermHit(0, 3, "504", "Section 504 is a civil-rights law. More text.")
    assert explain_inline("504 plan", hit) == "504 (Section 504 is a civil-rights law) plan"


# --- the whole check -----------------------------------------------------------


def test_check_text_advises_on_grade_long_sentences_and_terms():
    long_sentence = (
        "The team will consider the results of the comprehensive psychoeducational "
        "evaluation together with information provided by the family and "
        "classroom observations in order to determine appropriate services and "
        "supports for the upcoming academic year."
    )
    text = f"We will meet on Friday. {long_sentence} Bring the IEP."
    report = checked(text, "en")
    assert report.grade is not None and report.grade > 8
    words = len(long_sentence.split())
    assert [h.term for h in report.hits] == ["evaluation", "IEP"]
    assert report.advice == [
        Problem.of("reading_grade_too_high", grade=f"{report.grade:.1f}", low=6, high=8),
        Problem.of("sentence_too_long", number=2, words=words),
        Problem.of("explain_terms", terms="evaluation, IEP"),
    ]
    # The command line's English is the sentence it always was.
    assert [str(a) for a in report.advice] == [
        f"Grade {report.grade:.1f}: aim for grade 6 to 8.",
        f"Sentence 2 has {words} words: split it.",
        "Explain or replace the terms a family may not know: evaluation, IEP."]


def test_plain_text_gets_no_advice():
    report = checked(
        "We will meet on Friday at three. Sam will show his work. "
        "Tell us what you would like to talk about.",
        "en",
    )
    assert report.hits == [] and report.advice == []
    assert report.grade is not None and report.grade < 6


def test_an_explained_term_is_not_flagged(english):
    text = (
        "The Individuals with Disabilities Education Act (IDEA) sets the rules. "
        "Under IDEA, your child has rights."
    )
    report = checked(text, "en")
    assert {h.term for h in report.hits} == {"IDEA"}
    assert not any(a.code == "explain_terms" for a in report.advice)


def test_check_text_in_spanish_and_in_a_language_without_glossary():
    report = checked("La reunión del IEP es el viernes.", "es")
    assert [h.term for h in report.hits] == ["IEP"]
    assert report.grade is not None
    french = checked("La réunion est vendredi.", "fr")
    assert french.hits == [] and french.grade is not None
    unknown = checked("Something.", "xx")
    assert unknown.grade is None and unknown.hits == []


def test_advice_keeps_its_values_for_the_window_to_word():
    report = checked("Bring the IEP. " + "word " * 30 + ".", "en")
    sentence_advice = next(a for a in report.advice if a.code == "sentence_too_long")
    assert sentence_advice.values == {"number": 2, "words": 30}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_term_and_alias_is_found_alone_and_in_the_plural(language):
    # find_terms turns most words away by their first word alone; no term may be lost by it.
    glossary = load_glossary(language)
    for entry in glossary.entries:
        for form in (entry.term, *entry.aliases):
            for text in (f"About the {form} today.", f"About the {form}s today."):
                hits = find_terms(text, glossary)
                assert any(hit.term == entry.term for hit in hits), text


def test_terms_are_found_inside_chinese_text_and_explained_by_their_first_sentence():
    from iep_desk.core.plain_language import find_terms

    glossary = load_glossary("zh_Hans")
    ieps = [e for e in glossary.entries if e.term == "IEP"]
    assert ieps, "the Simplified Chinese glossary is found by its regional code"
    hits = find_terms("我们会在Ayaan的IEP会议上讨论目标。", glossary)
    assert [h.term for h in hits][:1] == ["IEP"]
    alias = next(a for a in ieps[0].aliases if not a.isascii())
    hits = find_terms(f"这是{alias}的会议。", glossary)
    assert [h.term for h in hits] == ["IEP"], alias
    short = ieps[0].short
    assert short and "。" not in short and len(short) < len(ieps[0].plain)
