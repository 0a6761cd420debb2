"""What was decided at the table, what follows from it, and who knows the current IEP.

- Each agenda item ends with a decision. Where the family disagrees, or the school turns down
  what the family asked, the parents are owed prior written notice (34 CFR 300.503): what was
  proposed or refused, why, what else was considered, and their safeguards. The after-meeting
  checklist then holds "send the prior written notice" with its due date.
- Before the meeting the case manager asks team members for written input by a date; the
  checklist shows who has not answered.
- After the meeting, the general-education teachers and providers who work with the student
  receive the "IEP at a glance" (300.323(d)). A change to the goals, services or
  accommodations makes a new version, due again for everyone who had an earlier one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from iep_desk.core.goals import Accommodation, Goal, Service


class Decision(StrEnum):
    AGREED = "agreed"                          # everyone at the table agreed
    PROPOSED_BY_SCHOOL = "proposed_by_school"  # the school proposes; the family will think it over
    FAMILY_DISAGREES = "family_disagrees"
    SCHOOL_DECLINED = "school_declined"        # the family asked, the school said no
    COME_BACK_TO = "come_back_to"              # not settled: on the next meeting's agenda


# Decisions after which the parents are owed prior written notice.
NEEDS_PRIOR_WRITTEN_NOTICE = frozenset({Decision.FAMILY_DISAGREES, Decision.SCHOOL_DECLINED})
# "A reasonable time" in the regulation; states and districts set a number. A setting.
DEFAULT_PRIOR_NOTICE_DAYS = 10


@dataclass(frozen=True, slots=True)
class AgendaDecision:
    agenda_item_id: int
    decision: Decision
    note: str = ""     # in plain words: what was decided or asked


def prior_written_notice_due(decisions: Iterable[AgendaDecision], held_on: date,
                             days: int = DEFAULT_PRIOR_NOTICE_DAYS) -> date | None:
    """The date the prior written notice is due, or None when no decision calls for one."""
    if any(d.decision in NEEDS_PRIOR_WRITTEN_NOTICE for d in decisions):
        return held_on + timedelta(days=days)
    return None


def carried_forward(decisions: Iterable[AgendaDecision]) -> list[int]:
    """Agenda items to bring back at the next meeting."""
    return [d.agenda_item_id for d in decisions if d.decision is Decision.COME_BACK_TO]


@dataclass(frozen=True, slots=True)
class InputRequest:
    """Written input asked of a team member before the meeting."""

    id: int | None
    meeting_id: int
    participant_id: int
    asked_on: date
    due_by: date
    received_on: date | None = None
    text: str = ""


def input_still_awaited(requests: Iterable[InputRequest]) -> list[InputRequest]:
    """Requests not answered yet, the earliest due first."""
    return sorted((r for r in requests if r.received_on is None), key=lambda r: r.due_by)


def input_overdue(requests: Iterable[InputRequest], today: date) -> list[InputRequest]:
    return [r for r in input_still_awaited(requests) if r.due_by < today]


def glance_version(goals: Iterable[Goal], services: Iterable[Service],
                   accommodations: Iterable[Accommodation]) -> str:
    """A short fingerprint of what the IEP at a glance says: it changes when a goal, a service
    or an accommodation changes, and not when only the order they were entered in does."""
    content = {
        "goals": sorted([g.area, g.text, g.measured_by, g.unit, g.baseline, g.target,
                         g.target_by.isoformat() if g.target_by else None] for g in goals),
        "services": sorted([s.what, s.how_often, s.setting, s.provider] for s in services),
        "accommodations": sorted([a.text, a.applies_in] for a in accommodations),
    }
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class GlanceReceipt:
    """Who received which version of the IEP at a glance, on which date."""

    recipient: str        # a team member's name (kept as it was when they received it)
    version: str
    received_on: date
    team_member_id: int | None = None


def reissue_due(receipts: Iterable[GlanceReceipt], current_version: str) -> list[str]:
    """Everyone whose latest copy is an earlier version, by name."""
    latest: dict[str, GlanceReceipt] = {}
    for receipt in sorted(receipts, key=lambda r: r.received_on):
        key = str(receipt.team_member_id) if receipt.team_member_id is not None else receipt.recipient
        latest[key] = receipt
    return sorted(r.recipient for r in latest.values() if r.version != current_version)
