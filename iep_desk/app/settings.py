"""Settings: the state's numbers, the planner's school day, the letterhead and paper, and
whether calendar files carry names."""

from __future__ import annotations

from iep_desk.app.changes import SETTINGS
from iep_desk.app.undo import OpResult, Step, record
from iep_desk.core.letterhead import PrintSettings
from iep_desk.core.planner_settings import PlannerSettings
from iep_desk.core.problems import ProblemError
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage.print_settings import save_print_settings
from iep_desk.storage.stores import Stores

# The caseload setting that puts names, emails and the purpose into calendar files.
INCLUDE_NAMES_SETTING = "calendar.include_names"


class SettingsInputError(ProblemError):
    """A number outside what it can be (`.problem` says which limits)."""


def change_deadline_setting(stores: Stores, *, name: str, value: int) -> OpResult:
    """One of the state's numbers (notice days, transition age...); every date follows."""
    old = getattr(stores.settings.deadline_settings(), name)
    if old == value:
        return OpResult()
    problem = DeadlineSettings().check(name, value)
    if problem:
        raise SettingsInputError(problem)
    stores.settings.save_deadline_setting(name, value)
    return OpResult(SETTINGS, None, record(
        SETTINGS, [Step.of("deadline_setting", name=name, value=old)],
        [Step.of("deadline_setting", name=name, value=value)]))


def save_planner_settings(stores: Stores, *, settings: PlannerSettings) -> OpResult:
    """Every planner setting at once (school hours, closed days, meeting lengths, the
    no-contact weeks); refused (MeetingInputError, nothing saved) when one cannot be right.
    Undo puts back every planner setting as it was."""
    old = stores.settings.planner_settings()
    stores.settings.save_planner_settings(settings)
    new = stores.settings.planner_settings()
    if new == old:
        return OpResult(SETTINGS)
    return OpResult(SETTINGS, None, record(
        SETTINGS, [Step.of("planner_settings", settings=old)],
        [Step.of("planner_settings", settings=new)]))


def save_letterhead(stores: Stores, *, settings: PrintSettings) -> OpResult:
    """The letterhead and paper size, all of it or none (ValueError for an unknown paper)."""
    save_print_settings(stores.settings, settings)
    return OpResult(SETTINGS)


def calendar_names_wanted(stores: Stores) -> bool:
    """Whether the teacher asked for names in calendar files (off unless they did)."""
    return stores.settings.get(INCLUDE_NAMES_SETTING, False) is True


def set_calendar_names(stores: Stores, *, wanted: bool) -> OpResult:
    stores.settings.set(INCLUDE_NAMES_SETTING, bool(wanted))
    return OpResult(SETTINGS)
