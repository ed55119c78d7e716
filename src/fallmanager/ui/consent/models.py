"""Table models of the Einwilligungen tab: "who may receive what until when", and every
consent of the family with its state today."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from fallmanager.domain.consent import Consent
from fallmanager.domain.consent_gate import ConsentGrant
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.ui import texts
from fallmanager.ui.consent.consent_format import (
    ConsentState,
    actor_names,
    category_labels,
    consent_state,
    person_names,
    runs_out_soon,
    state_text,
)
from fallmanager.ui.widgets.dates import format_date
from fallmanager.ui.widgets.tables import RecordTableModel

#: A soft yellow behind grants and consents that run out within four weeks.
EXPIRING_BACKGROUND = QColor("#fff1c2")
#: Dark red for what has run out or was withdrawn.
ALERT = QColor("#b00020")
#: Grey for what no longer counts.
INACTIVE = QColor("#6b6b6b")


class GrantTableModel(RecordTableModel):
    """Wer darf was bis wann erhalten: one row per recipient, data category and consent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: FamilyFileDetail | None = None
        self.today = date.min

    def show(
        self, detail: FamilyFileDetail | None, grants: list[ConsentGrant], today: date
    ) -> None:
        self.detail = detail
        self.today = today
        self.set_rows(grants)

    def headers(self) -> list[str]:
        return [
            self.tr("Stelle"),
            self.tr("Daten"),
            self.tr("Personen"),
            self.tr("Zwecke"),
            self.tr("gültig bis"),
        ]

    def cell(self, row: ConsentGrant, column: int) -> str:
        detail = self.detail
        if detail is None:
            return ""
        if column == 0:
            return actor_names(detail, [row.recipient_actor_id])
        if column == 1:
            return texts.label(row.category)
        if column == 2:
            return person_names(detail, row.person_ids)
        if column == 3:
            return ", ".join(texts.label(p) for p in row.purposes)
        return format_date(row.until)

    def sort_value(self, row: ConsentGrant, column: int) -> str:
        return row.until.isoformat() if column == 4 else self.cell(row, column)

    def role_data(self, row: ConsentGrant, column: int, role: int) -> Any:
        if not runs_out_soon(row.until, self.today):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(EXPIRING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#3d3000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Läuft in den nächsten vier Wochen ab.")
        return None


class ConsentTableModel(RecordTableModel):
    """Alle Einwilligungen der Familie, the newest first, with their state today."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: FamilyFileDetail | None = None
        self.today = date.min

    def show(self, detail: FamilyFileDetail | None, today: date) -> None:
        self.detail = detail
        self.today = today
        consents = list(detail.consents) if detail is not None else []
        consents.sort(
            key=lambda c: (c.given_on or c.prepared_on, c.prepared_on, str(c.id)), reverse=True
        )
        self.set_rows(consents)

    def state(self, consent: Consent) -> ConsentState:
        assert self.detail is not None  # noqa: S101 - rows exist only with a detail
        return consent_state(self.detail, consent, self.today)

    def headers(self) -> list[str]:
        return [
            self.tr("Stand"),
            self.tr("Stellen"),
            self.tr("Daten"),
            self.tr("Personen"),
            self.tr("erteilt am"),
            self.tr("gültig bis"),
        ]

    def cell(self, row: Consent, column: int) -> str:
        detail = self.detail
        if detail is None:
            return ""
        if column == 0:
            return state_text(self.state(row))
        if column == 1:
            return actor_names(detail, row.recipient_actor_ids)
        if column == 2:
            return category_labels(row.categories)
        if column == 3:
            return person_names(detail, row.subject_ids)
        if column == 4:
            return format_date(row.given_on)
        return format_date(row.expires_on)

    def sort_value(self, row: Consent, column: int) -> str:
        if column == 4:
            return row.given_on.isoformat() if row.given_on else ""
        if column == 5:
            return row.expires_on.isoformat() if row.expires_on else ""
        return self.cell(row, column)

    def role_data(self, row: Consent, column: int, role: int) -> Any:
        if self.detail is None:
            return None
        state = self.state(row)
        if role == Qt.ItemDataRole.BackgroundRole and state is ConsentState.EXPIRING:
            return QBrush(EXPIRING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if state in (ConsentState.EXPIRED, ConsentState.WITHDRAWN):
                return QBrush(INACTIVE)
            if state is ConsentState.EXPIRING:
                return QBrush(QColor("#3d3000"))
        if role == Qt.ItemDataRole.FontRole and column == 0 and state is ConsentState.PREPARED:
            font = QFont()
            font.setItalic(True)
            return font
        return None
