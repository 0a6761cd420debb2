"""Fixtures for the window tests."""

from __future__ import annotations

import pytest
import time_machine

from tests.ui.clock import NOW


@pytest.fixture
def spanish(qapp):
    """The window in Spanish: Qt's and IEP Desk's translations installed as at start-up (the
    list of translators installed), taken away after the test."""
    from iep_desk.ui import window_language

    installed = window_language.install_translators(qapp, "es")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def clock():
    """The clock set to NOW (local time) for the test, running on from there."""
    with time_machine.travel(NOW.astimezone(), tick=True):
        yield NOW


@pytest.fixture(autouse=True)
def us_locale():
    """Dates and times follow the locale: every window test sets it (US English) rather than
    take the machine's. A test that wants another sets it again (QLocale.setDefault)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def drafts_questions(monkeypatch):
    """The "typed but not added" question (ui.drafts) is modal: no test waits for a click on
    it. It is answered Discard (a window closed at the end of a test with something
    typed closes), and each question asked is listed here (the texts it listed) for the
    tests that look. A test wanting another answer puts its own in its place."""
    from iep_desk.ui import drafts

    asked: list[list[str]] = []

    def discard(_parent, whats):
        asked.append(list(whats))
        return drafts.DISCARD

    monkeypatch.setattr(drafts, "ask_about_drafts", discard)
    return asked


def desk_for(store, undo_stack=None):
    """The window's Desk on a caseload store (its stores, an undo stack, change notices)."""
    from iep_desk.storage.stores import Stores
    from iep_desk.ui.desk import Desk

    return Desk(Stores.of(store), undo_stack)
