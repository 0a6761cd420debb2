"""Every pane fits a laptop: at 1280 × 720 (and at 1920 × 1080) each main list shows at least six
rows and needs no horizontal scroll bar, the review's tabs all show, the sidebar is as wide as
its words, the busy-times columns are readable, the reading-level hint keeps its height, and
the splitters show a grip. Each size runs in a process of its own, with Qt's offscreen
platform given a screen of that size (tests/ui/pane_sizes_probe.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN_LISTS = ("caseload list", "due soon", "open actions", "planner meetings", "planner people",
              "review meetings")


def measure(tmp_path: Path, width: int, height: int) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env.pop("IEP_DESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.pane_sizes_probe", str(width), str(height),
         str(tmp_path / "data")], cwd=ROOT, env=env, capture_output=True, text=True, check=False,
        timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module", params=[(1280, 720), (1920, 1080)], ids=["1280x720", "1920x1080"])
def facts(request, tmp_path_factory):
    width, height = request.param
    return measure(tmp_path_factory.mktemp(f"screen{width}"), width, height)


def test_the_window_fits_the_screen(facts):
    width, height = facts["window"]
    assert (width, height) in ((1280, 720), (1920, 1080))


@pytest.mark.parametrize("name", MAIN_LISTS)
def test_each_main_list_shows_six_rows_without_a_horizontal_scroll_bar(facts, name):
    shown = facts[name]
    assert shown["visible"], name
    assert shown["rows"] >= 6, f"{name} shows {shown['rows']:.1f} rows"
    assert not shown["horizontal_scroll"], f"{name} needs a horizontal scroll bar"


def test_every_handout_button_shows_beside_the_meetings_title(facts):
    assert facts["hidden handout buttons"] == []


def test_the_review_shows_every_tab(facts):
    tabs = facts["review tabs"]
    assert tabs["last tab"].replace("&", "") == "After the meeting"
    assert tabs["last tab right"] < tabs["bar width"]


def test_the_sidebar_is_as_wide_as_its_words(facts):
    sidebar = facts["sidebar"]
    assert sidebar["text"] < sidebar["width"] <= sidebar["text"] + 40


def test_busy_times_give_who_from_and_to_readable_widths(facts):
    columns = facts["busy columns"]
    assert columns["from"] > columns["date and time"]
    assert columns["to"] > columns["date and time"]
    assert columns["who"] >= 120
    assert columns["note"] >= 200  # the rest


def test_the_reading_level_hint_keeps_its_height_while_typing(facts):
    before, after = facts["reading-level hint"]
    assert before == after


def test_every_splitter_shows_a_grip(facts):
    assert facts["splitters"]
    assert all(s["grip"] and s["handle"] >= 6 for s in facts["splitters"])
