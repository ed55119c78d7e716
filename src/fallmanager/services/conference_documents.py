"""Documents of consents and case conferences that leave the application, and their logging.

Each document is rendered from a fresh read of the family file (so the consent gate is
checked as it stands now), written atomically or handed to the printer, and logged in the
disclosure log with its recipient, data categories, persons and the consents it rests on.
An agenda or minutes for an organisation carry only the topics the gate permits it; an
organisation with no permitted topic gets nothing.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from fallmanager.domain.case_conference import ConferenceTopic
from fallmanager.domain.conference_view import (
    ConferenceSnapshot,
    conference_snapshot,
    member_ids_on,
)
from fallmanager.domain.consent import Consent
from fallmanager.domain.consent_gate import topic_person_ids
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.errors import NotFoundError
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.files import write_atomic
from fallmanager.reports.conference import (
    agenda_pdf,
    invitation_ics,
    minutes_pdf,
    results_sheet_pdf,
)
from fallmanager.reports.consent_form import consent_form_pdf
from fallmanager.reports.dates import german_date
from fallmanager.reports.help_plan import PrintOptions
from fallmanager.services.disclosure import record_disclosures
from fallmanager.services.family_files import collect_family_file
from fallmanager.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A rendered document and the log entry it gets once it has left (saved or printed)."""

    data: bytes
    disclosure: Disclosure
    suggested_name: str  # a file name without personal data


@dataclass(frozen=True, slots=True)
class ExportedDocuments:
    files: tuple[Path, ...]
    #: Participants who got nothing: no topic on the agenda is permitted to them.
    skipped: tuple[uuid.UUID, ...]
    disclosures: tuple[Disclosure, ...]


def save_document(uow: UnitOfWork, *, document: PreparedDocument, path: Path) -> Disclosure:
    """Write a prepared document to ``path`` and log it (channel: file)."""
    write_atomic(path, document.data)
    disclosure = replace(document.disclosure, channel=DisclosureChannel.FILE)
    record_disclosures(uow, disclosures=[disclosure])
    return disclosure


def log_printed(uow: UnitOfWork, *, document: PreparedDocument) -> Disclosure:
    """Log a prepared document that was printed (channel: print)."""
    disclosure = replace(document.disclosure, channel=DisclosureChannel.PRINT)
    record_disclosures(uow, disclosures=[disclosure])
    return disclosure


