"""Start-up: `iep-desk --smoke-test` against a minimal PySide6 window like ours, its growth
with the caseload, and its peak memory.

Every command runs as a fresh process, offscreen on a laptop-sized screen; the commands take
turns in the same run (so machine load affects all alike) and the fastest of RUNS runs of
each is compared (see fastest()). Peak memory is each process's maximum resident set size.
Also times writing the sample caseload.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from iep_desk.app.demo import STUDENTS, write_demo_caseload, write_many_students
from iep_desk.storage.caseload import open_caseload

RUNS = 15
MEMORY_RUNS = 3
STUDENT_COUNT = 1000  # the start-up target's caseload
LARGE_COUNT = 10_000  # growth and memory
STARTUP_RATIO = 1.5  # to the minimal window like ours, same students
GROWTH_RATIO = 1.25  # 10,000 students to the 25 of the sample caseload
MEMORY_RATIO = 1.5  # to the minimal window like ours, same 10,000 students

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


# The reference: about the least a window like ours can be in PySide6, with no app logic.
# A sidebar, menus, a search box, a sortable table of the caseload's students read with
# plain sqlite3 (all of them, as ours) and a tab of a dozen fields; shown, drawn (grab) and
# closed as --smoke-test does. Its ratio to the bare window is the floor any real caseload
# window starts from (about 1.5).
MINIMAL_WINDOW = """
import sqlite3
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QMainWindow, QTableView, QTabWidget, QTextEdit,
    QVBoxLayout, QWidget)

conn = sqlite3.connect(sys.argv[1])
rows = [[str(c) for c in r[:7]] for r in conn.execute("SELECT * FROM students ORDER BY 2, 3")]
# END READ

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return len(rows)
    def columnCount(self, parent=QModelIndex()):
        return 7
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return rows[index.row()][index.column()]

app = QApplication(sys.argv[:1])
window = QMainWindow()
for title in ("&File", "&Edit", "&View", "&Student", "&Tools", "&Help"):
    window.menuBar().addMenu(title).addAction("Quit", window.close)
central = QWidget()
outer = QHBoxLayout(central)
sidebar = QListWidget()
sidebar.addItems(["Caseload", "Meeting planner", "Post-meeting review"])
outer.addWidget(sidebar)
right = QWidget()
column = QVBoxLayout(right)
column.addWidget(QLineEdit())
table = QTableView()
table.setModel(Model())
table.setSortingEnabled(True)
column.addWidget(table)
tabs = QTabWidget()
form_page = QWidget()
form = QFormLayout(form_page)
for n in range(10):
    form.addRow(QLabel(f"Field {n}"), QLineEdit())
form.addRow("Date", QDateEdit())
form.addRow("Kind", QComboBox())
form.addRow("Notes", QTextEdit())
tabs.addTab(form_page, "Student")
column.addWidget(tabs)
outer.addWidget(right, 1)
window.setCentralWidget(central)
window.statusBar().showMessage("Caseload file")
window.resize(1280, 800)
window.show()

def finish():
    window.grab()
    app.quit()

QTimer.singleShot(0, finish)
sys.exit(app.exec())
"""

# The same window reading the same students through sqlite-utils, as IEP Desk does (a fixed
# choice of the project): the difference from MINIMAL_WINDOW is what importing sqlite-utils
# (with click, python-dateutil and pluggy) costs at start-up, before any app logic.
MINIMAL_WINDOW_SQLITE_UTILS = MINIMAL_WINDOW.replace(
    MINIMAL_WINDOW[MINIMAL_WINDOW.index("conn = "):MINIMAL_WINDOW.index("# END READ")],
    "from sqlite_utils import Database\n"
    "db = Database(sqlite3.connect(sys.argv[1]), execute_plugins=False)\n"
    "rows = [[str(c) for c in list(r.values())[:7]]\n"
    "        for r in db.query('SELECT * FROM students ORDER BY 2, 3')]\n")


# A laptop's screen for Qt's offscreen platform, for every command alike. (Its own screen
# is 800 × 800: IEP Desk's window, put back as the teacher left it, would be cut down to
# that and draw less than on any real screen.)
LAPTOP_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,
                              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _environment(pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    screen = pycache.parent / "laptop-screen.json"
    screen.write_text(json.dumps(LAPTOP_SCREEN), encoding="utf-8")
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env.pop("IEP_DESK_DATA_DIR", None)
    # As on a teacher's laptop, compiled bytecode is cached after the first start
    # (some shells set PYTHONDONTWRITEBYTECODE, which would recompile every module
    # on every run). The cache goes to a temporary folder, not into the repository.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def make_caseload(folder: Path, count: int = STUDENT_COUNT) -> None:
    """The sample caseload (families and teams included), topped up to `count` students."""
    store = open_caseload(folder)
    try:
        write_demo_caseload(store, date.today())
        write_many_students(store, count - len(STUDENTS), date.today())
    finally:
        store.db.close()


def _time_process(command: list[str], env: dict[str, str], failures: list[str]) -> float:
    """Wall time in ms; a failed run is still timed, and its exit code and last words recorded."""
    started = time.perf_counter()
    result = subprocess.run(command, check=False, env=env, capture_output=True, text=True,
                            timeout=300)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        lines = result.stderr.strip().splitlines() or [""]
        last_line = next((line for line in lines if "Fatal Python error" in line), lines[-1])
        failures.append(f"exit {result.returncode}: {last_line}")
        print(f"{command[-1]} failed ({result.returncode}):\n{result.stderr[-1500:]}", file=sys.stderr)
    return elapsed


# Runs a command and prints its exit code and peak memory (maximum resident set size). A
# small process of its own starts it: a child started straight from this one would count
# this (larger) process's memory as its own until its program replaced it.
PEAK_MEMORY = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
kilobytes = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # bytes on macOS
print(done.returncode, kilobytes / 1024 if sys.platform == "darwin" else kilobytes)
"""


