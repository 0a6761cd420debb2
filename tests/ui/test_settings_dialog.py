
"""Tools ▸ Settings: the state's numbers, saved at once; the caseload's dates follow."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from iep_desk.core.models import Student
from iep_desk.core.settings import DeadlineSettings
from iep_desk.storage.settings import SettingsStore
from iep_desk.ui.settings_dialog import SettingsDialog
from tests.ui.caseload_helpers import open_window
from tests.ui.clock import TODAY
from tests.ui.conftest import desk_for
from tests.ui.us_dates import us_date

pytestmark = pytest.mark.usefixtures("clock")  # the day is TODAY


def test_spin_boxes_use_the_limits_and_current_values(qtbot, store):
    SettingsStore(store.db).save_deadline_setting("notice_days", 5)
    dialog = SettingsDialog(desk_for(store))
    qtbot.addWidget(dialog)
    assert dialog.spins["notice_days"].value() == 5
    for name, (low, high) in DeadlineSettings.LIMITS.items():
        assert (dialog.spins[name].minimum(), dialog.spins[name].maximum()) == (low, high)
        assert dialog.spins[name].accessibleName()


def test_changing_a_setting_moves_a_computed_date(qtbot, store, data_dir):
    last = TODAY - timedelta(days=100)
    sid = store.add_student(Student("Ana", last_iep_meeting=last, last_evaluation=date(2024, 5, 2)))
    window = open_window(qtbot, store, data_dir)
    pane = window.caseload_pane
    pane.open_student(sid)
    annual = pane.form.fields["annual_review_due"].editor
    assert us_date(last + timedelta(days=365)) in annual.placeholderText()
    assert pane.model.data(pane.model.index(0, 4)) == "5/2/2027"

    dialog = window.settings_dialog()
    dialog.show()
    spin = dialog.spins["annual_review_days"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "300")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    dialog.spins["reevaluation_years"].setValue(2)

    assert SettingsStore(store.db).deadline_settings().annual_review_days == 300
    assert SettingsStore(store.db).deadline_settings().reevaluation_years == 2
    assert us_date(last + timedelta(days=300)) in annual.placeholderText()
    assert pane.model.data(pane.model.index(0, 3)) == us_date(last + timedelta(days=300))
    assert pane.model.data(pane.model.index(0, 4)) == "5/2/2026"

    window.undo_action.trigger()  # undoes the re-evaluation years
    assert SettingsStore(store.db).deadline_settings().reevaluation_years == 3
    assert dialog.spins["reevaluation_years"].value() == 3
    assert pane.model.data(pane.model.index(0, 4)) == "5/2/2027"
    dialog.close()


def test_every_page_fits_the_dialog_without_a_sideways_scroll_bar(qtbot, store, data_dir):
    window = open_window(qtbot, store, data_dir)
    dialog = window.settings_dialog()
    dialog.resize(860, 600)  # the size it opens at
    dialog.show()
    qtbot.waitExposed(dialog)
    for key in dialog.pages:
        dialog.show_page(key)
        scroll = dialog.stack.currentWidget()
        qtbot.waitUntil(lambda s=scroll: s.isVisible())
        assert not scroll.horizontalScrollBar().isVisible(), key
        # ...and nothing was squeezed out to get there: every caption shows, at full width.
        for label in dialog.pages[key].findChildren(QLabel):
            if label.text() and not label.isHidden():
                assert label.isVisible() and label.width() >= label.minimumSizeHint().width() > 0, (
                    key, label.text())
    dialog.close()
