"""The command line on a protected caseload: the passphrase from an owner-only file (refused
from a file others may read), typed without echo, or missing (no terminal: a clear message,
exit 1, nothing changed); protect, unprotect, change-passphrase (also with the recovery
code), check, backup, restore, export --encrypted and import of it."""

from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

import pytest

import iep_desk.cli
from iep_desk import config
from iep_desk.core.models import Student
from iep_desk.storage import keys
from iep_desk.storage.backup import list_backups
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.protected_file import is_protected, open_protected, starts_like_sqlite
from tests.storage.faults import folder_state
from tests.storage.protected_caseload import (
    FAST,
    PASSPHRASE,
    every_row,
    plain_rows,
    secrets_in,
    write_plain_caseload,
)

NEW_PASSPHRASE = "a heron on one leg at dawn"
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="file modes are POSIX")


class NoTerminal(io.StringIO):
    """Standard input of a script or a scheduled task: not a terminal, never read."""

    def isatty(self):
        return False

    def read(self, *args):
        raise AssertionError("the command read standard input")

    readline = read


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch):
    monkeypatch.setattr(keys, "CURRENT_COST", FAST)
    monkeypatch.setattr("sys.stdin", NoTerminal())
    monkeypatch.delenv("IEP_DESK_DATA_DIR", raising=False)


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


def secret_file(folder: Path, text: str, name: str = "passphrase.txt", mode: int = 0o600) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def run(*argv) -> int:
    return iep_desk.cli.main([str(a) for a in argv])


@pytest.fixture
def protected(plain, tmp_path, capsys):
    data_dir, rows = plain
    pass_file = secret_file(tmp_path / "secrets", PASSPHRASE)
    assert run("protect", "--data-dir", data_dir, "--passphrase-file", pass_file) == 0
    out = capsys.readouterr().out
    code = next(line.strip() for line in out.splitlines()
                if keys.normalize_recovery_code(line.strip()))
    return data_dir, rows, pass_file, code


def key_of_caseload(data_dir: Path, passphrase: str = PASSPHRASE) -> bytes:
    return keys.unlock_with_passphrase(
        keys.read_key_file(keys.key_file_for(config.data_file(data_dir))), passphrase)


def rows_of(path: Path, key: bytes) -> dict:
    conn = open_protected(path, key, read_only=True)
    try:
        return every_row(conn)
    finally:
        conn.close()


def test_protect_from_a_file_shows_the_recovery_code_once_and_hides_every_name(protected):
    data_dir, rows, _pass_file, code = protected
    data_file = config.data_file(data_dir)
    assert is_protected(data_file)
    assert rows_of(data_file, key_of_caseload(data_dir)) == rows
    assert keys.unlock_with_recovery_code(
        keys.read_key_file(keys.key_file_for(data_file)), code) == key_of_caseload(data_dir)
    # Nothing plain is left in the folder: the copy kept aside was removed once it opened.
    leftovers = {p.name: secrets_in(p) for p in data_dir.rglob("*") if p.is_file()}
    assert leftovers and all(found == [] for found in leftovers.values()), leftovers


def test_check_backup_and_restore_on_a_protected_caseload(protected, capsys):
    data_dir, rows, pass_file, _code = protected
    assert run("check", "--data-dir", data_dir, "--passphrase-file", pass_file) == 0
    assert "protected with a passphrase" in capsys.readouterr().out
    assert run("backup", "--data-dir", data_dir, "--passphrase-file", pass_file) == 0
    [made] = [b for b in list_backups(data_dir) if b.rotating]
    assert is_protected(made.path) and keys.key_file_for(made.path).is_file()
    assert secrets_in(made.path) == []
    assert run("restore", "--list", "--data-dir", data_dir) == 0
    assert "protected with a passphrase" in capsys.readouterr().out
    assert run("restore", made.path, "--data-dir", data_dir, "--passphrase-file", pass_file) == 0
    assert "Restored the caseload" in capsys.readouterr().out
    assert rows_of(config.data_file(data_dir), key_of_caseload(data_dir))["rows"] == rows["rows"]


