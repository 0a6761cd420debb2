"""What was typed in a "new …" form or an entry line and not added yet is never dropped
without a word: choosing another student or meeting, or closing the window, asks one
question (ui.drafts): Go back, or Discard. Driven through the real window on a copy of
the sample caseload; the question is answered by the test."""

from __future__ import annotations

from functools import reduce

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.stores import Stores
from iep_desk.ui import drafts
from tests.ui.caseload_helpers import open_window

REAL_QUESTION = drafts.ask_about_drafts  # before the tests' fixture answers in its place
pytestmark = pytest.mark.usefixtures("clock")  # the sample's dates are offsets from TODAY


@pytest.fixture
def window(qtbot, demo_caseload):
    store = open_caseload(demo_caseload)
    window = open_window(qtbot, store, demo_caseload)
    window.resize(1400, 900)
    yield window
    window.close()
    store.db.close()


@pytest.fixture
def answer(monkeypatch):
    """Set the teacher's answer (drafts.GO_BACK or drafts.DISCARD); the questions asked are
    listed in `answer.asked`."""

    class Answer:
        def __init__(self) -> None:
            self.given = drafts.GO_BACK
            self.asked: list[list[str]] = []

        def __call__(self, given: str) -> None:
            self.given = given

    chosen = Answer()

    def ask(_parent, whats):
        chosen.asked.append(list(whats))
        return chosen.given

    monkeypatch.setattr(drafts, "ask_about_drafts", ask)
    return chosen


def _type(qtbot, line, text: str) -> None:
    """Type into a line as a teacher would, without pressing Enter or Add."""
    drafts.go_to(line)
    line.setFocus()
    qtbot.keyClicks(line, text)


def _choose_row(pane, index: int) -> None:
    """Another meeting of the pane's list, as the arrow keys or a click choose it."""
    pane.list.setCurrentCell(index, 0)
    QApplication.processEvents()


def _row_of(pane, meeting_id) -> int:
    return [m.id for m in pane.meeting_list.meetings].index(meeting_id)


def _other_row(pane) -> int:
    return 1 if _row_of(pane, pane.current_meeting_id()) == 0 else 0


def _attr(obj, path: str):
    return reduce(getattr, path.split("."), obj)


# -- the meeting panes -----------------------------------------------------------------------
PLANNER_LINES = [
    ("participants.typed_name", "a person to invite"),
    ("find_time.busy_note", "a busy time"),
    ("family_voice.question_text", "a question from the family"),
    ("family_voice.position_edit", "a concern of the family"),
    ("contact_log.topic_edit", "a new contact"),
]
REVIEW_LINES = [
    ("attendance.present_name", "someone to mark present"),
    ("attendance.new_name", "someone who came unannounced"),
    ("action_plan.what_edit", "a new action"),
    ("family.home.new_text", "an idea for home"),
    ("family.contributions.new_text", "what the family brought"),
    ("looking_back.reflection_text", "a new reflection"),
    ("looking_back.tip_topic", "a new tip"),
]


def _meeting_pane(window, which: str):
    if which == "planner":
        window.show_pane(1)
        return window.planner_pane
    window.show_pane(2)
    pane = window.review_pane
    # A held meeting, where everything of the review may be written.
    held = [m.id for m in pane.meeting_list.meetings if m.status == "held"]
    assert len(pane.meeting_list.meetings) >= 2 and held
    _choose_row(pane, _row_of(pane, held[0]))
    return pane


@pytest.mark.parametrize(("which", "path", "what"),
                         [("planner", p, w) for p, w in PLANNER_LINES]
                         + [("review", p, w) for p, w in REVIEW_LINES])
def test_a_draft_is_listed_and_go_back_keeps_it_and_the_meeting(qtbot, window, answer, which,
                                                               path, what):
    pane = _meeting_pane(window, which)
    shown = pane.current_meeting_id()
    line = _attr(pane, path)
    assert line.isEnabled()
    _type(qtbot, line, "Ms Okafor, Thursday")
    answer(drafts.GO_BACK)
    _choose_row(pane, _other_row(pane))
    assert answer.asked == [[f"{what}: “Ms Okafor, Thursday”"]]
    assert pane.current_meeting_id() == shown
    assert pane.list.currentRow() == _row_of(pane, shown)  # the list is put back too
    assert line.text() == "Ms Okafor, Thursday"
    assert line.hasFocus()


@pytest.mark.parametrize(("which", "path", "what"),
                         [("planner", *PLANNER_LINES[0]), ("planner", *PLANNER_LINES[4]),
                          ("review", *REVIEW_LINES[2]), ("review", *REVIEW_LINES[5])])
