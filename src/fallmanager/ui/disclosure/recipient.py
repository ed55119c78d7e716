"""Empfänger of a document that leaves the application, checked against the consent gate.

The help plan's print dialog and the genogram's export dialog ask whom a document is for:
the family, the office's own file, or an organisation of the family's network — then also
for which purpose. For an organisation (and a document that is not anonymised) the consent
gate is checked live: the reasons it refuses are shown in red, and the dialog keeps its
save and print buttons disabled while it refuses (there is no override). After the
document was saved or printed, :func:`log_disclosure` records it in the disclosure log.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from fallmanager.domain.conference_view import member_ids_on
from fallmanager.domain.consent import ConsentPurpose, DataCategory
from fallmanager.domain.consent_gate import GateVerdict
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.services.disclosure import document_gate, record_disclosures, require_permitted
from fallmanager.services.family_files import get_family_file
from fallmanager.services.ports import UnitOfWork
from fallmanager.ui import texts
from fallmanager.ui.consent.consent_format import network_actors
from fallmanager.ui.consent.gate_texts import group_problems
from fallmanager.ui.ops import run_op
from fallmanager.ui.session import VaultSession
from fallmanager.ui.widgets.dates import format_date

_ALERT = "#b00020"
_FINE = "#1b5e20"


def _with_persons(uow: UnitOfWork, disclosure: Disclosure, on: date) -> Disclosure:
    """A document about "the family" concerns its members on the day (unless anonymised)."""
    if disclosure.anonymised or disclosure.person_ids:
        return disclosure
    detail = get_family_file(uow, family_id=disclosure.family_id)
    return replace(disclosure, person_ids=member_ids_on(detail, on))


def ensure_permitted(
    uow: UnitOfWork, *, disclosure: Disclosure, purpose: ConsentPurpose, on: date
) -> None:
    """Refuse (before anything is written) what the gate refuses, as the vault stands now."""
    if disclosure.recipient_kind is not RecipientKind.ACTOR or disclosure.anonymised:
        return
    assert disclosure.recipient_actor_id is not None  # noqa: S101 - Disclosure.check
    detail = get_family_file(uow, family_id=disclosure.family_id)
    verdict = document_gate(
        detail,
        recipient_actor_id=disclosure.recipient_actor_id,
        categories=[DataCategory(c) for c in disclosure.categories],
        purpose=purpose,
        on=on,
        person_ids=disclosure.person_ids,
    )
    if not verdict.allowed:
        raise DomainError(ErrorCode.DISCLOSURE_NOT_PERMITTED, "recipient_actor_id")


def log_disclosure(
    uow: UnitOfWork, *, disclosure: Disclosure, purpose: ConsentPurpose, on: date
) -> Disclosure:
    """Log a document that left: for an organisation through the gate (with the consents it
    rests on), for the family or the file as it is."""
    disclosure = _with_persons(uow, disclosure, on)
    if disclosure.recipient_kind is RecipientKind.ACTOR:
        return require_permitted(uow, disclosure=disclosure, purpose=purpose, on=on)
    record_disclosures(uow, disclosures=[disclosure])
    return disclosure


class RecipientChoice(QObject):
    """The widgets "Empfänger", "Zweck" and the gate's answer, for one dialog's form.

    The owner puts :attr:`recipient`, :attr:`purpose` and :attr:`problems` into its layout
    (with its own labels and mnemonics) and listens to :attr:`changed` to enable its buttons
    by :meth:`allowed`. The family file is read once on the database worker.
    """

    changed = Signal()
    #: The family file was read (the organisations can be chosen).
    loaded = Signal()

    def __init__(
        self,
        session: VaultSession,
        family_id: uuid.UUID,
        today: date,
        *,
        categories: Sequence[DataCategory],
        default_kind: RecipientKind,
        purpose: ConsentPurpose,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.family_id = family_id
        self.today = today
        self.detail: FamilyFileDetail | None = None
        self._categories = tuple(categories)
        self._anonymised = False
        self._verdict: GateVerdict | None = None

        self.recipient = QComboBox(parent)
        self.recipient.setObjectName("disclosureRecipient")
        self.recipient.addItem("", RecipientKind.FAMILY.value)
        self.recipient.addItem("", RecipientKind.FILE.value)
        self.recipient.setCurrentIndex(self.recipient.findData(default_kind.value))
        self.purpose = QComboBox(parent)
        self.purpose.setObjectName("disclosurePurpose")
        for value in ConsentPurpose:
            self.purpose.addItem(texts.label(value), value.value)
        self.purpose.setCurrentIndex(self.purpose.findData(purpose.value))
        self.problems = QLabel(parent)
        self.problems.setObjectName("disclosureProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.recipient.currentIndexChanged.connect(lambda _i: self._check())
        self.purpose.currentIndexChanged.connect(lambda _i: self._check())
        self.retranslate()
        self._check()
        run_op(
            parent, session, lambda ctx: get_family_file(ctx.uow(), family_id=family_id)
        ).success(self._loaded)

    def retranslate(self) -> None:
        self.recipient.setItemText(0, self.tr("Familie"))
        self.recipient.setItemText(1, self.tr("nur für die Akte"))
        self.recipient.setAccessibleName(self.tr("Empfänger"))
        self.purpose.setAccessibleName(self.tr("Zweck der Weitergabe"))
        for index, value in enumerate(ConsentPurpose):
            self.purpose.setItemText(index, texts.label(value))
        self._check()

    def _loaded(self, detail: FamilyFileDetail) -> None:
        self.detail = detail
        current = self.recipient.currentData()
        self.recipient.blockSignals(True)
        while self.recipient.count() > 2:
            self.recipient.removeItem(2)
        for actor in network_actors(detail, self.today):
            self.recipient.addItem(actor.name, str(actor.id))
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(current)))
        self.recipient.blockSignals(False)
        self._check()
        self.loaded.emit()

    # -- what was chosen ---------------------------------------------------------------------

    def kind(self) -> RecipientKind:
        data = str(self.recipient.currentData() or "")
        if data in (RecipientKind.FAMILY.value, RecipientKind.FILE.value):
            return RecipientKind(data)
        return RecipientKind.ACTOR

    def actor_id(self) -> uuid.UUID | None:
        return (
            uuid.UUID(str(self.recipient.currentData()))
            if self.kind() is RecipientKind.ACTOR
            else None
        )

    def chosen_purpose(self) -> ConsentPurpose:
        return ConsentPurpose(str(self.purpose.currentData()))

    def choose(self, value: RecipientKind | uuid.UUID) -> bool:
        """Choose the family, the file or an organisation (by id); whether it is offered."""
        data = value.value if isinstance(value, RecipientKind) else str(value)
        index = self.recipient.findData(data)
        if index >= 0:
            self.recipient.setCurrentIndex(index)
        return index >= 0

    def set_default(self, kind: RecipientKind) -> None:
        """Follow a changed default (family or file) unless an organisation was chosen."""
        if self.kind() is not RecipientKind.ACTOR:
            self.choose(kind)

    def set_categories(self, categories: Sequence[DataCategory]) -> None:
        self._categories = tuple(categories)
        self._check()

    def set_anonymised(self, anonymised: bool) -> None:
        self._anonymised = anonymised
        self._check()

    def verdict(self) -> GateVerdict | None:
        return self._verdict

    def allowed(self) -> bool:
        """Whether the document may go to the chosen recipient now."""
        if self.kind() is not RecipientKind.ACTOR or self._anonymised:
            return True
        return self._verdict is not None and self._verdict.allowed

    def disclosure(
        self,
        document: DocumentKind,
        title: str,
        now: datetime,
        *,
        channel: DisclosureChannel,
        language: str = "",
    ) -> Disclosure:
        """The log entry for the document as chosen (persons and consents filled in later)."""
        return Disclosure(
            family_id=self.family_id,
            disclosed_at=now.replace(microsecond=0),
            document=document,
            title=title,
            recipient_kind=self.kind(),
            recipient_actor_id=self.actor_id(),
            categories=tuple(c.value for c in self._categories),
            anonymised=self._anonymised,
            channel=channel,
            language=language,
        )

    # -- the gate ----------------------------------------------------------------------------

    def _check(self) -> None:
        before = (self.problems.isVisible(), self.problems.text())
        self._gate()
        window = self.problems.window()
        if window.isVisible() and before != (self.problems.isVisible(), self.problems.text()):
            window.adjustSize()  # room for the reasons (or give it back)
        self.changed.emit()

    def _gate(self) -> None:
        actor_id = self.actor_id()
        detail = self.detail
        self.purpose.setEnabled(actor_id is not None)
        self._verdict = None
        if actor_id is None or detail is None:
            self.problems.hide()
        elif self._anonymised:
            self._say(self.tr("Anonymisiert: Dafür ist keine Einwilligung nötig."), _FINE)
        else:
            purpose = self.chosen_purpose()
            self._verdict = document_gate(
                detail,
                recipient_actor_id=actor_id,
                categories=self._categories,
                purpose=purpose,
                on=self.today,
            )
            if self._verdict.allowed:
                self._say(self._covered_text(detail, self._verdict), _FINE)
            else:
                lines = group_problems(self._verdict.problems, detail, purpose=purpose)
                heading = self.tr("Weitergabe nicht erlaubt – es fehlt eine gültige Einwilligung:")
                self._say("\n".join([heading, *(f"• {line}" for line in lines)]), _ALERT)

    def _covered_text(self, detail: FamilyFileDetail, verdict: GateVerdict) -> str:
        days = sorted(
            {
                c.given_on
                for c in detail.consents
                if c.id in verdict.consent_ids and c.given_on is not None
            }
        )
        return self.tr("Erlaubt durch die Einwilligung vom {dates}.").format(
            dates=", ".join(format_date(d) for d in days)
        )

    def _say(self, text: str, color: str) -> None:
        self.problems.setText(text)
        self.problems.setStyleSheet(f"color: {color};")
        self.problems.setAccessibleDescription(text)
        self.problems.show()
