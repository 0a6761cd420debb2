"""Protecting the caseload with a passphrase: turning it on and off, changing the
passphrase, setting a new one with the recovery code, unlocking, and the idle lock's minutes.

Turning protection on or off converts the caseload file (storage.protection), so the caller
holds the caseload's lock and has closed its own connection first; it opens the caseload
again afterwards (with the key these operations return). Changing the passphrase only
rewrites the key file and the key copies beside the backups: the caseload stays open.

A wrong passphrase or recovery code is refused (storage.keys.WrongPassphrase,
WrongRecoveryCode) and nothing is changed. An `Unlocker` counts the tries that did not open
the caseload: after five, each further try waits half a minute (its clock is injectable,
so the wait is tested without sleeping). The key derivation itself (scrypt, about half a
second) is what makes guessing slow; the wait only stops a person at the keyboard from
trying a list quickly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from iep_desk import config
from iep_desk.app.changes import SETTINGS
from iep_desk.app.undo import OpResult
from iep_desk.core.problems import ProblemError
from iep_desk.storage import keys, protected_backup, protection
from iep_desk.storage.keys import CURRENT_COST, KeyProblem, ScryptCost
from iep_desk.storage.protected_file import is_protected
from iep_desk.storage.stores import Stores

# A passphrase shorter than this is refused when it is set (not when it is typed to open).
MIN_PASSPHRASE_LENGTH = 8
# The idle lock: minutes without a key press or a click before the window locks.
IDLE_MINUTES_SETTING = "protection.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_LIMITS = (1, 240)
# After this many tries that did not open the caseload, each further try waits.
TRIES_BEFORE_WAIT = 5
WAIT_SECONDS = 30


class ProtectionInputError(ProblemError):
    """A new passphrase that cannot be used, or a try made too soon (`.problem` says)."""


@dataclass(frozen=True, slots=True)
class Protected:
    """The caseload is protected: its key (to open it without asking again) and the recovery
    code to show once and offer to print. Never saved anywhere (repr=False)."""

    key: bytes = field(repr=False)
    recovery_code: str = field(repr=False)
    backups_protected: int = 0
    backups_left_plain: tuple[Path, ...] = ()


def key_file_path(data_dir: Path) -> Path:
    return keys.key_file_for(config.data_file(Path(data_dir)))


def caseload_is_protected(data_dir: Path) -> bool:
    """True when the caseload in `data_dir` is protected with a passphrase."""
    return is_protected(config.data_file(Path(data_dir)))


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise ProtectionInputError when `passphrase` is too short, or `repeated` (the second
    typing, when asked) differs."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ProtectionInputError("passphrase_too_short", least=MIN_PASSPHRASE_LENGTH)
    if repeated is not None and repeated != passphrase:
        raise ProtectionInputError("passphrases_differ")


def protect(data_dir: Path, *, passphrase: str, repeated: str | None = None,
            cost: ScryptCost = CURRENT_COST) -> Protected:
    """Protect the plain caseload in `data_dir` and every backup IEP Desk made of it.

    The plain caseload is kept aside until the teacher confirms that the protected one
    opened (confirm_change overwrites and removes it). Raises ProtectionInputError, or
    storage.protection.ConversionFailed / the disk problems (the caseload unchanged)."""
    check_new_passphrase(passphrase, repeated)
    turned_on = protection.turn_protection_on(data_dir, passphrase, cost=cost)
    backups = protected_backup.protect_backups(data_dir, turned_on.key, turned_on.key_file)
    return Protected(turned_on.key, turned_on.recovery_code, len(backups.protected),
                     tuple(backups.left_plain))


def unprotect(data_dir: Path, *, passphrase: str) -> Path:
    """Make the caseload plain again, once the passphrase proves it is the teacher's. Its
    backups stay protected (each with its key copy: they restore with this passphrase).
    Returns the protected copy kept aside until confirm_change. Raises WrongPassphrase
    (nothing changed), ConversionFailed, the disk problems."""
    key = keys.unlock_with_passphrase(keys.read_key_file(key_file_path(data_dir)), passphrase)
    return protection.turn_protection_off(data_dir, key).protected_copy


def confirm_change(data_dir: Path) -> None:
    """The converted caseload opened: the copy kept aside is overwritten and removed."""
    protection.remove_copy_kept_aside(data_dir)


def change_passphrase(data_dir: Path, *, old: str, new: str, repeated: str | None = None,
                      cost: ScryptCost = CURRENT_COST) -> None:
    """A new passphrase for the same key: the key file and every key copy beside the backups
    of this key are rewritten; the caseload is not re-encrypted (it may stay open). Raises
    ProtectionInputError, WrongPassphrase (nothing changed), OSError."""
    check_new_passphrase(new, repeated)
    content = keys.change_passphrase(keys.read_key_file(key_file_path(data_dir)), old, new,
                                     cost=cost)
    _write_key_file(data_dir, content)


def set_passphrase_with_recovery_code(data_dir: Path, *, recovery_code: str, new: str,
                                      repeated: str | None = None,
                                      cost: ScryptCost = CURRENT_COST) -> bytes:
    """A forgotten passphrase replaced: the recovery code unwraps the key, the new
    passphrase wraps it (the code keeps working). Returns the key, so the caseload opens at
    once. Raises ProtectionInputError, WrongRecoveryCode (nothing changed), OSError."""
    check_new_passphrase(new, repeated)
    content = keys.set_passphrase_with_recovery_code(
        keys.read_key_file(key_file_path(data_dir)), recovery_code, new, cost=cost)
    _write_key_file(data_dir, content)
    return keys.unlock_with_passphrase(content, new)


def backup_needs_its_passphrase(backup: Path, key: bytes | None) -> bool:
    """True when `backup` is protected with a key other than `key` (the open caseload's;
    None when it is plain): only the passphrase it had when it was saved opens it. A backup
    whose key copy is missing or damaged counts too (backup_key then says what is wrong)."""
    if not is_protected(Path(backup)):
        return False
    if key is None:
        return True
    try:
        content = keys.read_key_file(keys.key_file_for(Path(backup)))
        return keys.key_id_of(content) != keys.key_id(key)
    except (OSError, KeyProblem):
        return True


def backup_key(backup: Path, passphrase: str) -> bytes:
    """The key of a protected backup, unwrapped with `passphrase` from the key copy saved
    beside it. Raises WrongPassphrase, MissingKeyFile, DamagedKeyFile; OSError."""
    return keys.unlock_with_passphrase(keys.read_key_file(keys.key_file_for(Path(backup))),
                                       passphrase)


def _write_key_file(data_dir: Path, content: bytes) -> None:
    keys.write_key_file(key_file_path(data_dir), content)
    protected_backup.refresh_key_copies(data_dir, content)


@dataclass
class Unlocker:
    """Unlocks a protected caseload with its passphrase, counting the tries that failed.

    After TRIES_BEFORE_WAIT tries that did not open it, each further try must wait
    WAIT_SECONDS after the one before (ProtectionInputError "wait_before_trying", no
    derivation made). A try that opens it starts the count afresh. `clock` gives seconds
    (time.monotonic; tests give their own)."""

    data_dir: Path
    clock: Callable[[], float] = time.monotonic
    failed: int = 0
    next_try_at: float = 0.0

    def seconds_to_wait(self) -> int:
        """Whole seconds before the next try is allowed (0: now)."""
        left = self.next_try_at - self.clock()
        return max(0, int(left + 0.999))

    def unlock(self, passphrase: str) -> bytes:
        """The caseload's key. Raises ProtectionInputError (wait), WrongPassphrase,
        DamagedKeyFile, MissingKeyFile, NewerDataFile."""
        return self._try(lambda content: keys.unlock_with_passphrase(content, passphrase))

    def unlock_with_recovery_code(self, recovery_code: str, new_passphrase: str,
                                  repeated: str | None = None, *,
                                  cost: ScryptCost = CURRENT_COST) -> bytes:
        """Set a new passphrase with the recovery code (counted like a passphrase's try);
        the caseload's key."""
        check_new_passphrase(new_passphrase, repeated)
        self._refuse_if_waiting()
        try:
            key = set_passphrase_with_recovery_code(
                self.data_dir, recovery_code=recovery_code, new=new_passphrase, cost=cost)
        except KeyProblem:
            self._failed()
            raise
        self.failed = 0
        return key

    def _try(self, unwrap: Callable[[bytes], bytes]) -> bytes:
        self._refuse_if_waiting()
        content = keys.read_key_file(key_file_path(self.data_dir))
        try:
            key = unwrap(content)
        except KeyProblem:
            self._failed()
            raise
        self.failed = 0
        return key

    def _refuse_if_waiting(self) -> None:
        seconds = self.seconds_to_wait()
        if seconds > 0:
            raise ProtectionInputError("wait_before_trying", seconds=seconds)

    def _failed(self) -> None:
        self.failed += 1
        if self.failed >= TRIES_BEFORE_WAIT:
            self.next_try_at = self.clock() + WAIT_SECONDS


# -- the idle lock's minutes, a setting of the caseload ------------------------------------------

def idle_minutes(stores: Stores) -> int:
    """Minutes without input before the window locks (10 unless the teacher chose)."""
    value = stores.settings.get(IDLE_MINUTES_SETTING, DEFAULT_IDLE_MINUTES)
    low, high = IDLE_MINUTES_LIMITS
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return DEFAULT_IDLE_MINUTES
    return value


def set_idle_minutes(stores: Stores, *, minutes: int) -> OpResult:
    low, high = IDLE_MINUTES_LIMITS
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise ProtectionInputError("number_out_of_range", low=low, high=high)
    stores.settings.set(IDLE_MINUTES_SETTING, minutes)
    return OpResult(SETTINGS)
