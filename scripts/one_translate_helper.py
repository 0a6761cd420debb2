"""Codemod: every module's own translation helper becomes the one `translate("Context", ...)`.

    python scripts/one_translate_helper.py            # rewrites iep_desk/ in place
    python scripts/one_translate_helper.py --check    # lists what it would change, exit 1 if any

Why: pyside6-lupdate reads `translate("Context", "literal")` (a bare function of that name)
and `self.tr("literal")` in QObject subclasses, but not a module-level helper that hides the
context (`def tr(text): return QCoreApplication.translate("Planner", text)`), nor
`QCoreApplication.translate(...)` itself. So, in every module under iep_desk/:

- a module-level helper `tr`/`_tr` (or a `translate(context, text)` copy) whose body returns
  `QCoreApplication.translate(CONTEXT, text[, disambiguation, n])` is removed, and every call
  `tr(args...)` becomes `translate("CONTEXT", args...)`, the text argument untouched (a literal
  stays a literal, so lupdate finds it; a table value such as `tr(LABELS[code])` is translated
  at run time in the same context as its QT_TRANSLATE_NOOP);
- the same for a helper imported from another module (`from iep_desk.ui.planner.common import
  tr`), with that module's context; the name leaves the import;
- `QCoreApplication.translate(...)` calls become `translate(...)` (same arguments);
- `from iep_desk.ui.translate import translate` is added, and imports left unused by the
  change (QCoreApplication, a `_CONTEXT` constant) are removed.

It rewrites by source position (the standard library's ast; no formatting is changed beyond
the calls and imports it touches) and is re-runnable: a module already converted has no helper
left and nothing changes; a helper added later (another branch's new module) is found the same
way. Helpers it cannot convert safely (the helper name used other than as a call) are reported
and left alone; tests/ui/test_translatable.py then fails on them.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "iep_desk"
THE_HELPER = PACKAGE / "ui" / "translate.py"
IMPORT_LINE = "from iep_desk.ui.translate import translate"
HELPER_NAMES = ("tr", "_tr", "translate")

# Contexts of the helpers that other modules import, as they were before this codemod ran
# once: a branch merged after the conversion may still import `tr` from a module whose helper
# is gone. Found helpers take precedence over this table.
KNOWN_EXPORTED = {
    "iep_desk.ui.planner.common": {"tr": "Planner"},
    "iep_desk.ui.review.common": {"tr": "Review"},
    "iep_desk.ui.labels": {"tr": "Labels"},
    "iep_desk.ui.planner.labels": {"tr": "PlannerLabels"},
    "iep_desk.ui.open_actions": {"tr": "OpenActions"},
    "iep_desk.ui.dates": {"tr": "Dates"},
    "iep_desk.ui.help": {"tr": "Help"},
    "iep_desk.ui.handouts": {"tr": "Handouts"},
}


@dataclass
class Edit:
    """Replace source[start:end] (character offsets into the whole text) with `text`."""

    start: int
    end: int
    text: str


@dataclass
class Module:
    path: Path
    name: str
    source: str
    tree: ast.Module
    # helper name -> its context; None for a `translate(context, text)` pass-through copy.
    helpers: dict[str, str | None] = field(default_factory=dict)
    helper_nodes: dict[str, ast.FunctionDef] = field(default_factory=dict)


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def string_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments (a helper's context is often one)."""
    found = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)):
            found[node.targets[0].id] = node.value.value
    return found


def is_qt_translate(node: ast.AST) -> bool:
    """`QCoreApplication.translate` (the function itself, not yet called)."""
    return (isinstance(node, ast.Attribute) and node.attr == "translate"
            and isinstance(node.value, ast.Name) and node.value.id == "QCoreApplication")


def helper_context(func: ast.FunctionDef, constants: dict[str, str]) -> tuple[bool, str | None]:
    """(is a translation helper, its context). A helper's last statement returns
    QCoreApplication.translate(CONTEXT, <its first parameter>, ...); a pass-through copy
    returns QCoreApplication.translate(<its first parameter>, <its second>, ...)."""
    if not func.body or func.decorator_list:
        return False, None
    last = func.body[-1]
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)
            and is_qt_translate(last.value.func) and len(last.value.args) >= 2):
        return False, None
    params = [a.arg for a in func.args.args]
    first, second = last.value.args[0], last.value.args[1]
    if isinstance(first, ast.Name) and first.id == (params[0] if params else None):
        if len(params) >= 2 and isinstance(second, ast.Name) and second.id == params[1]:
            return True, None
        return False, None
    if not (params and isinstance(second, ast.Name) and second.id == params[0]):
        return False, None
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return True, first.value
    if isinstance(first, ast.Name) and first.id in constants:
        return True, constants[first.id]
    return False, None


