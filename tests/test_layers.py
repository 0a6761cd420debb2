"""The layer contracts, checked over the import graph of every module in iep_desk.

An AST walk rather than import-linter: import-linter builds its graph with grimp, which reads
every import statement in a module (function-level ones included), but its contracts say
"layer A does not import layer B" and cannot say "storage imports core *only*" without listing
every third-party package; a short walk states each rule the way the README does, counts
imports inside functions and `if TYPE_CHECKING:` blocks alike, and names the module, the line
and the import when a rule is broken.

The rules (README, "Architecture"):
- core imports nothing of iep_desk outside core, and no Qt and no SQL;
- storage imports core only, printing imports core only. Both may also read the foundation
  every layer shares: the package's version (`iep_desk.__version__`), the paths
  (`iep_desk.config`) and IEP Desk's own files (`iep_desk.resources`), which is how core's
  data (a glossary, a checklist's texts, the agenda template, the fonts) reaches them: core
  reads no files, so someone below the application layer must, and that module itself
  imports only core and config (checked here too);
- the application layer (iep_desk.app) imports no Qt and nothing of the window;
- the window (iep_desk.ui) imports no sqlite3, sqlite_utils or sqlcipher3: it goes through
  the application layer.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "iep_desk"
QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlite_utils", "sqlcipher3")
# What storage and printing may read besides core (see the module docstring).
FOUNDATION = ("iep_desk", "iep_desk.config", "iep_desk.resources")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. "iep_desk.storage.backup"
    target: str  # what it imports, e.g. "iep_desk.config"
    line: int

    def __str__(self) -> str:
        path = self.module.replace(".", "/")
        return f"{self.module} (line {self.line} of {path}.py) imports {self.target}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    """Whether `name` (dotted, under iep_desk) is a module or package of ours."""
    relative = PACKAGE_DIR.parent.joinpath(*name.split("."))
    return relative.with_suffix(".py").is_file() or (relative / "__init__.py").is_file()


def imports_of(path: Path) -> list[Import]:
    """Every import in the module, at any depth (functions, classes, `if` blocks).

    `from iep_desk import config` counts as importing iep_desk.config (a module), while
    `from iep_desk import __version__` counts as importing iep_desk; relative imports are
    resolved against the module's package."""
    module = module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                is_ours = source.split(".")[0] == "iep_desk"
                target = submodule if is_ours and is_module(submodule) else source
                found.append(Import(module, target, node.lineno))
    return found


ALL_IMPORTS = [item for path in sorted(PACKAGE_DIR.rglob("*.py")) for item in imports_of(path)]


def in_layer(module: str, layer: str) -> bool:
    return module == f"iep_desk.{layer}" or module.startswith(f"iep_desk.{layer}.")


def of_layer(layer: str) -> list[Import]:
    imports = [item for item in ALL_IMPORTS if in_layer(item.module, layer)]
    assert imports, f"no imports found in iep_desk.{layer}: is the walk looking in the right place?"
    return imports


def top(name: str) -> str:
    return name.split(".")[0]


def ours(name: str) -> bool:
    return top(name) == "iep_desk"


def broken(imports: list[Import]) -> str:
    return "layer rule broken:\n  " + "\n  ".join(str(item) for item in imports)


def test_core_imports_nothing_of_iep_desk_outside_core():
    wrong = [item for item in of_layer("core")
             if ours(item.target) and not in_layer(item.target, "core")
             and item.target != "iep_desk"]
    assert not wrong, broken(wrong)


def test_core_imports_no_qt_and_no_sql():
    wrong = [item for item in of_layer("core") if top(item.target) in QT + SQL]
    assert not wrong, broken(wrong)


@pytest.mark.parametrize("layer", ["storage", "printing"])
def test_storage_and_printing_import_core_only(layer):
    wrong = [item for item in of_layer(layer)
             if ours(item.target) and not in_layer(item.target, layer)
             and not in_layer(item.target, "core") and item.target not in FOUNDATION]
    assert not wrong, broken(wrong)


@pytest.mark.parametrize("layer", ["core", "storage", "printing", "app"])
def test_below_the_window_nothing_imports_qt(layer):
    wrong = [item for item in of_layer(layer) if top(item.target) in QT]
    assert not wrong, broken(wrong)


def test_the_application_layer_imports_nothing_of_the_window():
    wrong = [item for item in of_layer("app") if in_layer(item.target, "ui")]
    assert not wrong, broken(wrong)


def test_the_window_imports_no_sqlite():
    wrong = [item for item in of_layer("ui") if top(item.target) in SQL]
    assert not wrong, broken(wrong)


@pytest.mark.parametrize("foundation", ["iep_desk.config", "iep_desk.resources"])
def test_the_foundation_storage_and_printing_read_imports_core_only(foundation):
    wrong = [item for item in ALL_IMPORTS if item.module == foundation
             and ours(item.target) and not in_layer(item.target, "core")
             and item.target not in FOUNDATION]
    assert not wrong, broken(wrong)


def test_the_walk_sees_function_level_and_relative_imports(tmp_path, monkeypatch):
    """The checks above would pass vacuously if the walk missed imports: it must not."""
    package = tmp_path / "iep_desk"
    (package / "storage").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "config.py").write_text("")
    (package / "storage" / "__init__.py").write_text("")
    (package / "storage" / "rows.py").write_text("")
    module = package / "storage" / "late.py"
    module.write_text(
        "from iep_desk import config\n"
        "from . import rows\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import iep_desk.ui.desk\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_DIR", package)
    assert [(item.target, item.line) for item in imports_of(module)] == [
        ("iep_desk.config", 1), ("iep_desk.storage.rows", 2), ("PySide6.QtCore", 4),
        ("iep_desk.ui.desk", 5)]
    assert str(imports_of(module)[3]) == (
        "iep_desk.storage.late (line 5 of iep_desk/storage/late.py) imports iep_desk.ui.desk")


def test_importing_core_storage_and_the_application_layer_loads_no_qt():
    """The same rule at run time: importing these loads no Qt module at all."""
    code = ("import sys, iep_desk.core.deadlines, iep_desk.storage.stores, iep_desk.app.meetings,"
            " iep_desk.app.handouts;"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
