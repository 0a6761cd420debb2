"""Reading-grade estimates: plausible grades, syllable counts, and no network needed."""

from __future__ import annotations

import socket

import pyphen
import pytest

from iep_desk.core import readability
from iep_desk.core.readability import (
    UnsupportedLanguageError,
    count_syllables,
    grade_from_reading_ease,
    reading_grade,
    split_sentences,
)

SIMPLE_EN = "We will meet on Tuesday. Sam will come too. We will talk about how he reads. Bring your questions."
PLAIN_EN = (
    "At the meeting we will look at how Sam is doing in reading and math. "
    "His teachers will share what is going well and what is still hard. "
    "You can ask questions and tell us what you see at home."
)
DENSE_EN = (
    "Pursuant to the Individuals with Disabilities Education Act, the local educational "
    "agency is obligated to convene a multidisciplinary evaluation team to determine "
    "eligibility for specially designed instruction and related services, notwithstanding "
    "any previous determinations regarding the student's classification."
)
SIMPLE_ES = "Nos vemos el martes. Sam va a venir. Vamos a hablar de cómo lee. Traiga sus preguntas."
PLAIN_ES = (
    "En la reunión vamos a ver cómo le va a Sam en lectura y matemáticas. "
    "Sus maestros van a contar qué va bien y qué le cuesta. "
    "Usted puede hacer preguntas y contarnos lo que ve en casa."
)
DENSE_ES = (
    "De conformidad con la legislación vigente, la administración educativa "
    "correspondiente determinará la elegibilidad del estudiante para recibir servicios "
    "especializados, adaptaciones curriculares individualizadas y evaluaciones "
    "psicopedagógicas complementarias, independientemente de las determinaciones anteriores."
)


@pytest.mark.parametrize(
    ("language", "simple", "plain", "dense"),
    [
        ("en", SIMPLE_EN, PLAIN_EN, DENSE_EN),
        ("es", SIMPLE_ES, PLAIN_ES, DENSE_ES),
    ],
)
def test_grades_rise_with_difficulty(language, simple, plain, dense):
    easy, middle, hard = (reading_grade(t, language) for t in (simple, plain, dense))
    assert easy < 4
    assert 3 <= middle <= 9
    assert hard > 14
    assert easy < middle < hard


@pytest.mark.parametrize(
    ("word", "language", "syllables"),
    [
        ("cat", "en", 1),
        ("table", "en", 2),
        ("about", "en", 2),
        ("made", "en", 1),
        ("education", "en", 4),
        ("individualized", "en", 6),
        ("IEP", "en", 3),
        ("casa", "es", 2),
        ("escuela", "es", 3),
        ("educación", "es", 4),
        ("día", "es", 2),
        ("poeta", "es", 3),
        ("individualizado", "es", 7),
    ],
)
def test_syllable_counts(word, language, syllables):
    assert count_syllables(word, language) == syllables


def test_sentences_split_on_ends_but_not_titles():
    text = "Mr. Smith met Dr. Jones today. Then he left! Why?\n- first item\n- second item"
    assert split_sentences(text) == [
        "Mr. Smith met Dr. Jones today.",
        "Then he left!",
        "Why?",
        "- first item",
        "- second item",
    ]


def test_a_text_without_words_is_grade_zero():
    assert reading_grade("") == 0.0
    assert reading_grade("  … !! ") == 0.0


def test_region_codes_are_accepted_and_unknown_languages_refused():
    assert (
        reading_grade(PLAIN_ES, "es_MX")
        == reading_grade(PLAIN_ES, "es-US")
        == reading_grade(PLAIN_ES, "es")
    )
    assert reading_grade(PLAIN_EN, "en_GB") == reading_grade(PLAIN_EN)
    with pytest.raises(UnsupportedLanguageError):
        reading_grade("Hola", "xx")


def test_reading_ease_maps_onto_flesch_grades():
    assert grade_from_reading_ease(95) == pytest.approx(4.5)
    assert grade_from_reading_ease(85) == pytest.approx(5.5)
    assert grade_from_reading_ease(65) == pytest.approx(8.0)
    assert grade_from_reading_ease(105) == pytest.approx(3.5)
    assert grade_from_reading_ease(150) == 2.0 and grade_from_reading_ease(-20) == 18.0
    eases = [130 - 5 * n for n in range(31)]
    grades = [grade_from_reading_ease(e) for e in eases]
    assert grades == sorted(grades)


def test_scores_without_any_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise OSError("network access is blocked in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    # Load the hyphenation dictionaries afresh from disk, under the block.
    readability._hyphenator.cache_clear()
    monkeypatch.setattr(pyphen, "hdcache", {})
    english = reading_grade(PLAIN_EN, "en")
    spanish = reading_grade(PLAIN_ES, "es")
    assert 3 <= english <= 9
    assert 3 <= spanish <= 9
    with pytest.raises(OSError):
        socket.socket()
