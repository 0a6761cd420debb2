"""Writing files that hold student data: whole or not at all, owner-only from the first byte.

Every file IEP Desk writes for the teacher (a handout, an export, a calendar file, a backup
copy) goes through here, so that a full disk or a pulled USB stick never leaves half a file,
never damages a file of the same name that was there before, and never leaves a file that
other accounts on the computer could read while it was being written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Temporary files beside the target start with this, so that a stale one (from a kill or a
# power cut) can be recognised and removed.
PARTIAL_PREFIX = ".iep-desk-partial-"


def real_target(path: Path) -> Path:
    """The file a write to `path` should replace: a symbolic link's target, so that writing
    onto a link updates the file it points to and keeps the link."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def create_private(path: Path) -> None:
    """Create `path` empty and readable by its owner only; it must not exist yet.

    For files another library fills (SQLite's backup API creates its target with the
    process's umask, often readable by everyone): created here first, with mode 0600,
    the file never holds a byte that others could read.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, 0o600))


@contextmanager
def partial_file(path: Path) -> Iterator[Path]:
    """A new, empty, owner-only temporary file beside `path`, removed if the block fails.

    The block fills it; the caller then moves it into place with `os.replace` (as
    `write_whole` does). The temporary name starts with PARTIAL_PREFIX.
    """
    target = real_target(path)
    # mkstemp creates the file with mode 0600 on every platform that has modes.
    handle, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=".tmp", dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all, readable by its owner only.

    The bytes go to a temporary file beside the target first and are flushed to the disk,
    then the temporary file replaces the target in one step. A symbolic link at `path`
    is kept: the file it points to is replaced.
    """
    target = real_target(path)
    with partial_file(target) as temporary:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)


def remove_stale_partials(folder: Path) -> int:
    """Remove temporary files that an interrupted write left in `folder`; return how many."""
    removed = 0
    try:
        leftovers = list(Path(folder).glob(PARTIAL_PREFIX + "*"))
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass  # in use or not ours to remove: left alone
    return removed
