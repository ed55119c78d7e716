"""``fallmanager-server``: the administrator's commands, run in-process and as the installed
script, and one real start of the HTTPS server."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fallmanager.server import admin, migrate
from fallmanager.server.cli import main
from fallmanager.server.config import DATABASE_URL_ENV, load_settings
from fallmanager.server.db import device, family_access
from fallmanager.server.engine import create_server_engine
from fallmanager.server.tls import fingerprint_of_pem

FINGERPRINT = re.compile(r"[0-9A-F]{2}(?::[0-9A-F]{2}){31}")
CODE = re.compile(r"Enrolment code:\s+([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})")


def _script() -> Path:
    script = Path(sys.executable).parent / "fallmanager-server"
    if not script.exists():
        pytest.fail("fallmanager-server is not installed; run: pip install -e '.[test]'")
    return script


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != DATABASE_URL_ENV}
    env.update(extra)
    return env


class Cli:
    """Runs ``fallmanager-server`` in-process and returns (exit code, stdout, stderr)."""

    def __init__(self, directory: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.directory = directory
        self._capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = main([*args, "--dir", str(self.directory)])
        out, err = self._capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    def ok(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 0, err
        assert err == ""
        return out

    def error(self, *args: str) -> str:
        code, out, err = self(*args)
        assert code == 2, out
        assert err.startswith("fallmanager-server: ") or err.startswith("usage:"), err
        return err


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "srv", capsys)


@pytest.fixture
def initialised(cli: Cli, server_db_url: str, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A server directory set up by ``init``, on SQLite or (through the environment) on
    PostgreSQL."""
    if not server_db_url.startswith("sqlite"):
        monkeypatch.setenv(DATABASE_URL_ENV, server_db_url)
    cli.ok("init", "--hostname", "office.example.org")
    return cli


def test_init_prints_what_the_administrator_needs(cli: Cli) -> None:
    out = cli.ok("init", "--hostname", "office.example.org")
    settings = load_settings(cli.directory)
    assert f"Server id: {settings.server_id}" in out
    assert "Database: sqlite" in out
    assert f"Certificate fingerprint (SHA-256): {fingerprint_of_pem(settings.cert_file)}" in out
    assert ":8443" in out
    err = cli.error("init")
    assert "exists already; use --force" in err
    assert f"Server id: {settings.server_id}" in cli.ok("init", "--force")


def test_the_whole_administration(initialised: Cli) -> None:
    cli = initialised
    assert "User anna.k created" in cli.ok("create-user", "anna.k", "--name", "Anna Beispiel")
    cli.ok("create-user", "bernd.m", "--name", "Bernd Muster")
    assert "Team Team Nord created" in cli.ok("create-team", "Team Nord")
    assert "member of the team Team Nord" in cli.ok("add-member", "Team Nord", "anna.k")
    family = "0b9ad7f5-35c4-4c54-8d43-9d2e4f3b6a10"
    out = cli.ok("assign", family, "--owner", "anna.k", "--deputy", "bernd.m")
    assert f"Family file {family} assigned to anna.k, deputy bernd.m." in out
    assert "assigned to the team Team Nord" in cli.ok("assign", family, "--team", "Team Nord")

    out = cli.ok("enrol-device", "anna.k", "--name", "Laptop 1")
    settings = load_settings(cli.directory)
    match = CODE.search(out)
    assert match is not None, out
    assert fingerprint_of_pem(settings.cert_file) in out
    assert re.search(r"Server address:\s+https://\S+:8443", out)
    assert re.search(r"Valid until:\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC", out)

    out = cli.ok("list-devices")
    assert re.search(r"anna\.k\s+Laptop 1\s+pending", out)
    out = cli.ok("status")
    assert "Users:            2 (2 active)" in out
    assert "Devices:          0 enrolled, 1 pending, 0 expired, 0 revoked" in out
    assert "Family files:     1 assigned, 0 unassigned" in out
    assert "device.code_issued" in out

    assert "revoked" in cli.ok("revoke-device", "Laptop 1")
    assert re.search(r"Laptop 1\s+revoked", cli.ok("list-devices"))
    out = cli.ok("deactivate-user", "bernd.m")
    assert "User bernd.m deactivated; 0 device(s) revoked." in out

    engine = create_server_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            roles = conn.execute(select(family_access.c.role)).scalars().all()
            hashes = conn.execute(select(device.c.enrol_code_hash)).scalars().all()
    finally:
        engine.dispose()
    assert roles == ["team"]
    assert hashes == [None]  # revoked: the code can no longer be used


def test_deactivating_a_user_reports_the_revoked_devices(initialised: Cli) -> None:
    cli = initialised
    cli.ok("create-user", "anna.k", "--name", "Anna Beispiel")
    cli.ok("enrol-device", "anna.k", "--name", "Laptop 1")
    out = cli.ok("deactivate-user", "anna.k")
    assert "User anna.k deactivated; 1 device(s) revoked." in out
    assert "Users:            1 (0 active)" in cli.ok("status")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("create-user", "Anna", "--name", "A"), "Invalid login 'Anna'"),
        (("create-team", " "), "team name must not be empty"),
        (("add-member", "Team Süd", "anna.k"), "No team called 'Team Süd'"),
        (("assign", "2026-0042", "--owner", "anna.k"), "No family file with the case number"),
        (("assign", "not-a-family", "--team", "T"), "neither a family id"),
        (("enrol-device", "nobody", "--name", "Laptop"), "No user with the login 'nobody'"),
        (("enrol-device", "anna.k", "--name", "L", "--hours", "9999"), "1 to 720 hours"),
        (("revoke-device", "Laptop 9"), "No device with the id or name"),
        (("deactivate-user", "nobody"), "No user with the login"),
        (("create-certificate", "--hostname", "not valid"), "neither a host name"),
    ],
)
def test_mistakes_are_one_sentence_and_exit_code_2(
    initialised: Cli, args: tuple[str, ...], message: str
) -> None:
    initialised.ok("create-user", "anna.k", "--name", "Anna Beispiel")
    assert message in initialised.error(*args)


