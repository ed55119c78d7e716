"""Documents in German or in German and the family's language: the family's copy of the
help plan, the consent form and the case conference's printouts for the family.

A bilingual document puts the family's language beside the German text (``side_by_side``:
two columns with a rule between them) or below each German paragraph in grey
(``alternating``). Content is written once, as a *maker*: a function from a :class:`Side`
(the language to write in) to flowables; :meth:`BilingualDocument.rows` prints every maker
in each language of the document. A German-only document is the same code with one side.

The layout is the same for every kind of document; only the fixed texts differ. A document
names its texts class (:class:`~fallmanager.reports.help_plan.texts.FixedTexts` or a
subclass of it) as the type parameter and passes it as ``texts``.

Page breaks: alternating, each German text stays with its translation and a heading with
what follows it; side by side, each maker is one table row. Table rows (and a German row
with its translation below) move to the next page whole where they fit on one; a row
taller than a page breaks across pages instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from fallmanager.reports.documents import (
    RULE_COLOUR,
    SHADE_COLOUR,
    PdfDocument,
    german_date,
    markup,
    table_style,
)

if TYPE_CHECKING:
    # Only named in annotations: the help_plan package itself builds on this module.
    from fallmanager.reports.help_plan.common import PrintOptions
    from fallmanager.reports.help_plan.texts import FixedTexts

_T = TypeVar("_T")
#: The fixed-texts class of a document.
TextsT = TypeVar("TextsT", bound="FixedTexts")


@dataclass(frozen=True, slots=True)
class Side(Generic[TextsT]):
    """One language of a bilingual row: German, or the family's language."""

    texts: TextsT
    translated: bool
    muted: bool  # the translation below the German text, in grey

    @property
    def language(self) -> str:
        return self.texts.language

    def style(self, name: str) -> str:
        return f"{name}_translation" if self.muted else name


#: The content of a row, written once for any language: ``Maker[ConferenceTexts]``.
Maker = Callable[[Side[TextsT]], list[Flowable]]


#: The least height of a row's part on either side of a break across pages, in points.
_LEAST_PART = 24


class _Rows(Table):  # type: ignore[misc]
    """A table whose rows move to the next page whole where they fit on one; a row taller
    than a page breaks across pages, from where it starts.

    ReportLab builds the parts of a split table with this class, so the constructor takes
    a table's arguments; the parts learn the page height from the table they come from.
    """

    def __init__(self, data: Sequence[Sequence[Any]], *, page_height: float = 0, **kwargs: Any):
        # page_height: the height of the text column (0 only for ReportLab's parts).
        super().__init__(data, **kwargs)
        self._page_height = page_height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.splitByRow, self.splitInRow = 1, 0
        parts: list[Flowable] = super().split(availWidth, availHeight)  # between rows
        if self._break_inside_row(availHeight, between_rows=bool(parts)):
            # Inside the row that overflows; between rows only if that is impossible.
            self.splitByRow, self.splitInRow = 0, _LEAST_PART
            parts = super().split(availWidth, availHeight) or parts
        for part in parts:
            if isinstance(part, _Rows):
                part._page_height = self._page_height
        return parts

    def _break_inside_row(self, availHeight: float, *, between_rows: bool) -> bool:
        """Whether the first row that does not fit here breaks: where it is taller than a
        page (with the head rows above it), or at the top of a page where nothing fits —
        a German row and its translation that together are taller than a page."""
        heights: list[float] = self._rowHeights  # measured by split()
        heads = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        row = self._overflowing_row(availHeight)
        if row is None or row < heads:
            return False
        if sum(heights[:heads]) + heights[row] > self._page_height:
            return True
        return not between_rows and availHeight >= self._page_height - 1

    def _overflowing_row(self, availHeight: float) -> int | None:
        """The first row that does not fit into ``availHeight`` (None: the table fits)."""
        used = 0.0
        for row, height in enumerate(self._rowHeights):
            used += height
            if used > availHeight:
                return row
        return None

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        """Between rows (``ignoreSpans`` false), where ReportLab would split. Inside a row,
        the row that overflows: ReportLab would pick the row above a NOSPLIT group (a German
        row and its translation) and split off empty slivers of it."""
        if not ignoreSpans:
            position: int = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
            return position
        row = self._overflowing_row(availHeight)
        return len(self._rowHeights) if row is None else row


def print_languages(language: str) -> tuple[str, ...]:
    """German, and the family's language next to it unless that is German or empty."""
    return ("de", language) if language not in ("", "de") else ("de",)


