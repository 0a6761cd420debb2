"""The protection operations on a real caseload: protect (every row kept, the recovery code
given), unprotect, change the passphrase, a new passphrase with the recovery code, wrong
passphrases and codes refused with nothing changed, the wait after five wrong tries (a
clock set by the test), and the idle lock's minutes."""

from __future__ import annotations

import shutil

import pytest

from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.app.protection import ProtectionInputError, Unlocker
from iep_desk.storage import keys
from iep_desk.storage.backup import make_backup
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.database import open_database
from iep_desk.storage.keys import WrongPassphrase, WrongRecoveryCode
from iep_desk.storage.protected_file import is_protected, starts_like_sqlite
from iep_desk.storage.stores import Stores
from tests.storage.protected_caseload import (
    FAST,
    PASSPHRASE,
    every_row,
    plain_rows,
    secrets_in,
    write_plain_caseload,
)

NEW_PASSPHRASE = "a heron on one leg at dawn"


@pytest.fixture(scope="module")
def written_once(tmp_path_factory):
    path = write_plain_caseload(tmp_path_factory.mktemp("written") / "data")
    return path, plain_rows(path)


@pytest.fixture
def plain(data_dir, written_once):
    source, rows = written_once
    config.ensure_private_dir(data_dir)
    shutil.copyfile(source, config.data_file(data_dir))
    return data_dir, rows


@pytest.fixture
def protected(plain):
    data_dir, rows = plain
    result = app_protection.protect(data_dir, passphrase=PASSPHRASE, cost=FAST)
    app_protection.confirm_change(data_dir)
    return data_dir, result, rows


def rows_with(data_dir, key) -> dict:
    db = open_database(data_dir, key=key)
    try:
        return every_row(db.conn)
    finally:
        db.close()


def test_protect_keeps_every_row_protects_the_backups_and_gives_a_recovery_code(plain):
    data_dir, rows = plain
    store = open_caseload(data_dir)
    try:
        backup = make_backup(store.db.conn, data_dir)
    finally:
        store.db.close()
    assert secrets_in(backup.path)  # plain before
    result = app_protection.protect(data_dir, passphrase=PASSPHRASE, repeated=PASSPHRASE,
                                    cost=FAST)
    assert app_protection.caseload_is_protected(data_dir)
    assert keys.normalize_recovery_code(result.recovery_code) is not None
    assert result.backups_protected == 1 and is_protected(backup.path)
    assert secrets_in(backup.path) == []
    assert rows_with(data_dir, result.key) == rows
    # The plain copy is kept aside until the teacher confirms, then removed.
    kept = data_dir / "caseload.before-protection.sqlite"
    assert kept.is_file()
    app_protection.confirm_change(data_dir)
    assert not kept.exists()
    assert all(secrets_in(path) == [] for path in data_dir.rglob("*") if path.is_file())


@pytest.mark.parametrize(("typed", "repeated", "code"), [
    ("short", None, "passphrase_too_short"),
    (PASSPHRASE, PASSPHRASE + "!", "passphrases_differ"),
])
def test_a_passphrase_that_cannot_be_used_changes_nothing(plain, typed, repeated, code):
    data_dir, rows = plain
    with pytest.raises(ProtectionInputError) as refused:
        app_protection.protect(data_dir, passphrase=typed, repeated=repeated, cost=FAST)
    assert refused.value.code == code
    assert not app_protection.caseload_is_protected(data_dir)
    assert plain_rows(config.data_file(data_dir)) == rows


def test_unprotect_needs_the_passphrase_and_gives_back_every_row(protected):
    data_dir, _result, rows = protected
    with pytest.raises(WrongPassphrase):
        app_protection.unprotect(data_dir, passphrase="not the one at all")
    assert app_protection.caseload_is_protected(data_dir)
    app_protection.unprotect(data_dir, passphrase=PASSPHRASE)
    assert starts_like_sqlite(config.data_file(data_dir))
    assert plain_rows(config.data_file(data_dir)) == rows
    app_protection.confirm_change(data_dir)
    assert not app_protection.key_file_path(data_dir).exists()


