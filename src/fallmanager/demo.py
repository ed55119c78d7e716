"""The demo vault: synthetic families behind a documented passphrase.

It holds no real data, so it is protected by the passphrase alone (no keyring binding) and
works on any machine, including one without an OS credential store.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from fallmanager.services.exchange import ImportReport, import_records
from fallmanager.vault.crypto import KdfParams
from fallmanager.vault.vault import Vault, is_vault

DEMO_PASSPHRASE = "Demo-Tresor-2026"  # noqa: S105 - documented on purpose: synthetic data only
DEMO_FAMILIES = 60
DEMO_SEED = 2026


@dataclass(frozen=True, slots=True)
class DemoVault:
    path: Path
    created: bool
    report: ImportReport | None


def ensure_demo_vault(
    path: Path,
    *,
    families: int = DEMO_FAMILIES,
    seed: int = DEMO_SEED,
    force: bool = False,
    today: date | None = None,
    kdf: KdfParams | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoVault:
    """Create the demo vault at ``path`` unless it exists (``force`` recreates it).

    An existing directory is only replaced if it opens with the demo passphrase, so a real
    vault can never be overwritten by this.
    """
    path = Path(path)
    if is_vault(path):
        if not force:
            return DemoVault(path, created=False, report=None)
        Vault.open(path, DEMO_PASSPHRASE).close()  # proves it is a demo vault
        shutil.rmtree(path)
    from fallmanager.synthetic import generate  # noqa: PLC0415 - only needed when creating

    created = Vault.create(path, DEMO_PASSPHRASE, passphrase_only=True, kdf=kdf)
    with created.vault as vault:
        data = generate(families, seed=seed, today=today or date.today())
        report = import_records(
            vault.unit_of_work(), records=data.records, today=today, progress=progress
        )
    return DemoVault(path, created=True, report=report)
