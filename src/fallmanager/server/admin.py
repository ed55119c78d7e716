"""The office administrator's operations: setting up the server, users and teams, who works
on which family file, and the enrolment and revocation of laptops.

Each operation is a function over the server's engine, runs in one transaction that holds
the merge lock (so it never interleaves with a synchronisation), and appends a row to the
audit log that names ids only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import secrets
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError

from fallmanager.domain.family import CASE_NUMBER_RE
from fallmanager.server.config import (
    SETTINGS_FILE,
    ServerConfigError,
    ServerSettings,
    check_database_url,
    default_database_url,
    effective_database_url,
    load_settings,
    write_settings,
)
from fallmanager.server.db import (
    app_user,
    audit_log,
    device,
    family_access,
    record,
    sync_counter,
    team_member,
)
from fallmanager.server.db import team as team_table
from fallmanager.server.engine import create_server_engine, read_transaction, write_transaction
from fallmanager.server.migrate import current, upgrade
from fallmanager.server.tls import certificate_hostnames, check_hostnames, create_self_signed

LOGIN_PATTERN = re.compile(r"^[a-z0-9._-]{1,100}$")

#: Letters and digits that cannot be mistaken for one another when read aloud or typed
#: from paper (no 0/O, 1/I/L).
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 12
DEFAULT_ENROLMENT_HOURS = 72
MAX_ENROLMENT_HOURS = 30 * 24

#: Roles in ``family_access``.
ROLE_TEAM = "team"
ROLE_OWNER = "owner"
ROLE_DEPUTY = "deputy"

_NAME_LIMIT = 200


class AdminError(Exception):
    """An administrative operation that cannot be done as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class EnrolmentCode:
    """A one-time code with which a laptop enrols as ``device_id``; shown once, stored only
    as its hash."""

    device_id: str
    code: str  # XXXX-XXXX-XXXX
    expires_at: str


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One laptop as the administrator sees it."""

    id: str
    login: str
    name: str
    state: str  # pending | expired | enrolled | revoked
    created_at: str
    enrol_expires_at: str | None
    enrolled_at: str | None
    last_seen_at: str | None
    revoked_at: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: str
    action: str
    user_id: str | None
    device_id: str | None
    detail: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """Counts that tell the administrator whether the server is healthy and in use."""

    database_kind: str
    schema_revision: str | None
    users: int
    active_users: int
    teams: int
    devices_enrolled: int
    devices_pending: int
    devices_expired: int
    devices_revoked: int
    last_seen_at: str | None
    families_assigned: int
    families_unassigned: int
    records: int
    log_length: int
    open_conflicts: int
    recent_audit: tuple[AuditEntry, ...]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC time as the vault writes it: ``2026-11-25T21:00:00.000000Z``."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _audit(
    conn: Connection,
    action: str,
    *,
    user_id: str | None = None,
    device_id: str | None = None,
    **detail: Any,
) -> None:
    conn.execute(
        audit_log.insert().values(
            at=iso(utc_now()),
            user_id=user_id,
            device_id=device_id,
            action=action,
            detail=json.dumps({"by": "admin", **detail}, sort_keys=True),
        )
    )


def _clean_name(value: str, what: str) -> str:
    cleaned = unicodedata.normalize("NFC", (value or "").strip())
    if not cleaned:
        raise AdminError(f"The {what} must not be empty.")
    if len(cleaned) > _NAME_LIMIT:
        raise AdminError(f"The {what} is longer than {_NAME_LIMIT} characters.")
    if any(unicodedata.category(char).startswith("C") for char in cleaned):
        raise AdminError(f"The {what} must not contain control characters.")
    return cleaned


def _check_login(login: str) -> str:
    if not LOGIN_PATTERN.fullmatch(login or ""):
        raise AdminError(
            f"Invalid login {login!r}: use 1 to 100 characters from a-z, 0-9, '.', '_' and '-'."
        )
    return login


# --- setting up -------------------------------------------------------------------------------


def init_server(
    directory: Path,
    database_url: str | None = None,
    hostnames: Sequence[str] | None = None,
    *,
    force: bool = False,
) -> ServerSettings:
    """Set up a server directory: ``server.toml``, a self-signed certificate (unless the
    certificate files exist) and the database schema.

    An existing ``server.toml`` is replaced only with ``force``; its server id is kept then,
    so that enrolled laptops still recognise the server.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise AdminError(f"{directory} exists and is not a directory.")
    settings_file = directory / SETTINGS_FILE
    server_id: str | None = None
    if settings_file.exists():
        if not force:
            raise AdminError(
                f"{settings_file} exists already; use --force to replace the configuration."
            )
        with contextlib.suppress(ServerConfigError):
            server_id = load_settings(directory).server_id
    if database_url is not None:
        check_database_url(database_url)
    names = certificate_hostnames(list(hostnames or []))
    check_hostnames(names)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = ServerSettings(
        directory=directory,
        database_url=database_url or default_database_url(directory),
        server_id=server_id,
    )
    # The database first: when it cannot be reached, nothing is written and ``init`` can
    # simply be run again.
    engine = create_server_engine(effective_database_url(settings.database_url))
    try:
        upgrade(engine)
        if not (settings.cert_file.exists() and settings.key_file.exists()):
            create_self_signed(settings.cert_file, settings.key_file, names)
        write_settings(settings)
        with write_transaction(engine) as conn:
            _audit(conn, "server.initialised", server_id=settings.server_id, forced=force)
    finally:
        engine.dispose()
    return load_settings(directory)


