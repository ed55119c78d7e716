"""The base of every ReportLab document: fonts, styles, A4 pages with header and footer.

A document is one class fed a frozen snapshot of its data; :meth:`PdfDocument.render`
returns the PDF's bytes. The base class owns what all documents share — the bundled DejaVu
fonts (embedded, covering every Latin diacritic of the region and Cyrillic), the named
paragraph styles (larger for a ``large_print`` document), the A4 page template with the
office's letterhead at the top and "Seite x von y", the date and the version label at the
bottom, and the normalisation of every text before it reaches ReportLab's markup.

Each document carries its own language(s), independent of the language of the user
interface; the footer's wording comes from :meth:`PdfDocument.page_label` and
:meth:`PdfDocument.date_label`, which subclasses translate.
"""

from __future__ import annotations

import io
import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from fallmanager.reports.dates import german_date
from fallmanager.reports.fonts import BOLD, REGULAR, register_fonts

TEXT_COLOUR = HexColor("#1a1a1a")
MUTED_COLOUR = HexColor("#5c5c5c")
RULE_COLOUR = HexColor("#9a9a9a")
SHADE_COLOUR = HexColor("#eeeeee")

#: Characters a PDF cannot show: C0/C1 controls except tab and newline, and the Unicode
#: noncharacters/private marks that sometimes arrive with pasted text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def normalise(text: str) -> str:
    """NFC, no control characters, line endings as ``\\n``, runs of spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def markup(text: str) -> str:
    """``text`` normalised and escaped for a ``Paragraph``; line breaks become ``<br/>``."""
    return "<br/>".join(escape(line) for line in normalise(text).split("\n"))


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The office's name and contact lines at the top of every page (from the settings).

    Both may be empty; the page then starts without a header.
    """

    name: str = ""
    contact: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (normalise(self.name) or any(normalise(line) for line in self.contact))


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells use the bundled font (ReportLab's default is Helvetica,
    which would not be embedded)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end, so each footer can say how many pages there are."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, pages)
            super().showPage()
        super().save()


