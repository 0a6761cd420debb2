"""Settings: a dialog of pages (a list on the left, the chosen page on the right).

The pages are modules under ui/settings/ (see its PAGES): each saves its own changes at once
through the Desk, so the dialog only has a Close button.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iep_desk.ui.desk import Desk
from iep_desk.ui.settings import page_modules
from iep_desk.ui.translate import translate


class SettingsDialog(QDialog):
    """`pages` maps each page's key to its widget; `show_page(key)` brings one to the front."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, module in page_modules():
            # A page that needs the main window (its data folder, its session) is made by
            # the module's page_for(desk, window, dialog); it may have none to offer (None).
            make = getattr(module, "page_for", None)
            page = make(desk, parent, self) if make is not None else module.Page(desk)
            if page is None:
                continue
            self.pages[key] = page
            # A page taller than the screen scrolls rather than squeezing its fields.
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.page_list.addItem(translate("SettingsPages", module.TITLE))
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.page_list.setFixedWidth(max(160, self.page_list.sizeHintForColumn(0) + 24))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(760)
        self.resize(860, 600)
        # Enter commits the field being typed in; it must not also close the dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

    def show_page(self, key: str) -> QWidget:
        """Bring the page `key` to the front and return it."""
        index = list(self.pages).index(key)
        self.page_list.setCurrentRow(index)
        return self.pages[key]

    @property
    def spins(self) -> dict[str, QSpinBox]:
        """The state's numbers (the General page's spin boxes)."""
        return self.pages["general"].spins  # type: ignore[attr-defined]