def test_discard_clears_the_draft_and_the_other_meeting_is_shown(qtbot, window, answer, which,
                                                                 path, what):
    pane = _meeting_pane(window, which)
    line = _attr(pane, path)
    _type(qtbot, line, "Bring the reading log")
    answer(drafts.DISCARD)
    row = _other_row(pane)
    _choose_row(pane, row)
    assert answer.asked == [[f"{what}: “Bring the reading log”"]]
    assert pane.current_meeting_id() == pane.meeting_list.meetings[row].id
    assert line.text() == ""
    # Nothing was added on the teacher's behalf.
    assert "Bring the reading log" not in "\n".join(window.desk.stores.db.conn.iterdump())


def test_a_click_on_another_meeting_is_put_back(qtbot, window, answer):
    """A click selects the row it is on after the question: the row goes back all the same."""
    pane = _meeting_pane(window, "planner")
    shown = pane.current_meeting_id()
    _type(qtbot, pane.participants.typed_name, "Grandma Rose")
    other = _other_row(pane)
    rect = pane.list.visualRect(pane.list.model().index(other, 0))
    qtbot.mouseClick(pane.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)  # the click finishes, then the row is put back
    assert len(answer.asked) == 1
    assert pane.current_meeting_id() == shown
    assert pane.list.currentRow() == _row_of(pane, shown)
    assert [i.row() for i in pane.list.selectionModel().selectedRows()] == [_row_of(pane, shown)]


def test_without_a_draft_nothing_is_asked(qtbot, window, answer):
    """Fields that save themselves hold no draft, and a line showing only its placeholder is
    empty."""
    pane = _meeting_pane(window, "planner")
    assert pane.participants.typed_name.placeholderText()
    drafts.go_to(pane.details.place_edit)
    pane.details.place_edit.setFocus()
    qtbot.keyClicks(pane.details.place_edit, " (library)")  # saves itself
    _type(qtbot, pane.participants.typed_name, "   ")  # spaces only: nothing typed
    row = _other_row(pane)
    _choose_row(pane, row)
    assert answer.asked == []
    assert pane.current_meeting_id() == pane.meeting_list.meetings[row].id


def test_a_draft_stays_when_an_undo_shows_the_meeting_again(qtbot, window, answer):
    pane = _meeting_pane(window, "planner")
    shown = pane.current_meeting_id()
    place = pane.details.place_edit
    drafts.go_to(place)
    place.setFocus()
    qtbot.keyClicks(place, " B")
    pane.flush_edits()
    _type(qtbot, pane.family_voice.question_text, "Can she try the reading app at home?")
    _type(qtbot, pane.participants.typed_name, "Uncle Joe")
    window.desk.undo_stack.undo()  # the place: the meeting is read again
    QApplication.processEvents()
    assert pane.current_meeting_id() == shown
    assert pane.family_voice.question_text.text() == "Can she try the reading app at home?"
    assert pane.participants.typed_name.text() == "Uncle Joe"
    assert answer.asked == []


def test_a_read_only_caseload_has_no_drafts(qtbot, window, answer):
    pane = _meeting_pane(window, "planner")
    _type(qtbot, pane.participants.typed_name, "Grandma Rose")
    for target in (window, *window.panes):  # as a caseload found damaged is made read-only
        target.set_read_only(True, "Open in another copy")
    assert pane.pending_drafts() == []
    assert window.caseload_pane.pending_drafts() == []
    _choose_row(pane, _other_row(pane))
    assert answer.asked == []


# -- the caseload: a new goal --------------------------------------------------------------------
def _new_goal_typed(qtbot, window, *, with_goals: bool = False):
    pane = window.caseload_pane
    pane.open_student(pane.model.student_id_at(0))
    goals = pane.form.iep_record.goals
    if with_goals:  # one goal on file first, added with Add goal
        goals.new_button.click()
        _type(qtbot, goals.area, "Math")
        _type(qtbot, goals.text, "Adds fractions with like denominators")
        goals.save_button.click()
        assert len(goals.goals) == 1
    drafts.go_to(goals.new_button)
    goals.new_button.click()
    _type(qtbot, goals.area, "Reading")
    _type(qtbot, goals.text, "Reads 90 words a minute by June, with few errors")
    return pane, goals


