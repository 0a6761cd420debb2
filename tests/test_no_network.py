"""Privacy: IEP Desk works with every network connection refused.

Student data never leaves the machine unless the teacher exports it, so the
app must never need a socket. Here socket creation is blocked and the app's
offline work is run: the smoke test (in a child process, blocked before the
app is imported), an import and the exports (in this process).
"""

import socket
import subprocess
import sys
import textwrap

import pytest

from iep_desk import cli

# Python code that makes every new socket fail, run before anything else in a child process.
BLOCK_SOCKETS = textwrap.dedent("""
    import socket

    class NetworkBlocked(OSError):
        pass

    def _refuse(*args, **kwargs):
        raise NetworkBlocked("IEP Desk tried to open a network connection")

    class _NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            _refuse()

    socket.socket = _NoSocket
    socket.create_connection = _refuse
    socket.socketpair = _refuse
    try:
        socket.create_connection(("example.org", 80))
    except NetworkBlocked:
        print("sockets blocked")
""")


class NetworkBlocked(OSError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkBlocked("IEP Desk tried to open a network connection")

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "socketpair", refuse)
    with pytest.raises(NetworkBlocked):  # the block really holds
        socket.create_connection(("example.org", 80))


def run_child(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", BLOCK_SOCKETS + code, *args],
                          check=False, capture_output=True, text=True, timeout=180,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("extra", [[], ["--demo"]], ids=["own caseload", "demo caseload"])
def test_smoke_test_runs_with_sockets_blocked(tmp_path, extra):
    code = textwrap.dedent("""
        import sys
        from iep_desk.cli import main
        sys.exit(main(sys.argv[1:]))
    """)
    done = run_child(code, "--smoke-test", *extra, "--data-dir", str(tmp_path / "data"))
    assert done.stdout.startswith("sockets blocked"), done.stdout + done.stderr
    assert done.returncode == 0, done.stderr
    assert "network connection" not in done.stderr


# What a teacher does offline, each run in this process with sockets blocked.
# Another offline action joins by adding ("name", <function(tmp_path)>) to OFFLINE_ACTIONS;
# save-as-PDF needs a window, so it has its own test below.
def import_csv(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("Last Name,First Name,DOB\nLee,Ann,2015-01-02\n", encoding="utf-8")
    assert cli.main(["import", str(path), "--data-dir", str(tmp_path / "data")]) == 0


def export_json_and_import_it_elsewhere(tmp_path):
    import_csv(tmp_path)
    out = tmp_path / "all.json"
    assert cli.main(["export", "--format", "json", "-o", str(out),
                     "--data-dir", str(tmp_path / "data")]) == 0
    assert cli.main(["import", str(out), "--data-dir", str(tmp_path / "elsewhere")]) == 0


def export_csv(tmp_path):
    import_csv(tmp_path)
    out = tmp_path / "caseload.csv"
    assert cli.main(["export", "--format", "csv", "-o", str(out),
                     "--data-dir", str(tmp_path / "data")]) == 0
    assert "Ann" in out.read_text(encoding="utf-8-sig")


def export_ics(tmp_path):
    import_csv(tmp_path)
    out = tmp_path / "meetings.ics"
    assert cli.main(["export", "--format", "ics", "-o", str(out),
                     "--data-dir", str(tmp_path / "data")]) == 0
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")


OFFLINE_ACTIONS = [
    ("import_csv", import_csv),
    ("export_json", export_json_and_import_it_elsewhere),
    ("export_csv", export_csv),
    ("export_ics", export_ics),
]


@pytest.mark.parametrize("action", [a for _, a in OFFLINE_ACTIONS], ids=[n for n, _ in OFFLINE_ACTIONS])
def test_offline_actions_succeed_with_sockets_blocked(no_network, tmp_path, action):
    action(tmp_path)


def test_save_as_pdf_with_sockets_blocked(no_network, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QWidget

    from iep_desk.printing.invitation import render_invitation
    from iep_desk.ui.handouts import save_pdf
    from tests.printing.sample import sample_handout

    document = render_invitation(sample_handout())
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "invitation.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert save_pdf(document.pdf, "invitation.pdf", parent) == target
    assert len(PdfReader(target).pages) >= 1