class PdfDocument(ABC):
    """One printable document. Subclasses build the story; the base lays out the pages.

    ``languages`` are the document's languages in print order (German first for a
    bilingual document). ``version_label`` is printed in the footer, e.g. "Version 2".
    """

    page_size = A4
    margin_left = 20 * mm
    margin_right = 18 * mm
    margin_bottom = 20 * mm
    header_gap = 6 * mm

    def __init__(
        self,
        *,
        letterhead: Letterhead,
        printed_on: date,
        languages: Sequence[str] = ("de",),
        version_label: str = "",
        large_print: bool = False,
    ) -> None:
        register_fonts()
        # <b> in paragraph markup picks the bold face of the family.
        registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        self.letterhead = letterhead
        self.printed_on = printed_on
        self.languages = tuple(languages) or ("de",)
        self.version_label = version_label
        self.large_print = large_print
        self.styles = self._stylesheet()

    # -- what subclasses provide -------------------------------------------------------

    @abstractmethod
    def title(self) -> str:
        """The PDF metadata title; never a person's name."""

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The flowables of the document body, in order."""

    def page_label(self, page: int, pages: int) -> str:
        """The footer's page count in the document's language(s)."""
        return f"Seite {page} von {pages}"

    def date_label(self) -> str:
        """The footer's date in the document's language(s)."""
        return f"Stand: {german_date(self.printed_on)}"

    # -- rendering ---------------------------------------------------------------------

    def render(self) -> bytes:
        """The finished PDF."""
        buffer = io.BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=self.margin_left,
            rightMargin=self.margin_right,
            topMargin=self._top_margin(),
            bottomMargin=self.margin_bottom,
            title=normalise(self.title()),
            author="",
            subject="",
            creator="Fallmanager",
            producer="Fallmanager",
            lang=self.languages[0],
            invariant=True,
            displayDocTitle=True,
            initialFontName=REGULAR,
            initialFontSize=10,
        )
        frame = Frame(
            template.leftMargin,
            template.bottomMargin,
            template.width,
            template.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        template.addPageTemplates(
            [PageTemplate(id="page", frames=[frame], onPage=self._draw_header)]
        )

        def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
            return _NumberedCanvas(*args, footer=self._draw_footer, **kwargs)

        template.build(self.story(), canvasmaker=canvas_maker)
        return buffer.getvalue()

    @property
    def body_width(self) -> float:
        """The width of the text column in points."""
        width: float = self.page_size[0] - self.margin_left - self.margin_right
        return width

    # -- paragraphs --------------------------------------------------------------------

    def para(self, text: str, style: str = "body", *, bold_prefix: str = "") -> Paragraph:
        """A paragraph of plain ``text`` (escaped) in the named style."""
        body = markup(text)
        if bold_prefix:
            body = f"<b>{markup(bold_prefix)}</b> {body}"
        return Paragraph(body, self.styles[style])

    def cell(
        self, value: str | Flowable | list[Flowable], style: str = "cell"
    ) -> Flowable | list[Flowable]:
        """A table cell: a plain string becomes a paragraph, flowables stay as they are."""
        return self.para(value, style) if isinstance(value, str) else value

    def grid(
        self,
        head: Sequence[str],
        rows: Sequence[Sequence[str | Flowable | list[Flowable]]],
        widths: Sequence[float],
        *,
        style: str = "cell",
    ) -> Table:
        """A table across the text column: a shaded head row (repeated on each page), one row
        per item; ``widths`` are fractions of the column; plain strings become paragraphs."""
        data = [[self.cell(h, f"{style}_bold") for h in head]]
        data += [[self.cell(value, style) for value in row] for row in rows]
        table = Table(
            data, colWidths=[self.body_width * w for w in widths], repeatRows=1 if head else 0
        )
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
        ]
        if head:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE_COLOUR))
        table.setStyle(table_style(commands))
        return table

    def key_values(self, pairs: Sequence[tuple[str, str]], *, label_width: float = 0.28) -> Table:
        """Label and value in two columns, for header data; empty values are left out."""
        rows = [[self.para(k, "cell_bold"), self.para(v, "cell")] for k, v in pairs if v]
        table = Table(rows, colWidths=[self.body_width * w for w in (label_width, 1 - label_width)])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
                ]
            )
        )
        return table

    def _stylesheet(self) -> dict[str, ParagraphStyle]:
        """Named styles; each has a ``<name>_translation`` twin in grey for a translation
        printed below the German text."""
        scale = 1.25 if self.large_print else 1.0
        body = 10 * scale

        def style(name: str, size: float, **kwargs: Any) -> ParagraphStyle:
            kwargs.setdefault("fontName", REGULAR)
            kwargs.setdefault("textColor", TEXT_COLOUR)
            kwargs.setdefault("leading", round(size * 1.3, 1))
            kwargs.setdefault("bulletFontName", REGULAR)
            return ParagraphStyle(name, fontSize=size, splitLongWords=1, **kwargs)

        heading: dict[str, Any] = {"fontName": BOLD, "keepWithNext": 1}
        styles = [
            style("title", body * 1.8, fontName=BOLD, spaceAfter=2 * mm),
            style("subtitle", body * 1.05, textColor=MUTED_COLOUR, spaceAfter=4 * mm),
            style("heading1", body * 1.35, spaceBefore=5 * mm, spaceAfter=2 * mm, **heading),
            style("heading2", body * 1.12, spaceBefore=3 * mm, spaceAfter=1.5 * mm, **heading),
            style("heading3", body, spaceBefore=2 * mm, spaceAfter=1 * mm, **heading),
            style("body", body, spaceAfter=1.5 * mm),
            style("text", body),
            style("text_bold", body, fontName=BOLD),
            style("cell", body * 0.88),
            style("cell_bold", body * 0.88, fontName=BOLD),
            style("small", body * 0.82, textColor=MUTED_COLOUR),
            style("signature", body * 0.85, textColor=MUTED_COLOUR),
        ]
        named = {s.name: s for s in styles}
        for s in styles:
            twin = ParagraphStyle(f"{s.name}_translation", parent=s, textColor=MUTED_COLOUR)
            if s.name.startswith("heading"):
                twin.spaceBefore = 0
            named[twin.name] = twin
        return named

    # -- page decoration ---------------------------------------------------------------

    def _header_lines(self) -> tuple[list[str], tuple[str, ...]]:
        """The office's name (wrapped into at most two lines) and its contact lines."""
        contact = tuple(c for c in (normalise(line) for line in self.letterhead.contact) if c)
        widest = max((stringWidth(c, REGULAR, 8) for c in contact), default=0.0)
        room = max(self.body_width - widest - 8 * mm, self.body_width * 0.45)
        name = simpleSplit(normalise(self.letterhead.name), BOLD, 11, room)
        if len(name) > 2:
            name = [name[0], _fit(" ".join(name[1:]), BOLD, 11, room)]
        return name, contact

    def _header_height(self) -> float:
        if self.letterhead.is_empty:
            return 0.0
        name, contact = self._header_lines()
        return float(max(len(name) * 4.8 * mm, len(contact) * 3.6 * mm) + 3 * mm)

    def _top_margin(self) -> float:
        gap = self.header_gap if self._header_height() else 0
        return float(14 * mm + self._header_height() + gap)

    def _draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if self.letterhead.is_empty:
            return
        name, contact = self._header_lines()
        width, height = self.page_size
        left, right = self.margin_left, width - self.margin_right
        top = height - 14 * mm
        canvas.saveState()
        canvas.setFillColor(TEXT_COLOUR)
        canvas.setFont(BOLD, 11)
        y = top - 10
        for line in name:
            canvas.drawString(left, y, line)
            y -= 4.8 * mm
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED_COLOUR)
        y = top - 8
        for line in contact:
            canvas.drawRightString(right, y, _fit(line, REGULAR, 8, self.body_width * 0.6))
            y -= 3.6 * mm
        _rule(canvas, left, right, top - self._header_height())
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _height = self.page_size
        left, right = self.margin_left, width - self.margin_right
        y = self.margin_bottom - 10 * mm
        canvas.saveState()
        _rule(canvas, left, right, y + 4 * mm)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED_COLOUR)
        third = (right - left) / 3
        canvas.drawString(left, y, _fit(normalise(self.date_label()), REGULAR, 8, third))
        canvas.drawCentredString(
            (left + right) / 2, y, _fit(normalise(self.version_label), REGULAR, 8, third * 0.9)
        )
        canvas.drawRightString(
            right, y, _fit(normalise(self.page_label(page, pages)), REGULAR, 8, third * 1.1)
        )
        canvas.restoreState()


def _rule(canvas: Canvas, left: float, right: float, y: float, colour: Color = RULE_COLOUR) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(0.4)
    canvas.line(left, y, right, y)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, shortened with an ellipsis where it would not fit into ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


__all__ = [
    "MUTED_COLOUR",
    "RULE_COLOUR",
    "SHADE_COLOUR",
    "Letterhead",
    "PdfDocument",
    "german_date",
    "markup",
    "normalise",
    "table_style",
]
