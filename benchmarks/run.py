"""Run every benchmarks/bench_*.py and print one Markdown table of the results.

    .venv/bin/python benchmarks/run.py [NAME ...]

Each bench module has `rows() -> list[dict]` with the keys measure, ours_ms,
reference, reference_ms, ratio, target, ok (see benchmarks/README.md). Both sides
of a comparison are measured in the same run. Naming modules (e.g. `startup`)
runs only those. The exit code is 0 when every row is ok.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for folder in (str(ROOT), str(HERE)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

COLUMNS = ("measure", "ours", "reference", "ratio", "target", "ok")


def bench_modules(names: list[str] | None = None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if names:
        wanted = {n.removeprefix("bench_").removesuffix(".py") for n in names}
        found = [p for p in found if p.stem.removeprefix("bench_") in wanted]
    return found


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ms(value) -> str:
    if value is None:
        return "–"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def format_row(row: dict) -> list[str]:
    reference = row.get("reference", "")
    reference_ms = row.get("reference_ms")
    if reference_ms is not None and not str(reference).startswith("target"):
        reference = f"{reference}: {_ms(reference_ms)}"
    ratio = row.get("ratio")
    return [
        str(row.get("measure", "")),
        row.get("ours") or _ms(row.get("ours_ms")),
        str(reference),
        f"{ratio:.2f}" if isinstance(ratio, (int, float)) else "–",
        str(row.get("target", "")),
        "yes" if row.get("ok") else "**NO**",
    ]


def machine() -> str:
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # the table still prints without Qt
        pyside = "not installed"
    return (f"Machine: {os.cpu_count()} CPUs, {platform.system()} {platform.release()} "
            f"({platform.machine()}), Python {platform.python_version()}, PySide6 {pyside}")


def main(argv: list[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv)
    table: list[list[str]] = []
    all_ok = True
    started = time.perf_counter()
    for path in bench_modules(names):
        print(f"running {path.name} ...", file=sys.stderr, flush=True)
        try:
            rows = load(path).rows()
        except Exception:  # noqa: BLE001 - one broken bench must not hide the others
            traceback.print_exc()
            rows = [{"measure": f"{path.name} failed (see above)", "ok": False}]
        for row in rows:
            all_ok = all_ok and bool(row.get("ok"))
            table.append(format_row(row))
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "|".join(" --- " for _ in COLUMNS) + "|")
    for cells in table:
        print("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    print()
    print(machine())
    print(f"Benchmarks took {time.perf_counter() - started:.0f} s.")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
