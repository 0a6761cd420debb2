"""Every word of the window reaches pyside6-lupdate with its context.

lupdate reads `translate("Context", "literal")` (iep_desk/ui/translate.py), `self.tr("literal")`
in a QObject subclass and QT_TRANSLATE_NOOP("Context", "literal") in tables. It cannot see the
context of a module-level helper (`def tr(text): return QCoreApplication.translate("X", text)`),
of an alias (`tr = widget.tr`) or of another object's tr (`parent.tr("...")`): their words
would reach the .ts without a context and never be translated on screen. This test walks the
whole package and names each such place.
"""

from __future__ import annotations

import ast
from pathlib import Path

import iep_desk

PACKAGE = Path(iep_desk.__file__).resolve().parent
THE_HELPER = PACKAGE / "ui" / "translate.py"
HIDDEN_HELPERS = {"tr", "_tr"}


def is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def problems_in(source: str, *, is_the_helper: bool = False) -> list[str]:
    """What in `source` hides a word or its context from lupdate, one line each."""
    tree = ast.parse(source)
    found = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HIDDEN_HELPERS:
            found.append(f"line {node.lineno}: a module-level helper `{node.name}` hides "
                         "its context; call translate(\"Context\", ...)")
        if (isinstance(node, ast.FunctionDef) and node.name == "translate"
                and not is_the_helper):
            found.append(f"line {node.lineno}: a second `translate`; import "
                         "iep_desk.ui.translate's")
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
            aliases_tr = (isinstance(value, ast.Attribute) and value.attr in ("tr", "translate"))
            if any(name in HIDDEN_HELPERS for name in names) or (names and aliases_tr):
                found.append(f"line {node.lineno}: `{names[0]} = ...` makes a translation "
                             "helper lupdate cannot read")
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func, first = node.func, node.args[0]
        if isinstance(func, ast.Name) and func.id in HIDDEN_HELPERS and is_text(first):
            found.append(f"line {node.lineno}: {first.value!r} goes through `{func.id}`, "
                         "whose context lupdate cannot see")
        elif (isinstance(func, ast.Attribute) and func.attr == "tr" and is_text(first)
              and not (isinstance(func.value, ast.Name) and func.value.id == "self")):
            found.append(f"line {node.lineno}: {first.value!r} goes through another "
                         "object's tr (its class is not known to lupdate)")
        elif (isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP")
              and len(node.args) >= 2):
            text = node.args[1]
            if not is_text(first) and is_text(text):
                found.append(f"line {node.lineno}: {text.value!r} is translated in a "
                             "context that is not a literal")
            if isinstance(text, ast.JoinedStr):
                found.append(f"line {node.lineno}: an f-string cannot be translated; "
                             "use %1 and .replace()")
    return found


def test_the_check_finds_each_hidden_word():
    source = '''
from PySide6.QtCore import QCoreApplication

def tr(text):
    return QCoreApplication.translate("Planner", text)

def caption(widget, context):
    _tr = widget.tr
    label = tr("Find a time")
    other = widget.tr("Open")
    hidden = translate(context, "Close")
    built = translate("Planner", f"{label} now")
    fine = translate("Planner", "Find a &time")
    table = translate("Planner", LABELS["held"])
    return label
'''
    found = problems_in(source)
    assert len(found) == 6, found
    assert any("module-level helper `tr`" in line for line in found)
    assert any("'Find a time' goes through `tr`" in line for line in found)
    assert any("'Open' goes through another object's tr" in line for line in found)
    assert any("'Close' is translated in a context" in line for line in found)
    assert any("`_tr = ...`" in line for line in found)
    assert any("f-string" in line for line in found)


def test_self_tr_and_translate_with_a_context_pass():
    source = '''
class Dialog(QDialog):
    def __init__(self):
        self.setWindowTitle(self.tr("Settings"))
        self.note = translate("Settings", "Saved at once.")
        self.count = translate("Settings", "%n day(s)", "", 3)
'''
    assert problems_in(source) == []


def test_every_module_gives_lupdate_its_words_with_their_context():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for problem in problems_in(path.read_text(encoding="utf-8"),
                                   is_the_helper=path == THE_HELPER):
            found.append(f"{path.relative_to(PACKAGE.parent)}: {problem}")
    assert found == [], (
        "Run `python scripts/one_translate_helper.py` (it converts module helpers), or use "
        "translate(\"Context\", \"literal\") / self.tr(\"literal\"):\n" + "\n".join(found))


def test_a_table_of_words_gives_lupdate_its_context():
    found = problems_in('X = {"a": QT_TRANSLATE_NOOP(CONTEXT, "Phone call")}')
    assert len(found) == 1 and "not a literal" in found[0]


def test_the_import_dialogs_field_names_are_marked_for_translation():
    from iep_desk.core import csv_import, goals_csv
    from iep_desk.ui.caseload.goals_import_dialog import GOAL_FIELD_LABELS
    from iep_desk.ui.import_dialog import IMPORT_FIELD_LABELS

    assert set(csv_import.FIELD_LABELS.values()) == set(IMPORT_FIELD_LABELS)
    assert set(goals_csv.FIELD_LABELS.values()) == set(GOAL_FIELD_LABELS)


def _counts_lupdate_cannot_read(source: str) -> list[str]:
    """translate(ctx, "...%n...", "", n) calls whose count is not a plain name (or -name):
    pyside6-lupdate leaves such a call out of the .ts altogether, so its words stay English."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "translate" and len(node.args) == 4):
            continue
        count = node.args[3]
        if isinstance(count, ast.UnaryOp):
            count = count.operand
        if not isinstance(count, ast.Name):
            found.append(f"line {node.lineno}: count {ast.unparse(node.args[3])}")
    return found


def test_the_check_finds_a_count_lupdate_cannot_read():
    assert _counts_lupdate_cannot_read(
        'a = translate("P", "%n try(s)", "", len(tries))\n'
        'b = translate("P", "%n try(s)", "", self.count)\n'
        'c = translate("P", "%n try(s)", "", tries)\n'
        'd = translate("P", "%n day(s) ago", "", -days)\n') == [
            "line 1: count len(tries)", "line 2: count self.count"]


def test_every_count_is_one_lupdate_reads():
    found = [f"{path.relative_to(PACKAGE.parent)}: {problem}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for problem in _counts_lupdate_cannot_read(path.read_text(encoding="utf-8"))]
    assert found == [], "Give the count a name first (n = len(...)):\n" + "\n".join(found)
