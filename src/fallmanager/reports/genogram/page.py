"""Page composition of the genogram, on any surface: header, diagram scaled to fit, legend.

Pure like the painter: the PDF, the print preview and the printer all compose pages here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from fallmanager.domain.genogram.model import MARGIN_MM, GenogramLayout
from fallmanager.reports.dates import german_date
from fallmanager.reports.genogram.painter import (
    GREY,
    GenogramOptions,
    draw_genogram,
    draw_legend,
    legend_size,
    text_for,
)
from fallmanager.reports.genogram.surface import Stroke, Surface

Paper = Literal["A4", "A3"]

#: Portrait width and height of the supported papers (mm).
PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}

PAGE_MARGIN_MM = 12.0
HEADER_TITLE_MM = 5.0
HEADER_TEXT_MM = 3.0
FOOTER_TEXT_MM = 2.4
HEADER_MM = 12.0  # from the top margin to the content
FOOTER_MM = 7.0  # from the content to the bottom margin
GAP_MM = 5.0


@dataclass(frozen=True, slots=True)
class GenogramDocument:
    """What a printed genogram says about itself; ``case_number`` is None when anonymised."""

    case_number: str | None
    on: date
    paper: Paper = "A4"
    landscape: bool = True
    #: Defaults to "Genogramm" / "Genogram" in the document's language.
    title: str | None = None

    def page_size_mm(self) -> tuple[float, float]:
        short, long = PAPER_MM[self.paper]
        return (long, short) if self.landscape else (short, long)


# --- diagram plus legend, without a page (SVG and PNG export) -------------------------------


def _legend_room(layout: GenogramLayout) -> float:
    return max(layout.width - 2 * MARGIN_MM, 120.0)


def sheet_size(
    surface: Surface, layout: GenogramLayout, options: GenogramOptions
) -> tuple[float, float]:
    """Width and height (mm) of :func:`draw_sheet`: the diagram with its legend below."""
    lw, lh = legend_size(surface, layout, options, max_width=_legend_room(layout))
    width = max(layout.width, lw + 2 * MARGIN_MM)
    height = layout.height + (lh + MARGIN_MM if lh else 0.0)
    return (width, height)


def draw_sheet(surface: Surface, layout: GenogramLayout, options: GenogramOptions) -> None:
    """The diagram at (0, 0) with the legend below it, left-aligned with the margin."""
    draw_genogram(surface, layout, options)
    draw_legend(surface, layout, options, MARGIN_MM, layout.height, max_width=_legend_room(layout))


# --- a printed page --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Placement:
    scale: float
    legend_right: bool
    legend_w: float
    legend_h: float


def _fit(layout: GenogramLayout, room_w: float, room_h: float) -> float:
    if layout.width <= 0 or layout.height <= 0 or room_w <= 0 or room_h <= 0:
        return 1.0 if room_w > 0 and room_h > 0 else 0.01
    return max(0.01, min(1.0, room_w / layout.width, room_h / layout.height))


def _place(
    surface: Surface,
    layout: GenogramLayout,
    options: GenogramOptions,
    area_w: float,
    area_h: float,
) -> _Placement:
    """Legend below or to the right, whichever leaves the diagram larger (below on a tie)."""
    bw, bh = legend_size(surface, layout, options, max_width=area_w)
    below = _Placement(_fit(layout, area_w, area_h - (bh + GAP_MM if bh else 0.0)), False, bw, bh)
    rw, rh = legend_size(surface, layout, options)
    if not rw or rh > area_h:
        return below
    right = _Placement(_fit(layout, area_w - rw - GAP_MM, area_h), True, rw, rh)
    return right if right.scale > below.scale + 1e-6 else below


def compose_page(  # noqa: PLR0917 - page size follows the document, as in every renderer
    surface: Surface,
    layout: GenogramLayout,
    options: GenogramOptions,
    document: GenogramDocument,
    page_w_mm: float,
    page_h_mm: float,
) -> None:
    """One page: header (title, case number unless anonymised, date), diagram, legend, footer.

    The diagram is scaled down to fit (never enlarged beyond 1:1), centred horizontally at
    the top of its area; the legend goes below it or to the right, whichever leaves it larger.
    """
    language = options.language
    m = PAGE_MARGIN_MM
    surface.begin_group("page")

    surface.begin_group("header")
    title = document.title or text_for("title", language)
    surface.text(m, m + HEADER_TITLE_MM * 0.8, title, size_mm=HEADER_TITLE_MM, bold=True)
    parts = []
    if document.case_number and not options.anonymised:
        parts.append(f"{text_for('case', language)} {document.case_number}")
    parts.append(f"{text_for('date', language)} {german_date(document.on)}")
    surface.text(
        page_w_mm - m,
        m + HEADER_TITLE_MM * 0.8,
        "   ·   ".join(parts),
        size_mm=HEADER_TEXT_MM,
        anchor="end",
    )
    rule_y = m + HEADER_TITLE_MM + 2.0
    surface.line(((m, rule_y), (page_w_mm - m, rule_y)), Stroke(0.3, GREY))
    surface.end_group()

    top = m + HEADER_MM
    bottom = page_h_mm - m - FOOTER_MM
    area_w = page_w_mm - 2 * m
    area_h = bottom - top
    place = _place(surface, layout, options, area_w, area_h)
    room_w = area_w - place.legend_w - GAP_MM if place.legend_right else area_w
    s = place.scale
    dx = m + max(0.0, (room_w - layout.width * s) / 2)
    dy = top
    surface.push_transform(dx, dy, s)
    draw_genogram(surface, layout, options)
    surface.pop_transform()
    if place.legend_right:
        draw_legend(surface, layout, options, m + area_w - place.legend_w, top)
    elif place.legend_h:
        legend_top = top + layout.height * s + GAP_MM
        draw_legend(surface, layout, options, m, legend_top, max_width=area_w)

    surface.begin_group("footer")
    note = text_for("anonymised" if options.anonymised else "confidential", language)
    surface.text(m, page_h_mm - m, note, size_mm=FOOTER_TEXT_MM, colour=GREY)
    if round(s * 100) != 100:
        surface.text(
            page_w_mm - m,
            page_h_mm - m,
            f"{round(s * 100)} %",
            size_mm=FOOTER_TEXT_MM,
            anchor="end",
            colour=GREY,
        )
    surface.end_group()
    surface.end_group()
