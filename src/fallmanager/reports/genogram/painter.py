"""Draws a genogram layout on any :class:`Surface` in McGoldrick/Gerson notation.

Pure: it knows the layout and the drawing protocol, nothing about Qt, ReportLab or SVG. The
notation, as the legend explains it:

* square = male, circle = female, diamond = diverse, square with "?" = sex unknown;
* index person (Indexperson): double outline; deceased: an X across the symbol;
* age in years inside the symbol, birth year above-left and "† year" of death above-right
  of the symbol (the line to the parents enters at the top centre between them);
* name (or the anonymised label) below the symbol, at most two lines;
* residence-status badge: a small rounded box at the symbol's upper right;
* partnership: solid = marriage, dashed = partnership without marriage, one slash =
  separated, two slashes = divorced (with the year next to the slashes);
* child lines: solid = biological, dashed = adopted, dotted = foster or stepchild; twins hang from
  one point, identical twins have a bar between their lines;
* emotional relations: close = double line, conflictual = zigzag, distant = dotted line,
  cut-off = line broken in the middle with two short bars;
* household: dotted outline around the persons living together now, with its label.
"""

from __future__ import annotations

import itertools
import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from fallmanager.domain.genogram.badges import badge_legend
from fallmanager.domain.genogram.model import (
    NAME_TEXT_MM,
    NAME_TOP_MM,
    SLOT_MM,
    SYMBOL_MM,
    YEAR_TEXT_MM,
    Connector,
    ConnectorKind,
    GenogramLayout,
    HouseholdBoundary,
    LineStyle,
    PlacedPerson,
    Point,
)
from fallmanager.domain.genogram_records import EmotionalRelationKind
from fallmanager.domain.people import Sex
from fallmanager.reports.genogram.surface import (
    BLACK,
    WHITE,
    Colour,
    Stroke,
    Surface,
    TextAnchor,
)

# --- look (mm) ------------------------------------------------------------------------------

HALF = SYMBOL_MM / 2
LINE_MM = 0.35
SYMBOL_LINE_MM = 0.45
#: Distance of the second outline of the index person.
INDEX_GAP_MM = 1.1
AGE_TEXT_MM = 3.4
BADGE_TEXT_MM = 2.2
BADGE_PAD_MM = 0.8
BADGE_HEIGHT_MM = 3.4
LABEL_TEXT_MM = 2.4
#: Names are wrapped or shortened to this width.
NAME_WIDTH_MM = SLOT_MM - 2
NAME_LINE_MM = NAME_TEXT_MM * 1.18
#: Emotional lines stop this far from the symbol centres.
EMOTION_TRIM_MM = HALF + 1.5

GREY: Colour = "#555555"
BADGE_FILL: Colour = "#eef2f7"
BADGE_LINE: Colour = "#4a5568"
HOUSEHOLD_COLOUR: Colour = "#4a5568"
EMOTION_COLOURS: dict[EmotionalRelationKind, Colour] = {
    EmotionalRelationKind.CLOSE: "#2f855a",
    EmotionalRelationKind.CONFLICTUAL: "#c53030",
    EmotionalRelationKind.DISTANT: "#2b6cb0",
    EmotionalRelationKind.CUT_OFF: "#4a5568",
}

ELLIPSIS = "…"

# --- document texts (the document's language, independent of the UI language) -------------

