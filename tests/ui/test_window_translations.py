"""The window's translations: current with the code, complete in Spanish, loaded at start-up
as the teacher chose, and no text cut when a language needs 40% more room.

The .ts/.qm checks run pyside6-lupdate and pyside6-lrelease (installed with PySide6), as CI
does; scripts/update_translations.py is what a developer runs to bring them up to date.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from iep_desk.ui import window_language

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "iep_desk_es.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%(?:\d|n|s|d|\.\d+f|%)|\{\w+\}")


def update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spanish_messages() -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translations (one, or the plural forms), state) for each message."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append((context.findtext("name"), message.findtext("source"),
                          forms or [translation.text or ""], translation.get("type")))
    return found


# -- the pipeline ---------------------------------------------------------------------------
def test_the_ts_file_holds_exactly_the_words_of_the_code():
    missing, gone = update_script().behind("es")
    assert not missing, ("words not yet in iep_desk_es.ts (run scripts/update_translations.py "
                         f"and translate them): {sorted(missing)[:20]}")
    assert not gone, f"words iep_desk_es.ts has but the code no longer: {sorted(gone)[:20]}"


def test_the_qm_file_is_made_from_the_ts_file(tmp_path):
    script = update_script()
    made = tmp_path / "es.qm"
    subprocess.run([script.tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(made)],
                   check=True)
    assert made.read_bytes() == QM.read_bytes(), "run scripts/update_translations.py"


def test_counts_are_plural_messages_with_both_spanish_forms():
    counts = [m for m in spanish_messages() if "%n" in m[1]]
    assert len(counts) >= 15
    for context, source, forms, _ in counts:
        assert len(forms) == 2, (context, source, forms)


# -- a complete Spanish window ----------------------------------------------------------------
def test_every_text_has_a_finished_spanish_translation():
    unfinished = [(c, s) for c, s, forms, state in spanish_messages()
                  if state is not None or not all(f.strip() for f in forms)]
    assert unfinished == []


def test_translations_keep_the_placeholders_the_keys_and_the_spaces():
    for context, source, forms, _ in spanish_messages():
        for text in forms:
            where = (context, source, text)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            # One Alt+letter key where the English has one.
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), where
            assert text.count("\n") == source.count("\n"), where
            assert text.startswith(" ") == source.startswith(" "), where
            assert text.endswith(" ") == source.endswith(" "), where


def test_the_translation_says_it_is_not_reviewed_by_a_native_speaker():
    about = json.loads((TS.parent / "about.json").read_text(encoding="utf-8"))
    assert about["es"]["reviewed_by"] is None
    assert "native speaker" in about["es"]["about"]



def test_the_meeting_lists_filters_are_in_spanish(qtbot, store, data_dir, spanish):
    """Each "Show" choice of the planner and the review is translated (the review's were left
    out of the translation: plain strings lupdate never saw)."""
    from iep_desk.ui.planner.pane import FILTERS as PLANNER_FILTERS
    from iep_desk.ui.review.pane import FILTERS as REVIEW_FILTERS
    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    for pane, filters in ((window.planner_pane, PLANNER_FILTERS),
                          (window.review_pane, REVIEW_FILTERS)):
        box = pane.meeting_list.filter_box
        shown = [box.itemText(i) for i in range(box.count())]
        english = [text for text, _value in filters]
        assert len(shown) == len(english)
        assert [text for text in shown if text in english] == []


def test_the_window_opens_in_spanish(qtbot, store, data_dir, spanish):
    from tests.ui.caseload_helpers import open_window

    assert len(spanish) == 2  # Qt's own words and IEP Desk's
    window = open_window(qtbot, store, data_dir)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Archivo", "&Editar"]
    assert "A&yuda" in titles
    assert QCoreApplication.translate("Labels", "in %n day(s)", "", 1) == "en 1 día"
    assert QCoreApplication.translate("Labels", "in %n day(s)", "", 12) == "en 12 días"
    # Qt's standard buttons come from qtbase_es.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def alt_key(text: str) -> str | None:
    """The letter of a text's Alt+letter key ("&Archivo" -> "a"), if it has one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def install_every_action(window) -> None:
    """What the app's start-up adds to the window (ui/data_safety.py): Back up and Restore,
    the imports (caseload, full backup, goals) and the Export menu, Tools ▸ Protection."""
    from iep_desk.ui.data_safety import install_backup_actions
    from iep_desk.ui.protection_page import install_protection_action
    from iep_desk.ui.transfer_actions import install_transfer_actions

    install_backup_actions(window)
    install_transfer_actions(window)
    install_protection_action(window)


