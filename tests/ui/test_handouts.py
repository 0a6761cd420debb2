"""The handout buttons, the preview window, saving, the print path and the letterhead dialog,
driven through real widgets on a real caseload file."""

from __future__ import annotations

import io
import os
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QVBoxLayout, QWidget

from iep_desk.core.letterhead import Letterhead, PrintSettings
from iep_desk.storage.errors import SaveFailed
from iep_desk.storage.print_settings import load_print_settings, save_print_settings
from iep_desk.storage.settings import SettingsStore
from iep_desk.storage.stores import Stores
from iep_desk.ui import handouts
from iep_desk.ui.desk import Desk
from iep_desk.ui.handout_actions import VERBS, install_handout_actions
from iep_desk.ui.handouts import PreviewWindow, send_to_printer
from iep_desk.ui.letterhead_dialog import LetterheadDialog
from tests.app.test_handouts import TIP_TOPIC, TODAY, seed_meeting, text_of
from tests.cli.test_print_cli import template
from tests.ui.conftest import desk_for

PLANNER_KINDS = ["invitation", "agenda", "prep-sheet"]


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


class Said:
    """Every QMessageBox the code opened, answered as a teacher would."""

    def __init__(self, monkeypatch, answer=QMessageBox.StandardButton.No):
        self.boxes: list[tuple[str, str, str]] = []
        for kind in ("information", "warning", "critical"):
            monkeypatch.setattr(QMessageBox, kind,
                                self._recorder(kind, QMessageBox.StandardButton.Ok))
        monkeypatch.setattr(QMessageBox, "question", self._recorder("question", answer))

    def _recorder(self, kind, answer):
        def record(parent, title, text, *args, **kwargs):
            self.boxes.append((kind, title, text))
            return answer
        return record

    def of(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.boxes if k == kind]


class LanguageDialogAnswers:
    """The family-language dialogs opened, answered through their real widgets: `versions`
    ({text as typed: its version}) are typed into the editors, then `answer` is clicked
    ("save", "anyway" or "cancel")."""

    def __init__(self):
        self.opened = []
        self.versions: dict[str, str] = {}
        self.answer = "save"

    def run(self, dialog):
        # What each row showed: the text as typed, and the version already in its editor.
        self.opened.append({dialog.texts[ref].english: editor.toPlainText()
                            for ref, editor in dialog.editors.items()})
        self.names = [editor.accessibleName() for editor in dialog.editors.values()]
        for ref, editor in dialog.editors.items():
            english = dialog.texts[ref].english
            if english in self.versions:
                editor.setPlainText(self.versions[english])
        if self.answer == "save":
            dialog.save_button.click()
        elif self.answer == "anyway":
            dialog.anyway_button.click()
        else:
            dialog.reject()
        return dialog.result()


@pytest.fixture
def language_dialog(monkeypatch):
    from iep_desk.ui.family_language_dialog import FamilyLanguageDialog

    answers = LanguageDialogAnswers()
    monkeypatch.setattr(FamilyLanguageDialog, "exec", lambda dialog: answers.run(dialog))
    return answers


@pytest.fixture
def stores(store):
    return Stores(store.db)


@pytest.fixture
def seeded(store, stores):
    return seed_meeting(store, stores)


@pytest.fixture
def pane(qtbot):
    """A stand-in for the planner pane: a widget with a handout toolbar."""
    widget = QWidget()
    widget.setLayout(QVBoxLayout())
    bar = QToolBar("Handouts")
    widget.layout().addWidget(bar)
    qtbot.addWidget(widget)
    widget.bar = bar
    return widget


def install(pane, store, stores, meeting_id, kinds=PLANNER_KINDS):
    chosen = {"id": meeting_id}
    actions = install_handout_actions(pane.bar, kinds, lambda: chosen["id"],
                                      Desk(Stores.of(store)), pane)
    actions.today = TODAY
    actions.chosen = chosen
    return actions


# -- the buttons -------------------------------------------------------------------------------

def test_each_document_gets_a_keyboard_reachable_button_with_its_three_actions(
        pane, store, stores, seeded):
    actions = install(pane, store, stores, seeded.meeting_id)
    assert set(actions.buttons) == set(PLANNER_KINDS)
    for kind, button in actions.buttons.items():
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        verbs = [a for a in button.menu().actions() if not a.isSeparator() and not a.menu()]
        assert verbs == [actions.actions[kind, verb] for verb in VERBS]
        # A family document's menu also offers its languages; the prep sheet's does not.
        submenus = [a.menu() for a in button.menu().actions() if a.menu()]
        assert len(submenus) == (0 if kind == "prep-sheet" else 1), kind
    assert actions.packet_button is not None and actions.packet_button.accessibleName()
    assert actions.packet_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # The review pane's documents have no packet.
    review = install(pane, store, stores, seeded.meeting_id, ["summary", "thank-you"])
    assert review.packet_action is None