def test_a_new_goal_typed_go_back_keeps_the_student_and_the_goal(qtbot, window, answer):
    pane, goals = _new_goal_typed(qtbot, window)
    student = pane.current_student_id()
    answer(drafts.GO_BACK)
    pane.table.selectRow(1 if pane.table.currentIndex().row() == 0 else 0)  # another student
    QApplication.processEvents()
    assert answer.asked == [["a new goal: “Reads 90 words a minute by June, with…”"]]
    assert pane.current_student_id() == student
    assert pane.model.student_id_at(pane.table.currentIndex().row()) == student
    assert goals.text.toPlainText() == "Reads 90 words a minute by June, with few errors"
    assert goals.text.hasFocus()
    assert goals.goals == [] or all(g.text != goals.text.toPlainText() for g in goals.goals)


def test_a_new_goal_discarded_is_not_saved_and_the_other_student_is_shown(qtbot, window,
                                                                         answer):
    pane, goals = _new_goal_typed(qtbot, window)
    student = pane.current_student_id()
    answer(drafts.DISCARD)
    pane.table.selectRow(1)
    QApplication.processEvents()
    assert len(answer.asked) == 1
    assert pane.current_student_id() == pane.model.student_id_at(1) != student
    assert goals.area.text() == "" and goals.text.toPlainText() == ""
    assert all(g.text != "Reads 90 words a minute by June, with few errors"
               for g in window.desk.stores.goals.goals_of(student))


def test_choosing_a_goal_of_the_same_student_asks_about_the_new_one(qtbot, window, answer):
    _pane, goals = _new_goal_typed(qtbot, window, with_goals=True)
    assert goals.goal_list.count() > 0
    answer(drafts.GO_BACK)
    goals.goal_list.setCurrentRow(0)
    assert len(answer.asked) == 1
    assert goals.loaded is None
    assert goals.text.toPlainText() == "Reads 90 words a minute by June, with few errors"


# -- closing the window ------------------------------------------------------------------------
def test_closing_with_drafts_go_back_keeps_the_window_open_on_the_first(qtbot, window, answer):
    _pane, goals = _new_goal_typed(qtbot, window)
    planner = _meeting_pane(window, "planner")
    _type(qtbot, planner.find_time.busy_note, "District training")
    answer(drafts.GO_BACK)
    assert not window.close()
    assert window.isVisible()
    # One question lists both, the pane shown first.
    assert answer.asked == [["a busy time: “District training”",
                             "a new goal: “Reads 90 words a minute by June, with…”"]]
    assert window.stack.currentWidget() is planner
    assert planner.find_time.busy_note.hasFocus()
    assert goals.text.toPlainText()


def test_closing_with_drafts_discard_closes(qtbot, window, answer):
    review = _meeting_pane(window, "review")
    _type(qtbot, review.looking_back.reflection_text, "Greeting them at the door helped")
    answer(drafts.DISCARD)
    assert window.close()
    assert len(answer.asked) == 1


def test_closing_without_drafts_asks_nothing(qtbot, window, answer):
    _meeting_pane(window, "review")
    assert window.close()
    assert answer.asked == []


# -- the question itself ---------------------------------------------------------------------
def test_the_question_lists_the_drafts_and_go_back_is_its_default_and_escape(qtbot):
    box = drafts.drafts_box(None, ["a new goal: “Reads 90…”", "a new tip: “Loud rooms”"])
    qtbot.addWidget(box)
    assert box.text() == "What you typed here is not added yet:"
    assert "• a new goal: “Reads 90…”\n• a new tip: “Loud rooms”" == box.informativeText()
    go_back = box.defaultButton()
    assert go_back.text() == "&Go back"
    assert box.escapeButton() is go_back
    roles = {b.text(): box.buttonRole(b) for b in box.buttons()}
    assert roles["&Discard"] == QMessageBox.ButtonRole.DestructiveRole
    assert all(b.accessibleName() for b in box.buttons())


def _answer_the_box(qtbot, answer) -> None:
    """Once the question is on screen, answer it as the teacher would (`answer(box)`)."""
    def when_shown() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, when_shown)
            return
        answer(box)
    QTimer.singleShot(0, when_shown)


