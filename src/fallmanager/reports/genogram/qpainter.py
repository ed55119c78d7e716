"""The genogram drawing protocol on a QPainter: the editor's items, PNG export and printing.

The caller sets the painter's transform so that one unit is one millimetre; texts use the
bundled DejaVu Sans at pixel sizes, so their size follows that transform exactly.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QPolygonF,
)

from fallmanager.domain.genogram.model import GenogramLayout, LineStyle, Point
from fallmanager.reports.genogram.page import GenogramDocument, compose_page, draw_sheet, sheet_size
from fallmanager.reports.genogram.painter import GenogramOptions
from fallmanager.reports.genogram.surface import (
    BLACK,
    FONT_FAMILY,
    Colour,
    Stroke,
    TextAnchor,
    dash_pattern,
)

#: Fonts are set at this pixel size and scaled down: integer pixel sizes stay precise.
_FONT_PX = 100
MM_PER_INCH = 25.4


@cache
def _font_family() -> str:
    """Registers the bundled DejaVu Sans once (needs a QGuiApplication); returns its family."""
    folder = resources.files("fallmanager.resources") / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with resources.as_file(folder / name) as path:
            QFontDatabase.addApplicationFont(str(path))
    return FONT_FAMILY


def _font(bold: bool) -> QFont:
    font = QFont(_font_family())
    font.setPixelSize(_FONT_PX)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


class QPainterSurface:
    """:class:`~fallmanager.reports.genogram.surface.Surface` on a QPainter working in mm."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self._fonts = {False: _font(False), True: _font(True)}
        self._metrics = {bold: QFontMetricsF(font) for bold, font in self._fonts.items()}

    # -- helpers --

    def _pen(self, stroke: Stroke | None) -> QPen:
        if stroke is None:
            return QPen(Qt.PenStyle.NoPen)
        pen = QPen(QColor(stroke.colour))
        pen.setWidthF(stroke.width_mm)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pattern = dash_pattern(stroke)
        if pattern is None:
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        else:
            # Qt measures dashes in line widths.
            pen.setDashPattern([max(v / stroke.width_mm, 0.01) for v in pattern])
            dotted = stroke.style is LineStyle.DOTTED
            pen.setCapStyle(Qt.PenCapStyle.RoundCap if dotted else Qt.PenCapStyle.FlatCap)
        return pen

    def _prepare(self, stroke: Stroke | None, fill: Colour | None) -> None:
        self._painter.setPen(self._pen(stroke))
        self._painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)

    # -- Surface --

    def line(self, points: Sequence[Point], stroke: Stroke) -> None:
        self._prepare(stroke, None)
        self._painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))

    def polygon(self, points: Sequence[Point], stroke: Stroke | None, fill: Colour | None) -> None:
        self._prepare(stroke, fill)
        self._painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def rect(  # noqa: PLR0917 - the Surface protocol's signature
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        stroke: Stroke | None,
        fill: Colour | None,
        radius: float = 0.0,
    ) -> None:
        self._prepare(stroke, fill)
        if radius > 0:
            self._painter.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        else:
            self._painter.drawRect(QRectF(x, y, w, h))

    def ellipse(  # noqa: PLR0917
        self, cx: float, cy: float, rx: float, ry: float, stroke: Stroke | None, fill: Colour | None
    ) -> None:
        self._prepare(stroke, fill)
        self._painter.drawEllipse(QPointF(cx, cy), rx, ry)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size_mm: float,
        anchor: TextAnchor = "start",
        bold: bool = False,
        colour: Colour = BLACK,
    ) -> None:
        k = size_mm / _FONT_PX
        width = self._metrics[bold].horizontalAdvance(text) * k
        shift = {"start": 0.0, "middle": -width / 2, "end": -width}[anchor]
        painter = self._painter
        painter.save()
        painter.translate(x + shift, y)
        painter.scale(k, k)
        painter.setFont(self._fonts[bold])
        painter.setPen(QColor(colour))
        painter.drawText(QPointF(0, 0), text)
        painter.restore()

    def text_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        return self._metrics[bold].horizontalAdvance(text) * size_mm / _FONT_PX

    def push_transform(self, dx: float, dy: float, scale: float) -> None:
        self._painter.save()
        self._painter.translate(dx, dy)
        self._painter.scale(scale, scale)

    def pop_transform(self) -> None:
        self._painter.restore()

    def begin_group(self, css_class: str) -> None:
        """Groups only give SVG elements their classes; a painted picture has no such structure."""

    def end_group(self) -> None:
        """See :meth:`begin_group`."""


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen unless a platform is chosen)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([])
    if not isinstance(app, QGuiApplication):  # a QCoreApplication cannot paint text
        raise RuntimeError("A QCoreApplication is running; images need a QGuiApplication.")
    return app


def render_png(layout: GenogramLayout, options: GenogramOptions, dpi: int = 150) -> bytes:
    """The diagram with its legend as a PNG on white at ``dpi``; returns the file's bytes."""
    ensure_gui_application()
    # Measure with a throwaway painter: text widths decide the legend's size.
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    probe_painter = QPainter(probe)
    try:
        width_mm, height_mm = sheet_size(QPainterSurface(probe_painter), layout, options)
    finally:
        probe_painter.end()
    px_per_mm = dpi / MM_PER_INCH
    image = QImage(
        max(1, round(width_mm * px_per_mm)),
        max(1, round(height_mm * px_per_mm)),
        QImage.Format.Format_ARGB32,
    )
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(px_per_mm, px_per_mm)
        draw_sheet(QPainterSurface(painter), layout, options)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at runtime
        raise OSError("The PNG image could not be encoded.")
    buffer.close()
    return bytes(data.data())


def paint_page(
    painter: QPainter,
    page_rect_px: QRectF,
    layout: GenogramLayout,
    options: GenogramOptions,
    document: GenogramDocument,
) -> None:
    """One printed page (header, diagram scaled to fit, legend, footer) into ``page_rect_px``.

    ``page_rect_px`` is in the painter's device pixels (e.g. ``QPrinter.pageRect(DevicePixel)``
    moved to the painter's origin); millimetres follow from the device's resolution.
    """
    device = painter.device()
    px_per_mm = (device.logicalDpiX() if device is not None else 96) / MM_PER_INCH
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(page_rect_px.topLeft())
        painter.scale(px_per_mm, px_per_mm)
        compose_page(
            QPainterSurface(painter),
            layout,
            options,
            document,
            page_rect_px.width() / px_per_mm,
            page_rect_px.height() / px_per_mm,
        )
    finally:
        painter.restore()


__all__ = ["QPainterSurface", "ensure_gui_application", "paint_page", "render_png"]
