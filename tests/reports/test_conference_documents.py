"""The case conference's printouts: agendas through the consent gate, minutes, the family's
results sheet, the disclosure log, and their fixed texts."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import subprocess
import sys
import uuid
from functools import cache
from importlib import resources
from pathlib import Path

import pytest
from pypdf import PdfReader

from fallmanager.domain.case_conference import ConferenceStatus
from fallmanager.domain.consent import ConsentForm, ConsentPurpose, ConsentStatus, DataCategory
from fallmanager.reports.conference import (
    AgendaPdf,
    MinutesPdf,
    agenda_pdf,
    minutes_pdf,
    results_sheet_pdf,
)
from fallmanager.reports.conference.texts import ConferenceTexts
from fallmanager.reports.disclosure_log import disclosure_log_pdf
from fallmanager.reports.help_plan.common import Layout
from fallmanager.reports.help_plan.texts import FixedTexts, fixed_text_table
from tests.reports import conference_samples as samples

ROOT = Path(__file__).resolve().parents[2]
TITLES = (
    samples.TITLE_SCHOOL,
    samples.TITLE_TRAINING,
    samples.TITLE_PASSPORT,
    samples.TITLE_DATES,
    samples.TITLE_HEALTH,
)
#: What each participant may see (see the table in conference_samples).
ALLOWED: dict[uuid.UUID, tuple[str, ...]] = {
    samples.SCHOOL: (samples.TITLE_SCHOOL, samples.TITLE_DATES),
    samples.JOBCENTER: (samples.TITLE_TRAINING, samples.TITLE_DATES),
    samples.ABH: (samples.TITLE_TRAINING, samples.TITLE_PASSPORT, samples.TITLE_DATES),
}
#: Members a participant must never read about, and data categories it never sees named.
HIDDEN: dict[uuid.UUID, tuple[str, ...]] = {
    samples.SCHOOL: ("Arbën", "Vjosa", "Dardan", "Gesundheit", "Aufenthalt"),
    samples.JOBCENTER: ("Elira", "Arbën", "Vjosa", "Schule und Ausbildung", "Gesundheit"),
    samples.ABH: ("Elira", "Schule und Ausbildung", "Gesundheit"),
}
PARTICIPANTS = list(ALLOWED)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(pdf: bytes) -> str:
    """The text with lines joined, so wrapped sentences can be found."""
    return re.sub(r"\s+", " ", _text(pdf))


def _title(pdf: bytes) -> str:
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    return str(metadata.title)


@cache
def _agenda(
    recipient: uuid.UUID | None, language: str = "", layout: Layout = "side_by_side"
) -> bytes:
    return agenda_pdf(samples.conference(), recipient, samples.options(language, layout))


@cache
def _anonymised_agenda(recipient: uuid.UUID | None, language: str = "") -> bytes:
    return agenda_pdf(samples.anonymised_conference(), recipient, samples.options(language))


@cache
def _minutes(recipient: uuid.UUID | None) -> bytes:
    return minutes_pdf(samples.conference(), recipient, samples.options())


@cache
def _results(language: str, layout: Layout = "side_by_side") -> bytes:
    return results_sheet_pdf(samples.conference(), samples.options(language, layout))


# -- agendas ---------------------------------------------------------------------------


@pytest.mark.parametrize("actor", PARTICIPANTS)
def test_each_agenda_holds_exactly_the_permitted_topics(actor: uuid.UUID) -> None:
    text = _flat(_agenda(actor))
    shown = tuple(title for title in TITLES if title in text)
    assert shown == ALLOWED[actor]
    # Numbered 1, 2, 3 without gaps: nothing shows that topics were left out.
    pattern = r"(\d+)\. (" + "|".join(re.escape(t) for t in TITLES) + ")"
    numbers = [int(n) for n, _title in re.findall(pattern, text)]
    assert numbers == list(range(1, len(ALLOWED[actor]) + 1))


@pytest.mark.parametrize("actor", PARTICIPANTS)
def test_an_agenda_shows_nothing_of_a_withheld_topic(actor: uuid.UUID) -> None:
    text = _flat(_agenda(actor))
    for hidden in HIDDEN[actor]:
        assert hidden not in text, hidden
    for word in ("nicht freigegeben", "Einwilligung", "ausgelassen", "Besprochen mit"):
        assert word not in text
    assert samples.CASE_NUMBER not in text
    assert samples.INTERNAL_NOTE not in text
    # The family appears as "Familie", never by its members' names.
    assert "Familie" in text
    assert "Exemplar für:" in text


def test_agenda_header_of_a_participant() -> None:
    text = _flat(_agenda(samples.JOBCENTER))
    for expected in (
        "Tagesordnung",
        "Exemplar für: Jobcenter Musterstadt",
        "Freitag, 12.03.2027",
        "10:00–11:30 Uhr",
        "Rathaus Musterstadt, Raum 204",
        "https://video.musterstadt.de/fk-7q3k",
        samples.CASE_LABEL,
        "Eingeladen von Gesamtschule Am Lindenplatz",
        "Fallmanagement (Mirjana Kovačević), Gesamtschule Am Lindenplatz, Jobcenter "
        "Musterstadt, Ausländerbehörde Musterstadt, Familie",
        "Federführung: Jobcenter Musterstadt",
        "Betrifft: Dardan Krasniqi",
        "Daten: Arbeit und Leistungen, Aufenthalt",
        "Betrifft: die ganze Familie",
        "Daten: keine persönlichen Daten",
        "Seite 1 von 1",
        "Stand: 01.03.2027",
        "Stadt Musterstadt – Sozialamt",
    ):
        assert expected in text, expected
    assert _title(_agenda(samples.JOBCENTER)) == "Tagesordnung – Fallkonferenz FK-7Q3K"


def test_agenda_for_someone_not_taking_part_is_refused() -> None:
    with pytest.raises(ValueError, match="does not take part"):
        agenda_pdf(samples.conference(), uuid.uuid4(), samples.options())


@pytest.mark.parametrize("layout", ["side_by_side", "alternating"])
def test_family_agenda_is_bilingual_with_every_topic(layout: Layout) -> None:
    text = _flat(_agenda(None, "sq", layout))
    for title in TITLES:
        assert title in text
    for german, albanian in [
        ("Tagesordnung", "Rendi i ditës"),
        ("Exemplar für die Familie", "Kopje për familjen"),
        ("Federführung:", "Drejton:"),
        ("Besprochen mit:", "Diskutohet me:"),
        ("Schule und Ausbildung", "Shkolla dhe arsimimi profesional"),
        ("Freitag, 12.03.2027", "e premte, 12.03.2027"),
        ("Diese Übersetzung dient nur zur Information.", "Ky përkthim shërben vetëm"),
        ("Wenn Sie etwas nicht verstehen", "Nëse nuk kuptoni diçka"),
    ]:
        assert german in text, german
        assert albanian in text, albanian
    for name in ("Elira Krasniqi", "Dardan Krasniqi", "Arbën Krasniqi", "Vjosa Krasniqi"):
        assert name in text
    assert re.search(r"Seite 1 von \d / Faqja 1 nga \d", text)
    assert samples.CASE_NUMBER not in text


def test_family_agenda_says_with_whom_each_topic_is_discussed() -> None:
    document = AgendaPdf(samples.conference(), None, samples.options("sq"))
    topics = {t.title: t for t in samples.conference().topics}
    side = document.german
    manager = "Fallmanagement (Mirjana Kovačević)"
    assert document._discussed_with(topics[samples.TITLE_HEALTH], side) == manager
    assert (
        document._discussed_with(topics[samples.TITLE_PASSPORT], side)
        == f"{manager}, Ausländerbehörde Musterstadt"
    )
    assert document._discussed_with(topics[samples.TITLE_DATES], side) == (
        f"{manager}, Gesamtschule Am Lindenplatz, Jobcenter Musterstadt, "
        "Ausländerbehörde Musterstadt"
    )


def test_german_only_family_agenda() -> None:
    text = _flat(_agenda(None))
    assert "Exemplar für die Familie" in text
    assert "Rendi i ditës" not in text
    assert "Diese Übersetzung dient nur zur Information." not in text
    assert all(title in text for title in TITLES)


@pytest.mark.parametrize("recipient", [samples.SCHOOL, samples.JOBCENTER, None])
def test_anonymised_agenda_names_nobody(recipient: uuid.UUID | None) -> None:
    language = "en" if recipient is None else ""
    pdf = _anonymised_agenda(recipient, language)
    text = _flat(pdf)
    for name in (*samples.FIRST_NAMES, "Krasniqi"):
        assert name not in text
        assert name not in _title(pdf)
    assert samples.CASE_NUMBER not in text
    assert samples.ANONYMISED_LABEL in text
    # Persons by role relative to the index person (Elira).
    assert "Betrifft: Indexperson" in text
    assert "Geschwister 1, Vater" in text
    if recipient is None:
        assert "Sibling 1, Father" in text
        assert "Index person" in text
    assert "Schulische Situation der Indexperson" in text
    assert "Berufliche Perspektive in der Familie" in text


def test_cancelled_conference_says_so() -> None:
    snapshot = samples.conference()
    conference = dataclasses.replace(snapshot.conference, status=ConferenceStatus.CANCELLED)
    cancelled = dataclasses.replace(snapshot, conference=conference)
    text = _flat(agenda_pdf(cancelled, None, samples.options("sq")))
    assert "Diese Fallkonferenz wurde abgesagt." in text
    assert "Kjo konferencë e rastit është anuluar." in text
    assert "abgesagt" not in _flat(_agenda(None, "sq"))


# -- minutes ---------------------------------------------------------------------------


def test_file_copy_of_the_minutes_holds_everything() -> None:
    pdf = _minutes(None)
    text = _flat(pdf)
    for title in TITLES:
        assert title in text
    for expected in (
        "Protokoll der Fallkonferenz",
        "Aktenexemplar",
        "Aktenzeichen 2027-0815",
        "Status durchgeführt",
        "Teilnehmende (Familie) Vjosa Krasniqi",
        f"Ergebnis: {samples.RESULT_SCHOOL}",
        f"Ergebnis: {samples.RESULT_PASSPORT}",
        "Ergebnis: Kein Ergebnis festgehalten.",
        samples.STEP_CERTIFICATE,
        samples.STEP_PASSPORT,
        samples.STEP_DOCTOR,
        "übernommen",  # the certificate step became a help-plan activity
        "01.04.2027",
        f"Interne Notizen: {samples.INTERNAL_NOTE}",
        "Nicht freigegebene Tagesordnungspunkte",
    ):
        assert expected in text, expected
    assert _title(pdf) == "Protokoll – Fallkonferenz FK-7Q3K (Aktenexemplar)"


def test_file_copy_lists_per_participant_what_was_withheld_and_why() -> None:
    document = MinutesPdf(samples.conference(), None, samples.options())
    text = _flat(_minutes(None))
    internal = text.split("Nicht freigegebene Tagesordnungspunkte", 1)[1]
    school, rest = internal.split("Jobcenter Musterstadt", 1)
    jobcenter, abh = rest.split("Ausländerbehörde Musterstadt", 1)
    assert "Gesamtschule Am Lindenplatz" in school
    for title in (samples.TITLE_TRAINING, samples.TITLE_PASSPORT, samples.TITLE_HEALTH):
        assert title in school
    assert samples.TITLE_SCHOOL not in school
    assert samples.TITLE_SCHOOL in jobcenter
    assert samples.TITLE_TRAINING not in jobcenter
    assert samples.TITLE_SCHOOL in abh
    assert samples.TITLE_PASSPORT not in abh
    assert "Elira Krasniqi, Schule und Ausbildung: diese Stelle nicht umfasst" in jobcenter
    problems = document.snapshot.gate.problems(samples.SCHOOL)
    health = [p for p in problems if p.category is DataCategory.HEALTH]
    assert document._problem_text(health[0]) in school


def test_actor_copy_of_the_minutes_holds_only_its_topics_and_steps() -> None:
    pdf = _minutes(samples.JOBCENTER)
    text = _flat(pdf)
    shown = tuple(title for title in TITLES if title in text)
    assert shown == ALLOWED[samples.JOBCENTER]
    assert "1. Ausbildungsplatz und Arbeitserlaubnis" in text
    assert "Antrag auf Beschäftigungserlaubnis stellen" in text
    assert "Jobcenter Musterstadt, Familie" in text
    for hidden in (
        samples.STEP_CERTIFICATE,
        samples.STEP_PASSPORT,
        samples.STEP_DOCTOR,
        samples.RESULT_SCHOOL,
        samples.RESULT_PASSPORT,
        samples.INTERNAL_NOTE,
        samples.CASE_NUMBER,
        "Intern",
        "Nicht freigegeben",
        "übernommen",
        *HIDDEN[samples.JOBCENTER],
    ):
        assert hidden not in text, hidden
    assert _title(pdf) == "Protokoll – Fallkonferenz FK-7Q3K"


def test_actor_copy_leaves_out_a_step_about_persons_it_may_not_hear_about() -> None:
    """The school may hear about Elira's schooling, not about her parents: the step naming
    the parents is not in its copy although the topic is."""
    text = _flat(_minutes(samples.SCHOOL))
    assert samples.STEP_CERTIFICATE in text
    assert "Elterngespräch in der Schule" not in text
    assert "Arbën" not in text
    assert "Elterngespräch in der Schule" in _flat(_minutes(None))


def test_anonymised_minutes_name_nobody() -> None:
    for recipient in (None, samples.SCHOOL):
        text = _flat(minutes_pdf(samples.anonymised_conference(), recipient, samples.options()))
        for name in (*samples.FIRST_NAMES, "Krasniqi"):
            assert name not in text
        assert samples.CASE_NUMBER not in text
        assert "Termin bei der Berufsberatung vermitteln" in text
        assert "Geschwister 1" in text


# -- results sheet ---------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["side_by_side", "alternating"])
def test_results_sheet_in_german_and_albanian(layout: Layout) -> None:
    pdf = _results("sq", layout)
    text = _flat(pdf)
    for german, albanian in [
        ("Ergebnisse der Fallkonferenz", "Rezultatet e konferencës së rastit"),
        ("Was wurde vereinbart?", "Çfarë u vendos?"),
        ("Wer hilft?", "Kush ndihmon?"),
        ("Bis wann?", "Deri kur?"),
        ("Ihre Familie", "Familja juaj"),
        ("Am Freitag, 12.03.2027 fand eine Fallkonferenz", "Më e premte, 12.03.2027 u zhvillua"),
    ]:
        assert german in text, german
        assert albanian in text, albanian
    # The case manager's own translations where there are some ...
    assert samples.RESULT_SCHOOL in text
    assert samples.RESULT_SCHOOL_SQ in text
    assert samples.STEP_CERTIFICATE_SQ in text
    # ... else the German text, marked as not yet translated.
    assert f"{samples.RESULT_PASSPORT} (ende e papërkthyer)" in text
    assert f"{samples.STEP_PASSPORT} (ende e papërkthyer)" in text
    assert f"{samples.STEP_CERTIFICATE} (ende e papërkthyer)" not in text
    assert "Ihre Ansprechperson im Fallmanagement: Mirjana Kovačević" in text
    for internal in (samples.INTERNAL_NOTE, samples.CASE_NUMBER, "Unterschrift", "Nënshkrim"):
        assert internal not in text
    assert "Jobcenter Musterstadt, Ihre Familie" in text
    assert "15.04.2027" in text
    assert _title(pdf) == "Ergebnisse der Fallkonferenz – FK-7Q3K"


def test_results_sheet_in_german_only_has_no_translation_marks() -> None:
    text = _flat(_results(""))
    assert "(noch nicht übersetzt)" not in text
    assert "ende e papërkthyer" not in text
    assert samples.RESULT_PASSPORT in text
    assert "Diese Übersetzung dient nur zur Information." not in text


def test_results_sheet_in_cyrillic_and_large_print() -> None:
    pdf = _results("sr-Cyrl")
    text = _flat(pdf)
    assert "Резултати конференције о случају" in text
    assert "(још није преведено)" in text
    assert "Ко помаже?" in text
    sizes = _font_sizes(pdf)
    assert max(sizes) >= 20  # the title of a large-print document
    assert min(s for s in sizes if s > 9) >= 11  # body text at 12.5 pt, no small print


def _font_sizes(pdf: bytes) -> list[float]:
    """Font sizes used on the first page (from the ``Tf`` operators of its content)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    content = page.get_contents()
    assert content is not None
    data = content.get_data().decode("latin-1")
    return [float(size) for size in re.findall(r"/F\d+\+?\d* ([\d.]+) Tf", data)]


