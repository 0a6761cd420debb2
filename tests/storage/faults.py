"""Faults for the safety-net tests: a full disk, a failing drive, a read-only medium.

SQLite's own errors are used wherever they can be had for real: a "full disk" is a
database that may not grow by a page (PRAGMA max_page_count), which makes SQLite fail
exactly as it does when the disk is full (SQLITE_FULL). An input/output error cannot be
had without a failing drive, so it is raised where SQLite would raise it, carrying
SQLite's result code as sqlite3 sets it.

Read-only media are made honestly: the folder or file is chmod'ed, and when the tests run
as root (which ignores permissions, as in CI's container) the check runs as the 'nobody'
user (os.seteuid), so the operating system itself refuses the writes.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

NOBODY = 65534


def sqlite_error(kind: str) -> sqlite3.OperationalError:
    """An error as SQLite raises it: kind "full" (SQLITE_FULL, made for real) or "io"
    (SQLITE_IOERR_READ: the text and codes sqlite3 gives a failing read)."""
    if kind == "full":
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA max_page_count=2")
        try:
            conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
        except sqlite3.OperationalError as error:
            return error
        finally:
            conn.close()
        raise AssertionError("SQLite did not report a full database")
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 266  # SQLITE_IOERR_READ
    error.sqlite_errorname = "SQLITE_IOERR_READ"
    return error


def connections_to(monkeypatch, matches: Callable[[str], bool], *,
                   failing_sql: str | None = None, error: Exception | None = None,
                   full: bool = False) -> list[str]:
    """Make every new SQLite connection whose database name `matches` fail: each statement
    containing `failing_sql` raises `error`, or (full=True) the file may not grow by a page,
    so writing into it fails with SQLite's own "database or disk is full".
    Returns the list of database names that were affected."""
    real_connect = sqlite3.connect
    touched: list[str] = []

    class Failing(sqlite3.Connection):
        def execute(self, sql, *args):
            if failing_sql is not None and failing_sql in sql:
                raise error
            return super().execute(sql, *args)

    def connect(database, *args, **kwargs):
        name = str(database)
        if not matches(name):
            return real_connect(database, *args, **kwargs)
        touched.append(name)
        if full:
            conn = real_connect(database, *args, **kwargs)
            conn.execute("PRAGMA max_page_count=2")
            return conn
        kwargs["factory"] = Failing
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    return touched


def named(*words: str) -> Callable[[str], bool]:
    """Matches a database name containing every one of `words`."""
    return lambda name: all(word in name for word in words)


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder` and below: its bytes and permission bits."""
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode & 0o777)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def shared_tmp():
    """A folder the 'nobody' user may enter (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="iep-desk-ro-"))
    os.chmod(folder, 0o755)
    yield folder
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            os.chmod(path, 0o755)
    shutil.rmtree(folder, ignore_errors=True)


def readable_by_others(folder: Path) -> None:
    """Let another account read the caseload (what a teacher's own account can always do)."""
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


@contextlib.contextmanager
def as_another_user() -> Iterator[None]:
    """Run the block as an account that owns none of the test's files (as root: 'nobody')."""
    if sys.platform == "win32" or os.geteuid() != 0:
        yield
        return
    # Python itself may live where only root can read (pyenv under /root): the codecs that
    # are looked up by name on first use are loaded now, while they still can be.
    for codec in ("utf-8-sig", "cp1252", "utf-16", "latin-1", "ascii"):
        codecs.lookup(codec)
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """`folder` cannot be written in by this process for the block, honestly, even as root."""
    if sys.platform == "win32":
        subprocess.run(["icacls", str(folder), "/deny", "*S-1-1-0:(W,D,DC)"], check=True,
                       capture_output=True)
        try:
            yield
        finally:
            subprocess.run(["icacls", str(folder), "/remove:d", "*S-1-1-0"], check=True,
                           capture_output=True)
        return
    mode = folder.stat().st_mode & 0o777
    os.chmod(folder, 0o555)
    try:
        with as_another_user():
            yield
    finally:
        os.chmod(folder, mode)


def nobody_may_write(path: Path) -> None:
    """As root, the block runs as 'nobody': let it write in `path` (a destination folder)."""
    os.chmod(path, 0o777)


class WatchedSource(sqlite3.Connection):
    """A caseload connection whose backups are copied one page at a time; after each page the
    destination folder is looked at, as another account could look at it then."""

    folder: Path
    seen: list[tuple[str, int]]

    def backup(self, target, **kwargs):
        def look(status, remaining, total):
            for path in self.folder.iterdir():
                self.seen.append((path.name, path.stat().st_mode & 0o777))
        return super().backup(target, pages=1, progress=look)


def watched(data_file: Path, folder: Path) -> WatchedSource:
    """A connection to `data_file` whose backups record every file in `folder`, and its mode,
    after each page is copied."""
    conn = sqlite3.connect(str(data_file), factory=WatchedSource, isolation_level=None)
    conn.folder, conn.seen = folder, []
    return conn


def no_free_space(monkeypatch, *, free: int = 0) -> None:
    """Make every drive say it has `free` bytes left (shutil.disk_usage, the documented call
    IEP Desk asks on every system)."""
    real = shutil.disk_usage

    def usage(path):
        measured = real(path)
        return type(measured)(measured.total, measured.total - free, free)

    monkeypatch.setattr(shutil, "disk_usage", usage)