TEXTS: dict[str, dict[str, str]] = {
    "de": {
        "title": "Genogramm",
        "legend": "Legende",
        "male": "männlich",
        "female": "weiblich",
        "diverse": "divers",
        "unknown": "Geschlecht unbekannt",
        "index": "Indexperson",
        "deceased": "verstorben",
        "age": "Alter in Jahren",
        "years": "Geburtsjahr, † Sterbejahr",
        "marriage": "Ehe",
        "unmarried": "Partnerschaft ohne Ehe",
        "separated": "Trennung (mit Jahr)",
        "divorced": "Scheidung (mit Jahr)",
        "biological": "leibliches Kind",
        "adoptive": "Adoptivkind",
        "foster": "Pflege- oder Stiefkind",
        "twins": "Zwillinge",
        "identical": "eineiige Zwillinge",
        "close": "enge Beziehung",
        "conflictual": "konflikthafte Beziehung",
        "distant": "distanzierte Beziehung",
        "cut_off": "Kontaktabbruch",
        "household": "Haushalt (lebt zusammen)",
        "household_label": "Haushalt",
        "badge": "Aufenthaltsstatus",
        "case": "Aktenzeichen",
        "date": "Stand",
        "anonymised": "Anonymisiert: Namen durch Bezeichnungen ersetzt, ohne Geburtsdaten "
        "und Aktenzeichen.",
        "confidential": "Vertraulich – enthält personenbezogene Daten.",
    },
    "en": {
        "title": "Genogram",
        "legend": "Legend",
        "male": "male",
        "female": "female",
        "diverse": "diverse",
        "unknown": "sex unknown",
        "index": "index person",
        "deceased": "deceased",
        "age": "age in years",
        "years": "year of birth, † year of death",
        "marriage": "marriage",
        "unmarried": "partnership without marriage",
        "separated": "separation (with year)",
        "divorced": "divorce (with year)",
        "biological": "biological child",
        "adoptive": "adopted child",
        "foster": "foster child or stepchild",
        "twins": "twins",
        "identical": "identical twins",
        "close": "close relationship",
        "conflictual": "conflictual relationship",
        "distant": "distant relationship",
        "cut_off": "cut-off",
        "household": "household (living together)",
        "household_label": "Household",
        "badge": "residence status",
        "case": "Case number",
        "date": "As of",
        "anonymised": "Anonymised: names replaced by labels, no dates of birth, no case number.",
        "confidential": "Confidential – contains personal data.",
    },
}


def text_for(key: str, language: str) -> str:
    """A fixed text of the drawing in the document's language (German unless ``"en"``)."""
    return TEXTS["en" if language == "en" else "de"][key]


@dataclass(frozen=True, slots=True)
class GenogramOptions:
    """What to draw and how; the same options drive screen, export and print."""

    show_emotions: bool = True
    show_badges: bool = True
    show_household: bool = True
    #: Replaces every person's name (anonymised output); persons missing here get no label.
    labels: Mapping[uuid.UUID, str] | None = None
    #: Birth, death and partnership years.
    show_dates: bool = True
    #: Language of the fixed texts (legend, header): "de" or "en".
    language: str = "de"

    @property
    def anonymised(self) -> bool:
        return self.labels is not None


def _stroke(width: float = LINE_MM, style: LineStyle = LineStyle.SOLID) -> Stroke:
    return Stroke(width, BLACK, style)


# --- persons ---------------------------------------------------------------------------------


def person_label(placed: PlacedPerson, options: GenogramOptions) -> str:
    """The text under the symbol: the name, or the label when anonymised (never the name)."""
    if options.labels is not None:
        return options.labels.get(placed.person.id, "")
    return placed.person.display_name


def draw_symbol(
    surface: Surface,
    sex: Sex,
    *,
    cx: float,
    cy: float,
    half: float,
    stroke: Stroke,
    fill: Colour | None = WHITE,
) -> None:
    """The bare symbol of a sex: square, circle, diamond, or square (the "?" is added apart)."""
    if sex is Sex.FEMALE:
        surface.ellipse(cx, cy, half, half, stroke, fill)
    elif sex is Sex.DIVERSE:
        d = half * 1.2
        surface.polygon(((cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)), stroke, fill)
    else:
        surface.rect(cx - half, cy - half, 2 * half, 2 * half, stroke, fill)


def _symbol_extent(sex: Sex, half: float) -> float:
    """How far the symbol reaches up from its centre."""
    return half * 1.2 if sex is Sex.DIVERSE else half


def fit_lines(
    surface: Surface, text: str, size_mm: float, max_width: float, max_lines: int = 2
) -> list[str]:
    """Wrap ``text`` into at most ``max_lines`` lines, shortening with "…" what does not fit."""
    words = text.split()
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        line = words[i]
        i += 1
        while i < len(words) and surface.text_width(f"{line} {words[i]}", size_mm) <= max_width:
            line = f"{line} {words[i]}"
            i += 1
        lines.append(line)
    truncated = i < len(words)
    fitted = []
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        if surface.text_width(line, size_mm) > max_width or (last and truncated):
            fitted.append(_shorten(surface, line, size_mm, max_width))
        else:
            fitted.append(line)
    return fitted


