"""How consents read in the desktop: their state today, names, scopes and who must sign."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.conference_view import withdrawals_of
from fallmanager.domain.consent import Consent, ConsentPurpose, DataCategory
from fallmanager.domain.consent_gate import LegalAge, custody_holders, legal_age
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.network import Actor
from fallmanager.domain.today import CONSENT_EXPIRY_WINDOW_DAYS
from fallmanager.ui import texts
from fallmanager.ui.consent.gate_texts import join_names
from fallmanager.ui.texts import QT_TRANSLATE_NOOP
from fallmanager.ui.widgets.collation import sorted_by

#: A consent (or a grant) whose last day is this close counts as running out.
EXPIRY_WARNING = timedelta(days=CONSENT_EXPIRY_WINDOW_DAYS)


class ConsentState(StrEnum):
    """What a consent amounts to on a given day (derived, never stored)."""

    PREPARED = "prepared"
    GIVEN = "given"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    PARTLY_WITHDRAWN = "partly_withdrawn"


_STATE_TEXTS: dict[ConsentState, str] = {
    ConsentState.PREPARED: QT_TRANSLATE_NOOP("ConsentFormat", "vorbereitet"),
    ConsentState.GIVEN: QT_TRANSLATE_NOOP("ConsentFormat", "erteilt"),
    ConsentState.EXPIRING: QT_TRANSLATE_NOOP("ConsentFormat", "läuft ab"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("ConsentFormat", "abgelaufen"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("ConsentFormat", "widerrufen"),
    ConsentState.PARTLY_WITHDRAWN: QT_TRANSLATE_NOOP("ConsentFormat", "teilweise widerrufen"),
}


def state_text(state: ConsentState) -> str:
    return QCoreApplication.translate("ConsentFormat", _STATE_TEXTS[state])


def consent_state(detail: FamilyFileDetail, consent: Consent, today: date) -> ConsentState:
    """Vorbereitet, erteilt, läuft ab, abgelaufen, widerrufen or teilweise widerrufen."""
    if not consent.is_given:
        return ConsentState.PREPARED
    effective = [w for w in withdrawals_of(detail, consent) if w.withdrawn_on <= today]
    if any(w.full for w in effective):
        return ConsentState.WITHDRAWN
    if effective:
        recipients = {a for w in effective for a in w.recipient_actor_ids}
        categories = {c for w in effective for c in w.categories}
        purposes = {p for w in effective for p in w.purposes}
        if (
            set(consent.recipient_actor_ids) <= recipients
            or set(consent.categories) <= categories
            or set(consent.purposes) <= purposes
        ):
            return ConsentState.WITHDRAWN  # nothing of the scope is left
    if consent.expires_on is not None and consent.expires_on < today:
        return ConsentState.EXPIRED
    if effective:
        return ConsentState.PARTLY_WITHDRAWN
    if consent.expires_on is not None and consent.expires_on - today <= EXPIRY_WARNING:
        return ConsentState.EXPIRING
    return ConsentState.GIVEN


def runs_out_soon(until: date, today: date) -> bool:
    return until - today <= EXPIRY_WARNING


# -- names ------------------------------------------------------------------------------------


def actor_of(detail: FamilyFileDetail, actor_id: uuid.UUID | None) -> Actor | None:
    return next((a for a in detail.actors if a.id == actor_id), None)


def actor_names(detail: FamilyFileDetail, actor_ids: Iterable[uuid.UUID]) -> str:
    names = []
    for actor_id in actor_ids:
        actor = actor_of(detail, actor_id)
        names.append(actor.name if actor is not None else "?")
    return ", ".join(names)


def person_names(detail: FamilyFileDetail, person_ids: Iterable[uuid.UUID]) -> str:
    names = []
    for person_id in person_ids:
        person = detail.person(person_id)
        names.append(person.display_name if person is not None and person.display_name else "?")
    return ", ".join(names)


def category_labels(codes: Iterable[str]) -> str:
    chosen = set(codes)
    return ", ".join(texts.label(c) for c in DataCategory if c.value in chosen)


def purpose_labels(codes: Iterable[str]) -> str:
    chosen = set(codes)
    return ", ".join(texts.label(p) for p in ConsentPurpose if p.value in chosen)


def network_actors(detail: FamilyFileDetail, today: date) -> list[Actor]:
    """The organisations of the family's network now (current involvements), by name."""
    ids = {
        i.actor_id
        for i in detail.involvements
        if (i.since is None or i.since <= today) and (i.until is None or today <= i.until)
    }
    return sorted_by([a for a in detail.actors if a.id in ids], lambda a: (a.name,))


# -- who must give it -------------------------------------------------------------------------


def expected_givers(
    detail: FamilyFileDetail, subject_ids: Sequence[uuid.UUID], on: date
) -> tuple[uuid.UUID, ...]:
    """Who gives the consent for these persons: an adult themself, for a minor every person
    with custody (as recorded); a person of uncertain age themself."""
    found: dict[uuid.UUID, None] = {}
    for person_id in subject_ids:
        age = legal_age(detail.person(person_id), on)
        if age is LegalAge.MINOR:
            found.update(dict.fromkeys(custody_holders(detail.parent_child_links, person_id, on)))
        else:
            found[person_id] = None
    return tuple(found)


def giver_warnings(
    detail: FamilyFileDetail,
    subject_ids: Sequence[uuid.UUID],
    given_by_ids: Sequence[uuid.UUID],
    on: date,
) -> list[str]:
    """Why the consent would not count for a person, as the gate will see it on ``on``."""
    givers = set(given_by_ids)
    lines: list[str] = []
    for person_id in subject_ids:
        person = detail.person(person_id)
        name = person.display_name if person is not None and person.display_name else "?"
        age = legal_age(person, on)
        holders = custody_holders(detail.parent_child_links, person_id, on)
        if age is LegalAge.MINOR:
            missing = [h for h in holders if h not in givers]
            if not holders:
                lines.append(
                    QCoreApplication.translate(
                        "ConsentFormat",
                        "Für {name} (minderjährig) ist keine sorgeberechtigte Person erfasst: "
                        "Die Einwilligung gilt für {name} nicht.",
                    ).format(name=name)
                )
            elif missing:
                missing_names = join_names(
                    [
                        p.display_name if (p := detail.person(h)) is not None else "?"
                        for h in missing
                    ]
                )
                lines.append(
                    QCoreApplication.translate(
                        "ConsentFormat",
                        "Für {name} (minderjährig) willigen nicht alle Sorgeberechtigten ein "
                        "(fehlt: {missing}): Die Einwilligung gilt für {name} so nicht.",
                    ).format(name=name, missing=missing_names)
                )
        elif age is LegalAge.ADULT and person_id not in givers:
            lines.append(
                QCoreApplication.translate(
                    "ConsentFormat",
                    "{name} ist volljährig und muss selbst einwilligen: Die Einwilligung gilt "
                    "für {name} so nicht.",
                ).format(name=name)
            )
        elif (
            age is LegalAge.UNCERTAIN
            and person_id not in givers
            and not (holders and set(holders) <= givers)
        ):
            lines.append(
                QCoreApplication.translate(
                    "ConsentFormat",
                    "Das Alter von {name} ist unklar: Es muss {name} selbst oder jede "
                    "sorgeberechtigte Person einwilligen.",
                ).format(name=name)
            )
    return lines