def test_a_plain_backup_restored_over_a_protected_caseload_stays_protected(
        protected, written_once, tmp_path, capsys):
    data_dir, rows, pass_file, _code = protected
    usb = tmp_path / "usb"
    usb.mkdir()
    plain_backup = usb / "caseload copy.sqlite"
    shutil.copyfile(written_once[0], plain_backup)  # the caseload as it was, never protected
    key = key_of_caseload(data_dir)
    store = open_caseload(data_dir, key=key)
    try:
        store.add_student(Student("Later", "Addition"))
    finally:
        store.db.close()
    capsys.readouterr()
    assert run("restore", plain_backup, "--data-dir", data_dir,
               "--passphrase-file", pass_file) == 0
    out = capsys.readouterr().out
    assert "Your caseload stays protected with the same passphrase as before." in out
    data_file = config.data_file(data_dir)
    assert is_protected(data_file) and not starts_like_sqlite(data_file)
    # It cannot be opened without the passphrase; with it, it holds the backup's data.
    assert run("check", "--data-dir", data_dir) == 1
    assert "passphrase" in capsys.readouterr().err
    assert rows_of(data_file, key_of_caseload(data_dir))["rows"] == rows["rows"]
    # No plain copy in the data folder or the backups folder (the plain backup is elsewhere).
    leftovers = {str(p): secrets_in(p) for p in data_dir.rglob("*") if p.is_file()}
    assert leftovers and all(found == [] for found in leftovers.values()), leftovers


def test_a_protected_backup_restored_over_a_plain_caseload_says_whose_passphrase_opens_it(
        plain, tmp_path, capsys):
    data_dir, rows = plain
    other = tmp_path / "other laptop"
    config.ensure_private_dir(other)
    shutil.copyfile(config.data_file(data_dir), config.data_file(other))
    other_pass = secret_file(tmp_path / "other secrets", NEW_PASSPHRASE)
    assert run("protect", "--data-dir", other, "--passphrase-file", other_pass) == 0
    backup = tmp_path / "from the other laptop.sqlite"
    assert run("backup", "-o", backup, "--data-dir", other, "--passphrase-file", other_pass) == 0
    capsys.readouterr()
    assert run("restore", backup, "--data-dir", data_dir, "--passphrase-file", other_pass) == 0
    out = capsys.readouterr().out
    assert ("Your caseload is now protected with a passphrase: it opens with the passphrase "
            "of the backup you restored." in out)
    data_file = config.data_file(data_dir)
    assert is_protected(data_file)
    assert rows_of(data_file, key_of_caseload(data_dir, NEW_PASSPHRASE))["rows"] == rows["rows"]


def test_without_a_terminal_or_a_file_every_command_says_so_and_changes_nothing(protected,
                                                                                  capsys):
    data_dir, _rows, _pass_file, _code = protected
    before = folder_state(data_dir)
    for command in (["check"], ["backup"], ["export", "--format", "csv", "-o",
                                            data_dir.parent / "out.csv"],
                    ["meetings"], ["unprotect"], ["change-passphrase"]):
        assert run(*command, "--data-dir", data_dir) == 1, command
        err = capsys.readouterr().err
        assert "no terminal" in err and "--passphrase-file" in err, command
    assert folder_state(data_dir) == before
    assert not (data_dir.parent / "out.csv").exists()


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660])
def test_a_passphrase_file_others_may_read_is_refused(protected, tmp_path, capsys, mode):
    data_dir, _rows, _pass_file, _code = protected
    readable = secret_file(tmp_path / "shared", PASSPHRASE, mode=mode)
    before = folder_state(data_dir)
    assert run("check", "--data-dir", data_dir, "--passphrase-file", readable) == 1
    assert "can be read by other people" in capsys.readouterr().err
    assert folder_state(data_dir) == before


def test_a_passphrase_file_is_accepted_on_windows_whatever_its_mode(tmp_path):
    from iep_desk.cli_protection import read_secret_file

    path = secret_file(tmp_path, PASSPHRASE, mode=0o644)
    assert read_secret_file(path, platform="win32") == PASSPHRASE


def test_a_wrong_passphrase_says_so_and_nothing_else(protected, tmp_path, capsys):
    data_dir, _rows, _pass_file, _code = protected
    wrong = secret_file(tmp_path / "wrong", "violet kettle under the chair")
    assert run("check", "--data-dir", data_dir, "--passphrase-file", wrong) == 1
    err = capsys.readouterr().err
    assert "That passphrase does not open this caseload" in err
    assert "damaged" not in err and "SQLCipher" not in err