def _shorten(surface: Surface, line: str, size_mm: float, max_width: float) -> str:
    while line and surface.text_width(line + ELLIPSIS, size_mm) > max_width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def _year(value: object) -> str:
    year = getattr(value, "year", None)
    return str(year) if year else ""


def draw_person(surface: Surface, placed: PlacedPerson, options: GenogramOptions) -> None:
    """One person: symbol, index outline, X if deceased, age, years, name and badge."""
    person = placed.person
    x, y = placed.x, placed.y
    classes = ["person", person.sex.value]
    if placed.is_index:
        classes.append("index")
    if person.deceased:
        classes.append("deceased")
    surface.begin_group(" ".join(classes))
    symbol_stroke = _stroke(SYMBOL_LINE_MM)
    if placed.is_index:
        outer = HALF + INDEX_GAP_MM
        surface.begin_group("index-outline")
        draw_symbol(surface, person.sex, cx=x, cy=y, half=outer, stroke=symbol_stroke)
        surface.end_group()
    draw_symbol(surface, person.sex, cx=x, cy=y, half=HALF, stroke=symbol_stroke)
    if person.deceased:
        surface.begin_group("deceased-mark")
        d = HALF * 0.92 if person.sex is Sex.MALE or person.sex is Sex.UNKNOWN else HALF * 0.75
        surface.line(((x - d, y - d), (x + d, y + d)), symbol_stroke)
        surface.line(((x - d, y + d), (x + d, y - d)), symbol_stroke)
        surface.end_group()
    age = "" if person.age is None else str(person.age)
    if person.sex is Sex.UNKNOWN:
        if age:
            surface.text(x, y - 0.9, "?", size_mm=2.6, anchor="middle", bold=True)
            _inner_text(surface, x, y + 3.4, age, size=3.0, backed=person.deceased)
        else:
            surface.text(x, y + 1.4, "?", size_mm=AGE_TEXT_MM + 0.6, anchor="middle", bold=True)
    elif age:
        _inner_text(
            surface, x, y + AGE_TEXT_MM * 0.36, age, size=AGE_TEXT_MM, backed=person.deceased
        )

    top = y - _symbol_extent(person.sex, HALF) - (INDEX_GAP_MM if placed.is_index else 0)
    if options.show_dates:
        # On white patches, like the name: a twin's slanted line may pass behind a year.
        born = _year(person.birth)
        if born:
            surface.begin_group("birth-year")
            _backed_text(surface, x - 1.4, top - 1.0, born, size=YEAR_TEXT_MM, anchor="end")
            surface.end_group()
        died = _year(person.death)
        if died:
            surface.begin_group("death-year")
            _backed_text(
                surface, x + 1.4, top - 1.0, f"† {died}", size=YEAR_TEXT_MM, anchor="start"
            )
            surface.end_group()

    label = person_label(placed, options)
    lines = fit_lines(surface, label, NAME_TEXT_MM, NAME_WIDTH_MM)
    if lines:
        surface.begin_group("name")
        baseline = y + NAME_TOP_MM + NAME_TEXT_MM * 0.8
        for line in lines:
            # On a white patch: a line passing under the name must not strike it through.
            _backed_text(surface, x, baseline, line, size=NAME_TEXT_MM, anchor="middle")
            baseline += NAME_LINE_MM
        surface.end_group()

    if options.show_badges and person.badge:
        reach = HALF + (INDEX_GAP_MM if placed.is_index else 0)
        draw_badge(surface, x + reach + 0.6, y - reach, person.badge)
    surface.end_group()


def _backed_text(
    surface: Surface, x: float, baseline: float, text: str, *, size: float, anchor: TextAnchor
) -> None:
    """Text on a white patch, so that a line running behind it does not strike it through."""
    w = surface.text_width(text, size)
    left = {"start": x, "middle": x - w / 2, "end": x - w}[anchor]
    surface.rect(left - 0.4, baseline - size * 0.8, w + 0.8, size * 1.05, None, WHITE)
    surface.text(x, baseline, text, size_mm=size, anchor=anchor)


