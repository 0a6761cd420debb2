"""The window's words for problem codes: the same codes and English as core.problems.ENGLISH,
each area said in Spanish, values written the window's way."""

from __future__ import annotations

import string
from datetime import date

import pytest

from iep_desk.core.csv_import import ImportField, ImportFields, refused_as_typed
from iep_desk.core.problems import ENGLISH, Problem
from iep_desk.core.slots import Person
from iep_desk.ui import problems as window_problems
from iep_desk.ui.problems import TEXTS, problem_text

# Find a time's reasons and suggestions, the plain-language advice and the caseload import's
# reasons were English sentences with a template (core.plain_language.Message) until they
# became codes: each area is a table of its own.
AREAS = ("MEETINGS", "SETTINGS", "CASELOAD", "GOALS", "AVAILABILITY", "FIND_A_TIME",
         "PLAIN_LANGUAGE", "STUDENT_IMPORT")


def test_both_tables_hold_the_same_codes_with_the_same_english():
    assert set(TEXTS) == set(ENGLISH)
    differ = {code: (ENGLISH[code], TEXTS[code]) for code in ENGLISH
              if ENGLISH[code] != TEXTS[code]}
    assert differ == {}


def test_every_code_is_in_one_area_only():
    tables = [getattr(window_problems, name) for name in AREAS]
    assert sum(len(table) for table in tables) == len(TEXTS)
    assert set().union(*tables) == set(TEXTS)


def _with_placeholders(code: str) -> Problem:
    names = {name for _, name, _, _ in string.Formatter().parse(ENGLISH[code]) if name}
    return Problem(code, {name: "X" for name in names})


@pytest.mark.parametrize("area", ["FIND_A_TIME", "PLAIN_LANGUAGE", "STUDENT_IMPORT"])
def test_the_areas_that_were_sentences_read_in_spanish(qapp, spanish, area):
    """Their Spanish was carried over from the context they had before ("PlainTextCheck")."""
    english = [code for code in getattr(window_problems, area)
               if code != "import_refused_as_typed"  # only the words of the problem it holds
               and problem_text(_with_placeholders(code)) == str(_with_placeholders(code))]
    assert english == []


def test_values_are_written_the_windows_way(qapp, spanish):
    # A day as the window's locale writes it (US English in the window tests).
    assert problem_text(Problem.of("range_all_closed", first=date(2026, 12, 5),
                                   last=date(2026, 12, 6))) == (
        "Todos los días del 12/5/2026 al 12/6/2026 son fines de semana o días cerrados.")
    # A caseload import's fields in the import dialog's words.
    changes = Problem.of("import_changes",
                         fields=ImportFields([ImportField("grade"), ImportField("guardian")]))
    assert str(changes) == "changes grade, parent/guardian"
    assert problem_text(changes) == "cambia: grado, padre, madre o tutor"
    twice = Problem.of("import_column_twice", field=ImportField("grade", as_title=True))
    assert problem_text(twice) == "Dos columnas están asignadas a “Grado”; elija una."
    # Someone Find a time names, with their role as the People tab names it.
    dana = Person("Dana Lee", "district_representative")
    assert str(dana) == "Dana Lee (district representative)"
    assert problem_text(Problem.of("no_free_time", person=dana)) == (
        "Dana Lee (representante del distrito escolar) no tiene tiempo libre en los días "
        "escolares de este período.")
    # Someone known only by their role (a participant always has a name today).
    assert problem_text(Problem.of("no_free_time", person=Person(
        "district representative", "district_representative"))) == (
        "Representante del distrito escolar no tiene tiempo libre en los días escolares de "
        "este período.")
    assert problem_text(Problem.of("ask_for_more_times", person=Person("Sam", ""))) == (
        "Pídale a Sam más horarios en que pueda reunirse.")
    # A check the window makes on a typed value, read as part of a row's list.
    refused = refused_as_typed(Problem("birth_in_future"))
    assert problem_text(refused) == "la fecha de nacimiento no puede ser en el futuro"


def test_an_unknown_code_is_shown_not_hidden(qapp, spanish):
    assert problem_text(Problem("no_such_code")) == "no_such_code"


@pytest.mark.parametrize("typed", ["-3", "five", "2.5", ""])
def test_agenda_minutes_that_are_not_from_0_up_say_so(typed):
    """"-3" got "as a whole number, for example 5", but -3 is a whole number: the sentence
    says from 0 up, and the window's check and the store's refusal are one sentence."""
    from iep_desk.core.problems import ProblemError
    from iep_desk.ui.planner.agenda_view import parse_item_minutes
    from iep_desk.ui.problems import error_text

    with pytest.raises(ProblemError) as refused:
        parse_item_minutes(typed)
    assert refused.value.code == "agenda_minutes_not_whole"
    assert "from 0 up" in error_text(refused.value)
    assert parse_item_minutes(" 0 ") == 0 and parse_item_minutes("15") == 15


def test_a_goals_import_row_reads_wholly_in_spanish(qapp, spanish):
    """The goals import put English inside its Spanish sentences: the field's English label
    ("the Baseline date") and why a date was refused ("has a two-digit year…") were values.
    The field is named in the dialog's words and each reason is a code of its own."""
    from iep_desk.core.goals_csv import GoalField

    text = problem_text(Problem.of("goal_cell_two_digit_year", line=4,
                                   field=GoalField("baseline_on"), value="3/1/26"))
    assert text.startswith("Fila 4: en fecha del punto de partida, “3/1/26” tiene el año")
    assert "Baseline" not in text and "two-digit" not in text
    english = Problem.of("goal_cell_two_digit_year", line=4, field=GoalField("baseline_on"),
                         value="3/1/26").english()
    assert english.startswith("Row 4: the baseline date “3/1/26” has a two-digit year")
