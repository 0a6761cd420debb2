"""The second-copy lock: one writer at a time, and a crashed copy never blocks."""

import dataclasses
import os
import socket
import subprocess
import sys
from pathlib import Path

from iep_desk.storage import lock as lock_module
from iep_desk.storage.lock import (
    CaseloadLock,
    LockHolder,
    already_open_message,
    computer_name,
    lock_path,
)

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


# -- issue 13 and 14 -------------------------------------------------------------------------

def test_a_copy_that_has_just_taken_the_lock_is_not_said_to_be_on_another_computer(data_dir):
    # The other copy holds the OS lock but has not written its details yet (it started a
    # moment ago): the file is empty.
    holder = CaseloadLock(data_dir)
    fd = holder._open_lock_file()
    assert lock_module._try_os_lock(fd)
    try:
        late = CaseloadLock(data_dir)
        assert not late.acquire()
        message = already_open_message(data_dir, late.holder())
        assert "another computer" not in message
        assert "already open in another copy of IEP Desk" in message
        assert "started a moment ago" in message
    finally:
        lock_module._os_unlock(fd)
        os.close(fd)


def test_a_holder_on_this_computer_and_on_another_are_told_apart(data_dir):
    here = LockHolder(4242, socket.gethostname(), "2026-11-23T09:15:00")
    assert here.describe() == "on this computer (process 4242, since 2026-11-23 09:15:00)"
    there = LockHolder(99, "staff-laptop-7", "")
    assert there.describe() == "on the computer “staff-laptop-7” (process 99)"
    unnamed = LockHolder(77, "", "")
    assert unnamed.describe() == "(process 77)"
    assert "another computer" not in already_open_message(data_dir, unnamed)


def test_lock_records_are_frozen_slotted_dataclasses_and_the_name_is_the_standard_one():
    assert dataclasses.is_dataclass(LockHolder)
    assert LockHolder.__dataclass_params__.frozen and "__slots__" in LockHolder.__dict__
    assert computer_name() == socket.gethostname()


def test_the_holders_time_is_a_value_the_window_writes_its_own_way(data_dir):
    from datetime import datetime

    holder = lock_module.LockHolder(4242, "", "2026-11-23T09:15:00")
    assert holder.started_at == datetime(2026, 11, 23, 9, 15)
    assert holder.describe(lambda moment: moment.strftime("%d.%m.%Y %H:%M")).endswith(
        "since 23.11.2026 09:15)")
    assert lock_module.LockHolder(1, "", "not a time").started_at is None
