"""Preview, save and print a handout that the printing package rendered as PDF bytes.

Printing goes through QPrinter, so any printer the operating system knows works: each page
is drawn from the PDF (by PDFium, see pdf_pages.py) onto the printer's page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iep_desk.storage.files import write_whole
from iep_desk.ui.pdf_pages import PdfPages
from iep_desk.ui.problems import error_text
from iep_desk.ui.translate import translate
from iep_desk.ui.widgets import with_short_quotes

# Pages are sent to the printer as pictures. 300 dots per inch is what office printers
# print text at; a 1200 dpi picture of a Letter page would take half a gigabyte of memory.
MAX_PRINT_DPI = 300


def load_pdf(pdf: bytes) -> PdfPages:
    """The handout's pages, ready to be drawn."""
    return PdfPages(pdf)


class PageView(QScrollArea):
    """Every page of a PDF one below the other, as wide as the window ("fit to width") or at a
    chosen zoom; redrawn at the size shown, so text stays sharp at any zoom."""

    SPACING = 12
    MARGIN = 12

    def __init__(self, pages: PdfPages, parent: QWidget | None = None):
        super().__init__(parent)
        self.pages = pages
        self.fit = True
        self._zoom = 1.0  # 1.0: the page at its printed size on this screen
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QWidget()
        self.column_layout = QVBoxLayout(column)
        self.column_layout.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self.column_layout.setSpacing(self.SPACING)
        self.column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.labels: list[QLabel] = []
        for index in range(pages.page_count):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAccessibleName(
                translate("Handouts", "Page %1 of %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(pages.page_count))
            )
            self.column_layout.addWidget(label)
            self.labels.append(label)
        self.column_layout.addStretch(1)
        self.setWidget(column)
        # Redrawing on every step of a window resize would be wasted work: once it settles.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(60)
        self._redraw.timeout.connect(self.draw_pages)
        self.draw_pages()

    def _natural_width(self) -> float:
        """The first page's width in pixels at its printed size on this screen."""
        if not self.pages.page_count:
            return 1.0
        return self.pages.page_size(0).width() * self.logicalDpiX() / 72

    def zoom_factor(self) -> float:
        if self.fit:
            available = self.viewport().width() - 2 * self.MARGIN
            return max(0.1, available / self._natural_width())
        return self._zoom

    def set_zoom_factor(self, factor: float) -> None:
        self.fit = False
        self._zoom = max(0.25, min(4.0, factor))
        self.draw_pages()

    def fit_to_width(self) -> None:
        self.fit = True
        self.draw_pages()

    def draw_pages(self) -> None:
        factor = self.zoom_factor()
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self.labels):
            width = round(self.pages.page_size(index).width() * self.logicalDpiX() / 72 * factor)
            image = self.pages.render(index, max(1, round(width * ratio)))
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit:
            self._redraw.start()