def replace_certificate(
    engine: Engine, settings: ServerSettings, hostnames: Sequence[str] | None = None
) -> str:
    """Make a new self-signed certificate and key in place of the old ones; return the new
    fingerprint. Laptops that pinned the old fingerprint must be given the new one."""
    names = certificate_hostnames(list(hostnames or []))
    check_hostnames(names)
    fingerprint = create_self_signed(settings.cert_file, settings.key_file, names)
    with write_transaction(engine) as conn:
        _audit(conn, "certificate.replaced", fingerprint=fingerprint)
    return fingerprint


# --- users and teams ---------------------------------------------------------------------------


def _user(conn: Connection, login: str) -> Any:
    row = conn.execute(select(app_user).where(app_user.c.login == login)).first()
    if row is None:
        raise AdminError(f"No user with the login {login!r}.")
    return row


def _active_user(conn: Connection, login: str) -> Any:
    row = _user(conn, login)
    if not row.active:
        raise AdminError(f"The user {login!r} is deactivated.")
    return row


def _team(conn: Connection, name_or_id: str) -> Any:
    row = conn.execute(
        select(team_table).where(
            (team_table.c.name == name_or_id) | (team_table.c.id == name_or_id)
        )
    ).first()
    if row is None:
        raise AdminError(f"No team called {name_or_id!r}.")
    return row


def create_user(engine: Engine, login: str, display_name: str) -> str:
    """Add a case manager (or other member of staff) who may enrol laptops; return the id."""
    _check_login(login)
    name = _clean_name(display_name, "display name")
    user_id = str(uuid.uuid4())
    try:
        with write_transaction(engine) as conn:
            if conn.execute(select(app_user.c.id).where(app_user.c.login == login)).first():
                raise AdminError(f"A user with the login {login!r} exists already.")
            conn.execute(
                app_user.insert().values(
                    id=user_id,
                    login=login,
                    display_name=name,
                    active=True,
                    created_at=iso(utc_now()),
                )
            )
            _audit(conn, "user.created", user_id=user_id)
    except IntegrityError:  # created at the same moment by another administrator
        raise AdminError(f"A user with the login {login!r} exists already.") from None
    return user_id


