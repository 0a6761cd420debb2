"""Tools ▸ Team members: add, edit, mark inactive (never delete)."""

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from iep_desk.app.demo import write_demo_caseload
from iep_desk.core.availability import parse_availability
from iep_desk.core.models import TeamMember
from iep_desk.ui import window_language
from iep_desk.ui.caseload.family_panel import FamilyPanel
from iep_desk.ui.team_dialog import TeamDialog
from tests.ui.caseload_helpers import type_and_commit
from tests.ui.conftest import desk_for


def test_add_edit_and_mark_inactive(qtbot, store, monkeypatch):
    dialog = TeamDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Dr. Okafor", True)))
    dialog.add_button.click()
    [member] = store.list_team_members()
    assert member.name == "Dr. Okafor"

    role = dialog.fields["role"].editor
    role.setCurrentIndex(role.findData("school_psychologist"))
    type_and_commit(qtbot, dialog.fields["email"].editor, "okafor@district.org")
    type_and_commit(qtbot, dialog.fields["availability"].editor, "Mon-Fri 7:30-8:00")
    saved = store.get_team_member(member.id)
    assert saved.role == "school_psychologist"
    assert saved.email == "okafor@district.org"
    assert len(saved.availability) == 5
    assert dialog.members.item(0).text() == "Dr. Okafor: School psychologist"

    type_and_commit(qtbot, dialog.fields["email"].editor, "not-an-email")
    assert "is not an email address" in dialog.fields["email"].message.text()
    assert store.get_team_member(member.id).email == "okafor@district.org"
    type_and_commit(qtbot, dialog.fields["name"].editor, "")
    assert "cannot be empty" in dialog.fields["name"].message.text()
    assert store.get_team_member(member.id).name == "Dr. Okafor"

    dialog.fields["active"].editor.setChecked(False)
    assert store.list_team_members() == []
    assert [m.name for m in store.list_team_members(include_inactive=True)] == ["Dr. Okafor"]
    assert "no longer active" in dialog.members.item(0).text()


def test_lists_inactive_members_too(qtbot, store):
    store.add_team_member(TeamMember("Ms. Active"))
    store.add_team_member(TeamMember("Mr. Left", active=False))
    dialog = TeamDialog(desk_for(store))
    qtbot.addWidget(dialog)
    texts = [dialog.members.item(i).text() for i in range(dialog.members.count())]
    # "other" is called what the handouts call it (core.roles): a team member.
    assert texts == ["Mr. Left: Team member (no longer active)", "Ms. Active: Team member"]


@pytest.fixture(params=["en", "es"])
def window_in(request, qapp):
    """The window's language (English, or Spanish installed as at start-up)."""
    installed = window_language.install_translators(qapp, "es") if request.param == "es" else []
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def test_the_examples_of_times_read_as_times(qtbot, store, window_in):
    """The grey example in "Times they can meet" is one a teacher could type, in each language."""
    dialog = TeamDialog(desk_for(store))
    panel = FamilyPanel(desk_for(store))
    qtbot.addWidget(dialog)
    qtbot.addWidget(panel)
    examples = [edit.placeholderText() for widget in (dialog, panel)
                for edit in widget.findChildren(QLineEdit)
                if edit.placeholderText().startswith(("e.g.", "p. ej."))
                and any(c.isdigit() for c in edit.placeholderText())]
    assert len(examples) == 2
    for example in examples:
        assert parse_availability(example.split(" ", 2)[-1] if window_in == "es"
                                  else example.removeprefix("e.g. ")), example


def test_every_team_member_reads_whole_in_the_list(qtbot, store, window_in):
    write_demo_caseload(store, date(2026, 3, 11))  # any fixed day: only the team is looked at
    dialog = TeamDialog(desk_for(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.members.count() > 5
    assert not dialog.members.horizontalScrollBar().isVisible()
