"""Back up now, Restore…, and start-up with a damaged file or a second copy, on real widgets."""

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import errors, files
from iep_desk.storage import migrations as schema
from iep_desk.storage.backup import describe_backup, list_backups, make_backup, set_aside_damaged
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui import app as startup
from iep_desk.ui.data_safety import CaseloadSession, restore_into
from iep_desk.ui.restore_dialog import RestoreDialog
from tests.storage import faults
from tests.storage.faults import folder_state, read_only_folder, readable_by_others

ROOT = Path(__file__).resolve().parents[2]
shared_tmp = faults.shared_tmp  # a fixture: a folder that another account may enter


def caseload(data_dir, *names):
    store = open_caseload(data_dir)
    for name in names:
        store.add_student(Student(name))
    store.db.close()


def student_names(path):
    conn = sqlite3.connect(str(path))
    try:
        return sorted(r[0] for r in conn.execute("SELECT legal_first_name FROM students"))
    finally:
        conn.close()


class Messages:
    """Answers QMessageBox's static functions and remembers what the teacher was told."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.Yes):
        self.shown: list[tuple[str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind,
                                self._record(kind, QMessageBox.StandardButton.Ok))
        monkeypatch.setattr(QMessageBox, "question", self._record("question", answer))

    def _record(self, kind, answer):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, text))
            return answer
        return staticmethod(show)

    def text(self, kind):
        return "\n".join(text for k, text in self.shown if k == kind)


def press_in_modal_box(button_name: str, seen: list[str]) -> None:
    """When the next modal box appears, remember its text and press the named button."""
    def press():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        button = box.findChild(QPushButton, button_name)
        if button is None:  # not offered: the box is closed, and the test fails on what it saw
            seen.append(f"(no button {button_name})")
            box.reject()
            return
        button.click()
    QTimer.singleShot(0, press)


def close_next_box(seen: list[str]) -> None:
    """When the next modal box appears, remember its text and its details, and close it."""
    def close():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, close)
            return
        seen.extend([box.text(), box.detailedText()])
        box.buttons()[0].click()
    QTimer.singleShot(0, close)


@pytest.fixture
def session(qtbot, data_dir):
    caseload(data_dir, "Ana", "Ben")
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    opened = CaseloadSession(data_dir, open_caseload(data_dir), lock=lock)
    window = opened.open_window()
    qtbot.addWidget(window)
    yield opened
    opened.finish()


def file_action(window, name):
    return next(a for a in window.file_menu.actions() if a.objectName() == name)


def test_back_up_now_from_the_file_menu(session, data_dir, monkeypatch):
    messages = Messages(monkeypatch)
    action = file_action(session.window, "back_up_now")
    assert action.text().replace("&", "") == "Back up now"
    names = [a.objectName() for a in session.window.file_menu.actions()]
    assert names.index("back_up_now") < names.index("restore_backup") < names.index("quit")
    action.trigger()
    [made] = list_backups(data_dir)
    assert student_names(made.path) == ["Ana", "Ben"]
    assert str(made.path) in messages.text("information")
    assert "2 students, 0 meetings" in messages.text("information")  # read back from the copy
    assert str(made.path) in session.window.statusBar().currentMessage()


def test_restore_shows_what_a_backup_holds_then_replaces_and_reopens(session, data_dir,
                                                                     qtbot, monkeypatch):
    store = session.store
    store.archive_student(store.list_students()[1].id)
    older = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 15)).path
    store.add_student(Student("Cy"))
    newer = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 22, 16, 40)).path
    store.add_student(Student("Dee"))

    dialog = RestoreDialog(data_dir, session.window)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 2
    assert dialog.backups.currentItem().data(0x0100).path == newer  # newest first, selected
    assert "2 students (and 1 archived), 0 meetings" in dialog.details.text()
    assert "2026" in dialog.backups.item(1).text()
    dialog.backups.setCurrentRow(1)
    assert "1 student (and 1 archived), 0 meetings" in dialog.details.text()
    assert dialog.restore_button.isEnabled()

    messages = Messages(monkeypatch, answer=QMessageBox.StandardButton.No)
    dialog.restore_button.click()  # the teacher says No: nothing happens
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "1 student (and 1 archived)" in messages.text("question")
    assert "backed up first" in messages.text("question")
    assert student_names(config.data_file(data_dir)) == ["Ana", "Ben", "Cy", "Dee"]

    messages = Messages(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen.path == older
    old_window = session.window
    new_window = restore_into(old_window, dialog.chosen)
    qtbot.addWidget(new_window)
    assert new_window is session.window and new_window is not old_window
    assert new_window.isVisible() and not old_window.isVisible()
    assert [s.legal_first_name for s in session.store.list_students()] == ["Ana"]
    assert [s.legal_first_name for s in session.store.list_students(archived=True)] == ["Ben"]
    # The caseload as it was (with Cy and Dee) was backed up first, and the teacher is told where.
    previous = [b.path for b in list_backups(data_dir) if b.path not in (older, newer)]
    assert len(previous) == 1 and student_names(previous[0]) == ["Ana", "Ben", "Cy", "Dee"]
    assert str(previous[0]) in messages.text("information")
    assert file_action(new_window, "back_up_now") is not None
    # The reopened caseload takes edits, and the old connection is closed.
    session.store.add_student(Student("Eve"))
    assert "Eve" in student_names(config.data_file(data_dir))
    with pytest.raises(sqlite3.ProgrammingError):
        old_window.store.db.execute("SELECT 1")


def test_restore_another_file_and_a_damaged_one_cannot_be_chosen(session, data_dir, qtbot,
                                                                 tmp_path, monkeypatch):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a caseload at all" * 100)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        staticmethod(lambda *a, **k: (str(junk), "")))
    dialog = RestoreDialog(data_dir, session.window)
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 0
    assert "no backups yet" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()
    dialog.other_file.click()
    assert dialog.backups.count() == 1
    assert "cannot be restored" in dialog.details.text()
    assert not dialog.restore_button.isEnabled()


def test_closing_backs_up_closes_the_file_and_lets_the_next_copy_in(qtbot, data_dir):
    caseload(data_dir, "Ana")
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    session = CaseloadSession(data_dir, open_caseload(data_dir), lock=lock)
    qtbot.addWidget(session.open_window())
    session.store.add_student(Student("Ben"))
    session.window.close()
    session.finish()
    [made] = list_backups(data_dir)
    assert student_names(made.path) == ["Ana", "Ben"]
    with CaseloadLock(data_dir) as next_copy:
        assert next_copy.acquire()
    session.finish()  # a second call (aboutToQuit after an explicit finish) does nothing
    assert len(list_backups(data_dir)) == 1


def test_start_up_backs_up_when_the_newest_backup_is_a_day_old(qtbot, data_dir):
    caseload(data_dir, "Ana")
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir, now=datetime.now() - timedelta(hours=2))
    store.db.close()
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert len(list_backups(data_dir)) == 1  # the newest is recent: no new one
    session.finish()
    session.window.close()

    old = list_backups(data_dir)
    for backup in old:
        backup.path.rename(backup.path.with_name("caseload-2020-01-01T0800.sqlite"))
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    newest = list_backups(data_dir)[0]
    assert newest.taken_at > datetime.now() - timedelta(minutes=5)
    assert str(newest.path) in session.window.statusBar().currentMessage()
    session.finish()


def damage(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path.read_bytes()


def test_start_up_with_a_damaged_file_restores_the_newest_good_backup(qtbot, data_dir,
                                                                      monkeypatch):
    caseload(data_dir, *[f"Kid {i}" for i in range(40)])
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 21, 15, 0))
    store.db.close()
    damaged_bytes = damage(config.data_file(data_dir))
    messages = Messages(monkeypatch)
    seen: list[str] = []
    press_in_modal_box("restore_newest", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert "damaged" in seen[0] and "40 students" in seen[0]
    assert session.store.count_students() == 40
    [kept] = list(data_dir.glob("caseload.damaged-*.sqlite"))
    assert kept.read_bytes() == damaged_bytes
    assert str(kept) in messages.text("information")
    session.finish()


def test_start_up_with_a_damaged_file_and_no_backup_offers_an_empty_caseload(
        qtbot, data_dir, monkeypatch):
    data_dir.mkdir(parents=True)
    config.data_file(data_dir).write_text("Student list\nAna\nBen\n")
    Messages(monkeypatch)
    seen: list[str] = []
    press_in_modal_box("start_empty", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert "no backup" in seen[0]
    assert session.store.count_students() == 0
    [kept] = list(data_dir.glob("caseload.damaged-*.sqlite"))
    assert kept.read_text() == "Student list\nAna\nBen\n"
    session.finish()


def test_start_up_with_a_damaged_file_can_quit_without_touching_it(qtbot, data_dir):
    caseload(data_dir, *[f"Kid {i}" for i in range(40)])
    damaged_bytes = damage(config.data_file(data_dir))
    seen: list[str] = []
    press_in_modal_box("quit", seen)
    assert startup.start_session(str(data_dir)) is None
    assert config.data_file(data_dir).read_bytes() == damaged_bytes
    assert not list(data_dir.glob("caseload.damaged-*"))
    with CaseloadLock(data_dir) as lock:
        assert lock.acquire()  # quitting released the lock


def test_smoke_test_never_shows_a_dialog_for_a_damaged_file(data_dir):
    caseload(data_dir, *[f"Kid {i}" for i in range(40)])
    damaged_bytes = damage(config.data_file(data_dir))
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "iep_desk", "--smoke-test",
                           "--data-dir", str(data_dir)],
                          check=False, capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert "damaged" in done.stderr and "did not change it" in done.stderr
    assert config.data_file(data_dir).read_bytes() == damaged_bytes


HOLD_LOCK = """
import sys
from iep_desk.storage.lock import CaseloadLock
lock = CaseloadLock(sys.argv[1])
print("locked" if lock.acquire() else "refused", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_copy(data_dir):
    """Another copy of IEP Desk (a real process) holding the caseload."""
    caseload(data_dir, "Ana")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    assert child.stdout.readline().strip() == b"locked"
    yield child
    child.stdin.close()
    child.wait(timeout=10)
    child.stdout.close()


def test_a_second_copy_is_offered_read_only_viewing(qtbot, data_dir, other_copy):
    before = config.data_file(data_dir).read_bytes()
    seen: list[str] = []
    press_in_modal_box("view_read_only", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert "already open in another copy" in seen[0] and str(other_copy.pid) in seen[0]
    assert session.read_only
    assert "read-only" in session.window.windowTitle()
    assert [s.legal_first_name for s in session.store.list_students()] == ["Ana"]
    for pane in session.window.panes:
        if hasattr(pane, "set_read_only"):
            assert pane.read_only, pane
    assert not file_action(session.window, "restore_backup").isEnabled()
    with pytest.raises(SaveFailed):
        session.store.add_student(Student("Ben"))
    session.window.close()
    session.finish()
    assert config.data_file(data_dir).read_bytes() == before
    assert list_backups(data_dir) == []  # the copy that writes makes the backups


def test_a_second_copy_can_quit(qtbot, data_dir, other_copy):
    seen: list[str] = []
    press_in_modal_box("quit", seen)
    assert startup.start_session(str(data_dir)) is None
    assert seen


def test_smoke_test_of_a_second_copy_prints_and_exits(data_dir, other_copy, capsys):
    assert startup.run_app(data_dir=str(data_dir), smoke_test=True) == 1
    assert "already open in another copy of IEP Desk" in capsys.readouterr().err


RUN_APP_THEN_LOCK = """
import sys
from iep_desk.storage.lock import CaseloadLock
from iep_desk.ui.app import run_app
code = run_app(data_dir=sys.argv[1], smoke_test=True)
lock = CaseloadLock(sys.argv[1])
print(code, "free" if lock.acquire() else "still locked")
"""


def test_run_app_backs_up_on_close_and_releases_the_lock(data_dir):
    caseload(data_dir, "Ana")
    store = open_caseload(data_dir)
    three_hours_ago = datetime.now() - timedelta(hours=3)
    earlier = make_backup(store.db.conn, data_dir, now=three_hours_ago).path
    os.utime(earlier, (three_hours_ago.timestamp(), three_hours_ago.timestamp()))
    store.db.close()
    # The file changed after that backup (Ana was added): the close backs it up.
    store = open_caseload(data_dir)
    store.add_student(Student("Ana"))
    store.db.close()

    def run_app_in_its_own_process():
        # run_app quits its QApplication, which must not be the tests' one.
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([sys.executable, "-c", RUN_APP_THEN_LOCK, str(data_dir)],
                              check=False, capture_output=True, text=True, timeout=60, env=env)
        assert done.stdout.split() == ["0", "free"], done.stderr

    run_app_in_its_own_process()
    # No backup was due on opening (the last is 3 hours old), so the new one is the close's.
    [on_close] = [b for b in list_backups(data_dir) if b.path != earlier]
    assert on_close.taken_at > datetime.now() - timedelta(minutes=5)
    assert student_names(on_close.path) == ["Ana", "Ana"]

    # Opened again and closed with nothing changed: that backup already holds everything.
    before = list_backups(data_dir)
    run_app_in_its_own_process()
    assert list_backups(data_dir) == before


def test_restore_from_the_file_menu_with_the_keyboard_path(session, data_dir, qtbot, monkeypatch):
    backup = make_backup(session.store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 15)).path
    session.store.add_student(Student("Cy"))
    messages = Messages(monkeypatch, answer=QMessageBox.StandardButton.Yes)

    def choose_and_restore():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, choose_and_restore)
            return
        assert dialog.chosen.path == backup
        dialog.restore_button.click()
    QTimer.singleShot(0, choose_and_restore)
    old_window = session.window
    file_action(old_window, "restore_backup").trigger()
    qtbot.addWidget(session.window)
    assert session.window is not old_window
    assert [s.legal_first_name for s in session.store.list_students()] == ["Ana", "Ben"]
    assert "restored from the backup" in messages.text("information")