def deactivate_user(engine: Engine, login: str) -> list[str]:
    """Deactivate a user and revoke all of their devices; return the revoked device ids."""
    with write_transaction(engine) as conn:
        user = _user(conn, login)
        if not user.active:
            raise AdminError(f"The user {login!r} is deactivated already.")
        now = iso(utc_now())
        conn.execute(app_user.update().where(app_user.c.id == user.id).values(active=False))
        device_ids = list(
            conn.execute(
                select(device.c.id)
                .where(device.c.user_id == user.id, device.c.revoked_at.is_(None))
                .order_by(device.c.created_at)
            ).scalars()
        )
        if device_ids:
            conn.execute(
                device.update()
                .where(device.c.id.in_(device_ids))
                .values(revoked_at=now, enrol_code_hash=None)
            )
        _audit(conn, "user.deactivated", user_id=user.id, revoked_devices=device_ids)
    return device_ids


def create_team(engine: Engine, name: str) -> str:
    """Add a team (several case managers who share family files); return its id."""
    cleaned = _clean_name(name, "team name")
    team_id = str(uuid.uuid4())
    try:
        with write_transaction(engine) as conn:
            if conn.execute(select(team_table.c.id).where(team_table.c.name == cleaned)).first():
                raise AdminError(f"A team called {cleaned!r} exists already.")
            conn.execute(
                team_table.insert().values(id=team_id, name=cleaned, created_at=iso(utc_now()))
            )
            _audit(conn, "team.created", team_id=team_id)
    except IntegrityError:
        raise AdminError(f"A team called {cleaned!r} exists already.") from None
    return team_id


def add_member(engine: Engine, team: str, login: str) -> None:
    """Make a user a member of a team (by team name or id)."""
    with write_transaction(engine) as conn:
        found = _team(conn, team)
        user = _user(conn, login)
        exists = conn.execute(
            select(team_member.c.team_id).where(
                team_member.c.team_id == found.id, team_member.c.user_id == user.id
            )
        ).first()
        if exists:
            raise AdminError(f"{login!r} is a member of the team {found.name!r} already.")
        conn.execute(team_member.insert().values(team_id=found.id, user_id=user.id))
        _audit(conn, "team.member_added", user_id=user.id, team_id=found.id)


# --- family files ------------------------------------------------------------------------------


def find_family(engine: Engine, case_number: str) -> str | None:
    """The id of the family file with this case number (``2026-0042``) in the server's
    copy, or None if no laptop has synchronised it yet."""
    with read_transaction(engine) as conn:
        matches = sorted(
            conn.execute(
                select(record.c.entity_id).where(record.c.case_number == case_number)
            ).scalars()
        )
    if len(matches) > 1:
        raise AdminError(
            f"Several family files have the case number {case_number}: "
            f"{', '.join(matches)}; give the family id instead."
        )
    return matches[0] if matches else None


def resolve_family(engine: Engine, family: str) -> str:
    """A family id from an id (UUID) or a case number known to the server."""
    text = (family or "").strip()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        pass
    if CASE_NUMBER_RE.fullmatch(text):
        found = find_family(engine, text)
        if found is None:
            raise AdminError(
                f"No family file with the case number {text} has been synchronised to the "
                "server yet; give the family id instead."
            )
        return found
    raise AdminError(
        f"{family!r} is neither a family id (UUID) nor a case number such as 2026-0042."
    )


