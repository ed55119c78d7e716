"""Office sync under faults, over real HTTPS: laptops and the server die at the worst
moments, connections break, answers arrive cut off or too late, and a certificate is not the
one the laptop pinned.

Every laptop is a process of its own (``tests/support/sync_driver.py``) with a real vault; the
server is a real ``fallmanager-server run`` (``tests/support/https_server.py``) on SQLite and
on PostgreSQL. Each test ends the same way: after a final sync of every laptop, the server
holds every record once, no note written on any laptop is missing anywhere, and every
laptop's live records equal each other's and the server's.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from tests.conftest import PASSPHRASE, subprocess_env
from tests.support.faulty_proxy import FaultyProxy, Mode
from tests.support.https_server import HttpsServer, https_server
from tests.support.sync_driver import dump_vault

from fallmanager.server import admin
from fallmanager.server.config import DATABASE_URL_ENV
from fallmanager.server.db import device, record
from fallmanager.server.tls import create_self_signed
from fallmanager.services import family_files
from fallmanager.sync.engine import PUSH_BATCH
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PUSH = "/api/v1/push"
PULL = "/api/v1/pull"
EXIT_SYNC_ERROR = 3
DRIVER_TIMEOUT_S = 120
WRONG_FINGERPRINT = ":".join(["5A"] * 32)
#: Six batches of the laptop's push: the server dies once the first is committed, with the
#: second under way and more to come.
NOTES_IN_LARGE_PUSH = 3000


@pytest.fixture(autouse=True)
def _no_database_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """A database URL in the developer's environment must not redirect the server."""
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)


@pytest.fixture
def server(server_db_url: str, tmp_path: Path) -> Iterator[HttpsServer]:
    """``fallmanager-server run`` over HTTPS, on SQLite (its own file) or PostgreSQL."""
    postgres = make_url(server_db_url).get_backend_name() == "postgresql"
    with https_server(tmp_path / "office", server_db_url if postgres else None) as running:
        yield running


# -- laptops in processes of their own ---------------------------------------------------------


@dataclass(frozen=True)
class DriverResult:
    returncode: int
    output: dict[str, Any]
    stderr: str


