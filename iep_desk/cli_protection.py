"""The passphrase on the command line, and `iep-desk protect`, `unprotect`,
`change-passphrase`.

Every command opens a protected caseload with its passphrase, read

- from `--passphrase-file FILE`: the file's first line. On POSIX the file must be readable
  by its owner only (chmod 600): a file others may read is refused, since the passphrase
  in it would be theirs too. On Windows, where a file's access is not told by these mode
  bits, any file is accepted;
- else from the terminal, without echo (getpass).

Never from an argument or an environment variable: those show in the list of processes,
in shell history and in the environment of every program started after. With neither a
terminal nor a file (a script, a scheduled task), the command says so and exits with 1,
having changed nothing (as every command does when it cannot open the caseload).

Protection itself is in iep_desk.app.protection; the slow key derivation (about half a
second) happens once per command.
"""

from __future__ import annotations

import argparse
import getpass
import stat
import sys
from pathlib import Path

from iep_desk import config
from iep_desk.app import protection as app_protection
from iep_desk.app.protection import Unlocker, caseload_is_protected
from iep_desk.config import resolve_data_dir
from iep_desk.core.problems import ProblemError
from iep_desk.storage import keys
from iep_desk.storage.database import open_database
from iep_desk.storage.errors import DataFileError
from iep_desk.storage.keys import WrongPassphrase
from iep_desk.storage.lock import CaseloadLock, already_open_message
from iep_desk.storage.protected_file import is_protected
from iep_desk.storage.protection import turn_protection_off

EXIT_OK, EXIT_REFUSED = 0, 1
# Tries at the terminal before a command gives up (each costs a key derivation).
TERMINAL_TRIES = 3


class PassphraseUnavailable(DataFileError):
    """No passphrase could be read (no terminal and no file; a file others may read)."""


def add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    """The --passphrase-file option every subcommand has (from the `common` parent)."""
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
        help="for a caseload protected with a passphrase: read the passphrase from the first "
        "line of FILE (readable by you only) instead of typing it")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    protect = subparsers.add_parser(
        "protect", parents=[common],
        help="protect the caseload and its backups with a passphrase (shows a recovery code "
        "once)")
    protect.set_defaults(handler=run_protect)
    unprotect = subparsers.add_parser(
        "unprotect", parents=[common],
        help="make a protected caseload plain again (its backups stay protected)")
    unprotect.set_defaults(handler=run_unprotect)
    change = subparsers.add_parser(
        "change-passphrase", parents=[common],
        help="set a new passphrase (with the current one, or with --recovery-code when it is "
        "forgotten); the caseload is not re-encrypted")
    change.add_argument("--recovery-code", action="store_true",
                        help="the passphrase is forgotten: type the recovery code instead "
                        "(or give it with --passphrase-file)")
    change.add_argument("--new-passphrase-file", metavar="FILE",
                        help="read the new passphrase from the first line of FILE (readable "
                        "by you only) instead of typing it twice")
    change.set_defaults(handler=run_change_passphrase)


# -- reading a passphrase -------------------------------------------------------------------------

def read_secret_file(path: Path, *, platform: str | None = None) -> str:
    """The first line of `path`, refused (PassphraseUnavailable) when others may read the
    file on POSIX, or it cannot be read or holds nothing."""
    path = Path(path).expanduser()
    platform = platform or sys.platform
    try:
        mode = path.stat().st_mode
        if not platform.startswith("win") and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise PassphraseUnavailable(
                f"The passphrase file {path} can be read by other people on this computer, so "
                "IEP Desk does not use it. Make it readable by you only (chmod 600), then try "
                "again. Nothing was changed.")
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise PassphraseUnavailable(
            f"The passphrase file {path} cannot be read ({error.strerror or error}). Nothing "
            "was changed.") from error
    except UnicodeDecodeError as error:
        raise PassphraseUnavailable(
            f"The passphrase file {path} is not plain text. Write the passphrase on its first "
            "line in a text editor and save it as plain text (UTF-8), then try again. Nothing "
            "was changed.") from error
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise PassphraseUnavailable(f"The passphrase file {path} is empty. Nothing was changed.")
    return lines[0]


