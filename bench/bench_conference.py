"""Case conference benchmark on realistic synthetic data (not a test; prints a table).

    .venv/bin/python bench/bench_conference.py [--families 2000] [--runs 20]

In a vault of synthetic families, one family's case conference gets 8 participating
organisations and 10 topics touching every kind of data about different members, under
consents that cover most but not all of it (so the gate has work to refuse). Measured per
run: reading the family file and checking the consent gate for every participant and topic;
and the whole export — fresh read, gate, 8 agenda PDFs, the calendar invitation and the
family's bilingual agenda written to disk, every document logged in the disclosure log.
Goal: under one second for both together.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fallmanager.domain.case_conference import CaseConference, ConferenceTopic
from fallmanager.domain.conference_view import conference_snapshot
from fallmanager.domain.consent import Consent, ConsentForm, ConsentStatus, DataCategory
from fallmanager.domain.consent_gate import LegalAge, custody_holders, legal_age
from fallmanager.domain.network import ActorKind
from fallmanager.reports.help_plan import PrintOptions
from fallmanager.services import case_conference, consent, exchange, network
from fallmanager.services.conference_documents import export_conference_documents
from fallmanager.services.family_files import get_family_file, list_family_files
from fallmanager.synthetic.generator import generate
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault

TODAY = date(2026, 11, 25)
PARTICIPANTS = 8
TOPICS = 10


def _ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    return (
        f"p50 {statistics.median(values) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
        f"max {values[-1] * 1000:.0f} ms"
    )


def _setup(vault: Vault) -> tuple[object, CaseConference]:
    """The largest family gets 8 participants, 10 topics and two consents."""
    uow = vault.unit_of_work()
    summaries = list_family_files(uow, today=TODAY)
    family_id = max(summaries, key=lambda s: s.member_count).family_id
    detail = get_family_file(uow, family_id=family_id)
    members = [p.id for p in detail.persons]
    actors = [
        network.add_actor(uow, name=f"Stelle {n + 1} der Fallkonferenz", kind=ActorKind.OTHER)
        for n in range(PARTICIPANTS)
    ]
    day = date(2026, 12, 10)
    # Everyone who can consent: the adults, and whoever holds custody of a child.
    givers = {p.id for p in detail.persons if legal_age(p, day) is not LegalAge.MINOR}
    for person in detail.persons:
        givers |= set(custody_holders(detail.parent_child_links, person.id, day))
    for recipients, categories in (
        (actors[:6], list(DataCategory)),
        (actors[6:7], [DataCategory.SCHOOL, DataCategory.HELP_PLAN]),
    ):
        record = Consent(
            family_id=family_id,
            subject_ids=tuple(members),
            given_by_ids=tuple(sorted(givers & set(members), key=str)) or tuple(members[:1]),
            recipient_actor_ids=tuple(a.id for a in recipients),
            categories=tuple(c.value for c in categories),
            purposes=("case_conference",),
            status=ConsentStatus.GIVEN,
            form=ConsentForm.WRITTEN,
            prepared_on=date(2026, 10, 1),
            given_on=date(2026, 10, 2),
            expires_on=date(2027, 10, 1),
        )
        consent.save_consent(uow, consent=record, today=TODAY)
    conference = CaseConference(
        family_id=family_id,
        starts_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
        place="Sozialamt, Besprechungsraum 2",
        participant_actor_ids=tuple(a.id for a in actors),
        case_label=case_conference.new_case_label(uow),
    )
    case_conference.save_conference(uow, conference=conference)
    categories = list(DataCategory)
    for n in range(TOPICS):
        topic = ConferenceTopic(
            conference_id=conference.id,
            title=f"Thema {n + 1}: Abstimmung der nächsten Schritte",
            categories=(categories[n % len(categories)].value,) if n % 5 else (),
            person_ids=tuple(members[n % len(members) : n % len(members) + 2]) if n % 2 else (),
            lead_actor_id=actors[n % PARTICIPANTS].id,
        )
        case_conference.save_topic(uow, topic=replace(topic))
    return family_id, conference


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"# {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="fallmanager-bench-") as tmp:
        vault = Vault.create(
            Path(tmp) / "vault", "bench passphrase", passphrase_only=True, kdf=TEST_KDF
        ).vault
        try:
            data = generate(args.families, seed=2026, today=TODAY)
            exchange.import_records(vault.unit_of_work(), records=data.records, today=TODAY)
            family_id, conference = _setup(vault)
            gates, checks, exports, blocked, files = [], [], [], 0, 0
            options = PrintOptions(language="sq", printed_on=TODAY)
            peak = 0
            for run in range(args.runs):
                start = time.perf_counter()
                detail = get_family_file(vault.unit_of_work(), family_id=family_id)
                middle = time.perf_counter()
                snapshot = conference_snapshot(detail, conference.id)
                gates.append(time.perf_counter() - start)
                checks.append(time.perf_counter() - middle)
                blocked = sum(
                    1
                    for actor in conference.participant_actor_ids
                    for _ in snapshot.gate.blocked_topics(actor)
                )
                folder = Path(tmp) / f"out{run}"
                folder.mkdir()
                start = time.perf_counter()
                result = export_conference_documents(
                    vault.unit_of_work(),
                    family_id=family_id,
                    conference_id=conference.id,
                    folder=folder,
                    options=options,
                    organiser_name="Fallmanagement Sozialamt",
                    organiser_email="fallmanagement@stadt.example",
                    now=datetime(2026, 11, 25, 9, 0),
                    include_family=True,
                )
                exports.append(time.perf_counter() - start)
                files = len(result.files)
                reasons = Counter(
                    p.reason.value for a in conference.participant_actor_ids
                    for p in snapshot.gate.problems(a)
                )  # fmt: skip
            # Memory of one more export, apart: tracing slows everything it measures.
            folder = Path(tmp) / "traced"
            folder.mkdir()
            tracemalloc.start()
            export_conference_documents(
                vault.unit_of_work(),
                family_id=family_id,
                conference_id=conference.id,
                folder=folder,
                options=options,
                organiser_name="Fallmanagement Sozialamt",
                organiser_email="fallmanagement@stadt.example",
                now=datetime(2026, 11, 25, 9, 0),
                include_family=True,
            )
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        finally:
            vault.close()
    print(
        f"families in vault: {args.families}; conference: {PARTICIPANTS} participants, "
        f"{TOPICS} topics; {blocked} participant×topic pairs refused by the gate"
    )
    print("refused shares by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())))
    print("| measure | result |\n|---|---|")
    print(f"| consent gate alone ({PARTICIPANTS}×{TOPICS}) | {_ms(checks)} |")
    print(f"| read family file + consent gate | {_ms(gates)} |")
    print(f"| export: fresh read, gate, {files} files written, logged | {_ms(exports[1:])} |")
    total = [g + e for g, e in zip(gates, exports, strict=True)]
    print(f"| both together (goal < 1 s) | {_ms(total[1:])} |")
    print(
        f"| both, first time in the process (fonts and PDF machinery loaded) | "
        f"{total[0] * 1000:.0f} ms |"
    )
    print(f"| peak Python memory of one export | {peak / 2**20:.1f} MiB |")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
