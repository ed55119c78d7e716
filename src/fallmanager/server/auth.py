"""Devices: enrolment with a one-time code, and the bearer token of every request.

Neither the code nor the token is stored: only their SHA-256. A revoked device is still
recognised by its token, so that it can be told to lock and erase its copy of the vault.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from fallmanager.domain.sync import OLDEST_ACCEPTED_VERSION, PROTOCOL_VERSION
from fallmanager.server.admin import normalise_code
from fallmanager.server.db import app_user, device
from fallmanager.server.merge import DeviceContext, utc_now_iso


class ApiError(Exception):
    """An error the API answers with ``status`` and a JSON body ``{error, message}``."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def check_protocol(version: int) -> None:
    """A laptop one version behind may still sync (its operations are upgraded); an older
    one must update first, and keeps its unsent changes meanwhile."""
    if version < OLDEST_ACCEPTED_VERSION:
        raise ApiError(
            426,
            "update_required",
            f"protocol {version} is no longer accepted; version {PROTOCOL_VERSION} is "
            "current, please update the application",
        )
    if version > PROTOCOL_VERSION:
        raise ApiError(
            426,
            "server_outdated",
            f"the server speaks protocol {PROTOCOL_VERSION}; update the server",
        )


def authenticate(conn: Connection, token: str | None, protocol_version: int) -> DeviceContext:
    if not token or len(token) > 200:
        raise ApiError(401, "invalid_token", "missing or malformed device token")
    row = conn.execute(
        select(
            device.c.id,
            device.c.user_id,
            device.c.revoked_at,
            app_user.c.login,
            app_user.c.active,
        )
        .join(app_user, app_user.c.id == device.c.user_id)
        .where(device.c.token_hash == secret_hash(token))
    ).first()
    if row is None:
        raise ApiError(401, "invalid_token", "unknown device token")
    if row.revoked_at is not None or not row.active:
        raise ApiError(403, "device_revoked", "this device was revoked: lock and erase")
    check_protocol(protocol_version)
    conn.execute(
        update(device)
        .where(device.c.id == row.id)
        .values(last_seen_at=utc_now_iso(), protocol_version=protocol_version)
    )
    return DeviceContext(row.id, row.user_id, row.login, protocol_version)


@dataclass(frozen=True, slots=True)
class Enrolment:
    device_id: str
    token: str
    user_login: str
    user_name: str


def enrol(conn: Connection, code: str, device_name: str, protocol_version: int) -> Enrolment:
    """Exchange a one-time code for a device token (once; the code is gone afterwards)."""
    check_protocol(protocol_version)
    now = utc_now_iso()
    row = conn.execute(
        select(
            device.c.id,
            device.c.enrol_expires_at,
            device.c.revoked_at,
            app_user.c.login,
            app_user.c.display_name,
            app_user.c.active,
        )
        .join(app_user, app_user.c.id == device.c.user_id)
        .where(device.c.enrol_code_hash == secret_hash(normalise_code(code)))
    ).first()
    if (
        row is None
        or row.revoked_at is not None
        or not row.active
        or (row.enrol_expires_at is not None and row.enrol_expires_at < now)
    ):
        raise ApiError(403, "enrol_refused", "the code is unknown, used or expired")
    token = secrets.token_urlsafe(32)
    conn.execute(
        update(device)
        .where(device.c.id == row.id)
        .values(
            token_hash=secret_hash(token),
            enrol_code_hash=None,
            enrolled_at=now,
            name=device_name.strip()[:200] or "Laptop",
            protocol_version=protocol_version,
        )
    )
    return Enrolment(row.id, token, row.login, row.display_name)
