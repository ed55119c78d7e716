"""The consent form (Einwilligungserklärung und Entbindung von der Schweigepflicht).

Generated from the consent's scope: whose data, to which organisations, which categories
(each explained in plain words), for which purposes, until when; then the family's rights
(voluntary, may be refused without any disadvantage for benefits, may be withdrawn at any
time for the future), the legal basis and the signatures. It is printed in German and the
family's language like the family's help plan.

Who signs follows the consent gate: an adult for themself, a minor through every person
with custody. A consent already given verbally gets a block naming the day and the witness
instead of signature lines.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from fallmanager.domain.consent import (
    DEFAULT_VALIDITY_MONTHS,
    Consent,
    ConsentForm,
    ConsentStatus,
)
from fallmanager.domain.consent_gate import LegalAge, custody_holders, legal_age
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor
from fallmanager.reports.bilingual import BilingualDocument, Maker, Side
from fallmanager.reports.conference.texts import LEGAL_BASIS, ConferenceTexts
from fallmanager.reports.documents import RULE_COLOUR, german_date, markup, table_style
from fallmanager.reports.help_plan.common import PrintOptions


def partial_date_text(day: PartialDate | None) -> str:
    """12.04.1979, 04.1979 or 1979 — as much of a date as is known; "–" for none."""
    if day is None:
        return "–"
    if day.month is None:
        return f"{day.year:04d}"
    if day.day is None:
        return f"{day.month:02d}.{day.year:04d}"
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


@dataclass
class Signer:
    """A person who signs the consent: for themself and/or for the minors in their custody."""

    person_id: uuid.UUID
    for_self: bool = False
    children: list[uuid.UUID] = field(default_factory=list)


def signers(detail: FamilyFileDetail, consent: Consent, on: date) -> list[Signer]:
    """Who signs the consent on ``on``: those recorded as giving it, and everyone the gate
    needs — each adult subject themself, every custody holder of a minor subject."""
    found: dict[uuid.UUID, Signer] = {p: Signer(p) for p in consent.given_by_ids}

    def signer(person_id: uuid.UUID) -> Signer:
        return found.setdefault(person_id, Signer(person_id))

    for subject in consent.subject_ids:
        age = legal_age(detail.person(subject), on)
        holders = custody_holders(detail.parent_child_links, subject, on)
        if age is LegalAge.ADULT or (age is LegalAge.UNCERTAIN and not holders):
            signer(subject).for_self = True
            continue
        if subject in found:  # of uncertain age and recorded as giving it themself
            found[subject].for_self = True
        for holder in holders:
            signer(holder).children.append(subject)
    return list(found.values())


class ConsentFormPdf(BilingualDocument[ConferenceTexts]):
    """Einwilligungserklärung und Entbindung von der Schweigepflicht for one consent."""

    def __init__(
        self,
        detail: FamilyFileDetail,
        consent: Consent,
        options: PrintOptions,
        *,
        validity_months: int = DEFAULT_VALIDITY_MONTHS,
    ) -> None:
        if validity_months < 1:
            raise ValueError("a consent is valid for at least one month")
        self.detail = detail
        self.consent = consent
        self.validity_months = validity_months
        super().__init__(
            options,
            texts=ConferenceTexts,
            language=options.language or consent.language,
            large_print=False,
        )
        self.version_label = self.texts[0].get("titles", "consent_form_short")

    @property
    def day(self) -> date:
        """The day the form speaks of: when it was given, else the day of printing."""
        return self.consent.given_on or self.printed_on

    @property
    def given_verbally(self) -> bool:
        return self.consent.is_given and self.consent.form is ConsentForm.VERBAL

    def title(self) -> str:
        return self.texts[0].get("titles", "consent_form")

    def name(self, person_id: uuid.UUID) -> str:
        person = self.detail.person(person_id)
        return person.display_name if person is not None else ""

    def story(self) -> list[Flowable]:
        story = self.rows([self._title, self.sentence("consent", "declaration")])
        story += self._subjects()
        story += self._recipients()
        story += self._categories()
        story += self._purposes()
        story += self._validity()
        story += self._rights()
        story += self._signatures()
        return story

    def _title(self, side: Side[ConferenceTexts]) -> list[Flowable]:
        return [self.para(side.texts.get("titles", "consent_form"), side.style("title"))]

    # -- scope ---------------------------------------------------------------------------

    def _subjects(self) -> list[Flowable]:
        rows: list[list[str | Flowable | list[Flowable]]] = []
        for person_id in self.consent.subject_ids:
            person = self.detail.person(person_id)
            if person is not None:
                rows.append([person.display_name, partial_date_text(person.birth_date)])
        heads = [("consent", "name"), ("consent", "birth_date")]
        return [
            *self.heading("consent", "whose_data"),
            self.data_grid(heads, rows, (0.66, 0.34)),
        ]

    def _recipients(self) -> list[Flowable]:
        rows: list[list[str | Flowable | list[Flowable]]] = []
        for actor_id in self.consent.recipient_actor_ids:
            actor = next((a for a in self.detail.actors if a.id == actor_id), None)
            if actor is not None:
                rows.append([self._organisation(actor), _address(actor)])
        heads = [("consent", "organisation"), ("consent", "address")]
        return [
            *self.heading("consent", "recipients"),
            self.data_grid(heads, rows, (0.5, 0.5)),
        ]

    def _organisation(self, actor: Actor) -> list[Flowable]:
        cell: list[Flowable] = [self.para(actor.name, "cell_bold")]
        if actor.department.strip():
            cell.append(self.para(actor.department, "cell"))
        return cell

    def _categories(self) -> list[Flowable]:
        def maker(category_index: int) -> Maker[ConferenceTexts]:
            category = self.consent.data_categories[category_index]

            def make(side: Side[ConferenceTexts]) -> list[Flowable]:
                t = side.texts
                return [
                    self.labelled(side, t.category(category), t.category_help(category), "text"),
                    Spacer(1, 1.2 * mm),
                ]

            return make

        makers = [maker(i) for i in range(len(self.consent.data_categories))]
        return [*self.heading("consent", "categories"), *self.rows(makers)]

    def _purposes(self) -> list[Flowable]:
        def maker(purpose_index: int) -> Maker[ConferenceTexts]:
            purpose = self.consent.consent_purposes[purpose_index]

            def make(side: Side[ConferenceTexts]) -> list[Flowable]:
                t = side.texts
                return [
                    self.labelled(side, t.purpose(purpose), t.purpose_help(purpose), "text"),
                    Spacer(1, 1.2 * mm),
                ]

            return make

        makers = [maker(i) for i in range(len(self.consent.consent_purposes))]
        return [*self.heading("consent", "purposes"), *self.rows(makers)]

    def _validity(self) -> list[Flowable]:
        consent = self.consent

        def make(side: Side[ConferenceTexts]) -> list[Flowable]:
            if consent.status is ConsentStatus.GIVEN and consent.expires_on is not None:
                text = side.texts.fill(
                    "consent", "valid_until", date=german_date(consent.expires_on)
                )
            else:
                text = side.texts.valid_for_months(self.validity_months)
            return [self.para(text, side.style("body"))]

        return [*self.heading("consent", "validity"), *self.rows([make])]

    # -- rights and legal basis ----------------------------------------------------------

    def _rights(self) -> list[Flowable]:
        makers = [
            self.sentence("consent", "voluntary"),
            self.sentence("consent", "refuse"),
            self.sentence("consent", "withdraw"),
        ]
        story = [*self.heading("consent", "rights"), *self.rows(makers)]
        story += self.heading("consent", "legal_basis")
        notes: list[Maker[ConferenceTexts]] = [
            self.sentence("consent", "legal_basis_text", basis=LEGAL_BASIS)
        ]
        if self.consent.interpreter_present:
            notes.append(self.sentence("consent", "interpreter"))
        if self.bilingual:
            notes.append(self.sentence("sentences", "translation_notice"))
        notes.append(self.sentence("consent", "copy"))
        story += self.rows(notes)
        return story

    # -- signatures ----------------------------------------------------------------------

    def _signatures(self) -> list[Flowable]:
        block: list[Flowable] = self.heading("consent", "signatures")
        if self.given_verbally:
            block += self._verbal_block()
            block += self._signature_line(
                self.joined("consent", "documented_by"), self.options.case_manager_name, ""
            )
            return [CondPageBreak(60 * mm), KeepTogether(block)]
        if self.consent.is_given and self.consent.given_on is not None:
            given_on = german_date(self.consent.given_on)
            block += self.rows([self.sentence("consent", "given_in_writing", date=given_on)])
        lines: list[list[Flowable]] = []
        for signer in signers(self.detail, self.consent, self.day):
            lines.append(
                self._signature_line(
                    self.joined("consent", "signature"),
                    self.name(signer.person_id),
                    self._roles(signer),
                )
            )
        if self.consent.interpreter_present:
            lines.append(
                self._signature_line(self.joined("consent", "interpreter_signature"), "", "")
            )
        lines.append(
            self._signature_line(
                self.joined("consent", "case_manager"), self.options.case_manager_name, ""
            )
        )
        first, *rest = lines
        return [
            CondPageBreak(70 * mm),
            KeepTogether([*block, *first]),
            *(KeepTogether(line) for line in rest),
        ]

    def _roles(self, signer: Signer) -> str:
        """ "im eigenen Namen; Personensorgeberechtigte/r für Elira Krasniqi" in each language."""
        parts = []
        for texts in self.texts:
            roles = []
            if signer.for_self:
                roles.append(texts.get("consent", "for_self"))
            if signer.children:
                children = ", ".join(self.name(c) for c in signer.children)
                roles.append(texts.fill("consent", "custody_for", child=children))
            parts.append("; ".join(roles))
        return " / ".join(p for p in dict.fromkeys(parts) if p)

    def _verbal_block(self) -> list[Flowable]:
        consent = self.consent
        given_on = german_date(consent.given_on) if consent.given_on else "–"
        givers = ", ".join(n for n in (self.name(p) for p in consent.given_by_ids) if n)

        def make(side: Side[ConferenceTexts]) -> list[Flowable]:
            t = side.texts
            sentence = t.fill(
                "consent", "given_verbally", date=given_on, witness=consent.witness.strip()
            )
            items: list[Flowable] = [self.para(sentence, side.style("text_bold"))]
            if givers:
                items.append(self.labelled(side, t.get("consent", "given_by"), givers, "text"))
            items.append(Spacer(1, 2 * mm))
            return items

        return self.rows([make])

    def _signature_line(self, caption: str, name: str, roles: str) -> list[Flowable]:
        """Place and date on the left, the signature on the right, each above a rule."""
        place_date = self.joined("consent", "place_date")
        signature = markup(caption)
        if name.strip():
            signature += f"<br/><b>{markup(name)}</b>"
        if roles:
            signature += f"<br/>{markup(roles)}"
        table = Table(
            [
                ["", "", ""],
                [
                    Paragraph(markup(place_date), self.styles["signature"]),
                    "",
                    Paragraph(signature, self.styles["signature"]),
                ],
            ],
            colWidths=[self.body_width * 0.34, self.body_width * 0.06, self.body_width * 0.6],
            rowHeights=[12 * mm, None],
        )
        table.setStyle(
            table_style(
                [
                    ("LINEABOVE", (0, 1), (0, 1), 0.6, RULE_COLOUR),
                    ("LINEABOVE", (2, 1), (2, 1), 0.6, RULE_COLOUR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [table, Spacer(1, 2 * mm)]


def _address(actor: Actor) -> str:
    town = " ".join(p for p in (actor.postcode.strip(), actor.city.strip()) if p)
    return "\n".join(p for p in (actor.street.strip(), town) if p) or "–"


def consent_form_pdf(
    detail: FamilyFileDetail,
    consent: Consent,
    options: PrintOptions,
    *,
    validity_months: int = DEFAULT_VALIDITY_MONTHS,
) -> bytes:
    """The consent form for ``consent`` in German and ``consent.language`` (or
    ``options.language`` where that is given); ``validity_months`` is printed while the
    consent is only prepared."""
    return ConsentFormPdf(detail, consent, options, validity_months=validity_months).render()
