"""The consent form (Einwilligungserklärung und Entbindung von der Schweigepflicht)."""

from __future__ import annotations

import dataclasses
import io
import re
import uuid
from datetime import date

import pytest
from pypdf import PdfReader

from fallmanager.domain.consent import Consent, ConsentPurpose, ConsentStatus, DataCategory
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.people import Person
from fallmanager.reports.consent_form import consent_form_pdf, partial_date_text, signers
from tests.reports import conference_samples as samples


def _flat(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))


def _title(pdf: bytes) -> str:
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None
    return str(metadata.title)


def _form(consent_id: uuid.UUID, language: str = "", **kwargs: object) -> bytes:
    family = samples.krasniqi_family()
    consent = next(c for c in family.consents if c.id == consent_id)
    return consent_form_pdf(family, consent, samples.options(language), **kwargs)  # type: ignore[arg-type]


def test_prepared_consent_for_a_minor_in_german_and_albanian() -> None:
    pdf = _form(samples.CONSENT_HEALTH)  # the consent's own language is Albanian
    text = _flat(pdf)
    for german, albanian in [
        ("Einwilligungserklärung und Entbindung von der Schweigepflicht", "Deklaratë pëlqimi"),
        ("Wessen Daten?", "Të dhënat e kujt?"),
        ("An wen dürfen die Daten gehen?", "Kujt mund t'i jepen të dhënat?"),
        ("Welche Daten?", "Cilat të dhëna?"),
        ("Wofür?", "Për çfarë qëllimi?"),
        ("Ihre Rechte", "Të drejtat tuaja"),
        ("Gesundheit:", "Shëndeti:"),
        ("Schule und Ausbildung:", "Shkolla dhe arsimimi profesional:"),
        ("Die Einwilligung ist freiwillig.", "Pëlqimi është vullnetar."),
        ("Unterschriften", "Nënshkrimet"),
    ]:
        assert german in text, german
        assert albanian in text, albanian
    for expected in (
        # whose data, to whom
        "Elira Krasniqi",
        "07.01.2012",
        "Gesamtschule Am Lindenplatz",
        "Schulsozialarbeit",
        "Lindenplatz 3",
        "Jobcenter Musterstadt",
        "Team U25",
        "Bahnhofstraße 17",
        "12345 Musterstadt",
        # what each category covers, the purposes
        "Gesundheitszustand, Behinderung, Behandlungen",
        "Fallkonferenz: Die beteiligten Stellen besprechen gemeinsam",
        "Vermittlung an eine Stelle oder ein Angebot:",
        # validity while only prepared
        "Die Einwilligung gilt 12 Monate ab dem Tag der Unterschrift.",
        "Pëlqimi vlen 12 muaj nga dita e nënshkrimit.",
        # rights and legal basis
        "Dadurch entstehen Ihnen keine Nachteile – insbesondere nicht bei Ihren Leistungen.",
        "jederzeit mit Wirkung für die Zukunft widerrufen",
        "schriftlich oder mündlich beim Fallmanagement",
        "Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO; § 67b SGB X",
        "Diese Übersetzung dient nur zur Information.",
    ):
        assert expected in text, expected
    assert "Familiäre Situation" not in text  # not in this consent's scope
    assert "Ausländerbehörde Musterstadt" not in text


def test_both_custody_holders_of_a_minor_sign() -> None:
    text = _flat(_form(samples.CONSENT_HEALTH))
    custody = "Personensorgeberechtigte/r für Elira Krasniqi"
    assert text.count(custody) == 2
    assert "Mbajtës/e i/e përgjegjësisë prindërore për Elira Krasniqi" in text
    father = text.index("Arbën Krasniqi")
    mother = text.index("Vjosa Krasniqi")
    assert text.index(custody, father) > father
    assert text.index(custody, mother) > mother
    assert "Fallmanager/in / Menaxher/e i/e rastit Mirjana Kovačević" in text
    assert text.count("Ort, Datum / Vendi, data") == 3  # two parents, the case manager
    assert "Sprachmittler/in" not in text  # no interpreter


def test_who_signs_follows_the_gate() -> None:
    family = samples.krasniqi_family()
    health = next(c for c in family.consents if c.id == samples.CONSENT_HEALTH)
    found = signers(family, health, date(2027, 3, 1))
    assert {s.person_id for s in found} == {samples.FATHER, samples.MOTHER}
    assert all(s.children == [samples.DAUGHTER] and not s.for_self for s in found)
    # A consent about parents and daughter together, given by the parents only.
    both = dataclasses.replace(
        health, subject_ids=(samples.FATHER, samples.DAUGHTER), given_by_ids=(samples.MOTHER,)
    )
    found = {s.person_id: s for s in signers(family, both, date(2027, 3, 1))}
    assert list(found) == [samples.MOTHER, samples.FATHER]  # the recorded giver first
    assert found[samples.FATHER].for_self
    assert found[samples.FATHER].children == [samples.DAUGHTER]
    assert not found[samples.MOTHER].for_self
    assert found[samples.MOTHER].children == [samples.DAUGHTER]
    # Once the daughter is of age, she signs for herself.
    grown_up = signers(family, health, date(2030, 1, 7))
    assert [(s.person_id, s.for_self, s.children) for s in grown_up] == [
        (samples.DAUGHTER, True, [])
    ]


