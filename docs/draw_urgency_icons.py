"""Draw the urgency icons the app ships in resources/icons/ (16, 32 and 64 pixels each).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/draw_urgency_icons.py [FOLDER]

Each urgency has its own shape, so the icon never relies on colour: a red octagon with
"!" for overdue, an orange triangle with "!" for within 30 days, a yellow circle with "i"
for within 60 days. They ship as ordinary icon files, which the app loads through QIcon
(iep_desk/ui/widgets.urgency_icon) and a designer can redraw with any tool; this script is
how they were made. tests/ui/test_widgets.py checks that the shipped files are what this
script draws.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPainter,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 64)

# name: (fill, mark colour, mark, shape); shapes are drawn on a 32 × 32 grid.
URGENCIES = {
    "overdue": ("#c62828", "#ffffff", "!", "octagon"),
    "within-30": ("#ef8f00", "#ffffff", "!", "triangle"),
    "within-60": ("#f4d03f", "#222222", "i", "circle"),
}


def _shipped_bold_family() -> str:
    """The family of the DejaVu Sans Bold the app ships (so the marks do not depend on the
    fonts of the machine that draws them)."""
    font_id = QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"))
    return QFontDatabase.applicationFontFamilies(font_id)[0]


def draw(name: str, size: int) -> QImage:
    fill, mark_colour, mark, shape = URGENCIES[name]
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(size / 32, size / 32)
    painter.setPen(QColor("#333333"))
    painter.setBrush(QColor(fill))
    if shape == "octagon":
        points = [(10, 2), (22, 2), (30, 10), (30, 22), (22, 30), (10, 30), (2, 22), (2, 10)]
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(30, 29), QPointF(2, 29)]))
    else:
        painter.drawEllipse(3, 3, 26, 26)
    font = QFont(_shipped_bold_family())
    font.setBold(True)
    font.setPixelSize(18)
    painter.setFont(font)
    painter.setPen(QColor(mark_colour))
    top = 3 if shape == "triangle" else 0
    painter.drawText(QRectF(0, top, 32, 32), Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return image


def main(folder: Path = ICONS) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    folder.mkdir(parents=True, exist_ok=True)
    for name in URGENCIES:
        for size in SIZES:
            draw(name, size).save(str(folder / f"urgency-{name}-{size}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS))