class PreviewWindow(QMainWindow):
    """A window that shows every page of a handout, with Save and Print; `notes` (what the
    teacher should know about its language) are a line above the pages.

    `handed_out` says "saved" or "printed" after the handout was saved or printed from here,
    so that what follows a handout going out (the notice ticked as sent, a receipt recorded)
    happens whether the teacher used the pane's button or this window's."""

    handed_out = Signal(str)

    def __init__(self, pdf: bytes, title: str, suggested_name: str, *, copies: int = 1,
                 parent: QWidget | None = None, notes: list[str] | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.copies = copies
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.document = load_pdf(pdf)
        self.view = PageView(self.document, self)
        self.view.setAccessibleName(translate("Handouts", "Pages of %s") % title)
        self.notes_label = QLabel(" ".join(notes or []))
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label.setAccessibleName(translate("Handouts", "About this handout's language"))
        self.notes_label.setContentsMargins(8, 4, 8, 4)
        self.notes_label.setVisible(bool(notes))
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notes_label)
        column.addWidget(self.view, 1)
        self.setCentralWidget(central)

        toolbar = QToolBar(translate("Handouts", "Handout"), self)
        toolbar.setAccessibleName(translate("Handouts", "Handout actions"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        keys = QKeySequence.StandardKey
        self.save_action = self._action(translate("Handouts", "&Save as PDF…"), [keys.Save],
                                        self.save)
        self.print_action = self._action(translate("Handouts", "&Print…"), [keys.Print],
                                         self.print_pages)
        self.zoom_in_action = self._action(translate("Handouts", "Zoom &in"), [keys.ZoomIn],
                                           lambda: self.zoom(1.25))
        self.zoom_out_action = self._action(
            translate("Handouts", "Zoom &out"), [keys.ZoomOut], lambda: self.zoom(0.8)
        )
        self.fit_action = self._action(
            translate("Handouts", "&Fit to width"), [QKeySequence("Ctrl+0")], self.fit_width
        )
        self.close_action = self._action(translate("Handouts", "&Close"),
                                         [keys.Close, QKeySequence(Qt.Key.Key_Escape)],
                                         self.close)
        for action in (self.save_action, self.print_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.close_action)
        pages = self.page_count()
        self.pages_label = QLabel(
            translate("Handouts", "1 page")
            if pages == 1
            else translate("Handouts", "%1 pages").replace("%1", str(pages))
        )
        self.pages_label.setAccessibleName(translate("Handouts", "Number of pages"))
        self.statusBar().addPermanentWidget(self.pages_label)
        self._size_to_screen(parent)
        self.view.setFocus()

    def _action(self, text: str, keys: list, slot) -> QAction:
        action = QAction(text, self)
        # A toolbar button shows the icon text, which would lose the "…" that says a dialog follows.
        action.setIconText(text.replace("&", ""))
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        return action

    def save(self) -> Path | None:
        path = save_pdf(self.pdf, self.suggested_name, self)
        if path is not None:
            self.handed_out.emit("saved")
        return path

    def print_pages(self) -> bool:
        printed = print_pdf(self.pdf, self, copies=self.copies,
                            document_name=Path(self.suggested_name).stem)
        if printed:
            self.handed_out.emit("printed")
        return printed

    def zoom(self, factor: float) -> None:
        # From "fit to width", zooming starts from the size that fit showed.
        self.view.set_zoom_factor(self.view.zoom_factor() * factor)

    def fit_width(self) -> None:
        self.view.fit_to_width()

    def _size_to_screen(self, parent: QWidget | None) -> None:
        """A page's width and as much height as the screen allows (a laptop has 768 pixels)."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 820, 980
        if available is not None and available.isValid():
            width = min(width, int(available.width() * 0.9))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)

    def page_count(self) -> int:
        return self.document.page_count


def write_pdf(path: Path, pdf: bytes, parent: QWidget) -> bool:
    """Write `pdf` to `path`; when the disk refuses, say so in plain words. True when written."""
    try:
        write_whole(path, pdf)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("Handouts", "Could not save"),
            with_short_quotes(
                translate(
                    "Handouts",
                    "The PDF could not be saved as “%1” (%2).\n\nChoose another folder, or check "
                    "that the disk is not full and the file is not open in another program.",
                )
                .replace("%1", str(path))
                .replace("%2", error.strerror or error_text(error))
            ),
        )
        return False
    return True


def save_pdf(pdf: bytes, suggested_name: str, parent: QWidget) -> Path | None:
    """Ask where to save; write the file; say so if the disk refuses. Returns the path or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Handouts", "Save as PDF"),
        str(Path.home() / suggested_name),
        translate("Handouts", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path if write_pdf(path, pdf, parent) else None


def print_pdf(pdf: bytes, parent: QWidget, *, copies: int = 1,
              document_name: str = "IEP Desk") -> bool:
    """Open Qt's print dialog (copies preset) and print every page. True when sent to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setCopyCount(max(1, copies))
    _match_paper(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Handouts", "Print %s") % document_name)
    dialog.setAccessibleName(translate("Handouts", "Print %s") % document_name)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if not send_to_printer(pdf, printer):
        QMessageBox.warning(
            parent,
            translate("Handouts", "Could not print"),
            translate(
                "Handouts",
                "The printer %s could not be used. Check that it is switched on and connected, "
                "or save the handout as a PDF and print it from there.",
            )
            % printer.printerName(),
        )
        return False
    return True


def _match_paper(printer: QPrinter, pdf: bytes) -> None:
    """Preset the printer's paper to the handout's (Letter or A4), with no margins: the
    handout has its own."""
    document = load_pdf(pdf)
    if document.page_count == 0:
        return
    size = document.page_size(0)
    page = QPageSize(QSizeF(size.width(), size.height()), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyOrientationMatch)
    printer.setPageLayout(
        QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)


def send_to_printer(pdf: bytes, printer: QPrinter) -> bool:
    """Draw each PDF page onto the printer's pages; False when the printer cannot be opened."""
    document = load_pdf(pdf)
    if document.page_count == 0:
        return False
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    try:
        for page in range(document.page_count):
            if page and not printer.newPage():
                return False
            points = document.page_size(page)
            image = document.render(page, round(points.width() / 72 * dpi))
            target = _fit(QSizeF(image.size()), printer.pageRect(QPrinter.Unit.DevicePixel).size())
            painter.drawImage(target, image, QRectF(image.rect()), Qt.ImageConversionFlag.AutoColor)
    finally:
        painter.end()
    return True


def _fit(image: QSizeF, page: QSizeF) -> QRectF:
    """The largest rectangle of the image's shape that fits on the page, centred: a Letter
    handout printed on A4 paper (or the other way round) is scaled, never stretched."""
    scale = min(page.width() / image.width(), page.height() / image.height())
    size = QSizeF(image.width() * scale, image.height() * scale)
    return QRectF(QPointF((page.width() - size.width()) / 2, (page.height() - size.height()) / 2),
                  size)