def test_a_plain_widget_can_hold_the_buttons(qtbot, store, stores, seeded):
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = install_handout_actions(holder, ["summary", "thank-you"], lambda: seeded.meeting_id,
                                      Desk(stores), holder)
    assert holder.layout().count() == 2
    assert [holder.layout().itemAt(i).widget() for i in range(2)] == [
        actions.buttons["summary"], actions.buttons["thank-you"]]
    with pytest.raises(ValueError):
        install_handout_actions(holder, ["report-card"], lambda: None, Desk(Stores.of(store)),
                                holder)


def test_without_a_chosen_meeting_the_actions_are_greyed_and_say_why(
        pane, store, stores, seeded, monkeypatch):
    said = Said(monkeypatch)
    actions = install(pane, store, stores, None)
    assert not actions.actions["agenda", "preview"].isEnabled()
    assert not actions.packet_action.isEnabled()
    assert actions.preview("agenda") is None
    assert said.of("information") and "Choose a meeting" in said.of("information")[0]
    actions.chosen["id"] = seeded.meeting_id
    actions.update_enabled()
    assert actions.actions["agenda", "preview"].isEnabled()


# -- preview ---------------------------------------------------------------------------------------

def test_preview_shows_every_page(pane, store, stores, seeded, monkeypatch, qtbot):
    Said(monkeypatch)
    actions = install(pane, store, stores, seeded.meeting_id)
    actions.actions["invitation", "preview"].trigger()
    assert len(actions.previews) == 1
    window = actions.previews[0]
    qtbot.waitUntil(lambda: window.page_count() > 0)
    assert window.page_count() == page_count(window.pdf)
    assert window.isVisible()
    assert "Ánh Nguyễn" in window.windowTitle()
    assert "Ánh" in text_of(window.pdf)
    window.close_action.trigger()
    qtbot.waitUntil(lambda: not actions.previews)


def test_preview_of_a_long_agenda_has_several_pages(pane, store, stores, seeded, monkeypatch,
                                                    qtbot):
    Said(monkeypatch)
    from iep_desk.core.meetings import AgendaItem

    for number in range(45):
        stores.agenda.add_agenda_item(AgendaItem(seeded.meeting_id, f"Extra topic {number}", 2))
    actions = install(pane, store, stores, seeded.meeting_id)
    window = actions.preview("agenda")
    qtbot.waitUntil(lambda: window.page_count() > 0)
    assert window.page_count() == page_count(window.pdf) > 1
    assert "Extra topic 44" in text_of(window.pdf)
    window.close()


# -- save -------------------------------------------------------------------------------------------

def test_save_writes_a_pdf_with_the_students_name(pane, store, stores, seeded, monkeypatch,
                                                   tmp_path):
    Said(monkeypatch)
    asked = {}

    def choose(parent, caption, suggested, filters):
        asked["suggested"] = suggested
        return str(tmp_path / "for the family"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    actions = install(pane, store, stores, seeded.meeting_id)
    path = actions.save("invitation")
    assert path == tmp_path / "for the family.pdf"
    text = text_of(path.read_bytes())
    assert "Ánh" in text and "Nguyễn" in text
    assert "Ánh Nguyễn" in asked["suggested"] and asked["suggested"].endswith(".pdf")


def test_a_disk_that_refuses_gets_a_clear_message_and_keeps_the_old_file(
        pane, store, stores, seeded, monkeypatch, tmp_path):
    said = Said(monkeypatch)
    folder = tmp_path / "handouts"
    folder.mkdir()
    target = folder / "agenda.pdf"
    target.write_bytes(b"the copy saved last week")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.save("agenda") is None
    # (The seeded agenda also runs two minutes over: that warning comes first.)
    warning = [text for text in said.of("warning") if "could not be saved" in text]
    assert warning and "No space left" in warning[0]
    assert target.read_bytes() == b"the copy saved last week"
    assert sorted(p.name for p in folder.iterdir()) == ["agenda.pdf"], "no half file left"


def test_a_folder_that_is_gone_gets_a_clear_message(pane, store, stores, seeded, monkeypatch,
                                                    tmp_path):
    said = Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "usb-stick" / "agenda.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.save("agenda") is None
    assert any("could not be saved" in text for text in said.of("warning"))


# -- language --------------------------------------------------------------------------------------

def test_the_teacher_is_told_when_the_familys_language_has_no_template(
        pane, store, stores, seeded, monkeypatch, tmp_path):
    said = Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitation.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    # Said in the line under the planner's header as soon as the meeting is shown, before
    # anything is printed, and never in a dialog that stops the teacher.
    line = actions.language_line.full_text
    assert "There are no Hmong templates" in line and "Arrange an interpreter" in line
    actions.save("invitation")
    assert said.of("information") == []
    english_title = template("en", "invitation")["title"].format(first_name="Ánh")
    assert english_title in text_of((tmp_path / "invitation.pdf").read_bytes())
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "prep.pdf"), ""))
    actions.save("prep-sheet")
    assert said.of("information") == []