def _inner_text(
    surface: Surface, x: float, baseline: float, text: str, *, size: float, backed: bool
) -> None:
    """Text inside a symbol; on a white patch when an X runs across the symbol."""
    if backed:
        w = surface.text_width(text, size)
        surface.rect(
            x - w / 2 - 0.3, baseline - size * 0.78, w + 0.6, size * 0.86, None, WHITE, 0.4
        )
    surface.text(x, baseline, text, size_mm=size, anchor="middle")


def badge_size(surface: Surface, text: str) -> tuple[float, float]:
    return surface.text_width(text, BADGE_TEXT_MM) + 2 * BADGE_PAD_MM, BADGE_HEIGHT_MM


def draw_badge(surface: Surface, left: float, top: float, text: str) -> float:
    """The residence-status badge with its top-left corner at (left, top); returns its width."""
    w, h = badge_size(surface, text)
    surface.begin_group("badge")
    surface.rect(left, top, w, h, Stroke(0.25, BADGE_LINE), BADGE_FILL, 0.8)
    surface.text(left + w / 2, top + h * 0.74, text, size_mm=BADGE_TEXT_MM, anchor="middle")
    surface.end_group()
    return w


# --- connectors ------------------------------------------------------------------------------


def _connector_classes(c: Connector) -> str:
    classes = ["connector", c.kind.value, c.style.value]
    if c.slashes == 1:
        classes.append("separated")
    elif c.slashes >= 2:
        classes.append("divorced")
    if c.emotion is not None:
        classes.append(c.emotion.value.replace("_", "-"))
    return " ".join(classes)


def draw_connector(surface: Surface, c: Connector, options: GenogramOptions) -> None:
    """One line of the diagram; emotional lines only when ``options.show_emotions``."""
    if len(c.points) < 2:
        return
    if c.kind is ConnectorKind.EMOTION:
        if options.show_emotions and c.emotion is not None:
            surface.begin_group(_connector_classes(c))
            draw_emotion(surface, c.points[0], c.points[-1], c.emotion)
            surface.end_group()
        return
    surface.begin_group(_connector_classes(c))
    style = LineStyle.SOLID if c.kind is ConnectorKind.TWIN_BAR else c.style
    surface.line(c.points, _stroke(LINE_MM, style))
    if c.kind is ConnectorKind.PARTNERSHIP:
        mark = c.mark_at or _midpoint_of_longest_segment(c.points)
        if c.slashes:
            draw_slashes(surface, mark, c.slashes)
        if c.label and options.show_dates:
            surface.begin_group("partnership-label")
            if c.slashes:
                surface.text(
                    mark[0] + 0.9 * c.slashes + 1.0,
                    mark[1] - 1.0,
                    c.label,
                    size_mm=LABEL_TEXT_MM,
                    anchor="start",
                )
            else:
                surface.text(
                    mark[0], mark[1] - 1.0, c.label, size_mm=LABEL_TEXT_MM, anchor="middle"
                )
            surface.end_group()
    surface.end_group()


def draw_slashes(surface: Surface, at: Point, count: int) -> None:
    """Short oblique strokes across a horizontal couple line: 1 = separated, 2 = divorced."""
    mx, my = at
    stroke = _stroke(LINE_MM * 1.3)
    for i in range(count):
        off = (i - (count - 1) / 2) * 1.5
        surface.begin_group("slash")
        surface.line(((mx + off - 1.0, my + 1.9), (mx + off + 1.0, my - 1.9)), stroke)
        surface.end_group()


def _midpoint_of_longest_segment(points: Sequence[Point]) -> Point:
    best = max(itertools.pairwise(points), key=lambda s: math.dist(s[0], s[1]))
    return ((best[0][0] + best[1][0]) / 2, (best[0][1] + best[1][1]) / 2)