def alt_key_clashes(window) -> tuple[dict[str, list[str]], list[str]]:
    """Each menu, tab bar and the first-start panel's buttons, and the Alt+letter keys that
    come twice in one of them."""
    from PySide6.QtWidgets import QMenu, QTabWidget

    groups = {"menu bar": [a.text() for a in window.menuBar().actions()]}
    for menu in window.findChildren(QMenu):
        groups[f"menu {menu.title()}"] = [a.text() for a in menu.actions()
                                          if not a.isSeparator()]
    for tabs in window.findChildren(QTabWidget):
        groups[f"tabs {tabs.accessibleName()}"] = [tabs.tabText(i) for i in range(tabs.count())]
    first_start = window.caseload_pane.first_start
    if first_start is not None:
        groups["first start"] = [b.text() for b in first_start.buttons.values()]
    clashes = []
    for name, texts in groups.items():
        keys = [alt_key(text) for text in texts if alt_key(text)]
        clashes += [f"{name}: {sorted(t for t in texts if alt_key(t) == key)}"
                    for key in sorted(set(keys)) if keys.count(key) > 1]
    return groups, clashes


def test_alt_keys_stay_distinct_in_each_spanish_menu_and_tab_bar(qtbot, store, data_dir,
                                                                  clock, spanish):
    from iep_desk.app.demo import write_demo_caseload
    from tests.ui.caseload_helpers import open_window

    write_demo_caseload(store, with_meetings=True)
    window = open_window(qtbot, store, data_dir)
    install_every_action(window)
    _ = window.planner_pane, window.review_pane  # built when first shown
    groups, clashes = alt_key_clashes(window)
    assert len(groups) >= 8
    file_menu = groups[f"menu {window.file_menu.title()}"]
    assert any("copia de seguridad completa (JSON)" in t for t in file_menu)  # installed
    assert "menu &Exportar" in groups  # the Export submenu, with the calendar export
    assert clashes == []


def test_alt_keys_stay_distinct_on_the_spanish_first_start(qtbot, store, data_dir, clock,
                                                           spanish):
    """An empty caseload: the first-start panel's buttons, with every action installed."""
    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    install_every_action(window)
    groups, clashes = alt_key_clashes(window)
    assert len(groups["first start"]) == 6
    assert clashes == []


