"""Office sync benchmark against a real server over HTTPS (not a test; prints tables).

    .venv/bin/python bench/bench_sync.py [--families 10000] [--database sqlite|postgresql|both]

For each database the benchmark sets up a server directory with ``fallmanager-server init``
and starts ``fallmanager-server run`` (uvicorn, TLS) as a subprocess on localhost; PostgreSQL
runs in a throwaway cluster with durable settings (fsync on), SQLite is the default file.
Every laptop is a process of its own with its own vault; it synchronises through the
production code (``services.sync.synchronise`` over ``HttpsTransport``) and times each request.

1. **Initial upload and first sync of an empty laptop.** Laptop A holds N synthetic families
   (generated once, imported into a vault, copied for each database) and synchronises: it
   pushes every record and then takes its first snapshot. Then a
   second, empty laptop of the same case manager synchronises and receives all N family files.
2. **1,000 changes in each direction.** A changes 1,000 task titles, B 1,000 other records
   (family files' short descriptions, then visit places); A synchronises, B synchronises
   (sends its 1,000, receives A's), A again (receives B's).
3. **20 laptops at once.** 20 case managers in teams of four, each with a laptop of three
   families of their own that the office assigned to their team: all 20 synchronise at the
   same moment (first upload), then each changes 50 records and all synchronise again.

Peak memory is ``VmHWM`` from ``/proc``, reset (``clear_refs``) before each measured step.
Everything is made in a temporary directory that is removed at the end, with the cluster.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import multiprocessing
import multiprocessing.connection
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import keyring

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)
PASSPHRASE = "benchmark passphrase 2026"
TEAM_SIZE = 4
SMALL_FAMILIES = 3  # per laptop in the concurrent round
RETRIES = 300  # syncs started again after a server error, per measured sync


# -- measuring helpers ---------------------------------------------------------------------------


def proc_mb(pid: int | str, key: str) -> float:
    """``VmHWM`` (peak) or ``VmRSS`` (now) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"{key} not in /proc/{pid}/status")


def reset_peak(pid: int | str) -> None:
    """Reset the process's peak resident size to its current size (Linux ``clear_refs``)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- the laptop process --------------------------------------------------------------------------


class TimedTransport:
    """The production transport, timing each request and counting what went through."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        # path, started (epoch seconds), duration, error type ("" when answered with 200)
        self.calls: list[tuple[str, float, float, str]] = []
        self.pushed = 0
        self.pulled = 0

    @property
    def fingerprint(self) -> str:
        return str(self.inner.fingerprint)

    def call(self, path: str, body: dict[str, Any] | None, token: str | None) -> dict[str, Any]:
        started_at = time.time()
        started = time.perf_counter()
        error = ""
        try:
            answer: dict[str, Any] = self.inner.call(path, body, token)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self.calls.append((path, started_at, time.perf_counter() - started, error))
        if path.endswith("/push") and body is not None:
            self.pushed += len(body.get("operations") or ())
        if path.endswith("/pull"):
            self.pulled += len(answer.get("entries") or ())
        return answer


@dataclass
class LaptopState:
    vault: Any
    enrolment: dict[str, str] = field(default_factory=dict)


# Kinds and fields a laptop changes, in the order it picks them.
CHANGE_ORDER = {
    "tasks": [("Task", "title")],
    "families": [("FamilyFile", "short_description"), ("Visit", "place")],
    "mixed": [
        ("Task", "title"),
        ("FamilyFile", "short_description"),
        ("Visit", "place"),
        ("Task", "notes"),
        ("Visit", "others_present"),
    ],
}


def _entity(name: str) -> Any:
    from fallmanager.domain.family import FamilyFile
    from fallmanager.domain.tasks import Task
    from fallmanager.domain.visits import Visit

    return {"Task": Task, "FamilyFile": FamilyFile, "Visit": Visit}[name]


def laptop_build(state: LaptopState, families: int, seed: int) -> dict[str, Any]:
    """Generate synthetic families and import them (every record lands in the change log)."""
    from fallmanager.domain.family import FamilyFile
    from fallmanager.services.exchange import import_records
    from fallmanager.synthetic import generate

    started = time.perf_counter()
    data = generate(families, seed=seed, today=TODAY)
    generated = time.perf_counter()
    import_records(state.vault.unit_of_work(), records=data.records, today=TODAY)
    imported = time.perf_counter()
    return {
        "records": len(data.records),
        "family_ids": [str(r.id) for r in data.of(FamilyFile)],
        "generate_s": generated - started,
        "import_s": imported - generated,
    }


