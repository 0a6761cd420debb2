"""A protected caseload whose key file (caseload.key) is missing is its own case, not
damage: the window and the command line name the missing key file, never set the caseload
aside or start an empty (unprotected) caseload by default, and offer what works: restoring
a protected backup with the passphrase it was saved with, or quitting."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

import iep_desk.cli
from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.storage import keys, protection
from iep_desk.storage.backup import make_backup
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui import app as startup
from tests.storage.faults import folder_state
from tests.storage.protected_caseload import (
    FAST,
    PASSPHRASE,
    STUDENT_NAMES,
    write_plain_caseload,
)


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    monkeypatch.setattr(keys, "CURRENT_COST", FAST)


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    """A protected caseload with one protected backup (and its key copy) beside it."""
    data_dir = tmp_path_factory.mktemp("written") / "data"
    write_plain_caseload(data_dir)
    result = app_protection.protect(data_dir, passphrase=PASSPHRASE, cost=FAST)
    protection.remove_copy_kept_aside(data_dir)
    store = open_caseload(data_dir, key=result.key)
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 15))
    store.db.close()
    return data_dir


@pytest.fixture
def key_lost(data_dir, written_once):
    """The caseload copied without its key file (deleted, or left behind)."""
    shutil.copytree(written_once, data_dir)
    config.data_file(data_dir).with_suffix(".key").unlink()
    return data_dir


def choices_seen(monkeypatch, *answers: str) -> list[tuple]:
    """Answer the start-up question with each of `answers` in turn (then Quit); remember
    what it said and offered."""
    seen: list[tuple] = []
    given = iter(answers)

    def choose(title, text, details, choices, **kwargs):
        seen.append((text, details, [name for name, _label in choices]))
        return next(given, "quit")
    monkeypatch.setattr(startup, "_choose", choose)
    return seen


def test_the_window_names_the_missing_key_file_and_quitting_changes_nothing(
        key_lost, monkeypatch):
    before = folder_state(key_lost)
    seen = choices_seen(monkeypatch, "quit")
    assert startup.start_session(str(key_lost)) is None
    [(text, details, offered)] = seen
    assert "key file" in text
    assert "caseload.key" in details and "missing" in details
    assert "not damaged" in details and "There is no backup" not in details
    assert "backups" in details  # where a copy of the key file is kept
    # The default (first) choice is never to start afresh; a protected backup is offered.
    assert offered[0] == "quit" and "restore_protected_backup" in offered
    assert "start_empty" not in offered
    assert folder_state(key_lost) == before  # nothing set aside, nothing written
    with CaseloadLock(key_lost) as lock:
        assert lock.acquire()


def start_with_the_backup(monkeypatch, qtbot, data_dir):
    """Start up, choose the protected backup and give its passphrase; the session, and what
    the teacher was told afterwards."""
    seen = choices_seen(monkeypatch, "restore_protected_backup")
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *a, **k: (PASSPHRASE, True)))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: told.append(text)))
    # The start-up prompt is not asked again: the backup's passphrase unwrapped the key.
    monkeypatch.setattr(startup, "ask_passphrase_at_start",
                        lambda folder: pytest.fail("asked for the passphrase twice"))
    session = startup.start_session(str(data_dir))
    assert seen and session is not None
    qtbot.addWidget(session.window)
    return session, told


def test_the_backups_key_copy_is_put_back_when_it_opens_the_caseload(key_lost, monkeypatch,
                                                                     qtbot):
    caseload_before = config.data_file(key_lost).read_bytes()
    session, told = start_with_the_backup(monkeypatch, qtbot, key_lost)
    try:
        assert session.key is not None
        assert STUDENT_NAMES[0] in {s.legal_first_name for s in session.store.list_students()}
        assert config.data_file(key_lost).with_suffix(".key").is_file()
        assert any("put back" in text for text in told)
        # Nothing was restored or set aside: the caseload is the one that was there.
        assert not [p for p in key_lost.iterdir() if p.name.startswith("caseload.damaged-")]
    finally:
        session.finish()
    assert config.data_file(key_lost).read_bytes() == caseload_before  # not replaced


def test_a_backup_with_another_key_is_restored_and_the_caseload_kept(data_dir, written_once,
                                                                     monkeypatch, qtbot):
    shutil.copytree(written_once, data_dir)
    # Protection turned off and on again: the caseload has a new key, the backup the old one.
    app_protection.unprotect(data_dir, passphrase=PASSPHRASE)
    app_protection.confirm_change(data_dir)
    app_protection.protect(data_dir, passphrase=PASSPHRASE, cost=FAST)
    protection.remove_copy_kept_aside(data_dir)
    config.data_file(data_dir).with_suffix(".key").unlink()
    lost = config.data_file(data_dir).read_bytes()
    session, told = start_with_the_backup(monkeypatch, qtbot, data_dir)
    try:
        assert session.key is not None
        assert STUDENT_NAMES[0] in {s.legal_first_name for s in session.store.list_students()}
        assert any("restored" in text for text in told)
        [kept] = [p for p in data_dir.iterdir() if p.name.startswith("caseload.damaged-")]
        assert kept.read_bytes() == lost  # the caseload as it was, unchanged, beside it
    finally:
        session.finish()


def test_a_wrong_passphrase_for_the_backup_restores_nothing(key_lost, monkeypatch):
    before = folder_state(key_lost)
    choices_seen(monkeypatch, "restore_protected_backup")
    answers = iter([("not the passphrase", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: warned.append(text)))
    assert startup.start_session(str(key_lost)) is None  # (the question again: Quit)
    assert warned and "does not open" in warned[0]
    assert folder_state(key_lost) == before


@pytest.mark.parametrize("command", [["check"], ["meetings"]])
def test_the_command_line_names_the_missing_key_file(key_lost, command, capsys):
    before = folder_state(key_lost)
    assert iep_desk.cli.main([*command, "--data-dir", str(key_lost)]) == 1
    err = capsys.readouterr().err
    assert "caseload.key" in err and "missing" in err
    assert "not damaged" in err and "not a database at all" not in err
    assert folder_state(key_lost) == before