def test_a_spanish_family_gets_spanish(pane, store, stores, monkeypatch, tmp_path,
                                       language_dialog):
    seeded = seed_meeting(store, stores, language="es")
    said = Said(monkeypatch)
    language_dialog.answer = "anyway"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "agenda.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    actions.save("agenda")
    assert said.of("information") == []
    spanish_title = template("es", "agenda")["title"].format(first_name="Ánh")
    assert spanish_title in text_of((tmp_path / "agenda.pdf").read_bytes())


# -- print -----------------------------------------------------------------------------------------

@pytest.fixture
def print_dialog(monkeypatch):
    """Answer Qt's print dialog: record the copies it offered, then cancel."""
    offered = []

    def exec_(dialog):
        offered.append((dialog.printer().copyCount(), dialog.windowTitle()))
        return QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return offered


def test_agenda_copies_default_to_the_number_at_the_table(pane, store, stores, seeded,
                                                          monkeypatch, print_dialog):
    Said(monkeypatch)
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.print("agenda") is False  # cancelled in the dialog
    assert print_dialog[0][0] == seeded.expected_at_table
    assert "Ánh Nguyễn" in print_dialog[0][1]
    # Someone else declines: one copy fewer.
    person = next(p for p in stores.meetings.participants_of(seeded.meeting_id)
                  if p.name == "Daniel Kowalski")
    stores.meetings.set_participant_field(person.id, "response", "declined")
    actions.print("agenda")
    assert print_dialog[1][0] == seeded.expected_at_table - 1
    # Any other document: one copy.
    actions.print("invitation")
    assert print_dialog[2][0] == 1


def test_the_print_path_draws_every_page(tmp_path, store, stores, seeded, qtbot):
    """send_to_printer through a QPrinter writing a PDF file: one printed page per page."""
    from iep_desk.app.handouts import gather
    from iep_desk.printing import RENDERERS

    pdf = RENDERERS["invitation"](gather(stores, meeting_id=seeded.meeting_id, today=TODAY), "en").pdf
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert send_to_printer(pdf, printer)
    assert page_count(out.read_bytes()) == page_count(pdf)
    # The printed page is a picture of the handout: not blank.
    image = handouts.load_pdf(out.read_bytes()).render(0, 200)
    dark = sum(1 for x in range(0, 200, 4) for y in range(0, 260, 4)
               if QColor(image.pixel(x, y)).lightness() < 128)
    assert dark > 20


def test_print_accepted_sends_the_pages(pane, store, stores, seeded, monkeypatch, tmp_path):
    """Print… with the dialog accepted: the printer (a PDF file here) receives every page."""
    Said(monkeypatch)
    out = tmp_path / "agenda-printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    actions = install(pane, store, stores, seeded.meeting_id)
    made = actions.make("agenda")
    assert actions.print("agenda") is True
    assert page_count(out.read_bytes()) == page_count(made.pdf)


# -- the packet ------------------------------------------------------------------------------------

