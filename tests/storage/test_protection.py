"""A protected caseload: converted on and off without losing a row, unreadable without its
key (the file, its write-ahead log, the key file), recognised as protected and never as
damaged, and a damaged protected file never read as if it were whole."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import keys, protection
from iep_desk.storage.protected_file import (
    DamagedProtectedCaseload,
    ProtectedCaseloadUnreadable,
    check_protected,
    is_protected,
    open_protected,
    starts_like_sqlite,
)

from .protected_caseload import (
    FAST,
    PASSPHRASE,
    SECRET_WORDS,
    add_secrets,
    every_row,
    plain_rows,
    secrets_in,
    store_on,
    write_plain_caseload,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    """The plain caseload, written once for this module's tests (each gets its own copy)."""
    path = write_plain_caseload(tmp_path_factory.mktemp("written") / "data")
    return path, plain_rows(path)


@pytest.fixture
def plain(data_dir, written_once):
    """The data folder with a plain caseload, and every row it holds."""
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    return data_dir, rows


@pytest.fixture
def protected(plain):
    """The data folder with the same caseload protected (the plain copy removed), the
    conversion's result, and the rows it held before."""
    data_dir, rows = plain
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    protection.remove_copy_kept_aside(data_dir)
    return data_dir, result, rows


def rows_of_protected(path: Path, key: bytes) -> dict:
    conn = open_protected(path, key, read_only=True)
    try:
        return every_row(conn)
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_plain_caseload_holds_the_names_the_tests_look_for(plain):
    # The grep below would prove nothing if the names were never written.
    data_dir, _rows = plain
    assert secrets_in(config.data_file(data_dir)) == SECRET_WORDS


def test_turning_protection_on_keeps_every_row_and_hides_every_name(plain):
    data_dir, before = plain
    data_file = config.data_file(data_dir)
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    assert is_protected(data_file) and not starts_like_sqlite(data_file)
    assert secrets_in(data_file) == []
    assert secrets_in(keys.key_file_for(data_file)) == []
    key = keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(data_file)),
                                      PASSPHRASE)
    assert key == result.key
    assert rows_of_protected(data_file, key) == before
    assert sum(len(rows) for rows in before["rows"].values()) > 100  # a real caseload
    # The plain caseload is kept aside, byte for byte, until the teacher confirms.
    assert result.plain_copy == data_dir / protection.PLAIN_COPY_NAME
    assert protection.copy_kept_aside(data_dir) == result.plain_copy
    assert plain_rows(result.plain_copy) == before


def test_turning_protection_off_gives_back_every_row(protected):
    data_dir, result, before = protected
    data_file = config.data_file(data_dir)
    turned_off = protection.turn_protection_off(data_dir, result.key)
    assert starts_like_sqlite(data_file) and not is_protected(data_file)
    assert plain_rows(data_file) == before
    # The protected caseload and its key file are kept aside together until confirmed.
    assert turned_off.protected_copy == data_dir / protection.PROTECTED_COPY_NAME
    assert keys.key_file_for(turned_off.protected_copy).is_file()
    assert not keys.key_file_for(data_file).exists()
    assert rows_of_protected(turned_off.protected_copy, result.key) == before
    protection.remove_copy_kept_aside(data_dir)
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == ["caseload.sqlite"]


def test_a_protected_caseload_is_edited_through_the_real_store_and_its_log_is_encrypted(
        protected):
    data_dir, result, _before = protected
    data_file = config.data_file(data_dir)
    conn = open_protected(data_file, result.key)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        store = store_on(conn)
        for number in range(5):
            add_secrets(store, number)
        wal = Path(str(data_file) + "-wal")
        # Committed edits wait in the log until a checkpoint: it holds them now.
        assert wal.stat().st_size > 0
        written = [p for p in data_dir.iterdir() if p.is_file()]
        assert {p.name for p in written} >= {"caseload.sqlite", "caseload.sqlite-wal",
                                             "caseload.key"}
        for path in written:
            assert secrets_in(path) == [], path.name
        assert store.count_students() == len(store.list_students()) >= 12
    finally:
        conn.close()
    assert secrets_in(data_file) == []


def test_a_changed_passphrase_opens_without_re_encrypting_the_caseload(protected):
    data_dir, _result, before = protected
    data_file = config.data_file(data_dir)
    key_path = keys.key_file_for(data_file)
    unchanged = digest(data_file)
    keys.write_key_file(key_path, keys.change_passphrase(
        keys.read_key_file(key_path), PASSPHRASE, "a brand new passphrase", cost=FAST))
    assert digest(data_file) == unchanged
    content = keys.read_key_file(key_path)
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock_with_passphrase(content, PASSPHRASE)
    key = keys.unlock_with_passphrase(content, "a brand new passphrase")
    assert rows_of_protected(data_file, key) == before