def test_results_sheet_names_nobody_for_an_anonymised_discussion() -> None:
    text = _flat(results_sheet_pdf(samples.anonymised_conference(), samples.options("sq")))
    for name in (*samples.FIRST_NAMES, "Krasniqi"):
        assert name not in text
    assert "Geschwister 1" in text


# -- disclosure log --------------------------------------------------------------------


def test_disclosure_log_lists_every_disclosure_newest_last() -> None:
    pdf = disclosure_log_pdf(samples.krasniqi_family(), samples.options())
    text = _flat(pdf)
    order = [
        "25.01.2027 14:00 Uhr",
        "02.03.2027 09:15 Uhr",
        "02.03.2027 09:20 Uhr",
        "12.03.2027 16:40 Uhr",
        "20.06.2027 11:05 Uhr",
    ]
    positions = [text.index(stamp) for stamp in order]
    assert positions == sorted(positions)
    for expected in (
        "Offenlegungsprotokoll",
        "Aktenzeichen 2027-0815",
        "Zeitraum 25.01.2027 – 20.06.2027",
        "Einträge 5",
        "Einwilligungserklärung Schule",
        "Tagesordnung 12.03.2027",
        "Ergebnisblatt",
        "Jobcenter Musterstadt",
        "Ausländerbehörde Musterstadt",
        "Familie",
        "Arbeit und Leistungen, Aufenthalt",
        "Einwilligung vom 01.02.2027",
        "Einwilligung vom 10.02.2027",
        "Sprache: Deutsch und Shqip",
        "Fallbesprechung ohne Namen",
        "gedruckt",
        "als Datei",
        "Dardan Krasniqi",
        "Elira Krasniqi",
    ):
        assert expected in text, expected
    rows = text.split("20.06.2027 11:05 Uhr", 1)[1]
    assert " ja " in f" {rows} "
    assert text.count(" nein ") == 4
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert box.width > box.height  # landscape
    assert "Krasniqi" not in _title(pdf)
    assert "Rendi" not in text  # German only