def test_form_language_follows_the_consent_unless_the_options_say_otherwise() -> None:
    macedonian = _flat(_form(samples.CONSENT_HEALTH, "mk"))
    assert "Изјава за согласност и ослободување од обврската за чување тајна" in macedonian
    assert "Страница 1 од" in macedonian
    assert "Deklaratë pëlqimi" not in macedonian
    german_only = _flat(_form(samples.CONSENT_SON))  # the son's consent has no language
    assert "Einwilligungserklärung" in german_only
    assert "Diese Übersetzung dient nur zur Information." not in german_only
    assert "Deklaratë" not in german_only


def test_given_written_consent_prints_its_expiry() -> None:
    text = _flat(_form(samples.CONSENT_SON))
    for expected in (
        "Dardan Krasniqi",
        "30.05.2006",
        "Die Einwilligung gilt bis einschließlich 31.01.2028.",
        "Schriftlich erteilt am 01.02.2027.",
        "Zusammenarbeit mit der Ausländerbehörde:",
        "Arbeit und Leistungen:",
        "Aufenthalt:",
        "Dardan Krasniqi im eigenen Namen",
    ):
        assert expected in text, expected
    assert "Monate ab dem Tag der Unterschrift" not in text
    assert "Personensorgeberechtigte" not in text


def test_validity_months_are_a_keyword() -> None:
    text = _flat(_form(samples.CONSENT_HEALTH, validity_months=6))
    assert "Die Einwilligung gilt 6 Monate ab dem Tag der Unterschrift." in text
    assert "Pëlqimi vlen 6 muaj" in text
    with pytest.raises(ValueError, match="at least one month"):
        _form(samples.CONSENT_HEALTH, validity_months=0)


def test_verbal_consent_names_day_and_witness_instead_of_signature_lines() -> None:
    text = _flat(_form(samples.CONSENT_PARENTS))
    for expected in (
        "Mündlich erteilt am 10.02.2027 in Anwesenheit von Petra Sommer (Sozialamt).",
        "Dhënë me gojë më 10.02.2027 në praninë e Petra Sommer (Sozialamt).",
        "Erteilt von: Arbën Krasniqi, Vjosa Krasniqi",
        "Dokumentiert von / Dokumentuar nga Mirjana Kovačević",
        # an interpreter was there
        "Bei dieser Erklärung war eine Sprachmittlerin oder ein Sprachmittler anwesend",
        "ishte i pranishëm një përkthyes",
        # partial birth date of the mother
        "09.1983",
        "12.04.1979",
        "Die Einwilligung gilt bis einschließlich 09.02.2028.",
    ):
        assert expected in text, expected
    assert "Unterschrift / Nënshkrimi" not in text
    assert "Personensorgeberechtigte" not in text
    assert text.count("Ort, Datum") == 1  # only the case manager's line


def test_interpreter_line_on_a_written_form() -> None:
    family = samples.krasniqi_family()
    health = next(c for c in family.consents if c.id == samples.CONSENT_HEALTH)
    with_interpreter = dataclasses.replace(health, interpreter_present=True)
    text = _flat(consent_form_pdf(family, with_interpreter, samples.options()))
    assert "Sprachmittler/in / Përkthyes/e" in text
    assert text.count("Ort, Datum / Vendi, data") == 4


def test_title_and_footer_name_nobody() -> None:
    pdf = _form(samples.CONSENT_PARENTS)
    assert _title(pdf) == "Einwilligungserklärung und Entbindung von der Schweigepflicht"
    text = _flat(pdf)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    for page in range(1, pages + 1):
        assert f"Seite {page} von {pages} / Faqja {page} nga {pages}" in text
    assert "Stand / Gjendja më: 01.03.2027" in text


def test_adult_of_unknown_age_signs_for_themself() -> None:
    person = Person(id=uuid.UUID(int=0x7999), given_names="Besa", family_name="Gashi")
    consent = Consent(
        family_id=samples.FAMILY_ID,
        subject_ids=(person.id,),
        recipient_actor_ids=(samples.SCHOOL,),
        categories=(DataCategory.SCHOOL.value,),
        purposes=(ConsentPurpose.CASE_CONFERENCE.value,),
        status=ConsentStatus.PREPARED,
        prepared_on=date(2027, 2, 1),
    )
    family = samples.krasniqi_family()
    detail: FamilyFileDetail = dataclasses.replace(family, persons=(*family.persons, person))
    found = signers(detail, consent, date(2027, 3, 1))
    assert [(s.person_id, s.for_self) for s in found] == [(person.id, True)]
    text = _flat(consent_form_pdf(detail, consent, samples.options()))
    assert "Besa Gashi im eigenen Namen" in text
    assert "Geburtsdatum" in text
    assert "Besa Gashi –" in text  # no birth date known


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (PartialDate(1979, 4, 12), "12.04.1979"),
        (PartialDate(1983, 9), "09.1983"),
        (PartialDate(1950), "1950"),
        (None, "–"),
    ],
)
def test_partial_birth_dates(day: PartialDate | None, expected: str) -> None:
    assert partial_date_text(day) == expected