def test_the_passphrase_is_typed_without_echo_and_never_taken_from_an_argument(
        protected, monkeypatch, capsys):
    data_dir, _rows, _pass_file, _code = protected
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    prompts = []
    typed = iter(["not it at all", PASSPHRASE])

    def getpass(prompt):
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("getpass.getpass", getpass)
    assert run("check", "--data-dir", data_dir) == 0
    assert len(prompts) == 2  # a wrong try, said so, then the right one
    assert "does not open this caseload" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run("check", "--data-dir", data_dir, "--passphrase", PASSPHRASE)
    # Every option that takes a secret names a file, on every command.
    parser = iep_desk.cli.build_parser()
    [subcommands] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = {option for sub in subcommands.choices.values() for action in sub._actions
               for option in action.option_strings}
    secret = {o for o in options if "passphrase" in o or "code" in o}
    assert secret == {"--passphrase-file", "--new-passphrase-file", "--export-passphrase-file",
                      "--recovery-code"}


def test_change_passphrase_and_then_unprotect(protected, tmp_path):
    data_dir, rows, pass_file, _code = protected
    new_file = secret_file(tmp_path / "new", NEW_PASSPHRASE, name="new.txt")
    assert run("change-passphrase", "--data-dir", data_dir, "--passphrase-file", pass_file,
               "--new-passphrase-file", new_file) == 0
    with pytest.raises(keys.WrongPassphrase):
        key_of_caseload(data_dir, PASSPHRASE)
    key_of_caseload(data_dir, NEW_PASSPHRASE)
    assert run("check", "--data-dir", data_dir, "--passphrase-file", pass_file) == 1
    assert run("unprotect", "--data-dir", data_dir, "--passphrase-file", new_file) == 0
    data_file = config.data_file(data_dir)
    assert starts_like_sqlite(data_file) and not is_protected(data_file)
    # (before plain_rows: its read-only connection leaves -wal and -shm beside the file)
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == ["caseload.sqlite"]
    assert plain_rows(data_file) == rows


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_code(protected, tmp_path):
    data_dir, _rows, _pass_file, code = protected
    code_file = secret_file(tmp_path / "code", code, name="code.txt")
    new_file = secret_file(tmp_path / "new", NEW_PASSPHRASE, name="new.txt")
    wrong_code = secret_file(tmp_path / "wrong", keys.make_recovery_code(), name="wrong.txt")
    before = keys.key_file_for(config.data_file(data_dir)).read_bytes()
    assert run("change-passphrase", "--recovery-code", "--data-dir", data_dir,
               "--passphrase-file", wrong_code, "--new-passphrase-file", new_file) == 1
    assert keys.key_file_for(config.data_file(data_dir)).read_bytes() == before
    assert run("change-passphrase", "--recovery-code", "--data-dir", data_dir,
               "--passphrase-file", code_file, "--new-passphrase-file", new_file) == 0
    key_of_caseload(data_dir, NEW_PASSPHRASE)


def test_an_encrypted_export_imports_with_its_passphrase(protected, tmp_path, capsys):
    data_dir, _rows, pass_file, _code = protected
    export_pass = secret_file(tmp_path / "export", NEW_PASSPHRASE, name="export.txt")
    sealed = tmp_path / "caseload.iepdesk"
    assert run("export", "--format", "json", "--encrypted", "-o", sealed, "--data-dir",
               data_dir, "--passphrase-file", pass_file, "--export-passphrase-file",
               export_pass) == 0
    assert secrets_in(sealed) == []
    assert "plain text" not in capsys.readouterr().err
    elsewhere = tmp_path / "new laptop"
    assert run("import", sealed, "--data-dir", elsewhere, "--passphrase-file", pass_file) == 1
    assert "no terminal" in capsys.readouterr().err
    assert run("import", sealed, "--data-dir", elsewhere,
               "--export-passphrase-file", export_pass) == 0
    assert "Imported the full export" in capsys.readouterr().out
    plain_export = tmp_path / "plain.csv"
    assert run("export", "--format", "csv", "-o", plain_export, "--data-dir", data_dir,
               "--passphrase-file", pass_file) == 0
    assert "plain text" in capsys.readouterr().err
