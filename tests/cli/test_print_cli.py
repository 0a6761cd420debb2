"""`iep-desk meetings` and `iep-desk print`, run through the real parser on a real caseload."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from babel.dates import format_date

from iep_desk import cli
from iep_desk.app.demo import write_demo_caseload
from iep_desk.app.demo_meetings import write_demo_meetings
from iep_desk.config import RESOURCES_DIR
from iep_desk.storage.stores import Stores
from tests.app.test_handouts import (
    CONCERN_INTEREST,
    THIS_ACTION,
    TIP_TOPIC,
    seed_meeting,
    text_of,
)


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


def template(language: str, document: str) -> dict:
    path = RESOURCES_DIR / "templates" / language / f"{document}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def seeded(store):
    # Today: the clock, because the command line prints with today's date.
    return seed_meeting(store, Stores(store.db), date.today())


def test_meetings_lists_the_demo_meetings(store, data_dir, capsys):
    stores = Stores(store.db)
    write_demo_caseload(store)
    ids = write_demo_meetings(stores, date.today())
    assert ids
    expected = []
    for meeting in stores.meetings.list_meetings():
        student = store.get_student(meeting.student_id)
        expected.append((str(meeting.id), student.display_name,
                         meeting.starts_at.strftime("%Y-%m-%d"), meeting.status))
    store.db.close()
    assert run("meetings", "--data-dir", data_dir) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["ID", "Student"]
    assert len(lines) == len(ids) + 1
    for line, (meeting_id, name, day, status) in zip(lines[1:], expected):
        assert line.split()[0] == meeting_id
        assert name in line and day in line and status in line


def test_meetings_prints_a_name_with_terminal_controls_harmlessly(store, data_dir, capsys):
    # A name written into the file by another program may carry an escape sequence (clear
    # the screen) or a direction override; `meetings` printed it to the terminal as it was.
    from iep_desk.app import meetings as app_meetings
    from iep_desk.core.meetings import Meeting
    from iep_desk.core.models import Student

    student_id = store.add_student(Student("Ana\x1b[2J", "Lopez\u202e",
                                           date_of_birth=date(2016, 1, 1)))
    app_meetings.create_meeting(Stores(store.db), meeting=Meeting(student_id),
                                today=date.today())
    store.db.close()
    assert run("meetings", "--data-dir", data_dir) == 0
    out = capsys.readouterr().out
    assert "Ana" in out and "Lopez" in out
    assert "\x1b" not in out and "\u202e" not in out


def test_meetings_without_a_caseload_says_so(tmp_path, capsys):
    assert run("meetings", "--data-dir", tmp_path / "nothing") == 1
    assert "no caseload" in capsys.readouterr().err


def mark_held(store, meeting_id: int) -> None:
    """The meeting as after it took place (an hour after it started)."""
    stores = Stores(store.db)
    starts = stores.meetings.get_meeting(meeting_id).starts_at
    stores.meetings.mark_held(meeting_id, now=starts + timedelta(hours=1))


def test_print_every_kind(store, data_dir, seeded, tmp_path, capsys):
    first = "Ánh"
    expected = {
        "invitation": [template("en", "invitation")["title"].format(first_name=first),
                       "Room 12, next to the library", "Lena Fischer"],
        "agenda": [template("en", "agenda")["title"].format(first_name=first), "Maria Delgado",
                   "Can Ánh have extra time on tests?"],
        "prep-sheet": [template("en", "prep_sheet")["confidential"], TIP_TOPIC, CONCERN_INTEREST],
        "summary": [template("en", "summary")["title"].format(first_name=first), THIS_ACTION],
        "thank-you": ["Trần Thị Hoa", "Grace Okafor", "555-0142"],
    }
    for kind, texts in expected.items():
        if kind == "summary":  # the documents for after the meeting: it took place
            mark_held(store, seeded.meeting_id)
        out = tmp_path / f"{kind}.pdf"
        assert run("print", kind, "--meeting", seeded.meeting_id, "-o", out,
                   "--data-dir", data_dir) == 0, kind
        said = capsys.readouterr()
        assert str(out) in said.out
        text = text_of(out.read_bytes())
        for wanted in texts:
            assert wanted in text, (kind, wanted)
        if kind != "prep-sheet":
            assert TIP_TOPIC not in text and CONCERN_INTEREST not in text, kind
            # The family reads Hmong, which has no templates: made in English, and said.
            assert "Hmong" in said.err, kind
        else:
            assert "not for the family" in said.out


def test_print_in_the_language_asked_for(store, data_dir, seeded, tmp_path, capsys):
    meeting = Stores(store.db).meetings.get_meeting(seeded.meeting_id)
    store.db.close()
    out = tmp_path / "invitacion.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "--language", "es",
               "-o", out, "--data-dir", data_dir) == 0
    text = text_of(out.read_bytes())
    assert template("es", "invitation")["title"].format(first_name="Ánh") in text
    assert format_date(meeting.starts_at.date(), format="full", locale="es") in text
    err = capsys.readouterr().err
    # Not the family's language (Hmong): said, with the Hmong line at the top.
    assert "not in the family's language (Hmong)" in err
    assert "Spanish translation has not been checked by a native speaker" in err
    assert "the meeting's purpose: “Review the year and write next year's goals.”" in err


def test_the_familys_spanish_is_used_without_asking(store, data_dir, tmp_path):
    seeded = seed_meeting(store, Stores(store.db), date.today(), language="es")
    store.db.close()
    out = tmp_path / "agenda.pdf"
    assert run("print", "agenda", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 0
    assert template("es", "agenda")["title"].format(first_name="Ánh") in text_of(out.read_bytes())


def test_the_prep_sheet_is_english_unless_another_language_is_asked_for(
        store, data_dir, tmp_path, capsys):
    """The prep sheet is the teacher's: English by default, whatever the family speaks
    (Spanish here); --language es makes it in Spanish, checklist included."""
    from iep_desk.resources import checklist_texts

    seeded = seed_meeting(store, Stores(store.db), date.today(), language="es")
    store.db.close()
    english, spanish = tmp_path / "prep.pdf", tmp_path / "preparacion.pdf"
    assert run("print", "prep-sheet", "--meeting", seeded.meeting_id, "-o", english,
               "--data-dir", data_dir) == 0
    assert run("print", "prep-sheet", "--meeting", seeded.meeting_id, "--language", "es",
               "-o", spanish, "--data-dir", data_dir) == 0
    assert "not for the family" in capsys.readouterr().out
    for path, language, other in ((english, "en", "es"), (spanish, "es", "en")):
        text = text_of(path.read_bytes())
        for key in ("heading_checklist", "heading_due_dates", "confidential"):
            assert template(language, "prep_sheet")[key] in text, (language, key)
            assert template(other, "prep_sheet")[key] not in text, (language, key)
        assert checklist_texts(language)["before"]["purpose_explained"] in text
        assert TIP_TOPIC in text


@pytest.mark.parametrize("argv, message", [
    (["--language", "xx"], "no prep sheet in “xx”"),
    (["--language", "vi"], "no prep sheet in “vi”"),
    (["--language", "../es"], "no prep sheet in “../es”"),
    (["--bilingual"], "--bilingual is for the family's documents"),
])
def test_a_prep_sheet_in_a_language_it_has_not_is_refused(store, data_dir, seeded, tmp_path,
                                                          capsys, argv, message):
    store.db.close()
    out = tmp_path / "prep.pdf"
    assert run("print", "prep-sheet", "--meeting", seeded.meeting_id, *argv, "-o", out,
               "--data-dir", data_dir) == 2
    err = capsys.readouterr().err
    assert message in err and "en, es" in err
    assert not out.exists()


@pytest.mark.parametrize("argv, code, message", [
    (["print", "agenda", "--meeting", "9999"], 1, "no meeting with ID 9999"),
    (["print", "report-card", "--meeting", "{id}"], 2, "no handout called “report-card”"),
    (["print", "agenda", "--meeting", "{id}", "--language", "xx"], 2,
     "no templates for the language “xx”"),
    (["print", "agenda", "--meeting", "{id}", "--language", "../en"], 2, "no templates"),
    (["print", "agenda", "--meeting", "four"], 2, "is not a meeting ID"),
])
def test_bad_requests_get_a_clear_message_and_no_file(store, data_dir, seeded, tmp_path, capsys,
                                                       argv, code, message):
    store.db.close()
    out = tmp_path / "out.pdf"
    argv = [a.replace("{id}", str(seeded.meeting_id)) for a in argv]
    assert run(*argv, "-o", out, "--data-dir", data_dir) == code
    err = capsys.readouterr().err
    assert message in err
    assert not out.exists()


def test_a_folder_that_is_not_there_is_a_clear_error(store, data_dir, seeded, tmp_path, capsys):
    store.db.close()
    out = tmp_path / "missing" / "agenda.pdf"
    assert run("print", "agenda", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 1
    assert "could not be written" in capsys.readouterr().err
    assert not out.parent.exists()


def test_printing_changes_nothing_in_the_caseload(store, data_dir, seeded, tmp_path):
    store.db.close()

    def saved() -> tuple[bytes, bytes]:
        # The file and its write-ahead log (where SQLite puts changes before the file);
        # the -shm index a reader creates holds no data.
        wal = data_dir / "caseload.sqlite-wal"
        return (data_dir / "caseload.sqlite").read_bytes(), wal.read_bytes() if wal.exists() else b""

    before = saved()
    assert run("print", "prep-sheet", "--meeting", seeded.meeting_id, "-o", tmp_path / "p.pdf",
               "--data-dir", data_dir) == 0
    assert saved() == before


# -- documents that fit the meeting -------------------------------------------------------------

@pytest.mark.parametrize("kind", ["summary", "thank-you"])
def test_the_documents_for_after_the_meeting_need_a_held_meeting(store, data_dir, seeded,
                                                                  tmp_path, capsys, kind):
    out = tmp_path / f"{kind}.pdf"
    assert run("print", kind, "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 1
    assert "not marked as held" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("change, message", [
    (lambda m, i: m.cancel_meeting(i), "is cancelled"),
    (lambda m, i: m.set_meeting_field(i, "place", ""), "has no place yet"),
    (lambda m, i: m.set_meeting_field(i, "starts_at", None), "has no date yet"),
])
def test_no_invitation_for_a_cancelled_placeless_or_undated_meeting(
        store, data_dir, seeded, tmp_path, capsys, change, message):
    change(Stores(store.db).meetings, seeded.meeting_id)
    out = tmp_path / "invitation.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_agenda_running_past_the_end_prints_with_a_warning(store, data_dir, seeded,
                                                              tmp_path, capsys):
    from iep_desk.core.meetings import AgendaItem

    stores = Stores(store.db)
    stores.agenda.add_agenda_item(AgendaItem(seeded.meeting_id, "A long extra talk", 50))
    out = tmp_path / "agenda.pdf"
    assert run("print", "agenda", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 0
    err = capsys.readouterr().err
    over = sum(i.minutes for i in stores.agenda.agenda_of(seeded.meeting_id)) - 60
    assert over > 0 and f"run {over} minutes past the meeting's planned end" in err
    assert "A long extra talk" in text_of(out.read_bytes())


def test_a_character_no_font_has_is_named_and_nothing_is_written(store, data_dir, seeded,
                                                                 tmp_path, capsys):
    # An Egyptian hieroglyph: in no shipped font.
    Stores(store.db).meetings.set_meeting_field(seeded.meeting_id, "place", "Room \U00013000 12")
    out = tmp_path / "invitation.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 1
    err = capsys.readouterr().err
    assert "the meeting's place" in err and "\U00013000" in err and "U+13000" in err
    assert not out.exists()


# -- the family's language ----------------------------------------------------------------------

def test_typed_text_in_english_and_spanish_prints_on_each_invitation(store, data_dir, tmp_path,
                                                                    capsys):
    from iep_desk.app.handouts import language_plan, save_translations

    stores = Stores(store.db)
    seeded = seed_meeting(store, stores, date.today(), language="es")
    english_purpose = stores.meetings.get_meeting(seeded.meeting_id).purpose
    # Without a Spanish version, the fields that print in English are named on stderr.
    out = tmp_path / "invitacion.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 0
    err = capsys.readouterr().err
    assert "will print in English in the Spanish invitation" in err
    for line in ("  - the meeting's purpose: “Review the year and write next year's goals.”",
                 "  - the meeting's place: “Room 12, next to the library”",
                 "  - a paper sent for review: “Draft goals; Reading assessment summary Speech report”"):
        assert line in err
    assert english_purpose in text_of(out.read_bytes())
    # --strict: nothing is written, exit 1.
    strict = tmp_path / "strict.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "--strict", "-o", strict,
               "--data-dir", data_dir) == 1
    assert "Nothing was written (--strict)" in capsys.readouterr().err
    assert not strict.exists()

    plan = language_plan(stores, meeting_id=seeded.meeting_id, kinds=["invitation"])
    save_translations(stores, language="es", versions={t.ref: (t.english, f"Versión {n}")
                                    for n, t in enumerate(plan.untranslated)})
    purpose_version = next(f"Versión {n}" for n, t in enumerate(plan.untranslated)
                           if t.field == "meeting_purpose")
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "--strict", "-o", out,
               "--data-dir", data_dir) == 0
    err = capsys.readouterr().err
    assert "will print in English" not in err
    spanish = text_of(out.read_bytes())
    assert purpose_version in spanish and english_purpose not in spanish
    english = tmp_path / "invitation-en.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "--language", "en",
               "-o", english, "--data-dir", data_dir) == 0
    english_text = text_of(english.read_bytes())
    assert english_purpose in english_text and purpose_version not in english_text
    store.db.close()


def test_bilingual_is_the_familys_language_then_english(store, data_dir, tmp_path, capsys):
    import io

    from pypdf import PdfReader

    seeded = seed_meeting(store, Stores(store.db), date.today(), language="es")
    store.db.close()
    out = tmp_path / "both.pdf"
    assert run("print", "agenda", "--meeting", seeded.meeting_id, "--bilingual", "-o", out,
               "--data-dir", data_dir) == 0
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages]
    spanish = template("es", "agenda")["title"].format(first_name="Ánh")
    english = template("en", "agenda")["title"].format(first_name="Ánh")
    at_spanish = next(i for i, text in enumerate(pages) if spanish in " ".join(text.split()))
    at_english = next(i for i, text in enumerate(pages) if english in " ".join(text.split()))
    assert at_spanish < at_english
    assert "Spanish translation has not been checked by a native speaker" in capsys.readouterr().err


def test_bilingual_needs_a_language_with_templates(store, data_dir, seeded, tmp_path, capsys):
    store.db.close()
    out = tmp_path / "both.pdf"
    assert run("print", "agenda", "--meeting", seeded.meeting_id, "--bilingual", "-o", out,
               "--data-dir", data_dir) == 2
    assert "Hmong) has no templates, so there is no bilingual copy" in capsys.readouterr().err
    assert not out.exists()


def test_a_family_whose_language_has_no_tagline_is_said(store, data_dir, tmp_path, capsys):
    seeded = seed_meeting(store, Stores(store.db), date.today(), language="zgh")
    store.db.close()
    out = tmp_path / "invitation.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 0
    err = capsys.readouterr().err
    assert "no line in Standard Moroccan Tamazight" in err and "Arrange an interpreter" in err


def test_a_hmong_familys_invitation_starts_with_the_hmong_line(store, data_dir, seeded,
                                                               tmp_path):
    from iep_desk import resources

    store.db.close()
    out = tmp_path / "invitation.pdf"
    assert run("print", "invitation", "--meeting", seeded.meeting_id, "-o", out,
               "--data-dir", data_dir) == 0
    text = text_of(out.read_bytes())
    first_words = " ".join(resources.tagline("hmn", "").split()[:4])
    title = template("en", "invitation")["title"].format(first_name="Ánh")
    assert first_words in text and text.index(first_words) < text.index(title)
