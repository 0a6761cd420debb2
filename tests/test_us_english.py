"""US English on screen and on paper: the shipped English resources (handout templates,
agenda, checklist, ideas for home, the guide, the glossary's plain words) and every English
text the window translates (tr, translate, QT_TRANSLATE_NOOP, QT_TR_NOOP) are free of British
spellings; and a team role has one name on screen and on the English handouts."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from iep_desk.core.models import TEAM_ROLES
from iep_desk.core.roles import ROLE_NAMES, role_name

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"

BRITISH = re.compile(
    r"\b(counsellor|maths|autumn|favourite|practis(e|es|ed|ing)|colour|organis(e|es|ed|ing|ation)"
    r"|behaviour|centre|programme|licence|enrolment|enrol)\w*", re.IGNORECASE)
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "plural"}


def english_resource_texts() -> list[tuple[str, str]]:
    """(file, text) for every text the English resources may show or print."""
    found: list[tuple[str, str]] = []

    def walk(name: str, value, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k != "aliases":  # the glossary's aliases catch what teachers type
                    walk(name, v, k)
        elif isinstance(value, list):
            for v in value:
                walk(name, v, key)
        elif isinstance(value, str):
            found.append((name, value))

    paths = [*sorted((RESOURCES / "templates" / "en").glob("*.json")),
             RESOURCES / "agenda" / "default-en.json", RESOURCES / "checklists" / "en.json",
             RESOURCES / "ideas_for_home" / "en.json", RESOURCES / "glossary" / "en.json"]
    for path in paths:
        walk(path.name, json.loads(path.read_text(encoding="utf-8")))
    found.append(("guide/en.html", (RESOURCES / "guide" / "en.html").read_text(encoding="utf-8")))
    return found


def ui_english_texts() -> list[tuple[str, str]]:
    """(file:line, text) for every string literal passed to a translation function in the
    window's code, and the English of core's problem messages."""
    found = []
    for path in sorted((ROOT / "iep_desk" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name not in TRANSLATING:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", arg.value))
    from iep_desk.core.problems import ENGLISH

    found += [("core/problems.py", text) for text in ENGLISH.values()]
    return found


def test_the_scan_sees_the_texts():
    """Not an empty check: the scans find the texts a teacher reads."""
    assert any("Annual review" in text for _where, text in ui_english_texts())
    assert any("Practice the new skill" in text for _where, text in english_resource_texts())
    assert BRITISH.search("Talk to the school counsellor about maths in the autumn")


@pytest.mark.parametrize("source", [english_resource_texts, ui_english_texts],
                         ids=["resources", "window"])
def test_no_british_spelling_reaches_the_teacher_or_the_family(source):
    british = [(where, match.group(0)) for where, text in source()
               for match in BRITISH.finditer(text)]
    assert british == []


def test_a_role_has_one_name_on_screen_and_on_paper(qapp):
    from iep_desk.ui.labels import ROLE_LABELS, label_for

    paper = json.loads((RESOURCES / "templates" / "en" / "labels.json").read_text("utf-8"))
    for code in TEAM_ROLES:
        assert code in ROLE_NAMES, code
        assert label_for(ROLE_LABELS, code) == ROLE_NAMES[code], code
        assert paper["roles"][code] == ROLE_NAMES[code], code
    # A code is never shown as a code.
    assert role_name("job_coach") == "Job coach"
    assert role_name("cultural_liaison") == "Family liaison"
