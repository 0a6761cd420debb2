"""The caseload's key: wrapped by the passphrase and by the recovery code, in a key file that
holds neither, is owner-only from its first byte, and tells a wrong passphrase from damage."""

from __future__ import annotations

import base64
import json
import os
import stat
import sys
import tempfile

import pytest

from iep_desk.storage import files, keys
from iep_desk.storage.errors import NewerDataFile

from .protected_caseload import FAST, PASSPHRASE

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="Windows has no file modes")


@pytest.fixture(scope="module")
def made():
    return keys.new_protection(PASSPHRASE, cost=FAST)


def edited(content: bytes, change) -> bytes:
    data = json.loads(content)
    change(data)
    return json.dumps(data).encode()


def flipped_base64(value: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_the_passphrase_and_the_recovery_code_each_unwrap_the_same_random_key(made):
    assert len(made.key) == 32
    assert keys.unlock_with_passphrase(made.key_file, PASSPHRASE) == made.key
    assert keys.unlock_with_recovery_code(made.key_file, made.recovery_code) == made.key
    # Typed as a teacher may type it from paper: lower case, spaces instead of dashes.
    typed = made.recovery_code.lower().replace("-", " ")
    assert keys.unlock_with_recovery_code(made.key_file, typed) == made.key
    other = keys.new_protection(PASSPHRASE, cost=FAST)
    assert other.key != made.key and other.recovery_code != made.recovery_code


def test_a_recovery_code_is_8_groups_of_4_characters_that_cannot_be_confused():
    codes = {keys.make_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert [len(g) for g in groups] == [4] * 8
        assert set("".join(groups)) <= set(keys.RECOVERY_ALPHABET)
    assert len(keys.RECOVERY_ALPHABET) == 16  # 32 characters of 4 bits: 128 bits
    look_alikes = ["0O", "0Q", "0D", "1I", "1L", "IL", "5S", "8B", "2Z", "6G", "UV", "MN", "7T"]
    assert not [pair for pair in look_alikes if set(pair) <= set(keys.RECOVERY_ALPHABET)]
    assert not set(keys.RECOVERY_ALPHABET) & set("AEIOUY")  # no vowels: it never spells words


def test_the_key_file_holds_no_passphrase_no_key_and_no_recovery_code(made):
    content = made.key_file
    code = made.recovery_code.replace("-", "")
    for secret in (PASSPHRASE.encode(), made.key, made.key.hex().encode(),
                   base64.b64encode(made.key), made.recovery_code.encode(), code.encode()):
        assert secret not in content
    parsed = json.loads(content)
    assert parsed["format"] == "IEP Desk caseload key" and parsed["version"] == 1
    assert parsed["passphrase"]["log2_n"] == FAST.log2_n
    assert "NewProtection(" in repr(made) and made.recovery_code not in repr(made)


def test_a_wrong_passphrase_and_a_wrong_recovery_code_are_refused(made):
    with pytest.raises(keys.WrongPassphrase) as wrong:
        keys.unlock_with_passphrase(made.key_file, PASSPHRASE + " ")
    assert wrong.value.code == "wrong_passphrase"
    assert wrong.value.message == keys.WrongPassphrase().message  # the same words every time
    other_code = keys.new_protection("x", cost=FAST).recovery_code
    for typed in (other_code, made.recovery_code[:-1], made.recovery_code + "2",
                  made.recovery_code.replace(made.recovery_code[0], "0"), ""):
        with pytest.raises(keys.WrongRecoveryCode) as refused:
            keys.unlock_with_recovery_code(made.key_file, typed)
        assert refused.value.code == "wrong_recovery_code"
    # The recovery code is not a passphrase, nor the passphrase a recovery code.
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock_with_passphrase(made.key_file, made.recovery_code)


def test_a_changed_passphrase_opens_the_same_key_and_the_old_one_no_longer_does(made):
    changed = keys.change_passphrase(made.key_file, PASSPHRASE, "a new one, longer")
    assert keys.unlock_with_passphrase(changed, "a new one, longer") == made.key
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock_with_passphrase(changed, PASSPHRASE)
    assert keys.unlock_with_recovery_code(changed, made.recovery_code) == made.key
    assert keys.key_id_of(changed) == keys.key_id_of(made.key_file) == keys.key_id(made.key)
    with pytest.raises(keys.WrongPassphrase):
        keys.change_passphrase(made.key_file, "not it", "whatever")
    with pytest.raises(ValueError):
        keys.change_passphrase(made.key_file, PASSPHRASE, "")


def test_the_recovery_code_sets_a_new_passphrase(made):
    renewed = keys.set_passphrase_with_recovery_code(made.key_file, made.recovery_code,
                                                     "remembered this time")
    assert keys.unlock_with_passphrase(renewed, "remembered this time") == made.key
    with pytest.raises(keys.WrongPassphrase):
        keys.unlock_with_passphrase(renewed, PASSPHRASE)
    with pytest.raises(keys.WrongRecoveryCode):
        keys.set_passphrase_with_recovery_code(made.key_file, keys.make_recovery_code(), "x")


def test_a_new_recovery_code_replaces_the_old_one(made):
    code, content = keys.new_recovery_code(made.key_file, PASSPHRASE)
    assert keys.unlock_with_recovery_code(content, code) == made.key
    with pytest.raises(keys.WrongRecoveryCode):
        keys.unlock_with_recovery_code(content, made.recovery_code)
    assert keys.unlock_with_passphrase(content, PASSPHRASE) == made.key


def test_a_passphrase_typed_in_another_unicode_form_opens_the_same_key():
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    content = keys.new_protection(composed, cost=FAST).key_file
    assert keys.unlock_with_passphrase(content, decomposed)


def test_stored_parameters_open_the_file_and_a_rewrap_uses_the_current_ones(made):
    # A key file keeps opening with the cost it was written with; raising the cost later
    # applies to the next rewrap only.
    stronger = keys.ScryptCost(log2_n=FAST.log2_n + 1, r=8, p=1)
    changed = keys.change_passphrase(made.key_file, PASSPHRASE, "next", cost=stronger)
    parsed = json.loads(changed)
    assert parsed["passphrase"]["log2_n"] == stronger.log2_n
    assert parsed["recovery_code"]["log2_n"] == FAST.log2_n
    assert keys.unlock_with_passphrase(changed, "next") == made.key


def test_the_default_cost_is_memory_hard():
    # OWASP's minimum for scrypt; the time it takes is measured in the benchmark.
    assert keys.CURRENT_COST.log2_n >= 17 and keys.CURRENT_COST.r >= 8
    assert keys.CURRENT_COST.memory_bytes >= 128 * 1024 * 1024


DAMAGE = {
    "not JSON": lambda c: c[: len(c) // 2],
    "not UTF-8": lambda c: b"\xff\xfe" + c,
    "another format": lambda c: edited(c, lambda d: d.update(format="something else")),
    "no key_id": lambda c: edited(c, lambda d: d.pop("key_id")),
    "key_id changed": lambda c: edited(c, lambda d: d.update(key_id="0" * 16)),
    "no passphrase wrap": lambda c: edited(c, lambda d: d.pop("passphrase")),
    "unknown cipher": lambda c: edited(c, lambda d: d["passphrase"].update(cipher="ROT13")),
    "short nonce": lambda c: edited(c, lambda d: d["passphrase"].update(nonce="AAAA")),
    "not base64": lambda c: edited(c, lambda d: d["passphrase"].update(salt="!!not base64!!")),
    "cost as text": lambda c: edited(c, lambda d: d["passphrase"].update(log2_n="17")),
    # Would take minutes and gigabytes: refused, never derived.
    "huge cost": lambda c: edited(c, lambda d: d["passphrase"].update(log2_n=40)),
    "wrapped key changed": lambda c: edited(c, lambda d: d["passphrase"].update(
        wrapped_key=flipped_base64(d["passphrase"]["wrapped_key"], 5))),
    "nonce changed": lambda c: edited(c, lambda d: d["passphrase"].update(
        nonce=flipped_base64(d["passphrase"]["nonce"]))),
    "recovery wrap pasted in": lambda c: edited(c, lambda d: d.update(
        passphrase=dict(d["recovery_code"], check=d["passphrase"]["check"],
                        salt=d["passphrase"]["salt"]))),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_key_file_is_told_apart_from_a_wrong_passphrase(made, damage):
    damaged = DAMAGE[damage](made.key_file)
    with pytest.raises(keys.DamagedKeyFile) as problem:
        keys.unlock_with_passphrase(damaged, PASSPHRASE)
    assert problem.value.code == "damaged_key_file"
    assert problem.value.technical  # what is wrong, for the IT team
    assert PASSPHRASE not in str(problem.value)


def test_where_the_two_cannot_be_told_apart_it_says_wrong_passphrase(made):
    # A changed salt or check derives another check: the same as a wrong passphrase.
    for field in ("salt", "check"):
        damaged = edited(made.key_file, lambda d, f=field: d["passphrase"].update(
            {f: flipped_base64(d["passphrase"][f])}))
        with pytest.raises(keys.WrongPassphrase):
            keys.unlock_with_passphrase(damaged, PASSPHRASE)
    # The recovery wrap is separate: it still opens the key.
    assert keys.unlock_with_recovery_code(damaged, made.recovery_code) == made.key


def test_a_key_file_from_a_newer_version_is_refused_as_newer(made):
    newer = edited(made.key_file, lambda d: d.update(version=2))
    with pytest.raises(NewerDataFile):
        keys.unlock_with_passphrase(newer, PASSPHRASE)


def test_a_missing_key_file_says_so(tmp_path):
    with pytest.raises(keys.MissingKeyFile) as missing:
        keys.read_key_file(tmp_path / "caseload.key")
    assert missing.value.code == "missing_key_file" and "caseload.key" in missing.value.message


def test_a_damaged_content_is_never_written(tmp_path, made):
    with pytest.raises(keys.DamagedKeyFile):
        keys.write_key_file(tmp_path / "caseload.key", made.key_file[:-20])
    assert not (tmp_path / "caseload.key").exists()


@posix_only
def test_the_key_file_is_owner_only_from_its_first_byte(tmp_path, made, monkeypatch):
    seen = []
    real_mkstemp = tempfile.mkstemp

    def watching_mkstemp(*args, **kwargs):
        handle, name = real_mkstemp(*args, **kwargs)
        seen.append((stat.S_IMODE(os.stat(name).st_mode), os.stat(name).st_size))
        return handle, name

    monkeypatch.setattr(files.tempfile, "mkstemp", watching_mkstemp)
    old = os.umask(0o022)  # as on many shared machines
    try:
        path = keys.key_file_for(tmp_path / "caseload.sqlite")
        keys.write_key_file(path, made.key_file)
    finally:
        os.umask(old)
    assert path.name == "caseload.key"
    assert seen == [(0o600, 0)]  # owner-only while still empty
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.read_key_file(path) == made.key_file