def test_print_packet_makes_the_family_packet_and_a_separate_prep_sheet(
        pane, store, stores, seeded, monkeypatch, tmp_path, print_dialog):
    said = Said(monkeypatch, answer=QMessageBox.StandardButton.No)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    actions = install(pane, store, stores, seeded.meeting_id)
    actions.packet_action.trigger()
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == 2
    packet = next(f for f in files if "confidential" not in f.name)
    prep = next(f for f in files if "confidential" in f.name)
    packet_text, prep_text = text_of(packet.read_bytes()), text_of(prep.read_bytes())
    invitation_title = template("en", "invitation")["title"].format(first_name="Ánh")
    agenda_title = template("en", "agenda")["title"].format(first_name="Ánh")
    assert invitation_title in packet_text and agenda_title in packet_text
    assert packet_text.index(invitation_title) < packet_text.index(agenda_title)
    # The family preparation sheet comes last, and saving the packet counts as sending it.
    sheet_title = template("en", "preparation_sheet")["title"].format(first_name="Ánh")
    assert packet_text.index(agenda_title) < packet_text.index(sheet_title)
    assert "preparation_sheet_sent" in {t.item for t in stores.checklist.ticks_of(
        seeded.meeting_id)}
    invitation, agenda = actions.make("invitation"), actions.make("agenda")
    sheet = actions.make("preparation-sheet")
    assert page_count(packet.read_bytes()) == (page_count(invitation.pdf) + page_count(agenda.pdf)
                                               + page_count(sheet.pdf))
    assert TIP_TOPIC not in packet_text
    assert TIP_TOPIC in prep_text and template("en", "prep_sheet")["confidential"] in prep_text
    assert invitation_title not in prep_text
    # The family's language is said in the line, not in a dialog.
    assert "Hmong" in actions.language_line.full_text and said.of("information") == []
    assert said.of("question") and str(packet) in said.of("question")[0]
    assert print_dialog == [], "the teacher said not to print now"

    # Again: the files already there are kept, the new ones get other names.
    actions.print_packet()
    assert len(list(tmp_path.glob("*.pdf"))) == 4
    assert packet.read_bytes()[:4] == b"%PDF"


def test_print_packet_then_print_prints_both(pane, store, stores, seeded, monkeypatch, tmp_path):
    Said(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    printed = []

    def fake_print(pdf, parent, *, copies=1, document_name=""):
        printed.append((document_name, text_of(pdf)))
        return True

    monkeypatch.setattr("iep_desk.ui.handouts.print_pdf", fake_print)
    actions = install(pane, store, stores, seeded.meeting_id)
    packet_path, prep_path = actions.print_packet()
    assert [name for name, _ in printed] == [packet_path.stem, prep_path.stem]
    assert TIP_TOPIC in printed[1][1] and TIP_TOPIC not in printed[0][1]


def test_print_packet_cancelled_in_the_folder_dialog_writes_nothing(
        pane, store, stores, seeded, monkeypatch, tmp_path):
    Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: "")
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.print_packet() is None
    assert list(tmp_path.glob("*.pdf")) == []


# -- the preview window on its own ------------------------------------------------------------------

