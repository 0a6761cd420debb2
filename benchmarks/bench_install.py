"""What a school laptop gets: the installed size, and the self-contained app's start-up.

- The size of a fresh virtual environment after `pip install .` (the app and what it needs,
  no test tools), against 350 MB.
- The size of the self-contained folder PyInstaller makes (scripts/build_bundle.py), against
  150 MB.
- The bundle's start-up (`iep-desk --smoke-test` on 1,000 students) against the same start-up
  from the source install, measured side by side (fastest of the runs, taking turns), at most
  1.3 times.

Slow (a fresh install and a build: a few minutes); run it with `benchmarks/run.py install`.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from bench_startup import _environment, _time_process, fastest, make_caseload

ROOT = Path(__file__).resolve().parent.parent
VENV_BUDGET_MB = 350
BUNDLE_BUDGET_MB = 150
BUNDLE_STARTUP_RATIO = 1.3
RUNS = 9


def folder_mb(folder: Path) -> float:
    """Bytes on disk of every file under `folder` (links counted once), in MB."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        if (stat.st_dev, stat.st_ino) in seen:
            continue
        seen.add((stat.st_dev, stat.st_ino))
        total += stat.st_size
    return total / 1_000_000


def fresh_venv(where: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True)
    pip = where / ("Scripts" if sys.platform == "win32" else "bin") / "pip"
    subprocess.run([str(pip), "install", "--quiet", str(ROOT)], check=True)
    return where


def _size_row(measure: str, megabytes: float, budget: int) -> dict:
    return {"measure": measure, "ours": f"{megabytes:,.0f} MB",
            "reference": f"target {budget} MB", "ratio": round(megabytes / budget, 2),
            "target": "< 1.0", "ok": megabytes < budget}


def rows() -> list[dict]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_bundle import build

    with tempfile.TemporaryDirectory(prefix="iep-desk-install-bench-") as scratch:
        scratch_path = Path(scratch)
        venv = fresh_venv(scratch_path / "venv")
        bundle = build(scratch_path / "dist", work=scratch_path / "build")
        result = [
            _size_row("installed size: fresh virtual environment, `pip install .`",
                      folder_mb(venv), VENV_BUDGET_MB),
            _size_row("installed size: the self-contained app (one folder)",
                      folder_mb(bundle), BUNDLE_BUDGET_MB),
        ]

        caseload = scratch_path / "caseload"
        make_caseload(caseload)
        env = _environment(scratch_path / "pycache")
        env.pop("PYTHONPATH", None)
        from_source = [str(venv / "bin" / "iep-desk"), "--smoke-test", "--data-dir", str(caseload)]
        from_bundle = [str(bundle / "iep-desk"), "--smoke-test", "--data-dir", str(caseload)]
        failures: list[str] = []
        for command in (from_source, from_bundle):  # warm-up: caches, window layout
            _time_process(command, env, failures)
        source_times, bundle_times = [], []
        for _ in range(RUNS):
            source_times.append(_time_process(from_source, env, failures))
            bundle_times.append(_time_process(from_bundle, env, failures))
        source, bundled = fastest(source_times), fastest(bundle_times)
        result.append({
            "measure": "start-up of the self-contained app, 1,000 students",
            "ours_ms": round(bundled),
            "reference": "the same from the source install", "reference_ms": round(source),
            "ratio": round(bundled / source, 2), "target": f"≤ {BUNDLE_STARTUP_RATIO}",
            "ok": not failures and bundled / source <= BUNDLE_STARTUP_RATIO,
        })
    return result


if __name__ == "__main__":
    for row in rows():
        print(row)
