"""A note on a checklist item not ticked yet ("left a voicemail, try again Tuesday") is kept:
a row without a date, which never counts as done, on a real caseload file."""

from __future__ import annotations

from datetime import timedelta

import pytest

from iep_desk.app import checklist as app_checklist
from iep_desk.app.handouts import gather, make_document
from iep_desk.app.undo import apply
from iep_desk.core.checklist import after_meeting_checklist, before_meeting_checklist, is_closed
from iep_desk.resources import checklist_texts
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from tests.app.test_handouts import TODAY, seed_meeting, text_of

VOICEMAIL = "Left a voicemail, try again Tuesday"


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def meeting_id(store, stores) -> int:
    return seed_meeting(store, stores).meeting_id


def _state(stores, meeting_id):
    meeting = stores.meetings.get_meeting(meeting_id)
    return before_meeting_checklist(
        meeting, stores.meetings.participants_of(meeting_id), [],
        stores.checklist.entries_of(meeting_id), last_progress_contact=None, today=TODAY,
        deadline_settings=stores.settings.deadline_settings(),
        planner_settings=stores.settings.planner_settings(), texts=checklist_texts("en"))


def test_a_note_without_a_tick_is_kept_and_counts_for_nothing(stores, meeting_id, data_dir):
    before = _state(stores, meeting_id)
    result = app_checklist.keep_note(stores, meeting_id=meeting_id, item="anyone_missing_asked",
                                     note=VOICEMAIL)
    assert result.changes.checklist
    item = _state(stores, meeting_id).item("anyone_missing_asked")
    assert item is not None and item.note == VOICEMAIL and not item.done
    assert item.done_on is None
    assert _state(stores, meeting_id).progress == before.progress
    assert "anyone_missing_asked" not in {t.item for t in stores.checklist.ticks_of(meeting_id)}
    # On file: another connection to the same file finds it.
    again = open_caseload(data_dir)
    try:
        entry = Stores(again.db).checklist.entry(meeting_id, "anyone_missing_asked")
        assert entry is not None and (entry.item, entry.done_on, entry.note) == ("anyone_missing_asked", None, VOICEMAIL)
    finally:
        again.db.close()

    # One undo step takes it away; redo brings it back.
    assert result.undo is not None
    apply(stores, result.undo.undo)
    assert stores.checklist.entry(meeting_id, "anyone_missing_asked") is None
    apply(stores, result.undo.redo)
    assert stores.checklist.entry(meeting_id, "anyone_missing_asked").note == VOICEMAIL


def test_ticking_keeps_the_note_and_clearing_the_tick_keeps_it_too(stores, meeting_id):
    app_checklist.keep_note(stores, meeting_id=meeting_id, item="anyone_missing_asked",
                            note=VOICEMAIL)
    ticked = app_checklist.tick(stores, meeting_id=meeting_id, item="anyone_missing_asked",
                                done_on=TODAY, today=TODAY)
    assert ticked.value is not None and ticked.value.note == VOICEMAIL
    assert _state(stores, meeting_id).item("anyone_missing_asked").done
    # Undo of the tick puts back the note alone, not nothing.
    apply(stores, ticked.undo.undo)
    entry = stores.checklist.entry(meeting_id, "anyone_missing_asked")
    assert (entry.done_on, entry.note) == (None, VOICEMAIL)
    apply(stores, ticked.undo.redo)

    cleared = app_checklist.untick(stores, meeting_id=meeting_id, item="anyone_missing_asked")
    entry = stores.checklist.entry(meeting_id, "anyone_missing_asked")
    assert (entry.done_on, entry.note) == (None, VOICEMAIL)
    assert not _state(stores, meeting_id).item("anyone_missing_asked").done
    apply(stores, cleared.undo.undo)
    assert stores.checklist.entry(meeting_id, "anyone_missing_asked").done_on == TODAY

    # An empty note on an item not ticked leaves no row.
    app_checklist.untick(stores, meeting_id=meeting_id, item="anyone_missing_asked")
    app_checklist.keep_note(stores, meeting_id=meeting_id, item="anyone_missing_asked", note="")
    assert stores.checklist.entry(meeting_id, "anyone_missing_asked") is None


def test_a_note_is_not_the_notice_sent_nor_closes_a_meeting(stores, meeting_id):
    meeting = stores.meetings.get_meeting(meeting_id)
    settings = stores.settings.deadline_settings()
    late = meeting.starts_at.date() - timedelta(days=1)
    app_checklist.keep_note(stores, meeting_id=meeting_id, item="notice_sent",
                            note="Printed, not sent yet")
    state = before_meeting_checklist(
        meeting, stores.meetings.participants_of(meeting_id), [],
        stores.checklist.entries_of(meeting_id), last_progress_contact=None, today=late,
        deadline_settings=settings, planner_settings=stores.settings.planner_settings(),
        texts=checklist_texts("en"))
    assert any("notice" in warning.lower() for warning in state.warnings)
    [deadline] = [d for d in stores.meetings.notice_deadlines(settings)
                  if d.meeting_id == meeting_id]
    assert deadline.open  # still to send

    texts = checklist_texts("en")
    for item in ("notes_sent", "thank_you_sent", "iep_copy_given", "review_done"):
        app_checklist.keep_note(stores, meeting_id=meeting_id, item=item, note="to do")
    entries = stores.checklist.entries_of(meeting_id)
    assert not is_closed(entries)
    assert after_meeting_checklist(entries, texts).done_count == 0


def test_the_prep_sheet_prints_the_note_of_an_open_item(stores, meeting_id):
    app_checklist.keep_note(stores, meeting_id=meeting_id, item="anyone_missing_asked",
                            note=VOICEMAIL)
    data = gather(stores, meeting_id=meeting_id, today=TODAY)
    text = " ".join(text_of(make_document("prep-sheet", data, None).pdf).split())
    assert VOICEMAIL in text
    assert "anyone is missing" in text
