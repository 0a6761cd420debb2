"""Fixtures for the window tests."""

from __future__ import annotations

import pytest
import time_machine

from tests.ui.clock import NOW


@pytest.fixture
def clock():
    """The clock set to NOW (local time) for the test, running on from there."""
    with time_machine.travel(NOW.astimezone(), tick=True):
        yield NOW
