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


def output_problem(given: str, example: str) -> tuple[str, int] | None:
    """Why `given` (what follows -o) cannot be the file a command writes, with the exit code;
    None when it can. Checked before anything is made, so a mistake writes nothing:

    - nothing, or only spaces (a script's empty variable): exit 2;
    - a folder, or a name ending with a folder separator: exit 1 (the teacher meant a file in it);
    - a file in a folder that does not exist (a mistyped folder, a USB stick not plugged in):
      exit 1. The folder is not made, so a typo never puts student data somewhere unexpected.
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
    return None
