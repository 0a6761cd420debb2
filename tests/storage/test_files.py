"""Files that hold student data are written whole, owner-only from the first byte."""

from __future__ import annotations

import errno
import os
import stat
import sys

import pytest

from iep_desk.storage import files

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no file modes")


@posix_only
def test_the_temporary_file_is_owner_only_before_any_byte_is_written(tmp_path, monkeypatch):
    # A permissive umask, as on many shared machines: nothing written may be readable by others.
    old = os.umask(0o022)
    try:
        seen = []
        with files.partial_file(tmp_path / "export.csv") as temporary:
            seen.append(stat.S_IMODE(temporary.stat().st_mode))
            assert temporary.stat().st_size == 0
        assert seen == [0o600]
        target = tmp_path / "made.sqlite"
        files.create_private(target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch):
    target = tmp_path / "caseload.csv"
    target.write_bytes(b"the good export")
    real_fsync = os.fsync

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        files.write_whole(target, b"x" * 1000)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert target.read_bytes() == b"the good export"
    assert [p.name for p in tmp_path.iterdir()] == ["caseload.csv"]


@posix_only
def test_writing_onto_a_symbolic_link_replaces_the_file_it_points_to(tmp_path):
    real = tmp_path / "exports" / "caseload.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    files.write_whole(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_stale_partials_are_removed_and_nothing_else(tmp_path):
    (tmp_path / (files.PARTIAL_PREFIX + "abc.tmp")).write_bytes(b"half a backup")
    (tmp_path / "caseload.sqlite").write_bytes(b"keep me")
    assert files.remove_stale_partials(tmp_path) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["caseload.sqlite"]


def test_create_private_never_overwrites(tmp_path):
    target = tmp_path / "there.sqlite"
    target.write_bytes(b"data")
    with pytest.raises(FileExistsError):
        files.create_private(target)
    assert target.read_bytes() == b"data"
