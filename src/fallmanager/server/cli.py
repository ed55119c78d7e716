"""``fallmanager-server``: the office administrator's command line.

Every command works on one server directory (``--dir``, default ``./fallmanager-server``).
An error the administrator can cause is one sentence on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import socket
import ssl
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from fallmanager.server import admin
from fallmanager.server.config import (
    DEFAULT_DIRECTORY,
    ServerConfigError,
    ServerSettings,
    load_settings,
)
from fallmanager.server.engine import create_server_engine
from fallmanager.server.migrate import SchemaError, upgrade
from fallmanager.server.tls import CertificateError, fingerprint_of_pem

EXIT_OK = 0
EXIT_ERROR = 2

_EXPECTED_ERRORS = (admin.AdminError, ServerConfigError, CertificateError, SchemaError)


#: How long the server keeps an idle connection of a laptop open.
KEEP_ALIVE_S = 120


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _human_time(stamp: str | None) -> str:
    if not stamp:
        return "-"
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def server_address(settings: ServerSettings) -> str:
    """The address laptops use: the configured host, or this machine's name when the server
    listens on all interfaces."""
    host = settings.host
    if host in {"0.0.0.0", "::", ""}:  # noqa: S104 - comparing, not binding
        fqdn = socket.getfqdn()
        host = fqdn if "." in fqdn and fqdn != "localhost" else socket.gethostname()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"https://{host}:{settings.port}"


@contextlib.contextmanager
def _database(settings: ServerSettings) -> Iterator[Engine]:
    """The server's database, brought to the current schema."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        raise ServerConfigError(
            f"The database file {url.database} is missing; restore it from a backup, "
            "or run 'fallmanager-server init --force' to start an empty one."
        )
    engine = create_server_engine(settings.database_url)
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()


# --- commands ----------------------------------------------------------------------------------


def _init(args: argparse.Namespace) -> int:
    settings = admin.init_server(
        args.dir, database_url=args.database_url, hostnames=args.hostname, force=args.force
    )
    _out(f"Server directory: {settings.directory}")
    _out(f"Server id: {settings.server_id}")
    _out(f"Database: {settings.database_kind}")
    _out(f"Certificate fingerprint (SHA-256): {fingerprint_of_pem(settings.cert_file)}")
    _out(f"Address: {server_address(settings)}")
    _out("Next: create users with 'fallmanager-server create-user', then start the server")
    _out("with 'fallmanager-server run'.")
    return EXIT_OK


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(args.dir)
    settings = dataclasses.replace(
        settings,
        host=settings.host if args.host is None else args.host,
        port=settings.port if args.port is None else args.port,
    )
    for path in (settings.cert_file, settings.key_file):
        if not path.exists():
            raise ServerConfigError(
                f"{path} is missing; run 'fallmanager-server create-certificate' to make a "
                "new certificate."
            )
    fingerprint = fingerprint_of_pem(settings.cert_file)
    with _database(settings):
        pass  # the schema is current before the first request arrives

    import uvicorn  # noqa: PLC0415 - only the server needs it

    from fallmanager.server.app import create_app  # noqa: PLC0415

    app = create_app(settings)
    _out(f"Fallmanager server {settings.server_id} ({settings.database_kind})")
    _out(f"Listening on {settings.host} port {settings.port}")
    _out(f"Address for laptops: {server_address(settings)}")
    _out(f"Certificate fingerprint (SHA-256): {fingerprint}")
    sys.stdout.flush()
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            ssl_certfile=str(settings.cert_file),
            ssl_keyfile=str(settings.key_file),
            access_log=args.access_log,
            log_level="info",
            server_header=False,
            # A laptop stores each page it pulled before asking for the next; on a slow
            # laptop that takes seconds, and the connection should still be there.
            timeout_keep_alive=KEEP_ALIVE_S,
        )
    except ssl.SSLError:
        raise CertificateError(
            f"The key {settings.key_file} does not belong to the certificate "
            f"{settings.cert_file}; make a new pair with 'fallmanager-server "
            "create-certificate'."
        ) from None
    return EXIT_OK


