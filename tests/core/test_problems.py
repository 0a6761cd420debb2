"""Problem codes: every code core, storage and the application layer use has its English, and
a problem reads the same in English as the sentence it replaced."""

from __future__ import annotations

import ast
from datetime import date, time
from pathlib import Path

import iep_desk
from iep_desk.core.csv_import import ImportField, ImportFields
from iep_desk.core.problems import ENGLISH, Problem, ProblemError, as_clause, english

PACKAGE = Path(iep_desk.__file__).resolve().parent


def _problem_classes(trees: list[ast.Module]) -> set[str]:
    """Problem, ProblemError and every class below the window that derives from ProblemError."""
    names = {"Problem", "ProblemError"}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id == "ProblemError"
                    for base in node.bases):
                names.add(node.name)
    return names


def codes_used() -> dict[str, str]:
    """code -> file, for every literal code given to Problem(...), Problem.of(...),
    ProblemError(...) or a subclass of it outside the window's code."""
    paths = [p for p in sorted(PACKAGE.rglob("*.py"))
             if "ui" not in p.relative_to(PACKAGE).parts]
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    classes = _problem_classes(trees)
    found: dict[str, str] = {}
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr == "of":
                func = func.value  # Problem.of(...)
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (name in classes and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)):
                found[first.value] = str(path.relative_to(PACKAGE))
    return found


def test_the_scan_finds_the_codes_of_every_area():
    used = codes_used()
    for code in ("after_due_date", "birth_in_future", "search_range_empty", "no_free_time",
                 "sentence_too_long", "import_not_a_date", "import_changes", "passphrases_differ"):
        assert code in used, code


def test_every_code_used_below_the_window_has_its_english():
    missing = {code: where for code, where in codes_used().items() if code not in ENGLISH}
    assert missing == {}, "add to core.problems.ENGLISH"


def test_english_names_the_values_it_is_given():
    assert english(Problem.of("range_all_closed", first=date(2026, 12, 5),
                              last=date(2026, 12, 6))) == (
        "All days from 2026-12-05 to 2026-12-06 are weekends or closed days.")
    assert str(Problem.of("meeting_longer_than_school_day", minutes=600, starts=time(8),
                          ends=time(15, 30))) == (
        "The meeting (600 minutes) is longer than the school day (08:00–15:30).")
    # An unknown code is shown as it is, never hidden.
    assert str(Problem("no_such_code")) == "no_such_code"


def test_a_problem_inside_another_reads_as_a_clause():
    """A caseload import lists a row's reasons one after another: a check core.validation
    makes on a typed value reads as part of that list, in English as in the window."""
    check = Problem("birth_in_future")
    assert str(check) == "The date of birth cannot be in the future."
    assert str(Problem.of("import_refused_as_typed", check=check)) == (
        "the date of birth cannot be in the future")
    # An acronym keeps its capitals.
    assert as_clause("IEP meetings are yearly.") == "IEP meetings are yearly"


def test_an_import_field_is_named_in_words():
    fields = ImportFields([ImportField("grade"), ImportField("guardian")])
    assert str(Problem.of("import_changes", fields=fields)) == "changes grade, parent/guardian"
    assert str(Problem.of("import_column_twice", field=ImportField("grade", as_title=True))) == (
        "Two columns are both set to “Grade”; choose one.")


def test_problems_compare_by_code_and_values():
    assert Problem.of("no_free_time", person="Ana") == Problem.of("no_free_time", person="Ana")
    assert Problem.of("no_free_time", person="Ana") != Problem.of("no_free_time", person="Bo")
    error = ProblemError("import_not_a_field", value="shoe size")
    assert error.code == "import_not_a_field" and str(error) == (
        "“shoe size” is not a field IEP Desk can import.")
