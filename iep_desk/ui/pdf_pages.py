"""A handout's pages as pictures, for the preview window, the letterhead dialog and the printer.

PDFium (through pypdfium2) draws the pages: a small, maintained renderer with wheels for
Windows, macOS and Linux. It replaces QtPdf, which only comes with PySide6's large Addons
package (WebEngine and dozens of modules the app never loads).
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage


class PdfPages:
    """The pages of one PDF, held in memory. `PdfPages(b"")` or damaged bytes: no pages."""

    def __init__(self, pdf: bytes):
        try:
            self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError:
            self._document = None

    @property
    def page_count(self) -> int:
        return len(self._document) if self._document is not None else 0

    def page_size(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        assert self._document is not None
        width, height = self._document[index].get_size()
        return QSizeF(width, height)

    def render(self, index: int, width: int) -> QImage:
        """The page drawn `width` pixels wide (its height follows the page's shape), on white,
        with any form fields drawn."""
        assert self._document is not None
        page = self._document[index]
        points = page.get_width()
        bitmap = page.render(scale=max(1, width) / points, may_draw_forms=True,
                             force_bitmap_format=pdfium_c.FPDFBitmap_BGRA, rev_byteorder=True)
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGBA8888)
        # The bitmap's memory belongs to PDFium: the copy is the picture's own.
        return image.copy()

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None
