"""Tools ▸ Team members: add, edit, mark inactive (never delete)."""

from PySide6.QtWidgets import QInputDialog

from iep_desk.core.models import TeamMember
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
