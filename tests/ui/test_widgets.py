"""Small shared widget helpers."""

from PySide6.QtGui import QImage

from iep_desk.core.deadlines import Urgency
from iep_desk.ui.widgets import urgency_icon


def alpha_mask(image: QImage) -> list[bool]:
    return [image.pixelColor(x, y).alpha() > 128
            for y in range(image.height()) for x in range(image.width())]


def test_urgency_icons_differ_in_shape_not_only_in_colour(qapp):
    assert urgency_icon(Urgency.LATER) is None
    masks = []
    for urgency in (Urgency.OVERDUE, Urgency.WITHIN_30, Urgency.WITHIN_60):
        icon = urgency_icon(urgency)
        for size in (16, 32, 64):
            assert icon.pixmap(size, size).width() == size
        masks.append(alpha_mask(icon.pixmap(32, 32).toImage()))
    # Seen in black and white, each pair still differs in at least 40 of 1,024 pixels.
    for first, second in ((0, 1), (0, 2), (1, 2)):
        assert sum(a != b for a, b in zip(masks[first], masks[second])) > 40


def test_the_shipped_icons_are_what_the_script_draws(qapp, tmp_path):
    from docs.draw_urgency_icons import ICONS, main

    assert main(tmp_path) == 0
    drawn = sorted(path.name for path in tmp_path.iterdir())
    assert drawn == sorted(path.name for path in ICONS.glob("urgency-*.png"))
    assert len(drawn) == 9
    for name in drawn:
        ours, shipped = QImage(str(tmp_path / name)), QImage(str(ICONS / name))
        assert ours.size() == shipped.size()
        changed = sum(ours.pixelColor(x, y) != shipped.pixelColor(x, y)
                      for y in range(ours.height()) for x in range(ours.width()))
        assert changed <= ours.width() * ours.height() // 50, name  # antialiasing may vary a little
