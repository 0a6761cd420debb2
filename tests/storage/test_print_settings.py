"""The letterhead and paper size, saved in the caseload file."""

from __future__ import annotations

import pytest

from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.print_settings import load_print_settings, save_print_settings
from iep_desk.storage.settings import SettingsStore


def test_defaults_before_anything_is_saved(store):
    settings = load_print_settings(SettingsStore(store.db))
    assert settings.paper == "letter"
    assert settings.letterhead == Letterhead()
    assert settings.letterhead.is_empty


def test_saved_settings_come_back_after_reopening(store, data_dir):
    settings = PrintSettings(
        letterhead=Letterhead(school_name="Lincoln Middle School",
                              address="200 Elm Street\nSpringfield, OR 97477",
                              logo_path="C:/School/logo.png", teacher_name="Анастасия Петрова",
                              teacher_title="Special education teacher", phone="(541) 555-0142",
                              email="a.petrova@lincoln.example.org"),
        paper="a4")
    save_print_settings(SettingsStore(store.db), settings)
    store.db.close()
    reopened = open_caseload(data_dir)
    try:
        assert load_print_settings(SettingsStore(reopened.db)) == settings
        assert SettingsStore(reopened.db).get("print.school_name") == "Lincoln Middle School"
    finally:
        reopened.db.close()


def test_a_wrong_paper_size_is_refused_and_nothing_changes(store):
    save_print_settings(SettingsStore(store.db), PrintSettings(Letterhead(school_name="Old School"), "a4"))
    bad = PrintSettings(Letterhead(school_name="New School"), "a4")
    bad.paper = "legal"
    with pytest.raises(ValueError, match="paper size"):
        save_print_settings(SettingsStore(store.db), bad)
    kept = load_print_settings(SettingsStore(store.db))
    assert kept.letterhead.school_name == "Old School" and kept.paper == "a4"


def test_paper_size_is_checked_when_settings_are_made():
    with pytest.raises(ValueError):
        PrintSettings(paper="tabloid")


def test_unreadable_stored_values_fall_back_to_defaults(store):
    SettingsStore(store.db).set("print.paper", "legal")
    SettingsStore(store.db).set("print.phone", 12345)
    settings = load_print_settings(SettingsStore(store.db))
    assert settings.paper == "letter" and settings.letterhead.phone == ""