def load(path: Path) -> Module:
    source = path.read_text(encoding="utf-8")
    module = Module(path, module_name(path), source, ast.parse(source, str(path)))
    if path == THE_HELPER:
        return module
    constants = string_constants(module.tree)
    for node in module.tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in HELPER_NAMES:
            ok, context = helper_context(node, constants)
            if ok:
                module.helpers[node.name] = context
                module.helper_nodes[node.name] = node
    return module


class Offsets:
    """ast positions (line, UTF-8 byte column) to character offsets into the text."""

    def __init__(self, source: str):
        self.lines = source.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))

    def at(self, line: int, byte_col: int) -> int:
        text = self.lines[line - 1]
        return self.starts[line - 1] + len(text.encode("utf-8")[:byte_col].decode("utf-8"))

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]


def names_used(tree: ast.AST) -> set[str]:
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def render_import(node: ast.ImportFrom, keep: list[ast.alias], indent: str) -> str:
    names = [a.name if a.asname is None else f"{a.name} as {a.asname}" for a in keep]
    line = f"{indent}from {'.' * node.level}{node.module or ''} import {', '.join(names)}"
    if len(line) <= 100:
        return line
    body = "".join(f"{indent}    {name},\n" for name in names)
    return f"{indent}from {'.' * node.level}{node.module or ''} import (\n{body}{indent})"


def convert(module: Module, exported: dict[str, dict[str, str | None]]) -> tuple[str, list[str]]:
    """The module's new text and warnings (an empty change gives the same text back)."""
    tree, source = module.tree, module.source
    offsets = Offsets(source)
    warnings: list[str] = []
    # Which names are translation helpers here: its own, and those it imports.
    contexts: dict[str, str | None] = dict(module.helpers)
    imported: dict[str, ast.ImportFrom] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in exported and node.level == 0:
            for alias in node.names:
                if alias.name in exported[node.module] and alias.name in HELPER_NAMES:
                    contexts[alias.asname or alias.name] = exported[node.module][alias.name]
                    imported[alias.asname or alias.name] = node
    # Modules imported whole (`from iep_desk.ui import labels`): `labels.tr(...)` calls.
    module_aliases: dict[str, dict[str, str | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in exported:
                    module_aliases[alias.asname or alias.name] = exported[full]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in exported:
                    module_aliases[alias.asname] = exported[alias.name]
    helper_defs = set(module.helper_nodes.values())

    def inside_helper(node: ast.AST) -> bool:
        return any(d.lineno <= node.lineno <= d.end_lineno for d in helper_defs)

    edits: list[Edit] = []
    unsafe: set[str] = set()
    call_funcs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            call_funcs.add(id(node.func))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Name) and node.id in contexts and id(node) not in call_funcs
                and isinstance(node.ctx, ast.Load) and not inside_helper(node)):
            unsafe.add(node.id)
    for name in sorted(unsafe):
        warnings.append(f"{module.path.relative_to(ROOT)}: `{name}` is used other than as a "
                        "call; left as it is")
        contexts.pop(name)

    # Inside an f-string Python 3.11 gives no reliable positions: rewrite its text instead.
    fstrings = [(offsets.at(n.lineno, n.col_offset), offsets.at(n.end_lineno, n.end_col_offset))
                for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)]
    for start, end in fstrings:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in fstrings):
            continue
        text = source[start:end]
        quote = "'" if text.lstrip("rRfFbB")[:1] == '"' else '"'
        for name, context in contexts.items():
            prefix = "translate(" if context is None else f"translate({quote}{context}{quote}, "
            text = re.sub(rf"(?<![\w.]){re.escape(name)}\(", prefix.replace("\\", "\\\\"),
                          text)
        if text != source[start:end]:
            edits.append(Edit(start, end, text))

    in_fstrings = {id(inner) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)
                   for inner in ast.walk(n)}

    def inside_fstring(node: ast.AST) -> bool:
        return id(node) in in_fstrings

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or inside_helper(node) or inside_fstring(node):
            continue
        func = node.func
        start = offsets.at(func.lineno, func.col_offset)
        end = offsets.at(func.end_lineno, func.end_col_offset)
        if isinstance(func, ast.Name) and func.id in contexts:
            context = contexts[func.id]
            paren = source.index("(", end)
            edits.append(Edit(start, end, "translate"))
            if context is not None:
                after = "," if source[paren + 1:paren + 2] == "\n" else ", "
                edits.append(Edit(paren + 1, paren + 1, json.dumps(context) + after))
        elif is_qt_translate(func):
            edits.append(Edit(start, end, "translate"))
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.value.id in module_aliases
              and func.attr in module_aliases[func.value.id]):
            context = module_aliases[func.value.id][func.attr]
            paren = source.index("(", end)
            edits.append(Edit(start, end, "translate"))
            if context is not None:
                after = "," if source[paren + 1:paren + 2] == "\n" else ", "
                edits.append(Edit(paren + 1, paren + 1, json.dumps(context) + after))

    converted_helpers = [name for name in module.helper_nodes if name in contexts]
    for name in converted_helpers:
        node = module.helper_nodes[name]
        start = offsets.line_start(node.lineno)
        end_line = node.end_lineno
        # The blank lines after the function go with it (two separate top-level defs).
        while end_line < len(offsets.lines) and not offsets.lines[end_line].strip():
            end_line += 1
            if end_line - node.end_lineno == 2:
                break
        end = offsets.starts[end_line]
        edits.append(Edit(start, end, ""))

    if not edits:
        return source, warnings

    # Imports: the helpers leave `from X import ..., tr`.
    for name, node in imported.items():
        if name not in contexts:
            continue
        keep = [a for a in node.names if (a.asname or a.name) not in contexts]
        start = offsets.line_start(node.lineno)
        end = offsets.starts[node.end_lineno]
        indent = offsets.lines[node.lineno - 1][:node.col_offset]
        text = render_import(node, keep, indent) + "\n" if keep else ""
        if not any(e.start == start for e in edits):
            edits.append(Edit(start, end, text))
        else:  # two helpers from one import: render once with both removed
            for e in edits:
                if e.start == start:
                    e.text = text

    new = apply(source, edits)
    new = tidy_imports(new, module.path)
    return new, warnings