def test_preview_window_save_and_keys(qtbot, monkeypatch, tmp_path, store, stores, seeded):
    from iep_desk.app.handouts import gather
    from iep_desk.printing import RENDERERS

    Said(monkeypatch)
    pdf = RENDERERS["summary"](gather(stores, meeting_id=seeded.meeting_id, today=TODAY), "en").pdf
    window = PreviewWindow(pdf, "Summary", "summary.pdf")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.page_count() > 0)
    assert window.page_count() == page_count(pdf)
    assert window.view.accessibleName() and window.pages_label.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "summary.pdf"), ""))
    window.save_action.trigger()
    assert (tmp_path / "summary.pdf").read_bytes() == pdf
    assert window.close_action.shortcuts(), "Escape / Ctrl+W close the preview"
    # Zoom for reading small print; Fit to width goes back.
    window.zoom_in_action.trigger()
    first = window.view.zoom_factor()
    window.zoom_in_action.trigger()
    assert window.view.zoom_factor() > first
    window.zoom_out_action.trigger()
    assert window.view.zoom_factor() < first * 1.25
    window.fit_action.trigger()
    assert window.view.fit
    # Every page is drawn, as wide as the window shows it, and named for screen readers.
    assert len(window.view.labels) == page_count(pdf)
    first_page = window.view.labels[0]
    assert first_page.pixmap().width() / first_page.pixmap().devicePixelRatio() <= (
        window.view.viewport().width())
    assert first_page.accessibleName() == f"Page 1 of {page_count(pdf)}"
    # A page is drawn from the PDF: dark text on white paper.
    image = first_page.pixmap().toImage()
    colors = {image.pixelColor(x, y).lightness() < 128
              for x in range(0, image.width(), 7) for y in range(0, image.height() // 3, 7)}
    assert colors == {True, False}


# -- the letterhead dialog --------------------------------------------------------------------------

def test_letterhead_dialog_saves_everything(qtbot, store, tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "letter", "Letter by default"
    dialog.school_name.setText("Riverside Elementary")
    dialog.address.setPlainText("12 River Road\nSpringfield")
    dialog.logo_path.setText(str(logo))
    dialog.teacher_name.setText("Grace Okafor")
    dialog.teacher_title.setText("Case manager")
    dialog.phone.setText("555-0142")
    dialog.email.setText("g.okafor@district.example.org")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = load_print_settings(SettingsStore(store.db))
    assert saved.paper == "a4"
    assert saved.letterhead == Letterhead("Riverside Elementary", "12 River Road\nSpringfield",
                                          str(logo), "Grace Okafor", "Case manager", "555-0142",
                                          "g.okafor@district.example.org")
    # Opened again, it shows what was saved.
    again = LetterheadDialog(desk_for(store))
    qtbot.addWidget(again)
    assert again.settings() == saved
    for widget in (again.school_name, again.address, again.logo_path, again.teacher_name,
                   again.teacher_title, again.phone, again.email, again.paper,
                   again.choose_logo_button, again.remove_logo_button):
        assert widget.accessibleName()


@pytest.mark.parametrize("field, value, message", [
    ("email", "grace at school", "does not look like an email address"),
    ("logo_path", "/no/such/logo.png", "is not there"),
])
def test_letterhead_dialog_refuses_bad_input_and_saves_nothing(qtbot, store, field, value,
                                                               message):
    save_print_settings(SettingsStore(store.db), PrintSettings(Letterhead(school_name="Before"), "letter"))
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.school_name.setText("After")
    getattr(dialog, field).setText(value)
    assert dialog.save() is False
    assert message in dialog.message.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert load_print_settings(SettingsStore(store.db)).letterhead.school_name == "Before"


def test_letterhead_dialog_refuses_a_file_that_is_not_a_picture(qtbot, store, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.logo_path.setText(str(fake))
    assert dialog.save() is False
    assert "PNG or JPEG" in dialog.message.text()


def test_letterhead_dialog_keeps_the_typing_when_the_disk_refuses(qtbot, store, monkeypatch):
    said = Said(monkeypatch)

    def refuse(store, settings):
        raise SaveFailed("The change could not be saved (disk I/O error).")

    monkeypatch.setattr("iep_desk.app.settings.save_print_settings", refuse)
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.school_name.setText("Riverside Elementary")
    assert dialog.save() is False
    assert "could not be saved" in said.of("warning")[0]
    assert dialog.school_name.text() == "Riverside Elementary"
    assert load_print_settings(SettingsStore(store.db)).letterhead.school_name == ""


def test_the_letterhead_reaches_the_handouts(pane, store, stores, seeded, monkeypatch, tmp_path,
                                            qtbot):
    Said(monkeypatch)
    dialog = LetterheadDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.school_name.setText("Maple Grove Elementary")
    assert dialog.save()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitation.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    actions.save("invitation")
    assert "Maple Grove Elementary" in text_of((tmp_path / "invitation.pdf").read_bytes())


# -- documents that fit the meeting, and characters no font has -------------------------------

@pytest.mark.parametrize("verb", VERBS)
def test_the_summary_of_a_meeting_not_yet_held_is_refused_before_anything_is_made(
        qtbot, store, stores, seeded, monkeypatch, verb, print_dialog):
    said = Said(monkeypatch)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = install_handout_actions(holder, ["summary", "thank-you"],
                                      lambda: seeded.meeting_id, Desk(Stores.of(store)), holder)
    actions.today = TODAY
    actions.actions["summary", verb].trigger()
    warnings = said.of("warning")
    assert len(warnings) == 1 and "not marked as held" in warnings[0]
    assert actions.previews == [] and asked == [] and print_dialog == []
    # Once it is held, the same action makes the document.
    starts = stores.meetings.get_meeting(seeded.meeting_id).starts_at
    stores.meetings.mark_held(seeded.meeting_id, now=starts + timedelta(hours=1))
    said.boxes.clear()
    made = actions.make("thank-you")
    assert made is not None and said.of("warning") == []


@pytest.mark.parametrize("change, message", [
    (lambda m, i: m.cancel_meeting(i), "is cancelled"),
    (lambda m, i: m.set_meeting_field(i, "starts_at", None), "has no date yet"),
    (lambda m, i: m.set_meeting_field(i, "place", "  "), "has no place yet"),
])
def test_no_invitation_and_no_packet_for_a_cancelled_undated_or_placeless_meeting(
        pane, store, stores, seeded, monkeypatch, tmp_path, change, message):
    said = Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    change(stores.meetings, seeded.meeting_id)
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.preview("invitation") is None
    assert actions.print_packet() is None
    assert [message in text for text in said.of("warning")] == [True, True]
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_character_no_font_has_is_named_before_preview_save_or_print(
        pane, store, stores, seeded, monkeypatch, tmp_path, print_dialog):
    said = Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "agenda.pdf"), ""))
    from iep_desk.core.meetings import AgendaItem

    # A private-use character: no font has a glyph for it.
    stores.agenda.add_agenda_item(AgendaItem(seeded.meeting_id, "Talk about \ue123 the bus", 0))
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.preview("agenda") is None
    assert actions.save("agenda") is None
    assert actions.print("agenda") is False
    warnings = [text for text in said.of("warning") if "empty boxes" in text]
    assert len(warnings) == 3
    assert "an agenda item “Talk about \ue123 the bus”: “\ue123” (U+E123)" in warnings[0]
    assert actions.previews == [] and print_dialog == [] and not (tmp_path / "agenda.pdf").exists()
    # The invitation does not print agenda items: it is made.
    assert actions.make("invitation") is not None


def test_an_agenda_past_the_end_is_warned_about_then_made(pane, store, stores, seeded,
                                                         monkeypatch):
    said = Said(monkeypatch)
    actions = install(pane, store, stores, seeded.meeting_id)
    made = actions.make("agenda")
    warnings = said.of("warning")
    assert made is not None
    assert len(warnings) == 1 and "run 2 minutes past the meeting's planned end" in warnings[0]


def test_handout_kinds_match_the_renderers():
    from iep_desk.printing import FAMILY_PAGES, RENDERERS
    from iep_desk.ui.handout_actions import FILLABLE, KINDS

    assert set(KINDS) == set(RENDERERS) | {"preparation-sheet"}
    assert {"preparation-sheet", FILLABLE} <= set(FAMILY_PAGES)


def test_opening_the_app_does_not_load_reportlab_or_qtpdf():
    """Printing is loaded when a handout is first made, not at start-up: not by the window,
    and not by the command line's modules, which `iep-desk` imports to read its arguments."""
    import subprocess
    import sys

    code = ("import sys; import iep_desk.cli, iep_desk.ui.app, iep_desk.ui.main_window; "
            "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'PySide6.QtPdf'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__('os').environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]"


# -- the family's language -------------------------------------------------------------------------

def open_menu_languages(actions, kind):
    """The Language submenu of a document's button, as the teacher opens it."""
    menu = actions.buttons[kind].menu()
    menu.aboutToShow.emit()
    submenu = next(a.menu() for a in menu.actions() if a.menu())
    return submenu, [a for a in submenu.actions() if not a.isSeparator()]


def test_the_language_menu_offers_the_familys_language_first_then_the_others(
        pane, store, stores, monkeypatch):
    from iep_desk import resources

    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    actions = install(pane, store, stores, seeded.meeting_id)
    submenu, choices = open_menu_languages(actions, "invitation")
    texts = [a.text() for a in choices]
    assert texts[0].startswith("The family's language: Spanish") and choices[0].isChecked()
    others = [code for code in resources.template_languages() if code not in ("en", "es")]
    assert len(texts) == 1 + len(others) + 2
    assert texts[-2:] == ["English", "Bilingual: Spanish, then English"]
    assert submenu.accessibleName()
    # The same choice in every family document's menu; none in the prep sheet's.
    _, agenda_choices = open_menu_languages(actions, "agenda")
    assert [a.text() for a in agenda_choices] == texts
    assert not [a for a in actions.buttons["prep-sheet"].menu().actions() if a.menu()]


def test_english_chosen_from_the_menu_makes_english_with_the_spanish_line(
        pane, store, stores, monkeypatch, tmp_path):
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitation.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    _, choices = open_menu_languages(actions, "invitation")
    next(a for a in choices if a.text() == "English").trigger()
    assert actions.choice == "en"
    assert "not in the family's language (Spanish)" in actions.language_line.full_text
    actions.save("invitation")
    text = text_of((tmp_path / "invitation.pdf").read_bytes())
    assert template("en", "invitation")["title"].format(first_name="Ánh") in text
    # Another meeting starts again from the family's language.
    actions.chosen["id"] = seeded.next_id
    actions.update_enabled()
    assert actions.choice == "family"


def test_the_bilingual_copy_from_the_menu(pane, store, stores, monkeypatch, tmp_path,
                                          language_dialog, qtbot):
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    language_dialog.answer = "anyway"
    actions = install(pane, store, stores, seeded.meeting_id)
    _, choices = open_menu_languages(actions, "agenda")
    next(a for a in choices if a.text().startswith("Bilingual")).trigger()
    window = actions.preview("agenda")
    qtbot.waitUntil(lambda: window.page_count() > 0)
    spanish = template("es", "agenda")["title"].format(first_name="Ánh")
    english = template("en", "agenda")["title"].format(first_name="Ánh")
    text = text_of(window.pdf)
    assert spanish in text and english in text and text.index(spanish) < text.index(english)
    # The preview says what to know, in a line, not a dialog.
    assert "Spanish translation has not been checked by a native speaker" in (
        window.notes_label.text())
    assert "things you typed will print in English" in window.notes_label.text()
    window.close()


def test_before_printing_the_teacher_writes_her_words_in_the_familys_language(
        pane, store, stores, monkeypatch, tmp_path, language_dialog):
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    purpose = stores.meetings.get_meeting(seeded.meeting_id).purpose
    language_dialog.versions = {purpose: "Repasar el año y escribir las metas."}
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "invitacion.pdf"), ""))
    actions = install(pane, store, stores, seeded.meeting_id)
    # The line says how many things print in English before anything is made.
    assert "things you typed will print in English" in actions.language_line.full_text
    actions.save("invitation")
    # The dialog listed each field with its English text, then saved the version.
    listed = language_dialog.opened[0]
    assert purpose in listed and "Room 12, next to the library" in listed
    assert all(listed[text] == "" for text in listed)
    assert len(language_dialog.names) == len(listed) and all(language_dialog.names)
    text = text_of((tmp_path / "invitacion.pdf").read_bytes())
    assert "Repasar el año y escribir las metas." in text and purpose not in text
    # Used from then on: shown with its version, and the other fields still asked about.
    language_dialog.opened.clear()
    actions.save("invitation")
    assert language_dialog.opened[0][purpose] == "Repasar el año y escribir las metas."
    # Cancelled: nothing is made.
    language_dialog.answer = "cancel"
    (tmp_path / "invitacion.pdf").unlink()
    assert actions.save("invitation") is None
    assert not (tmp_path / "invitacion.pdf").exists()


