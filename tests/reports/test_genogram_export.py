"""Genogram drawing: SVG structure, PDF text, PNG pixels, anonymisation and atomic export."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from fallmanager import files as files_module
from fallmanager.domain.genogram.anonymise import (
    anonymised_layout,
    initials_labels,
    role_labels,
)
from fallmanager.domain.genogram.model import (
    NAME_TEXT_MM,
    ConnectorKind,
    GenogramLayout,
)
from fallmanager.reports.genogram.export import UnsupportedFormatError, export_genogram
from fallmanager.reports.genogram.page import GenogramDocument
from fallmanager.reports.genogram.painter import (
    NAME_WIDTH_MM,
    GenogramOptions,
    fit_lines,
)
from fallmanager.reports.genogram.pdf import genogram_pdf
from fallmanager.reports.genogram.svg import SvgSurface, genogram_svg
from tests.reports.samples import (
    GIVEN_AND_FAMILY_NAMES,
    INDEX,
    ON,
    PERSONS,
    sample_input,
    sample_layout,
)

NS = "{http://www.w3.org/2000/svg}"
CASE = "2026-0042"
DOCUMENT = GenogramDocument(CASE, ON, "A4", landscape=True)


def parse(svg: bytes) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output


def groups(root: ET.Element, *tokens: str) -> list[ET.Element]:
    """The <g> elements whose class has all ``tokens``."""
    return [g for g in root.iter(f"{NS}g") if set(tokens) <= set((g.get("class") or "").split())]


def texts(element: ET.Element) -> list[str]:
    return [t.text or "" for t in element.iter(f"{NS}text")]


def legend_keys(root: ET.Element) -> set[str]:
    return {
        (g.get("class") or "").split()[1]
        for g in root.iter(f"{NS}g")
        if (g.get("class") or "").startswith("legend-entry ")
    }


def layout_without(layout: GenogramLayout, *kinds: ConnectorKind) -> GenogramLayout:
    return replace(layout, connectors=tuple(c for c in layout.connectors if c.kind not in kinds))


# --- SVG -------------------------------------------------------------------------------------


def test_svg_has_a_symbol_per_sex_and_marks_index_and_deceased() -> None:
    root = parse(genogram_svg(sample_layout(), GenogramOptions()))
    assert root.tag == f"{NS}svg"
    assert root.get("viewBox", "").startswith("0 0 ")
    squares = groups(root, "person", "male")
    assert len(squares) == 4
    assert all(g.find(f"{NS}rect") is not None for g in squares)
    circles = groups(root, "person", "female")
    assert len(circles) == 5
    assert all(g.find(f"{NS}circle") is not None for g in circles)
    (diamond,) = groups(root, "person", "diverse")
    assert diamond.find(f"{NS}polygon") is not None
    (unknown,) = groups(root, "person", "unknown")
    assert "?" in texts(unknown)

    (index,) = groups(root, "person", "index")
    assert "Luka Đorđević" in texts(index)
    outline = groups(index, "index-outline")
    assert len(outline) == 1 and outline[0].find(f"{NS}rect") is not None
    assert len(index.findall(f"{NS}rect")) == 1  # plus the outline's: two squares
    (deceased,) = groups(root, "person", "deceased")
    (cross,) = groups(deceased, "deceased-mark")
    assert len(cross.findall(f"{NS}polyline")) == 2
    assert "† 2015" in texts(deceased) and "1940" in texts(deceased)
    assert "75" in texts(deceased)  # the age at death inside the symbol


def test_svg_partnership_lines_twins_household_and_badges() -> None:
    root = parse(genogram_svg(sample_layout(), GenogramOptions()))
    (divorce,) = groups(root, "connector", "partnership", "divorced")
    assert len(groups(divorce, "slash")) == 2
    assert "2001" in texts(divorce)
    (unmarried,) = groups(root, "connector", "partnership", "dashed")
    assert unmarried.find(f"{NS}polyline").get("stroke-dasharray")  # type: ignore[union-attr]
    (marriage,) = [
        g
        for g in groups(root, "connector", "partnership", "solid")
        if "divorced" not in g.get("class", "")
    ]
    assert marriage.find(f"{NS}polyline").get("stroke-dasharray") is None  # type: ignore[union-attr]
    assert len(groups(root, "connector", "twin_bar")) == 1
    (foster,) = groups(root, "connector", "child", "dotted")
    assert foster.find(f"{NS}polyline").get("stroke-linecap") == "round"  # type: ignore[union-attr]

    (household,) = [g for g in groups(root, "household") if g.get("class") == "household"]
    polygon = household.find(f"{NS}polygon")
    assert polygon is not None and polygon.get("fill") == "none"
    assert polygon.get("stroke-dasharray") and polygon.get("stroke-linecap") == "round"
    assert "Unterkunft Lindenweg 7" in texts(root)

    badges = [b for person in groups(root, "person") for b in groups(person, "badge")]
    assert sorted(t for g in badges for t in texts(g)) == ["AE 25b", "D", "D", "NE"]
    (mother,) = [g for g in groups(root, "person", "female") if "Јелена Петровић" in texts(g)]
    assert texts(groups(mother, "badge")[0]) == ["AE 25b"]

    for kind in ("close", "conflictual", "distant", "cut-off"):
        assert len(groups(root, "connector", "emotion", kind)) == 1, kind


def test_legend_lists_exactly_the_elements_present() -> None:
    root = parse(genogram_svg(sample_layout(), GenogramOptions()))
    assert legend_keys(root) == {
        "male", "female", "diverse", "unknown", "index", "deceased", "age", "years",
        "marriage", "unmarried", "divorced", "biological", "foster", "identical",
        "close", "conflictual", "distant", "cut-off", "household", "badge",
    }  # fmt: skip
    (legend,) = groups(root, "legend")
    words = texts(legend)
    assert "Legende" in words and "Scheidung (mit Jahr)" in words
    assert "Pflege- oder Stiefkind" in words
    assert "Duldung (§ 60a AufenthG)" in words
    assert "Trennung (mit Jahr)" not in words and "Adoptivkind" not in words

    reduced = layout_without(
        sample_layout(), ConnectorKind.EMOTION, ConnectorKind.TWIN_BAR, ConnectorKind.PARTNERSHIP
    )
    reduced = replace(reduced, persons=tuple(p for p in reduced.persons if not p.is_index))
    options = GenogramOptions(show_badges=False, show_household=False, language="en")
    root = parse(genogram_svg(reduced, options))
    keys = legend_keys(root)
    assert not keys & {"close", "marriage", "divorced", "identical", "index", "household"}
    assert not keys & {"badge"}
    assert {"twins", "foster", "male"} <= keys
    assert "Legend" in texts(root) and "foster child or stepchild" in texts(root)
    assert not groups(root, "badge") and not groups(root, "household")


def test_emotions_badges_and_household_can_be_hidden() -> None:
    options = GenogramOptions(show_emotions=False, show_badges=False, show_household=False)
    root = parse(genogram_svg(sample_layout(), options))
    assert not groups(root, "emotion")
    assert not groups(root, "badge")
    assert not groups(root, "household")
    assert "Unterkunft Lindenweg 7" not in texts(root)


def test_long_names_wrap_into_two_lines_and_are_shortened() -> None:
    surface = SvgSurface(10, 10)
    lines = fit_lines(surface, "Bogdan Aleksandar Nikolić-Stanković", NAME_TEXT_MM, NAME_WIDTH_MM)
    assert lines == ["Bogdan Aleksandar", "Nikolić-Stanković"]
    long = "Maximiliane Konstantina Wilhelmina Bartholomäus-Oberhausen-Schmidt"
    lines = fit_lines(surface, long, NAME_TEXT_MM, NAME_WIDTH_MM)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(surface.text_width(line, NAME_TEXT_MM) <= NAME_WIDTH_MM for line in lines)
    assert fit_lines(surface, "   ", NAME_TEXT_MM, NAME_WIDTH_MM) == []


# --- PDF -------------------------------------------------------------------------------------


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext"):
        path = tmp_path / "g.pdf"
        path.write_bytes(pdf)
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("paper", "landscape", "size_pt"),
    [
        ("A4", True, (841.89, 595.28)),
        ("A4", False, (595.28, 841.89)),
        ("A3", True, (1190.55, 841.89)),
    ],
)
def test_pdf_page_with_header_legend_and_unicode_names(
    tmp_path: Path, paper: str, landscape: bool, size_pt: tuple[float, float]
) -> None:
    from pypdf import PdfReader

    document = GenogramDocument(CASE, ON, paper, landscape)  # type: ignore[arg-type]
    pdf = genogram_pdf(sample_layout(), GenogramOptions(), document)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size_pt, abs=0.5)
    assert reader.metadata is not None and reader.metadata.title == f"Genogramm {CASE}"
    fonts = reader.pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    base_fonts = {str(f.get_object()["/BaseFont"]) for f in fonts.values()}
    assert {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} <= base_fonts  # embedded subsets
    text = pdf_text(pdf, tmp_path)
    for word in ("Genogramm", "Legende", CASE, "25.11.2026", "Đorđević", "Петровић", "Scheidung"):
        assert word in text, word


def test_pdf_in_english(tmp_path: Path) -> None:
    pdf = genogram_pdf(sample_layout(), GenogramOptions(language="en"), DOCUMENT)
    text = pdf_text(pdf, tmp_path)
    assert "Legend" in text and "divorce (with year)" in text and "Case number" in text


# --- anonymised ------------------------------------------------------------------------------


def anonymous(kind: str = "roles") -> tuple[GenogramLayout, GenogramOptions]:
    data = sample_input()
    labels = role_labels(data) if kind == "roles" else initials_labels(data)
    return anonymised_layout(sample_layout(), labels), GenogramOptions(
        labels=labels, show_dates=False
    )


def assert_no_personal_data(text: str) -> None:
    for name in GIVEN_AND_FAMILY_NAMES:
        assert name not in text, name
    for person in PERSONS:
        if person.birth:
            assert str(person.birth.year) not in text
    assert CASE not in text
    assert "Lindenweg" not in text
    assert "2001" not in text  # the divorce year


def test_anonymised_svg_and_pdf_carry_no_name_date_or_case_number(tmp_path: Path) -> None:
    layout, options = anonymous()
    svg = genogram_svg(layout, options, DOCUMENT).decode()
    assert_no_personal_data(svg)
    for role in ("Indexperson", "Mutter", "Vater", "Geschwister 1", "Halbgeschwister 1"):
        assert f">{role}<" in svg
    assert "Haushalt" in svg  # a generic label instead of the accommodation
    pdf = genogram_pdf(layout, options, DOCUMENT)
    text = pdf_text(pdf, tmp_path)
    assert_no_personal_data(text)
    assert "Indexperson" in text and "Anonymisiert" in text
    assert_no_personal_data(pdf.decode("latin-1"))  # nothing hidden in the metadata either


def test_anonymised_by_initials(tmp_path: Path) -> None:
    layout, options = anonymous("initials")
    svg = genogram_svg(layout, options, DOCUMENT).decode()
    assert_no_personal_data(svg)
    assert ">L. Đ. 2<" in svg and ">Ј. П.<" in svg


def test_labels_replace_names_even_on_a_layout_with_names() -> None:
    options = GenogramOptions(labels={INDEX.id: "Indexperson"}, show_dates=False)
    svg = genogram_svg(sample_layout(), options).decode()
    for name in GIVEN_AND_FAMILY_NAMES:
        assert name not in svg
    assert ">Indexperson<" in svg


def test_role_labels_and_initials() -> None:
    data = sample_input()
    by_id = role_labels(data)
    named = {p.given_names: by_id[p.id] for p in PERSONS}
    assert named == {
        "Dragan": "Großvater väterlicherseits",
        "Milica": "Großmutter väterlicherseits",
        "Marko": "Vater",
        "Јелена": "Mutter",
        "Bogdan Aleksandar": "Person 2",  # the mother's ex-husband: no kin of the index person
        "Sara": "Geschwister 1",
        "Lena": "Geschwister 2",
        "Luka": "Indexperson",
        "Mila": "Halbgeschwister 1",
        "Alex": "Person 1",
        "Kim": "Person 3",
    }
    assert role_labels(data, "en")[INDEX.id] == "Index person"
    assert len(set(by_id.values())) == len(by_id)
    no_index = role_labels(replace(data, index_person_id=None))
    assert sorted(no_index.values()) == sorted(f"Person {n}" for n in range(1, 12))
    initials = initials_labels(data)
    assert initials[INDEX.id] == "L. Đ. 2"
    assert len(set(initials.values())) == len(initials)


def test_anonymised_layout_strips_names_dates_and_household_label() -> None:
    from fallmanager.domain.genogram.layout import layout_genogram

    layout = layout_genogram(sample_input())
    anonymised = anonymised_layout(layout, role_labels(sample_input()))
    text = repr(anonymised)
    for name in GIVEN_AND_FAMILY_NAMES:
        assert name not in text
    assert all(p.person.birth is None and p.person.death is None for p in anonymised.persons)
    assert all(c.label == "" for c in anonymised.connectors)
    assert anonymised.household is not None and anonymised.household.label == ""
    # the same picture: positions, ages and lines are unchanged
    assert [(p.x, p.y, p.person.age) for p in anonymised.persons] == [
        (p.x, p.y, p.person.age) for p in layout.persons
    ]
    assert [c.points for c in anonymised.connectors] == [c.points for c in layout.connectors]


# --- PNG -------------------------------------------------------------------------------------


def test_png_has_the_chosen_resolution_and_draws_something(qapp: object) -> None:
    from PySide6.QtGui import QImage

    from fallmanager.reports.genogram.qpainter import render_png

    data = render_png(sample_layout(), GenogramOptions(), dpi=100)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(data)
    low = QImage.fromData(render_png(sample_layout(), GenogramOptions(), dpi=50))
    assert image.width() == pytest.approx(2 * low.width(), abs=2)
    assert round(image.dotsPerMeterX() * 0.0254) == 100
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 100
    )
    assert dark > 200
    # The index person's symbol is drawn where the layout put it (a black outline).
    px = 100 / 25.4
    left_edge = round((87 - 5) * px)
    assert any(
        image.pixelColor(left_edge + dx, round(137 * px)).lightness() < 80 for dx in (-1, 0, 1)
    )


# --- export ----------------------------------------------------------------------------------


def test_export_by_suffix_and_unknown_suffix(tmp_path: Path, qapp: object) -> None:
    for suffix, magic in ((".svg", b"<?xml"), (".pdf", b"%PDF"), (".PNG", b"\x89PNG")):
        target = tmp_path / f"g{suffix}"
        export_genogram(sample_layout(), target, options=GenogramOptions(), document=DOCUMENT)
        assert target.read_bytes().startswith(magic)
    with pytest.raises(UnsupportedFormatError, match=r"\.svg, \.png or \.pdf"):
        export_genogram(
            sample_layout(), tmp_path / "g.docx", options=GenogramOptions(), document=DOCUMENT
        )
    assert not (tmp_path / "g.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.PNG", "g.pdf", "g.svg"]


def test_export_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "g.svg"
    target.write_bytes(b"previous")

    def failing_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        export_genogram(sample_layout(), target, options=GenogramOptions(), document=DOCUMENT)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.svg"]  # no temporary file left
    assert os.listdir(tmp_path) == ["g.svg"]


def test_real_layout_of_the_sample_family_draws_every_person() -> None:
    from fallmanager.domain.genogram.layout import layout_genogram

    layout = layout_genogram(sample_input())
    root = parse(genogram_svg(layout, GenogramOptions()))
    assert len(groups(root, "person")) == len(PERSONS)
    assert groups(root, "connector", "partnership", "divorced")
    assert groups(root, "connector", "twin_bar")
    assert "index" in legend_keys(root)
    anonymised = anonymised_layout(layout, role_labels(sample_input()))
    assert_no_personal_data(
        genogram_svg(
            anonymised, GenogramOptions(labels=role_labels(sample_input()), show_dates=False)
        ).decode()
    )


def test_a_long_household_label_is_shortened_to_the_outline() -> None:
    layout = sample_layout()
    assert layout.household is not None
    narrow = replace(
        layout.household,
        points=((14, 66), (44, 66), (44, 160), (14, 160)),
        label="Gemeinschaftsunterkunft Am Alten Güterbahnhof, Haus C",
        label_at=(16, 70),
    )
    root = parse(genogram_svg(replace(layout, household=narrow), GenogramOptions()))
    (label,) = texts(groups(root, "household-label")[0])
    assert label.startswith("Gemeinschafts") and label.endswith("…")
    assert SvgSurface(50, 50).text_width(label, 2.4) <= 44 - 16 - 1.0
