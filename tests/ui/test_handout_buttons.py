"""The handout buttons (Invitation ▾, Agenda ▾, Prep sheet ▾, Print packet, Summary ▾,
Thank-you letter ▾) look like buttons in their tool bar: a frame drawn around each, not flat
text that shows a frame only under the pointer."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from tests.ui.test_handouts import install, pane, seeded, stores  # noqa: F401 (fixtures)


def edge_colors(button: QToolButton) -> set[int]:
    """The colors down the button's left edge, as drawn (not hovered)."""
    image = button.grab().toImage()
    return {image.pixel(0, y) for y in range(2, image.height() - 2)} | {
        image.pixel(1, y) for y in range(2, image.height() - 2)}


def test_every_handout_button_is_framed(qtbot, pane, store, stores, seeded):  # noqa: F811
    planner = install(pane, store, stores, seeded.meeting_id)
    review = install(pane, store, stores, seeded.meeting_id, ["summary", "thank-you"])
    pane.show()
    qtbot.waitExposed(pane)
    buttons = [*planner.buttons.values(), planner.packet_button, *review.buttons.values()]
    assert len(buttons) == 6
    background = pane.bar.grab().toImage().pixel(1, 1)
    for button in buttons:
        assert not button.autoRaise(), button.accessibleName()
        assert edge_colors(button) - {background}, f"{button.accessibleName()} is drawn flat"
    # The check can fail: a flat (auto-raised) button's edge is the bar's own color.
    flat = QToolButton()
    flat.setText("Flat")
    pane.bar.addWidget(flat)
    flat.setAutoRaise(True)
    assert not edge_colors(flat) - {background}


def test_the_private_prep_sheet_cannot_be_taken_for_the_family_sheet(
        qtbot, pane, store, stores, seeded):  # noqa: F811
    """The prep sheet (tip file, concerns: for the teacher) and the family's preparation sheet
    sit side by side; each button says whose it is, and the prep sheet's says it is private."""
    planner = install(pane, store, stores, seeded.meeting_id,
                      ["invitation", "prep-sheet", "preparation-sheet"])
    mine = planner.buttons["prep-sheet"]
    family = planner.buttons["preparation-sheet"]
    assert mine.text().replace("&", "").startswith("My ")
    assert family.text().replace("&", "").startswith("Family ")
    assert "never for the family" in mine.toolTip()
