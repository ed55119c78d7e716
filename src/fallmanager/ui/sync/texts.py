"""Sentences of the office sync (Synchronisation): the summary of a run, the error
messages, the state of a family file, the certificate fingerprint in readable groups.

German plurals need their own words ("1 Änderung", "2 Änderungen"), so every count has a
singular and a plural source text instead of a "(en)" suffix.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from fallmanager.domain.entity import FieldSpec, field_specs
from fallmanager.domain.model import ENTITY_BY_NAME
from fallmanager.services.sync import FamilySyncState, SyncSummary
from fallmanager.sync.errors import (
    AuthenticationError,
    DeviceRevokedError,
    EnrolmentRefusedError,
    FingerprintMismatchError,
    NotEnrolledError,
    ProtocolError,
    ServerUnreachableError,
    SyncError,
    UpdateRequiredError,
)
from fallmanager.ui.texts import field_name, label
from fallmanager.ui.widgets.dates import format_date, format_datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction into the translation file; translated at lookup."""
    return text


def _tr(text: str) -> str:
    # Only called with texts marked by QT_TRANSLATE_NOOP("SyncTexts", …) in this module.
    return QCoreApplication.translate("SyncTexts", text)


def _count(n: int) -> str:
    return QLocale().toString(n)


def _counted(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both marked source texts with ``{n}``) for the count ``n``."""
    return _tr(one if n == 1 else many).format(n=_count(n))


_SENT = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderung gesendet"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderungen gesendet"),
)
_RECEIVED_FIRST = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderung empfangen"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderungen empfangen"),
)
_RECEIVED = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} empfangen"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} empfangen"),
)
_CONFLICTS = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Konflikt"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Konflikte"),
)
_REJECTED_FIRST = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderung abgelehnt"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Änderungen abgelehnt"),
)
_REJECTED = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} abgelehnt"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} abgelehnt"),
)
_SUPERSEDED = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Wert überschrieben"),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Werte überschrieben"),
)
_OPEN_CONFLICTS = (
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Konflikt wartet auf Ihre Entscheidung."),
    QT_TRANSLATE_NOOP("SyncTexts", "{n} Konflikte warten auf Ihre Entscheidung."),
)
_NOTHING = QT_TRANSLATE_NOOP("SyncTexts", "Alles synchronisiert – keine Änderungen")
_CLOCK = QT_TRANSLATE_NOOP(
    "SyncTexts",
    "Die Uhr dieses Laptops geht vor. Bitte stellen Sie Datum und Uhrzeit richtig ein; bis "
    "dahin gelten Ihre Änderungen als zur Zeit des Büroservers gemacht.",
)
_CLOCK_SHORT = QT_TRANSLATE_NOOP("SyncTexts", "die Uhr dieses Laptops geht vor")


def summary_text(summary: SyncSummary) -> str:
    """ "12 Änderungen gesendet, 5 empfangen, 1 Konflikt" — zero counts left out."""
    parts: list[str] = []
    if summary.sent:
        parts.append(_counted(summary.sent, *_SENT))
    if summary.received:
        forms = _RECEIVED if parts else _RECEIVED_FIRST
        parts.append(_counted(summary.received, *forms))
    if summary.conflicts:
        parts.append(_counted(summary.conflicts, *_CONFLICTS))
    if summary.rejected:
        forms = _REJECTED if parts else _REJECTED_FIRST
        parts.append(_counted(summary.rejected, *forms))
    if summary.superseded:
        parts.append(_counted(summary.superseded, *_SUPERSEDED))
    return ", ".join(parts) if parts else _tr(_NOTHING)


def status_text(summary: SyncSummary) -> str:
    """The summary as one status-bar line, with the clock hint in brief."""
    text = summary_text(summary)
    if summary.clock_bounded:
        text = f"{text} ({_tr(_CLOCK_SHORT)})"
    return text


def summary_details(summary: SyncSummary) -> list[str]:
    """Sentences shown below the summary after a manual run: open conflicts, the clock."""
    details = []
    if summary.open_conflicts:
        details.append(_counted(summary.open_conflicts, *_OPEN_CONFLICTS))
    if summary.clock_bounded:
        details.append(_tr(_CLOCK))
    return details


def open_conflicts_text(n: int) -> str:
    return _counted(n, *_OPEN_CONFLICTS)


_UPDATE_REQUIRED = (
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Bitte Fallmanager aktualisieren. Ihre {n} nicht gesendete Änderung bleibt erhalten.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncTexts",
        "Bitte Fallmanager aktualisieren. Ihre {n} nicht gesendeten Änderungen bleiben erhalten.",
    ),
)
_UPDATE_REQUIRED_NONE = QT_TRANSLATE_NOOP(
    "SyncTexts", "Bitte Fallmanager aktualisieren. Der Büroserver braucht eine neuere Version."
)


def update_required_text(unsent: int | None) -> str:
    if not unsent:
        return _tr(_UPDATE_REQUIRED_NONE)
    return _counted(unsent, *_UPDATE_REQUIRED)


_UNREACHABLE = QT_TRANSLATE_NOOP(
    "SyncTexts", "Büroserver nicht erreichbar – Änderungen bleiben auf dem Laptop"
)
_ERRORS: list[tuple[type[SyncError], str]] = [
    (
        FingerprintMismatchError,
        QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Achtung: Der Büroserver weist sich mit einem anderen Zertifikat aus als bei der "
            "Anmeldung. Es wurde nichts gesendet oder empfangen. Synchronisieren Sie nicht "
            "weiter und verständigen Sie sofort die Verwaltung.",
        ),
    ),
    (
        AuthenticationError,
        QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Die Anmeldung dieses Laptops am Büroserver gilt nicht mehr. Bitte melden Sie den "
            "Laptop mit einem neuen Anmeldecode der Verwaltung wieder an. Ihre Änderungen "
            "bleiben auf dem Laptop.",
        ),
    ),
    (
        EnrolmentRefusedError,
        QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Der Anmeldecode ist ungültig, abgelaufen oder wurde schon verwendet. Bitte "
            "lassen Sie sich von der Verwaltung einen neuen Code geben.",
        ),
    ),
    (
        DeviceRevokedError,
        QT_TRANSLATE_NOOP("SyncTexts", "Dieser Laptop wurde vom Büroserver abgemeldet."),
    ),
    (
        NotEnrolledError,
        QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Dieser Laptop ist an keinem Büroserver angemeldet. Bitte melden Sie ihn zuerst "
            "an (Synchronisation → Laptop am Büroserver anmelden).",
        ),
    ),
    (
        ProtocolError,
        QT_TRANSLATE_NOOP(
            "SyncTexts",
            "Der Büroserver hat unerwartet geantwortet. Es ging nichts verloren; bitte "
            "versuchen Sie es später noch einmal oder verständigen Sie die Verwaltung.",
        ),
    ),
    (ServerUnreachableError, _UNREACHABLE),
]
_SYNC_FAILED = QT_TRANSLATE_NOOP(
    "SyncTexts",
    "Die Synchronisation ist fehlgeschlagen. Ihre Änderungen bleiben auf dem Laptop.",
)


def unreachable_text() -> str:
    return _tr(_UNREACHABLE)


def sync_error_text(exc: BaseException) -> str:
    """One sentence for a failed sync; :class:`UpdateRequiredError` has its own (it needs
    the count of unsent changes, see :func:`update_required_text`)."""
    if isinstance(exc, UpdateRequiredError):
        return update_required_text(None)
    for kind, source in _ERRORS:
        if isinstance(exc, kind):
            return _tr(source)
    return _tr(_SYNC_FAILED)


_STATES: dict[FamilySyncState, str] = {
    FamilySyncState.SYNCED: QT_TRANSLATE_NOOP("SyncTexts", "synchronisiert"),
    FamilySyncState.PENDING: QT_TRANSLATE_NOOP("SyncTexts", "nicht gesendet"),
    FamilySyncState.CONFLICT: QT_TRANSLATE_NOOP("SyncTexts", "Konflikt"),
    FamilySyncState.REJECTED: QT_TRANSLATE_NOOP("SyncTexts", "abgelehnt"),
}


def state_text(state: FamilySyncState) -> str:
    return _tr(_STATES[state])


#: Order of the states when the family list is sorted by them: what needs a person first.
STATE_RANK: dict[FamilySyncState, int] = {
    FamilySyncState.CONFLICT: 0,
    FamilySyncState.REJECTED: 1,
    FamilySyncState.PENDING: 2,
    FamilySyncState.SYNCED: 3,
}

_ENTITIES: dict[str, str] = {
    "family_file": QT_TRANSLATE_NOOP("SyncTexts", "Familienakte"),
    "family_membership": QT_TRANSLATE_NOOP("SyncTexts", "Mitgliedschaft"),
    "person": QT_TRANSLATE_NOOP("SyncTexts", "Person"),
    "name_variant": QT_TRANSLATE_NOOP("SyncTexts", "Namensschreibweise"),
    "parent_child": QT_TRANSLATE_NOOP("SyncTexts", "Eltern-Kind-Beziehung"),
    "partnership": QT_TRANSLATE_NOOP("SyncTexts", "Partnerschaft"),
    "partnership_event": QT_TRANSLATE_NOOP("SyncTexts", "Ereignis der Partnerschaft"),
    "residence_status": QT_TRANSLATE_NOOP("SyncTexts", "Aufenthaltsstatus"),
    "migration_event": QT_TRANSLATE_NOOP("SyncTexts", "Ein- oder Ausreise"),
    "household": QT_TRANSLATE_NOOP("SyncTexts", "Haushalt"),
    "household_member": QT_TRANSLATE_NOOP("SyncTexts", "Haushaltsmitglied"),
    "accommodation": QT_TRANSLATE_NOOP("SyncTexts", "Unterkunft"),
    "school_attendance": QT_TRANSLATE_NOOP("SyncTexts", "Schulbesuch"),
    "vocational_training": QT_TRANSLATE_NOOP("SyncTexts", "Ausbildung"),
    "employment": QT_TRANSLATE_NOOP("SyncTexts", "Arbeit"),
    "benefit_period": QT_TRANSLATE_NOOP("SyncTexts", "Leistungsbezug"),
    "actor": QT_TRANSLATE_NOOP("SyncTexts", "Akteur"),
    "contact_person": QT_TRANSLATE_NOOP("SyncTexts", "Ansprechpartner/in"),
    "involvement": QT_TRANSLATE_NOOP("SyncTexts", "Beteiligung"),
    "visit": QT_TRANSLATE_NOOP("SyncTexts", "Besuch"),
    "case_note": QT_TRANSLATE_NOOP("SyncTexts", "Notiz"),
    "task": QT_TRANSLATE_NOOP("SyncTexts", "Aufgabe"),
    "consent": QT_TRANSLATE_NOOP("SyncTexts", "Einwilligung"),
    "consent_withdrawal": QT_TRANSLATE_NOOP("SyncTexts", "Widerruf einer Einwilligung"),
    "disclosure": QT_TRANSLATE_NOOP("SyncTexts", "Offenlegung"),
    "case_conference": QT_TRANSLATE_NOOP("SyncTexts", "Fallkonferenz"),
    "help_plan_version": QT_TRANSLATE_NOOP("SyncTexts", "Hilfeplan"),
    "help_plan_goal": QT_TRANSLATE_NOOP("SyncTexts", "Ziel im Hilfeplan"),
}


def entity_text(entity: str, field: str | None = None) -> str:
    """A record kind as a reader knows it ("Aufenthaltsstatus"), with the field if the change
    concerned one field ("Aufenthaltsstatus: Gültig bis")."""
    source = _ENTITIES.get(entity)
    text = _tr(source) if source is not None else entity
    return f"{text}: {field_text(field)}" if field else text


def record_text(entity: str, subject: str) -> str:
    """A record with whom or what it is about: "Aufenthaltsstatus von Arben Krasniqi",
    "Familienakte 2026-0042"."""
    kind = entity_text(entity)
    if not subject:
        return kind
    if entity == "family_file":
        return f"{kind} {subject}"
    return _tr(QT_TRANSLATE_NOOP("SyncTexts", "{kind} von {subject}")).format(
        kind=kind, subject=subject
    )


#: Fields that sync shows most (the sensitive ones first); others fall back to the general
#: field names of the desktop, then to the code.
_FIELDS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("SyncTexts", "Status"),
    "responsible": QT_TRANSLATE_NOOP("SyncTexts", "Zuständig"),
    "closed_on": QT_TRANSLATE_NOOP("SyncTexts", "Abgeschlossen am"),
    "has_custody": QT_TRANSLATE_NOOP("SyncTexts", "Sorgerecht"),
    "kind": QT_TRANSLATE_NOOP("SyncTexts", "Art"),
    "issuing_office": QT_TRANSLATE_NOOP("SyncTexts", "Ausstellende Behörde"),
    "conditions": QT_TRANSLATE_NOOP("SyncTexts", "Auflagen"),
    "notes": QT_TRANSLATE_NOOP("SyncTexts", "Bemerkungen"),
    "short_description": QT_TRANSLATE_NOOP("SyncTexts", "Kurzbeschreibung"),
    "warnings": QT_TRANSLATE_NOOP("SyncTexts", "Hinweise"),
    "expires_on": QT_TRANSLATE_NOOP("SyncTexts", "Gültig bis"),
    "given_on": QT_TRANSLATE_NOOP("SyncTexts", "Erteilt am"),
    "phone": QT_TRANSLATE_NOOP("SyncTexts", "Telefon"),
    "address": QT_TRANSLATE_NOOP("SyncTexts", "Anschrift"),
    "school_class": QT_TRANSLATE_NOOP("SyncTexts", "Klasse"),
}


def conflict_title(entity: str, subject: str, field: str | None) -> str:
    """ "Aufenthaltsstatus – Arben Krasniqi: Art"."""
    return f"{record_text(entity, subject)}: {field_text(field)}"


def field_text(field: str | None) -> str:
    """A field as a reader knows it; a conflict about a deletion has no field."""
    if field is None or field == "*":
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "Datensatz gelöscht"))
    source = _FIELDS.get(field)
    return _tr(source) if source is not None else field_name(field)


def value_text(value: Any, entity: str = "", field: str | None = None) -> str:
    """A stored value as a reader knows it: dates, yes/no and the codes of choice fields
    (``toleration`` → "Duldung") in the user's language."""
    spec = _spec(entity, field)
    if spec is not None and spec.enum is not None and isinstance(value, str):
        try:
            return label(spec.enum(value))
        except ValueError:
            return value
    if value is None or value in ("", []):
        return "—"
    if isinstance(value, bool):
        return (
            _tr(QT_TRANSLATE_NOOP("SyncTexts", "ja"))
            if value
            else _tr(QT_TRANSLATE_NOOP("SyncTexts", "nein"))
        )
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "Datensatz vorhanden"))
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