def test_their_language_button_opens_the_dialog_from_the_planner(pane, store, stores,
                                                                  monkeypatch, language_dialog):
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    place = stores.meetings.get_meeting(seeded.meeting_id).place
    language_dialog.versions = {place: "Salón 12, al lado de la biblioteca"}
    actions = install(pane, store, stores, seeded.meeting_id)
    button = actions.language_line.button
    assert not button.isHidden() and button.accessibleName()
    before = actions.language_line.full_text
    button.click()
    assert language_dialog.opened and place in language_dialog.opened[0]
    assert actions.language_line.full_text != before
    from iep_desk.app.handouts import language_plan

    plan = language_plan(stores, meeting_id=seeded.meeting_id, kinds=["invitation", "agenda"])
    assert place not in [t.english for t in plan.untranslated]


def test_a_bilingual_packet(pane, store, stores, monkeypatch, tmp_path, language_dialog):
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch, answer=QMessageBox.StandardButton.No)
    language_dialog.answer = "anyway"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(tmp_path))
    actions = install(pane, store, stores, seeded.meeting_id)
    actions.choose_language("bilingual")
    packet_path, _ = actions.print_packet()
    text = text_of(packet_path.read_bytes())
    titles = [template(lang, doc)["title"].format(first_name="Ánh")
              for lang in ("es", "en") for doc in ("invitation", "agenda")]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)