def test_empty_disclosure_log() -> None:
    family = samples.krasniqi_family()
    empty = type(family)(**{**_fields(family), "disclosures": ()})
    text = _flat(disclosure_log_pdf(empty, samples.options()))
    assert "Bisher wurde kein Dokument weitergegeben." in text
    assert "Einträge 0" in text


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


# -- all documents ---------------------------------------------------------------------


def _every_document() -> dict[str, bytes]:
    return {
        "agenda-actor": _agenda(samples.ABH),
        "agenda-family": _agenda(None, "sq"),
        "agenda-family-mk": _agenda(None, "mk", "alternating"),
        "agenda-anonymised": _anonymised_agenda(samples.SCHOOL),
        "minutes-file": _minutes(None),
        "minutes-actor": _minutes(samples.SCHOOL),
        "results": _results("sq"),
        "log": disclosure_log_pdf(samples.krasniqi_family(), samples.options()),
    }


@pytest.mark.parametrize("name", list(_every_document()))
def test_fonts_embedded_footer_and_no_name_in_the_title(name: str) -> None:
    pdf = _every_document()[name]
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True)
    rows = out.stdout.decode().splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row), row
        assert "DejaVuSans" in row
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    text = _flat(pdf)
    for page in range(1, pages + 1):
        assert f"Seite {page} von {pages}" in text
    title = _title(pdf)
    assert title
    for name_part in (*samples.FIRST_NAMES, "Krasniqi", samples.CASE_MANAGER):
        assert name_part not in title