def _spec(entity: str, field: str | None) -> FieldSpec | None:
    cls = ENTITY_BY_NAME.get(entity)
    if cls is None or field is None:
        return None
    return next((spec for spec in field_specs(cls) if spec.name == field), None)


_REASONS: dict[str, str] = {
    "not_authorised": QT_TRANSLATE_NOOP(
        "SyncTexts", "Diese Familienakte ist Ihnen auf dem Büroserver nicht (mehr) zugeordnet."
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "SyncTexts", "Der Büroserver hat die Änderung als ungültig abgelehnt."
    ),
    "unknown_record": QT_TRANSLATE_NOOP(
        "SyncTexts", "Der Datensatz ist auf dem Büroserver nicht vorhanden."
    ),
    "append_only": QT_TRANSLATE_NOOP(
        "SyncTexts", "Dieser Datensatz darf nicht mehr geändert werden."
    ),
    "unknown_kind": QT_TRANSLATE_NOOP(
        "SyncTexts", "Der Büroserver kennt diese Art von Datensatz nicht."
    ),
    "conflict_gone": QT_TRANSLATE_NOOP("SyncTexts", "Der Konflikt war bereits entschieden."),
}


def reason_text(reason: str) -> str:
    """Why the server rejected a change, as one sentence."""
    return _tr(_REASONS.get(reason, _REASONS["invalid"]))


def change_text(op: str, field: str | None) -> str:
    """What an unsent change did: the changed field, "neu" or "gelöscht"."""
    if op == "insert":
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "neu angelegt"))
    if op == "delete":
        return _tr(QT_TRANSLATE_NOOP("SyncTexts", "gelöscht"))
    return field_text(field)


def format_moment(value: datetime | None) -> str:
    """A point in time in the laptop's local time ("03.02.2026 09:00")."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()  # stored in UTC, read in the laptop's time zone
    return format_datetime(value)


def fingerprint_lines(fingerprint: str) -> list[str]:
    """The certificate fingerprint as 4 lines of 8 hex pairs ("AB 12 …"), easy to compare
    with the printed one; any prefix such as ``sha256:`` and separators are dropped."""
    text = fingerprint.strip()
    text = re.sub(r"^sha-?256[:= ]", "", text, flags=re.IGNORECASE)
    digits = re.sub(r"[^0-9A-Fa-f]", "", text).upper()
    pairs = [digits[i : i + 2] for i in range(0, len(digits), 2)]
    return [" ".join(pairs[i : i + 8]) for i in range(0, len(pairs), 8)]