def draw_emotion(
    surface: Surface, a: Point, b: Point, kind: EmotionalRelationKind, *, trim: float | None = None
) -> None:
    """An emotional relation between two symbol centres (trimmed to stay off the symbols)."""
    length = math.dist(a, b)
    cut = EMOTION_TRIM_MM if trim is None else trim
    if length <= 2 * cut + 1.0:
        return
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    nx, ny = -uy, ux
    start = (a[0] + ux * cut, a[1] + uy * cut)
    run = length - 2 * cut

    def at(t: float, n: float = 0.0) -> Point:
        return (start[0] + ux * t + nx * n, start[1] + uy * t + ny * n)

    colour = EMOTION_COLOURS[kind]
    stroke = Stroke(0.4, colour)
    if kind is EmotionalRelationKind.CLOSE:
        surface.line((at(0, -0.6), at(run, -0.6)), stroke)
        surface.line((at(0, 0.6), at(run, 0.6)), stroke)
    elif kind is EmotionalRelationKind.CONFLICTUAL:
        step = 1.2
        count = max(2, int(run / step))
        step = run / count
        zigzag = [at(0)]
        for i in range(1, count):
            zigzag.append(at(i * step, 1.0 if i % 2 else -1.0))
        zigzag.append(at(run))
        surface.line(zigzag, stroke)
    elif kind is EmotionalRelationKind.DISTANT:
        surface.line((at(0), at(run)), Stroke(0.5, colour, LineStyle.DOTTED))
    else:  # cut-off: the line is broken in the middle, two bars close the ends
        gap = min(3.0, run / 3)
        mid = run / 2
        surface.line((at(0), at(mid - gap / 2)), stroke)
        surface.line((at(mid + gap / 2), at(run)), stroke)
        for t in (mid - gap / 2, mid + gap / 2):
            surface.line((at(t, -1.6), at(t, 1.6)), stroke)


# --- household -------------------------------------------------------------------------------


def draw_household(
    surface: Surface, h: HouseholdBoundary, options: GenogramOptions, *, label: bool = True
) -> None:
    """The dotted outline around the current household, labelled (generic when anonymised)."""
    if not options.show_household or len(h.points) < 3:
        return
    surface.begin_group("household")
    surface.polygon(h.points, Stroke(0.45, HOUSEHOLD_COLOUR, LineStyle.DOTTED), None)
    if label:
        draw_household_label(surface, h, options)
    surface.end_group()


def draw_household_label(surface: Surface, h: HouseholdBoundary, options: GenogramOptions) -> None:
    """The household's label on a white patch (drawn after the lines that may cross it)."""
    if not options.show_household:
        return
    text = text_for("household_label", options.language) if options.anonymised else h.label
    if not text:
        return
    x, y = h.label_at
    text = _shortened(surface, text, LABEL_TEXT_MM, _room_right_of_label(h))
    w = surface.text_width(text, LABEL_TEXT_MM)
    surface.begin_group("household-label")
    surface.rect(x - 0.5, y - LABEL_TEXT_MM * 0.8, w + 1.0, LABEL_TEXT_MM * 1.05, None, WHITE)
    surface.text(x, y, text, size_mm=LABEL_TEXT_MM, anchor="start", colour=HOUSEHOLD_COLOUR)
    surface.end_group()


def _room_right_of_label(h: HouseholdBoundary) -> float:
    """Width from the label's start to the end of the nearest outline edge above it."""
    x, y = h.label_at
    points = list(h.points)
    above = [
        (y - y0, max(x0, x1) - x - 1.0)
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
        if abs(y0 - y1) < 1e-6 and y0 < y and min(x0, x1) - 1e-6 <= x <= max(x0, x1) + 1e-6
    ]
    return min(above)[1] if above else math.inf


def _shortened(surface: Surface, text: str, size: float, width: float) -> str:
    """``text``, cut with "…" where it is wider than ``width``."""
    if surface.text_width(text, size) <= width:
        return text
    while text and surface.text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


# --- the whole diagram -----------------------------------------------------------------------


def draw_genogram(surface: Surface, layout: GenogramLayout, options: GenogramOptions) -> None:
    """Household, lines, persons, then emotional lines on top (no legend)."""
    surface.begin_group("genogram")
    if layout.household is not None:
        draw_household(surface, layout.household, options, label=False)
    for c in layout.connectors:
        if c.kind is not ConnectorKind.EMOTION:
            draw_connector(surface, c, options)
    if layout.household is not None:
        draw_household_label(surface, layout.household, options)
    for placed in layout.persons:
        draw_person(surface, placed, options)
    for c in layout.connectors:
        if c.kind is ConnectorKind.EMOTION:
            draw_connector(surface, c, options)
    surface.end_group()