def test_a_text_longer_than_a_page_is_said_and_nothing_is_made(pane, store, stores, seeded,
                                                              monkeypatch):
    """An agenda item pasted at the length of several pages: reportlab cannot break a table
    row across pages. The teacher is told which document and what to do; nothing is raised."""
    from iep_desk.core.meetings import AgendaItem

    said = Said(monkeypatch)
    stores.agenda.add_agenda_item(AgendaItem(seeded.meeting_id, "Talk about the bus. " * 600, 0))
    actions = install(pane, store, stores, seeded.meeting_id)
    assert actions.make("agenda") is None
    [warning] = [text for text in said.of("warning") if "too long to fit on a page" in text]
    assert warning.startswith("“Agenda” was not made") and "Shorten it" in warning
    assert actions.make("invitation") is not None  # the invitation lists no agenda items


# -- the prep sheet in the window's language ---------------------------------------------------

def _prep_sheet_is(text: str, language: str) -> None:
    """The prep sheet's text is in `language` (en or es): its headings and checklist items,
    and none of the other language's."""
    from iep_desk.resources import checklist_texts

    other = "en" if language == "es" else "es"
    own, theirs = template(language, "prep_sheet"), template(other, "prep_sheet")
    for key in ("heading_people", "heading_tips", "heading_checklist", "heading_contacts",
                "heading_due_dates", "confidential"):
        assert own[key] in text, (language, key)
        assert theirs[key] not in text, (language, key)
    assert checklist_texts(language)["before"]["purpose_explained"] in text
    assert checklist_texts(other)["before"]["purpose_explained"] not in text
    assert TIP_TOPIC in text


