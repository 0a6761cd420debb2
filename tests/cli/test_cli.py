"""The real `iep-desk` entry point, run as a separate process as a teacher or CI would."""

from __future__ import annotations

import importlib.metadata
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from iep_desk import __version__, config
from iep_desk.app.demo import STUDENTS, write_demo_caseload, write_many_students
from iep_desk.storage import migrations as schema
from iep_desk.storage.caseload import open_caseload

ENV_NAMES_TO_CLEAR = ("IEP_DESK_DATA_DIR", "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA")


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """An environment whose home, per-user data folder and temp folder are all under tmp_path."""
    environment = {k: v for k, v in os.environ.items() if k not in ENV_NAMES_TO_CLEAR}
    home = tmp_path / "home"
    temp = tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    environment.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home), "USERPROFILE": str(home),
        "XDG_DATA_HOME": str(home / "xdg-data"),
        "APPDATA": str(home / "AppData" / "Roaming"), "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "TMPDIR": str(temp), "TEMP": str(temp), "TMP": str(temp),
    })
    return environment


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "iep_desk", *args], check=False, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def count_students(data_dir: Path) -> int:
    conn = sqlite3.connect(f"{config.data_file(data_dir).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM students").fetchone()[0]
    finally:
        conn.close()


def schema_version(data_dir: Path) -> int:
    conn = sqlite3.connect(f"{config.data_file(data_dir).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def default_data_dirs(env: dict[str, str]) -> list[Path]:
    home = Path(env["HOME"])
    return [p for p in home.rglob("*") if p.name == config.APP_NAME]


def test_version(env):
    result = run(env, "--version")
    assert result.returncode == 0, result.stderr
    # One version number in one place (iep_desk/__init__.py; pyproject.toml reads it), and the
    # caseload file's format beside it.
    assert result.stdout.strip() == (
        f"IEP Desk {__version__} (caseload file format {schema.SCHEMA_VERSION})")
    assert importlib.metadata.version("iep-desk") == __version__


def test_help_names_every_option(env):
    result = run(env, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: iep-desk")
    for option in ("--data-dir", "--demo", "--smoke-test", "--version"):
        assert option in result.stdout
    for command in ("backup", "restore", "check", "import", "export", "meetings", "print"):
        assert command in result.stdout


def test_smoke_test_creates_the_caseload_in_the_chosen_folder(env, tmp_path):
    folder = tmp_path / "usb" / "caseload"
    result = run(env, "--smoke-test", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert config.data_file(folder).is_file()
    assert schema_version(folder) == schema.SCHEMA_VERSION
    assert count_students(folder) == 0
    assert default_data_dirs(env) == []


def test_smoke_test_on_a_caseload_of_a_thousand_students(env, tmp_path):
    # A large caseload once crashed the app on exit (PySide6 6.12.0 on Python 3.11
    # loses references to None; see ui/main_window.py): the smoke test must catch that.
    folder = tmp_path / "big"
    store = open_caseload(folder)
    write_demo_caseload(store, date.today())
    write_many_students(store, 1000 - len(STUDENTS), date.today())
    store.db.close()
    result = run(env, "--smoke-test", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "Fatal Python error" not in result.stderr
    assert count_students(folder) == 1000


def test_the_environment_variable_chooses_the_folder(env, tmp_path):
    folder = tmp_path / "from-env"
    env["IEP_DESK_DATA_DIR"] = str(folder)
    result = run(env, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert config.data_file(folder).is_file()
    assert default_data_dirs(env) == []


def test_data_dir_wins_over_the_environment_variable(env, tmp_path):
    env["IEP_DESK_DATA_DIR"] = str(tmp_path / "from-env")
    chosen = tmp_path / "chosen"
    result = run(env, "--smoke-test", "--data-dir", str(chosen))
    assert result.returncode == 0, result.stderr
    assert config.data_file(chosen).is_file()
    assert not (tmp_path / "from-env").exists()


def test_demo_opens_a_fresh_temporary_folder_and_never_the_real_one(env, tmp_path):
    real = tmp_path / "real-caseload"
    env["IEP_DESK_DATA_DIR"] = str(real)
    result = run(env, "--demo", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert not real.exists()
    assert default_data_dirs(env) == []
    # The temporary folder made for the demo is tidied away when the app closes
    # (what the sample holds is checked by the --data-dir variant below).
    assert [p for p in (tmp_path / "temp").iterdir() if p.name.startswith("iep-desk-demo-")] == []


@pytest.mark.parametrize("exists", [False, True], ids=["new folder", "empty folder"])
def test_demo_writes_the_sample_caseload_into_a_new_or_empty_folder(env, tmp_path, exists):
    folder = tmp_path / "demo"
    if exists:
        folder.mkdir()
    result = run(env, "--demo", "--data-dir", str(folder), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert 20 <= count_students(folder) <= 30
    assert count_students(folder) == len(STUDENTS)


def test_demo_refuses_a_folder_that_holds_files(env, tmp_path):
    folder = tmp_path / "teacher"
    assert run(env, "--smoke-test", "--data-dir", str(folder)).returncode == 0
    (folder / "notes.txt").write_text("Do not lose this.", encoding="utf-8")
    before = snapshot(folder)
    # --smoke-test: the refusal is printed instead of shown in a dialog.
    result = run(env, "--demo", "--data-dir", str(folder), "--smoke-test")
    assert result.returncode != 0
    assert "already holds files" in result.stderr
    assert str(folder) in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(folder) == before
    assert count_students(folder) == 0


@pytest.mark.parametrize("content", [
    b"%PDF-1.7 this is a letter, not a caseload\n" * 50,
    b"SQLite format 3\x00" + bytes(range(256)) * 8,
], ids=["another kind of file", "damaged database"])
def test_smoke_test_on_a_garbage_file_fails_plainly_and_changes_nothing(env, tmp_path, content):
    folder = tmp_path / "damaged"
    folder.mkdir()
    path = config.data_file(folder)
    path.write_bytes(content)
    result = run(env, "--smoke-test", "--data-dir", str(folder))
    assert result.returncode != 0
    assert str(path) in result.stderr
    assert "IEP Desk did not change it" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == content
    # Nothing was added beside it (no journal, no copy); a lock file may be left
    # behind by design (storage/lock.py: the operating system releases the lock).
    assert sorted(p.name for p in folder.iterdir() if p.name != "caseload.lock") == [
        config.DATA_FILE_NAME]


# Started as `python -m iep_desk ARGS` on a machine where Qt cannot be loaded at all (a server
# without a screen or Qt's graphics libraries): `sys.modules["PySide6"] = None` makes every
# `import PySide6...` raise ImportError, as a missing libEGL or libxkbcommon does.
WITHOUT_QT = ("import runpy, sys; sys.modules['PySide6'] = None; "
              "sys.argv = ['iep-desk', *sys.argv[1:]]; "
              "runpy.run_module('iep_desk', run_name='__main__')")


def run_without_qt(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_QT, *args], check=False, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_the_commands_work_where_qt_cannot_be_loaded(env, tmp_path):
    data = tmp_path / "caseload"
    store = open_caseload(data)
    try:
        write_demo_caseload(store, date(2026, 10, 5), with_meetings=True)
    finally:
        store.db.close()
    assert run_without_qt(env, "--version").returncode == 0
    for argv in (["backup"], ["check"], ["export", "--format", "csv", "-o", str(tmp_path / "students.csv")],
                 ["meetings"], ["print", "agenda", "--meeting", "1",
                                "-o", str(tmp_path / "agenda.pdf")]):
        result = run_without_qt(env, *argv, "--data-dir", str(data))
        assert result.returncode == 0, (argv, result.stderr)
        assert "PySide6" not in result.stderr, (argv, result.stderr)
    assert (tmp_path / "students.csv").read_text(encoding="utf-8").count("\n") > len(STUDENTS) / 2
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")