# --- legend ----------------------------------------------------------------------------------

LEGEND_TEXT_MM = 2.6
LEGEND_TITLE_MM = 3.2
LEGEND_ROW_MM = 6.0
LEGEND_SAMPLE_MM = 12.0
LEGEND_PAD_MM = 3.0
LEGEND_COLUMN_GAP_MM = 5.0

Sample = Callable[[Surface, float, float], None]  # draws into the sample box at (left, mid-y)


@dataclass(frozen=True, slots=True)
class LegendEntry:
    key: str  # stable name, also the SVG class ("legend-entry <key>")
    text: str
    sample: Sample | None


def _symbol_sample(sex: Sex, *, index: bool = False, deceased: bool = False) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        cx, half = left + LEGEND_SAMPLE_MM / 2, 2.0
        stroke = _stroke(0.3)
        if index:
            draw_symbol(surface, sex, cx=cx, cy=mid, half=half + 0.7, stroke=stroke)
        draw_symbol(surface, sex, cx=cx, cy=mid, half=half, stroke=stroke)
        if sex is Sex.UNKNOWN:
            surface.text(cx, mid + 0.75, "?", size_mm=2.2, anchor="middle", bold=True)
        if deceased:
            surface.line(((cx - half, mid - half), (cx + half, mid + half)), stroke)
            surface.line(((cx - half, mid + half), (cx + half, mid - half)), stroke)

    return sample


def _age_sample(surface: Surface, left: float, mid: float) -> None:
    cx = left + LEGEND_SAMPLE_MM / 2
    draw_symbol(surface, Sex.MALE, cx=cx, cy=mid, half=2.3, stroke=_stroke(0.3))
    surface.text(cx, mid + 0.8, "34", size_mm=2.1, anchor="middle")


def _years_sample(surface: Surface, left: float, mid: float) -> None:
    cx = left + LEGEND_SAMPLE_MM / 2
    surface.text(cx - 0.4, mid + 0.6, "1980", size_mm=1.9, anchor="end")
    surface.text(cx + 0.4, mid + 0.6, "† 2019", size_mm=1.9, anchor="start")


def _line_sample(style: LineStyle, slashes: int = 0) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        surface.line(((left, mid), (left + LEGEND_SAMPLE_MM, mid)), _stroke(LINE_MM, style))
        if slashes:
            stroke = _stroke(LINE_MM * 1.2)
            cx = left + LEGEND_SAMPLE_MM / 2
            for i in range(slashes):
                off = (i - (slashes - 1) / 2) * 1.3
                surface.line(((cx + off - 0.8, mid + 1.5), (cx + off + 0.8, mid - 1.5)), stroke)

    return sample


def _child_sample(style: LineStyle) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        cx = left + LEGEND_SAMPLE_MM / 2
        surface.line(((cx, mid - 2.6), (cx, mid + 0.4)), _stroke(LINE_MM, style))
        surface.rect(cx - 1.3, mid + 0.4, 2.6, 2.6, _stroke(0.3), WHITE)

    return sample


def _twins_sample(identical: bool) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        cx = left + LEGEND_SAMPLE_MM / 2
        apex = (cx, mid - 2.6)
        a, b = (cx - 3.2, mid + 1.0), (cx + 3.2, mid + 1.0)
        stroke = _stroke(LINE_MM)
        surface.line((apex, a), stroke)
        surface.line((apex, b), stroke)
        if identical:
            surface.line(((cx - 1.6, mid - 0.8), (cx + 1.6, mid - 0.8)), stroke)
        surface.rect(a[0] - 1.1, a[1], 2.2, 2.2, _stroke(0.3), WHITE)
        surface.ellipse(b[0], b[1] + 1.1, 1.1, 1.1, _stroke(0.3), WHITE)

    return sample


def _emotion_sample(kind: EmotionalRelationKind) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        draw_emotion(surface, (left, mid), (left + LEGEND_SAMPLE_MM, mid), kind, trim=0.0)

    return sample


