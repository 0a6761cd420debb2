"""Installing a newer IEP Desk over an older one keeps the caseload.

The previous release's wheel (tests/fixtures/releases/) is installed into a folder of its own,
writes a sample caseload, and then the code under test opens the same folder: every student
is still there, the file passes `check`, and when the file format changed the old file was
copied aside before it was upgraded.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.storage import migrations as schema

RELEASES = Path(__file__).parent / "fixtures" / "releases"
PREVIOUS = RELEASES / "iep_desk-0.1.0-py3-none-any.whl"
pytestmark = pytest.mark.slow


def python_with(path: Path | None, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run IEP Desk's `main` with `path` first on the module search path (None: this checkout)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("IEP_DESK_DATA_DIR", None)
    if path is not None:
        env["PYTHONPATH"] = str(path)
    code = "import sys, iep_desk.cli as c; print(c.__file__, file=sys.stderr); sys.exit(c.main())"
    return subprocess.run([sys.executable, "-c", code, *args], check=False, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def students(folder: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{config.data_file(folder)}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT legal_first_name, legal_last_name, date_of_birth FROM students "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def schema_version(folder: Path) -> int:
    conn = sqlite3.connect(f"file:{config.data_file(folder)}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    finally:
        conn.close()


def test_a_caseload_made_by_the_previous_release_opens_in_this_one(tmp_path):
    old = tmp_path / "previous-release"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                    "--target", str(old), str(PREVIOUS)], check=True)
    folder = tmp_path / "caseload"

    made = python_with(old, "--demo", "--data-dir", str(folder), "--smoke-test", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert str(old) in made.stderr, "the previous release itself wrote the caseload"
    before = students(folder)
    assert len(before) >= 20
    old_version = schema_version(folder)

    opened = python_with(None, "--smoke-test", "--data-dir", str(folder), cwd=tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert str(old) not in opened.stderr, "this checkout opened the caseload"
    assert students(folder) == before

    checked = python_with(None, "check", "--data-dir", str(folder), cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    if old_version < schema.SCHEMA_VERSION:
        aside = [p.name for p in folder.rglob(f"before-upgrade-from-v{old_version}-*")]
        assert aside, "the older file was copied aside before it was upgraded"