def apply(source: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        source = source[:edit.start] + edit.text + source[edit.end:]
    return source


def tidy_imports(source: str, path: Path) -> str:
    """Add the one helper's import; drop QCoreApplication and _CONTEXT if nothing uses them."""
    tree = ast.parse(source, str(path))
    used = names_used(tree)
    lines = source.splitlines(keepends=True)
    offsets = Offsets(source)
    edits: list[Edit] = []
    has_import = any(isinstance(n, ast.ImportFrom) and n.module == "iep_desk.ui.translate"
                     for n in tree.body)
    if "translate" in used and not has_import:
        last_import = max((n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))),
                          key=lambda n: n.end_lineno)
        at = offsets.starts[last_import.end_lineno]
        edits.append(Edit(at, at, IMPORT_LINE + "\n"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "QCoreApplication"
                                                    for a in node.names):
            if "QCoreApplication" in used:
                continue
            keep = [a for a in node.names if a.name != "QCoreApplication"]
            start = offsets.line_start(node.lineno)
            end = offsets.starts[node.end_lineno]
            indent = lines[node.lineno - 1][:node.col_offset]
            edits.append(Edit(start, end, render_import(node, keep, indent) + "\n" if keep
                              else ""))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "_CONTEXT"):
            references = [n for n in ast.walk(tree) if isinstance(n, ast.Name)
                          and n.id == "_CONTEXT" and isinstance(n.ctx, ast.Load)]
            if not references:
                end_line = node.end_lineno
                if end_line < len(lines) and not lines[end_line].strip() and (
                        node.lineno < 2 or not lines[node.lineno - 2].strip()):
                    end_line += 1
                edits.append(Edit(offsets.line_start(node.lineno), offsets.starts[end_line], ""))
    source = apply(source, edits)
    return re.sub(r"\n{4,}", "\n\n\n", source)


def exported_helpers(modules: list[Module]) -> dict[str, dict[str, str | None]]:
    exported: dict[str, dict[str, str | None]] = {k: dict(v) for k, v in KNOWN_EXPORTED.items()}
    for module in modules:
        if module.helpers:
            exported.setdefault(module.name, {}).update(module.helpers)
    return exported


def ruff(*args: str) -> bool:
    result = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, check=False,
                            capture_output=True, text=True)
    return result.returncode == 0


def tidy_with_ruff(paths: list[Path]) -> None:
    """The added import in its sorted place (ruff's isort rule), and each statement the
    longer calls pushed past 100 columns formatted by ruff, that statement only (the rest of
    the file keeps its hand-made layout)."""
    if not ruff("--version"):
        print("ruff not found: sort the imports and wrap the long lines of the changed files",
              file=sys.stderr)
        return
    ruff("check", "--select", "I", "--fix", "--quiet", *map(str, paths))
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines()
        long = [n for n, line in enumerate(lines, 1) if len(line) > 100 and "translate(" in line]
        for number in reversed(long):  # from the bottom, so the numbers above stay true
            ruff("format", "--quiet", f"--range={number}-{number + 1}", str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; list the modules that would change (exit 1)")
    args = parser.parse_args(argv)
    modules = [load(path) for path in sorted(PACKAGE.rglob("*.py"))]
    exported = exported_helpers(modules)
    changed = []
    for module in modules:
        if module.path == THE_HELPER:
            continue
        new, warnings = convert(module, exported)
        for warning in warnings:
            print("warning:", warning, file=sys.stderr)
        if new != module.source:
            changed.append(module.path)
            if not args.check:
                module.path.write_text(new, encoding="utf-8")
    for path in changed:
        print(("would change " if args.check else "changed ") + str(path.relative_to(ROOT)))
    if changed and not args.check:
        tidy_with_ruff(changed)
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