def test_macedonian_family_agenda_in_cyrillic() -> None:
    text = _flat(_agenda(None, "mk", "alternating"))
    assert "Дневен ред" in text
    assert "Се однесува на:" in text
    assert "петок, 12.03.2027" in text
    assert "Страница 1 од" in text


# -- fixed texts -----------------------------------------------------------------------

_CYRILLIC = dict(
    zip(
        "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ",
        "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ",
        strict=True,
    )
)
_DIGRAPHS = {"lj": "љ", "Lj": "Љ", "LJ": "Љ", "nj": "њ", "Nj": "Њ", "NJ": "Њ", "dž": "џ", "Dž": "Џ"}


def _transliterate(latin: str) -> str:
    """Serbian Latin to Cyrillic letter by letter; placeholders stay as they are."""
    out = []
    for part in re.split(r"(\{[a-z_]+\})", latin):
        if part.startswith("{"):
            out.append(part)
            continue
        i = 0
        while i < len(part):
            if part[i : i + 2] in _DIGRAPHS:
                out.append(_DIGRAPHS[part[i : i + 2]])
                i += 2
            else:
                out.append(_CYRILLIC.get(part[i], part[i]))
                i += 1
    return "".join(out)


def _raw() -> dict[str, object]:
    text = (
        resources.files("fallmanager")
        .joinpath("resources/conference/fixed_texts.json")
        .read_text(encoding="utf-8")
    )
    raw: dict[str, object] = json.loads(text)
    return raw