def test_the_spanish_windows_prep_sheet_is_spanish_previewed_saved_printed_and_in_the_packet(
        spanish, pane, store, stores, seeded, monkeypatch, tmp_path, qtbot):
    """The window in Spanish: the prep sheet (for the teacher) is Spanish wherever it is made;
    the Hmong family's documents stay English with the Hmong line."""
    Said(monkeypatch, answer=QMessageBox.StandardButton.Yes)
    actions = install(pane, store, stores, seeded.meeting_id)

    window = actions.preview("prep-sheet")
    qtbot.waitUntil(lambda: window.page_count() > 0)
    _prep_sheet_is(text_of(window.pdf), "es")
    assert template("es", "prep_sheet")["document_title"] in window.windowTitle()
    window.close()

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "prep.pdf"), ""))
    _prep_sheet_is(text_of(actions.save("prep-sheet").read_bytes()), "es")

    printed = []

    def fake_print(pdf, parent, *, copies=1, document_name=""):
        printed.append((document_name, text_of(pdf)))
        return True

    monkeypatch.setattr("iep_desk.ui.handouts.print_pdf", fake_print)
    assert actions.print("prep-sheet")
    _prep_sheet_is(printed[-1][1], "es")

    packet_folder = tmp_path / "packet"
    packet_folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(packet_folder))
    printed.clear()
    packet_path, prep_path = actions.print_packet()
    _prep_sheet_is(text_of(prep_path.read_bytes()), "es")
    packet_text = text_of(packet_path.read_bytes())
    assert template("en", "invitation")["title"].format(first_name="Ánh") in packet_text
    assert TIP_TOPIC not in packet_text
    assert [text for _name, text in printed] == [packet_text, text_of(prep_path.read_bytes())]


def test_the_english_windows_prep_sheet_stays_english(pane, store, stores, monkeypatch, tmp_path,
                                                      language_dialog):
    """The English window: the prep sheet is English even for a Spanish-speaking family,
    whose own documents are Spanish."""
    seeded = seed_meeting(store, stores, language="es")
    Said(monkeypatch)
    language_dialog.answer = "anyway"
    actions = install(pane, store, stores, seeded.meeting_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "prep.pdf"), ""))
    _prep_sheet_is(text_of(actions.save("prep-sheet").read_bytes()), "en")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "agenda.pdf"), ""))
    agenda = text_of(actions.save("agenda").read_bytes())
    assert template("es", "agenda")["title"].format(first_name="Ánh") in agenda


def test_the_planners_prep_sheet_button_in_the_spanish_window(spanish, clock, qtbot, store,
                                                              monkeypatch, tmp_path):
    """The planner's own button, in the Spanish window, on the day the window tests take place."""
    from iep_desk.ui.planner.pane import PlannerPane
    from tests.ui.clock import TODAY as WINDOW_TODAY

    seeded = seed_meeting(store, Stores(store.db), WINDOW_TODAY)
    Said(monkeypatch)
    pane = PlannerPane(desk_for(store))
    qtbot.addWidget(pane)
    assert pane.open_meeting(seeded.meeting_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "prep.pdf"), ""))
    pane.handout_actions.actions["prep-sheet", "save"].trigger()
    text = text_of((tmp_path / "prep.pdf").read_bytes())
    _prep_sheet_is(text, "es")
    # The "days left" counted from the window's today: the notice goes out 5 days before.
    assert f"{template('es', 'prep_sheet')['days_left'].format(days=5)}" in text