def _can_ask() -> bool:
    stdin = sys.stdin
    return stdin is not None and stdin.isatty()


def ask(prompt: str, *, what: str | None = None, option: str = "--passphrase-file") -> str:
    """A secret typed at the terminal, without echo; PassphraseUnavailable without one.
    `what` names the secret in that message ("the new passphrase"), and `option` the file
    option that gives it instead; without `what`, it is the protected caseload's passphrase."""
    if not _can_ask():
        if what is None:
            raise PassphraseUnavailable(
                "This caseload is protected with a passphrase, and there is no terminal to type "
                "it in. Run the command in a terminal, or give --passphrase-file FILE (the "
                "passphrase on its first line, the file readable by you only). Nothing was "
                "changed.")
        raise PassphraseUnavailable(
            f"There is no terminal to type {what} in. Run the command in a terminal, or give "
            f"{option} FILE ({what} on its first line, the file readable by you only). Nothing "
            "was changed.")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt) as error:
        raise PassphraseUnavailable("No passphrase was typed. Nothing was changed.") from error


def _given_file(args, name: str = "passphrase_file") -> Path | None:
    value = getattr(args, name, None)
    return Path(value) if value else None


def caseload_key(args, data_dir: Path | None = None) -> bytes | None:
    """The key of the caseload in `data_dir` when it is protected (None when it is plain),
    from --passphrase-file or typed at the terminal (up to three tries). Raises
    PassphraseUnavailable, storage.keys.KeyProblem (a wrong passphrase: said so and nothing
    else), ProtectionInputError (the wait after five wrong tries)."""
    data_dir = data_dir or resolve_data_dir(getattr(args, "data_dir", None))
    if not caseload_is_protected(data_dir):
        return None
    unlocker = Unlocker(data_dir)
    given = _given_file(args)
    if given is not None:
        return unlocker.unlock(read_secret_file(given))
    for attempt in range(TERMINAL_TRIES):
        try:
            return unlocker.unlock(ask("Passphrase of the caseload: "))
        except WrongPassphrase as error:
            if attempt == TERMINAL_TRIES - 1:
                raise
            print(error.message, file=sys.stderr)
    raise AssertionError("unreachable")


def backup_key(args, backup: Path) -> bytes | None:
    """The key of a protected backup (None when it is plain), unwrapped from the key copy
    beside it with the passphrase, as caseload_key reads it."""
    if not is_protected(backup):
        return None
    content = keys.read_key_file(keys.key_file_for(backup))
    given = _given_file(args)
    passphrase = read_secret_file(given) if given else ask("Passphrase of the backup: ",
                                                             what="the backup's passphrase")
    return keys.unlock_with_passphrase(content, passphrase)


def same_key(data_dir: Path, key: bytes) -> bool:
    """True when `key` is the key of the caseload in `data_dir` (its key file names it)."""
    try:
        content = keys.read_key_file(keys.key_file_for(config.data_file(Path(data_dir))))
    except (OSError, DataFileError):
        return False
    return keys.key_id_of(content) == keys.key_id(key)


def new_passphrase(args, name: str = "passphrase_file") -> tuple[str, str | None]:
    """A new passphrase: from the file named by option `name`, or typed twice (the second
    typing returned too, for app.protection to compare)."""
    given = _given_file(args, name)
    if given is not None:
        return read_secret_file(given), None
    option = "--" + name.replace("_", "-")
    first = ask("New passphrase: ", what="the new passphrase", option=option)
    return first, ask("The new passphrase again: ", what="the new passphrase", option=option)


def say_problem(error: Exception) -> int:
    """Print what went wrong; the exit code for it."""
    print(str(error), file=sys.stderr)
    return EXIT_REFUSED


# -- the commands ---------------------------------------------------------------------------------

def _with_lock(data_dir: Path, action) -> int:
    lock = CaseloadLock(data_dir)
    try:
        if not lock.acquire():
            print(already_open_message(data_dir, lock.holder())
                  + "\nClose IEP Desk there, then try again. Nothing was changed.",
                  file=sys.stderr)
            return EXIT_REFUSED
    except DataFileError as error:
        return say_problem(error)
    try:
        return action()
    finally:
        lock.release()


