"""Dialogs of the residence tab: record or correct a residence status, extend one, and record
an entry into or exit from Germany."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.residence import (
    DEFAULT_LEGAL_BASIS,
    MigrationEvent,
    MigrationEventKind,
    ResidenceKind,
    ResidenceStatus,
)
from fallmanager.services.residence import (
    correct_residence_status,
    extend_residence_status,
    record_migration_event,
    record_residence_status,
)
from fallmanager.ui.family_file.person_format import select_data
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import PartialDateEdit
from fallmanager.ui.widgets.forms import FieldErrors

T = TypeVar("T")


def full_date(edit: PartialDateEdit, name: str) -> date | None:
    """A complete date from a date field (empty gives None); raises DomainError for ``name``."""
    try:
        value = edit.value()
    except DomainError as exc:
        raise DomainError(exc.code, name, **exc.params) from None
    if value is None:
        return None
    if not value.is_complete:
        raise DomainError(ErrorCode.INVALID_DATE, name, value=str(value))
    return value.earliest()


class _ResidenceDialogBase(QDialog):
    """Shared: busy state, one service call, domain errors next to their fields."""

    def __init__(self, context: FamilyFileContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def _row(self, name: str, widget: QWidget) -> QLabel:
        return self.errors.add_row(self.form, "", name, widget)

    @staticmethod
    def _set_label(row_label: QLabel, text: str) -> None:
        row_label.setText(text)
        buddy = row_label.buddy()
        if buddy is not None:
            buddy.setAccessibleName(text.replace("&", "").rstrip(":"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def _submit(self, fn: Callable[[OpContext], T], done: Callable[[T], object]) -> None:
        self._busy = True
        self.buttons.setEnabled(False)

        def succeeded(result: T) -> None:
            self._busy = False
            self.buttons.setEnabled(True)
            done(result)
            QDialog.accept(self)

        def failed(exc: BaseException) -> bool | None:
            self._busy = False
            self.buttons.setEnabled(True)
            if isinstance(exc, DomainError) and self.errors.show_domain_error(exc):
                return None
            return False

        run_op(
            self,
            self._context.session,
            fn,
            changes=Changes.of("residence", family_id=self._context.family_id),
        ).success(succeeded).failure(failed)


class ResidenceStatusDialog(_ResidenceDialogBase):
    """Aufenthaltsstatus erfassen (``status`` None) or korrigieren.

    Emits ``recorded(ResidenceStatus)`` or ``corrected(before, after)``.
    """

    recorded = Signal(object)
    corrected = Signal(object, object)

    def __init__(
        self,
        context: FamilyFileContext,
        person_id: uuid.UUID,
        status: ResidenceStatus | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("residenceStatusDialog")
        self._person_id = person_id
        self._status = status
        self.kind = QComboBox()
        self.kind.setObjectName("residenceKind")
        self.legal_basis = QLineEdit()
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.setMaxLength(60)
        self.valid_from = PartialDateEdit()
        self.valid_from.setObjectName("validFrom")
        self.valid_until = PartialDateEdit()
        self.valid_until.setObjectName("validUntil")
        self.issuing_office = QLineEdit()
        self.issuing_office.setObjectName("issuingOffice")
        self.conditions = QPlainTextEdit()
        self.conditions.setObjectName("conditions")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("residenceNotes")
        for edit in (self.conditions, self.notes):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4)
        self.labels = {
            "kind": self._row("kind", self.kind),
            "legal_basis": self._row("legal_basis", self.legal_basis),
            "valid_from": self._row("valid_from", self.valid_from),
            "valid_until": self._row("valid_until", self.valid_until),
            "issuing_office": self._row("issuing_office", self.issuing_office),
            "conditions": self._row("conditions", self.conditions),
            "notes": self._row("notes", self.notes),
        }
        self._finish_layout()
        self.kind.currentIndexChanged.connect(self._update_placeholder)
        self.retranslate_ui()
        if status is not None:
            select_data(self.kind, status.kind.value)
            self.legal_basis.setText(status.legal_basis)
            self.valid_from.set_value(_partial(status.valid_from))
            self.valid_until.set_value(_partial(status.valid_until))
            self.issuing_office.setText(status.issuing_office)
            self.conditions.setPlainText(status.conditions)
            self.notes.setPlainText(status.notes)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Aufenthaltsstatus erfassen")
            if self._status is None
            else self.tr("Aufenthaltsstatus korrigieren")
        )
        current = self.kind.currentIndex()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in ResidenceKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(max(current, 0))
        self.kind.blockSignals(False)
        texts = {
            "kind": self.tr("&Status:"),
            "legal_basis": self.tr("&Rechtsgrundlage:"),
            "valid_from": self.tr("Gültig &ab:"),
            "valid_until": self.tr("Gültig &bis:"),
            "issuing_office": self.tr("Ausstellende Be&hörde:"),
            "conditions": self.tr("Auf&lagen:"),
            "notes": self.tr("&Notizen:"),
        }
        for name, text in texts.items():
            self._set_label(self.labels[name], text)
        for edit in (self.valid_from, self.valid_until):
            edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        data = self.kind.currentData()
        default = DEFAULT_LEGAL_BASIS.get(ResidenceKind(data), "") if data is not None else ""
        self.legal_basis.setPlaceholderText(default or self.tr("z. B. § 25b AufenthG"))

    def build_status(self) -> ResidenceStatus | None:
        """The status as entered, checked by the domain; errors shown next to the fields."""
        self.errors.clear()
        kind = ResidenceKind(self.kind.currentData())
        try:
            valid_from = full_date(self.valid_from, "valid_from")
            valid_until = full_date(self.valid_until, "valid_until")
            values: dict[str, Any] = {
                "person_id": self._person_id,
                "kind": kind,
                "legal_basis": self.legal_basis.text().strip() or DEFAULT_LEGAL_BASIS.get(kind, ""),
                "valid_from": valid_from,
                "valid_until": valid_until,
                "issuing_office": self.issuing_office.text().strip(),
                "conditions": self.conditions.toPlainText().strip(),
                "notes": self.notes.toPlainText().strip(),
            }
            if self._status is None:
                return ResidenceStatus(**values)
            return dataclasses.replace(self._status, **values)
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="kind")
            return None

    def accept(self) -> None:
        if self._busy:
            return
        status = self.build_status()
        if status is None:
            return
        before = self._status
        if before is None:

            def record(ctx: OpContext) -> ResidenceStatus:
                return record_residence_status(
                    ctx.uow(),
                    person_id=status.person_id,
                    kind=status.kind,
                    legal_basis=status.legal_basis,
                    valid_from=status.valid_from,
                    valid_until=status.valid_until,
                    issuing_office=status.issuing_office,
                    conditions=status.conditions,
                    notes=status.notes,
                )

            self._submit(record, self.recorded.emit)
        else:

            def correct(ctx: OpContext) -> ResidenceStatus:
                return correct_residence_status(ctx.uow(), status=status)

            self._submit(correct, lambda after: self.corrected.emit(before, after))


class ExtendResidenceDialog(_ResidenceDialogBase):
    """Aufenthaltsstatus verlängern: a new "valid until". Emits ``extended(before, after)``."""

    extended = Signal(object, object)

    def __init__(
        self, context: FamilyFileContext, status: ResidenceStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("extendResidenceDialog")
        self._status = status
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.valid_until = PartialDateEdit()
        self.valid_until.setObjectName("extendedUntil")
        self.valid_until.set_value(_partial(status.valid_until))
        self.until_label = self._row("valid_until", self.valid_until)
        self._finish_layout()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Aufenthaltsstatus verlängern"))
        self.summary.setText(label(self._status.kind))
        self._set_label(self.until_label, self.tr("&Neu gültig bis:"))
        self.valid_until.setPlaceholderText(self.tr("TT.MM.JJJJ"))

    def accept(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            until = full_date(self.valid_until, "valid_until")
            if until is None:
                raise DomainError(ErrorCode.REQUIRED, "valid_until")
            dataclasses.replace(self._status, valid_until=until)
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="valid_until")
            return
        before = self._status

        def extend(ctx: OpContext) -> ResidenceStatus:
            return extend_residence_status(ctx.uow(), status_id=before.id, valid_until=until)

        self._submit(extend, lambda after: self.extended.emit(before, after))


class MigrationEventDialog(_ResidenceDialogBase):
    """Ein- oder Ausreise erfassen. Emits ``recorded(MigrationEvent)``."""

    recorded = Signal(object)

    def __init__(
        self, context: FamilyFileContext, person_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("migrationEventDialog")
        self._person_id = person_id
        self.kind = QComboBox()
        self.kind.setObjectName("migrationKind")
        self.date = PartialDateEdit()
        self.date.setObjectName("migrationDate")
        self.country = QLineEdit()
        self.country.setObjectName("migrationCountry")
        self.country.setMaxLength(12)
        self.note = QLineEdit()
        self.note.setObjectName("migrationNote")
        self.labels = {
            "kind": self._row("kind", self.kind),
            "date": self._row("date", self.date),
            "country": self._row("country", self.country),
            "note": self._row("note", self.note),
        }
        self._finish_layout()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ein- oder Ausreise erfassen"))
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind in MigrationEventKind:
            self.kind.addItem(label(kind), kind.value)
        self.kind.setCurrentIndex(max(current, 0))
        self._set_label(self.labels["kind"], self.tr("&Art:"))
        self._set_label(self.labels["date"], self.tr("&Datum:"))
        self._set_label(self.labels["country"], self.tr("&Land (Code):"))
        self._set_label(self.labels["note"], self.tr("&Notiz:"))
        self.date.setPlaceholderText(self.tr("TT.MM.JJJJ, MM.JJJJ oder JJJJ"))
        self.country.setPlaceholderText(self.tr("woher bzw. wohin, z. B. RS"))

    def accept(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        try:
            try:
                when = self.date.value()
            except DomainError as exc:
                raise DomainError(exc.code, "date", **exc.params) from None
            if when is not None and when.earliest() > self._context.today():
                raise DomainError(ErrorCode.DATE_IN_FUTURE, "date")
            event = MigrationEvent(
                person_id=self._person_id,
                kind=MigrationEventKind(self.kind.currentData()),
                date=when,
                country=self.country.text().strip().upper(),
                note=self.note.text().strip(),
            )
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="kind")
            return

        def record(ctx: OpContext) -> MigrationEvent:
            return record_migration_event(
                ctx.uow(),
                person_id=event.person_id,
                kind=event.kind,
                date=event.date,
                country=event.country,
                note=event.note,
            )

        self._submit(record, self.recorded.emit)


def _partial(value: date | None) -> PartialDate | None:
    return None if value is None else PartialDate.from_date(value)
