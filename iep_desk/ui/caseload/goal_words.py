"""A goal's status in the teacher's words, with the numbers behind it:
"62 words a minute on Nov 14; aiming for 90 by May 15; on track"."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from iep_desk.core.goals import Goal, GoalProgress, ProgressStatus, Rating
from iep_desk.core.numbers import finite_number, read_plain_number
from iep_desk.ui.cldr_dates import short_day
from iep_desk.ui.translate import translate


def status_text(status: ProgressStatus) -> str:
    return {
        ProgressStatus.NO_NOTES: translate("GoalWords", "no progress noted yet"),
        ProgressStatus.ON_TRACK: translate("GoalWords", "on track"),
        ProgressStatus.BEHIND: translate("GoalWords", "behind where the path to the target says"),
        ProgressStatus.MET: translate("GoalWords", "target reached"),
        ProgressStatus.ENDED_NOT_MET: translate(
            "GoalWords", "target date passed without reaching it"
        ),
    }[status]


def rating_text(rating: Rating | None) -> str:
    if rating is None:
        return ""
    return {
        Rating.NOT_YET: translate("GoalWords", "Not yet"),
        Rating.EMERGING: translate("GoalWords", "Starting"),
        Rating.PROGRESSING: translate("GoalWords", "Growing"),
        Rating.MET: translate("GoalWords", "Reached"),
    }[rating]


def number_text(value: float | None) -> str:
    """62 for 62.0, 0.8 as the locale writes it; empty for none."""
    if value is None:
        return ""
    return QLocale().toString(float(value), "g", 6)


def parse_number(text: str) -> float | None:
    """What was typed as a number (in the locale's way, else as core.numbers reads a number
    with no locale: a point, or a decimal comma); None when empty. Raises ValueError when
    it is not a number. "nan", "inf" and a number too large to hold ("1e400") are not
    numbers a teacher measures (core.numbers.finite_number says why), though Qt reads them."""
    text = text.strip()
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        return read_plain_number(text)
    return finite_number(value, text)


def _with_unit(value: float | None, unit: str) -> str:
    number = number_text(value)
    return f"{number} {unit}".strip() if unit else number


def progress_line(goal: Goal, progress: GoalProgress) -> str:
    """Where the goal stands, with the numbers behind it."""
    parts = []
    latest = progress.latest
    if latest is not None:
        if latest.value is not None:
            parts.append(
                translate("GoalWords", "%1 on %2")
                .replace("%1", _with_unit(latest.value, goal.unit))
                .replace("%2", short_day(latest.noted_on))
            )
        elif latest.rating is not None:
            parts.append(
                translate("GoalWords", "%1 on %2")
                .replace("%1", rating_text(latest.rating))
                .replace("%2", short_day(latest.noted_on))
            )
        else:
            parts.append(
                translate("GoalWords", "noted on %1").replace("%1", short_day(latest.noted_on))
            )
    elif goal.baseline is not None:
        parts.append(
            translate("GoalWords", "started at %1 on %2")
            .replace("%1", _with_unit(goal.baseline, goal.unit))
            .replace("%2", short_day(goal.baseline_on))
        )
    if goal.target is not None and goal.target_by is not None:
        parts.append(
            translate("GoalWords", "aiming for %1 by %2")
            .replace("%1", number_text(goal.target))
            .replace("%2", short_day(goal.target_by))
        )
    elif goal.target_by is not None:
        parts.append(translate("GoalWords", "by %1").replace("%1", short_day(goal.target_by)))
    parts.append(status_text(progress.status))
    return "; ".join(parts)


def goal_title(goal: Goal) -> str:
    text = " ".join(goal.text.split())
    return f"{goal.area}: {text}" if goal.area.strip() else text