def _opens(data_dir: Path, key: bytes | None) -> None:
    """Open the converted caseload once (its checks run) and close it again."""
    open_database(data_dir, key=key).close()


def run_protect(args) -> int:
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if app_protection.caseload_is_protected(data_dir):
        print("This caseload is already protected with a passphrase. Nothing was changed.",
              file=sys.stderr)
        return EXIT_REFUSED

    def protect() -> int:
        print("Protecting the caseload encrypts it and its backups with a passphrase. You also "
              "get a recovery code, shown once. If you forget the passphrase AND lose the "
              "recovery code, nobody can open the caseload again: not you, not your IT team, "
              "not the makers of IEP Desk.", file=sys.stderr)
        try:
            passphrase, repeated = new_passphrase(args)
            app_protection.check_new_passphrase(passphrase, repeated)
            _opens(data_dir, None)  # a new folder gets its caseload; a damaged one is refused
            result = app_protection.protect(data_dir, passphrase=passphrase, repeated=repeated,
                                            cost=keys.CURRENT_COST)
            _opens(data_dir, result.key)
            app_protection.confirm_change(data_dir)
        except (DataFileError, ProblemError, OSError) as error:
            return say_problem(error)
        print("The caseload is now protected with your passphrase"
              + (f", and so are its {result.backups_protected} backups."
                 if result.backups_protected else "."))
        for path in result.backups_left_plain:
            print(f"Not protected (not a backup IEP Desk made): {path}")
        print("\nYour recovery code (shown only this once):\n\n    " + result.recovery_code
              + "\n\nWrite it down or print it, and keep it somewhere safe, away from this "
              "computer. If you forget the passphrase, only this code opens the caseload: "
              "`iep-desk change-passphrase --recovery-code`. Without both, nobody can open it.")
        return EXIT_OK

    return _with_lock(data_dir, protect)


def run_unprotect(args) -> int:
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not app_protection.caseload_is_protected(data_dir):
        print("This caseload is not protected with a passphrase. Nothing was changed.",
              file=sys.stderr)
        return EXIT_REFUSED

    def unprotect() -> int:
        try:
            key = caseload_key(args, data_dir)
            if key is None:  # made plain by another program since the check above
                print("This caseload is not protected with a passphrase. Nothing was changed.",
                      file=sys.stderr)
                return EXIT_REFUSED
            turn_protection_off(data_dir, key)
            _opens(data_dir, None)
            app_protection.confirm_change(data_dir)
        except (DataFileError, ValueError, OSError) as error:
            return say_problem(error)
        print("The caseload is no longer protected: anyone who can open the folder can read "
              "it. Its backups made while it was protected stay protected, each with its key "
              "file, and restore with the passphrase.")
        return EXIT_OK

    return _with_lock(data_dir, unprotect)


def run_change_passphrase(args) -> int:
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if not app_protection.caseload_is_protected(data_dir):
        print("This caseload is not protected with a passphrase, so it has none to change. "
              "`iep-desk protect` protects it.", file=sys.stderr)
        return EXIT_REFUSED
    given = _given_file(args)
    try:
        if args.recovery_code:
            code = (read_secret_file(given) if given
                    else ask("Recovery code: ", what="the recovery code"))
            new, repeated = new_passphrase(args, "new_passphrase_file")
            app_protection.set_passphrase_with_recovery_code(
                data_dir, recovery_code=code, new=new, repeated=repeated, cost=keys.CURRENT_COST)
        else:
            old = read_secret_file(given) if given else ask("Current passphrase: ",
                                                           what="the current passphrase")
            new, repeated = new_passphrase(args, "new_passphrase_file")
            app_protection.change_passphrase(data_dir, old=old, new=new, repeated=repeated,
                                             cost=keys.CURRENT_COST)
    except (DataFileError, ValueError, OSError) as error:
        return say_problem(error)
    print("The passphrase is changed, for the caseload and its backups. The recovery code "
          "is unchanged.")
    return EXIT_OK