def _household_sample(surface: Surface, left: float, mid: float) -> None:
    surface.rect(
        left + 0.5,
        mid - 2.2,
        LEGEND_SAMPLE_MM - 1.0,
        4.4,
        Stroke(0.45, HOUSEHOLD_COLOUR, LineStyle.DOTTED),
        None,
    )


def _badge_sample(text: str) -> Sample:
    def sample(surface: Surface, left: float, mid: float) -> None:
        w, h = badge_size(surface, text)
        draw_badge(surface, left + max(0.0, (LEGEND_SAMPLE_MM - w) / 2), mid - h / 2, text)

    return sample


def _is_diagonal(c: Connector) -> bool:
    return any(
        abs(p[0] - q[0]) > 0.01 and abs(p[1] - q[1]) > 0.01 for p, q in itertools.pairwise(c.points)
    )


def legend_entries(layout: GenogramLayout, options: GenogramOptions) -> list[LegendEntry]:
    """The notation elements that occur in this layout, in a fixed order."""

    def t(key: str) -> str:
        return text_for(key, options.language)

    entries: list[LegendEntry] = []
    persons = [p.person for p in layout.persons]
    sexes = {p.sex for p in persons}
    for sex in (Sex.MALE, Sex.FEMALE, Sex.DIVERSE, Sex.UNKNOWN):
        if sex in sexes:
            entries.append(LegendEntry(sex.value, t(sex.value), _symbol_sample(sex)))
    index = next((p for p in layout.persons if p.is_index), None)
    if index is not None:
        entries.append(LegendEntry("index", t("index"), _symbol_sample(Sex.MALE, index=True)))
    if any(p.deceased for p in persons):
        entries.append(
            LegendEntry("deceased", t("deceased"), _symbol_sample(Sex.MALE, deceased=True))
        )
    if any(p.age is not None for p in persons):
        entries.append(LegendEntry("age", t("age"), _age_sample))
    if options.show_dates and any(p.birth or p.death for p in persons):
        entries.append(LegendEntry("years", t("years"), _years_sample))

    partnerships = [c for c in layout.connectors if c.kind is ConnectorKind.PARTNERSHIP]
    if any(c.style is LineStyle.SOLID for c in partnerships):
        entries.append(LegendEntry("marriage", t("marriage"), _line_sample(LineStyle.SOLID)))
    if any(c.style is not LineStyle.SOLID for c in partnerships):
        entries.append(LegendEntry("unmarried", t("unmarried"), _line_sample(LineStyle.DASHED)))
    if any(c.slashes == 1 for c in partnerships):
        entries.append(LegendEntry("separated", t("separated"), _line_sample(LineStyle.SOLID, 1)))
    if any(c.slashes >= 2 for c in partnerships):
        entries.append(LegendEntry("divorced", t("divorced"), _line_sample(LineStyle.SOLID, 2)))

    children = [c for c in layout.connectors if c.kind is ConnectorKind.CHILD]
    styles = {c.style for c in children}
    if LineStyle.DASHED in styles or LineStyle.DOTTED in styles:
        # Solid child lines need an entry only to contrast with adopted or foster children.
        if LineStyle.SOLID in styles:
            entries.append(
                LegendEntry("biological", t("biological"), _child_sample(LineStyle.SOLID))
            )
        if LineStyle.DASHED in styles:
            entries.append(LegendEntry("adoptive", t("adoptive"), _child_sample(LineStyle.DASHED)))
        if LineStyle.DOTTED in styles:
            entries.append(LegendEntry("foster", t("foster"), _child_sample(LineStyle.DOTTED)))
    apexes = {c.points[0] for c in children if _is_diagonal(c)}
    bars = sum(1 for c in layout.connectors if c.kind is ConnectorKind.TWIN_BAR)
    if len(apexes) > bars:  # some twins without a bar: not identical
        entries.append(LegendEntry("twins", t("twins"), _twins_sample(identical=False)))
    if any(c.kind is ConnectorKind.TWIN_BAR for c in layout.connectors):
        entries.append(LegendEntry("identical", t("identical"), _twins_sample(identical=True)))

    if options.show_emotions:
        kinds = {
            c.emotion
            for c in layout.connectors
            if c.kind is ConnectorKind.EMOTION and c.emotion is not None
        }
        for kind in EmotionalRelationKind:
            if kind in kinds:
                entries.append(
                    LegendEntry(kind.value.replace("_", "-"), t(kind.value), _emotion_sample(kind))
                )
    if options.show_household and layout.household is not None:
        entries.append(LegendEntry("household", t("household"), _household_sample))
    if options.show_badges:
        for badge, meaning in badge_legend((p.badge for p in persons), options.language):
            entries.append(LegendEntry("badge", meaning or t("badge"), _badge_sample(badge)))
    return entries