@dataclass
class Laptop:
    """A vault on disk, driven by ``tests.support.sync_driver`` in a subprocess."""

    name: str
    vault: Path
    env: dict[str, str]
    written: list[str] = field(default_factory=list)

    def _command(self, command: str, *args: str) -> list[str]:
        return [sys.executable, "-m", "tests.support.sync_driver", command, *args,
                "--vault", str(self.vault), "--passphrase", PASSPHRASE]  # fmt: skip

    def start(self, command: str, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self._command(command, *args),
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    @staticmethod
    def finish(process: subprocess.Popen[str]) -> DriverResult:
        stdout, stderr = process.communicate(timeout=DRIVER_TIMEOUT_S)
        lines = stdout.strip().splitlines()
        output = json.loads(lines[-1]) if lines else {}
        return DriverResult(process.returncode, output, stderr)

    def run(self, command: str, *args: str) -> DriverResult:
        return self.finish(self.start(command, *args))

    def ok(self, command: str, *args: str) -> dict[str, Any]:
        return self.succeeded(self.run(command, *args), command)

    def succeeded(self, result: DriverResult, command: str) -> dict[str, Any]:
        assert result.returncode == 0, (self.name, command, result)
        return result.output

    def fails(self, error: str, command: str, *args: str) -> DriverResult:
        """Run a command that must fail with the sync error ``error``."""
        result = self.run(command, *args)
        assert result.returncode == EXIT_SYNC_ERROR, (self.name, command, result)
        assert result.output["error"] == error, result.output
        return result

    def enrol(self, url: str, code: str, fingerprint: str) -> dict[str, Any]:
        return self.ok("enrol", url, code, fingerprint, "--name", f"Laptop {self.name}")

    def notes(self, family_id: str, count: int, prefix: str) -> None:
        self.ok("notes", family_id, str(count), "--prefix", prefix)
        self.written += [f"{prefix} {index}" for index in range(count)]

    def sync(self, *args: str) -> dict[str, Any]:
        return self.ok("sync", *args)

    def dump(self) -> dict[str, Any]:
        return self.ok("dump")

    def peek(self) -> dict[str, Any]:
        """What ``dump`` prints, read in this process (quicker, for checks along the way;
        no driver may run on the vault meanwhile)."""
        with Vault.open(self.vault, PASSPHRASE) as vault:
            return dump_vault(vault)


def in_parallel(laptops: list[Laptop], command: str, *args: str) -> list[dict[str, Any]]:
    """Run the same command on several laptops at once (each on its own vault)."""
    started = [(laptop, laptop.start(command, *args)) for laptop in laptops]
    return [laptop.succeeded(Laptop.finish(process), command) for laptop, process in started]


def make_laptop(tmp_path: Path, name: str, *, open_family: bool = False) -> tuple[Laptop, str]:
    """A new passphrase-only vault (created here, used by the driver); with ``open_family``
    it holds a family file opened on it, whose id is returned."""
    home = tmp_path / f"laptop-{name}"
    home.mkdir()
    created = Vault.create(home / "vault", PASSPHRASE, passphrase_only=True, kdf=TEST_KDF)
    family_id = ""
    try:
        if open_family:
            family = family_files.open_family_file(
                created.vault.unit_of_work(), opened_on=date(2026, 11, 2)
            )
            family_id = str(family.id)
    finally:
        created.vault.close()
    return Laptop(name, home / "vault", subprocess_env(home)), family_id


def two_laptops(
    server: HttpsServer, tmp_path: Path, url: str | None = None
) -> tuple[Laptop, Laptop, str]:
    """Anna's laptop A, which opened a family file, and Ben's laptop B, both of team Nord
    and enrolled at ``url`` (the server's, unless given); the family file is the team's."""
    server.user("anna", team="Nord")
    server.user("ben", team="Nord")
    a, family_id = make_laptop(tmp_path, "a", open_family=True)
    b, _ = make_laptop(tmp_path, "b")
    # The office may assign a family file before the server has seen it.
    admin.assign(server.engine, family_id, team="Nord")
    codes = [server.enrolment_code("anna", "Laptop A"), server.enrolment_code("ben", "Laptop B")]
    started = [
        (laptop, laptop.start("enrol", url or server.url, code, server.fingerprint))
        for laptop, code in zip([a, b], codes, strict=True)
    ]
    for laptop, process in started:
        laptop.succeeded(Laptop.finish(process), "enrol")
    return a, b, family_id


# -- what must hold after every fault --------------------------------------------------------


def server_records(server: HttpsServer) -> dict[str, dict[str, Any]]:
    """The server's live records, by kind and id."""
    result: dict[str, dict[str, Any]] = {}
    with server.engine.connect() as conn:
        rows = conn.execute(
            select(record.c.entity, record.c.entity_id, record.c.data).where(
                record.c.deleted.is_(False)
            )
        ).all()
    for row in rows:
        result.setdefault(row.entity, {})[row.entity_id] = json.loads(row.data)
    return result


def server_note_count(server: HttpsServer) -> int:
    with server.engine.connect() as conn:
        return int(
            conn.execute(
                text("SELECT count(*) FROM record WHERE entity = 'case_note'")
            ).scalar_one()
        )


def assert_converged(server: HttpsServer, laptops: list[Laptop]) -> None:
    """Sync every laptop, and all but the last once more (the last one synchronised after
    every other had sent its changes), then: no duplicate, no lost change, the same content
    everywhere."""
    for laptop in [*laptops, *laptops[:-1]]:
        summary = laptop.sync()
        assert summary["rejected"] == 0 and summary["open_conflicts"] == 0, summary
    written = sorted(note for laptop in laptops for note in laptop.written)
    assert len(set(written)) == len(written)

    with server.engine.connect() as conn:
        per_kind = {
            str(entity): int(count)
            for entity, count in conn.execute(
                text("SELECT entity, count(*) FROM record GROUP BY entity")
            )
        }
        inserted_twice = conn.execute(
            text(
                "SELECT entity_id FROM change WHERE kind = 'put' "
                "GROUP BY entity_id HAVING count(*) > 1"
            )
        ).all()
    # Each record once: one row per note written, one family file, and each record was
    # put into the server's log once (a repeated push applied nothing twice).
    assert per_kind == {"family_file": 1, "case_note": len(written)}
    assert inserted_twice == []

    on_server = server_records(server)
    server_notes = sorted(values["text"] for values in on_server["case_note"].values())
    assert server_notes == written  # nothing lost, nothing twice
    for laptop, dump in zip(laptops, in_parallel(laptops, "dump"), strict=True):
        assert dump["unsent"] == 0, laptop.name
        assert dump["rejected"] == 0 and dump["conflicts"] == 0, laptop.name
        notes = sorted(values["text"] for values in dump["records"]["case_note"].values())
        assert notes == written, laptop.name
        assert dump["records"] == on_server, laptop.name


# -- the laptop dies --------------------------------------------------------------------------


def test_a_laptop_killed_at_the_worst_moments_loses_and_duplicates_nothing(
    server: HttpsServer, tmp_path: Path
) -> None:
    a, b, family_id = two_laptops(server, tmp_path)
    a.notes(family_id, 5, "A")

    # The server has committed the push; the laptop dies before it stores the answer.
    died = a.run("sync", "--die-after-push-commit")
    assert died.returncode == -signal.SIGKILL, died
    assert server_note_count(server) == 5
    assert a.peek()["unsent"] == 6  # family file and notes: not acknowledged
    again = a.sync()
    assert again["sent"] == 6 and again["rejected"] == 0
    assert server_note_count(server) == 5  # sent again, applied once

    # The laptop dies with a pulled page applied but its cursor not saved.
    b.sync()
    a.notes(family_id, 4, "A-später")
    a.sync()
    b.notes(family_id, 3, "B")
    died = b.run("sync", "--die-before-cursor-save")
    assert died.returncode == -signal.SIGKILL, died
    after = b.peek()
    assert after["unsent"] == 0  # its push was stored before the pull began
    texts = {values["text"] for values in after["records"]["case_note"].values()}
    assert texts == {*a.written[:5], *b.written}  # the page's transaction never committed
    assert b.sync()["received"] >= 4

    assert_converged(server, [a, b])


# -- the server dies --------------------------------------------------------------------------


def test_a_server_killed_in_the_middle_of_a_large_push_loses_nothing(
    server: HttpsServer, tmp_path: Path
) -> None:
    a, b, family_id = two_laptops(server, tmp_path)
    a.notes(family_id, NOTES_IN_LARGE_PUSH, "A")

    pushing = a.start("sync")
    deadline = time.monotonic() + 60
    while server.count("op") == 0:  # one batch is committed, the next one is under way
        assert pushing.poll() is None, Laptop.finish(pushing)
        assert time.monotonic() < deadline, "the push did not begin"
        time.sleep(0.02)
    server.kill()
    broken = Laptop.finish(pushing)
    assert broken.returncode == EXIT_SYNC_ERROR, broken
    assert broken.output["error"] == "ServerUnreachableError"
    # Whole batches landed, not all of them; the one cut off left nothing behind.
    committed = server.count("op")
    assert 0 < committed <= NOTES_IN_LARGE_PUSH
    assert committed % PUSH_BATCH == 0
    assert server_note_count(server) == committed - 1  # and the family file

    server.restart()
    assert_converged(server, [a, b])  # A's first sync after the restart sends the rest


# -- the network between laptop and server ------------------------------------------------------


def test_dropped_cut_off_and_late_answers_fail_the_sync_and_the_next_sync_repairs_it(
    server: HttpsServer, tmp_path: Path
) -> None:
    with FaultyProxy(server.port, server.settings.cert_file, server.settings.key_file) as proxy:
        a, b, family_id = two_laptops(server, tmp_path, url=proxy.url)

        # The push reaches the server; its answer never reaches the laptop.
        a.notes(family_id, 4, "A-verloren")
        proxy.set_mode(Mode.DROP, only_path=PUSH)
        a.fails("ServerUnreachableError", "sync")
        assert proxy.faults[-1].path == PUSH
        assert server_note_count(server) == 4
        assert a.peek()["unsent"] == 5  # family file and notes: not acknowledged
        proxy.set_mode(Mode.PASS)
        assert a.sync()["sent"] == 5

        # The first pull of a new laptop (the family file whole) arrives cut off.
        proxy.set_mode(Mode.TRUNCATE, only_path=PULL, truncate_bytes=200)
        b.fails("ServerUnreachableError", "sync")
        assert proxy.faults[-1].path == PULL
        assert b.peek()["records"] == {}
        proxy.set_mode(Mode.PASS)
        assert b.sync()["received"] == 5

        # The answer comes later than the laptop waits.
        a.notes(family_id, 2, "A-verspätet")
        proxy.set_mode(Mode.DELAY, only_path=PUSH, delay_s=3.0)
        # The answer arrives whole after 3 s: the sync fails only because the laptop gave up.
        a.fails("ServerUnreachableError", "sync", "--timeout", "1")
        assert proxy.faults[-1].path == PUSH
        proxy.set_mode(Mode.PASS)

        assert [fault.mode for fault in proxy.faults] == [Mode.DROP, Mode.TRUNCATE, Mode.DELAY]
        assert_converged(server, [a, b])  # A's first sync sends the notes held up


# -- the certificate ---------------------------------------------------------------------------


def test_a_certificate_other_than_the_pinned_one_is_refused_before_anything_is_sent(
    server: HttpsServer, tmp_path: Path
) -> None:
    server.user("anna", team="Nord")
    a, family_id = make_laptop(tmp_path, "a", open_family=True)
    code = server.enrolment_code("anna", "Laptop A")

    before = (server.count("audit_log"), server.count("op"))
    a.fails("FingerprintMismatchError", "enrol", server.url, code, WRONG_FINGERPRINT)
    assert (server.count("audit_log"), server.count("op")) == before
    with server.engine.connect() as conn:
        enrolled = conn.execute(select(device.c.enrolled_at)).scalars().all()
    assert enrolled == [None]  # the code was not used up

    impostor = tmp_path / "impostor"
    create_self_signed(impostor / "cert.pem", impostor / "key.pem", ["127.0.0.1"])
    cert, key = server.settings.cert_file, server.settings.key_file
    with FaultyProxy(server.port, cert, key) as proxy:
        a.enrol(proxy.url, code, server.fingerprint)
        a.notes(family_id, 3, "A")

        # Someone in the middle presents another certificate.
        proxy.use_certificate(impostor / "cert.pem", impostor / "key.pem")
        forwarded = len(proxy.paths)
        before = (server.count("audit_log"), server.count("op"))
        a.fails("FingerprintMismatchError", "sync")
        assert len(proxy.paths) == forwarded  # not even a request reached the proxy
        assert (server.count("audit_log"), server.count("op")) == before
        assert a.peek()["unsent"] == 4

        proxy.use_certificate(cert, key)
        assert a.sync()["sent"] == 4
        assert_converged(server, [a])
