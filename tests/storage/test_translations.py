"""Migration 0005 (the ideas for home get their keys; the translations table), the store of the
teacher's family-language versions, and the language plan read from a caseload file."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from iep_desk import config
from iep_desk.app.handouts import gather, language_plan, save_translations
from iep_desk.core.handout_language import BILINGUAL
from iep_desk.core.meetings import HomeSuggestion
from iep_desk.core.typed_text import LETTERHEAD_TITLE, FieldRef, Translation
from iep_desk.storage.caseload import open_caseload
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.stores import Stores
from iep_desk.storage.translations import TranslationStore
from tests.app.test_handouts import TODAY, seed_meeting

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BRITISH = "Practise the new skill in everyday moments, like counting change at the shop."
US = "Practice the new skill in everyday moments, like counting change at the store."


@pytest.fixture
def stores(store):
    return Stores(store.db)


def test_0005_gives_the_built_in_ideas_their_keys_in_an_older_caseload(data_dir):
    config.ensure_private_dir(data_dir)
    path = config.data_file(data_dir)
    shutil.copyfile(FIXTURES / "caseload-v2.sqlite", path)
    with sqlite3.connect(path) as conn:  # an idea on a meeting, as 0002 seeded it
        conn.execute("INSERT INTO home_suggestions (meeting_id, text) VALUES (1, ?)", [BRITISH])
        conn.execute("INSERT INTO home_suggestions (meeting_id, text) VALUES (1, 'My own idea')")
    conn.close()
    store = open_caseload(data_dir)
    try:
        stores = Stores(store.db)
        library = stores.review.home_suggestion_library()
        assert [entry.key for entry in library] == [
            "read_together", "ask_about_the_day", "routine_checklist",
            "practice_in_everyday_moments", "what_went_well_notebook", "homework_place_and_time",
            "praise_effort", "tell_about_changes"]
        assert library[3].text == US, "US spelling in the teacher's list"
        on_meeting = {s.text: s.key for s in stores.review.home_suggestions_of(1)}
        # The meeting's record keeps its words and prints by the key.
        assert on_meeting == {BRITISH: "practice_in_everyday_moments", "My own idea": ""}
        assert store.db.execute("SELECT count(*) FROM translations").fetchone()[0] == 0
    finally:
        store.db.close()


def test_an_idea_from_the_list_keeps_its_key_until_it_is_reworded(store, stores):
    seeded = seed_meeting(store, stores)
    library = stores.review.home_suggestion_library()
    chosen = HomeSuggestion(seeded.meeting_id, library[0].text)
    new_id = stores.review.add_home_suggestion(chosen)
    assert chosen.key == "read_together"
    own = stores.review.add_home_suggestion(HomeSuggestion(seeded.meeting_id, "Walk the dog together"))
    keys = {s.id: s.key for s in stores.review.home_suggestions_of(seeded.meeting_id)}
    assert keys[new_id] == "read_together" and keys[own] == ""
    old = stores.review.set_home_suggestion_text(new_id, "Read together before bed")
    assert old == library[0].text
    assert {s.id: s.key for s in stores.review.home_suggestions_of(seeded.meeting_id)}[new_id] == ""
    stores.review.set_home_suggestion_text(new_id, old)  # undone: the built-in idea again
    assert {s.id: s.key for s in stores.review.home_suggestions_of(seeded.meeting_id)}[new_id] == (
        "read_together")


def test_versions_are_stored_replaced_and_removed(store, stores):
    translations = TranslationStore(store.db)
    purpose = FieldRef("meetings", 4, "purpose")
    save_translations(stores, language="es", versions={purpose: ("Plan next year.", "Planear el año."),
                                    LETTERHEAD_TITLE: ("Case manager", "Coordinadora")})
    assert translations.of([purpose, LETTERHEAD_TITLE], "es") == {
        purpose: Translation("Planear el año.", "Plan next year."),
        LETTERHEAD_TITLE: Translation("Coordinadora", "Case manager")}
    assert translations.of([purpose], "ar") == {}
    save_translations(stores, language="es", versions={purpose: ("Plan the year.", "Planear el año escolar.")})
    assert translations.of([purpose], "es")[purpose] == Translation("Planear el año escolar.",
                                                                    "Plan the year.")
    save_translations(stores, language="es", versions={purpose: ("Plan the year.", "  ")})
    assert translations.of([purpose], "es") == {}
    assert set(translations.every_language([LETTERHEAD_TITLE])) == {"es"}


def test_a_disk_that_refuses_saves_none_of_them(store, monkeypatch):
    purpose = FieldRef("meetings", 4, "purpose")
    place = FieldRef("meetings", 4, "place")

    class Refusing:
        def __init__(self, db):
            self.db = db
            self.calls = 0

        def execute(self, sql, params=()):
            self.calls += 1
            if self.calls == 2:
                raise sqlite3.OperationalError("disk I/O error")
            return self.db.execute(sql, params)

        def atomic(self):
            return self.db.atomic()

    refusing = TranslationStore(Refusing(store.db))
    with pytest.raises(SaveFailed) as raised:
        refusing.save("es", {purpose: ("a", "b"), place: ("c", "d")})
    assert "disk I/O" not in str(raised.value)
    assert TranslationStore(store.db).of([purpose, place], "es") == {}


def test_the_plan_and_the_handout_data_read_the_versions(store, stores):
    seeded = seed_meeting(store, stores, language="es")
    plan = language_plan(stores, meeting_id=seeded.meeting_id, kinds=["invitation"])
    assert plan.languages == ("es",)
    purpose = next(t for t in plan.untranslated if t.field == "meeting_purpose")
    save_translations(stores, language="es", versions={purpose.ref: (purpose.english, "Repasar el año.")})
    plan = language_plan(stores, meeting_id=seeded.meeting_id, kinds=["invitation"])
    assert "meeting_purpose" not in [t.field for t in plan.untranslated]
    data = gather(stores, meeting_id=seeded.meeting_id, today=TODAY)
    assert data.translations["es"][purpose.ref].text == "Repasar el año."
    assert language_plan(stores, meeting_id=seeded.meeting_id, kinds=["agenda"], choice=BILINGUAL).languages == ("es", "en")
