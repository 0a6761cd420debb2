"""Portable mode, and the code paths that only Windows takes, with the platform simulated.

These machines run Linux; the Windows build is defined but not run here (see the README). What
a test can simulate is tested: the lock through `msvcrt` (a stand-in module that takes the same
byte-range lock), file modes left alone, the console command beside the windowed one, and the
data folder beside a bundled `iep-desk.exe` in portable mode.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from iep_desk import config

ROOT = Path(__file__).resolve().parent.parent


def test_portable_mode_keeps_the_data_beside_the_app(tmp_path, monkeypatch):
    app = tmp_path / "USB" / "IEP Desk"
    app.mkdir(parents=True)
    monkeypatch.delenv(config.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(config, "app_folder", lambda: app)
    assert config.portable_data_dir() is None
    assert config.resolve_data_dir() == config.default_data_dir()

    (app / config.PORTABLE_MARKER).write_text("")
    assert config.resolve_data_dir() == app / "IEP Desk data"
    # --data-dir and the environment variable still win.
    assert config.resolve_data_dir(str(tmp_path / "chosen")) == tmp_path / "chosen"
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "env"))
    assert config.resolve_data_dir() == tmp_path / "env"


def test_the_bundled_app_looks_beside_its_own_program(tmp_path, monkeypatch):
    exe = tmp_path / "IEP Desk" / "iep-desk.exe"
    exe.parent.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert config.app_folder() == exe.parent


def test_a_portable_caseload_is_made_beside_the_app(tmp_path):
    # The app's folder (as a USB stick would hold it) with the marker; tests/test_bundle.py
    # does the same with the bundled app itself.
    app = tmp_path / "stick"
    app.mkdir()
    (app / config.PORTABLE_MARKER).write_text("")
    code = textwrap.dedent(f"""
        import sys
        from iep_desk import config
        config.app_folder = lambda: __import__("pathlib").Path({str(app)!r})
        from iep_desk.cli import main
        sys.exit(main(["--smoke-test"]))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_DATA_HOME=str(tmp_path / "home" / "data"))
    env.pop(config.ENV_DATA_DIR, None)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (app / "IEP Desk data" / "caseload.sqlite").is_file()
    assert not (tmp_path / "home" / "data").exists(), "nothing in the per-user folder"


FAKE_MSVCRT = textwrap.dedent("""
    # A stand-in for Windows' msvcrt: locking() takes the same one-byte lock at the file's
    # current position, through fcntl's byte-range locks.
    import fcntl, os
    LK_NBLCK, LK_UNLCK = 2, 0
    def locking(fd, mode, nbytes):
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        try:
            if mode == LK_UNLCK:
                fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, offset)
            else:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, offset)
        except BlockingIOError as error:
            raise OSError(13, "Permission denied") from error
""")

HOLD_AS_WINDOWS = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    sys.platform = "win32"
    from pathlib import Path
    from iep_desk.storage.lock import CaseloadLock
    lock = CaseloadLock(Path(sys.argv[1]))
    print("held" if lock.acquire() else "refused", flush=True)
    time.sleep(float(sys.argv[3]))
    lock.release()
""")


def test_the_windows_lock_keeps_a_second_copy_out(tmp_path):
    (tmp_path / "fake").mkdir()
    (tmp_path / "fake" / "msvcrt.py").write_text(FAKE_MSVCRT)
    data = tmp_path / "data"
    data.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT)]))

    def copy(seconds: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-c", HOLD_AS_WINDOWS, str(data),
                                 str(tmp_path / "fake"), seconds],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)

    first = copy("5")
    try:
        assert first.stdout.readline().strip() == "held"
        second = copy("0")
        out, err = second.communicate(timeout=60)
        assert out.strip() == "refused", err
    finally:
        first.kill()
        first.communicate()
    third = copy("0")
    out, err = third.communicate(timeout=60)
    assert out.strip() == "held", err  # the lock went with the process that held it


def test_on_windows_file_modes_are_left_alone(tmp_path, monkeypatch):
    target = tmp_path / "caseload.sqlite"
    target.write_bytes(b"x")
    os.chmod(target, 0o644)
    monkeypatch.setattr(sys, "platform", "win32")
    config.make_private(target)
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_console_command_beside_the_windowed_one():
    # On Windows a GUI script has no console: the subcommands need iep-desk-cli.
    scripts = {e.name: (e.group, e.value)
               for e in importlib.metadata.distribution("iep-desk").entry_points}
    assert scripts["iep-desk"] == ("gui_scripts", "iep_desk.cli:main")
    assert scripts["iep-desk-cli"] == ("console_scripts", "iep_desk.cli:main")
    spec = (ROOT / "packaging" / "iep-desk.spec").read_text()
    assert 'name="iep-desk", console=False' in spec
    assert 'name="iep-desk-cli", console=True' in spec
