"""What the `iep-desk` subcommands print: on the terminal as it can show it.

Names come from the caseload, so they may hold control characters or direction overrides
that would move the cursor or reorder a terminal line (core.clean_text.terminal_safe takes
them out). A Windows console may use a code page without Vietnamese or Cyrillic letters, or
"→": what it cannot show is replaced rather than failing halfway through a report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from iep_desk import config
from iep_desk.core.clean_text import terminal_safe

# Exit codes shared by the commands that write a file: 1 nothing was written, 2 the command
# itself needs correcting.
EXIT_REFUSED, EXIT_USAGE = 1, 2


def _print(text: str, stream: TextIO) -> None:
    text = terminal_safe(text)
    try:
        print(text, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=stream)


def say(text: str) -> None:
    """A line of the command's output (standard output)."""
    _print(text, sys.stdout)


def complain(text: str) -> None:
    """Why the command could not do what was asked (standard error)."""
    _print(text, sys.stderr)


def output_problem(given: str, example: str, data_dir: Path) -> tuple[str, int] | None:
    """Why `given` (what follows -o) cannot be the file a command writes, with the exit code;
    None when it can. Checked before anything is made, so a mistake writes nothing:

    - nothing, or only spaces (a script's empty variable): exit 2;
    - a folder, or a name ending with a folder separator: exit 1 (the teacher meant a file in it);
    - a file in a folder that does not exist (a mistyped folder, a USB stick not plugged in):
      exit 1. The folder is not made, so a typo never puts student data somewhere unexpected;
    - one of IEP Desk's own files in `data_dir` (the caseload, its key, a copy set aside) or a
      backup already in its backups folder: exit 1, since writing there would replace the
      caseload or a backup with a PDF or an export.
    """
    if not given.strip():
        return (f"No file name was given after -o. Write the name of the file to make, for "
                f"example: -o {example}"), EXIT_USAGE
    path = Path(given).expanduser()
    separators = tuple(s for s in ("/", os.sep, os.altsep) if s)
    if given.endswith(separators) or path.is_dir():
        return (f"{given} is a folder. Write the name of the file to make in it, for example: "
                f"-o {path / example}"), EXIT_REFUSED
    folder = path.parent
    if not folder.exists():
        return (f"{path.name} could not be written: there is no folder {folder}. Check its "
                "name (is the USB stick or network drive there?), or make the folder first."
                ), EXIT_REFUSED
    if not folder.is_dir():
        return (f"{folder} is a file, not a folder, so nothing can be written in it. Check the "
                "name after -o. Nothing was written."), EXIT_REFUSED
    if _is_own_file(path, Path(data_dir)):
        return (f"{path} is one of IEP Desk's own files (the caseload, its key, or a backup): "
                "writing there would replace it. Choose another name or folder. Nothing was "
                "written."), EXIT_REFUSED
    return None


def _same(one: Path, other: Path) -> bool:
    """The same place, after links, `..` and (on Windows) letter case."""
    return os.path.normcase(os.path.realpath(one)) == os.path.normcase(os.path.realpath(other))


def _is_own_file(path: Path, data_dir: Path) -> bool:
    """True for the caseload file and every file named like it beside it (caseload.key, its
    journal, a damaged copy set aside), even before it exists (a caseload.key appearing
    would make a plain caseload look protected), and for a file already in the backups
    folder (a new name there replaces nothing)."""
    folder = path.parent
    if _same(folder, config.backup_dir(data_dir)):
        return path.exists()
    stem = config.data_file(data_dir).stem  # "caseload"
    target = Path(os.path.realpath(path))
    return _same(folder, data_dir) and (
        os.path.normcase(path.name).startswith(stem + ".")
        or os.path.normcase(target.name).startswith(stem + "."))
