"""SVG 1.1 output of the genogram: millimetres through the viewBox, texts as real text.

Every element sits in a ``<g class="…">`` named after what it shows ("person female index",
"connector partnership dashed", "legend-entry divorced", …), so the file can be styled and
checked by machines.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from fallmanager.domain.genogram.model import GenogramLayout, LineStyle, Point
from fallmanager.reports.dates import german_date
from fallmanager.reports.fonts import BOLD, REGULAR, register_fonts
from fallmanager.reports.genogram.page import GenogramDocument, draw_sheet, sheet_size
from fallmanager.reports.genogram.painter import GenogramOptions, text_for
from fallmanager.reports.genogram.surface import (
    BLACK,
    FONT_FAMILY,
    Colour,
    Stroke,
    TextAnchor,
    dash_pattern,
)

SVG_NS = "http://www.w3.org/2000/svg"


def _n(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _points(points: Sequence[Point]) -> str:
    return " ".join(f"{_n(x)},{_n(y)}" for x, y in points)


class SvgSurface:
    """:class:`~fallmanager.reports.genogram.surface.Surface` building an SVG document."""

    def __init__(self, width_mm: float, height_mm: float, title: str = "") -> None:
        register_fonts()
        self.root = ET.Element(
            "svg",
            {
                "xmlns": SVG_NS,
                "version": "1.1",
                "width": f"{_n(width_mm)}mm",
                "height": f"{_n(height_mm)}mm",
                "viewBox": f"0 0 {_n(width_mm)} {_n(height_mm)}",
                "font-family": f"{FONT_FAMILY}, Verdana, sans-serif",
            },
        )
        if title:
            ET.SubElement(self.root, "title").text = title
        ET.SubElement(
            self.root,
            "rect",
            {"class": "background", "x": "0", "y": "0", "width": "100%", "height": "100%"},
        ).set("fill", "#ffffff")
        self._stack: list[ET.Element] = [self.root]

    @property
    def _parent(self) -> ET.Element:
        return self._stack[-1]

    def _paint(self, element: ET.Element, stroke: Stroke | None, fill: Colour | None) -> ET.Element:
        element.set("fill", fill or "none")
        if stroke is None:
            element.set("stroke", "none")
            return element
        element.set("stroke", stroke.colour)
        element.set("stroke-width", _n(stroke.width_mm))
        pattern = dash_pattern(stroke)
        if pattern is not None:
            element.set("stroke-dasharray", " ".join(_n(v) for v in pattern))
        if stroke.style is LineStyle.DOTTED:
            element.set("stroke-linecap", "round")
        element.set("stroke-linejoin", "round")
        return element

    # -- Surface --

    def line(self, points: Sequence[Point], stroke: Stroke) -> None:
        element = ET.SubElement(self._parent, "polyline", {"points": _points(points)})
        self._paint(element, stroke, None)

    def polygon(self, points: Sequence[Point], stroke: Stroke | None, fill: Colour | None) -> None:
        element = ET.SubElement(self._parent, "polygon", {"points": _points(points)})
        self._paint(element, stroke, fill)

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
        attrs = {"x": _n(x), "y": _n(y), "width": _n(w), "height": _n(h)}
        if radius > 0:
            attrs["rx"] = attrs["ry"] = _n(radius)
        self._paint(ET.SubElement(self._parent, "rect", attrs), stroke, fill)

    def ellipse(  # noqa: PLR0917
        self, cx: float, cy: float, rx: float, ry: float, stroke: Stroke | None, fill: Colour | None
    ) -> None:
        if rx == ry:
            attrs = {"cx": _n(cx), "cy": _n(cy), "r": _n(rx)}
            element = ET.SubElement(self._parent, "circle", attrs)
        else:
            attrs = {"cx": _n(cx), "cy": _n(cy), "rx": _n(rx), "ry": _n(ry)}
            element = ET.SubElement(self._parent, "ellipse", attrs)
        self._paint(element, stroke, fill)

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
        attrs = {"x": _n(x), "y": _n(y), "font-size": _n(size_mm), "fill": colour}
        if anchor != "start":
            attrs["text-anchor"] = anchor
        if bold:
            attrs["font-weight"] = "bold"
        ET.SubElement(self._parent, "text", attrs).text = text

    def text_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        return float(stringWidth(text, BOLD if bold else REGULAR, size_mm))

    def push_transform(self, dx: float, dy: float, scale: float) -> None:
        transform = f"translate({_n(dx)} {_n(dy)}) scale({scale:.5f})"
        self._stack.append(ET.SubElement(self._parent, "g", {"transform": transform}))

    def pop_transform(self) -> None:
        self._pop()

    def begin_group(self, css_class: str) -> None:
        self._stack.append(ET.SubElement(self._parent, "g", {"class": css_class}))

    def end_group(self) -> None:
        self._pop()

    def _pop(self) -> None:
        if len(self._stack) > 1:
            self._stack.pop()

    def to_bytes(self) -> bytes:
        ET.indent(self.root, space=" ")
        data: bytes = ET.tostring(self.root, encoding="utf-8", xml_declaration=True)
        return data + b"\n"


def _title(options: GenogramOptions, document: GenogramDocument | None) -> str:
    parts = [document.title if document and document.title else text_for("title", options.language)]
    if document is not None:
        if document.case_number and not options.anonymised:
            parts.append(document.case_number)
        parts.append(german_date(document.on))
    return " – ".join(parts)


def genogram_svg(
    layout: GenogramLayout, options: GenogramOptions, document: GenogramDocument | None = None
) -> bytes:
    """The diagram with its legend (no page) as an SVG file's bytes."""
    register_fonts()
    measure = SvgSurface(1, 1)
    width, height = sheet_size(measure, layout, options)
    surface = SvgSurface(width, height, _title(options, document))
    draw_sheet(surface, layout, options)
    return surface.to_bytes()