def test_escape_on_the_question_goes_back(qtbot):
    _answer_the_box(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert REAL_QUESTION(None, ["a new tip: “Loud rooms”"]) == drafts.GO_BACK


def test_enter_on_the_question_goes_back_and_discard_them_discards(qtbot):
    _answer_the_box(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert REAL_QUESTION(None, ["a new tip: “Loud rooms”"]) == drafts.GO_BACK
    _answer_the_box(qtbot, lambda box: box.property("discard_button").click())
    assert REAL_QUESTION(None, ["a new tip: “Loud rooms”"]) == drafts.DISCARD


def test_a_long_draft_is_quoted_short_on_one_line():
    assert drafts.quoted("Reads 90 words\na minute   by June, with few errors and good expression") \
        == "“Reads 90 words a minute by June, with…”"


# -- a checklist note on an item not ticked yet -------------------------------------------------
VOICEMAIL = "Left a voicemail, try again Tuesday"


def test_a_checklist_note_without_a_tick_is_kept(qtbot, window, answer, demo_caseload):
    pane = _meeting_pane(window, "planner")
    shown = pane.current_meeting_id()
    checklist = pane.checklist
    item = next(i for i in checklist.state.items if not i.done and not i.computed)
    done_before = checklist.state.done_count
    row = checklist.rows[item.id]
    _type(qtbot, row.note_edit, VOICEMAIL)
    qtbot.keyClick(row.note_edit, Qt.Key.Key_Tab)  # on to the next field: the note is kept
    assert not checklist.rows[item.id].check.isChecked()
    assert checklist.state.done_count == done_before
    assert checklist.progress_label.text().startswith(f"{done_before} of ")

    # Another meeting and back: still there, still not ticked, nothing asked (it is saved).
    _choose_row(pane, _other_row(pane))
    _choose_row(pane, _row_of(pane, shown))
    assert answer.asked == []
    row = checklist.rows[item.id]
    assert row.note_edit.text() == VOICEMAIL and not row.check.isChecked()
    assert checklist.state.item(item.id).done is False

    # One undo step takes it back, redo brings it again.
    stack = window.desk.undo_stack
    assert stack.undoText() == f"Note on “{item.text}”"
    stack.undo()
    assert checklist.rows[item.id].note_edit.text() == ""
    stack.redo()
    assert checklist.rows[item.id].note_edit.text() == VOICEMAIL

    # On file: a window opened on the file after this one closed shows it.
    assert window.close()
    again = open_caseload(demo_caseload)
    try:
        entry = Stores(again.db).checklist.entry(shown, item.id)
        assert entry is not None
        assert (entry.done_on, entry.note) == (None, VOICEMAIL)
    finally:
        again.db.close()


def test_an_after_meeting_note_without_a_tick_is_kept(qtbot, window, answer):
    pane = _meeting_pane(window, "review")
    shown = pane.current_meeting_id()
    after = pane.after_checklist
    item = next(i for i in after.state.items if not i.done)
    row = after.rows[item.id]
    _type(qtbot, row.note_edit, "Thank-you letter printed, to post Friday")
    qtbot.keyClick(row.note_edit, Qt.Key.Key_Tab)
    _choose_row(pane, _other_row(pane))
    _choose_row(pane, _row_of(pane, shown))
    assert after.rows[item.id].note_edit.text() == "Thank-you letter printed, to post Friday"
    assert not after.state.item(item.id).done


def test_a_checklist_note_still_being_typed_is_kept_on_close(qtbot, window, answer):
    pane = _meeting_pane(window, "planner")
    shown = pane.current_meeting_id()
    item = next(i for i in pane.checklist.state.items if not i.done and not i.computed)
    _type(qtbot, pane.checklist.rows[item.id].note_edit, VOICEMAIL)  # no Tab, no Enter
    assert window.close()
    assert answer.asked == []  # saved, so no draft
    entry = window.desk.stores.checklist.entry(shown, item.id)
    assert entry is not None and (entry.done_on, entry.note) == (None, VOICEMAIL)


def test_a_new_goal_stays_when_a_search_hides_the_student_and_finds_them_again(qtbot, window,
                                                                              answer):
    pane, goals = _new_goal_typed(qtbot, window)
    student = pane.current_student_id()
    pane.search.setText("zzz no such name")
    assert pane.current_student_id() is None
    pane.search.clear()
    pane.open_student(student)
    assert goals.text.toPlainText() == "Reads 90 words a minute by June, with few errors"
    assert goals.loaded is None
    assert answer.asked == []


def test_changes_to_a_chosen_contact_not_saved_are_a_draft_and_by_whom_alone_is_not(
        qtbot, window, answer):
    pane = _meeting_pane(window, "planner")
    log = pane.contact_log
    drafts.go_to(log.by_edit)
    log.by_edit.setText("Ms Diaz")  # stays in the form from one contact to the next
    assert log.pending_drafts() == []
    topic = "Asked about the bus"
    _type(qtbot, log.topic_edit, topic)
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.pending_drafts() == []  # added: no draft
    log.table.selectRow(next(row for row, c in enumerate(log.contacts) if c.topic == topic))
    log.note_edit.setText("She will call back")
    [draft] = log.pending_drafts()
    assert draft.what.startswith("changes to the contact of ")
    assert draft.what.endswith("“Asked about the bus – She will call back”")