def laptop_enrol(
    state: LaptopState, url: str, code: str, name: str, fingerprint: str
) -> dict[str, Any]:
    from fallmanager.services import sync as sync_service
    from fallmanager.sync.transport import HttpsTransport

    transport = HttpsTransport(url, fingerprint)
    try:
        info = sync_service.enrol(
            state.vault.unit_of_work(), url, code, name, fingerprint, transport=transport
        )
    finally:
        transport.close()
    state.enrolment = {"url": url, "fingerprint": fingerprint}
    return {"device_id": info.device_id}


def laptop_change(state: LaptopState, order: str, count: int, tag: str) -> dict[str, Any]:
    """Change ``count`` fields of existing records, as a case manager's edits would."""
    made = 0
    uow = state.vault.unit_of_work()
    with uow:
        for kind, name in CHANGE_ORDER[order]:
            cls = _entity(kind)
            for record in sorted(uow.records.all(cls), key=lambda r: str(r.id)):
                if made >= count:
                    break
                value = f"{getattr(record, name)[:40]} ({tag} {made + 1})".strip()
                uow.records.update(replace(record, **{name: value}))
                made += 1
        uow.commit()
    return {"changed": made}


def laptop_sync(
    state: LaptopState, start_at: float | None = None, profile: str | None = None
) -> dict[str, Any]:
    """One synchronisation as the user starts it; should the server fail it, the user starts
    it again (up to ``RETRIES`` times, counted). The laptop's peak memory is measured from
    the start."""
    from fallmanager.services import sync as sync_service
    from fallmanager.sync.errors import SyncError
    from fallmanager.sync.transport import HttpsTransport

    failures: list[str] = []
    calls: list[tuple[str, float, float, str]] = []
    pushed = pulled = 0

    if start_at is not None:
        time.sleep(max(0.0, start_at - time.time()))
    rss_before = proc_mb("self", "VmRSS")
    reset_peak("self")
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    started_epoch = time.time()
    if profiler is not None:
        profiler.enable()
    try:
        while True:
            # A new connection for every attempt, as the application makes for every sync.
            inner = HttpsTransport(state.enrolment["url"], state.enrolment["fingerprint"])
            transport = TimedTransport(inner)
            try:
                summary = sync_service.synchronise(
                    state.vault.unit_of_work, lambda _p: None, lambda: False, transport=transport
                )
                break
            except SyncError as exc:
                failures.append(f"{type(exc).__name__}: {exc}")
                if len(failures) > RETRIES:
                    raise
                time.sleep(random.uniform(0.1, 0.3))
            finally:
                inner.close()
                calls += transport.calls
                pushed += transport.pushed
                pulled += transport.pulled
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile))
    wall = time.perf_counter() - started
    # Every attempt pushes before it pulls: the push ends where the first pull request begins.
    first_pull = min((c[1] for c in calls if c[0].endswith("/pull")), default=started_epoch + wall)
    push = min(wall, first_pull - started_epoch)
    return {
        "wall_s": wall,
        "push_s": push,
        "pull_s": wall - push,
        "sent": pushed,
        "received": summary.received,
        "pulled_entries": pulled,
        "conflicts": summary.conflicts,
        "rejected": summary.rejected,
        "superseded": summary.superseded,
        "failures": failures,
        "calls": calls,
        "rss_before_mb": rss_before,
        "peak_mb": proc_mb("self", "VmHWM"),
    }


def laptop_main(conn: multiprocessing.connection.Connection, vault_dir: str, create: bool) -> None:
    """A laptop: its vault, its credential store, and commands from the benchmark."""
    from tests.support.keyrings import MemoryKeyring

    # The laptop process's credential store for its device token, kept in memory: the
    # benchmark's laptops have no operating-system keyring.
    keyring.set_keyring(MemoryKeyring())
    from fallmanager.vault.crypto import TEST_KDF
    from fallmanager.vault.vault import Vault

    path = Path(vault_dir)
    if create:
        vault = Vault.create(path, PASSPHRASE, passphrase_only=True, kdf=TEST_KDF).vault
    else:
        vault = Vault.open(path, PASSPHRASE)
    state = LaptopState(vault)
    commands: dict[str, Callable[..., dict[str, Any]]] = {
        "build": laptop_build,
        "enrol": laptop_enrol,
        "change": laptop_change,
        "sync": laptop_sync,
    }
    try:
        while True:
            command, kwargs = conn.recv()
            if command == "stop":
                break
            try:
                conn.send(("ok", commands[command](state, **kwargs)))
            except Exception:
                conn.send(("error", traceback.format_exc()))
    finally:
        vault.close()
        conn.send(("ok", {}))
        conn.close()


