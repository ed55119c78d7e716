"""The drawing protocol shared by screen, SVG, PDF and PNG: millimetres, origin top-left, y down.

Every backend (QPainter, SVG, ReportLab) implements :class:`Surface`; the painter draws the
genogram through it only, so all outputs show the same picture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from fallmanager.domain.genogram.model import LineStyle, Point

#: A colour as ``"#rrggbb"``.
Colour = str
TextAnchor = Literal["start", "middle", "end"]

BLACK: Colour = "#000000"
WHITE: Colour = "#ffffff"

#: Font of every text (bundled with the application, so metrics agree everywhere).
FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True, slots=True)
class Stroke:
    """How a line is drawn: width in millimetres, colour and dash style."""

    width_mm: float = 0.35
    colour: Colour = BLACK
    style: LineStyle = LineStyle.SOLID


def dash_pattern(stroke: Stroke) -> tuple[float, ...] | None:
    """The dash lengths (on, off, …) in millimetres for a stroke, ``None`` for solid lines.

    Dotted lines are drawn as almost zero-length dashes with round caps, so each dash becomes
    a dot as wide as the line.
    """
    if stroke.style is LineStyle.DASHED:
        return (max(1.6, 5 * stroke.width_mm), max(1.0, 3 * stroke.width_mm))
    if stroke.style is LineStyle.DOTTED:
        return (0.01, max(0.9, 2.6 * stroke.width_mm))
    return None


class Surface(Protocol):
    """Something the genogram can be drawn on, in millimetres with y pointing down."""

    def line(self, points: Sequence[Point], stroke: Stroke) -> None:
        """An open polyline."""

    def polygon(self, points: Sequence[Point], stroke: Stroke | None, fill: Colour | None) -> None:
        """A closed polygon, outlined and/or filled."""

    def rect(  # noqa: PLR0917 - the shape's geometry, positional like every drawing API
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        stroke: Stroke | None,
        fill: Colour | None,
        radius: float = 0.0,
    ) -> None:
        """A rectangle from its top-left corner, optionally with rounded corners."""

    def ellipse(  # noqa: PLR0917
        self, cx: float, cy: float, rx: float, ry: float, stroke: Stroke | None, fill: Colour | None
    ) -> None:
        """An ellipse around its centre."""

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
        """One line of text; ``y`` is the baseline, ``size_mm`` the font size (em height)."""

    def text_width(self, text: str, size_mm: float, bold: bool = False) -> float:
        """Width of one line of text in millimetres."""

    def push_transform(self, dx: float, dy: float, scale: float) -> None:
        """Draw what follows scaled by ``scale`` and then moved by (dx, dy), until popped."""

    def pop_transform(self) -> None:
        """Undo the last :meth:`push_transform`."""

    def begin_group(self, css_class: str) -> None:
        """Start a named group (SVG ``<g class=…>``); other backends may ignore it."""

    def end_group(self) -> None:
        """End the group started last."""


@dataclass(frozen=True, slots=True)
class Affine:
    """Scale then translate: ``(x, y) -> (x * scale + dx, y * scale + dy)``."""

    dx: float = 0.0
    dy: float = 0.0
    scale: float = 1.0

    def apply(self, x: float, y: float) -> Point:
        return (x * self.scale + self.dx, y * self.scale + self.dy)

    def then(self, outer: Affine) -> Affine:
        """This transform followed by ``outer``."""
        return Affine(
            self.dx * outer.scale + outer.dx,
            self.dy * outer.scale + outer.dy,
            self.scale * outer.scale,
        )
