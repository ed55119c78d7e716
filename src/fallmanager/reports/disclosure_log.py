"""The disclosure log (Offenlegungsprotokoll) of a family file, for a data-subject access
report (Auskunft nach Art. 15 DSGVO).

One row per document that left the application: when, what, to whom, which categories of
whose data, under which consents (with the day each was given), anonymised or not, and how
(printed or saved as a file); oldest first, newest last. German only, landscape.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fallmanager.domain.consent import DataCategory
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.reports.conference.texts import GERMAN
from fallmanager.reports.documents import PdfDocument, german_date
from fallmanager.reports.help_plan.common import PrintOptions
from fallmanager.reports.help_plan.texts import LANGUAGE_NAMES

_DOCUMENTS: dict[DocumentKind, str] = {
    DocumentKind.CONSENT_FORM: "Einwilligungserklärung",
    DocumentKind.AGENDA: "Tagesordnung",
    DocumentKind.INVITATION: "Kalendereinladung",
    DocumentKind.MINUTES: "Protokoll",
    DocumentKind.RESULTS_SHEET: "Ergebnisblatt",
    DocumentKind.HELP_PLAN_FAMILY: "Hilfeplan (Familie)",
    DocumentKind.HELP_PLAN_OFFICE: "Hilfeplan (Akte)",
    DocumentKind.GENOGRAM: "Genogramm",
    DocumentKind.DISCLOSURE_LOG: "Offenlegungsprotokoll",
}
_CHANNELS: dict[DisclosureChannel, str] = {
    DisclosureChannel.PRINT: "gedruckt",
    DisclosureChannel.FILE: "als Datei",
}
_FAMILY = "Familie"
_FILE = "eigene Akte"


class DisclosureLogPdf(PdfDocument):
    """Offenlegungsprotokoll: every disclosure of one family file."""

    page_size = landscape(A4)

    def __init__(self, detail: FamilyFileDetail, options: PrintOptions) -> None:
        self.detail = detail
        self.options = options
        super().__init__(
            letterhead=options.letterhead,
            printed_on=options.printed_on,
            version_label=f"Aktenzeichen {detail.family.case_number}",
        )

    def title(self) -> str:
        return f"Offenlegungsprotokoll – Aktenzeichen {self.detail.family.case_number}"

    def disclosures(self) -> list[Disclosure]:
        """The family's disclosures, oldest first (newest last)."""
        own = [d for d in self.detail.disclosures if d.family_id == self.detail.family.id]
        return sorted(own, key=lambda d: (d.disclosed_at, str(d.id)))

    def story(self) -> list[Flowable]:
        disclosures = self.disclosures()
        story: list[Flowable] = [
            self.para("Offenlegungsprotokoll", "title"),
            self.para(
                "Welche Dokumente mit Daten dieser Familie weitergegeben wurden – an wen, wann "
                "und auf welcher Grundlage.",
                "subtitle",
            ),
        ]
        pairs = [
            ("Aktenzeichen", self.detail.family.case_number),
            ("Zeitraum", self._period(disclosures)),
            ("Einträge", str(len(disclosures))),
            ("Erstellt von", self.options.case_manager_name),
        ]
        story += [self.key_values(pairs, label_width=0.16), Spacer(1, 3 * mm)]
        if not disclosures:
            story.append(self.para("Bisher wurde kein Dokument weitergegeben.", "body"))
            return story
        rows = [self._row(d) for d in disclosures]
        story.append(
            self.grid(
                [
                    "Datum, Uhrzeit",
                    "Dokument",
                    "Empfänger",
                    "Datenkategorien",
                    "Wessen Daten",
                    "Einwilligungen (erteilt am)",
                    "Anonym",
                    "Weg",
                ],
                rows,
                (0.09, 0.2, 0.13, 0.14, 0.14, 0.14, 0.07, 0.09),
            )
        )
        story.append(Spacer(1, 3 * mm))
        story.append(
            self.para(
                "Dokumente an die Familie selbst und in die eigene Akte brauchen keine "
                "Einwilligung; anonymisierte Dokumente enthalten keine Namen.",
                "small",
            )
        )
        return story

    @staticmethod
    def _period(disclosures: Sequence[Disclosure]) -> str:
        if not disclosures:
            return "–"
        first, last = disclosures[0].disclosed_at.date(), disclosures[-1].disclosed_at.date()
        if first == last:
            return german_date(first)
        return f"{german_date(first)} – {german_date(last)}"

    def _row(self, d: Disclosure) -> list[str | Flowable | list[Flowable]]:
        document: list[Flowable] = [
            self.para(_DOCUMENTS[d.document], "cell_bold"),
            self.para(d.title, "cell"),
        ]
        language = self._language(d.language)
        if language:
            document.append(self.para(f"Sprache: {language}", "cell_translation"))
        if d.note:
            document.append(self.para(d.note, "cell_translation"))
        return [
            f"{german_date(d.disclosed_at.date())}\n{d.disclosed_at:%H:%M} Uhr",
            document,
            self._recipient(d),
            ", ".join(GERMAN.category(DataCategory(c)) for c in d.categories) or "–",
            self._persons(d.person_ids),
            self._consents(d.consent_ids),
            "ja" if d.anonymised else "nein",
            _CHANNELS[d.channel],
        ]

    def _recipient(self, d: Disclosure) -> str:
        if d.recipient_kind is RecipientKind.FAMILY:
            return _FAMILY
        if d.recipient_kind is RecipientKind.FILE:
            return _FILE
        actor = next((a for a in self.detail.actors if a.id == d.recipient_actor_id), None)
        return actor.name if actor is not None else "unbekannte Stelle"

    def _persons(self, person_ids: Sequence[uuid.UUID]) -> str:
        names = []
        for person_id in person_ids:
            person = self.detail.person(person_id)
            names.append(person.display_name if person is not None else "unbekannte Person")
        return "\n".join(names) or "–"

    def _consents(self, consent_ids: Sequence[uuid.UUID]) -> str:
        if not consent_ids:
            return "–"
        lines = []
        for consent_id in consent_ids:
            consent = next((c for c in self.detail.consents if c.id == consent_id), None)
            if consent is None:
                lines.append("unbekannte Einwilligung")
            elif consent.given_on is not None:
                lines.append(f"Einwilligung vom {german_date(consent.given_on)}")
            else:
                lines.append("Einwilligung (nicht erteilt)")
        return "\n".join(lines)

    @staticmethod
    def _language(code: str) -> str:
        if not code or code == "de":
            return ""
        return f"Deutsch und {LANGUAGE_NAMES.get(code, code)}"


def disclosure_log_pdf(detail: FamilyFileDetail, options: PrintOptions) -> bytes:
    """The family file's disclosure log, newest entry last (German only)."""
    return DisclosureLogPdf(detail, options).render()
