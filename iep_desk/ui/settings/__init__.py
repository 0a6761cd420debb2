"""The pages of the Settings dialog, one module per page.

A page is a module under ui/settings/ with `TITLE` (a QT_TRANSLATE_NOOP("SettingsPages", ...)
literal, the name in the list on the left) and `Page(desk)`, a QWidget that saves its own
changes through the Desk (app operations) and refreshes from `desk.changed`. To add a page,
write its module and add one line to PAGES: the dialog imports the module when it opens.
A page that needs the main window defines `page_for(desk, window, dialog)` instead of
`Page`, returning the widget or None when it has nothing to offer (no main window).
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

# In the order shown: (key, module under iep_desk.ui.settings).
PAGES: tuple[tuple[str, str], ...] = (
    ("general", "general"),
    ("school_calendar", "school_calendar"),
    ("progress_reports", "progress_reports"),
    ("protection", "protection"),
    ("window_language", "window_language"),
)


def page_modules() -> list[tuple[str, ModuleType]]:
    """Each page's key and module, in the order shown."""
    return [(key, import_module(f"iep_desk.ui.settings.{name}")) for key, name in PAGES]