# -- issue 13 ------------------------------------------------------------------------------------

def test_the_restore_dialog_lists_kept_copies_first_and_can_remove_one(session, data_dir, qtbot,
                                                                       monkeypatch):
    store = session.store
    backup = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 15)).path
    store.add_student(Student("Cy"))
    messages = Messages(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    new_window = restore_into(session.window, describe_backup(backup))
    qtbot.addWidget(new_window)
    [kept] = [b.path for b in list_backups(data_dir) if b.kept]
    assert "until you remove it" in messages.text("information")
    make_backup(session.store.db.conn, data_dir)  # the rotation runs: the copy stays

    dialog = RestoreDialog(data_dir, new_window)
    qtbot.addWidget(dialog)
    first = dialog.backups.item(0)
    assert first.data(0x0100).path == kept
    assert first.text().startswith("Copy kept from before a restore")
    assert "3 students" in dialog.details.text()
    assert dialog.remove_button.isEnabled() and dialog.remove_button.accessibleName()
    # A scheduled backup cannot be removed from here.
    dialog.backups.setCurrentRow(1)
    assert not dialog.remove_button.isEnabled()
    dialog.backups.setCurrentRow(0)
    Messages(monkeypatch, answer=QMessageBox.StandardButton.No)
    dialog.remove_button.click()  # the teacher says No
    assert kept.exists() and dialog.backups.count() == 3
    confirm = Messages(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert "cannot be brought back" in confirm.text("question")
    assert not kept.exists()
    assert dialog.backups.count() == 2
    assert all(not dialog.backups.item(i).data(0x0100).kept for i in range(2))


def test_a_restore_that_fails_reopens_the_caseload_as_it_was(data_dir, qtbot, monkeypatch):
    caseload(data_dir, "Ana")
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    # (The first window is not given to qtbot: the warning's own event loop deletes it once
    # the new window has replaced it, as it should.)
    session = CaseloadSession(data_dir, open_caseload(data_dir), lock=lock)
    session.open_window()
    store = session.store
    for i in range(30):
        store.add_student(Student(f"Kid {i}", strengths="reads well " * 30))
    backup = make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 20, 9, 15)).path
    store.add_student(Student("Newest"))
    session.window.flush_edits()
    seen: list[str] = []
    close_next_box(seen)  # the warning, with SQLite's words behind "Show Details…"
    faults.connections_to(monkeypatch, faults.named(files.PARTIAL_PREFIX), full=True)
    new_window = restore_into(session.window, describe_backup(backup))
    monkeypatch.undo()
    qtbot.addWidget(new_window)
    shown, technical = seen
    assert "full" in shown and "not replaced" in shown and "SQLite" not in shown
    assert "database or disk is full" in technical
    assert "Newest" in [s.legal_first_name for s in session.store.list_students()]
    session.store.add_student(Student("After"))  # the caseload takes edits again
    assert "After" in student_names(config.data_file(data_dir))
    assert not [b for b in list_backups(data_dir) if b.kept]
    session.finish()


