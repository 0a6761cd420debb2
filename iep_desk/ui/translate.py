"""The one way the window's words are translated, in a form pyside6-lupdate reads.

    translate("Planner", "Find a &time")                 # a context and the English words
    translate("Planner", "%n participant(s)", "", count)  # a count's plural form
    self.tr("Mark as &held")                              # inside a QObject subclass

pyside6-lupdate extracts `translate("Context", "literal")` with its context (a bare function
of that name: `QCoreApplication.translate` itself, aliased as `_translate`, is not read) and
`self.tr("literal")` with the lexical class as context (PySide looks a subclass's self.tr up
along its classes, so that context is found at run time too). A module-level helper that
hides the context (`tr = ...`) is not: lupdate gives its words no context at all.
Words kept in a table (QT_TRANSLATE_NOOP("Context", "...")) are translated with the same
context when shown (QT_TRANSLATE_NOOP is this module's, typed: PySide6's own returns the text
unchanged but its stub types it `object`, which no `translate` call accepts). lupdate reads
the name, wherever it is imported from. tests/ui/test_translatable.py checks it over the whole
package.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of `text` in `context`; with `n`, the plural form for that count."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate in `context` and return it untranslated, as Qt's
    QT_TRANSLATE_NOOP does; show it later with `translate(context, text)`."""
    return text