def test_usage_errors_exit_with_2(cli: Cli) -> None:
    assert "one of the arguments --team --owner is required" in cli.error("assign", "x")
    assert "invalid choice" in cli.error("frobnicate")
    assert main(["--help"]) == 0


def test_commands_without_a_server_directory_say_how_to_make_one(cli: Cli) -> None:
    err = cli.error("status")
    assert f"No server configuration at {cli.directory / 'server.toml'}" in err
    assert "fallmanager-server init --dir" in err


def test_a_missing_database_file_is_not_silently_recreated(cli: Cli) -> None:
    cli.ok("init")
    (cli.directory / "server.db").unlink()
    assert "server.db is missing" in cli.error("list-devices")
    assert not (cli.directory / "server.db").exists()


def test_an_unreachable_database_is_one_sentence(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli.ok("init")
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://nobody:secret@127.0.0.1:1/x")
    err = cli.error("status")
    assert err.startswith("fallmanager-server: The database cannot be used: ")
    assert "secret" not in err
    assert len(err.strip().splitlines()) == 1


def test_create_certificate_replaces_the_certificate(cli: Cli) -> None:
    cli.ok("init")
    settings = load_settings(cli.directory)
    old = fingerprint_of_pem(settings.cert_file)
    out = cli.ok("create-certificate", "--hostname", "10.1.2.3")
    new = fingerprint_of_pem(settings.cert_file)
    assert new != old
    assert f"Certificate fingerprint (SHA-256): {new}" in out
    assert "new fingerprint" in out
    assert "certificate.replaced" in cli.ok("status")


def test_run_hands_settings_and_certificate_to_uvicorn(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli.ok("init")
    settings = load_settings(cli.directory)
    calls: list[tuple[Any, dict[str, Any]]] = []
    fake_app = types.ModuleType("fallmanager.server.app")
    fake_app.create_app = lambda given: ("app", given)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fallmanager.server.app", fake_app)
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append((app, kw)))

    out = cli.ok("run", "--host", "127.0.0.1", "--port", "9443")
    ((app, options),) = calls
    assert app[0] == "app"
    assert (app[1].host, app[1].port, app[1].server_id) == ("127.0.0.1", 9443, settings.server_id)
    assert options["host"] == "127.0.0.1"
    assert options["port"] == 9443
    assert options["ssl_certfile"] == str(settings.cert_file)
    assert options["ssl_keyfile"] == str(settings.key_file)
    assert "Address for laptops: https://127.0.0.1:9443" in out
    assert f"Certificate fingerprint (SHA-256): {fingerprint_of_pem(settings.cert_file)}" in out

    assert "not between 1 and 65535" in cli.error("run", "--port", "70000")
    settings.key_file.unlink()
    assert "create-certificate" in cli.error("run")


def test_the_installed_script_runs(tmp_path: Path) -> None:
    directory = tmp_path / "srv"
    init = subprocess.run(
        [str(_script()), "init", "--dir", str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )
    assert init.returncode == 0, init.stderr
    result = subprocess.run(
        [str(_script()), "status", "--dir", str(directory)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"Database:         sqlite (schema {migrate.SCHEMA_HEAD})" in result.stdout
    failed = subprocess.run(
        [str(_script()), "status", "--dir", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(),
        check=False,
    )
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
    assert "No server configuration" in failed.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_server_answers_over_https_with_its_certificate(cli: Cli) -> None:
    from fallmanager.domain.sync import PROTOCOL_VERSION

    cli.ok("init")
    cli.ok("create-user", "anna.k", "--name", "Anna Beispiel")
    code_match = CODE.search(cli.ok("enrol-device", "anna.k", "--name", "Laptop 1"))
    assert code_match is not None
    settings = load_settings(cli.directory)
    port = _free_port()
    server = subprocess.Popen(
        [str(_script()), "run", "--dir", str(cli.directory), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=_env(),
    )  # fmt: skip
    context = ssl.create_default_context(cafile=str(settings.cert_file))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read() if server.stdout else ""
                    pytest.fail(f"the server did not start:\n{output}")
                time.sleep(0.1)
        connection = http.client.HTTPSConnection("localhost", port, context=context, timeout=10)
        connection.request("GET", "/api/v1/hello")
        response = connection.getresponse()
        assert response.status == 200
        assert json.loads(response.read())["server_id"] == settings.server_id
        peer = connection.sock.getpeercert(binary_form=True)  # type: ignore[union-attr]
        assert peer is not None

        # The code as a user might type it: lower case, spaces instead of dashes.
        typed = code_match.group(1).lower().replace("-", " ")
        body = {"code": typed, "device_name": "Laptop 1", "protocol_version": PROTOCOL_VERSION}
        connection.request(
            "POST", "/api/v1/enrol", json.dumps(body), {"Content-Type": "application/json"}
        )
        enrolled = connection.getresponse()
        assert enrolled.status == 200, enrolled.read()
        assert json.loads(enrolled.read())["server_id"] == settings.server_id
        connection.close()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            output, _ = server.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert f"Certificate fingerprint (SHA-256): {fingerprint_of_pem(settings.cert_file)}" in output
    assert "Address for laptops: https://127.0.0.1:" in output
    engine = create_server_engine(settings.database_url)
    try:
        assert [d.state for d in admin.list_devices(engine)] == ["enrolled"]
    finally:
        engine.dispose()
