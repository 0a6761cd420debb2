"""The window opens as the teacher left it: size, list height, column widths and sort."""

from __future__ import annotations

import os
import stat
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from iep_desk.core.models import Student
from iep_desk.storage.caseload import open_caseload
from iep_desk.ui.caseload.table_model import ANNUAL, NAME
from iep_desk.ui.main_window import MainWindow
from iep_desk.ui.window_layout import FILE_NAME, WindowLayout
from tests.ui.clock import TODAY

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


def open_window(qtbot, data_dir) -> MainWindow:
    window = MainWindow(open_caseload(data_dir), data_dir=data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def close(window: MainWindow) -> None:
    window.close()  # as the teacher closes it: the layout is saved on the way out
    window.store.db.close()


def names(pane) -> list[str]:
    model = pane.model
    return [model.data(model.index(r, NAME)) for r in range(model.rowCount())]


def click_header(qtbot, pane, column: int) -> None:
    header = pane.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def three_students(data_dir) -> None:
    store = open_caseload(data_dir)
    for first, last, days in (("Ada", "Zed", 10), ("Bo", "Young", 200), ("Cy", "Xu", 100)):
        store.add_student(Student(first, last, last_iep_meeting=TODAY - timedelta(days=days)))
    store.db.close()


def test_clicking_a_header_sorts_a_to_z_then_z_to_a(qtbot, data_dir):
    three_students(data_dir)
    pane = open_window(qtbot, data_dir).caseload_pane
    header = pane.table.horizontalHeader()
    assert names(pane) == ["Cy Xu", "Bo Young", "Ada Zed"]  # by family name
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        NAME,
        Qt.SortOrder.AscendingOrder,
    )
    click_header(qtbot, pane, ANNUAL)  # soonest annual review first
    assert names(pane) == ["Bo Young", "Cy Xu", "Ada Zed"]
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        ANNUAL,
        Qt.SortOrder.AscendingOrder,
    )
    click_header(qtbot, pane, ANNUAL)
    assert names(pane) == ["Ada Zed", "Cy Xu", "Bo Young"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    click_header(qtbot, pane, NAME)
    assert names(pane) == ["Cy Xu", "Bo Young", "Ada Zed"]


def test_the_window_opens_as_it_was_left(qtbot, data_dir):
    three_students(data_dir)
    window = open_window(qtbot, data_dir)
    pane = window.caseload_pane
    click_header(qtbot, pane, ANNUAL)
    click_header(qtbot, pane, ANNUAL)  # latest annual review first
    pane.table.setColumnWidth(NAME, 260)
    window.resize(760, 570)  # within the test screen: restoring keeps a window on screen
    pane.splitter.setSizes([300, 200])
    list_height = pane.splitter.sizes()[0]
    close(window)
    assert (data_dir / FILE_NAME).exists()

    window = open_window(qtbot, data_dir)
    pane = window.caseload_pane
    header = pane.table.horizontalHeader()
    assert names(pane) == ["Ada Zed", "Cy Xu", "Bo Young"]
    assert pane.model.sorted_by == (ANNUAL, True)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        ANNUAL,
        Qt.SortOrder.DescendingOrder,
    )
    assert pane.table.columnWidth(NAME) == 260
    assert (window.width(), window.height()) == (760, 570)
    assert pane.splitter.sizes()[0] == list_height
    # The titles are still there, and the arrow keeps working from where it was.
    titles = [
        header.model().headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())
    ]
    assert titles[NAME] == "Name" and titles[ANNUAL] == "Annual review"
    click_header(qtbot, pane, ANNUAL)
    assert names(pane) == ["Bo Young", "Cy Xu", "Ada Zed"]
    close(window)


def test_a_damaged_layout_file_gives_the_default_layout(qtbot, data_dir):
    three_students(data_dir)
    (data_dir / FILE_NAME).write_bytes(b"[caseload]\nheader=@ByteArray(\x00\x01junk)\n"
                                       b"sort_column=99\nsort_descending=maybe\n\xff\xfe")
    window = open_window(qtbot, data_dir)
    pane = window.caseload_pane
    assert names(pane) == ["Cy Xu", "Bo Young", "Ada Zed"]
    assert pane.model.sorted_by == (NAME, False)
    assert pane.table.columnWidth(NAME) == 180
    state = pane.header_state()
    close(window)
    # Closing writes a good layout over it.
    assert WindowLayout(data_dir).caseload_header() == state


def test_a_layout_that_cannot_be_saved_is_no_problem(qtbot, data_dir):
    three_students(data_dir)
    (data_dir / FILE_NAME).mkdir()  # where the file should go: cannot be written
    window = open_window(qtbot, data_dir)
    pane = window.caseload_pane
    assert not window.layout_file.save(window_geometry=window.saveGeometry(),
                                       splitter_state=pane.splitter.saveState(),
                                       caseload_header=pane.header_state())
    close(window)  # no exception, no message: only a convenience was lost
    assert (data_dir / FILE_NAME).is_dir()


def test_a_read_only_window_leaves_the_layout_alone(qtbot, data_dir):
    three_students(data_dir)
    window = open_window(qtbot, data_dir)
    window.set_read_only(True, "Open in another copy.")
    close(window)
    assert not (data_dir / FILE_NAME).exists()


def test_a_layout_left_as_it_was_is_not_written_again(qtbot, data_dir):
    three_students(data_dir)
    close(open_window(qtbot, data_dir))
    close(open_window(qtbot, data_dir))  # (the screen may first move the window into view)
    path = data_dir / FILE_NAME
    written = path.read_bytes()
    os.utime(path, (0, 0))
    close(open_window(qtbot, data_dir))
    assert path.stat().st_mtime == 0 and path.read_bytes() == written


def test_the_first_window_fits_the_screens_free_area(qtbot, data_dir):
    window = open_window(qtbot, data_dir)  # no layout left yet: the first start
    free = window.screen().availableGeometry().size()
    assert window.width() <= free.width() and window.height() <= free.height()
    assert window.width() == min(1280, free.width())
    close(window)


def test_the_layout_file_is_readable_by_its_owner_only(qtbot, data_dir):
    """Like every file IEP Desk writes in the data folder (a folder shared on purpose
    included): made owner-only before Qt writes a byte into it, and kept so when it is
    written again."""
    three_students(data_dir)
    data_dir.chmod(0o755)  # a folder the teacher shares: its files are what keeps them private
    previous = os.umask(0)  # the most permissive umask: a file made without a mode gets 0666
    try:
        window = open_window(qtbot, data_dir)
        close(window)
        path = data_dir / FILE_NAME
        assert path.read_bytes() and stat.S_IMODE(path.stat().st_mode) == 0o600
        window = open_window(qtbot, data_dir)
        window.resize(700, 500)  # a changed layout: the file is written again
        close(window)
    finally:
        os.umask(previous)
    assert WindowLayout(data_dir).window_geometry() is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in data_dir.iterdir() if "layout" in p.name) == [FILE_NAME]
