"""The letterhead and paper size, kept in the caseload's settings under keys "print.*"."""

from __future__ import annotations

from dataclasses import fields

from iep_desk.core.letterhead import DEFAULT_PAPER, PAPER_SIZES, Letterhead, PrintSettings
from iep_desk.storage.settings import SettingsStore

PAPER_KEY = "print.paper"


def _key(name: str) -> str:
    return f"print.{name}"


def load_print_settings(settings: SettingsStore) -> PrintSettings:
    """The saved letterhead and paper size; anything never saved (or unreadable) has its default."""
    values = {}
    for f in fields(Letterhead):
        value = settings.get(_key(f.name), "")
        values[f.name] = value if isinstance(value, str) else ""
    paper = settings.get(PAPER_KEY, DEFAULT_PAPER)
    if paper not in PAPER_SIZES:
        paper = DEFAULT_PAPER
    return PrintSettings(letterhead=Letterhead(**values), paper=paper)


def save_print_settings(store: SettingsStore, settings: PrintSettings) -> None:
    """Save every field in one transaction: either the whole letterhead is saved or none of it.

    Raises ValueError (before writing anything) for a paper size that is not letter or a4.
    """
    if settings.paper not in PAPER_SIZES:
        raise ValueError(f"The paper size must be one of: {', '.join(PAPER_SIZES)}.")
    values = {_key(f.name): str(getattr(settings.letterhead, f.name) or "").strip()
              for f in fields(Letterhead)}
    store.set_many({**values, PAPER_KEY: settings.paper})