def _create_user(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        user_id = admin.create_user(engine, args.login, args.name)
    _out(f"User {args.login} created (id {user_id}).")
    return EXIT_OK


def _deactivate_user(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        revoked = admin.deactivate_user(engine, args.login)
    _out(f"User {args.login} deactivated; {len(revoked)} device(s) revoked.")
    for device_id in revoked:
        _out(f"  revoked {device_id}")
    return EXIT_OK


def _create_team(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        team_id = admin.create_team(engine, args.name)
    _out(f"Team {args.name} created (id {team_id}).")
    return EXIT_OK


def _add_member(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        admin.add_member(engine, args.team, args.login)
    _out(f"{args.login} is now a member of the team {args.team}.")
    return EXIT_OK


def _assign(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        family_id = admin.assign(
            engine, args.family, team=args.team, owner=args.owner, deputy=args.deputy
        )
    if args.team is not None:
        _out(f"Family file {family_id} assigned to the team {args.team}.")
    else:
        deputy = f", deputy {args.deputy}" if args.deputy else ""
        _out(f"Family file {family_id} assigned to {args.owner}{deputy}.")
    return EXIT_OK


def _enrol_device(args: argparse.Namespace) -> int:
    settings = load_settings(args.dir)
    fingerprint = fingerprint_of_pem(settings.cert_file)
    with _database(settings) as engine:
        enrolment = admin.enrol_device(engine, args.login, args.name, valid_hours=args.hours)
    _out(f"Enrolment code:  {enrolment.code}")
    _out(f"Valid until:     {_human_time(enrolment.expires_at)} (once)")
    _out(f"Server address:  {server_address(settings)}")
    _out(f"Fingerprint:     {fingerprint}")
    _out(f"Device id:       {enrolment.device_id}")
    _out("Hand the code, the address and the fingerprint to the user in person.")
    return EXIT_OK


def _revoke_device(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        device_id = admin.revoke_device(engine, args.device)
    _out(f"Device {device_id} revoked; it will erase its copy when it next connects.")
    return EXIT_OK


def _list_devices(args: argparse.Namespace) -> int:
    with _database(load_settings(args.dir)) as engine:
        devices = admin.list_devices(engine)
    if not devices:
        _out("No devices.")
        return EXIT_OK
    header = ("DEVICE ID", "LOGIN", "NAME", "STATE", "LAST SEEN")
    rows = [(d.id, d.login, d.name, d.state, _human_time(d.last_seen_at)) for d in devices]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        _out("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    settings = load_settings(args.dir)
    with _database(settings) as engine:
        report = admin.status(engine)
    _out(f"Server id:        {settings.server_id}")
    _out(f"Database:         {report.database_kind} (schema {report.schema_revision})")
    _out(f"Users:            {report.users} ({report.active_users} active)")
    _out(f"Teams:            {report.teams}")
    _out(
        f"Devices:          {report.devices_enrolled} enrolled, {report.devices_pending} "
        f"pending, {report.devices_expired} expired, {report.devices_revoked} revoked"
    )
    _out(f"Last seen:        {_human_time(report.last_seen_at)}")
    _out(
        f"Family files:     {report.families_assigned} assigned, "
        f"{report.families_unassigned} unassigned"
    )
    _out(f"Records:          {report.records}")
    _out(f"Log length:       {report.log_length}")
    _out(f"Open conflicts:   {report.open_conflicts}")
    _out("Recent activity:")
    if not report.recent_audit:
        _out("  none")
    for entry in report.recent_audit:
        subject = entry.device_id or entry.user_id or ""
        _out(f"  {_human_time(entry.at)}  {entry.action}  {subject}".rstrip())
    return EXIT_OK


def _create_certificate(args: argparse.Namespace) -> int:
    settings = load_settings(args.dir)
    with _database(settings) as engine:
        fingerprint = admin.replace_certificate(engine, settings, args.hostname)
    _out(f"New certificate {settings.cert_file}")
    _out(f"Certificate fingerprint (SHA-256): {fingerprint}")
    _out("Restart the server. Laptops that trust the previous certificate must be given the")
    _out("new fingerprint.")
    return EXIT_OK


# --- parsing -----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--dir",
        type=Path,
        default=DEFAULT_DIRECTORY,
        help="server directory (default: ./fallmanager-server)",
    )
    parser = argparse.ArgumentParser(
        prog="fallmanager-server",
        description="Fallmanager office server: set up, run and administer the sync server.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], summary: str
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=summary, description=summary)
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", _init, "set up a server directory, certificate and database")
    init.add_argument(
        "--database-url", help="postgresql+psycopg://user@host/name (default: SQLite)"
    )
    init.add_argument(
        "--hostname", action="append", default=[], help="extra name or IP for the certificate"
    )
    init.add_argument("--force", action="store_true", help="replace an existing server.toml")

    run = command("run", _run, "start the server")
    run.add_argument("--host", help="address to listen on (default: from server.toml)")
    run.add_argument("--port", type=int, help="port to listen on (default: from server.toml)")
    run.add_argument("--access-log", action="store_true", help="log every request")

    create_user = command("create-user", _create_user, "add a user")
    create_user.add_argument("login", help="login: a-z, 0-9, '.', '_', '-'")
    create_user.add_argument("--name", required=True, help="display name")

    deactivate = command(
        "deactivate-user", _deactivate_user, "deactivate a user and revoke their devices"
    )
    deactivate.add_argument("login")

    create_team = command("create-team", _create_team, "add a team")
    create_team.add_argument("name")

    add_member = command("add-member", _add_member, "add a user to a team")
    add_member.add_argument("team")
    add_member.add_argument("login")

    assign = command("assign", _assign, "say who works on a family file")
    assign.add_argument("family", help="family id or case number (2026-0042)")
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--team", help="the team that shares the family file")
    target.add_argument("--owner", help="login of the responsible case manager")
    assign.add_argument("--deputy", help="login of the deputy (with --owner)")

    enrol = command("enrol-device", _enrol_device, "issue a one-time code for a laptop")
    enrol.add_argument("login")
    enrol.add_argument("--name", required=True, help="device name, such as 'Laptop 3'")
    enrol.add_argument(
        "--hours",
        type=int,
        default=admin.DEFAULT_ENROLMENT_HOURS,
        help=f"validity of the code (default: {admin.DEFAULT_ENROLMENT_HOURS})",
    )

    revoke = command("revoke-device", _revoke_device, "revoke a laptop")
    revoke.add_argument("device", help="device id or name")

    command("list-devices", _list_devices, "list all devices")
    command("status", _status, "show counts and recent activity")

    certificate = command(
        "create-certificate", _create_certificate, "make a new self-signed certificate"
    )
    certificate.add_argument(
        "--hostname", action="append", default=[], help="extra name or IP for the certificate"
    )
    return parser


def _database_error(exc: SQLAlchemyError) -> str:
    # The driver's first line names the cause (refused connection, unknown database, wrong
    # password) without repeating the URL and its password.
    original = getattr(exc, "orig", None)
    detail = str(original if original is not None else exc).strip().splitlines()
    return f"The database cannot be used: {detail[0] if detail else type(exc).__name__}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors and --help
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    try:
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except _EXPECTED_ERRORS as exc:
        sys.stderr.write(f"fallmanager-server: {exc}\n")
    except SQLAlchemyError as exc:
        sys.stderr.write(f"fallmanager-server: {_database_error(exc)}\n")
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"fallmanager-server: {where}{exc.strerror or exc}\n")
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
