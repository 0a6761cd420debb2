"""The window opens on the student list; the parts behind a tab or a choice are built the
first time they are shown, in their place. (The planner and the review: test_app_wiring.)"""

from __future__ import annotations

from iep_desk.storage.caseload import open_caseload
from iep_desk.ui.main_window import MainWindow


def test_each_part_is_built_when_first_needed(qtbot, demo_caseload):
    store = open_caseload(demo_caseload)
    window = MainWindow(store, data_dir=demo_caseload)
    qtbot.addWidget(window)
    pane = window.caseload_pane
    assert pane._form is None
    assert pane.current_student_id() is None
    assert any(row.next_meeting for row in pane.model.all_rows())

    # Choosing a student builds the form, with the student's own meetings tab.
    pane.table.selectRow(0)
    assert pane._form is not None
    assert pane.current_student_id() == pane.model.student_id_at(0)
    tabs = [pane.form.tabs.tabText(i) for i in range(pane.form.tabs.count())]
    assert tabs[-1] == "Meetings and actions"

    # Due soon is built when its tab is first shown, in its place, and filled.
    assert pane._due_soon is None
    pane.lists.setCurrentIndex(1)
    assert pane.lists.widget(1) is pane._due_soon and pane.lists.tabText(1) == "Due soon"
    assert pane.due_soon.table.rowCount() > 0

    # The Open actions list is built when its tab is first shown, in its place.
    assert pane._open_actions is None
    pane.lists.setCurrentIndex(2)
    assert pane._open_actions is not None
    assert pane.lists.widget(2) is pane._open_actions and pane.lists.currentIndex() == 2
    assert pane.lists.tabText(2) == "Open actions"
    store.db.close()


def test_the_student_form_built_after_going_read_only_is_read_only(qtbot, demo_caseload):
    store = open_caseload(demo_caseload)
    window = MainWindow(store, data_dir=demo_caseload)
    qtbot.addWidget(window)
    pane = window.caseload_pane
    pane.set_read_only(True, "Open in another copy.")
    pane.table.selectRow(0)
    assert pane.form.read_only
    store.db.close()