def test_fixed_texts_have_every_language_and_review_marks() -> None:
    raw = _raw()
    help_plan = json.loads(
        resources.files("fallmanager")
        .joinpath("resources/help_plan/fixed_texts.json")
        .read_text(encoding="utf-8")
    )
    assert raw["languages"] == help_plan["languages"]
    languages = raw["languages"]
    texts = raw["texts"]
    review = raw["review"]
    assert isinstance(texts, dict)
    assert isinstance(review, dict)
    assert isinstance(languages, list)
    keys = set()
    for group, entries in texts.items():
        for key, entry in entries.items():
            keys.add(f"{group}.{key}")
            assert list(entry) == languages, (group, key)
            placeholders = set(re.findall(r"\{[a-z_]+\}", entry["de"]))
            for language, value in entry.items():
                assert value.strip(), (group, key, language)
                assert set(re.findall(r"\{[a-z_]+\}", value)) == placeholders, (group, key)
            assert entry["sr-Cyrl"] == _transliterate(entry["sr-Latn"]), (group, key)
            assert not re.search(r"[a-zčćđšž]", re.sub(r"\{[a-z_]+\}", "", entry["sr-Cyrl"]))
            assert sorted(review[f"{group}.{key}"]) == sorted(
                ["sq", "sr-Latn", "sr-Cyrl", "bs", "mk"]
            )
    assert set(review) == keys
    assert fixed_text_table("conference") is fixed_text_table("conference")  # read once


