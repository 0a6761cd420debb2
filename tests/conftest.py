"""Every test runs offscreen, on a fresh caseload file under tmp_path."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real per-user caseload.
os.environ.pop("IEP_DESK_DATA_DIR", None)

import pytest

from iep_desk.storage.caseload import open_caseload


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(data_dir):
    store = open_caseload(data_dir)
    yield store
    store.db.close()


@pytest.fixture
def demo_caseload(data_dir):
    """The data folder, holding an up-to-date sample caseload: families, teams, meetings in
    every state. (The store is closed again: tests open it, or start the app on it.)"""
    from datetime import date

    from iep_desk.app.demo import write_demo_caseload

    demo = open_caseload(data_dir)
    try:
        write_demo_caseload(demo, date.today(), with_meetings=True)
    finally:
        demo.db.close()
    return data_dir
