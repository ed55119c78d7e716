"""A real office server for tests: ``fallmanager-server run`` in a subprocess, over HTTPS.

The directory is set up in the test process (``fallmanager-server init``), users, teams and
enrolment codes are made there with :mod:`fallmanager.server.admin` on an engine of the same
database, and the server itself runs as the administrator runs it. Tests may kill it
(SIGKILL, as a power cut would) and start it again on the same port, so that enrolled
laptops find it where they left it.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, func, select

from fallmanager.server import admin
from fallmanager.server.cli import main as server_cli
from fallmanager.server.config import DATABASE_URL_ENV, ServerSettings, load_settings
from fallmanager.server.db import audit_log, op
from fallmanager.server.engine import create_server_engine
from fallmanager.server.tls import fingerprint_of_pem
from fallmanager.sync.errors import ServerUnreachableError
from fallmanager.sync.transport import HttpsTransport
from tests.support.sync_harness import add_user

HOST = "127.0.0.1"
START_TIMEOUT_S = 30.0
LOG_FILE = "server.log"


class ServerStartError(RuntimeError):
    """The server process did not come up; the message ends with its log."""


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass
class HttpsServer:
    """A running ``fallmanager-server`` and the engine of its database."""

    directory: Path
    settings: ServerSettings
    port: int
    fingerprint: str
    engine: Engine
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"https://{HOST}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.directory / LOG_FILE

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # -- the process -------------------------------------------------------------------------

    def start(self) -> None:
        """Start the server and wait until it answers ``hello`` over HTTPS."""
        if self.running:
            raise RuntimeError("the server is running already")
        self._log = self.log_path.open("ab")
        command = [sys.executable, "-m", "fallmanager.server.cli", "run", "--dir",
                   str(self.directory), "--host", HOST, "--port", str(self.port)]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=self._log, stderr=subprocess.STDOUT, env=self.env
        )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                self._close_log()
                raise ServerStartError(
                    f"the server exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            transport = HttpsTransport(self.url, pin=None, timeout=2.0)
            try:
                transport.call("/api/v1/hello", None, None)
                return
            except ServerUnreachableError:
                if time.monotonic() > deadline:
                    self.kill()
                    raise ServerStartError(
                        f"the server did not answer within {START_TIMEOUT_S:.0f} s:\n"
                        f"{self.log_tail()}"
                    ) from None
                time.sleep(0.05)
            finally:
                transport.close()

    def kill(self) -> None:
        """End the server at once (SIGKILL): open transactions are never committed."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self._close_log()

    def stop(self) -> None:
        """End the server as the administrator would (SIGTERM, then SIGKILL if it hangs)."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self._close_log()

    def restart(self) -> None:
        """Kill the server if it runs, and start it again on the same port."""
        self.kill()
        self.start()

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except FileNotFoundError:
            return ""

    # -- administration ----------------------------------------------------------------------

    def user(self, login: str, team: str | None = None) -> str:
        """Create a user (and, if needed, the team it joins); return the user id."""
        return add_user(self.engine, login, team)

    def enrolment_code(self, login: str, device_name: str) -> str:
        return admin.enrol_device(self.engine, login, device_name).code

    def count(self, table: str) -> int:
        """Rows in ``audit_log`` or ``op``: whether a request reached the server's data."""
        tables = {"audit_log": audit_log, "op": op}
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(tables[table])).scalar_one())


@contextlib.contextmanager
def https_server(
    directory: Path, database_url: str | None = None, *, port: int | None = None
) -> Iterator[HttpsServer]:
    """Set up a server directory (SQLite in it, or ``database_url``), start the server on
    a free loopback port and yield it; it is stopped and its engine disposed afterwards."""
    directory = Path(directory)
    argv = ["init", "--dir", str(directory)]
    if database_url is not None:
        argv += ["--database-url", database_url]
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        code = server_cli(argv)
    if code != 0:
        raise ServerStartError(f"fallmanager-server init failed ({code}): {output.getvalue()}")
    settings = load_settings(directory)
    env = dict(os.environ)
    env.pop(DATABASE_URL_ENV, None)  # the server uses its server.toml, as configured here
    engine = create_server_engine(settings.database_url)
    server = HttpsServer(
        directory=directory,
        settings=settings,
        port=port or free_port(),
        fingerprint=fingerprint_of_pem(settings.cert_file),
        engine=engine,
        env=env,
    )
    try:
        server.start()
        yield server
    finally:
        try:
            server.kill()
        finally:
            engine.dispose()
