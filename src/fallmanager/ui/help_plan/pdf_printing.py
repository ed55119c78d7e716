"""Printing a rendered PDF through Qt's print preview and the native print dialog.

The PDF is the same document "Als PDF speichern" writes; PDFium (``pypdfium2``) turns one
page at a time into an image at 200 dpi while Qt paints the preview or the printout, so
what is printed is exactly what is saved.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

PRINT_DPI = 200


def print_pdf(data: bytes, parent: QWidget) -> tuple[QPrintPreviewDialog, QPrinter]:
    """Show the print preview of ``data``; its print button opens the native print dialog.

    The dialog does not own its printer: the caller keeps both for as long as it is open.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("helpPlanPrintPreview")
    dialog.paintRequested.connect(lambda target: paint_pdf(data, target))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog, printer


def paint_pdf(data: bytes, printer: QPrinter) -> int:
    """Paint every page of ``data`` onto ``printer``, scaled to the printable area; returns
    the number of pages."""
    document = pdfium.PdfDocument(data)
    painter = QPainter(printer)
    try:
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            bitmap = page.render(scale=PRINT_DPI / 72, rev_byteorder=True, prefer_bgrx=True)
            pixels = bytes(bitmap.buffer)
            # A deep copy: the preview keeps what was drawn after ``pixels`` is gone. The
            # printouts are black and grey, so one byte per pixel keeps the copy small.
            image = QImage(
                pixels, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            ).convertToFormat(QImage.Format.Format_Grayscale8)
            area = QRectF(painter.viewport())
            size = QSizeF(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(area.topLeft(), size), image)
            bitmap.close()
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()
