"""An office server in the test process and laptops with real vaults that sync with it.

The laptops talk to the server through the real sync API (FastAPI's test client instead of a
socket); everything else — merge, storage on SQLite or PostgreSQL, the vault, the laptop's
push and pull — is the production code.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from fallmanager.domain.sync import PROTOCOL_VERSION
from fallmanager.server import admin
from fallmanager.server.app import create_app
from fallmanager.server.config import ServerSettings
from fallmanager.server.merge import DeviceContext
from fallmanager.services import family_files
from fallmanager.services import sync as sync_service
from fallmanager.services.sync import SyncSummary
from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.sync.transport import decode_answer
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault

SERVER_URL = "https://office.test:8443"
FINGERPRINT = "AB:" * 31 + "AB"


def add_user(
    engine: Engine, login: str, team: str | None = None, display_name: str | None = None
) -> str:
    """Create a user (and, if needed, the team it joins); return the user id."""
    user_id = admin.create_user(engine, login, display_name or login.capitalize())
    if team is not None:
        with contextlib.suppress(admin.AdminError):  # the team exists already
            admin.create_team(engine, team)
        admin.add_member(engine, team, login)
    return user_id


class InProcessTransport:
    """The sync API over FastAPI's test client; ``before_call`` lets a test interfere."""

    def __init__(self, client: TestClient) -> None:
        self._client = client
        self.before_call: Callable[[str, dict[str, Any] | None], None] | None = None
        self.after_call: Callable[[str, dict[str, Any]], None] | None = None

    @property
    def fingerprint(self) -> str:
        return FINGERPRINT

    def call(self, path: str, body: dict[str, Any] | None, token: str | None) -> dict[str, Any]:
        if self.before_call is not None:
            self.before_call(path, body)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if body is None:
            response = self._client.get(path, headers=headers)
        else:
            response = self._client.post(path, json=body, headers=headers)
        answer = decode_answer(response.status_code, response.content)
        if self.after_call is not None:
            self.after_call(path, answer)
        return answer


@dataclass
class Laptop:
    name: str
    vault: Vault
    office: Office
    transport: InProcessTransport
    summaries: list[SyncSummary] = field(default_factory=list)

    def uow(self) -> SqlUnitOfWork:
        return self.vault.unit_of_work()

    def sync(self) -> SyncSummary:
        summary = sync_service.synchronise(
            self.vault.unit_of_work, lambda _p: None, lambda: False, transport=self.transport
        )
        self.summaries.append(summary)
        return summary


class Office:
    """A server database with an app, users, teams and enrolled laptops."""

    def __init__(self, engine: Engine, directory: Path) -> None:
        self.engine = engine
        self.directory = directory
        settings = ServerSettings(directory=directory, database_url=str(engine.url))
        self.app = create_app(settings, engine=engine)
        self.client = TestClient(self.app)
        self._laptops: list[Laptop] = []

    def close(self) -> None:
        for laptop in self._laptops:
            laptop.vault.close()
        self.client.close()

    def user(self, login: str, team: str | None = None) -> str:
        return add_user(self.engine, login, team)

    def transport(self) -> InProcessTransport:
        return InProcessTransport(self.client)

    def laptop(self, login: str, name: str) -> Laptop:
        created = Vault.create(
            self.directory / f"vault-{name}", "pass phrase", passphrase_only=True, kdf=TEST_KDF
        )
        code = admin.enrol_device(self.engine, login, name).code
        transport = self.transport()
        sync_service.enrol(
            created.vault.unit_of_work(), SERVER_URL, code, name, FINGERPRINT, transport=transport
        )
        laptop = Laptop(name, created.vault, self, transport)
        self._laptops.append(laptop)
        return laptop


def team_of_two(office: Office) -> tuple[Laptop, Laptop, uuid.UUID]:
    """Anna and Ben of team Nord, each with a laptop; Anna opened a family file, the office
    assigned it to the team, and both laptops have it."""
    office.user("anna", team="Nord")
    office.user("ben", team="Nord")
    a = office.laptop("anna", "a")
    b = office.laptop("ben", "b")
    family = family_files.open_family_file(a.uow(), opened_on=date(2026, 11, 2), responsible="Anna")
    a.sync()
    admin.assign(office.engine, str(family.id), team="Nord")
    b.sync()
    a.sync()
    return a, b, family.id


def device_context(office: Office, laptop: Laptop) -> DeviceContext:
    """The server's view of a laptop's requests, for calling the merge and pull directly."""
    info = sync_service.enrolment(laptop.uow())
    assert info is not None
    with office.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT u.id, u.login FROM device d JOIN app_user u ON u.id = d.user_id "
                "WHERE d.id = :d"
            ),
            {"d": info.device_id},
        ).one()
    return DeviceContext(info.device_id, row.id, row.login, PROTOCOL_VERSION)
