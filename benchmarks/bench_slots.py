"""Benchmark: the slot finder against its 20 ms target (issue 3).

12 participants with weekly windows and 200 one-off busy times, over an 8-week
range in 15-minute steps. Two rows: a search that finds slots, and one where the
parent's times never overlap the others' (the slower path that explains why).
Run alone with: python -m benchmarks.bench_slots
"""

from __future__ import annotations

import random
import statistics
import time as clock
from datetime import date, datetime, time, timedelta

from iep_desk.core.availability import WeeklyWindow
from iep_desk.core.plain_language import check_text
from iep_desk.core.slots import Attendee, SlotSearch, find_slots
from iep_desk.resources import load_glossary

TARGET_MS = 20.0
# The plain-language check runs on every keystroke: it must fit well inside a frame.
KEYSTROKE_TARGET_MS = 10.0
FAMILY_TEXT = (
    "At the IEP meeting we will look at how Sam is doing in reading and math, and at the "
    "accommodations in his 504 plan. His teachers will share what is going well and what is "
    "still hard, and the OT will talk about handwriting and the least restrictive environment. "
) * 6
RUNS = 15
FIRST_DAY = date(2027, 1, 4)  # a Monday; a fixed date keeps runs comparable
WEEKS = 8


def _caseload_meeting(seed: int, parent_overlaps: bool) -> tuple[list[Attendee], SlotSearch]:
    rng = random.Random(seed)
    attendees = []
    for n in range(12):
        windows = []
        for weekday in range(5):
            if rng.random() < 0.7:
                start = rng.choice((7, 8, 9, 10, 12, 13))
                length = rng.choice((2, 3, 4))
                windows.append(
                    WeeklyWindow(
                        weekday,
                        time(start, 30 * rng.randint(0, 1)),
                        time(min(start + length, 16), 0),
                    )
                )
        attendees.append(
            Attendee(
                key=f"p{n}",
                name=f"Person {n}",
                role="team",
                required=n < 5,
                windows=windows,
                busy=[],
            )
        )
    # The parent: after-school times only, or times that meet the others.
    parent_windows = [WeeklyWindow(d, time(13, 0), time(16, 0)) for d in range(5)]
    if not parent_overlaps:
        parent_windows = [WeeklyWindow(d, time(15, 0), time(16, 30)) for d in (1, 3)]
        for other in attendees[1:5]:
            other.windows = [w for w in other.windows if w.end <= time(15, 0)]
    attendees[0].windows = parent_windows
    attendees[0].role = "parent"
    # The team's core windows, so that the finding case has real slots.
    for other in attendees[1:5]:
        other.windows.append(WeeklyWindow(2, time(13, 0), time(15, 0)))
    for _ in range(200):
        person = rng.choice(attendees)
        day = FIRST_DAY + timedelta(days=rng.randrange(WEEKS * 7))
        start = datetime.combine(day, time(rng.randint(7, 15), rng.choice((0, 15, 30, 45))))
        person.busy.append((start, start + timedelta(minutes=rng.choice((30, 45, 60, 90)))))
    search = SlotSearch(
        first_day=FIRST_DAY,
        last_day=FIRST_DAY + timedelta(weeks=WEEKS) - timedelta(days=1),
        duration_minutes=60,
        today=FIRST_DAY - timedelta(days=14),
        notice_days=10,
        due_by=None,
        day_starts=time(7, 30),
        day_ends=time(16, 30),
        closed_days=frozenset({FIRST_DAY + timedelta(days=14)}),
        step_minutes=15,
    )
    return attendees, search


def _median_ms(work) -> float:
    times = []
    for _ in range(RUNS):
        started = clock.perf_counter()
        work()
        times.append((clock.perf_counter() - started) * 1000)
    return statistics.median(times)


def rows() -> list[dict]:
    result = []
    for label, overlaps in (
        ("slot finder: 12 people, 200 busy times, 8 weeks", True),
        ("slot finder, no slot (explains why)", False),
    ):
        attendees, search = _caseload_meeting(seed=7, parent_overlaps=overlaps)
        found = find_slots(attendees, search)
        # Guard against measuring the wrong path.
        assert bool(found.slots) == overlaps, (label, found.reasons)
        ours = _median_ms(lambda a=attendees, s=search: find_slots(a, s))
        result.append(
            {
                "measure": label,
                "ours_ms": round(ours, 2),
                "reference": f"target {TARGET_MS:.0f} ms",
                "reference_ms": TARGET_MS,
                "ratio": round(ours / TARGET_MS, 3),
                "target": "< 1.0",
                "ok": ours < TARGET_MS,
            }
        )
    glossary = load_glossary("en")  # the glossary and dictionaries loaded before timing
    check_text(FAMILY_TEXT, "en", glossary=glossary)
    ours = _median_ms(lambda: check_text(FAMILY_TEXT, "en", glossary=glossary))
    words = len(FAMILY_TEXT.split())
    result.append(
        {
            "measure": f"plain-language check of {words} words (terms, grade, advice)",
            "ours_ms": round(ours, 2),
            "reference": f"target {KEYSTROKE_TARGET_MS:.0f} ms",
            "reference_ms": KEYSTROKE_TARGET_MS,
            "ratio": round(ours / KEYSTROKE_TARGET_MS, 3),
            "target": "< 1.0",
            "ok": ours < KEYSTROKE_TARGET_MS,
        }
    )
    return result


if __name__ == "__main__":
    for row in rows():
        print(row)
