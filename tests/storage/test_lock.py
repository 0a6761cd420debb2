"""The second-copy lock: one writer at a time, and a crashed copy never blocks."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from iep_desk.storage.lock import CaseloadLock, already_open_message, lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sys
from iep_desk.storage.lock import CaseloadLock
lock = CaseloadLock(sys.argv[1])
print("locked" if lock.acquire() else "refused", flush=True)
sys.stdin.read()  # hold it until the parent closes our input (or kills us)
"""


def hold_lock_in_child(data_dir: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    assert child.stdout.readline().strip() == b"locked"
    return child


def test_only_one_lock_at_a_time_in_this_process(data_dir):
    first, second = CaseloadLock(data_dir), CaseloadLock(data_dir)
    assert first.acquire()
    try:
        assert not second.acquire()
        holder = second.holder()
        assert holder.pid == os.getpid()
        assert holder.host == socket.gethostname()
        assert "on this computer" in already_open_message(data_dir, holder)
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_a_live_copy_in_another_process_holds_the_lock(data_dir):
    child = hold_lock_in_child(data_dir)
    try:
        lock = CaseloadLock(data_dir)
        assert not lock.acquire()
        assert lock.holder().pid == child.pid
        message = already_open_message(data_dir, lock.holder())
        assert "already open in another copy of IEP Desk" in message
        assert str(child.pid) in message
    finally:
        child.stdin.close()
        child.wait(timeout=10)
    # The child ended normally: the lock is free again.
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_a_lock_left_by_a_crashed_copy_is_stale_and_does_not_block(data_dir):
    child = hold_lock_in_child(data_dir)
    child.kill()  # SIGKILL (TerminateProcess on Windows): no chance to clean up
    child.wait(timeout=10)
    child.stdin.close()
    child.stdout.close()
    lock = CaseloadLock(data_dir)
    # The crashed copy's details are still in the file...
    assert lock_path(data_dir).exists()
    assert lock.holder().pid == child.pid
    # ...but nothing holds the lock any more, so this copy takes it and says so.
    assert lock.acquire()
    try:
        assert lock.holder().pid == os.getpid()
    finally:
        lock.release()


def test_lock_file_is_private(data_dir):
    with CaseloadLock(data_dir) as lock:
        assert lock.acquire()
        if sys.platform != "win32":
            assert lock.path.stat().st_mode & 0o777 == 0o600
    assert not lock.held


def test_a_released_lock_leaves_no_file_behind(data_dir):
    lock = CaseloadLock(data_dir)
    assert lock.acquire()
    assert lock.path.exists()
    lock.release()
    assert not lock.path.exists()
    assert lock.acquire()  # and it can be taken again
    lock.release()


def test_a_lock_file_removed_under_a_waiting_copy_is_not_trusted(data_dir):
    holder = CaseloadLock(data_dir)
    assert holder.acquire()
    # A second copy opened the old file just before the holder released and removed it...
    late = CaseloadLock(data_dir)
    fd = late._open_lock_file()
    holder.release()
    # ...its lock on that removed file must not count: it is not the lock file any more.
    # (Windows never removes a file another process has open, so there it still is.)
    assert late._still_the_lock_file(fd) == (sys.platform == "win32")
    os.close(fd)
    assert late.acquire()
    assert late.path.exists()
    late.release()