@pytest.mark.parametrize("language", ["de", "en", "sq", "sr-Latn", "sr-Cyrl", "bs", "mk"])
def test_every_code_has_a_label_in_every_language(language: str) -> None:
    texts = ConferenceTexts(language)
    entries = fixed_text_table("conference")
    labels = [
        *(texts.category(c) for c in DataCategory),
        *(texts.category_help(c) for c in DataCategory),
        *(texts.purpose(p) for p in ConsentPurpose),
        *(texts.purpose_help(p) for p in ConsentPurpose),
        *(texts.consent_form(f) for f in ConsentForm),
        *(texts.consent_status(s) for s in ConsentStatus),
        *(texts.conference_status(s) for s in ConferenceStatus),
    ]
    assert all(labels)
    for group, codes in (
        ("categories", DataCategory),
        ("category_help", DataCategory),
        ("purposes", ConsentPurpose),
        ("purpose_help", ConsentPurpose),
        ("consent_form", ConsentForm),
        ("consent_status", ConsentStatus),
        ("conference_status", ConferenceStatus),
    ):
        assert set(entries[group]) == {c.value for c in codes}, group
        for code in codes:
            assert entries[group][code.value][language], (group, code, language)


def test_help_plan_texts_still_come_from_their_own_file() -> None:
    assert FixedTexts("sq").get("titles", "help_plan") == "Plani i ndihmës"
    assert FixedTexts("mk", "help_plan").get("sections", "who_helps") == "Кој помага?"
    assert ConferenceTexts("sq").get("titles", "agenda") == "Rendi i ditës"
    assert ConferenceTexts("xx").get("titles", "agenda") == "Tagesordnung"  # German fallback


@pytest.mark.parametrize(
    ("language", "months", "expected"),
    [
        ("de", 1, "Die Einwilligung gilt 1 Monat ab dem Tag der Unterschrift."),
        ("de", 12, "Die Einwilligung gilt 12 Monate ab dem Tag der Unterschrift."),
        ("sr-Latn", 1, "Saglasnost važi 1 mesec od dana potpisivanja."),
        ("sr-Latn", 3, "Saglasnost važi 3 meseca od dana potpisivanja."),
        ("sr-Latn", 12, "Saglasnost važi 12 meseci od dana potpisivanja."),
        ("sr-Latn", 24, "Saglasnost važi 24 meseca od dana potpisivanja."),
        ("bs", 21, "Saglasnost vrijedi 21 mjesec od dana potpisivanja."),
        ("sr-Cyrl", 6, "Сагласност важи 6 месеци од дана потписивања."),
        ("sq", 1, "Pëlqimi vlen 1 muaj nga dita e nënshkrimit."),
    ],
)
def test_months_take_the_plural_the_language_needs(
    language: str, months: int, expected: str
) -> None:
    assert ConferenceTexts(language).valid_for_months(months) == expected


# -- pictures for the documentation ------------------------------------------------------


def test_screenshot_script_renders_the_three_pages(tmp_path: Path) -> None:
    script = ROOT / "docs" / "screenshots" / "render_pdfs.py"
    subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True
    )
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == [
        "30-tagesordnung.png",
        "31-einwilligung-de-sq.png",
        "32-ergebnisblatt-familie.png",
    ]
    for png in tmp_path.glob("*.png"):
        assert png.read_bytes().startswith(b"\x89PNG")
