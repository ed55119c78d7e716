"""How residence statuses are judged and described in the family file tabs."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.residence import ResidenceStatus
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.dates import format_date

#: A residence document that ends within this many days is shown as expiring soon.
EXPIRY_WARNING_DAYS = 30


class Expiry(Enum):
    OPEN_ENDED = "open_ended"
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


def expiry(status: ResidenceStatus, today: date) -> Expiry:
    if status.valid_until is None:
        return Expiry.OPEN_ENDED
    if status.valid_until < today:
        return Expiry.EXPIRED
    if status.valid_until <= today + timedelta(days=EXPIRY_WARNING_DAYS):
        return Expiry.EXPIRING
    return Expiry.VALID


def status_summary(status: ResidenceStatus | None) -> str:
    """ "Duldung (§ 60a), § 60a AufenthG, gültig bis 01.12.2026" — empty without a status."""
    if status is None:
        return ""
    parts = [label(status.kind)]
    if status.legal_basis and status.legal_basis not in parts[0]:
        parts.append(status.legal_basis)
    if status.valid_until is not None:
        parts.append(
            QCoreApplication.translate("ResidenceFormat", "gültig bis {date}").format(
                date=format_date(status.valid_until)
            )
        )
    return ", ".join(parts)


def expiry_text(status: ResidenceStatus, today: date) -> str:
    state = expiry(status, today)
    if state is Expiry.EXPIRED:
        return QCoreApplication.translate("ResidenceFormat", "abgelaufen")
    if state is Expiry.EXPIRING:
        assert status.valid_until is not None  # noqa: S101 - EXPIRING implies an end date
        days = (status.valid_until - today).days
        return QCoreApplication.translate("ResidenceFormat", "läuft in %n Tag(en) ab", "", days)
    if status.is_valid_on(today):
        return QCoreApplication.translate("ResidenceFormat", "gültig")
    return ""
