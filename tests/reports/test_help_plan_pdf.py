"""The printed help plan: family and office versions, German alone and bilingual."""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from fallmanager.domain.help_plan_view import HelpPlanSnapshot
from fallmanager.reports.documents import Letterhead, markup, normalise
from fallmanager.reports.help_plan import (
    FamilyHelpPlanPdf,
    Layout,
    OfficeHelpPlanPdf,
    PrintOptions,
)
from tests.reports.help_plan_samples import (
    DROP_REASON,
    INTERNAL_NOTE,
    NEED_TEXT,
    OWN_GOAL,
    OWN_GOAL_SQ,
    PRINTED_ON,
    VERSION_NOTE,
    macedonian_snapshot,
    serbian_snapshot,
)

LETTERHEAD = Letterhead(
    "Stadt Musterstadt – Kommunaler Sozialdienst",
    ("Rathausplatz 1, 12345 Musterstadt", "Telefon 0123 456-789"),
)
CASE_MANAGER = "Mirjana Kovačević"

#: (name, snapshot, language, layout) of each rendering.
CASES: dict[str, tuple[str, str, Layout]] = {
    "de": ("serbian", "", "side_by_side"),
    "de+sr-Cyrl": ("serbian", "sr-Cyrl", "side_by_side"),
    "de+sq": ("serbian", "sq", "alternating"),
    "de+mk": ("macedonian", "mk", "side_by_side"),
}


@cache
def _snapshot(name: str) -> HelpPlanSnapshot:
    return serbian_snapshot() if name == "serbian" else macedonian_snapshot()


def _options(language: str, layout: Layout) -> PrintOptions:
    return PrintOptions(
        language=language,
        layout=layout,
        letterhead=LETTERHEAD,
        case_manager_name=CASE_MANAGER,
        printed_on=PRINTED_ON,
    )


@cache
def _pdf(variant: str, case: str) -> bytes:
    family, language, layout = CASES[case]
    cls = FamilyHelpPlanPdf if variant == "family" else OfficeHelpPlanPdf
    return cls(_snapshot(family), _options(language, layout)).render()


def _text(pdf: bytes) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return out.stdout.decode("utf-8")


def _flat(pdf: bytes) -> str:
    """The text with lines joined, so wrapped sentences can be found."""
    return re.sub(r"\s+", " ", _text(pdf))


def _pages(pdf: bytes) -> int:
    out = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", out.stdout.decode(), re.MULTILINE)
    assert match
    return int(match.group(1))


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("variant", ["family", "office"])
def test_every_language_pair_renders_with_footer_and_letterhead(variant: str, case: str) -> None:
    pdf = _pdf(variant, case)
    assert pdf.startswith(b"%PDF")
    pages = _pages(pdf)
    text = _flat(pdf)
    for page in range(1, pages + 1):
        assert f"Seite {page} von {pages}" in text
    assert "Stadt Musterstadt – Kommunaler Sozialdienst" in text
    assert "Telefon 0123 456-789" in text
    assert "Stand: 25.11.2026" in text or "Stand / " in text


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("variant", ["family", "office"])
def test_all_fonts_are_embedded(variant: str, case: str) -> None:
    out = subprocess.run(
        ["pdffonts", "-"], input=_pdf(variant, case), capture_output=True, check=True
    )
    rows = out.stdout.decode().splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        # name, type, encoding, emb, sub, uni, object id
        assert re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row
        assert "DejaVuSans" in row


def test_fixed_texts_in_both_languages() -> None:
    sr = _flat(_pdf("family", "de+sr-Cyrl"))
    for german, serbian in [
        ("Hilfeplan", "План помоћи"),
        ("Wer hilft?", "Ко помаже?"),
        ("Bis wann?", "До када?"),
        ("Voraussetzungen für ein Aufenthaltsrecht", "Услови за право боравка"),
        ("Unterschriften", "Потписи"),
        ("Wir besprechen den Plan wieder am 15.03.2027.", "15.03.2027."),
    ]:
        assert german in sr
        assert serbian in sr
    assert "Страна 1 од" in sr
    sq = _flat(_pdf("family", "de+sq"))
    for german, albanian in [
        ("Was passiert als Nächstes?", "Çfarë ndodh më pas?"),
        ("Diese Übersetzung dient nur zur Information.", "Ky përkthim shërben vetëm"),
        ("Für die ganze Familie", "Për gjithë familjen"),
    ]:
        assert german in sq
        assert albanian in sq
    assert OWN_GOAL_SQ in sq  # the case manager's own translation
    mk = _flat(_pdf("family", "de+mk"))
    assert "План за помош" in mk
    assert "Кој помага?" in mk
    german = _flat(_pdf("family", "de"))
    assert "Was passiert als Nächstes?" in german
    assert "Ко помаже?" not in german
    assert "Diese Übersetzung dient nur zur Information." not in german


def test_missing_translation_prints_the_german_text() -> None:
    sr = _flat(_pdf("family", "de+sr-Cyrl"))
    assert "Nachweis der Lebensunterhaltssicherung" in sr
    assert "Доказ о редовном похађању школе" in sr
    assert OWN_GOAL in sr


@pytest.mark.parametrize("case", list(CASES))
def test_family_version_has_a_section_per_person_with_open_activities(case: str) -> None:
    text = _flat(_pdf("family", case))
    if CASES[case][0] == "serbian":
        for name in ("Željko Đorđević", "Ђурђица Ђорђевић", "Đorđe Đorđević"):
            assert name in text
        assert "Šejla Božana Đorđević" in text
        assert "Ćiril" not in text  # deceased
        assert "Familienstammbuch aus Niš besorgen" in text
        assert "Für die ganze Familie" in text
        assert "Ausländerbehörde Musterstadt" in text
        assert "31.01.2027" in text
    else:
        for name in ("Ѓурѓа Љубица Стојановска", "Ќирил Стојановски", "Његослава Ѕвезда"):
            assert name in text


