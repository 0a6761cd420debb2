"""PySide6's enums are written the way its documentation writes them, fully qualified
(`Qt.ItemDataRole.UserRole`, `QMessageBox.StandardButton.Yes`), never as a member reached
through its class (`Qt.UserRole`). The short form only works through a compatibility layer
PySide6 may drop, and it hides which enum a value belongs to."""

import ast
import enum
from pathlib import Path

from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["iep_desk", "tests", "benchmarks", "scripts", "docs"]
QT_MODULES = (QtCore, QtGui, QtWidgets, QtPrintSupport)


def qt_class(name: str) -> type | None:
    for module in QT_MODULES:
        found = getattr(module, name, None)
        if isinstance(found, type):
            return found
    return None


def short_enum_members(source: str) -> list[str]:
    """Each `Class.Member` in `source` where Member is an enum value not reached through its
    enum, as "line: Class.Member -> Class.Enum.Member"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
            continue
        owner = qt_class(node.value.id)
        value = getattr(owner, node.attr, None) if owner else None
        if isinstance(value, enum.Enum) and type(value).__name__ != node.attr:
            found.append(f"{node.lineno}: {node.value.id}.{node.attr} -> "
                         f"{node.value.id}.{type(value).__name__}.{node.attr}")
    return found


def test_the_check_finds_the_short_form_and_passes_the_full_one():
    assert short_enum_members("x = Qt.UserRole\n") == [
        "1: Qt.UserRole -> Qt.ItemDataRole.UserRole"]
    assert short_enum_members("QDialogButtonBox.Ok\n") == [
        "1: QDialogButtonBox.Ok -> QDialogButtonBox.StandardButton.Ok"]
    assert short_enum_members("x = Qt.ItemDataRole.UserRole\nQt.ItemDataRole\n") == []


def test_every_qt_enum_is_written_fully_qualified():
    short = []
    for folder in CHECKED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            short += [f"{path.relative_to(ROOT)}:{hit}"
                      for hit in short_enum_members(path.read_text(encoding="utf-8"))]
    assert short == []
