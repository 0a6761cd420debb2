"""What an empty caseload offers: the ways to begin, each a button that does it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStart(QWidget):
    """Shown in place of the student list while the caseload has no students.

    `steps` are (name, button text, what it does, action); `name` is the button's
    objectName. Buttons whose step writes to the caseload are disabled when it is read-only.
    """

    WRITES = ("import_csv", "add_student", "letterhead", "team", "protect")

    def __init__(self, steps: list[tuple[str, str, str, Callable[[], object]]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Getting started"))
        heading = QLabel(self.tr("Your caseload is empty. Where would you like to start?"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        for row, (name, text, description, action) in enumerate(steps):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _checked=False, act=action: act())
            note = QLabel(description)
            note.setWordWrap(True)
            note.setBuddy(button)
            grid.addWidget(button, row, 0)
            grid.addWidget(note, row, 1)
            self.buttons[name] = button
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(heading)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        first = next(iter(self.buttons.values()), None)
        if first is not None:  # the first step takes the focus given to the page
            self.setFocusProxy(first)

    def set_read_only(self, read_only: bool) -> None:
        for name in self.WRITES:
            if name in self.buttons:
                self.buttons[name].setEnabled(not read_only)
