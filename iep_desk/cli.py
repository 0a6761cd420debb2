"""The `iep-desk` command: opens the app, or runs a subcommand on the caseload.

`--data-dir` applies to the app and to every subcommand, before or after the
subcommand's name. Subcommands live in their own modules, each with a
`register(subparsers, common)` function adding its parser, whose `handler`
default is called with the parsed arguments and returns the exit code.

Every command module is imported here to build the parser, and `iep-desk` with no command
opens the window: so a command's handler imports what only it uses (the printing, the
importer, the encryption...) when it runs, as a pane or a dialog of the window is built when
first shown, rather than every start of the window loading all of them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from iep_desk import (
    cli_backup,
    cli_goals,
    cli_print,
    cli_protection,
    cli_substance,
    cli_transfer,
    config,
    version_text,
)
from iep_desk.ui import linux_libraries

# The modules that add the subcommands (backup, restore, check; import, export; meetings, print;
# protect, unprotect, change-passphrase; import-goals; read-preparation, plan-year).
COMMAND_MODULES = (cli_backup, cli_transfer, cli_print, cli_protection, cli_goals, cli_substance)


# Takes the log lines of the libraries a command uses (see main).
_LIBRARY_LOGS = logging.NullHandler()


class _WholeOptionsParser(argparse.ArgumentParser):
    """A subcommand's parser, which takes no option by an abbreviation of its name."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)


def _add_data_dir(parser: argparse.ArgumentParser, *, for_subcommand: bool) -> None:
    # On a subcommand the default is SUPPRESS, so a --data-dir given before the
    # subcommand's name is not overwritten by the subparser's default.
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS if for_subcommand else None,
        help="folder that holds the caseload file (default: the per-user data folder, "
        "or $IEP_DESK_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="iep-desk", allow_abbrev=False,
        description="IEP Desk: your IEP caseload, meeting planner and meeting review, offline.",
    )
    _add_data_dir(parser, for_subcommand=False)
    parser.add_argument("--version", action="version", version=version_text())
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample caseload: in a fresh temporary folder, or written into --data-dir "
        "when that folder does not exist or is empty. Never touches your real caseload.",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on the chosen data, let it draw, and exit (0 when all is well)",
    )
    # No abbreviated options: `--passphrase SECRET` must never be taken for --passphrase-file
    # (a secret in the arguments shows in the list of processes and in shell history).
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND",
        parser_class=_WholeOptionsParser)
    common = argparse.ArgumentParser(add_help=False)
    _add_data_dir(common, for_subcommand=True)
    cli_protection.add_passphrase_file(common)
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    if (problem := _data_dir_problem(args)) is not None:
        print(problem, file=sys.stderr)
        # An empty --data-dir is the command itself to correct (2, as an empty -o); a file
        # where the folder should be is about the folder (1).
        return 2 if problem.startswith(EMPTY_DATA_DIR) else 1
    if args.command:
        # A library's log lines (pypdf's "invalid pdf header" on a file that is not a PDF)
        # are not for the teacher: each command says in its own words what went wrong.
        logging.getLogger().addHandler(_LIBRARY_LOGS)  # added once, however often main runs
        return int(args.handler(args) or 0)
    if (problem := _window_cannot_open()) is not None:
        print(problem, file=sys.stderr)
        return 1
    # Imported here, not above: the subcommands do not need Qt (a backup from a script, an
    # export on a machine without a screen or Qt's graphics libraries, where importing Qt fails).
    from iep_desk.ui.app import run_app

    return run_app(data_dir=args.data_dir, demo=args.demo, smoke_test=args.smoke_test)


EMPTY_DATA_DIR = "No folder was given after --data-dir."


def _data_dir_problem(args) -> str | None:
    """The message when --data-dir is given empty, or the caseload folder (--data-dir, or
    IEP_DESK_DATA_DIR) is a file; None otherwise. Checked once here for every command and the window, before a lock or a
    caseload would be made, so that no command takes the file for a folder it cannot write."""
    chosen = getattr(args, "data_dir", None)
    if chosen is not None and not chosen.strip():
        # `--data-dir "$FOLDER"` with the variable unset must not fall back to the usual
        # caseload: the command would then change the real one.
        return (f"{EMPTY_DATA_DIR} Write the folder that holds the caseload, or leave "
                "--data-dir out to use the usual one. Nothing was changed.")
    if args.demo and not chosen and not args.command:
        return None  # the sample caseload goes into a fresh temporary folder
    data_dir = config.resolve_data_dir(chosen)
    if not data_dir.exists() or data_dir.is_dir():
        return None
    return (f"{data_dir} is a file, not a folder. --data-dir (or IEP_DESK_DATA_DIR) names the "
            "folder that holds the caseload, the folder with caseload.sqlite in it. Nothing was "
            "changed.")


def _window_cannot_open() -> str | None:
    """On a Linux desktop that lacks a library Qt's window needs, the message naming it.

    Asked before QApplication exists: Qt itself would abort with a message that names the
    wrong library. None everywhere else (Windows, macOS, offscreen, all libraries there)."""
    library = linux_libraries.missing_library()
    return linux_libraries.explain(library) if library else None


if __name__ == "__main__":
    sys.exit(main())
