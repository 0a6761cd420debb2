"""Invited is not the notice: the screen says them apart, and saving or printing the
invitation from IEP Desk (it holds every element of the notice) ticks "Sent the meeting
notice" with that day, as one undo step; a notice ticked already is left as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from iep_desk.app import checklist as app_checklist
from iep_desk.storage.stores import Stores
from tests.ui.test_handouts import (  # noqa: F401 (fixtures)
    TODAY,
    Said,
    install,
    pane,
    seeded,
    stores,
)


def notice(on, meeting_id):
    return next((t for t in on.checklist.ticks_of(meeting_id) if t.item == "notice_sent"),
                None)


def test_saving_the_invitation_ticks_the_notice_and_undo_takes_it_back(
        pane, store, stores, seeded, monkeypatch, tmp_path):  # noqa: F811 (fixtures)
    Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitation"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    assert notice(stores, seeded.meeting_id) is None
    actions.save("agenda")  # the agenda is not the notice
    assert notice(stores, seeded.meeting_id) is None
    assert actions.save("invitation") is not None
    tick = notice(stores, seeded.meeting_id)
    assert tick is not None and tick.done_on == TODAY
    assert "Invitation saved as PDF" in tick.note
    stack = actions.desk.undo_stack
    assert stack.undoText() == "Tick the meeting notice as sent"
    stack.undo()
    assert notice(stores, seeded.meeting_id) is None
    # Saved again: ticked again, once.
    actions.save("invitation")
    actions.save("invitation")
    assert notice(stores, seeded.meeting_id).done_on == TODAY
    assert stack.count() == 1


def test_a_notice_ticked_already_keeps_its_day(store, seeded):  # noqa: F811
    on_file = Stores.of(store)
    from datetime import timedelta

    earlier = TODAY - timedelta(days=4)
    app_checklist.tick(on_file, meeting_id=seeded.meeting_id, item="notice_sent",
                       done_on=earlier, note="Mailed", today=TODAY)
    result = app_checklist.invitation_sent(on_file, meeting_id=seeded.meeting_id, on=TODAY,
                                           how="Invitation printed from IEP Desk")
    assert result.undo is None
    assert notice(on_file, seeded.meeting_id).done_on == earlier


def test_invited_on_says_it_is_not_the_notice(qtbot, store, seeded):  # noqa: F811
    from iep_desk.ui.planner.participants import ParticipantsSection
    from tests.ui.conftest import desk_for

    section = ParticipantsSection(desk_for(store))
    qtbot.addWidget(section)
    header = section.table.horizontalHeaderItem(4)
    assert header.text() == "Invited on"
    assert "The meeting notice is another thing" in header.toolTip()
    assert "Checklist" in section.invited_edit.toolTip()


def test_saving_or_printing_from_the_preview_window_ticks_the_notice_too(
        qtbot, pane, store, stores, seeded, monkeypatch, tmp_path):  # noqa: F811 (fixtures)
    # The preview's own Save and Print used to leave the notice unticked.
    from iep_desk.ui import handouts

    Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitation"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    window = actions.preview("agenda")
    qtbot.addWidget(window)
    window.save_action.trigger()
    assert notice(stores, seeded.meeting_id) is None  # the agenda is not the notice
    window.close()
    window = actions.preview("invitation")
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))  # cancelled
    window.save_action.trigger()
    assert notice(stores, seeded.meeting_id) is None
    monkeypatch.setattr(handouts, "print_pdf", lambda *a, **k: True)
    window.print_action.trigger()
    tick = notice(stores, seeded.meeting_id)
    assert tick is not None and tick.done_on == TODAY
    assert "Invitation printed" in tick.note
    window.close()


def test_a_preview_ticks_the_notice_of_its_own_meeting_after_another_is_chosen(
        qtbot, pane, store, stores, seeded, monkeypatch):  # noqa: F811 (fixtures)
    """The teacher previews one meeting's invitation, chooses another meeting in the list,
    then prints from the preview: the printed meeting's notice is ticked. The tick went to
    the meeting chosen in the list, which nobody had sent anything for."""
    from iep_desk.ui import handouts

    Said(monkeypatch)
    actions = install(pane, store, stores, seeded.meeting_id)
    window = actions.preview("invitation")
    qtbot.addWidget(window)
    actions.chosen["id"] = seeded.next_id
    monkeypatch.setattr(handouts, "print_pdf", lambda *a, **k: True)
    window.print_action.trigger()
    assert notice(stores, seeded.next_id) is None
    tick = notice(stores, seeded.meeting_id)
    assert tick is not None and tick.done_on == TODAY
    window.close()