def export_conference_documents(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    conference_id: uuid.UUID,
    folder: Path,
    options: PrintOptions,
    organiser_name: str,
    organiser_email: str,
    now: datetime,
    include_family: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportedDocuments:
    """Write each permitted participant's agenda (PDF), one calendar invitation (.ics) and,
    if asked, the family's agenda into ``folder``; log every document per recipient."""
    snapshot = _snapshot(uow, family_id, conference_id)
    conference = snapshot.conference
    label = file_part(conference.case_label)
    # A naive ``now`` is the office's local time, like every time in the vault.
    stamp = now if now.tzinfo is not None else now.astimezone()
    invitation = invitation_ics(
        conference, organiser_name=organiser_name, organiser_email=organiser_email, stamp=stamp
    )
    files: list[Path] = []
    skipped: list[uuid.UUID] = []
    disclosures: list[Disclosure] = []
    participants = snapshot.participants
    steps = len(participants) + 1 + int(include_family)
    invited = False
    for done, actor in enumerate(participants):
        if progress is not None:
            progress(done, steps)
        allowed = snapshot.gate.allowed_topics(actor.id)
        if snapshot.topics and not allowed:
            skipped.append(actor.id)
            continue
        path = folder / f"Tagesordnung_{label}_{file_part(actor.name)}.pdf"
        write_atomic(path, agenda_pdf(snapshot, actor.id, options))
        files.append(path)
        disclosures.append(
            _disclosure(
                snapshot,
                DocumentKind.AGENDA,
                f"Tagesordnung Fallkonferenz {german_date(conference.held_on)}",
                now,
                recipient_actor_id=actor.id,
                topics=allowed,
                consent_ids=snapshot.gate.consent_ids(actor.id),
            )
        )
        disclosures.append(
            _disclosure(
                snapshot,
                DocumentKind.INVITATION,
                f"Einladung Fallkonferenz {german_date(conference.held_on)}",
                now,
                recipient_actor_id=actor.id,
                topics=(),
            )
        )
        invited = True
    if include_family:
        if progress is not None:
            progress(len(participants), steps)
        path = folder / f"Tagesordnung_{label}_Familie.pdf"
        write_atomic(path, agenda_pdf(snapshot, None, options))
        files.append(path)
        disclosures.append(
            _disclosure(
                snapshot,
                DocumentKind.AGENDA,
                f"Tagesordnung Fallkonferenz {german_date(conference.held_on)}",
                now,
                recipient_actor_id=None,
                topics=snapshot.topics,
                language=options.language,
            )
        )
    if invited:
        path = folder / f"Einladung_{label}.ics"
        write_atomic(path, invitation)
        files.append(path)
    record_disclosures(uow, disclosures=disclosures)
    if progress is not None:
        progress(steps, steps)
    return ExportedDocuments(tuple(files), tuple(skipped), tuple(disclosures))


def prepare_minutes(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    conference_id: uuid.UUID,
    recipient_actor_id: uuid.UUID | None,
    options: PrintOptions,
    now: datetime,
) -> PreparedDocument:
    """The minutes for the file (all topics) or for one participant (permitted topics only)."""
    snapshot = _snapshot(uow, family_id, conference_id)
    conference = snapshot.conference
    if recipient_actor_id is None:
        topics = snapshot.topics
        consent_ids: tuple[uuid.UUID, ...] = ()
        name = f"Protokoll_{file_part(conference.case_label)}_Akte.pdf"
    else:
        if recipient_actor_id not in conference.participant_actor_ids:
            raise NotFoundError("participant", recipient_actor_id)
        topics = snapshot.gate.allowed_topics(recipient_actor_id)
        consent_ids = snapshot.gate.consent_ids(recipient_actor_id)
        actor = snapshot.actor(recipient_actor_id)
        recipient = file_part(actor.name if actor is not None else "")
        name = f"Protokoll_{file_part(conference.case_label)}_{recipient}.pdf"
    data = minutes_pdf(snapshot, recipient_actor_id, options)
    disclosure = _disclosure(
        snapshot,
        DocumentKind.MINUTES,
        f"Protokoll Fallkonferenz {german_date(conference.held_on)}",
        now,
        recipient_actor_id=recipient_actor_id,
        topics=topics,
        consent_ids=consent_ids,
        to_file=recipient_actor_id is None,
    )
    return PreparedDocument(data, disclosure, name)


def prepare_results_sheet(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    conference_id: uuid.UUID,
    options: PrintOptions,
    now: datetime,
) -> PreparedDocument:
    """The family's results sheet, in German and (if chosen) the family's language."""
    snapshot = _snapshot(uow, family_id, conference_id)
    conference = snapshot.conference
    disclosure = _disclosure(
        snapshot,
        DocumentKind.RESULTS_SHEET,
        f"Ergebnisblatt Fallkonferenz {german_date(conference.held_on)}",
        now,
        recipient_actor_id=None,
        topics=snapshot.topics,
        language=options.language,
    )
    name = f"Ergebnisse_{file_part(conference.case_label)}.pdf"
    return PreparedDocument(results_sheet_pdf(snapshot, options), disclosure, name)


def prepare_consent_form(
    uow: UnitOfWork,
    *,
    family_id: uuid.UUID,
    consent_id: uuid.UUID,
    options: PrintOptions,
    validity_months: int,
    now: datetime,
) -> PreparedDocument:
    """The consent form (Einwilligungserklärung) to be signed by the family."""
    with uow:
        detail = collect_family_file(uow.records, family_id)
    consent = next((c for c in detail.consents if c.id == consent_id), None)
    if consent is None:
        raise NotFoundError(Consent.entity_name, consent_id)
    data = consent_form_pdf(detail, consent, options, validity_months=validity_months)
    disclosure = Disclosure(
        family_id=family_id,
        disclosed_at=_local(now),
        document=DocumentKind.CONSENT_FORM,
        title=f"Einwilligungserklärung vom {german_date(consent.prepared_on)}",
        recipient_kind=RecipientKind.FAMILY,
        person_ids=consent.subject_ids,
        language=options.language or consent.language,
    )
    return PreparedDocument(data, disclosure, f"Einwilligung_{now:%Y-%m-%d}.pdf")


def _snapshot(
    uow: UnitOfWork, family_id: uuid.UUID, conference_id: uuid.UUID
) -> ConferenceSnapshot:
    with uow:
        detail: FamilyFileDetail = collect_family_file(uow.records, family_id)
    return conference_snapshot(detail, conference_id)


def _disclosure(
    snapshot: ConferenceSnapshot,
    document: DocumentKind,
    title: str,
    now: datetime,
    *,
    recipient_actor_id: uuid.UUID | None,
    topics: Iterable[ConferenceTopic],
    consent_ids: tuple[uuid.UUID, ...] = (),
    language: str = "",
    to_file: bool = False,
) -> Disclosure:
    """The log entry of one conference document: the categories and persons of its topics."""
    conference = snapshot.conference
    members = member_ids_on(snapshot.detail, conference.held_on)
    categories: dict[str, None] = {}
    persons: dict[uuid.UUID, None] = {}
    for topic in topics:
        if not topic.categories:
            continue
        categories.update(dict.fromkeys(topic.categories))
        persons.update(dict.fromkeys(topic_person_ids(topic, members)))
    if recipient_actor_id is not None:
        kind = RecipientKind.ACTOR
    else:
        kind = RecipientKind.FILE if to_file else RecipientKind.FAMILY
    return Disclosure(
        family_id=conference.family_id,
        disclosed_at=_local(now),
        document=document,
        title=title,
        recipient_kind=kind,
        recipient_actor_id=recipient_actor_id,
        categories=tuple(categories),
        person_ids=() if conference.anonymised else tuple(persons),
        consent_ids=() if conference.anonymised else consent_ids,
        conference_id=conference.id,
        anonymised=conference.anonymised,
        language=language,
    )


def _local(now: datetime) -> datetime:
    """``now`` as the vault stores times: local wall-clock time to the second."""
    if now.tzinfo is not None:
        now = now.astimezone().replace(tzinfo=None)
    return now.replace(microsecond=0)


_UNSAFE = re.compile(r"[^\w.-]+")


def file_part(text: str) -> str:
    """A piece of a file name: letters, digits, dots and hyphens only."""
    return _UNSAFE.sub("-", text).strip("-.")[:60] or "Stelle"
