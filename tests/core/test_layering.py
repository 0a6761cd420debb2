"""core, storage and printing never import Qt: the rules and the file must work without a screen."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "iep_desk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["core", "storage", "printing"])
def test_layer_never_imports_qt(layer):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"{layer} has no modules"
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in imported_modules(path) if m.startswith(("PySide6", "shiboken6", "iep_desk.ui")))
        for path in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_core_imports_no_sql():
    for path in (PACKAGE / "core").rglob("*.py"):
        assert not {m for m in imported_modules(path) if m.startswith(("sqlite3", "sqlite_utils"))}, path


def test_importing_core_and_storage_loads_no_qt():
    import subprocess
    import sys

    code = ("import sys, iep_desk.core.deadlines, iep_desk.storage.caseload, iep_desk.storage.database;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