class Laptop:
    """Handle of a laptop process in the benchmark."""

    def __init__(self, name: str, vault_dir: Path, *, create: bool) -> None:
        self.name = name
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self.process = context.Process(
            target=laptop_main, args=(child, str(vault_dir), create), name=name, daemon=True
        )
        self.process.start()
        child.close()

    def send(self, command: str, **kwargs: Any) -> None:
        self._conn.send((command, kwargs))

    def receive(self) -> dict[str, Any]:
        status, value = self._conn.recv()
        if status != "ok":
            raise RuntimeError(f"{self.name}: {value}")
        result: dict[str, Any] = value
        return result

    def run(self, command: str, **kwargs: Any) -> dict[str, Any]:
        self.send(command, **kwargs)
        return self.receive()

    def stop(self) -> None:
        if self.process.is_alive():
            with contextlib.suppress(OSError, EOFError):
                self.send("stop")
                self.receive()
            self.process.join(timeout=30)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(timeout=10)


# -- the server ----------------------------------------------------------------------------------


def _server_command() -> list[str]:
    script = Path(sys.executable).parent / "fallmanager-server"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "fallmanager.server.cli"]


class PostgresCluster:
    """A throwaway PostgreSQL cluster (the tests' one) made durable like a production one."""

    def __init__(self) -> None:
        from sqlalchemy import create_engine, text
        from sqlalchemy.pool import NullPool
        from tests.support.postgres import Cluster

        self.cluster = Cluster()
        self.cluster.start()
        admin = create_engine(
            self.cluster.admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        try:
            with admin.connect() as conn:
                # The test cluster trades durability for speed; a benchmark should not.
                for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                    conn.execute(text(f"ALTER SYSTEM SET {setting} = on"))
                conn.execute(text("SELECT pg_reload_conf()"))
                conn.execute(text('CREATE DATABASE "fallmanager"'))
                self.version = str(conn.execute(text("SHOW server_version")).scalar())
        finally:
            admin.dispose()
        self.url = self.cluster.admin_url.replace("/postgres?", "/fallmanager?")

    def stop(self) -> None:
        self.cluster.stop()


class Server:
    """``fallmanager-server`` set up with its CLI and run as a subprocess."""

    def __init__(self, directory: Path, database_url: str | None) -> None:
        from fallmanager.server.config import load_settings
        from fallmanager.server.engine import create_server_engine
        from fallmanager.server.tls import fingerprint_of_pem

        self.directory = directory
        init = [*_server_command(), "init", "--dir", str(directory), "--hostname", "127.0.0.1"]
        if database_url:
            init += ["--database-url", database_url]
        subprocess.run(init, check=True, capture_output=True, text=True)
        self.settings = load_settings(directory)
        self.fingerprint = fingerprint_of_pem(self.settings.cert_file)
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.log = (directory / "server.log").open("wb")
        self.process = subprocess.Popen(
            [*_server_command(), "run", "--dir", str(directory),
             "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.engine = create_server_engine(self.settings.database_url)
        self._wait_ready()
        print(f"# server pid {self.process.pid} ({self.settings.database_kind})", flush=True)

    def _wait_ready(self) -> None:
        from fallmanager.sync.errors import ServerUnreachableError
        from fallmanager.sync.transport import HttpsTransport

        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.tail()}")
            probe = HttpsTransport(self.url, self.fingerprint, timeout=5)
            try:
                probe.call("/api/v1/hello", None, None)
                return
            except ServerUnreachableError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not answer: {self.tail()}") from None
                time.sleep(random.uniform(0.1, 0.3))
            finally:
                probe.close()

    def tail(self) -> str:
        self.log.flush()
        return (self.directory / "server.log").read_text(errors="replace")[-20000:]

    @property
    def pid(self) -> int:
        return self.process.pid

    def database_mb(self) -> float:
        from sqlalchemy import text

        if self.settings.database_kind == "postgresql":
            with self.engine.connect() as conn:
                size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
            return int(size or 0) / 1024**2
        base = self.directory / "server.db"
        files = [base, base.with_name("server.db-wal"), base.with_name("server.db-shm")]
        return sum(p.stat().st_size for p in files if p.exists()) / 1024**2

    def enrol_code(self, login: str, device_name: str) -> str:
        from fallmanager.server import admin

        return admin.enrol_device(self.engine, login, device_name).code

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.engine.dispose()
        self.log.close()


def enrol(server: Server, laptop: Laptop, login: str) -> None:
    code = server.enrol_code(login, laptop.name)
    laptop.run("enrol", url=server.url, code=code, name=laptop.name, fingerprint=server.fingerprint)


def measured_sync(server: Server, laptop: Laptop, profile: Path | None = None) -> dict[str, Any]:
    """One laptop's sync with the server's peak memory during it."""
    reset_peak(server.pid)
    result = laptop.run("sync", profile=str(profile) if profile else None)
    result["server_peak_mb"] = proc_mb(server.pid, "VmHWM")
    if result["failures"]:
        print(f"  {laptop.name}: {_restarts(result)[2:]}", flush=True)
    return result


# -- the scenarios -------------------------------------------------------------------------------


@dataclass
class Report:
    database: str
    rows: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, measure: str, result: str, notes: str = "") -> None:
        self.rows.append((measure, result, notes))
        print(f"  [{self.database}] {measure}: {result}  {notes}", flush=True)


def _restarts(result: dict[str, Any]) -> str:
    """What failed a laptop's sync before it went through, for the notes."""
    failures = result["failures"]
    if not failures:
        return ""
    kinds = Counter(
        f.split(":")[0] + ": " + f.split(":", 2)[-1].strip() for f in result["failures"]
    )
    listed = ", ".join(f"{n}× {k}" for k, n in kinds.most_common())
    return f"; started again {len(failures)} times after {listed}"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s" if seconds > 0 else "-"


def first_sync(
    server: Server, source: Path, work: Path, report: Report, profile: Path | None
) -> tuple[Laptop, Laptop]:
    from fallmanager.server import admin

    admin.create_user(server.engine, "anna", "Anna Beispiel")
    vault_a = work / "laptop-a"
    shutil.copytree(source, vault_a)
    a = Laptop("Laptop A", vault_a, create=False)
    enrol(server, a, "anna")
    kind = server.settings.database_kind
    up = measured_sync(server, a, profile / f"upload-{kind}.prof" if profile else None)
    report.add(
        "initial upload: laptop A pushes its families",
        f"{up['push_s']:.1f} s",
        f"{up['sent']:,} records, {_rate(up['sent'], up['push_s'])}; "
        f"{sum(1 for c in up['calls'] if c[0].endswith('/push'))} requests{_restarts(up)}",
    )
    report.add(
        "initial upload: A receives its family files back (first snapshot)",
        f"{up['pull_s']:.1f} s",
        f"{sum(1 for c in up['calls'] if c[0].endswith('/pull'))} pages with "
        f"{up['pulled_entries']:,} entries, {up['received']:,} changed anything",
    )
    report.add(
        "initial upload: peak memory laptop / server",
        f"{up['peak_mb']:.0f} / {up['server_peak_mb']:.0f} MB",
        f"laptop {up['rss_before_mb']:.0f} MB before the sync",
    )
    b = Laptop("Laptop B", work / "laptop-b", create=True)
    enrol(server, b, "anna")
    down = measured_sync(server, b, profile / f"first-sync-{kind}.prof" if profile else None)
    pulls = [c[2] for c in down["calls"] if c[0].endswith("/pull")]
    report.add(
        "**first sync of an empty laptop**",
        f"**{down['wall_s']:.1f} s**",
        f"{down['pulled_entries']:,} entries received, "
        f"{_rate(down['pulled_entries'], down['wall_s'])}; {len(pulls)} pages, server "
        f"p50 {statistics.median(pulls) * 1000:.0f} ms per page{_restarts(down)}",
    )
    report.add(
        "first sync: peak memory laptop / server",
        f"{down['peak_mb']:.0f} / {down['server_peak_mb']:.0f} MB",
        f"laptop {down['rss_before_mb']:.0f} MB before the sync",
    )
    report.add("server database size", f"{server.database_mb():,.0f} MB", "after the upload")
    return a, b


def changes_both_ways(
    server: Server, pair: tuple[Laptop, Laptop], count: int, report: Report, profile: Path | None
) -> None:
    a, b = pair
    made_a = a.run("change", order="tasks", count=count, tag="A")["changed"]
    made_b = b.run("change", order="families", count=count, tag="B")["changed"]
    kind = server.settings.database_kind
    first, second, third = (
        measured_sync(server, laptop, profile / f"changes-{step}-{kind}.prof" if profile else None)
        for laptop, step in ((a, "a1"), (b, "b"), (a, "a2"))
    )
    report.add(
        f"A: {made_a:,} changes — sync (push + pull)",
        f"{first['wall_s']:.2f} s",
        f"sent {first['sent']:,} in {first['push_s']:.2f} s, pull {first['pull_s']:.2f} s "
        f"({first['pulled_entries']:,} entries){_restarts(first)}",
    )
    report.add(
        f"B: {made_b:,} changes — sync (push + pull A's)",
        f"{second['wall_s']:.2f} s",
        f"sent {second['sent']:,} in {second['push_s']:.2f} s, received "
        f"{second['received']:,} in {second['pull_s']:.2f} s{_restarts(second)}",
    )
    report.add(
        "A: sync again (pull B's)",
        f"{third['wall_s']:.2f} s",
        f"received {third['received']:,}, sent {third['sent']}{_restarts(third)}",
    )
    total = first["wall_s"] + second["wall_s"] + third["wall_s"]
    report.add(
        f"**{count:,} changes each way, total**",
        f"**{total:.2f} s**",
        f"conflicts {first['conflicts'] + second['conflicts'] + third['conflicts']}, "
        f"rejected {first['rejected'] + second['rejected'] + third['rejected']}; "
        f"server peak {max(first['server_peak_mb'], second['server_peak_mb']):.0f} MB",
    )


def concurrent_round(server: Server, laptops: list[Laptop]) -> tuple[float, list[dict[str, Any]]]:
    reset_peak(server.pid)
    start_at = time.time() + 1.0
    for laptop in laptops:
        laptop.send("sync", start_at=start_at)
    results = [laptop.receive() for laptop in laptops]
    ended = max(call[1] + call[2] for r in results for call in r["calls"])
    peak = proc_mb(server.pid, "VmHWM")
    for result in results:
        result["server_peak_mb"] = peak
    return ended - start_at, results


def report_round(report: Report, title: str, wall: float, results: list[dict[str, Any]]) -> None:
    calls = [c for r in results for c in r["calls"]]
    latencies = [c[2] for c in calls]
    pushes = [c[2] for c in calls if c[0].endswith("/push")]
    pulls = [c[2] for c in calls if c[0].endswith("/pull")]
    syncs = [r["wall_s"] for r in results]
    sent = sum(r["sent"] for r in results)
    pulled = sum(r["pulled_entries"] for r in results)
    report.add(
        f"{title}: wall time, all {len(results)} done",
        f"{wall:.2f} s",
        f"{len(calls)} requests, **{len(calls) / wall:.1f} requests/s**; {sent:,} records sent, "
        f"{pulled:,} entries pulled",
    )
    report.add(
        f"{title}: request latency p50 / p95",
        f"{percentile(latencies, 0.5) * 1000:.0f} / {percentile(latencies, 0.95) * 1000:.0f} ms",
        f"push p50/p95 {percentile(pushes, 0.5) * 1000:.0f}/"
        f"{percentile(pushes, 0.95) * 1000:.0f} ms (n={len(pushes)}), pull "
        f"{percentile(pulls, 0.5) * 1000:.0f}/{percentile(pulls, 0.95) * 1000:.0f} ms "
        f"(n={len(pulls)}); max {max(latencies) * 1000:.0f} ms",
    )
    report.add(
        f"{title}: one laptop's sync p50 / max",
        f"{statistics.median(syncs):.2f} / {max(syncs):.2f} s",
        f"server peak memory {results[0]['server_peak_mb']:.0f} MB",
    )
    failed = [c[3] for c in calls if c[3]]
    restarts = sum(len(r["failures"]) for r in results)
    if failed:
        kinds = Counter(f.split(":")[0] + ": " + f.split(":", 2)[-1].strip() for f in failed)
        report.add(
            f"{title}: failed requests",
            f"{len(failed)} of {len(calls)}",
            f"{restarts} syncs started again; "
            + ", ".join(f"{n}× {k}" for k, n in kinds.most_common()),
        )


def twenty_laptops(server: Server, work: Path, count: int, report: Report) -> None:
    from tests.support.sync_harness import add_user

    from fallmanager.server import admin

    laptops: list[Laptop] = []
    try:
        for index in range(count):
            laptops.append(
                Laptop(f"Laptop {index + 1:02d}", work / f"laptop-{index:02d}", create=True)
            )
        for index, laptop in enumerate(laptops):
            laptop.send("build", families=SMALL_FAMILIES, seed=1000 + index)
        built = [laptop.receive() for laptop in laptops]
        for index, (laptop, result) in enumerate(zip(laptops, built, strict=True)):
            login = f"cm{index + 1:02d}"
            team = f"Team {index // TEAM_SIZE + 1}"
            add_user(server.engine, login, team, f"Fallmanagerin {index + 1}")
            for family_id in result["family_ids"]:
                admin.assign(server.engine, family_id, team=team)
            enrol(server, laptop, login)
        wall, results = concurrent_round(server, laptops)
        report_round(report, f"{count} laptops, first upload", wall, results)
        for laptop in laptops:
            laptop.send("change", order="mixed", count=50, tag=laptop.name)
        for laptop in laptops:
            laptop.receive()
        wall, results = concurrent_round(server, laptops)
        report_round(report, f"{count} laptops, 50 changes each", wall, results)
    finally:
        for laptop in laptops:
            laptop.stop()


def run_database(
    kind: str, source: Path, work: Path, args: argparse.Namespace, reports: list[Report]
) -> None:
    report = Report(kind)
    reports.append(report)
    work.mkdir()
    cluster = PostgresCluster() if kind == "postgresql" else None
    server: Server | None = None
    laptops: list[Laptop] = []
    try:
        report.add(
            "database",
            f"PostgreSQL {cluster.version}" if cluster else "SQLite (server.db)",
            f"fsync on; machine load average at the start {os.getloadavg()[0]:.1f}",
        )
        server = Server(work / "server", cluster.url if cluster else None)
        a, b = first_sync(server, source, work, report, args.profile)
        laptops += [a, b]
        if not args.skip_changes:
            changes_both_ways(server, (a, b), args.changes, report, args.profile)
        for laptop in laptops:
            laptop.stop()
        laptops.clear()
        if args.laptops:
            twenty_laptops(server, work, args.laptops, report)
        report.add(
            "server database size at the end",
            f"{server.database_mb():,.0f} MB",
            f"machine load average at the end {os.getloadavg()[0]:.1f}",
        )
    except BaseException:
        if server is not None:
            print(f"server log (end):\n{server.tail()}", file=sys.stderr)
        raise
    finally:
        for laptop in laptops:
            laptop.stop()
        if server is not None:
            server.stop()
        if cluster is not None:
            cluster.stop()


def build_source(work: Path, families: int, seed: int) -> tuple[Path, dict[str, Any]]:
    source = work / "source-vault"
    builder = Laptop("builder", source, create=True)
    try:
        result = builder.run("build", families=families, seed=seed)
    finally:
        builder.stop()
    return source, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--changes", type=int, default=1000, help="changes per laptop (2.)")
    parser.add_argument("--laptops", type=int, default=20, help="laptops at once (3.); 0: skip")
    parser.add_argument(
        "--profile", type=Path, help="write cProfile files of the laptops' first syncs here"
    )
    parser.add_argument("--skip-changes", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    print(
        f"# {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{args.families:,} families, databases: {', '.join(kinds)}",
        flush=True,
    )
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="fallmanager-bench-sync-"))
    reports: list[Report] = []
    try:
        source, built = build_source(work, args.families, args.seed)
        print(
            f"# source vault: {built['records']:,} records, generated in "
            f"{built['generate_s']:.1f} s, imported in {built['import_s']:.1f} s",
            flush=True,
        )
        for kind in kinds:
            run_database(kind, source, work / kind, args, reports)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for report in reports:
        print(f"\n### {report.database} ({args.families:,} families)\n")
        print("| measure | result | notes |\n|---|---|---|")
        for row in report.rows:
            print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
