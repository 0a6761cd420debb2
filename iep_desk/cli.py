"""The `iep-desk` command: opens the app, or runs a subcommand on the caseload.

`--data-dir` applies to the app and to every subcommand, before or after the
subcommand's name. Subcommands live in their own modules, each with a
`register(subparsers, common)` function adding its parser, whose `handler`
default is called with the parsed arguments and returns the exit code.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from iep_desk import __version__

# Each subcommand and the module that adds it (with register(subparsers, common)).
# Opening the app imports none of them: start-up time matters more than a tidy import.
COMMANDS: dict[str, str] = {
    "backup": "iep_desk.cli_backup",
    "restore": "iep_desk.cli_backup",
    "check": "iep_desk.cli_backup",
    "import": "iep_desk.cli_transfer",
    "export": "iep_desk.cli_transfer",
    "meetings": "iep_desk.cli_print",
    "print": "iep_desk.cli_print",
}
COMMAND_MODULES: list[str] = list(dict.fromkeys(COMMANDS.values()))


def _modules_for(argv: Sequence[str]) -> list[str]:
    """The command modules this command line needs: all of them for help or a mistyped name."""
    named = [COMMANDS[word] for word in argv if word in COMMANDS]
    if named:
        return list(dict.fromkeys(named))
    # Words that are not option values (--data-dir takes the only value at the top level):
    # any left over is a mistyped command, and the full parser says which ones exist.
    words = [a for i, a in enumerate(argv)
             if not a.startswith("-") and (i == 0 or argv[i - 1] != "--data-dir")]
    if words or any(a in ("-h", "--help") for a in argv):
        return COMMAND_MODULES
    return []  # just opening the app


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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only the command modules that command line needs are imported."""
    parser = argparse.ArgumentParser(
        prog="iep-desk",
        description="IEP Desk: your IEP caseload, meeting planner and meeting review, offline.",
    )
    _add_data_dir(parser, for_subcommand=False)
    parser.add_argument("--version", action="version", version=f"IEP Desk {__version__}")
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
    modules = COMMAND_MODULES if argv is None else _modules_for(argv)
    if not modules:
        return parser  # just opening the app: no command parsers to build (start-up time)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _add_data_dir(common, for_subcommand=True)
    for module_name in modules:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(argv).parse_args(argv)
    if getattr(args, "command", None):
        return int(args.handler(args) or 0)
    # Start-up makes objects that live as long as the window (modules, Qt's tables, the
    # window itself): the garbage collector would walk them again and again while they are
    # made, and find nothing to free. run_app turns it back on once the window is up.
    gc.disable()
    from iep_desk.ui.app import run_app  # Qt is imported only when a window is wanted

    return run_app(data_dir=args.data_dir, demo=args.demo, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