@pytest.mark.parametrize("case", list(CASES))
def test_family_version_keeps_internal_things_out(case: str) -> None:
    if CASES[case][0] != "serbian":
        return
    family = _flat(_pdf("family", case))
    office = _flat(_pdf("office", case))
    for internal in (INTERNAL_NOTE, VERSION_NOTE, NEED_TEXT, DROP_REASON, "ABH-Sachbearbeiterin"):
        assert internal not in family
        assert internal in office
    for rating in ("Bewertung", "hoch", "mittel", "Ressourcen und Bedarfe"):
        assert rating not in family
    assert "hoch" in office
    assert "Ressourcen und Bedarfe" in office
    # The dropped activity is not among the next steps.
    assert "Elternarbeit in Schule fördern und ausbauen" not in family


def test_signature_lines_for_adults_and_the_case_manager() -> None:
    serbian = _text(_pdf("family", "de"))
    # Željko, Ђурђица and Đorđe (19) are adults; Šejla (14) and Žarko (3) are not.
    assert serbian.count("Unterschrift Familienmitglied") == 3
    assert serbian.count("Unterschrift Fallmanager/in") == 1
    assert serbian.count("Ort, Datum") == 4
    bilingual = _flat(_pdf("family", "de+sr-Cyrl"))
    assert bilingual.count("Потпис члана породице") == 3
    assert bilingual.count("Место, Датум") == 4
    macedonian = _flat(_pdf("family", "de+mk"))
    assert macedonian.count("Unterschrift Familienmitglied") == 1
    assert "Потпис на член на семејството" in macedonian
    assert CASE_MANAGER in macedonian


def test_diacritics_and_cyrillic_come_back_intact() -> None:
    text = _text(_pdf("family", "de+sr-Cyrl")) + _text(_pdf("family", "de+mk"))
    text += _text(_pdf("family", "de+sq"))
    for letter in "čćđšžëçђћџќѓљњѕ":
        assert letter in text, letter
    for name in ("Đorđević", "Ђорђевић", "Ѓурѓа", "Хаџи-Џамбазовска", "Његослава Ѕвезда"):
        assert name in text


def test_office_version_has_the_whole_plan() -> None:
    text = _flat(_pdf("office", "de+sr-Cyrl"))
    for expected in (
        "Hilfeplan – Büroexemplar",
        "Fortschreibung",
        "vereinbart",
        "08.10.2026",
        "Gesamtschule Am Lindenplatz",  # participating actor
        "Dolmetscherin Frau Ilić-Božić",
        "1. Rahmenziel: Erfolgreicher Schulbesuch",
        "Ergebnisziel:",
        "Aktivität",
        "Grund für Entfallen:",
        "Überprüfungen",
        "Schulbescheinigung liegt vor",
        "Versionen",
        "Erstplan",
        "abgelöst",
        "liegt vor",
    ):
        assert expected in text, expected
    # Translations that still need a professional check, for the family's language.
    assert "Übersetzungen prüfen: Serbisch (kyrillisch)" in text
    assert "keine Übersetzung" in text
    assert "Übersetzung ungeprüft" in text
    gaps = OfficeHelpPlanPdf(_snapshot("serbian"), _options("sr-Cyrl", "side_by_side"))
    flagged = {german for _kind, german, _state in gaps.translation_gaps()}
    assert "Nachweis über regelmäßigen Schulbesuch" not in flagged  # checked translation
    assert "Nachweis der Lebensunterhaltssicherung" in flagged


def test_german_only_office_version_lists_gaps_of_the_plans_family_language() -> None:
    text = _flat(_pdf("office", "de"))
    assert "Übersetzungen prüfen: Serbisch (kyrillisch)" in text


def test_metadata_title_names_no_person() -> None:
    out = subprocess.run(
        ["pdfinfo", "-"], input=_pdf("family", "de+sr-Cyrl"), capture_output=True, check=True
    )
    info = out.stdout.decode()
    title = re.search(r"^Title:\s+(.*)$", info, re.MULTILINE)
    assert title
    assert title.group(1).startswith("Hilfeplan")
    assert "Version / Верзија 2" in title.group(1)
    for name in ("Đorđević", "Ђорђевић", "Željko", CASE_MANAGER):
        assert name not in info


def test_empty_letterhead_and_hostile_text() -> None:
    pdf = FamilyHelpPlanPdf(
        _snapshot("macedonian"),
        PrintOptions(case_manager_name="A <b>&amp\x07 B", printed_on=PRINTED_ON),
    ).render()
    text = _flat(pdf)
    assert "A <b>&amp B" in text
    assert "Seite 1 von" in text


def test_text_normalisation() -> None:
    decomposed = "Đorđevic\u0301 \x00\x1b Zeile\r\nzwei  <x> & y"
    assert normalise(decomposed) == "Đorđević Zeile\nzwei <x> & y"
    assert markup(decomposed) == "Đorđević Zeile<br/>zwei &lt;x&gt; &amp; y"


def test_rendered_pages_can_be_inspected(tmp_path: Path) -> None:
    """Renders family and office pages to PNG (as used when checking the layout)."""
    pdf = tmp_path / "family.pdf"
    pdf.write_bytes(_pdf("family", "de+sr-Cyrl"))
    subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))
