"""Opening the app builds and loads only what the first screen shows; the rest comes when used.

Start-up time is benchmarked (benchmarks/bench_startup.py); these tests keep the work it
skipped from creeping back in, and check that each deferred part still arrives when needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.demo import write_demo_caseload
from iep_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Modules a first screen does not need: the meeting store and its rules, the student form,
# dialogs, import and export, printing.
DEFERRED = [
    "iep_desk.storage.meetings",
    "iep_desk.core.meeting_rules",
    "iep_desk.ui.caseload.student_form",
    "iep_desk.ui.caseload.due_soon",
    "iep_desk.ui.open_actions",
    "iep_desk.ui.review.not_closed",
    "iep_desk.ui.settings_dialog",
    "iep_desk.ui.team_dialog",
    "iep_desk.ui.restore_dialog",
    "iep_desk.ui.import_dialog",
    "iep_desk.ui.caseload.add_student_dialog",
    "iep_desk.storage.export",
    "iep_desk.printing",
    "reportlab",
]


# A laptop's screen for Qt's offscreen platform (its own is 800 × 800, which cuts the
# restored window down to the first four columns, hiding the urgency icons).
LAPTOP_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def run_in_a_fresh_process(code: str, data_dir: Path) -> dict:
    """Run `code` (which prints one JSON line last) in a new interpreter, offscreen, on a
    laptop-sized screen."""
    screen = Path(data_dir).parent / "laptop-screen.json"
    screen.write_text(json.dumps(LAPTOP_SCREEN), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env.pop("IEP_DESK_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", code, str(data_dir)], check=False,
                          capture_output=True, text=True, timeout=120, env=env,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_smoke_test_loads_none_of_the_deferred_modules(demo_caseload):
    code = """
import json, sys
from iep_desk.ui.app import run_app
code = run_app(data_dir=sys.argv[1], smoke_test=True)
print(json.dumps({"code": code, "loaded": sorted(sys.modules)}))
"""
    found = run_in_a_fresh_process(code, demo_caseload)
    assert found["code"] == 0
    loaded = set(found["loaded"])
    assert "iep_desk.ui.main_window" in loaded  # the window really was built
    assert [name for name in DEFERRED if name in loaded] == []


def test_a_start_after_the_first_never_touches_pysides_qt_namespace(tmp_path):
    """PySide6 builds its whole Qt namespace (about 25 ms) the first time Python touches it;
    the window shows without it once the layout of an earlier start can be put back."""
    code = """
import json, sys
import PySide6.QtCore
from iep_desk.ui.app import run_app
from iep_desk.ui import widgets
code = run_app(data_dir=sys.argv[1], smoke_test=True)
print(json.dumps({"code": code, "qt_namespace": "Qt" in vars(PySide6.QtCore),
                  "icons_drawn": len(widgets._pixmap_cache)}))
"""
    store = open_caseload(tmp_path / "data")
    write_demo_caseload(store)
    store.db.close()
    # The first start leaves the window's layout behind; the second reads it.
    assert run_in_a_fresh_process(code, tmp_path / "data")["code"] == 0
    # The urgency icons of the first screen are drawn, and still no Qt namespace.
    assert run_in_a_fresh_process(code, tmp_path / "data") == {
        "code": 0, "qt_namespace": False, "icons_drawn": 3}


def test_each_deferred_part_is_built_when_first_needed(qtbot, demo_caseload):
    store = open_caseload(demo_caseload)
    window = MainWindow(store, data_dir=demo_caseload)
    qtbot.addWidget(window)
    pane = window.caseload_pane
    assert pane._form is None and window._meetings is None
    assert pane.current_student_id() is None
    # The table's meeting columns are filled without the meeting store.
    assert any(row.next_meeting for row in pane.model.all_rows())

    # Choosing a student builds the form, with the student's own meetings tab.
    pane.table.selectRow(0)
    assert pane._form is not None
    assert pane.current_student_id() == pane.model.student_id_at(0)
    tabs = [pane.form.tabs.tabText(i) for i in range(pane.form.tabs.count())]
    assert tabs[-1] == "Meetings and actions"
    assert window._meetings is not None  # the meetings tab needed the store

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


def test_start_up_objects_are_frozen_once_the_window_is_up(demo_caseload):
    """The garbage collector is off while the window is built, back on once it is up, and
    leaves what start-up made out of later collections (gc.freeze)."""
    code = """
import gc, json, sys
from iep_desk.cli import main
from iep_desk.ui import app

seen = {}
show = app._settle_garbage_collector

def settle(**options):
    seen["enabled_while_building"] = gc.isenabled()
    show(**options)
    seen["frozen"] = gc.get_freeze_count()

app._settle_garbage_collector = settle
code = main(["--smoke-test", "--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "enabled_after": gc.isenabled(), **seen}))
"""
    found = run_in_a_fresh_process(code, demo_caseload)
    assert found["code"] == 0
    assert found["enabled_while_building"] is False and found["enabled_after"] is True
    assert found["frozen"] > 10_000  # modules, Qt's tables, the window...


def test_a_tests_own_process_keeps_its_garbage_collector_as_it_was():
    import gc

    from iep_desk.ui.app import _settle_garbage_collector

    frozen = gc.get_freeze_count()
    gc.disable()
    _settle_garbage_collector(keep_start_up=False)
    assert gc.isenabled() and gc.get_freeze_count() == frozen
