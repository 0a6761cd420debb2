"""The numbers that vary by state or district, with the common values as defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

from iep_desk.core.problems import Problem


@dataclass
class DeadlineSettings:
    # Calendar days between sending the meeting notice and the meeting.
    notice_days: int = 10
    # Age at which the IEP in effect must hold a transition plan (some states: 14).
    transition_age: int = 16
    # Age at which rights transfer from the parents to the student.
    age_of_majority: int = 18
    # The IEP must be reviewed within this many days of the last IEP meeting.
    annual_review_days: int = 365
    # A re-evaluation is due this many years after the last evaluation.
    reevaluation_years: int = 3
    # The student is told of the transfer of rights this many months before the age of majority.
    transfer_notice_months: int = 12

    # What each number may be: (lowest, highest). Outside these it is surely a typo.
    LIMITS: ClassVar[dict[str, tuple[int, int]]] = {
        "notice_days": (0, 60),
        "transition_age": (12, 22),
        "age_of_majority": (16, 22),
        "annual_review_days": (30, 366),
        "reevaluation_years": (1, 6),
        "transfer_notice_months": (0, 36),
    }

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def check(self, name: str, value: int) -> Problem | None:
        """The problem when `value` cannot be right for setting `name`, else None."""
        low, high = self.LIMITS[name]
        if not low <= value <= high:
            return Problem.of("number_out_of_range", low=low, high=high)
        return None