class BilingualDocument(PdfDocument, Generic[TextsT]):
    """A document in German and, where ``language`` is given, the family's language.

    ``texts`` makes the fixed texts of one language (the document's texts class).
    """

    def __init__(
        self,
        options: PrintOptions,
        *,
        texts: Callable[[str], TextsT],
        language: str,
        large_print: bool,
        version_label: str = "",
    ) -> None:
        languages = print_languages(language)
        self.options = options
        self.texts: tuple[TextsT, ...] = tuple(texts(lang) for lang in languages)
        self.german: Side[TextsT] = Side(self.texts[0], translated=False, muted=False)
        self.translation: Side[TextsT] | None = (
            Side(self.texts[1], translated=True, muted=options.layout == "alternating")
            if len(languages) == 2
            else None
        )
        super().__init__(
            letterhead=options.letterhead,
            printed_on=options.printed_on,
            languages=languages,
            version_label=version_label,
            large_print=large_print,
        )

    @property
    def bilingual(self) -> bool:
        return self.translation is not None

    @property
    def page_height(self) -> float:
        """The height of the text column in points."""
        height: float = self.page_size[1] - self._top_margin() - self.margin_bottom
        return height

    # -- footer ------------------------------------------------------------------------

    def page_label(self, page: int, pages: int) -> str:
        labels = (t.fill("titles", "page_of", page=str(page), pages=str(pages)) for t in self.texts)
        return " / ".join(dict.fromkeys(labels))

    def date_label(self) -> str:
        return self.joined("titles", "as_of") + f": {german_date(self.printed_on)}"

    def joined(self, group: str, key: str) -> str:
        """A fixed text in every language of the document, once where they read the same."""
        return " / ".join(dict.fromkeys(t.get(group, key) for t in self.texts))

    # -- bilingual building blocks -----------------------------------------------------

    def sides(self) -> tuple[Side[TextsT], ...]:
        return (self.german,) if self.translation is None else (self.german, self.translation)

    @property
    def stacked(self) -> bool:
        """Side by side: table fields are stacked in each language's column."""
        return self.translation is not None and not self.translation.muted

    def heading(self, group: str, key: str, *, level: str = "heading1") -> list[Flowable]:
        """A fixed heading in each language."""

        def make(side: Side[TextsT]) -> list[Flowable]:
            return [self.para(side.texts.get(group, key), side.style(level))]

        return self.rows([make], heading=True)

    def sentence(self, group: str, key: str, **values: str) -> Maker[TextsT]:
        """A maker for one fixed sentence (``values`` fill its placeholders)."""

        def make(side: Side[TextsT]) -> list[Flowable]:
            return [self.para(side.texts.fill(group, key, **values), side.style("body"))]

        return make

    def rows(self, makers: Iterable[Maker[TextsT]], *, heading: bool = False) -> list[Flowable]:
        """Each maker's content in German and, for a bilingual copy, in the family's language."""
        story: list[Flowable] = []
        if self.translation is None:
            for make in makers:
                story += make(self.german)
            return story
        if self.translation.muted:
            # Each German text and its translation stay together, a heading with what
            # follows. Flat flowables chained by keepWithNext, not KeepTogether: ReportLab
            # ignores keepWithNext on a KeepTogether, which would strand headings.
            for make in makers:
                german, translated = make(self.german), make(self.translation)
                pair = [*german, *self._unless_same(german, translated)]
                for flowable in pair[:-1] if not heading else pair:
                    flowable.keepWithNext = True
                story += pair
            return story
        # One two-column table per maker: a heading kept with the next flowable then pulls
        # only the first row along.
        half = self.body_width / 2
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
            ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        if not heading:
            commands.append(("LINEAFTER", (0, 0), (0, -1), 0.4, RULE_COLOUR))
        for make in makers:
            table = _Rows(
                [[make(self.german), make(self.translation)]],
                colWidths=[half, half],
                page_height=self.page_height,
            )
            table.setStyle(table_style(commands))
            story.append(table)
        if not heading or not story:
            return story
        # A heading's space above is lost inside a table cell.
        for table in story:
            table.keepWithNext = True
        space = Spacer(1, self.styles["heading1"].spaceBefore)
        space.keepWithNext = True
        return [space, *story]

    @staticmethod
    def _unless_same(german: list[Flowable], translated: list[Flowable]) -> list[Flowable]:
        """The translated flowables, without those that only repeat the German text."""
        german_texts = {f.getPlainText() for f in german if isinstance(f, Paragraph)}
        return [
            f
            for f in translated
            if not (isinstance(f, Paragraph) and f.getPlainText() in german_texts)
        ]

    def labelled(
        self, side: Side[TextsT], label: str, value: str, style: str = "body"
    ) -> Paragraph:
        """ "Label: value" with the label in bold; a label ending in "?" keeps its mark."""
        label = label if label.endswith("?") else f"{label}:"
        return Paragraph(f"<b>{markup(label)}</b> {markup(value)}", self.styles[side.style(style)])

    def fields(self, side: Side[TextsT], pairs: Sequence[tuple[str, str]]) -> list[Flowable]:
        """Header data of one side: label and value in two columns (empty values left out);
        in a half column side by side, "Label: value" paragraphs."""
        if self.stacked:
            lines: list[Flowable] = [
                self.labelled(side, label, value, "cell") for label, value in pairs if value
            ]
            return [*lines, Spacer(1, 2 * mm)] if lines else []
        rows = [
            [self.para(label, side.style("cell_bold")), self.para(value, side.style("cell"))]
            for label, value in pairs
            if value
        ]
        if not rows:
            return []
        table = Table(rows, colWidths=[self.body_width * 0.26, self.body_width * 0.74])
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
        return [table, Spacer(1, 2 * mm)]

    def header_fields(
        self, pairs_of: Callable[[Side[TextsT]], Sequence[tuple[str, str]]]
    ) -> list[Flowable]:
        """Header data in every language of the document.

        Side by side each column has its own table; alternating, one table carries each
        label and value in German with the translation below it in grey (once where both
        read the same).
        """
        if self.translation is None or not self.translation.muted:
            return self.rows([lambda side: self.fields(side, pairs_of(side))])
        german, translated = pairs_of(self.german), pairs_of(self.translation)
        rows = []
        for (label, value), (label_t, value_t) in zip(german, translated, strict=True):
            if not value:
                continue
            rows.append(
                [
                    self._pair_cell(label, label_t, "cell_bold"),
                    self._pair_cell(value, value_t, "cell"),
                ]
            )
        if not rows:
            return []
        table = Table(rows, colWidths=[self.body_width * 0.26, self.body_width * 0.74])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8 * mm),
                ]
            )
        )
        return [table, Spacer(1, 2 * mm)]

    def _pair_cell(self, german: str, translated: str, style: str) -> list[Flowable]:
        cell: list[Flowable] = [self.para(german, style)]
        if translated != german:
            cell.append(self.para(translated, f"{style}_translation"))
        return cell

    # -- tables ------------------------------------------------------------------------

    def data_grid(
        self,
        heads: Sequence[tuple[str, str]],
        rows: Sequence[Sequence[str | Flowable | list[Flowable]]],
        widths: Sequence[float],
    ) -> Flowable:
        """A grid of data that reads the same in every language (names, dates, addresses):
        printed once, with the column heads in each language of the document."""
        head_cells = []
        for head in heads:
            cell: list[Flowable] = [self.para(self.german.texts.get(*head), "cell_bold")]
            if self.translation is not None:
                translated = self.translation.texts.get(*head)
                if translated != cell[0].getPlainText():
                    cell.append(self.para(translated, "cell_translation"))
            head_cells.append(cell)
        return self.grid(head_cells, rows, widths)  # type: ignore[arg-type]

    def table(
        self,
        heads: Sequence[tuple[str, str]],
        items: Sequence[_T],
        cells: Callable[[Side[TextsT], _T], list[str]],
        *,
        widths: Sequence[float],
    ) -> list[Flowable]:
        """A table with one row per item; a bilingual copy repeats each row in the family's
        language (below it, or as a second column of stacked fields)."""
        if not items:
            return []
        if self.stacked:
            return self._stacked_table(heads, items, cells)
        sides = self.sides()
        col_widths = [self.body_width * w for w in widths]
        head_rows = [
            [self.para(side.texts.get(*h), side.style("text_bold")) for h in heads]
            for side in sides
        ]
        rows: list[list[Flowable]] = list(head_rows)
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, len(head_rows) - 1), SHADE_COLOUR),
            ("LINEBELOW", (0, len(head_rows) - 1), (-1, len(head_rows) - 1), 0.6, RULE_COLOUR),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ]
        for item in items:
            start = len(rows)
            for side in sides:
                rows.append(
                    [
                        Paragraph(markup(text), self.styles[side.style("text")])
                        for text in cells(side, item)
                    ]
                )
            end = len(rows) - 1
            commands.append(("LINEBELOW", (0, end), (-1, end), 0.4, RULE_COLOUR))
            if end > start:
                commands.append(("NOSPLIT", (0, start), (-1, end)))
                commands.append(("TOPPADDING", (0, end), (-1, end), 0))
        table = _Rows(
            rows, colWidths=col_widths, repeatRows=len(head_rows), page_height=self.page_height
        )
        table.setStyle(table_style(commands))
        return [table]

    def stacked_field(self, side: Side[TextsT], head: tuple[str, str], value: str) -> Flowable:
        """One field below the first in a half column side by side: "Label: value"."""
        return self.labelled(side, side.texts.get(*head), value, "text")

    def _stacked_table(
        self,
        heads: Sequence[tuple[str, str]],
        items: Sequence[_T],
        cells: Callable[[Side[TextsT], _T], list[str]],
    ) -> list[Flowable]:
        """Side by side: each half of a row holds the fields one below the other."""

        def make_for(item: _T) -> Maker[TextsT]:
            def make(side: Side[TextsT]) -> list[Flowable]:
                values = cells(side, item)
                first = Paragraph(markup(values[0]), self.styles["text_bold"])
                rest = [
                    self.stacked_field(side, head, value)
                    for head, value in zip(heads[1:], values[1:], strict=True)
                ]
                return [first, *rest, Spacer(1, 2 * mm)]

            return make

        rows = self.rows([make_for(item) for item in items])
        for table in rows:
            if isinstance(table, Table):
                table.setStyle(
                    table_style(
                        [
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE_COLOUR),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
                        ]
                    )
                )
        return rows
