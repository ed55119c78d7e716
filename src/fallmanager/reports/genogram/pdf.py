"""PDF output of the genogram: one A4 or A3 page with the bundled DejaVu fonts embedded."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fallmanager.domain.genogram.model import GenogramLayout, LineStyle, Point
from fallmanager.reports.fonts import BOLD, REGULAR, register_fonts
from fallmanager.reports.genogram.page import GenogramDocument, compose_page
from fallmanager.reports.genogram.painter import GenogramOptions, text_for
from fallmanager.reports.genogram.surface import (
    BLACK,
    Affine,
    Colour,
    Stroke,
    TextAnchor,
    dash_pattern,
)


class ReportLabSurface:
    """:class:`~fallmanager.reports.genogram.surface.Surface` on a ReportLab canvas.

    Millimetres with y down become points with y up; transforms are applied here, so line
    widths, dashes and font sizes scale with the drawing.
    """

    def __init__(self, canvas: Canvas, page_height: float) -> None:
        """``page_height`` in millimetres."""
        register_fonts()
        self._canvas = canvas
        self._page_h = page_height
        self._transforms: list[Affine] = [Affine()]

    @property
    def _t(self) -> Affine:
        return self._transforms[-1]

    def _xy(self, x: float, y: float) -> tuple[float, float]:
        tx, ty = self._t.apply(x, y)
        return tx * mm, (self._page_h - ty) * mm

    def _set_stroke(self, stroke: Stroke | None) -> None:
        c = self._canvas
        if stroke is None:
            return
        scale = self._t.scale
        c.setStrokeColor(HexColor(stroke.colour))
        c.setLineWidth(stroke.width_mm * scale * mm)
        c.setLineJoin(1)
        pattern = dash_pattern(stroke)
        if pattern is None:
            c.setDash()
            c.setLineCap(0)
        else:
            c.setDash([v * scale * mm for v in pattern], 0)
            c.setLineCap(1 if stroke.style is LineStyle.DOTTED else 0)

    def _path(self, points: Sequence[Point], *, close: bool) -> Any:
        path = self._canvas.beginPath()
        first, *rest = points
        path.moveTo(*self._xy(*first))
        for p in rest:
            path.lineTo(*self._xy(*p))
        if close:
            path.close()
        return path

    def _draw(self, path: Any, stroke: Stroke | None, fill: Colour | None) -> None:
        if stroke is None and fill is None:
            return
        self._set_stroke(stroke)
        if fill is not None:
            self._canvas.setFillColor(HexColor(fill))
        self._canvas.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))

    # -- Surface --

    def line(self, points: Sequence[Point], stroke: Stroke) -> None:
        if len(points) >= 2:
            self._draw(self._path(points, close=False), stroke, None)

    def polygon(self, points: Sequence[Point], stroke: Stroke | None, fill: Colour | None) -> None:
        if len(points) >= 2:
            self._draw(self._path(points, close=True), stroke, fill)

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
        if stroke is None and fill is None:
            return
        self._set_stroke(stroke)
        if fill is not None:
            self._canvas.setFillColor(HexColor(fill))
        left, bottom = self._xy(x, y + h)
        s = self._t.scale * mm
        flags = {"stroke": int(stroke is not None), "fill": int(fill is not None)}
        if radius > 0:
            self._canvas.roundRect(left, bottom, w * s, h * s, radius * s, **flags)
        else:
            self._canvas.rect(left, bottom, w * s, h * s, **flags)

    def ellipse(  # noqa: PLR0917
        self, cx: float, cy: float, rx: float, ry: float, stroke: Stroke | None, fill: Colour | None
    ) -> None:
        if stroke is None and fill is None:
            return
        self._set_stroke(stroke)
        if fill is not None:
            self._canvas.setFillColor(HexColor(fill))
        x1, y1 = self._xy(cx - rx, cy + ry)
        x2, y2 = self._xy(cx + rx, cy - ry)
        self._canvas.ellipse(
            x1, y1, x2, y2, stroke=int(stroke is not None), fill=int(fill is not None)
        )

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
        c = self._canvas
        c.setFont(BOLD if bold else REGULAR, size_mm * self._t.scale * mm)
        c.setFillColor(HexColor(colour))
        px, py = self._xy(x, y)
        if anchor == "middle":
            c.drawCentredString(px, py, text)
        elif anchor == "end":
            c.drawRightString(px, py, text)
        else:
            c.drawString(px, py, text)

    def text_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        return float(stringWidth(text, BOLD if bold else REGULAR, size_mm))

    def push_transform(self, dx: float, dy: float, scale: float) -> None:
        self._transforms.append(Affine(dx, dy, scale).then(self._t))

    def pop_transform(self) -> None:
        if len(self._transforms) > 1:
            self._transforms.pop()

    def begin_group(self, css_class: str) -> None:
        """Groups only give SVG elements their classes; a PDF page has no such structure."""

    def end_group(self) -> None:
        """See :meth:`begin_group`."""


def genogram_pdf(
    layout: GenogramLayout, options: GenogramOptions, document: GenogramDocument
) -> bytes:
    """One page (A4/A3, portrait/landscape) with header, diagram, legend; the PDF's bytes.

    The document title in the metadata names no person (and no case number when anonymised).
    """
    register_fonts()
    width, height = document.page_size_mm()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width * mm, height * mm), invariant=True)
    title = document.title or text_for("title", options.language)
    if document.case_number and not options.anonymised:
        title = f"{title} {document.case_number}"
    canvas.setTitle(title)
    canvas.setCreator("Fallmanager")
    canvas.setAuthor("")
    canvas.setSubject("")
    compose_page(ReportLabSurface(canvas, height), layout, options, document, width, height)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
