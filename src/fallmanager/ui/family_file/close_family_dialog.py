"""Closing a family file (Akte schließen): asks for the closing date and confirms."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import CaseStatus, FamilyFile
from fallmanager.services.family_files import close_family_file
from fallmanager.ui.family_file.tab import FamilyFileContext
from fallmanager.ui.ops import Changes, OpContext, run_op
from fallmanager.ui.widgets.dates import PartialDateEdit
from fallmanager.ui.widgets.forms import FieldErrors


class CloseFamilyDialog(QDialog):
    """Akte schließen. Emits ``closed(FamilyFile before, FamilyFile after)`` on success."""

    closed = Signal(object, object)

    def __init__(
        self, context: FamilyFileContext, family: FamilyFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeFamilyDialog")
        self._context = context
        self._family = family
        self._busy = False
        self.errors = FieldErrors()
        self.question = QLabel()
        self.question.setObjectName("closeQuestion")
        self.question.setWordWrap(True)
        self.closed_on = PartialDateEdit()
        self.closed_on.setObjectName("closedOn")
        self.closed_on.set_value(PartialDate.from_date(context.today()))
        form = QFormLayout()
        self.date_label = self.errors.add_row(form, "", "closed_on", self.closed_on)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton()
        self.confirm.setObjectName("confirmClose")
        self.confirm.setDefault(True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Akte schließen"))
        self.question.setText(
            self.tr(
                "Soll die Familienakte {case} geschlossen werden? Die Daten bleiben erhalten; "
                "die Aufbewahrungsfristen laufen ab dem Abschlussdatum."
            ).format(case=self._family.case_number)
        )
        self.date_label.setText(self.tr("&Abschlussdatum:"))
        self.closed_on.setAccessibleName(self.tr("Abschlussdatum"))
        self.closed_on.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.confirm.setText(self.tr("Akte &schließen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closing_date(self) -> date | None:
        """The entered closing date, checked like the domain does; errors shown by the field."""
        self.errors.clear()
        try:
            value = self.closed_on.value()
            if value is None:
                raise DomainError(ErrorCode.REQUIRED, "closed_on")
            if not value.is_complete:
                raise DomainError(ErrorCode.INVALID_DATE, "closed_on", value=str(value))
            day = value.earliest()
            if day > self._context.today():
                raise DomainError(ErrorCode.DATE_IN_FUTURE, "closed_on")
            dataclasses.replace(self._family, status=CaseStatus.CLOSED, closed_on=day)
        except DomainError as exc:
            self.errors.show_domain_error(exc, fallback="closed_on")
            return None
        return day

    def accept(self) -> None:
        if self._busy:
            return
        day = self.closing_date()
        if day is None:
            return
        family_id = self._family.id
        before = self._family

        def close(ctx: OpContext) -> FamilyFile:
            return close_family_file(ctx.uow(), family_id=family_id, closed_on=day)

        def done(after: FamilyFile) -> None:
            self._busy = False
            self.closed.emit(before, after)
            super(CloseFamilyDialog, self).accept()

        def failed(exc: BaseException) -> bool | None:
            self._busy = False
            self.buttons.setEnabled(True)
            if isinstance(exc, DomainError) and self.errors.show_domain_error(exc, "closed_on"):
                return None
            return False

        self._busy = True
        self.buttons.setEnabled(False)
        run_op(
            self,
            self._context.session,
            close,
            changes=Changes.of("family_file", family_id=family_id),
        ).success(done).failure(failed)