def test_the_recovery_code_sets_a_new_passphrase_that_opens_the_caseload(protected):
    data_dir, result, before = protected
    key_path = keys.key_file_for(config.data_file(data_dir))
    with pytest.raises(keys.WrongRecoveryCode):
        keys.set_passphrase_with_recovery_code(keys.read_key_file(key_path),
                                               keys.make_recovery_code(), "never set")
    keys.write_key_file(key_path, keys.set_passphrase_with_recovery_code(
        keys.read_key_file(key_path), result.recovery_code, "found my notebook", cost=FAST))
    key = keys.unlock_with_passphrase(keys.read_key_file(key_path), "found my notebook")
    assert rows_of_protected(config.data_file(data_dir), key) == before


def test_a_protected_file_is_recognised_without_its_key_and_never_called_damaged(protected):
    data_dir, _result, _before = protected
    data_file = config.data_file(data_dir)
    assert is_protected(data_file)
    # Without its key file the same bytes are not claimed to be a protected caseload.
    key_path = keys.key_file_for(data_file)
    key_path.rename(data_dir / "elsewhere.key")
    assert not is_protected(data_file)
    (data_dir / "elsewhere.key").rename(key_path)
    assert not is_protected(data_dir / "no such file.sqlite")
    empty = data_dir / "empty.sqlite"
    empty.write_bytes(b"")
    keys.key_file_for(empty).write_bytes(b"{}")
    assert not is_protected(empty)


def test_recognising_a_plain_caseload_needs_no_sqlcipher(plain):
    # SQLCipher is an optional part of an install: a plain caseload opens without it.
    data_dir, _rows = plain
    code = ("import sys; from pathlib import Path\n"
            "from iep_desk.storage.protected_file import is_protected\n"
            f"assert not is_protected(Path({str(config.data_file(data_dir))!r}))\n"
            "print(sorted(m for m in ('sqlcipher3',) if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_another_caseloads_key_does_not_open_it(protected, tmp_path):
    data_dir, _result, _before = protected
    other = protection.turn_protection_on(write_plain_caseload(tmp_path / "other").parent,
                                          "other", cost=FAST)
    with pytest.raises(ProtectedCaseloadUnreadable) as refused:
        open_protected(config.data_file(data_dir), other.key)
    assert "key file" in refused.value.message and "damaged" in refused.value.message


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))


def open_and_check(path: Path, key: bytes) -> None:
    conn = open_protected(path, key, read_only=True, leave_no_trace=True)
    try:
        check_protected(conn, path, thorough=True)
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            conn.execute(f'SELECT * FROM "{name}"').fetchall()
    finally:
        conn.close()


def test_a_flipped_byte_in_any_page_is_refused_never_read(protected):
    data_dir, result, _before = protected
    data_file = config.data_file(data_dir)
    original = data_file.read_bytes()
    page = 4096  # SQLCipher 4's page size
    pages = len(original) // page
    assert pages > 20
    offsets = [5, 40, 100] + [number * page + (number * 97) % page for number in range(1, pages)]
    for offset in offsets:
        data_file.write_bytes(original)
        flip(data_file, offset)
        damaged = data_file.read_bytes()
        with pytest.raises((ProtectedCaseloadUnreadable, DamagedProtectedCaseload)) as refused:
            open_and_check(data_file, result.key)
        if offset >= page:  # past the first page: the key opened the file, a page failed
            assert isinstance(refused.value, DamagedProtectedCaseload), offset
        assert data_file.read_bytes() == damaged  # looking changed nothing
        assert is_protected(data_file)  # still recognised as protected, not as foreign
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == [
        "caseload.key", "caseload.sqlite"]  # inspecting left no -wal or -shm behind


def test_a_truncated_protected_file_is_refused(protected):
    data_dir, result, _before = protected
    data_file = config.data_file(data_dir)
    data = data_file.read_bytes()
    data_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DamagedProtectedCaseload):
        open_and_check(data_file, result.key)


def test_protection_is_refused_when_it_cannot_apply(plain, tmp_path):
    data_dir, before = plain
    with pytest.raises(protection.ConversionFailed):
        protection.turn_protection_on(tmp_path / "nothing here", PASSPHRASE, cost=FAST)
    with pytest.raises(protection.ConversionFailed):
        protection.turn_protection_off(data_dir, bytes(32))  # not protected
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    # The plain copy is still kept aside: no second change until the teacher confirmed.
    with pytest.raises(protection.ConversionFailed) as kept:
        protection.turn_protection_off(data_dir, result.key)
    assert protection.PLAIN_COPY_NAME in kept.value.message
    protection.remove_copy_kept_aside(data_dir)
    with pytest.raises(protection.ConversionFailed):
        protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)  # already protected
    with pytest.raises(ProtectedCaseloadUnreadable):
        protection.turn_protection_off(data_dir, bytes(32))  # not its key
    assert rows_of_protected(config.data_file(data_dir), result.key) == before


