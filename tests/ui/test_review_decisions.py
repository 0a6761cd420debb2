"""Decisions per agenda item in the review, through the real widgets: saved with undo, printed
in the summary, and a disagreement adds the prior written notice to the after checklist."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from iep_desk.app import handouts as app_handouts
from iep_desk.core.decisions import Decision
from iep_desk.printing import make_document
from iep_desk.ui.dates import date_text
from tests.ui import test_review_pane as review
from tests.ui.clock import TODAY

# The review pane's fixtures: a held-to-be meeting with the standard agenda, the pane on it.
stores, caseload, pane = review.stores, review.caseload, review.pane

pytestmark = pytest.mark.usefixtures("clock")


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_disagreement_adds_the_prior_written_notice_and_undo_takes_it_away(
        qtbot, pane, stores, caseload):
    meeting_id = caseload["meeting"]
    assert pane.open_meeting(meeting_id)
    qtbot.mouseClick(pane.mark_held_button, Qt.MouseButton.LeftButton)
    pane.tabs.setCurrentIndex(pane.tabs.indexOf(pane.decisions.parentWidget().parentWidget()))
    items = stores.agenda.agenda_of(meeting_id)
    first, second = pane.decisions.rows[items[0].id], pane.decisions.rows[items[1].id]
    assert first.choice.isEnabled() and first.choice.accessibleName()

    first.choice.setCurrentIndex(first.choice.findData(Decision.AGREED))
    qtbot.keyClicks(first.note, "Speech therapy twice a week")
    first.note.editingFinished.emit()
    notice = pane.after_checklist.rows["prior_written_notice_sent"]
    assert not notice.check.isVisibleTo(pane.after_checklist)

    second.note.setText("The parents asked for a one-to-one aide")
    second.choice.setCurrentIndex(second.choice.findData(Decision.SCHOOL_DECLINED))
    stored = stores.agenda.get_agenda_item(items[1].id)
    assert (stored.decision, stored.decision_note) == (
        Decision.SCHOOL_DECLINED, "The parents asked for a one-to-one aide")
    # The after-meeting checklist now holds the notice, with its due date.
    due = (pane.desk.stores.meetings.get_meeting(meeting_id).starts_at.date()
           + timedelta(days=10))
    assert notice.check.isVisibleTo(pane.after_checklist)
    assert date_text(due) in notice.check.text()
    assert pane.after_checklist.notice_label.isVisibleTo(pane.after_checklist)
    assert "prior_written_notice_sent" in [i.id for i in pane.after_checklist.state.open_items]
    assert "not closed" in pane.state_label.text()

    # The summary prints what was decided, in plain words.
    data = app_handouts.gather(stores, meeting_id=meeting_id, today=TODAY)
    summary = text_of(make_document("summary", data, ["en"]).pdf)
    assert "Speech therapy twice a week" in summary
    assert "The parents asked for a one-to-one aide" in summary

    # Undo takes the decision back, and the notice with it.
    pane.undo_stack_for_test.undo()
    assert stores.agenda.get_agenda_item(items[1].id).decision is None
    assert not notice.check.isVisibleTo(pane.after_checklist)
    assert pane.decisions.rows[items[1].id].choice.currentData() is None
