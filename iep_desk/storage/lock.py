"""One copy of IEP Desk writes the caseload at a time.

The lock is an operating-system lock on a small file beside the caseload
(`caseload.lock`): fcntl.flock on macOS and Linux, msvcrt.locking on Windows.
The operating system drops it the moment the process ends, however it ends, so
a lock file left behind by a copy that crashed is stale by construction: it
still holds the old copy's details, but nothing holds the lock and the next
copy simply takes it. The file's text (process id, computer name, start time)
only serves to tell the teacher where the caseload is open.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Self

from iep_desk import config
from iep_desk.storage.errors import DataFolderNotWritable

LOCK_FILE_NAME = "caseload.lock"
# On Windows a locked byte cannot be read by anyone else, so the lock sits on a
# byte well past the details written at the start of the file.
_WINDOWS_LOCK_OFFSET = 1 << 16


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the lock, as written in the lock file (blank when it has not written its
    details yet, or they cannot be read)."""

    pid: int | None
    host: str
    since: str

    @property
    def known(self) -> bool:
        return bool(self.pid or self.host)

    @property
    def started_at(self) -> datetime | None:
        """When the other copy opened the caseload (its computer's local time), or None."""
        try:
            return datetime.fromisoformat(self.since) if self.since else None
        except ValueError:
            return None

    def describe(self, moment_text: Callable[[datetime], str] | None = None) -> str:
        """Where the other copy runs, e.g. "on this computer (process 4242, since …)";
        empty when the holder has not said (a copy that started a moment ago). The time is
        written by `moment_text` (a window writes it as the computer does), else as stored."""
        if not self.known:
            return ""
        if not self.host or self.host == computer_name():
            # No name: written by a copy that could not tell its computer's name; the
            # lock itself only works between copies that share a folder, so say no more.
            where = "on this computer" if self.host else ""
        else:
            where = f"on the computer “{self.host}”"
        moment = self.started_at
        since = (moment_text(moment) if moment_text is not None and moment is not None
                 else self.since.replace("T", " "))
        started = f", since {since}" if since else ""
        process = f"(process {self.pid}{started})" if self.pid else ""
        return " ".join(part for part in (where, process) if part)


def computer_name() -> str:
    """This computer's network name, as the other copies of IEP Desk on it will read it
    (platform.node(): the host name socket.gethostname() gives; "" when it cannot be told)."""
    return platform.node()


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILE_NAME


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class CaseloadLock:
    """The right to write the caseload in `data_dir`, held by at most one process.

    Usage: `lock.acquire()` returns True when this copy may write; otherwise
    `lock.holder()` says who has it. `release()` (also done by the OS at exit)
    lets the next copy in. Not re-entrant: one CaseloadLock per open caseload.
    """

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = lock_path(self.data_dir)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if no live copy has it. Raises DataFolderNotWritable if the
        folder cannot hold a lock file."""
        if self._fd is not None:
            return True
        for _attempt in range(5):
            fd = self._open_lock_file()
            if not _try_os_lock(fd):
                os.close(fd)
                return False
            if self._still_the_lock_file(fd):
                self._fd = fd
                self._write_details()
                return True
            # The copy that held it removed the file between our opening and locking
            # it: the lock we got is on a file nobody else will look at. Try again.
            _os_unlock(fd)
            os.close(fd)
        return False

    def _open_lock_file(self) -> int:
        try:
            config.ensure_private_dir(self.data_dir)
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as error:
            raise DataFolderNotWritable(
                f"IEP Desk cannot save in the folder {self.data_dir}: it is read-only or you do "
                "not have permission to write there. Nothing was changed. Choose a folder you "
                "can write to with --data-dir, or ask your school's IT team.",
                technical=str(error),
            ) from error

    def _still_the_lock_file(self, fd: int) -> bool:
        if sys.platform == "win32":
            return True  # Windows cannot delete a file another process has open
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            return False

    def _write_details(self) -> None:
        details = {
            "pid": os.getpid(),
            "host": computer_name(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(details).encode("utf-8")
        assert self._fd is not None
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            # Padded: overwrites an older, longer text. Not forced to disk (no fsync): the
            # details are a courtesy, and the OS lock does not depend on them.
            os.write(self._fd, data.ljust(512))
        except OSError:
            pass  # the details are a courtesy; the OS lock itself is what counts

    def holder(self) -> LockHolder:
        """The details the current (or last) holder wrote; blank when there are none."""
        try:
            text = self.path.read_bytes()[:512].decode("utf-8", "replace").strip()
            details = json.loads(text)
            pid = int(details.get("pid")) if details.get("pid") is not None else None
            return LockHolder(pid, str(details.get("host", "")), str(details.get("since", "")))
        except (OSError, ValueError, TypeError, AttributeError):
            return LockHolder(None, "", "")

    def release(self) -> None:
        """Let the next copy in, and remove the lock file so a closed caseload leaves no trace."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if sys.platform != "win32":
            # Removed while still locked: a copy waiting on this file notices (see acquire).
            self.path.unlink(missing_ok=True)
        try:
            _os_unlock(fd)
        finally:
            os.close(fd)
        if sys.platform == "win32":
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # another copy has just opened it; it will take the lock

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


ALREADY_OPEN = "This caseload is already open in another copy of IEP Desk."


def already_open_details(data_dir: Path, holder: LockHolder, *,
                         moment_text: Callable[[datetime], str] | None = None) -> str:
    """Where the other copy runs and why only one may change the caseload: what follows
    the heading ALREADY_OPEN (a window shows them apart). `moment_text` writes the time."""
    where = holder.describe(moment_text)
    # Without details, the other copy took the lock a moment ago and has not written them yet.
    opened = f"It is open {where}." if where else "That copy started a moment ago."
    return (
        f"{opened} Only one copy can make changes at a time, so that neither overwrites the "
        f"other. (Caseload folder: {data_dir})"
    )


def already_open_message(data_dir: Path, holder: LockHolder) -> str:
    """What the teacher is told when another copy of IEP Desk has the caseload open (the
    command line: the heading, then the details)."""
    return f"{ALREADY_OPEN} {already_open_details(data_dir, holder)}"