def assign(
    engine: Engine,
    family_id: str,
    *,
    team: str | None = None,
    owner: str | None = None,
    deputy: str | None = None,
) -> str:
    """Say who works on a family file: a team, or a case manager (owner) with an optional
    deputy. Replaces the family's previous assignment. ``family_id`` may also be a case
    number the server knows. Returns the family id."""
    if (team is None) == (owner is None):
        raise AdminError("Assign a family file either to a team or to an owner, not both.")
    if deputy is not None and owner is None:
        raise AdminError("A deputy is assigned together with an owner.")
    if deputy is not None and deputy == owner:
        raise AdminError("The deputy must be someone other than the owner.")
    resolved = resolve_family(engine, family_id)
    with write_transaction(engine) as conn:
        rows: list[dict[str, Any]] = []
        detail: dict[str, Any] = {"family_id": resolved}
        if team is not None:
            found = _team(conn, team)
            rows.append({"team_id": found.id, "user_id": None, "role": ROLE_TEAM})
            detail["team_id"] = found.id
        else:
            assert owner is not None  # noqa: S101 - checked above
            owner_row = _active_user(conn, owner)
            rows.append({"team_id": None, "user_id": owner_row.id, "role": ROLE_OWNER})
            detail["owner_id"] = owner_row.id
            if deputy is not None:
                deputy_row = _active_user(conn, deputy)
                rows.append({"team_id": None, "user_id": deputy_row.id, "role": ROLE_DEPUTY})
                detail["deputy_id"] = deputy_row.id
        conn.execute(family_access.delete().where(family_access.c.family_id == resolved))
        conn.execute(family_access.insert(), [{"family_id": resolved, **row} for row in rows])
        _audit(conn, "family.assigned", **detail)
    return resolved


# --- devices -----------------------------------------------------------------------------------


def normalise_code(text: str) -> str:
    """An enrolment code as typed (any case, with dashes or spaces) in its stored form."""
    return re.sub(r"[\s-]", "", text or "").upper()


def code_hash(text: str) -> str:
    """The SHA-256 hex digest under which an enrolment code is stored."""
    return hashlib.sha256(normalise_code(text).encode("utf-8")).hexdigest()


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[index : index + 4] for index in range(0, CODE_LENGTH, 4))


def enrol_device(
    engine: Engine,
    login: str,
    device_name: str,
    valid_hours: int = DEFAULT_ENROLMENT_HOURS,
) -> EnrolmentCode:
    """Prepare the enrolment of a laptop for a user: a new device with a one-time code.

    A new code for a device name of the user that has not enrolled yet replaces the old one.
    """
    if not 1 <= valid_hours <= MAX_ENROLMENT_HOURS:
        raise AdminError(f"An enrolment code is valid for 1 to {MAX_ENROLMENT_HOURS} hours.")
    name = _clean_name(device_name, "device name")
    code = _new_code()
    now = utc_now()
    expires_at = iso(now + timedelta(hours=valid_hours))
    device_id = str(uuid.uuid4())
    with write_transaction(engine) as conn:
        user = _active_user(conn, login)
        same_name = conn.execute(
            select(device.c.id, device.c.enrolled_at).where(
                device.c.user_id == user.id, device.c.name == name, device.c.revoked_at.is_(None)
            )
        ).all()
        if any(row.enrolled_at is not None for row in same_name):
            raise AdminError(
                f"{login!r} has an enrolled device called {name!r}; "
                "revoke it first or choose another name."
            )
        for row in same_name:  # an unused code is replaced by the new one
            conn.execute(
                device.update()
                .where(device.c.id == row.id)
                .values(revoked_at=iso(now), enrol_code_hash=None)
            )
            _audit(conn, "device.revoked", user_id=user.id, device_id=row.id, replaced=True)
        conn.execute(
            device.insert().values(
                id=device_id,
                user_id=user.id,
                name=name,
                enrol_code_hash=code_hash(code),
                enrol_expires_at=expires_at,
                created_at=iso(now),
            )
        )
        _audit(conn, "device.code_issued", user_id=user.id, device_id=device_id)
    return EnrolmentCode(device_id=device_id, code=code, expires_at=expires_at)