def _peak_memory_mb(command: list[str], env: dict[str, str], failures: list[str]) -> float | None:
    """The command's peak memory in MB; None where the system cannot tell (Windows)."""
    if sys.platform == "win32":
        return None
    result = subprocess.run([sys.executable, "-c", PEAK_MEMORY, *command], check=False,
                            env=env, capture_output=True, text=True, timeout=300)
    code, kilobytes = result.stdout.split()
    if code != "0":
        failures.append(f"exit {code} (peak memory run)")
    return float(kilobytes) / 1024


class Measured:
    """One command's runs: wall times, peak memory, failures."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.peaks: list[float] = []
        self.failures: list[str] = []

    @property
    def fastest(self) -> float:
        return fastest(self.times)

    @property
    def peak_mb(self) -> float | None:
        """The smallest of the runs' peaks (a run's peak barely varies; see fastest)."""
        return min(self.peaks) if self.peaks else None


def startup_runs(runs: int = RUNS) -> dict[str, Measured]:
    """Every command's runs: our smoke test on 1,000, 25 and 10,000 students, the minimal
    window like ours on 1,000 and on 10,000 students, and the bare window.

    One warm-up run of each first (disk cache, bytecode cache, and the window-layout.ini
    that IEP Desk leaves on closing), then the commands take turns; then MEMORY_RUNS runs
    of the 10,000-student ones for their peak memory.
    """
    with tempfile.TemporaryDirectory(prefix="iep-desk-bench-") as work:
        env = _environment(Path(work) / "pycache")
        full, demo, large = Path(work) / "full", Path(work) / "demo", Path(work) / "large"
        make_caseload(full)
        make_caseload(demo, len(STUDENTS))
        make_caseload(large, LARGE_COUNT)
        script = Path(work) / "bare_window.py"
        script.write_text(BARE_WINDOW, encoding="utf-8")
        minimal = Path(work) / "minimal_window.py"
        minimal.write_text(MINIMAL_WINDOW, encoding="utf-8")
        minimal_su = Path(work) / "minimal_window_sqlite_utils.py"
        minimal_su.write_text(MINIMAL_WINDOW_SQLITE_UTILS, encoding="utf-8")
        ours = [sys.executable, "-m", "iep_desk", "--smoke-test", "--data-dir"]
        commands = {
            "full": ours + [str(full)],
            "demo": ours + [str(demo)],
            "large": ours + [str(large)],
            "minimal": [sys.executable, str(minimal), str(full / "caseload.sqlite")],
            "minimal_sqlite_utils": [sys.executable, str(minimal_su),
                                     str(full / "caseload.sqlite")],
            "minimal_demo": [sys.executable, str(minimal), str(demo / "caseload.sqlite")],
            "minimal_large": [sys.executable, str(minimal), str(large / "caseload.sqlite")],
            "bare": [sys.executable, str(script)],
        }
        results = {name: Measured() for name in commands}
        for command in commands.values():
            _time_process(command, env, [])
        for _ in range(runs):
            for name, command in commands.items():
                measured = results[name]
                measured.times.append(_time_process(command, env, measured.failures))
        for _ in range(MEMORY_RUNS):
            for name in ("large", "minimal_large"):
                measured = results[name]
                peak = _peak_memory_mb(commands[name], env, measured.failures)
                if peak is not None:
                    measured.peaks.append(peak)
    return results


def demo_write_ms(runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="iep-desk-bench-") as work:
            store = open_caseload(Path(work) / "data")
            started = time.perf_counter()
            write_demo_caseload(store)
            times.append((time.perf_counter() - started) * 1000)
            store.db.close()
    return statistics.median(times)


def fastest(times: list[float]) -> float:
    """The fastest run. A start is never made faster by the rest of the machine, only
    slower (on this kind of shared machine, by tens of milliseconds at a time), so the
    fastest run of each command is the closest to its own cost; every command is judged
    the same way, in the same run. (timeit reports the minimum for the same reason.)"""
    return min(times)


def _failed(*measured: Measured) -> str:
    failures = [f for m in measured for f in m.failures]
    return f"; FAILED in {len(failures)} runs ({failures[0]})" if failures else ""


SMOKE = "`iep-desk --smoke-test`"
MINIMAL = "minimal PySide6 window like ours (no app logic; see benchmarks/README.md)"
BARE = "bare PySide6 script: empty QMainWindow, shown, exits on a zero-timer"


def rows() -> list[dict]:
    results = startup_runs()
    full, demo, large = results["full"], results["demo"], results["large"]
    minimal, minimal_large, bare = results["minimal"], results["minimal_large"], results["bare"]
    minimal_su, minimal_demo = results["minimal_sqlite_utils"], results["minimal_demo"]
    if bare.failures:
        raise RuntimeError(f"the bare PySide6 script failed: {bare.failures[0]}")
    runs = len(full.times)
    table = [
        {
            "measure": f"{SMOKE}, {STUDENT_COUNT:,} students (fastest of {runs})"
                       + _failed(full, minimal),
            "ours_ms": full.fastest,
            "reference": f"{MINIMAL}, {STUDENT_COUNT:,} students",
            "reference_ms": minimal.fastest,
            "ratio": full.fastest / minimal.fastest,
            "target": f"≤ {STARTUP_RATIO}",
            "ok": full.fastest / minimal.fastest <= STARTUP_RATIO
                  and not (full.failures or minimal.failures),
        },
        {
            "measure": f"the same start-up, {STUDENT_COUNT:,} students, to a bare window",
            "ours_ms": full.fastest,
            "reference": BARE,
            "reference_ms": bare.fastest,
            "ratio": full.fastest / bare.fastest,
            "target": "(for reference)",
            "ok": not full.failures,
        },
        {
            "measure": f"for reference, not our app: the {MINIMAL}, {STUDENT_COUNT:,} "
                       f"students (fastest of {runs})" + _failed(minimal),
            "ours_ms": minimal.fastest,
            "reference": BARE,
            "reference_ms": bare.fastest,
            "ratio": minimal.fastest / bare.fastest,
            "target": "(for reference)",
            "ok": not minimal.failures,
        },
        {
            "measure": f"for reference, not our app: the same minimal window reading the students "
                       f"through sqlite-utils, as IEP Desk does, {STUDENT_COUNT:,} students"
                       + _failed(minimal_su),
            "ours_ms": minimal_su.fastest,
            "reference": f"{MINIMAL}, {STUDENT_COUNT:,} students",
            "reference_ms": minimal.fastest,
            "ratio": minimal_su.fastest / minimal.fastest,
            "target": "(for reference)",
            "ok": not minimal_su.failures,
        },
        {
            "measure": f"the same start-up, {STUDENT_COUNT:,} students, to the minimal window "
                       "reading through sqlite-utils",
            "ours_ms": full.fastest,
            "reference": f"minimal window through sqlite-utils, {STUDENT_COUNT:,} students",
            "reference_ms": minimal_su.fastest,
            "ratio": full.fastest / minimal_su.fastest,
            "target": "(for reference)",
            "ok": not full.failures,
        },
        {
            "measure": f"growth: {SMOKE}, {LARGE_COUNT:,} students (fastest of {runs})"
                       + _failed(large, demo),
            "ours_ms": large.fastest,
            "reference": f"{SMOKE}, the sample caseload's {len(STUDENTS)} students",
            "reference_ms": demo.fastest,
            "ratio": large.fastest / demo.fastest,
            "target": f"≤ {GROWTH_RATIO}",
            "ok": large.fastest / demo.fastest <= GROWTH_RATIO
                  and not (large.failures or demo.failures),
        },
        {
            "measure": f"for reference, not our app: the minimal window's growth, "
                       f"{LARGE_COUNT:,} students" + _failed(minimal_large, minimal_demo),
            "ours_ms": minimal_large.fastest,
            "reference": f"the minimal window, {len(STUDENTS)} students",
            "reference_ms": minimal_demo.fastest,
            "ratio": minimal_large.fastest / minimal_demo.fastest,
            "target": "(for reference)",
            "ok": not (minimal_large.failures or minimal_demo.failures),
        },
    ]
    if large.peak_mb is not None and minimal_large.peak_mb is not None:
        ratio = large.peak_mb / minimal_large.peak_mb
        table.append({
            "measure": f"peak memory (max RSS): {SMOKE}, {LARGE_COUNT:,} students "
                       f"(smallest of {len(large.peaks)})" + _failed(large, minimal_large),
            "ours_ms": None,
            "ours": f"{large.peak_mb:,.0f} MB",
            "reference": f"{MINIMAL}, {LARGE_COUNT:,} students: {minimal_large.peak_mb:,.0f} MB",
            "reference_ms": None,
            "ratio": ratio,
            "target": f"≤ {MEMORY_RATIO}",
            "ok": ratio <= MEMORY_RATIO and not (large.failures or minimal_large.failures),
        })
    demo_ms = demo_write_ms()
    table.append({
        "measure": f"write the sample caseload ({len(STUDENTS)} students, families, team)",
        "ours_ms": demo_ms,
        "reference": "target 100 ms",
        "reference_ms": 100.0,
        "ratio": demo_ms / 100.0,
        "target": "< 1.0",
        "ok": demo_ms < 100.0,
    })
    return table


if __name__ == "__main__":
    for row in rows():
        print(row)
