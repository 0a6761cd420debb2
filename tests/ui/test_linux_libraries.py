"""A missing system library for Qt's Linux window is named, with the package to install."""

import shutil
import subprocess
import sys

import pytest

from iep_desk.ui import linux_libraries

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")


def build_plugin_needing(tmp_path, soname: str):
    """A shared library that needs `soname`, which then goes missing (as on a bare desktop)."""
    assert shutil.which("gcc"), "gcc builds the stand-in plugin"
    stub_dir = tmp_path / "stub"
    stub_dir.mkdir()
    (tmp_path / "stub.c").write_text("int stub(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int stub(void); int plugin(void) { return stub(); }\n")
    stub = stub_dir / soname
    subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", str(stub),
                    str(tmp_path / "stub.c")], check=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"),
                    str(stub)], check=True)
    stub.unlink()
    return plugin


@linux_only
def test_the_missing_library_is_named_with_its_package(tmp_path):
    # A name no system has (a real one, such as libxcb-icccm.so.4, may well be installed).
    plugin = build_plugin_needing(tmp_path, "libiep-desk-test-missing.so.4")
    assert linux_libraries.missing_library(plugin) == "libiep-desk-test-missing.so.4"
    message = linux_libraries.explain("libxcb-icccm.so.4")
    assert "sudo apt install libxcb-icccm4" in message
    assert "was not opened or changed" in message


@linux_only
def test_a_plugin_that_loads_is_fine(tmp_path):
    (tmp_path / "ok.c").write_text("int plugin(void) { return 0; }\n")
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "ok.c")],
                   check=True)
    assert linux_libraries.missing_library(plugin) is None


def test_an_unknown_library_still_gets_a_plain_message():
    message = linux_libraries.explain("libsomething.so.9")
    assert "libsomething.so.9" in message and "package manager" in message


def test_offscreen_or_another_system_is_never_checked(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert linux_libraries.missing_library() is None


@linux_only
def test_starting_the_window_without_the_library_explains_and_exits(tmp_path, monkeypatch,
                                                                   capsys):
    """`iep-desk` on a desktop that lacks a library: the message on stderr, exit code 1,
    and the window (Qt, the caseload) is never started."""
    from iep_desk import cli
    from iep_desk.ui import app

    plugin = build_plugin_needing(tmp_path, "libxcb-stand-in.so.1")  # made up, never installed
    monkeypatch.setattr(linux_libraries, "xcb_plugin", lambda: plugin)
    monkeypatch.setitem(linux_libraries.DEBIAN_PACKAGES, "libxcb-stand-in.so.1", "libxcb-stand-in1")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    def must_not_start(**_options):
        raise AssertionError("the window was started")

    monkeypatch.setattr(app, "run_app", must_not_start)
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert "libxcb-stand-in.so.1" in err
    assert "sudo apt install libxcb-stand-in1" in err
    assert not data.exists()  # the caseload was not opened


def test_the_readme_lists_every_library_before_the_install_commands():
    """What a Linux desktop needs is said before the commands, and stays complete."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    install = readme.index("Install and open the app")
    needs = readme[:install]
    for package in ("python3-venv", *linux_libraries.DEBIAN_PACKAGES.values()):
        assert package in needs, package
