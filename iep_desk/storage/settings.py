"""The caseload's settings table: one JSON value per key.

Keys are grouped by a prefix: "deadlines.*" (core.settings.DeadlineSettings), "planner.*"
(core.planner_settings.PlannerSettings), "print.*" (storage.print_settings), and a few
single choices of the window ("calendar.include_names"...).
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from iep_desk.core.meeting_rules import MeetingInputError
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage.rows import saving

_PLANNER = "planner."
_DEADLINES = "deadlines."


class SettingsStore:
    def __init__(self, db: Database):
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default  # a damaged value keeps its default

    def _put(self, key: str, value: Any) -> None:
        self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        [key, json.dumps(value)])

    def set(self, key: str, value: Any) -> None:
        """Store one value (its own transaction)."""
        with saving(self.db):
            self._put(key, value)

    def set_many(self, values: dict[str, Any]) -> None:
        """Store several values in one transaction: all of them or none."""
        with saving(self.db):
            for key, value in values.items():
                self._put(key, value)

    # -- the dates' settings ----------------------------------------------------------------
    def deadline_settings(self) -> DeadlineSettings:
        settings = DeadlineSettings()
        for name in DeadlineSettings.names():
            value = self.get(_DEADLINES + name)
            if isinstance(value, int):
                setattr(settings, name, value)
        return settings

    def save_deadline_setting(self, name: str, value: int) -> None:
        if name not in DeadlineSettings.names():
            raise KeyError(name)
        self.set(_DEADLINES + name, int(value))

    # -- the planner's settings ---------------------------------------------------------------
    def planner_settings(self) -> PlannerSettings:
        rows = self.db.execute("SELECT key, value FROM settings WHERE key LIKE 'planner.%'")
        values = {}
        for key, value in rows:
            try:
                values[key[len(_PLANNER):]] = json.loads(value)
            except ValueError:
                continue  # a damaged value keeps its default
        return PlannerSettings.from_settings(values)

    def save_planner_settings(self, settings: PlannerSettings) -> None:
        """Save all planner settings at once; refused (MeetingInputError, nothing saved)
        when one is wrong."""
        problems = settings.problems()
        if problems:
            raise MeetingInputError(problems[0])
        self.set_many({_PLANNER + key: value for key, value in settings.to_settings().items()})
