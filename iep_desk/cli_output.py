"""What the `iep-desk` subcommands print: on the terminal as it can show it.

Names come from the caseload, so they may hold control characters or direction overrides
that would move the cursor or reorder a terminal line (core.clean_text.terminal_safe takes
them out). A Windows console may use a code page without Vietnamese or Cyrillic letters, or
"→": what it cannot show is replaced rather than failing halfway through a report.
"""

from __future__ import annotations

import sys
from typing import TextIO

from iep_desk.core.clean_text import terminal_safe


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
