"""The Caseload pane through its real widgets, on a real caseload file under tmp_path."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import SaveFailed
from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog
from iep_desk.ui.caseload.table_model import NAME, NEAREST
from iep_desk.ui.help import shortcut_list
from tests.ui.caseload_helpers import field, open_window, type_and_commit
from tests.ui.clock import TODAY
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


@pytest.fixture
def window(qtbot, store, data_dir):
    return open_window(qtbot, store, data_dir)


def add(store, first, last="", **kw) -> int:
    return store.add_student(Student(first, last, **kw))


def visible_names(pane):
    model = pane.model
    return [model.data(model.index(r, NAME)) for r in range(model.rowCount())]


def test_add_student_with_ctrl_n(qtbot, window, store):
    pane = window.caseload_pane

    seen = []

    def answer():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, AddStudentDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        dialog = dialogs[0]
        seen.append(dialog)
        dialog.first_name.setText("Zoë")
        dialog.last_name.setText("O'Brien")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(pane.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen
    students = store.list_students()
    assert [s.legal_name for s in students] == ["Zoë O'Brien"]
    assert visible_names(pane) == ["Zoë O'Brien"]
    assert pane.form.student_id == students[0].id
    assert field(pane, "legal_first_name").editor.text() == "Zoë"


def test_edit_survives_closing_and_reopening(qtbot, store, data_dir):
    sid = add(store, "José", "Muñoz")
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(sid)
    type_and_commit(qtbot, field(pane, "school").editor, "Riverside Middle School")
    assert store.get_student(sid).school == "Riverside Middle School"
    window.close()
    store.db.close()

    reopened = open_caseload(data_dir)
    try:
        again = open_window(qtbot, reopened, data_dir)
        again.caseload_pane.open_student(sid)
        assert field(again.caseload_pane, "school").editor.text() == "Riverside Middle School"
        again.close()
    finally:
        reopened.db.close()


def test_closing_saves_what_is_still_being_typed(qtbot, store, data_dir):
    sid = add(store, "Ana")
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(sid)
    editor = field(pane, "district_student_id").editor
    editor.setFocus()
    qtbot.keyClicks(editor, "D-4471")
    window.close()  # no pause, no Enter: closing must not lose it, nor ask
    assert store.get_student(sid).district_student_id == "D-4471"


def test_autosave_after_a_pause_in_typing(qtbot, window, store):
    sid = add(store, "Liam", "Chen")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    editor = field(pane, "strengths").editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Builds with Lego")
    assert field(pane, "strengths").dirty  # waiting for the pause, not saving per keystroke
    qtbot.waitUntil(lambda: store.get_student(sid).strengths == "Builds with Lego", timeout=5000)
    assert editor.hasFocus()  # saved while the teacher is still in the field


def test_autosave_when_the_field_loses_focus(qtbot, window, store):
    sid = add(store, "Maya")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    hopes = field(pane, "hopes_and_dreams").editor
    pane.form.tabs.setCurrentIndex(2)
    hopes.setFocus()
    qtbot.waitUntil(hopes.hasFocus)
    qtbot.keyClicks(hopes, "To read chapter books")
    field(pane, "culture_and_traditions").editor.setFocus()
    qtbot.waitUntil(lambda: not hopes.hasFocus())
    assert store.get_student(sid).hopes_and_dreams == "To read chapter books"


def test_search_box_filters_as_you_type(qtbot, window, store):
    add(store, "Thị Ánh", "Nguyễn", preferred_name="Ánh", school="Oak Elementary")
    add(store, "José", "Muñoz", school="Lincoln Middle", disability_category="autism")
    add(store, "Zoë", "O'Brien", school="Oak Elementary", grade="5")
    pane = window.caseload_pane
    pane.refresh()
    assert pane.model._search is None  # the rows' search texts are not made with the list...
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.search.hasFocus()
    assert pane.model._search is not None  # ...but when the search box gets the focus
    qtbot.keyClicks(pane.search, "oak")
    assert pane.search.isClearButtonEnabled()
    assert visible_names(pane) == ["Ánh Nguyễn", "Zoë O'Brien"]
    assert pane.count_label.text() == "2 of 3 students"
    pane.search.clear()
    qtbot.keyClicks(pane.search, "Autism")
    assert visible_names(pane) == ["José Muñoz"]
    pane.search.clear()
    qtbot.keyClicks(pane.search, "nguyen")
    assert visible_names(pane) == ["Ánh Nguyễn"]


def test_archive_undo_and_restore(qtbot, window, store):
    keep = add(store, "Ana", "Alves")
    gone = add(store, "Ben", "Brown")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(gone)
    pane.archive_action.trigger()
    assert visible_names(pane) == ["Ana Alves"]
    assert store.get_student(gone).is_archived  # kept, not deleted

    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not store.get_student(gone).is_archived
    assert visible_names(pane) == ["Ana Alves", "Ben Brown"]

    pane.open_student(gone)
    pane.archive_action.trigger()
    pane.show_archived_action.setChecked(True)
    assert visible_names(pane) == ["Ben Brown"]
    assert pane.restore_action.isEnabled() and not pane.archive_action.isEnabled()
    pane.restore_action.trigger()
    assert not store.get_student(gone).is_archived
    pane.show_archived_action.setChecked(False)
    assert visible_names(pane) == ["Ana Alves", "Ben Brown"]
    assert store.count_students() == 2 and keep


def test_undo_of_an_edit_writes_the_old_value_back(qtbot, window, store):
    sid = add(store, "Omar", school="Old School")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    type_and_commit(qtbot, field(pane, "school").editor, "New School")
    assert store.get_student(sid).school == "New School"
    window.undo_action.trigger()
    assert store.get_student(sid).school == "Old School"
    assert field(pane, "school").editor.text() == "Old School"
    assert pane.model.data(pane.model.index(0, 2)) == "Old School"
    window.redo_action.trigger()
    assert store.get_student(sid).school == "New School"


def test_undo_of_an_added_student_archives_it(qtbot, window, store):
    pane = window.caseload_pane
    sid = pane.add_student(Student("Nia", "Owusu"))
    assert visible_names(pane) == ["Nia Owusu"]
    window.undo_action.trigger()
    assert visible_names(pane) == []
    assert store.get_student(sid).is_archived


def test_a_student_just_added_is_ready_for_typing(qtbot, window, store):
    """After adding the first student the keyboard focus was on the sidebar, and typing went
    nowhere; after adding another, it stayed in the field it was in, now showing the new
    student, and typing "Zq" made "ZqAna". The cursor goes to the new student's first empty
    field, on the Student page."""
    pane = window.caseload_pane
    pane.add_student(Student("Wei", "Chen"))
    first_empty = field(pane, "preferred_name").editor
    assert QApplication.focusWidget() is first_empty
    qtbot.keyClicks(first_empty, "Zq")
    pane.form.tabs.setCurrentIndex(2)
    field(pane, "strengths").editor.setFocus()
    sid = pane.add_student(Student("Ana", "Ruiz"))
    assert pane.form.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is field(pane, "preferred_name").editor
    qtbot.keyClicks(QApplication.focusWidget(), "Annie")
    pane.flush_edits()
    assert store.get_student(sid).preferred_name == "Annie"
    assert store.get_student(sid).legal_first_name == "Ana"


@pytest.mark.parametrize("field_name, bad, expected", [
    ("date_of_birth", "2015-02-30", "not a real date"),
    ("date_of_birth", "next week", "is not a date"),
    ("date_of_birth", (TODAY + timedelta(days=30)).isoformat(), "cannot be in the future"),
    # A 126-year-old student: the year is a slip (the import refuses it by the same rule).
    ("date_of_birth", "1/1/1900", "With a date of birth of 1/1/1900, the student would be"),
    ("annual_review_due", (TODAY - timedelta(days=200)).isoformat(), "before the last IEP meeting"),
    ("legal_first_name", "", "cannot be empty"),
])
def test_bad_value_gets_a_message_and_is_not_stored(qtbot, window, store, field_name, bad, expected):
    dob = date(2012, 4, 1)
    sid = add(store, "Rosa", "Diaz", date_of_birth=dob, last_iep_meeting=TODAY - timedelta(days=100))
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    before = store.get_field("students", sid, field_name)
    binding = field(pane, field_name)
    pane.form.tabs.setCurrentIndex(1 if field_name == "annual_review_due" else 0)
    type_and_commit(qtbot, binding.editor, bad)

    assert expected in binding.message.text()
    assert binding.message.isVisible()
    assert binding.message.text().startswith("⚠")
    assert expected in binding.editor.accessibleDescription()
    assert binding.editor.text() == bad  # stays on screen for correcting
    assert store.get_field("students", sid, field_name) == before  # the last good value

    # Another field still saves.
    pane.form.tabs.setCurrentIndex(0)
    type_and_commit(qtbot, field(pane, "school").editor, "Hillside")
    assert store.get_student(sid).school == "Hillside"
    assert binding.editor.text() == bad


def test_correcting_a_bad_date_clears_the_message_and_saves(qtbot, window, store):
    sid = add(store, "Rosa")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    binding = field(pane, "date_of_birth")
    type_and_commit(qtbot, binding.editor, "13/45/2012")
    assert binding.message.isVisible()
    type_and_commit(qtbot, binding.editor, "04/01/2012")
    assert not binding.message.isVisible()
    assert store.get_student(sid).date_of_birth == date(2012, 4, 1)
    assert binding.editor.text() == "4/1/2012"  # shown as the (US) locale writes it


def test_a_failed_save_is_shown_beside_the_field(qtbot, window, store, monkeypatch):
    sid = add(store, "Ivy", school="First")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)

    def disk_full(*args, **kwargs):
        raise SaveFailed("The change could not be saved (disk full).")

    monkeypatch.setattr(store, "update_field", disk_full)
    binding = field(pane, "school")
    type_and_commit(qtbot, binding.editor, "Second")
    assert "could not be saved" in binding.message.text()
    assert binding.editor.text() == "Second"
    monkeypatch.undo()
    assert store.get_student(sid).school == "First"
    assert window.undo_stack.count() == 0  # a failed write is not in the undo history


def test_computed_due_dates_show_as_placeholders(qtbot, window, store):
    last = TODAY - timedelta(days=20)
    sid = add(store, "Kai", last_iep_meeting=last, last_evaluation=date(2024, 5, 2))
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    annual = field(pane, "annual_review_due").editor
    assert annual.text() == ""
    assert us_date(last + timedelta(days=365)) in annual.placeholderText()
    assert "5/2/2027" in field(pane, "reevaluation_due").editor.placeholderText()


def test_due_soon_lists_overdue_then_soon_and_double_click_opens(qtbot, window, store):
    late = add(store, "Late", "Student", last_iep_meeting=TODAY - timedelta(days=380))
    soon = add(store, "Soon", "Student", last_iep_meeting=TODAY - timedelta(days=355))
    add(store, "Far", "Student", last_iep_meeting=TODAY - timedelta(days=10))
    pane = window.caseload_pane
    pane.refresh()
    pane.lists.setCurrentIndex(1)
    view = pane.due_soon
    table = view.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Late Student", "Soon Student"]
    assert table.item(0, 4).text() == "Overdue"
    assert table.item(1, 4).text() == "Within 30 days"
    assert table.item(0, 1).text() == "Annual review"
    assert table.item(0, 3).text() == "15 days overdue"

    view.set_within_days(90)
    assert table.rowCount() == 2  # the far one is due in 355 days
    rect = table.visualRect(table.model().index(1, 1))
    # A real double-click: a click, then the double-click event (QTest sends only the latter).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.form.student_id == soon
    assert pane.lists.currentIndex() == 0
    assert pane.model.student_id_at(pane.table.currentIndex().row()) == soon

    pane.lists.setCurrentIndex(1)
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert pane.form.student_id == late


def test_due_soon_includes_the_planners_extra_deadlines(qtbot, window, store):
    from iep_desk.core.deadlines import SEND_NOTICE, Deadline

    sid = add(store, "Noor", last_iep_meeting=TODAY - timedelta(days=10))
    pane = window.caseload_pane
    pane.set_meeting_sources(dict, lambda: [Deadline(sid, SEND_NOTICE, TODAY + timedelta(days=4))])
    table = pane.due_soon.table
    assert table.rowCount() == 0  # filled when the teacher looks at it, not before
    pane.lists.setCurrentWidget(pane.due_soon)
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Send the meeting notice"


def test_table_says_what_is_due_and_how_late(qtbot, window, store):
    add(store, "Late", last_iep_meeting=TODAY - timedelta(days=400))
    pane = window.caseload_pane
    pane.refresh()
    text = pane.model.data(pane.model.index(0, NEAREST))
    assert text == "Annual review: 35 days overdue"


def test_a_student_without_iep_dates_needs_them_in_the_list_and_in_due_soon(qtbot, window,
                                                                            store):
    """An imported caseload without dates never looks all clear: "Needs IEP dates" is an
    urgency of its own, sorted with the urgent deadlines, in the table and in Due soon."""
    add(store, "Far", "Off", last_iep_meeting=TODAY - timedelta(days=10))
    undated = add(store, "No", "Dates", date_of_birth=TODAY - timedelta(days=365 * 12))
    add(store, "Soon", "Due", last_iep_meeting=TODAY - timedelta(days=350))
    pane = window.caseload_pane
    pane.refresh()
    model = pane.model
    model.sort(NEAREST, Qt.SortOrder.AscendingOrder)
    row = model.row_of(undated)
    assert row == 0  # before "in 15 days", far before "in about 12 months"
    index = model.index(row, NEAREST)
    assert model.data(index) == "Needs IEP dates"  # not "in 1444 days" from the transition date
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Annual review" in model.data(index, Qt.ItemDataRole.ToolTipRole)

    pane.lists.setCurrentIndex(1)
    table = pane.due_soon.table
    texts = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert ["No Dates", "Enter the IEP dates", "—", "—", "Needs IEP dates"] in texts
    assert texts[0][0] == "No Dates"  # with the urgent ones, ahead of "in 15 days"


def test_read_only_disables_every_editing_control(qtbot, window, store):
    sid = add(store, "Read", "Only")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(sid)
    pane.set_read_only(True)
    assert pane.banner.isVisible() and "read-only" in pane.banner.text()
    assert not pane.add_student_action.isEnabled()
    assert not pane.archive_action.isEnabled()
    assert not any(b.editor.isEnabled() for b in pane.form.fields.fields.values())
    assert not pane.form.family_panel.add_button.isEnabled()
    assert not pane.form.team_panel.add_button.isEnabled()
    pane.set_read_only(False)
    assert field(pane, "school").editor.isEnabled() and pane.archive_action.isEnabled()


def test_a_search_that_hides_the_open_student_puts_their_details_away(qtbot, window, store):
    ayaan = add(store, "Ayaan", "Ahmed")
    maryam = add(store, "Maryam", "Hassan")
    pane = window.caseload_pane
    pane.refresh()
    pane.open_student(ayaan)
    school = field(pane, "school").editor
    school.setFocus()
    qtbot.keyClicks(school, "Northgate")  # still being typed when the search starts
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "mar")
    assert visible_names(pane) == ["Maryam Hassan"]
    # Not Ayaan's details under a list that shows only Maryam, and nothing to archive.
    assert pane.current_student_id() is None
    assert not pane.archive_action.isEnabled()
    assert store.get_student(ayaan).school == "Northgate"  # what was typed is saved
    qtbot.keyClick(pane.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(pane.search, Qt.Key.Key_Backspace)  # "m": Ayaan Ahmed is found again
    assert pane.current_student_id() == ayaan
    assert pane.table.selectionModel().isRowSelected(pane.model.row_of(ayaan))
    # Choosing another student forgets the one put away.
    pane.search.clear()
    pane.open_student(maryam)
    qtbot.keyClicks(pane.search, "ahmed")
    assert pane.current_student_id() is None
    pane.search.clear()
    assert pane.current_student_id() == maryam


def test_ctrl_f_from_another_pane_opens_no_student(qtbot, window, store):
    for first in ("Ayaan", "Maryam", "Tyler"):
        add(store, first, "Ahmed")
    pane = window.caseload_pane
    pane.refresh()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is pane
    assert pane.search.hasFocus()
    assert pane.current_student_id() is None


def test_the_open_student_is_always_the_highlighted_row(qtbot, window, store):
    add(store, "Ayaan", "Ahmed")
    add(store, "Maryam", "Hassan")
    pane = window.caseload_pane
    pane.refresh()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert pane.table.hasFocus()
    # Qt makes the first row current when the list gets the focus; its student is open, and
    # the row is highlighted as chosen, not only framed.
    chosen = pane.current_student_id()
    assert chosen is not None
    assert [pane.model.student_id_at(i.row())
            for i in pane.table.selectionModel().selectedRows()] == [chosen]
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert pane.current_student_id() != chosen
    assert [pane.model.student_id_at(i.row())
            for i in pane.table.selectionModel().selectedRows()] == [pane.current_student_id()]


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_box_opens_the_first_student_found(qtbot, window, store,
                                                                        key):
    add(store, "Ayaan", "Ahmed")
    maryam = add(store, "Maryam", "Hassan")
    add(store, "Amara", "Okonkwo")
    pane = window.caseload_pane
    pane.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.search, "hass")
    qtbot.keyClick(pane.search, key)
    assert pane.table.hasFocus()
    assert pane.current_student_id() == maryam
    assert pane.search.text() == "hass"  # the search stays as typed


def test_escape_in_the_search_box_empties_it(qtbot, window, store):
    add(store, "Ayaan", "Ahmed")
    add(store, "Maryam", "Hassan")
    pane = window.caseload_pane
    pane.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.search, "hass")
    assert visible_names(pane) == ["Maryam Hassan"]
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    assert visible_names(pane) == ["Ayaan Ahmed", "Maryam Hassan"]


def test_the_search_box_keys_are_in_the_list_of_shortcuts(window):
    listed = {(keys, what) for keys, what, _where in shortcut_list(window)}
    assert {("Down", "Go to the students found"), ("Esc", "Empty the search box")} <= listed


def test_down_in_a_search_that_found_nobody_stays_in_the_box(qtbot, window, store):
    add(store, "Ayaan", "Ahmed")
    pane = window.caseload_pane
    pane.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.search, "zzz")
    qtbot.keyClick(pane.search, Qt.Key.Key_Down)
    assert pane.search.hasFocus()
    assert pane.current_student_id() is None


def test_a_read_only_caseload_does_not_offer_to_add_a_student(qtbot, window, store):
    from PySide6.QtWidgets import QLabel

    def notes(pane):
        return " ".join(label.text() for label in pane.findChildren(QLabel)
                        if label.isVisible())

    sid = add(store, "Rosa")
    pane = window.caseload_pane
    pane.refresh()
    pane.set_read_only(True, "Read-only: another copy of IEP Desk has it open.")
    assert not pane.add_student_action.isEnabled()
    assert "Ctrl+N" not in notes(pane) and "open read-only" in notes(pane)
    pane.open_student(sid)  # the student form is built now...
    pane.form.show_student(None)  # ...and shows no student again
    assert "Ctrl+N" not in notes(pane) and "open read-only" in notes(pane)
    pane.set_read_only(False)
    assert "Ctrl+N" in notes(pane)
