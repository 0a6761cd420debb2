"""The developer scripts (docs/, scripts/, benchmarks/) import only what the package and the
tests still have: they are run by hand now and then, so a name moved in the package would
otherwise be found only when someone retakes the screenshots."""

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("docs", "scripts", "benchmarks")


def missing_names(source: str, name: str) -> list[str]:
    """Each `from iep_desk… import X` (or tests…) in `source` whose X does not exist."""
    missing = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.ImportFrom) and node.module
                and node.module.split(".")[0] in ("iep_desk", "tests")):
            continue
        module = importlib.import_module(node.module)
        for alias in node.names:
            if hasattr(module, alias.name):
                continue
            try:
                importlib.import_module(f"{node.module}.{alias.name}")
            except ImportError:
                missing.append(f"{name}:{node.lineno}: {node.module}.{alias.name}")
    return missing


def test_the_check_finds_a_name_that_moved():
    source = ("from iep_desk.resources import template_languages\n"
              "from iep_desk.core.family_language import template_languages\n")
    assert missing_names(source, "probe.py") == [
        "probe.py:2: iep_desk.core.family_language.template_languages"]


def test_every_developer_script_imports_what_exists():
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.py")):
            found += missing_names(path.read_text(encoding="utf-8"),
                                   str(path.relative_to(ROOT)))
    assert found == []