# -- the choice in Settings ----------------------------------------------------------------
def test_the_choice_is_kept_for_the_next_start(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    parent.data_dir = tmp_path
    page = window_language.WindowLanguagePage(tmp_path, parent)
    qtbot.addWidget(parent)
    assert page.box.currentData() == window_language.SYSTEM
    assert window_language.chosen_language(tmp_path) == window_language.SYSTEM
    page.box.setCurrentIndex(page.box.findData("es"))
    assert window_language.chosen_language(tmp_path) == "es"
    assert "next time" in page.note.text()
    again = window_language.WindowLanguagePage(tmp_path, parent)
    assert again.box.currentText() == "Español"


def test_the_start_up_loads_the_chosen_language(qapp, tmp_path):
    from iep_desk.ui import app as start_up

    window_language.choose_language(tmp_path, "es")
    before = QCoreApplication.translate("MainWindow", "&File")
    start_up._install_translators(qapp, str(tmp_path))
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    finally:
        for translator in qapp.findChildren(window_language.QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert before == "&File"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_english_installs_nothing_even_on_a_spanish_system(qapp, tmp_path):
    window_language.choose_language(tmp_path, "en")
    assert window_language.install_translators(qapp, "en") == []
    assert window_language.locale_for("es").language() == QLocale.Language.Spanish


def test_the_settings_dialog_offers_the_window_language(qtbot, store, data_dir):
    from tests.ui.caseload_helpers import open_window

    window = open_window(qtbot, store, data_dir)
    dialog = window.settings_dialog()
    page = dialog.show_page("window_language")
    assert [page.box.itemText(i) for i in range(page.box.count())] == [
        "Follow the system", "English", "Español"]
    page.box.setCurrentIndex(page.box.findData("en"))
    assert window_language.chosen_language(data_dir) == "en"


# -- the pseudo-locale: every text 40% longer ------------------------------------------------
ACCENTED = str.maketrans("aceinorsuyzACEINORSUYZ", "åçéîñöŕśûýžÅÇÉÎÑÖŔŚÛÝŽ")
KEEP = re.compile(r"(%(?:\d|n|s|d|\.\d+f|%)|\{\w+\}|<[^>]+>|&\w+;|&.|\n|\(\*\.[^)]*\))")


def pseudo(text: str) -> str:
    """`text` with accents and 40% longer: "Search" -> "[Śéåŕçĥ ~~]"; placeholders, tags,
    the Alt+letter key and file patterns kept as they are."""
    parts = KEEP.split(text)
    body = "".join(part if index % 2 else part.translate(ACCENTED)
                   for index, part in enumerate(parts))
    padding = max(1, math.ceil(len(text) * 0.4) - 3)
    return f"[{body} {'~' * padding}]"


def test_pseudo_text_is_40_percent_longer_and_keeps_what_the_code_needs():
    assert pseudo("Search for a student") == "[Śéåŕçh föŕ å śtûdéñt ~~~~~]"
    assert len(pseudo("Search for a student")) >= 1.4 * len("Search for a student")
    assert "%1" in pseudo("Page %1 of %2") and "&F" in pseudo("&File")
    assert "{name}" in pseudo("{name} is archived.")


def make_pseudo_qm(folder: Path) -> Path:
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
        translation.attrib.pop("type", None)
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([update_script().tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def pseudo_window(tmp_path_factory):
    """What the probe saw at 1280 × 720, in a process of its own (the translation and the
    screen size are its alone)."""
    folder = tmp_path_factory.mktemp("pseudo")
    qm = make_pseudo_qm(folder)
    screen = folder / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    env.pop("IEP_DESK_DATA_DIR", None)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.pseudo_locale_probe", str(qm), "1280", "720",
         str(folder / "data")], cwd=ROOT, env=env, capture_output=True, text=True,
        check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_pane_dialog_and_the_first_start_were_shown_in_the_pseudo_locale(pseudo_window):
    shown = pseudo_window["shown"]
    assert "first start" in shown
    for name in ("settings", "team members", "letterhead", "import", "restore",
                 "keyboard shortcuts", "open actions", "add student", "user guide"):
        assert name in shown
    assert sum(where.startswith("planner tab") for where in shown) >= 6
    assert sum(where.startswith("review tab") for where in shown) >= 6


def test_no_text_is_cut_when_every_text_is_40_percent_longer(pseudo_window):
    cut = [f"{c['where']}: {c['kind']} {c['text']!r} needs {c['needs']} px, has {c['has']}"
           for c in pseudo_window["cut"]]
    assert cut == [], "\n".join(cut)


def test_every_handout_button_shows_when_every_text_is_40_percent_longer(pseudo_window):
    assert pseudo_window["hidden handout buttons"] == []


def test_grades_and_family_languages_read_in_the_windows_language(qtbot, store, data_dir,
                                                                   qapp):
    # In the Spanish window, "K" and "Vietnamese" were shown as stored or in English.
    from iep_desk.core.models import FamilyMember, Student
    from iep_desk.ui import labels
    from tests.ui.caseload_helpers import open_window

    student = store.add_student(Student("Lan", "Tran", grade="K"))
    store.add_family_member(FamilyMember("Mai Tran", preferred_language="vi"),
                            student_id=student, relationship="mother")

    def seen() -> tuple[str, str, list[str]]:
        window = open_window(qtbot, store, data_dir)
        pane = window.caseload_pane
        pane.refresh()
        grade = pane.model.index(0, 1).data()
        pane.open_student(student)
        box = pane.form.family_panel.fields["preferred_language"].editor
        items = [box.itemText(i) for i in range(box.count())]
        return grade, labels.language_name("vi"), items

    grade, name, items = seen()
    assert (grade, name) == ("K", "Vietnamese")
    assert "Vietnamese (\u2068Tiếng Việt\u2069)" in items
    installed = window_language.install_translators(qapp, "es")
    try:
        assert labels.window_language() == "es"
        grade, name, items = seen()
        assert (grade, name) == ("Kínder", "vietnamita")
        assert "Vietnamita (\u2068Tiếng Việt\u2069)" in items
        assert labels.grade_label("3") == "3" and labels.grade_label("") == ""
        # The long list follows the window's names: Spanish order, accents folded.
        everything = items[items.index("Otro idioma (elíjalo de la lista)") + 1:]
        names = [text.split(" (")[0] for text in everything]
        assert names.index("Árabe") < names.index("Búlgaro")
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert labels.window_language() == "en"


def _english_with_a_translation() -> dict[str, str]:
    """Every English text of the window that has a Spanish translation of its own."""
    found = {}
    for message in ET.parse(TS).iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        if source and text and source.replace("&", "") != text.replace("&", ""):
            found[source.replace("&", "")] = text
    return found


def _words_on(top: QWidget) -> list[str]:
    """The window's own words on `top`: captions, buttons, tabs, headers, choices, hints and
    tooltips (not the caseload's data in tables)."""
    words = []
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QAbstractButton)):
            words.append(widget.text())
        if isinstance(widget, QGroupBox):
            words.append(widget.title())
        if isinstance(widget, QLineEdit):
            words.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            words += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabBar):
            words += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            words += [str(widget.model().headerData(i, widget.orientation()) or "")
                      for i in range(widget.count())]
        words += [widget.toolTip(), widget.accessibleName()]
    return [line.replace("&", "") for text in words for line in text.split("\n") if line]


