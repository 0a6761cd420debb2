"""Names and counts in the window: a full preferred name alone, right-to-left names kept apart
from the punctuation around them (but never in a file name), counts in proper plurals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog

from iep_desk.core.meetings import Meeting
from iep_desk.core.models import Student
from iep_desk.storage.stores import Stores
from iep_desk.ui import labels
from iep_desk.ui.desk import Desk
from iep_desk.ui.planner.pane import PlannerPane
from iep_desk.ui.review.pane import ReviewPane
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import NOW

pytestmark = pytest.mark.usefixtures("clock")
FSI, PDI = "\u2068", "\u2069"
INVISIBLE = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_a_chinese_preferred_name_shows_once(qtbot, store, data_dir):
    sid = store.add_student(Student("小明", "王", preferred_name="王小明"))
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    row = pane.model.row_of(sid)
    assert pane.model.index(row, 0).data() == "王小明"
    pane.open_student(sid)
    assert pane.form.heading.text() == "王小明"
    assert not pane.form.subheading.isVisible()  # the legal name is the same: 王小明


@pytest.fixture
def arabic_meeting(store):
    """A student with an Arabic name and a meeting two days ago."""
    sid = store.add_student(Student("مريم", "الحسن", preferred_name="مريومة"))
    stores = Stores(store.db)
    meeting_id = stores.meetings.create_meeting(Meeting(
        sid, "annual_review", "Review the year.", "confirmed", NOW - timedelta(days=2), 60,
        "room", "Room 4"), today=NOW.date() - timedelta(days=20))
    return sid, stores, meeting_id


def test_a_right_to_left_name_is_kept_apart_in_headings(qtbot, store, data_dir, arabic_meeting):
    sid, stores, meeting_id = arabic_meeting
    planner = PlannerPane(Desk(stores, QUndoStack()))
    qtbot.addWidget(planner)
    planner.open_meeting(meeting_id)
    assert planner.title_label.text().startswith(f"{FSI}مريومة الحسن{PDI}: Annual review, ")
    review = ReviewPane(Desk(stores, QUndoStack()))
    qtbot.addWidget(review)
    review.open_meeting(meeting_id)
    assert review.title_label.text().startswith(f"{FSI}مريومة الحسن{PDI}: ")
    window = open_window(qtbot, store, data_dir)
    window.caseload_pane.open_student(sid)
    assert window.caseload_pane.form.subheading.text() == f"Legal name: {FSI}مريم الحسن{PDI}"
    # A Latin name needs nothing around it in an English window.
    assert labels.name_in_text("Maya Ortiz") == "Maya Ortiz"


def test_a_suggested_file_name_has_no_invisible_characters(qtbot, store, arabic_meeting,
                                                           monkeypatch, tmp_path):
    _sid, stores, meeting_id = arabic_meeting
    planner = PlannerPane(Desk(stores, QUndoStack()))
    qtbot.addWidget(planner)
    planner.open_meeting(meeting_id)
    asked = {}

    def choose(parent, caption, suggested, filters):
        asked["name"] = suggested
        return str(tmp_path / "meeting.ics"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert planner.export_calendar() is not None
    name = asked["name"]
    day = (NOW - timedelta(days=2)).strftime("%Y-%m-%d")
    assert name == f"{day} IEP meeting مريومة ا.ics"  # the name last, before the extension
    assert not any(ch in name for ch in INVISIBLE)


def test_counts_use_proper_plurals(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    store.add_student(Student("Ana", "Silva", last_iep_meeting=NOW.date() - timedelta(days=370)))
    pane.refresh()
    assert pane.count_label.text() == "1 student"
    # Ben's annual review is a year off: not due soon.
    store.add_student(Student("Ben", "Okafor", last_iep_meeting=NOW.date() - timedelta(days=10)))
    pane.refresh()
    assert pane.count_label.text() == "2 students"
    pane.search.setText("ana")
    assert pane.count_label.text() == "1 of 2 students"
    pane.search.clear()
    pane.lists.setCurrentIndex(1)
    assert pane.due_soon.summary.text() == "1 deadline"
    assert labels.days_text(-1) == "1 day ago"
    assert labels.days_text(-5) == "5 days ago"
    assert labels.days_text(3) == "in 3 days"


def test_plural_forms_come_from_a_translation_when_there_is_one(qtbot):
    """With a translation loaded, its plural forms are used, not the English "(s)" rule."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from iep_desk.ui.plurals import plural

    class Spanish(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if source == "%n student(s)":
                return "%n alumno" if n == 1 else "%n alumnos"
            return ""

    translator = Spanish()
    QCoreApplication.installTranslator(translator)
    try:
        assert plural(QCoreApplication.translate("CaseloadPane", "%n student(s)", None, 1),
                      1) == "1 alumno"
        assert plural(QCoreApplication.translate("CaseloadPane", "%n student(s)", None, 4),
                      4) == "4 alumnos"
    finally:
        QCoreApplication.removeTranslator(translator)