def _legend_grid(
    surface: Surface, entries: Sequence[LegendEntry], options: GenogramOptions, max_width: float
) -> tuple[int, int, float, float, float]:
    """Columns, rows, column width, total width and total height of the legend box."""
    title_w = surface.text_width(text_for("legend", options.language), LEGEND_TITLE_MM, True)
    text_w = max(surface.text_width(e.text, LEGEND_TEXT_MM) for e in entries)
    column = LEGEND_SAMPLE_MM + 2.0 + text_w
    if math.isinf(max_width):
        columns = 1
    else:
        fit = (max_width - 2 * LEGEND_PAD_MM + LEGEND_COLUMN_GAP_MM) // (
            column + LEGEND_COLUMN_GAP_MM
        )
        columns = max(1, min(len(entries), int(fit)))
    rows = math.ceil(len(entries) / columns)
    columns = math.ceil(len(entries) / rows)
    width = 2 * LEGEND_PAD_MM + columns * column + (columns - 1) * LEGEND_COLUMN_GAP_MM
    width = max(width, title_w + 2 * LEGEND_PAD_MM)
    height = 2 * LEGEND_PAD_MM + LEGEND_TITLE_MM + 2.0 + rows * LEGEND_ROW_MM
    return columns, rows, column, width, height


def legend_size(
    surface: Surface,
    layout: GenogramLayout,
    options: GenogramOptions,
    max_width: float = math.inf,
) -> tuple[float, float]:
    """Width and height :func:`draw_legend` will take; (0, 0) when nothing needs explaining."""
    entries = legend_entries(layout, options)
    if not entries:
        return (0.0, 0.0)
    _c, _r, _cw, width, height = _legend_grid(surface, entries, options, max_width)
    return (width, height)


def draw_legend(
    surface: Surface,
    layout: GenogramLayout,
    options: GenogramOptions,
    x: float,
    y: float,
    *,
    max_width: float = math.inf,
) -> tuple[float, float]:
    """The legend box with its top-left corner at (x, y); returns its width and height.

    Lists only what occurs in the layout; entries fill several columns when ``max_width``
    allows (one column when it is infinite).
    """
    entries = legend_entries(layout, options)
    if not entries:
        return (0.0, 0.0)
    _columns, rows, column, width, height = _legend_grid(surface, entries, options, max_width)
    surface.begin_group("legend")
    surface.rect(x, y, width, height, Stroke(0.25, GREY), WHITE, 1.0)
    surface.text(
        x + LEGEND_PAD_MM,
        y + LEGEND_PAD_MM + LEGEND_TITLE_MM * 0.8,
        text_for("legend", options.language),
        size_mm=LEGEND_TITLE_MM,
        bold=True,
    )
    top = y + LEGEND_PAD_MM + LEGEND_TITLE_MM + 2.0
    for i, entry in enumerate(entries):
        col, row = divmod(i, rows)
        left = x + LEGEND_PAD_MM + col * (column + LEGEND_COLUMN_GAP_MM)
        mid = top + row * LEGEND_ROW_MM + LEGEND_ROW_MM / 2
        surface.begin_group(f"legend-entry {entry.key}")
        if entry.sample is not None:
            entry.sample(surface, left, mid)
        surface.text(
            left + LEGEND_SAMPLE_MM + 2.0,
            mid + LEGEND_TEXT_MM * 0.35,
            entry.text,
            size_mm=LEGEND_TEXT_MM,
        )
        surface.end_group()
    surface.end_group()
    return (width, height)