@pytest.mark.parametrize("kind, words", [("full", "is full"), ("io", "could not be read")])
def test_start_up_on_a_full_or_failing_disk_offers_no_recovery(qtbot, data_dir, monkeypatch,
                                                               kind, words):
    caseload(data_dir, "Ana")
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 21, 15, 0))
    store.db.close()
    before = folder_state(data_dir)
    monkeypatch.setattr(startup, "_choose", lambda *a, **k: pytest.fail("a recovery was offered"))
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite", "mode=ro"),
                          failing_sql="quick_check", error=faults.sqlite_error(kind))
    with pytest.raises(startup.StartupProblem) as refused:
        startup.start_session(str(data_dir))
    monkeypatch.undo()
    assert words in str(refused.value) and "damaged" not in str(refused.value)
    assert refused.value.technical  # SQLite's words, for the details of the box
    assert folder_state(data_dir) == before
    with CaseloadLock(data_dir) as lock:
        assert lock.acquire()



def test_start_up_on_a_disk_with_no_free_space_says_the_disk_is_full(qtbot, data_dir,
                                                                     monkeypatch):
    """SQLite says "disk I/O error" when its -shm file cannot grow on a full disk: with no
    free space on the drive, that is said as a full disk, not as a failing drive."""
    caseload(data_dir, "Ana")
    before = folder_state(data_dir)
    monkeypatch.setattr(startup, "_choose", lambda *a, **k: pytest.fail("a recovery was offered"))
    faults.no_free_space(monkeypatch)
    faults.connections_to(monkeypatch, faults.named("caseload.sqlite"),
                          failing_sql="quick_check", error=faults.sqlite_error("io"))
    with pytest.raises(startup.StartupProblem) as refused:
        startup.start_session(str(data_dir))
    monkeypatch.undo()
    said = str(refused.value)
    assert "is full" in said and "Make room" in said
    assert "failing" not in said and "damaged" not in said
    assert "disk I/O error" in refused.value.technical
    assert folder_state(data_dir) == before


