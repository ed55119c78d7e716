"""The administrator's operations on the server database, on SQLite and PostgreSQL, and
the server directory's configuration."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from fallmanager.server import admin
from fallmanager.server.admin import AdminError
from fallmanager.server.config import (
    DATABASE_URL_ENV,
    DEFAULT_MAX_BODY_BYTES,
    ServerConfigError,
    ServerSettings,
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
from fallmanager.server.engine import create_server_engine
from fallmanager.server.migrate import SCHEMA_HEAD, current
from fallmanager.server.tls import CertificateError, fingerprint_of_pem

CODE = re.compile(r"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")


def _rows(engine: Engine, table: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(table)).all())


def _add_record(
    engine: Engine,
    entity: str,
    data: dict[str, Any],
    *,
    deleted: bool = False,
    open_conflicts: int = 0,
) -> str:
    entity_id = str(uuid.uuid4())
    with engine.begin() as conn:
        conn.execute(
            record.insert().values(
                entity_id=entity_id,
                entity=entity,
                data=json.dumps(data),
                field_hlc="{}",
                field_seq="{}",
                field_author="{}",
                deleted=deleted,
                deleted_hlc=None,
                conflicts="{}",
                open_conflicts=open_conflicts,
                created_by=str(uuid.uuid4()),
                # As the merge fills it: a live family file's case number.
                case_number=None if entity != "family_file" or deleted else data["case_number"],
            )
        )
    return entity_id


def _access(engine: Engine, family_id: str) -> list[tuple[str | None, str | None, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(family_access.c.team_id, family_access.c.user_id, family_access.c.role)
            .where(family_access.c.family_id == family_id)
            .order_by(family_access.c.role)
        ).all()
    return [tuple(row) for row in rows]


# --- users and teams ---------------------------------------------------------------------------


def test_create_user_and_refuse_a_second_with_the_same_login(server_engine: Engine) -> None:
    user_id = admin.create_user(server_engine, "anna.k", "  Anna Beispiel ")
    (row,) = _rows(server_engine, app_user)
    assert (row.id, row.login, row.display_name, row.active) == (
        user_id,
        "anna.k",
        "Anna Beispiel",
        True,
    )
    assert row.created_at.endswith("Z")
    with pytest.raises(AdminError, match="exists already"):
        admin.create_user(server_engine, "anna.k", "Someone Else")
    assert len(_rows(server_engine, app_user)) == 1


@pytest.mark.parametrize("login", ["", "Anna", "anna k", "änna", "anna/k", "x" * 101, "anna\n"])
def test_invalid_logins_are_refused(server_engine: Engine, login: str) -> None:
    with pytest.raises(AdminError, match="Invalid login"):
        admin.create_user(server_engine, login, "Test User")


def test_login_limits_and_display_names(server_engine: Engine) -> None:
    admin.create_user(server_engine, "a" * 100, "Long Login")
    admin.create_user(server_engine, "b", "Short Login")
    admin.create_user(server_engine, "c.d_e-9", "Mixed Login")
    with pytest.raises(AdminError, match="must not be empty"):
        admin.create_user(server_engine, "empty", "   ")
    with pytest.raises(AdminError, match="control characters"):
        admin.create_user(server_engine, "ctrl", "Bell\x07")
    with pytest.raises(AdminError, match="longer than 200"):
        admin.create_user(server_engine, "long", "x" * 201)
    assert len(_rows(server_engine, app_user)) == 3


def test_teams_and_members(server_engine: Engine) -> None:
    team_id = admin.create_team(server_engine, "Team Nord")
    user_id = admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    admin.add_member(server_engine, "Team Nord", "anna.k")
    assert [tuple(r) for r in _rows(server_engine, team_member)] == [(team_id, user_id)]
    with pytest.raises(AdminError, match="member of the team 'Team Nord' already"):
        admin.add_member(server_engine, team_id, "anna.k")  # by id, too
    with pytest.raises(AdminError, match="exists already"):
        admin.create_team(server_engine, "Team Nord")
    with pytest.raises(AdminError, match="No team called 'Team Süd'"):
        admin.add_member(server_engine, "Team Süd", "anna.k")
    with pytest.raises(AdminError, match="No user with the login 'bernd'"):
        admin.add_member(server_engine, "Team Nord", "bernd")


# --- family files ------------------------------------------------------------------------------


def test_assign_to_a_team_then_to_an_owner_and_deputy(server_engine: Engine) -> None:
    team_id = admin.create_team(server_engine, "Team Nord")
    anna = admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    bernd = admin.create_user(server_engine, "bernd.m", "Bernd Muster")
    family_id = str(uuid.uuid4())

    assert admin.assign(server_engine, family_id.upper(), team="Team Nord") == family_id
    assert _access(server_engine, family_id) == [(team_id, None, "team")]

    admin.assign(server_engine, family_id, owner="anna.k", deputy="bernd.m")
    assert _access(server_engine, family_id) == [
        (None, bernd, "deputy"),
        (None, anna, "owner"),
    ]
    admin.assign(server_engine, family_id, owner="bernd.m")
    assert _access(server_engine, family_id) == [(None, bernd, "owner")]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"team": "Team Nord", "owner": "anna.k"}, "either to a team or to an owner"),
        ({}, "either to a team or to an owner"),
        ({"team": "Team Nord", "deputy": "anna.k"}, "together with an owner"),
        ({"owner": "anna.k", "deputy": "anna.k"}, "someone other than the owner"),
        ({"owner": "nobody"}, "No user with the login 'nobody'"),
        ({"team": "Team Süd"}, "No team called"),
    ],
)
def test_assign_refuses_unclear_requests(
    server_engine: Engine, arguments: dict[str, str], message: str
) -> None:
    admin.create_team(server_engine, "Team Nord")
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    family_id = str(uuid.uuid4())
    with pytest.raises(AdminError, match=message):
        admin.assign(server_engine, family_id, **arguments)
    assert _access(server_engine, family_id) == []


def test_assign_by_case_number(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    family_id = _add_record(server_engine, "family_file", {"case_number": "2026-0042"})
    _add_record(server_engine, "family_file", {"case_number": "2026-0043"}, deleted=True)
    _add_record(server_engine, "person", {"case_number": "2026-0044"})

    assert admin.find_family(server_engine, "2026-0042") == family_id
    assert admin.find_family(server_engine, "2026-0043") is None  # deleted
    assert admin.find_family(server_engine, "2026-0044") is None  # not a family file
    assert admin.assign(server_engine, "2026-0042", owner="anna.k") == family_id
    assert [role for *_, role in _access(server_engine, family_id)] == ["owner"]

    with pytest.raises(AdminError, match="No family file with the case number 2026-0099"):
        admin.assign(server_engine, "2026-0099", owner="anna.k")
    with pytest.raises(AdminError, match="neither a family id"):
        admin.assign(server_engine, "Familie Beispiel", owner="anna.k")
    _add_record(server_engine, "family_file", {"case_number": "2026-0042"})
    with pytest.raises(AdminError, match="Several family files"):
        admin.assign(server_engine, "2026-0042", owner="anna.k")


# --- devices -----------------------------------------------------------------------------------


def test_enrolment_codes_are_stored_only_as_hashes(server_engine: Engine) -> None:
    user_id = admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    before = datetime.now(UTC)
    enrolment = admin.enrol_device(server_engine, "anna.k", "Laptop 1")
    assert CODE.fullmatch(enrolment.code)
    (row,) = _rows(server_engine, device)
    assert (row.id, row.user_id, row.name) == (enrolment.device_id, user_id, "Laptop 1")
    normalised = enrolment.code.replace("-", "")
    assert row.enrol_code_hash == hashlib.sha256(normalised.encode()).hexdigest()
    assert normalised not in repr(tuple(row))
    assert row.token_hash is None
    assert row.enrolled_at is None
    assert row.enrol_expires_at == enrolment.expires_at
    expires = datetime.fromisoformat(enrolment.expires_at.replace("Z", "+00:00"))
    assert timedelta(hours=71, minutes=59) < expires - before < timedelta(hours=72, minutes=1)


def test_codes_are_random_over_the_unambiguous_alphabet(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    codes = {admin.enrol_device(server_engine, "anna.k", f"Laptop {n}").code for n in range(40)}
    assert len(codes) == 40
    used = set("".join(codes).replace("-", ""))
    assert used <= set(admin.CODE_ALPHABET)
    assert not used & set("01OIL")
    assert len(used) > 20


def test_normalised_codes() -> None:
    assert admin.normalise_code(" abcd-efgh jkmn\t") == "ABCDEFGHJKMN"
    assert admin.code_hash("abcd efgh-jkmn") == admin.code_hash("ABCDEFGHJKMN")
    assert admin.code_hash("ABCDEFGHJKMN") != admin.code_hash("ABCDEFGHJKMP")


def test_enrolment_is_refused_for_unknown_or_deactivated_users(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    with pytest.raises(AdminError, match="No user"):
        admin.enrol_device(server_engine, "bernd", "Laptop 1")
    with pytest.raises(AdminError, match="1 to 720 hours"):
        admin.enrol_device(server_engine, "anna.k", "Laptop 1", valid_hours=0)
    with pytest.raises(AdminError, match="device name must not be empty"):
        admin.enrol_device(server_engine, "anna.k", " ")
    admin.deactivate_user(server_engine, "anna.k")
    with pytest.raises(AdminError, match="deactivated"):
        admin.enrol_device(server_engine, "anna.k", "Laptop 1")
    assert _rows(server_engine, device) == []


def test_a_new_code_replaces_an_unused_one_but_not_an_enrolled_device(
    server_engine: Engine,
) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    first = admin.enrol_device(server_engine, "anna.k", "Laptop 1")
    second = admin.enrol_device(server_engine, "anna.k", "Laptop 1")
    states = {d.id: d.state for d in admin.list_devices(server_engine)}
    assert states == {first.device_id: "revoked", second.device_id: "pending"}
    with server_engine.begin() as conn:
        conn.execute(
            device.update()
            .where(device.c.id == second.device_id)
            .values(enrolled_at="2026-11-25T21:00:00.000000Z", token_hash="a" * 64)
        )
    with pytest.raises(AdminError, match="enrolled device called 'Laptop 1'"):
        admin.enrol_device(server_engine, "anna.k", "Laptop 1")


def test_revoke_by_id_or_name_keeps_the_token_hash(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    admin.create_user(server_engine, "bernd.m", "Bernd Muster")
    one = admin.enrol_device(server_engine, "anna.k", "Laptop 1")
    two = admin.enrol_device(server_engine, "anna.k", "Laptop 2")
    with server_engine.begin() as conn:
        conn.execute(
            device.update()
            .where(device.c.id == one.device_id)
            .values(enrolled_at="2026-11-25T21:00:00.000000Z", token_hash="b" * 64)
        )
    assert admin.revoke_device(server_engine, one.device_id) == one.device_id
    assert admin.revoke_device(server_engine, "Laptop 2") == two.device_id
    rows = {row.id: row for row in _rows(server_engine, device)}
    assert rows[one.device_id].revoked_at is not None
    assert rows[one.device_id].token_hash == "b" * 64
    assert rows[two.device_id].enrol_code_hash is None  # the unused code dies with it
    with pytest.raises(AdminError, match="revoked already"):
        admin.revoke_device(server_engine, one.device_id)
    with pytest.raises(AdminError, match="No device"):
        admin.revoke_device(server_engine, "Laptop 2")

    admin.enrol_device(server_engine, "anna.k", "Laptop")
    admin.enrol_device(server_engine, "bernd.m", "Laptop")
    with pytest.raises(AdminError, match="Several devices are called 'Laptop'"):
        admin.revoke_device(server_engine, "Laptop")


def test_deactivating_a_user_revokes_all_their_devices(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    admin.create_user(server_engine, "bernd.m", "Bernd Muster")
    ids = {admin.enrol_device(server_engine, "anna.k", f"Laptop {n}").device_id for n in (1, 2)}
    other = admin.enrol_device(server_engine, "bernd.m", "Laptop 3").device_id
    assert set(admin.deactivate_user(server_engine, "anna.k")) == ids
    states = {d.id: d.state for d in admin.list_devices(server_engine)}
    assert states == dict.fromkeys(ids, "revoked") | {other: "pending"}
    assert {row.login: row.active for row in _rows(server_engine, app_user)} == {
        "anna.k": False,
        "bernd.m": True,
    }
    with pytest.raises(AdminError, match="deactivated already"):
        admin.deactivate_user(server_engine, "anna.k")
    with pytest.raises(AdminError, match="deactivated"):
        admin.assign(server_engine, str(uuid.uuid4()), owner="anna.k")


# --- overview and audit ------------------------------------------------------------------------


def test_status_counts_everything(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    admin.create_user(server_engine, "bernd.m", "Bernd Muster")
    admin.create_team(server_engine, "Team Nord")
    enrolled = admin.enrol_device(server_engine, "anna.k", "Laptop 1").device_id
    admin.enrol_device(server_engine, "anna.k", "Laptop 2")  # pending
    expired = admin.enrol_device(server_engine, "bernd.m", "Laptop 3").device_id
    revoked = admin.enrol_device(server_engine, "bernd.m", "Laptop 4").device_id
    admin.revoke_device(server_engine, revoked)
    with server_engine.begin() as conn:
        conn.execute(
            device.update()
            .where(device.c.id == enrolled)
            .values(
                enrolled_at="2026-01-02T08:00:00.000000Z",
                last_seen_at="2026-01-03T09:30:00.000000Z",
                token_hash="c" * 64,
            )
        )
        conn.execute(
            device.update()
            .where(device.c.id == expired)
            .values(enrol_expires_at="2020-01-01T00:00:00.000000Z")
        )
        conn.execute(sync_counter.update().values(value=17))
    assigned = _add_record(server_engine, "family_file", {"case_number": "2026-0001"})
    _add_record(server_engine, "family_file", {"case_number": "2026-0002"})
    _add_record(server_engine, "family_file", {"case_number": "2026-0003"}, deleted=True)
    _add_record(server_engine, "person", {}, open_conflicts=2)
    _add_record(server_engine, "visit", {}, open_conflicts=1)
    admin.assign(server_engine, assigned, team="Team Nord")
    admin.assign(server_engine, str(uuid.uuid4()), owner="bernd.m")  # not synchronised yet
    admin.deactivate_user(server_engine, "bernd.m")

    report = admin.status(server_engine)
    assert report.database_kind == server_engine.dialect.name
    assert report.schema_revision == SCHEMA_HEAD
    assert (report.users, report.active_users, report.teams) == (2, 1, 1)
    assert (
        report.devices_enrolled,
        report.devices_pending,
        report.devices_expired,
        report.devices_revoked,
    ) == (1, 1, 0, 2)  # deactivating bernd.m revoked the expired one as well
    assert report.last_seen_at == "2026-01-03T09:30:00.000000Z"
    assert (report.families_assigned, report.families_unassigned) == (2, 1)
    assert (report.records, report.log_length, report.open_conflicts) == (5, 17, 3)
    assert len(report.recent_audit) == 10
    assert report.recent_audit[0].action == "user.deactivated"
    stamps = [entry.at for entry in report.recent_audit]
    assert stamps == sorted(stamps, reverse=True)


def test_status_tells_an_expired_code_from_a_pending_one(server_engine: Engine) -> None:
    admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    expired = admin.enrol_device(server_engine, "anna.k", "Laptop 1").device_id
    with server_engine.begin() as conn:
        conn.execute(
            device.update()
            .where(device.c.id == expired)
            .values(enrol_expires_at="2020-01-01T00:00:00.000000Z")
        )
    admin.enrol_device(server_engine, "anna.k", "Laptop 2")
    report = admin.status(server_engine)
    assert (report.devices_pending, report.devices_expired) == (1, 1)
    assert [d.state for d in admin.list_devices(server_engine)] == ["expired", "pending"]
    assert report.last_seen_at is None
    assert (report.records, report.open_conflicts, report.log_length) == (0, 0, 0)


def test_every_action_is_audited_with_ids_only(server_engine: Engine) -> None:
    user_id = admin.create_user(server_engine, "anna.k", "Anna Beispiel")
    team_id = admin.create_team(server_engine, "Team Nord")
    admin.add_member(server_engine, "Team Nord", "anna.k")
    family_id = _add_record(server_engine, "family_file", {"case_number": "2026-0042"})
    admin.assign(server_engine, "2026-0042", team="Team Nord")
    device_id = admin.enrol_device(server_engine, "anna.k", "Laptop Anna").device_id
    admin.revoke_device(server_engine, "Laptop Anna")
    admin.deactivate_user(server_engine, "anna.k")

    rows = _rows(server_engine, audit_log)
    assert [row.action for row in rows] == [
        "user.created",
        "team.created",
        "team.member_added",
        "family.assigned",
        "device.code_issued",
        "device.revoked",
        "user.deactivated",
    ]
    assigned = json.loads(rows[3].detail)
    assert assigned == {"by": "admin", "family_id": family_id, "team_id": team_id}
    assert (rows[4].user_id, rows[4].device_id) == (user_id, device_id)
    text = repr([tuple(row) for row in rows])
    for name in ("anna.k", "Anna Beispiel", "Team Nord", "Laptop Anna", "2026-0042"):
        assert name not in text


# --- the server directory ----------------------------------------------------------------------


def test_init_server_sets_up_a_directory(tmp_path: Path, server_db_url: str) -> None:
    directory = tmp_path / "srv"
    explicit = None if server_db_url.startswith("sqlite") else server_db_url
    settings = admin.init_server(directory, database_url=explicit, hostnames=["office.example"])
    assert settings.directory == directory
    assert (directory / "server.toml").exists()
    assert stat.S_IMODE((directory / "server.toml").stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.key_file.stat().st_mode) == 0o600
    assert settings.cert_file == directory / "tls" / "cert.pem"
    fingerprint = fingerprint_of_pem(settings.cert_file)
    if explicit is None:
        assert settings.database_url.endswith(str((directory / "server.db").resolve()))
    else:
        assert settings.database_url == explicit
    engine = create_server_engine(settings.database_url)
    try:
        assert current(engine) == SCHEMA_HEAD
        assert [row.action for row in _rows(engine, audit_log)] == ["server.initialised"]
    finally:
        engine.dispose()

    with pytest.raises(AdminError, match="use --force"):
        admin.init_server(directory, database_url=explicit)
    again = admin.init_server(directory, database_url=explicit, force=True)
    assert again.server_id == settings.server_id  # laptops still know the server
    assert fingerprint_of_pem(again.cert_file) == fingerprint  # certificate kept


def test_init_server_writes_nothing_when_the_database_is_unreachable(tmp_path: Path) -> None:
    directory = tmp_path / "srv"
    with pytest.raises(OperationalError, match=r"(?i)connect|refused"):
        admin.init_server(
            directory, database_url="postgresql+psycopg://nobody@127.0.0.1:1/fallmanager"
        )
    assert not (directory / "server.toml").exists()
    with pytest.raises(ServerConfigError, match="runs on PostgreSQL or SQLite"):
        admin.init_server(directory, database_url="mysql://nobody@localhost/x")
    with pytest.raises(CertificateError, match="neither a host name"):
        admin.init_server(directory, hostnames=["no good"])
    assert not (directory / "server.toml").exists()


def test_settings_round_trip_and_stay_movable(tmp_path: Path) -> None:
    directory = tmp_path / "srv"
    settings = ServerSettings(
        directory=directory,
        database_url=f"sqlite+pysqlite:///{(directory / 'server.db').resolve()}",
        host="127.0.0.1",
        port=9443,
        max_body_bytes=1_000_000,
    )
    write_settings(settings)
    assert load_settings(directory) == settings
    text = (directory / "server.toml").read_text()
    assert "database_url" not in text  # the default SQLite file is implied
    assert 'cert_file = "tls/cert.pem"' in text

    moved = tmp_path / "moved"
    directory.rename(moved)
    loaded = load_settings(moved)
    assert loaded.cert_file == moved / "tls" / "cert.pem"
    assert loaded.database_url.endswith(str((moved / "server.db").resolve()))
    assert loaded.max_body_bytes == 1_000_000


def test_the_environment_overrides_the_database_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = ServerSettings(directory=tmp_path, database_url="sqlite+pysqlite:///elsewhere.db")
    write_settings(settings)
    assert load_settings(tmp_path).database_url == "sqlite+pysqlite:///elsewhere.db"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://office@db.example/fallmanager")
    loaded = load_settings(tmp_path)
    assert loaded.database_url == "postgresql+psycopg://office@db.example/fallmanager"
    assert loaded.database_kind == "postgresql"
    assert loaded.max_body_bytes == DEFAULT_MAX_BODY_BYTES


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("server_id = \n", "not valid TOML"),
        ('server_id = "x"\n', "not a UUID"),
        ("port = 8443\n", "server_id is missing"),
        (f'server_id = "{uuid.uuid4()}"\nprot = 1\n', "unknown setting.*prot"),
        (f'server_id = "{uuid.uuid4()}"\nport = 0\n', "not between 1 and 65535"),
        (f'server_id = "{uuid.uuid4()}"\nport = "8443"\n', "port must be a whole number"),
        (f'server_id = "{uuid.uuid4()}"\nhost = "a b"\n', "not a host name"),
        (f'server_id = "{uuid.uuid4()}"\ndatabase_url = "nonsense"\n', "not a database URL"),
        (f'server_id = "{uuid.uuid4()}"\nmax_body_bytes = 10\n', "at least 1024"),
    ],
)
def test_invalid_settings_are_clear_errors(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "server.toml").write_text(content)
    with pytest.raises(ServerConfigError, match=message):
        load_settings(tmp_path)


def test_missing_settings_name_the_init_command(tmp_path: Path) -> None:
    with pytest.raises(ServerConfigError, match="fallmanager-server init --dir"):
        load_settings(tmp_path / "nowhere")


def test_settings_file_is_replaced_atomically(tmp_path: Path) -> None:
    settings = ServerSettings(directory=tmp_path, database_url="sqlite+pysqlite:///x.db")
    write_settings(settings)
    write_settings(settings)
    assert sorted(os.listdir(tmp_path)) == ["server.toml"]