def test_a_log_left_by_a_crash_is_carried_into_the_protected_caseload(plain):
    data_dir, _before = plain
    data_file = config.data_file(data_dir)
    # A copy that crashed leaves committed edits in the -wal, not yet in the file.
    script = ("import os, sys\n"
              "from iep_desk.storage.caseload import open_caseload\n"
              "from iep_desk.core.models import Student\n"
              "store = open_caseload(sys.argv[1])\n"
              "store.add_student(Student('Kept', 'FromTheLog'))\n"
              "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", script, str(data_dir)], check=True,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert Path(str(data_file) + "-wal").stat().st_size > 0
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    assert not Path(str(data_file) + "-wal").exists()
    conn = open_protected(data_file, result.key)
    try:
        names = [s.legal_last_name for s in store_on(conn).list_students()]
    finally:
        conn.close()
    assert "FromTheLog" in names


class Killed(BaseException):
    """Stands for the process dying: nothing after it runs, no undo."""


@pytest.mark.parametrize("turning", ["on", "off"])
@pytest.mark.parametrize("killed_at_move", [1, 2, 3])
def test_a_change_cut_short_at_any_move_is_put_right(protected, monkeypatch, turning,
                                                     killed_at_move):
    data_dir, result, before = protected
    data_file = config.data_file(data_dir)
    if turning == "on":
        protection.turn_protection_off(data_dir, result.key)
        protection.remove_copy_kept_aside(data_dir)
    real_replace = os.replace
    moves = []

    def dying_replace(source, target):
        moves.append(Path(target).name)
        if len(moves) == killed_at_move:
            raise Killed()
        real_replace(source, target)

    monkeypatch.setattr(protection.os, "replace", dying_replace)
    with pytest.raises(Killed):
        if turning == "on":
            protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
        else:
            protection.turn_protection_off(data_dir, result.key)
    monkeypatch.setattr(protection.os, "replace", real_replace)
    # The moves: on (the key file written whole, the caseload aside, the copy in its place);
    # off (the caseload aside, the copy in its place, the key file to go with the aside).
    left_in_between = {("on", 3), ("off", 2), ("off", 3)}
    assert protection.finish_interrupted_change(data_dir) == (
        (turning, killed_at_move) in left_in_between)
    assert protection.finish_interrupted_change(data_dir) is False  # nothing left to do
    # Whatever step it died at, the caseload opens, whole, and matches what is beside it.
    assert data_file.is_file()
    if is_protected(data_file):
        key = keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(data_file)),
                                          PASSPHRASE)
        assert rows_of_protected(data_file, key) == before
    else:
        assert plain_rows(data_file) == before
    aside = protection.copy_kept_aside(data_dir)
    if aside is not None and aside.name == protection.PROTECTED_COPY_NAME:
        assert keys.key_file_for(aside).is_file()
        assert rows_of_protected(aside, result.key) == before


def test_a_move_that_fails_is_undone(plain, monkeypatch):
    data_dir, before = plain
    data_file = config.data_file(data_dir)
    real_replace = os.replace
    calls = []

    def failing_second(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied")
        real_replace(source, target)

    monkeypatch.setattr(protection.os, "replace", failing_second)
    with pytest.raises(protection.ConversionFailed):
        protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    assert starts_like_sqlite(data_file) and plain_rows(data_file) == before
    assert protection.copy_kept_aside(data_dir) is None
    assert not [p for p in data_dir.iterdir() if p.name.startswith(".iep-desk-partial")]


def test_the_plain_copy_is_overwritten_before_it_is_removed(plain):
    data_dir, _before = plain
    result = protection.turn_protection_on(data_dir, PASSPHRASE, cost=FAST)
    # A second name for the same bytes on disk shows what removing did to them.
    witness = data_dir.parent / "witness"
    os.link(result.plain_copy, witness)
    size = witness.stat().st_size
    assert secrets_in(witness)
    protection.remove_copy_kept_aside(data_dir)
    assert not result.plain_copy.exists()
    assert witness.read_bytes() == bytes(size)
    assert protection.copy_kept_aside(data_dir) is None


def test_a_new_student_written_while_protected_survives_turning_it_off(protected):
    data_dir, result, _before = protected
    conn = open_protected(config.data_file(data_dir), result.key)
    try:
        store_on(conn).add_student(Student("Added", "WhileLocked"))
    finally:
        conn.close()
    protection.turn_protection_off(data_dir, result.key)
    names = [row["legal_last_name"] for row in _students(config.data_file(data_dir))]
    assert "WhileLocked" in names


def _students(path: Path) -> list[dict]:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM students")]
    finally:
        conn.close()


def test_another_file_beside_a_key_file_is_refused_not_read(protected):
    # A text file, or garbage, under the caseload's name next to its key file: recognised as
    # "protected" by its first bytes, then refused when the key does not open it.
    data_dir, result, _before = protected
    data_file = config.data_file(data_dir)
    for content in (b"Name,Grade\nAna,3\n" * 400, bytes((i * 37 + 11) % 256 for i in range(8192))):
        data_file.write_bytes(content)
        assert is_protected(data_file)
        with pytest.raises(ProtectedCaseloadUnreadable):
            open_and_check(data_file, result.key)
        assert data_file.read_bytes() == content