def test_already_open_says_its_heading_once_and_the_time_as_the_window_does(
        qtbot, data_dir, other_copy, monkeypatch):
    from iep_desk.storage.lock import LockHolder, computer_name

    monkeypatch.setattr(CaseloadLock, "holder",
                        lambda self: LockHolder(4242, computer_name(), "2026-11-23T15:05:00"))
    seen = []

    def choose(title, text, details, choices, **kwargs):
        seen.append((text, details))
        return "quit"
    monkeypatch.setattr(startup, "_choose", choose)
    assert startup.start_session(str(data_dir)) is None
    [(heading, details)] = seen
    assert heading == "This caseload is already open in another copy of IEP Desk."
    assert heading not in details
    assert "since 11/23/2026 3:05" in details and "PM" in details  # US English, as the window
    assert "2026-11-23" not in details

def newer(data_dir):
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute(f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def test_start_up_with_a_newer_file_only_offers_to_quit_or_open_nothing(qtbot, data_dir):
    caseload(data_dir, *[f"Kid {i}" for i in range(5)])
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 21, 15, 0))
    store.db.close()
    newer(data_dir)
    before = folder_state(data_dir)
    seen: list[str] = []
    buttons: list[str] = []

    def press_quit():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press_quit)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        buttons.extend(b.objectName() for b in box.findChildren(QPushButton) if b.objectName())
        box.findChild(QPushButton, "quit").click()
    QTimer.singleShot(0, press_quit)
    assert startup.start_session(str(data_dir)) is None
    assert sorted(buttons) == ["nothing_open", "quit"]
    assert "newer version" in seen[0] and "damaged" not in seen[0]
    assert folder_state(data_dir) == before  # not a byte changed, nothing renamed