def test_change_passphrase_rewraps_the_key_and_the_backups_key_copies(protected):
    data_dir, result, rows = protected
    store = open_caseload(data_dir, key=result.key)
    try:
        backup = make_backup(store.db.conn, data_dir)
    finally:
        store.db.close()
    data_file = config.data_file(data_dir)
    before = data_file.read_bytes()
    with pytest.raises(WrongPassphrase):
        app_protection.change_passphrase(data_dir, old="wrong wrong wrong", new=NEW_PASSPHRASE,
                                         cost=FAST)
    app_protection.change_passphrase(data_dir, old=PASSPHRASE, new=NEW_PASSPHRASE,
                                     repeated=NEW_PASSPHRASE, cost=FAST)
    assert data_file.read_bytes() == before  # not re-encrypted
    unlocker = Unlocker(data_dir)
    with pytest.raises(WrongPassphrase):
        unlocker.unlock(PASSPHRASE)
    assert unlocker.unlock(NEW_PASSPHRASE) == result.key
    copy = keys.key_file_for(backup.path).read_bytes()
    assert keys.unlock_with_passphrase(copy, NEW_PASSPHRASE) == result.key
    assert rows_with(data_dir, result.key) == rows


def test_the_recovery_code_sets_a_new_passphrase_and_a_wrong_code_is_refused(protected):
    data_dir, result, rows = protected
    key_file = app_protection.key_file_path(data_dir)
    before = key_file.read_bytes()
    wrong = keys.make_recovery_code()
    unlocker = Unlocker(data_dir)
    with pytest.raises(WrongRecoveryCode):
        unlocker.unlock_with_recovery_code(wrong, NEW_PASSPHRASE, cost=FAST)
    with pytest.raises(WrongRecoveryCode):
        unlocker.unlock_with_recovery_code("not a code", NEW_PASSPHRASE, cost=FAST)
    assert key_file.read_bytes() == before
    typed = result.recovery_code.lower().replace("-", " ")  # as a teacher may type it
    key = unlocker.unlock_with_recovery_code(typed, NEW_PASSPHRASE, NEW_PASSPHRASE, cost=FAST)
    assert key == result.key
    assert Unlocker(data_dir).unlock(NEW_PASSPHRASE) == result.key
    with pytest.raises(WrongPassphrase):
        Unlocker(data_dir).unlock(PASSPHRASE)
    # The code keeps working (it is still on paper).
    assert keys.unlock_with_recovery_code(key_file.read_bytes(), result.recovery_code) == key
    assert rows_with(data_dir, key) == rows


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_after_five_wrong_tries_each_further_try_waits(protected):
    data_dir, result, _rows = protected
    clock = Clock()
    unlocker = Unlocker(data_dir, clock=clock)
    for _ in range(app_protection.TRIES_BEFORE_WAIT):
        assert unlocker.seconds_to_wait() == 0
        with pytest.raises(WrongPassphrase):
            unlocker.unlock("guess guess guess")
    assert unlocker.seconds_to_wait() == app_protection.WAIT_SECONDS
    with pytest.raises(ProtectionInputError) as waiting:
        unlocker.unlock(PASSPHRASE)  # even the right one waits
    assert waiting.value.code == "wait_before_trying"
    assert waiting.value.values["seconds"] == app_protection.WAIT_SECONDS
    clock.now += 10
    assert unlocker.seconds_to_wait() == app_protection.WAIT_SECONDS - 10
    clock.now += app_protection.WAIT_SECONDS
    with pytest.raises(WrongPassphrase):
        unlocker.unlock("guess guess guess")  # a sixth wrong try: waits again
    assert unlocker.seconds_to_wait() == app_protection.WAIT_SECONDS
    clock.now += app_protection.WAIT_SECONDS
    assert unlocker.unlock(PASSPHRASE) == result.key
    assert unlocker.failed == 0 and unlocker.seconds_to_wait() == 0


def test_idle_minutes_are_ten_unless_chosen(store):
    stores = Stores(store.db)
    assert app_protection.idle_minutes(stores) == 10
    app_protection.set_idle_minutes(stores, minutes=3)
    assert app_protection.idle_minutes(stores) == 3
    for wrong in (0, 10_000, True):
        with pytest.raises(ProtectionInputError) as refused:
            app_protection.set_idle_minutes(stores, minutes=wrong)
        assert refused.value.code == "number_out_of_range"
    assert app_protection.idle_minutes(stores) == 3
