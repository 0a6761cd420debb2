"""The two facts about meetings the caseload table shows: each student's next meeting, and
the "send the notice by" dates.

They are read when the main window opens, before anything else about meetings is needed,
so they live here, apart from MeetingStore (whose module brings in every meeting rule and
record type); MeetingStore answers the same questions through these functions.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from iep_desk.core.deadlines import SEND_NOTICE, Deadline
from iep_desk.core.settings import DeadlineSettings

if TYPE_CHECKING:
    from iep_desk.storage.database import CaseloadDatabase


def next_meeting_by_student(db: CaseloadDatabase, *, now: datetime | None = None
                            ) -> dict[int, datetime]:
    """Student id → start of their soonest proposed or confirmed meeting still ahead."""
    now = now or datetime.now()
    rows = db.execute(
        "SELECT student_id, min(starts_at) FROM meetings WHERE status IN ('proposed', 'confirmed') "
        "AND starts_at IS NOT NULL AND starts_at >= ? GROUP BY student_id",
        [now.replace(microsecond=0).isoformat(timespec="seconds")]).fetchall()
    return {student_id: datetime.fromisoformat(when) for student_id, when in rows}


def notice_deadlines(db: CaseloadDatabase, settings: DeadlineSettings) -> list[Deadline]:
    """"Send the notice by" for every proposed or confirmed meeting with a date: the
    meeting's date less the notice days. Open until the notice is ticked as sent."""
    rows = db.execute(
        "SELECT id, student_id, starts_at, id IN (SELECT meeting_id FROM checklist_ticks "
        "WHERE item = 'notice_sent') FROM meetings WHERE status IN ('proposed', 'confirmed') "
        "AND starts_at IS NOT NULL ORDER BY starts_at, id").fetchall()
    return [Deadline(student_id, SEND_NOTICE,
                     date.fromordinal(datetime.fromisoformat(starts).date().toordinal()
                                      - settings.notice_days),
                     open=not sent, meeting_id=meeting_id)
            for meeting_id, student_id, starts, sent in rows]
