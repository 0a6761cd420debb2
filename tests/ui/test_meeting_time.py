"""A meeting's day and time a family can trust: "3:30" means the afternoon, a weekend, a closed
day or an hour outside the school day gets a warning beside the field and before a family
document is made, and a date in another century is refused."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from iep_desk.core.school_calendar import ClosedPeriod
from tests.ui.clock import TODAY
from tests.ui.test_planner_pane import _invite_everyone, _new_meeting, _open_pane, _people, _type
from tests.ui.us_dates import us_date, us_time

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY, a Wednesday

SATURDAY = TODAY + timedelta(days=3)
NEXT_TUESDAY = TODAY + timedelta(days=6)
WINTER_BREAK = ClosedPeriod(TODAY + timedelta(days=12), TODAY + timedelta(days=16),
                            "Winter break")


@pytest.fixture
def pane(qtbot, store, monkeypatch):
    ids = _people(store)
    pane = _open_pane(qtbot, store)
    settings = pane.stores.settings.planner_settings()
    settings.closed = [WINTER_BREAK]
    pane.stores.settings.save_planner_settings(settings)
    pane.meeting_id_for_test = _new_meeting(qtbot, pane, monkeypatch)
    _invite_everyone(qtbot, pane, ids)
    return pane


def starts_at(pane) -> datetime | None:
    return pane.stores.meetings.get_meeting(pane.meeting_id_for_test).starts_at


def test_three_thirty_typed_without_am_or_pm_is_the_afternoon(qtbot, pane):
    details = pane.details
    _type(qtbot, details.date_edit, us_date(NEXT_TUESDAY))
    _type(qtbot, details.time_edit, "3:30")
    assert starts_at(pane) == datetime.combine(NEXT_TUESDAY, time(15, 30))
    assert details.time_edit.text() == us_time(datetime.combine(NEXT_TUESDAY, time(15, 30)))
    assert not details.when_warning.isVisible()
    # A morning inside the school day stays the morning; 3:30 AM typed as such is kept, with
    # a warning beside the field (an hour a family would not expect), not a refusal.
    _type(qtbot, details.time_edit, "8:15")
    assert starts_at(pane) == datetime.combine(NEXT_TUESDAY, time(8, 15))
    _type(qtbot, details.time_edit, "3:30 AM")
    assert starts_at(pane) == datetime.combine(NEXT_TUESDAY, time(3, 30))
    assert details.when_warning.isVisible()
    assert details.when_warning.message == (
        "The meeting starts at 3:30\u202fAM, outside the school day (7:30\u202fAM–4:30\u202fPM). "
        "Check the time; keep it if the family agreed to meet then.")
    _type(qtbot, details.time_edit, "15:30")
    assert not details.when_warning.isVisible()


def test_a_weekend_or_a_closed_day_gets_a_warning_beside_the_field(qtbot, pane):
    details = pane.details
    _type(qtbot, details.date_edit, us_date(SATURDAY))
    assert starts_at(pane).date() == SATURDAY  # kept: a Saturday meeting may be agreed
    assert details.when_warning.message == (
        f"{us_date(SATURDAY)} is a Saturday. Check the date; keep it if the family agreed to "
        "meet that day.")
    closed = WINTER_BREAK.first + timedelta(days=1)
    _type(qtbot, details.date_edit, us_date(closed))
    assert starts_at(pane).date() == closed
    assert details.when_warning.message == (
        f"The school is closed on {us_date(closed)} (Winter break). Check the date; keep it if "
        "the family agreed to meet that day.")
    _type(qtbot, details.date_edit, us_date(NEXT_TUESDAY))
    assert not details.when_warning.isVisible()


@pytest.mark.parametrize("typed", ["1/1/1900", "1/1/2100", "3/17/2062"])
def test_a_meeting_date_in_another_century_or_with_a_typo_in_the_year_is_refused(
        qtbot, pane, typed):
    details = pane.details
    _type(qtbot, details.date_edit, us_date(NEXT_TUESDAY))
    before = starts_at(pane)
    _type(qtbot, details.date_edit, typed)
    assert starts_at(pane) == before
    message = details.group["date"].message
    assert message.isVisible()
    assert message.message == (
        f"{typed} is too far from today for a meeting. Choose a day from "
        f"{us_date(date(2025, 3, 11))} to {us_date(date(2028, 3, 11))}; check the year.")
    assert details.date_edit.text() == typed  # left as typed, for correcting


def test_leaves_early_and_busy_times_read_three_thirty_as_the_afternoon(qtbot, pane):
    section = pane.participants
    tom = pane.stores.meetings.participants_of(pane.meeting_id_for_test)[1]
    section.select(tom.id)
    _type(qtbot, section.leaves_edit, "3:30")
    assert pane.stores.meetings.get_participant(tom.id).leaves_at == time(15, 30)
    assert section.leaves_edit.text() == us_time(datetime.combine(TODAY, time(15, 30)))

    finder = pane.find_time
    finder.busy_who.setCurrentIndex(0)
    finder.busy_from.setText(f"{us_date(NEXT_TUESDAY)} 2:00")
    finder.busy_to.setText("4")
    busy_id = finder.add_busy()
    assert busy_id is not None
    busy, = pane.stores.busy_times.busy_times()
    assert (busy.starts_at, busy.ends_at) == (datetime.combine(NEXT_TUESDAY, time(14, 0)),
                                              datetime.combine(NEXT_TUESDAY, time(16, 0)))


def test_a_family_document_for_a_saturday_meeting_asks_first(qtbot, pane, monkeypatch):
    _type(qtbot, pane.details.date_edit, us_date(SATURDAY))
    _type(qtbot, pane.details.time_edit, "3:30 AM")
    _type(qtbot, pane.details.place_edit, "Room 12")
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    warned: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, **k: warned.append(text))
    actions = pane.handout_actions
    assert actions.make("invitation") is None  # the teacher said No: nothing is made
    assert asked == [
        (f"{us_date(SATURDAY)} is a Saturday. Check the date; keep it if the family agreed to "
        "meet that day.\n\nThe meeting starts at 3:30\u202fAM, outside the school day "
        "(7:30\u202fAM–4:30\u202fPM). Check the time; keep it if the family agreed to meet "
        "then.\n\nMake the invitation anyway?")]
    answer["button"] = QMessageBox.StandardButton.Yes
    made = actions.make("agenda")
    assert made is not None and made.pdf.startswith(b"%PDF")
    assert asked[-1].endswith("Make the agenda anyway?")
    # Made anyway once: the same day and time is not asked about again (a preview, then a
    # save, then a print), a new time is.
    asked.clear()
    assert actions.make("invitation") is not None and asked == []
    _type(qtbot, pane.details.time_edit, "3:45 AM")
    assert actions.make("invitation") is not None and len(asked) == 1
    # The prep sheet is the teacher's own: no question.
    asked.clear()
    assert actions.make("prep-sheet") is not None
    assert asked == []
    assert warned == []


def test_the_warning_and_the_refusal_in_a_spanish_window(qtbot, spanish, pane):
    details = pane.details
    _type(qtbot, details.date_edit, us_date(SATURDAY))
    assert details.when_warning.message == (
        f"El {us_date(SATURDAY)} es sábado. Revise la fecha; manténgala si la familia aceptó "
        "reunirse ese día.")
    _type(qtbot, details.date_edit, "1/1/2100")
    assert details.group["date"].message.message.startswith(
        "El 1/1/2100 está demasiado lejos de hoy para una reunión.")
