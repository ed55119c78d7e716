"""Shared fixtures: temporary vaults with cheap key derivation and a stand-in keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault
from tests.support.keyrings import MemoryKeyring

PASSPHRASE = "correct horse battery staple"

# Reports paint with Qt too (PNG export, print previews): never ask for a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's data directory or credential store."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("FALLMANAGER_VAULT", raising=False)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    """An unlocked, passphrase-only vault with cheap key derivation."""
    created = Vault.create(tmp_path / "vault", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF)
    try:
        yield created.vault
    finally:
        created.vault.close()


@pytest.fixture
def uow(vault: Vault) -> SqlUnitOfWork:
    return vault.unit_of_work()


@pytest.fixture
def project_root() -> Path:
    return Path(__file__).resolve().parent.parent


def subprocess_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Environment for running the command line in a subprocess under test conditions."""
    env = dict(os.environ)
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.keyrings.SharedFileKeyring"
    env["FALLMANAGER_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    env.pop("FALLMANAGER_VAULT", None)
    env.update(extra)
    return env
