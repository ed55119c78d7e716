"""The table of the disclosure log: every document that left the application, newest first."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Qt

from fallmanager.domain.disclosure import Disclosure, RecipientKind
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.ui import texts
from fallmanager.ui.consent.consent_format import actor_names, category_labels, person_names
from fallmanager.ui.widgets.dates import format_date, format_datetime
from fallmanager.ui.widgets.tables import RecordTableModel


class DisclosureTableModel(RecordTableModel):
    """Offenlegungen: what was disclosed, to whom, when, under which consents (read only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.detail: FamilyFileDetail | None = None

    def show(self, detail: FamilyFileDetail | None) -> None:
        self.detail = detail
        rows = list(detail.disclosures) if detail is not None else []
        rows.sort(key=lambda d: (d.disclosed_at, str(d.id)), reverse=True)
        self.set_rows(rows)

    def headers(self) -> list[str]:
        return [
            self.tr("Datum/Zeit"),
            self.tr("Dokument"),
            self.tr("Titel"),
            self.tr("Empfänger"),
            self.tr("Daten"),
            self.tr("Personen"),
            self.tr("Einwilligungen"),
            self.tr("anonymisiert"),
            self.tr("Weg"),
        ]

    def recipient(self, row: Disclosure) -> str:
        if row.recipient_kind is RecipientKind.FAMILY:
            return self.tr("Familie")
        if row.recipient_kind is RecipientKind.FILE:
            return self.tr("Akte")
        if self.detail is None or row.recipient_actor_id is None:
            return ""
        return actor_names(self.detail, [row.recipient_actor_id])

    def consents(self, consent_ids: Iterable[uuid.UUID]) -> str:
        """The consents by the day they were given ("erteilt am 03.02.2026")."""
        if self.detail is None:
            return ""
        by_id = {c.id: c for c in self.detail.consents}
        parts = []
        for consent_id in consent_ids:
            consent = by_id.get(consent_id)
            if consent is None or consent.given_on is None:
                parts.append("?")
            else:
                parts.append(
                    self.tr("erteilt am {date}").format(date=format_date(consent.given_on))
                )
        return ", ".join(parts)

    def cell(self, row: Disclosure, column: int) -> str:
        if column == 0:
            return format_datetime(row.disclosed_at)
        if column == 1:
            return texts.label(row.document)
        if column == 2:
            return row.title
        if column == 3:
            return self.recipient(row)
        if column == 4:
            return category_labels(row.categories)
        if column == 5:
            if row.anonymised:
                return ""
            return person_names(self.detail, row.person_ids) if self.detail else ""
        if column == 6:
            return self.consents(row.consent_ids)
        if column == 7:
            return self.tr("ja") if row.anonymised else ""
        return texts.label(row.channel)

    def sort_value(self, row: Disclosure, column: int) -> str:
        return row.disclosed_at.isoformat() if column == 0 else self.cell(row, column)

    def role_data(self, row: Disclosure, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 5, 6) and row.note:
            return row.note
        return None