class _MissesRecorded(QTranslator):
    """IEP Desk's Spanish, noting every text of ours it has no translation for (Qt asks the
    translator installed last first, so this one answers for the Spanish file)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        # PySide6's tr() asks each class of the hierarchy in turn ("PlannerPane", then
        # "MeetingPane"): a miss counts only if no class of ours has the text.
        if source and not context.startswith("Q"):  # Qt's own contexts: qtbase
            self.missed.add((context, source))
        return None  # a null string: "not here", so Qt asks the next translator


def test_no_english_is_left_in_the_spanish_window(qtbot, qapp, store, data_dir, spanish, clock):
    """Every pane, tab and meeting of the sample caseload, and the settings and team dialogs:
    no word the translation has in Spanish is shown in English (a text lupdate never saw,
    or one stored in English where the window should name it)."""
    from datetime import date

    from iep_desk.app.demo import write_demo_caseload
    from tests.ui.caseload_helpers import open_window

    write_demo_caseload(store, date(2026, 3, 11), with_meetings=True)
    english = _english_with_a_translation()
    recorder = _MissesRecorded(qapp)
    assert recorder.load(str(TS.with_suffix(".qm")))
    qapp.installTranslator(recorder)
    language_names = {"English"}  # the window's languages are named in their own language
    # The sample meetings' agendas are data, written with the English standard agenda.
    agenda = json.loads((ROOT / "resources" / "agenda" / "default-en.json").read_text("utf-8"))
    data = {item["title"] for item in agenda["items"]}
    window = open_window(qtbot, store, data_dir)
    left: dict[str, str] = {}

    def look(top: QWidget, where: str) -> None:
        QApplication.processEvents()
        for word in _words_on(top):
            if word in english and word not in language_names | data:
                left.setdefault(word, where)

    caseload = window.caseload_pane
    caseload.open_student(caseload.model.student_id_at(0))
    for index in range(caseload.lists.count()):
        caseload.lists.setCurrentIndex(index)
        look(window, f"caseload list {index}")
    for pane_index, pane in ((1, window.planner_pane), (2, window.review_pane)):
        window.show_pane(pane_index)
        for row in range(pane.list.rowCount()):
            pane.list.selectRow(row)
            for index in range(pane.tabs.count()):
                pane.tabs.setCurrentIndex(index)
                look(window, f"pane {pane_index}, meeting {row}, tab {index}")
    from iep_desk.ui.caseload.add_student_dialog import AddStudentDialog
    from iep_desk.ui.help import ShortcutsDialog
    from iep_desk.ui.import_dialog import ImportDialog
    from iep_desk.ui.letterhead_dialog import LetterheadDialog
    from iep_desk.ui.open_actions import OpenActionsDialog
    from iep_desk.ui.restore_dialog import RestoreDialog

    settings = window.settings_dialog()
    dialogs = {"team": window.team_dialog(), "letterhead": LetterheadDialog(window.desk, window),
               "import": ImportDialog(window.desk, window), "add student": AddStudentDialog(window),
               "restore": RestoreDialog(window.data_dir, window),
               "open actions": OpenActionsDialog(window.desk, window),
               "keyboard shortcuts": ShortcutsDialog(window)}
    for key in settings.pages:
        settings.show_page(key)
        dialogs[f"settings {key}"] = settings
        settings.show()
        look(settings, f"settings {key}")
    for name, dialog in dialogs.items():
        dialog.show()
        look(dialog, name)
        dialog.hide()
    qapp.removeTranslator(recorder)
    assert left == {}
    # A text asked for in Spanish that the translation lacks: lupdate never saw it. (A text
    # whose Spanish is the same, "%s: %s, %s", is also asked of the class's base classes.)
    same = {message.findtext("source") for message in ET.parse(TS).iter("message")
            if message.findtext("source") == message.findtext("translation")}
    assert sorted((context, text) for context, text in recorder.missed if text not in same) == []
