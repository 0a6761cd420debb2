"""Counts in words: "1 student", "3 students", through Qt's plural-aware translation.

Every count is translated with its number (`self.tr("%n student(s)", "", n)`, or
`translate("Context", "%n student(s)", "", n)`), so a translation file gives each language
its own plural forms (Spanish has two, Polish three, Arabic six). Without a translation for
the text, as for English, Qt only puts the number in place of %n; `plural()` then picks the
English form: "(s)" is dropped for one and becomes "s" otherwise. Counts are never built by
adding an "s".
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """`text` as Qt's tr(..., n) returned it, with any "(s)" left by a missing translation
    resolved for `n` the English way."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")
