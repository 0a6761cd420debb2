"""The self-contained bundle: built from this checkout with PyInstaller, then the bundle's own
programs are run (not the source): version, a sample caseload written and opened by the bundle,
a handout printed to a PDF that is read back, and the caseload check.

Slow (about a minute to build): `pytest -m "not slow"` leaves it out locally; CI runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from iep_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_bundle import build
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return build(dist, work=tmp_path_factory.mktemp("build"))


def run(bundle: Path, program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = bundle / (program + (".exe" if sys.platform == "win32" else ""))
    # Nothing of this checkout or of the test's Python may help the bundle: it must stand alone.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "VIRTUAL_ENV", "IEP_DESK"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if ".venv" not in p)
    return subprocess.run([str(exe), *args], check=False, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=180)


def test_the_bundle_runs_on_its_own(bundle, tmp_path):
    assert not (bundle / "_internal" / "iep_desk" / "cli.py").exists(), \
        "the bundle carries compiled modules, not the source"

    version = run(bundle, "iep-desk-cli", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert __version__ in version.stdout

    data = tmp_path / "sample"
    smoke = run(bundle, "iep-desk", "--demo", "--data-dir", str(data), "--smoke-test",
                cwd=tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert (data / "caseload.sqlite").is_file(), "the bundle wrote the sample caseload"

    meetings = run(bundle, "iep-desk-cli", "meetings", "--data-dir", str(data), cwd=tmp_path)
    assert meetings.returncode == 0, meetings.stderr
    meeting_id = next(line.split()[0] for line in meetings.stdout.splitlines()[1:]
                      if line.split() and line.split()[0].isdigit())

    agenda = tmp_path / "agenda.pdf"
    printed = run(bundle, "iep-desk-cli", "print", "agenda", "--meeting", meeting_id,
                  "--language", "en", "--data-dir", str(data), "-o", str(agenda), cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in PdfReader(agenda).pages)
    assert "Agenda" in text or "agenda" in text

    check = run(bundle, "iep-desk-cli", "check", "--data-dir", str(data), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "good order" in check.stdout


def test_portable_mode_keeps_the_caseload_beside_the_bundle(bundle, tmp_path, monkeypatch):
    marker = bundle / "portable.txt"
    marker.write_text("")
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    try:
        smoke = run(bundle, "iep-desk", "--smoke-test", cwd=tmp_path)
        assert smoke.returncode == 0, smoke.stderr
        assert (bundle / "IEP Desk data" / "caseload.sqlite").is_file()
        assert not (home / "data").exists(), "nothing in the per-user data folder"
    finally:
        marker.unlink()