def revoke_device(engine: Engine, device_id_or_name: str) -> str:
    """Revoke a laptop (by device id or name): the server refuses it from now on and tells
    it to erase its copy. The token hash stays so that the device is recognised. Returns
    the device id."""
    key = (device_id_or_name or "").strip()
    with write_transaction(engine) as conn:
        row = conn.execute(select(device).where(device.c.id == key)).first()
        if row is None:
            candidates = conn.execute(
                select(device).where(device.c.name == key, device.c.revoked_at.is_(None))
            ).all()
            if len(candidates) > 1:
                raise AdminError(
                    f"Several devices are called {key!r} "
                    f"({', '.join(sorted(c.id for c in candidates))}); give the device id."
                )
            if not candidates:
                raise AdminError(f"No device with the id or name {key!r} (or it is revoked).")
            row = candidates[0]
        if row.revoked_at is not None:
            raise AdminError(f"The device {row.id} is revoked already.")
        conn.execute(
            device.update()
            .where(device.c.id == row.id)
            .values(revoked_at=iso(utc_now()), enrol_code_hash=None)
        )
        _audit(conn, "device.revoked", user_id=row.user_id, device_id=row.id)
    return str(row.id)


def _device_state(row: Any, now: str) -> str:
    if row.revoked_at is not None:
        return "revoked"
    if row.enrolled_at is not None:
        return "enrolled"
    if row.enrol_expires_at is not None and row.enrol_expires_at <= now:
        return "expired"
    return "pending"


def list_devices(engine: Engine) -> list[DeviceInfo]:
    """All devices, by user and name."""
    now = iso(utc_now())
    with read_transaction(engine) as conn:
        rows = conn.execute(
            select(device, app_user.c.login)
            .join(app_user, app_user.c.id == device.c.user_id)
            .order_by(app_user.c.login, device.c.name, device.c.created_at)
        ).all()
    return [
        DeviceInfo(
            id=row.id,
            login=row.login,
            name=row.name,
            state=_device_state(row, now),
            created_at=row.created_at,
            enrol_expires_at=row.enrol_expires_at,
            enrolled_at=row.enrolled_at,
            last_seen_at=row.last_seen_at,
            revoked_at=row.revoked_at,
        )
        for row in rows
    ]


# --- overview ----------------------------------------------------------------------------------


def status(engine: Engine) -> ServerStatus:
    """Counts of users, devices, family files, records, the log and open conflicts, and
    the latest audit entries."""
    revision = current(engine)
    now = iso(utc_now())
    with read_transaction(engine) as conn:
        users = conn.execute(
            select(func.count(), func.count().filter(app_user.c.active.is_(True))).select_from(
                app_user
            )
        ).one()
        teams = conn.execute(select(func.count()).select_from(team_table)).scalar_one()
        device_rows = conn.execute(
            select(
                device.c.revoked_at,
                device.c.enrolled_at,
                device.c.enrol_expires_at,
                device.c.last_seen_at,
            )
        ).all()
        assigned_ids = set(conn.execute(select(family_access.c.family_id).distinct()).scalars())
        family_ids = set(
            conn.execute(
                select(record.c.entity_id).where(
                    record.c.entity == "family_file", record.c.deleted.is_(False)
                )
            ).scalars()
        )
        records, conflicts = conn.execute(
            select(func.count(), func.coalesce(func.sum(record.c.open_conflicts), 0)).select_from(
                record
            )
        ).one()
        log_length = conn.execute(
            select(sync_counter.c.value).where(sync_counter.c.id == 1)
        ).scalar()
        audit_rows = conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(10)).all()
    states = [_device_state(row, now) for row in device_rows]
    seen = [row.last_seen_at for row in device_rows if row.last_seen_at]
    return ServerStatus(
        database_kind=engine.dialect.name,
        schema_revision=revision,
        users=int(users[0]),
        active_users=int(users[1]),
        teams=int(teams),
        devices_enrolled=states.count("enrolled"),
        devices_pending=states.count("pending"),
        devices_expired=states.count("expired"),
        devices_revoked=states.count("revoked"),
        last_seen_at=max(seen) if seen else None,
        families_assigned=len(assigned_ids),
        families_unassigned=len(family_ids - assigned_ids),
        records=int(records),
        log_length=int(log_length or 0),
        open_conflicts=int(conflicts),
        recent_audit=tuple(
            AuditEntry(
                at=row.at,
                action=row.action,
                user_id=row.user_id,
                device_id=row.device_id,
                detail=json.loads(row.detail),
            )
            for row in audit_rows
        ),
    )
