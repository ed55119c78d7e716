"""A PostgreSQL server for tests of the office server.

``FALLMANAGER_TEST_PG_URL`` names an existing server (``postgresql+psycopg://user@host/db``;
its user must be allowed to create databases). Without it, a throwaway cluster is made in a
temporary directory with the installed server binaries (``initdb``, ``pg_ctl``), listening
only on a unix socket there, with ``fsync`` off, and removed when the last user releases it.
Under root (CI) the cluster runs as the ``postgres`` user, since PostgreSQL refuses root.

Tests take one fresh database each (:meth:`PostgresServer.create_database`), optionally
copied from a template database, which is faster than building a schema again.

Fixtures in several ``conftest.py`` files share one server through :func:`acquire_shared`
and :func:`release_shared`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

PG_URL_ENV = "FALLMANAGER_TEST_PG_URL"
DRIVER = "postgresql+psycopg"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started or reached for the tests."""


def find_bin_dir() -> Path:
    """The directory with ``initdb`` and ``pg_ctl``: the newest under
    ``/usr/lib/postgresql/*/bin`` (Debian keeps them off the PATH), else the PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parent.parent.name) if path.parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return candidates[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "PostgreSQL is not installed: the server tests need its binaries (initdb, pg_ctl). "
        "Install the Debian package 'postgresql', or set "
        f"{PG_URL_ENV}=postgresql+psycopg://user@host/postgres to use a running server."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _parent_for_postgres() -> str:
    """A temporary directory that the ``postgres`` user can reach (``/tmp`` may be private
    to root in containers)."""
    for candidate in (tempfile.gettempdir(), "/var/tmp", "/dev/shm"):  # noqa: S108
        reachable = subprocess.run(
            ["runuser", "-u", "postgres", "--", "test", "-x", candidate],
            capture_output=True,
            check=False,
        )
        if reachable.returncode == 0:
            return candidate
    raise PostgresUnavailable(
        "No temporary directory is reachable by the 'postgres' user for the test cluster."
    )


class Cluster:
    """A throwaway PostgreSQL cluster in its own temporary directory."""

    def __init__(self) -> None:
        self.bin_dir = find_bin_dir()
        self._as_postgres = os.geteuid() == 0
        parent = _parent_for_postgres() if self._as_postgres else None
        self.base = Path(tempfile.mkdtemp(prefix="fallmanager-pg-", dir=parent))
        self.data = self.base / "data"
        self.socket_dir = self.base / "socket"
        self.port = _free_port()
        self.running = False

    def _run(self, *command: str) -> None:
        argv = [str(self.bin_dir / command[0]), *command[1:]]
        if self._as_postgres:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        result = subprocess.run(
            argv, cwd=self.base, capture_output=True, text=True, timeout=120, check=False
        )
        if result.returncode != 0:
            log = self.base / "server.log"
            server_log = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(
                f"{command[0]} failed ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-2000:]}\n{server_log}"
            )

    def start(self) -> None:
        self.socket_dir.mkdir()
        if self._as_postgres:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "The tests run as root, and PostgreSQL refuses to run as root; the "
                    "'postgres' user (made by the Debian package 'postgresql') is missing."
                ) from None
            for path in (self.base, self.socket_dir):
                os.chown(path, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-locale", "--no-sync")  # fmt: skip
        settings = {
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "listen_addresses": "''",
            "unix_socket_directories": f"'{self.socket_dir}'",
            "port": str(self.port),
            "max_connections": "300",
            "log_min_messages": "warning",
        }
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n# Throwaway test cluster\n")
            conf.writelines(f"{key} = {value}\n" for key, value in settings.items())
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "server.log"),
                  "-w", "-t", "60", "start")  # fmt: skip
        self.running = True

    @property
    def admin_url(self) -> str:
        return f"{DRIVER}://postgres@/postgres?host={self.socket_dir}&port={self.port}"

    def stop(self) -> None:
        try:
            if self.running:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
                self.running = False
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


class PostgresServer:
    """A PostgreSQL server on which tests create and drop their databases."""

    def __init__(self, admin_url: str, cluster: Cluster | None = None) -> None:
        url = make_url(admin_url)
        if url.drivername == "postgresql":
            url = url.set(drivername=DRIVER)
        self._admin_url = url
        self._cluster = cluster
        self._admin: Engine = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        try:
            with self._admin.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:
            self._admin.dispose()
            raise PostgresUnavailable(f"Cannot connect to PostgreSQL for the tests: {exc}") from exc

    def url(self, database: str) -> str:
        return self._admin_url.set(database=database).render_as_string(hide_password=False)

    def create_database(self, *, template: str | None = None) -> str:
        """A new, empty database (or a copy of ``template``); returns its URL."""
        name = f"fm_test_{uuid.uuid4().hex[:16]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by :meth:`create_database`, closing its open connections."""
        name = make_url(url).database
        if not name or not name.startswith("fm_test_"):
            raise ValueError(f"not a test database: {name!r}")
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        self._admin.dispose()
        if self._cluster is not None:
            self._cluster.stop()


def start_server() -> PostgresServer:
    """The server named by ``FALLMANAGER_TEST_PG_URL``, or a new throwaway cluster."""
    configured = os.environ.get(PG_URL_ENV)
    if configured:
        return PostgresServer(configured)
    cluster = Cluster()
    try:
        cluster.start()
        return PostgresServer(cluster.admin_url, cluster)
    except BaseException:
        cluster.stop()
        raise


_lock = threading.Lock()
_shared: PostgresServer | None = None
_users = 0


def acquire_shared() -> PostgresServer:
    """The process's shared test server, started on first use."""
    global _shared, _users  # noqa: PLW0603 - one server per test process
    with _lock:
        if _shared is None:
            _shared = start_server()
            atexit.register(_close_shared)
        _users += 1
        return _shared


def release_shared() -> None:
    """Give the shared server back; the last user stops it."""
    global _users  # noqa: PLW0603
    with _lock:
        _users -= 1
        if _users <= 0:
            _close_shared()


def _close_shared() -> None:
    global _shared, _users
    server, _shared, _users = _shared, None, 0
    if server is not None:
        server.close()


@contextlib.contextmanager
def shared_server() -> Iterator[PostgresServer]:
    server = acquire_shared()
    try:
        yield server
    finally:
        release_shared()