def test_continue_with_nothing_open_reads_and_writes_nothing(qtbot, data_dir):
    caseload(data_dir, "Ana")
    newer(data_dir)
    before = folder_state(data_dir)
    seen: list[str] = []
    press_in_modal_box("nothing_open", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert session.nothing_open and session.read_only
    assert session.store.count_students() == 0
    assert "newer version" in session.window.statusBar().currentMessage()
    assert not file_action(session.window, "back_up_now").isEnabled()
    assert not file_action(session.window, "restore_backup").isEnabled()
    session.window.close()
    session.finish()
    assert folder_state(data_dir) == before
    assert not config.backup_dir(data_dir).exists()


def test_start_up_with_an_empty_file_beside_a_set_aside_one_offers_it(qtbot, data_dir,
                                                                      monkeypatch):
    caseload(data_dir, "Ana", "Ben")
    kept = set_aside_damaged(data_dir)  # as a failed recovery of an earlier version left it
    config.data_file(data_dir).write_bytes(b"")
    messages = Messages(monkeypatch)
    seen: list[str] = []
    press_in_modal_box("restore_set_aside", seen)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    assert str(kept) in seen[0] and "2 students" in seen[0]
    assert [s.legal_first_name for s in session.store.list_students()] == ["Ana", "Ben"]
    assert str(kept) in messages.text("information")
    session.finish()


def test_start_up_with_a_table_missing_offers_recovery_instead_of_crashing(qtbot, data_dir):
    caseload(data_dir, "Ana")
    conn = sqlite3.connect(str(config.data_file(data_dir)))
    conn.execute("DROP TABLE meetings")
    conn.commit()
    conn.close()
    before = folder_state(data_dir)
    seen: list[str] = []
    press_in_modal_box("quit", seen)
    assert startup.start_session(str(data_dir)) is None
    assert "missing part of what IEP Desk keeps" in seen[0]
    assert folder_state(data_dir) == before


def test_the_recovery_note_is_one_clean_sentence_and_sqlite_is_for_it(qtbot, data_dir,
                                                                      monkeypatch):
    caseload(data_dir, *[f"Kid {i}" for i in range(40)])
    store = open_caseload(data_dir)
    make_backup(store.db.conn, data_dir, now=datetime(2026, 11, 21, 15, 0))
    store.db.close()
    damage(config.data_file(data_dir))
    messages = Messages(monkeypatch)
    details: list[str] = []

    def press():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        details.extend([box.informativeText(), box.detailedText()])
        box.findChild(QPushButton, "restore_newest").click()
    QTimer.singleShot(0, press)
    session = startup.start_session(str(data_dir))
    qtbot.addWidget(session.window)
    shown, technical = details
    assert "damaged" in shown
    assert "malformed" not in shown and "SQLite" not in shown and "btree" not in shown
    assert "malformed" in technical
    note = messages.text("information")
    assert "Saved" not in note and ".." not in note and "40 students" in note
    session.finish()


def test_start_up_in_a_read_only_folder_shows_the_caseload_read_only(qtbot, shared_tmp):
    data_dir = shared_tmp / "usb"
    caseload(data_dir, "Ana", "Ben")
    readable_by_others(data_dir)
    before = folder_state(data_dir)
    with read_only_folder(data_dir):
        session = startup.start_session(str(data_dir))
        qtbot.addWidget(session.window)
        try:
            assert session.read_only and session.lock is None
            assert "read-only" in session.window.windowTitle()
            assert "cannot save" in session.window.statusBar().currentMessage()
            assert [s.legal_first_name for s in session.store.list_students()] == ["Ana", "Ben"]
            with pytest.raises(SaveFailed):
                session.store.add_student(Student("Cy"))
        finally:
            session.window.close()
            session.finish()
    assert folder_state(data_dir) == before
    assert data_dir.stat().st_mode & 0o777 == 0o755  # never chmod'ed


def test_start_up_on_a_read_only_caseload_file_shows_it_read_only(qtbot, shared_tmp):
    data_dir = shared_tmp / "data"
    path = config.data_file(data_dir)
    caseload(data_dir, "Ana")
    readable_by_others(data_dir)
    os.chmod(data_dir, 0o777)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    with faults.as_another_user():
        session = startup.start_session(str(data_dir))
        qtbot.addWidget(session.window)
        try:
            assert session.read_only
            assert [s.legal_first_name for s in session.store.list_students()] == ["Ana"]
        finally:
            session.window.close()
            session.finish()
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444


def test_an_open_that_fails_on_a_full_disk_leaves_no_companion_files(qtbot, data_dir,
                                                                       monkeypatch):
    """As on a real full disk: SQLite makes an empty -wal and a -shm it cannot grow (3 bytes),
    then says "disk I/O error". Those left behind would make every later read fail."""
    caseload(data_dir, "Ana")
    before = folder_state(data_dir)
    data_file = str(config.data_file(data_dir))
    faults.no_free_space(monkeypatch)

    def open_on_a_full_disk(folder, key=None):
        Path(data_file + "-wal").write_bytes(b"")
        Path(data_file + "-shm").write_bytes(b"\0\0\0")
        raise errors.disk_problem(faults.sqlite_error("io"), Path(data_file), writing=False)

    monkeypatch.setattr(startup, "open_caseload", open_on_a_full_disk)
    with pytest.raises(startup.StartupProblem) as refused:
        startup.start_session(str(data_dir))
    assert "is full" in str(refused.value)
    monkeypatch.undo()
    assert folder_state(data_dir) == before
    assert "Ana" in student_names(config.data_file(data_dir))
