"""The office server's configuration: one directory with ``server.toml``, the TLS files and,
by default, the SQLite database.

``server.toml`` is short and written by :func:`write_settings`; an administrator may edit it.
Relative paths in it are relative to the server directory, so the directory can be moved.
When ``database_url`` is absent the server uses the SQLite file ``server.db`` next to it.
The environment variable ``FALLMANAGER_SERVER_DATABASE_URL`` overrides the database URL.
"""

from __future__ import annotations

import os
import re
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fallmanager.files import write_atomic
from fallmanager.server.engine import sqlite_url

DEFAULT_DIRECTORY = Path("fallmanager-server")
SETTINGS_FILE = "server.toml"
DATABASE_FILE = "server.db"
TLS_DIRECTORY = "tls"
CERT_FILE = "cert.pem"
KEY_FILE = "key.pem"
DATABASE_URL_ENV = "FALLMANAGER_SERVER_DATABASE_URL"

DEFAULT_HOST = "0.0.0.0"  # noqa: S104 - the office server serves the office network
DEFAULT_PORT = 8443
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024

#: The database kinds the server runs on.
SUPPORTED_BACKENDS = ("sqlite", "postgresql")

_KNOWN_KEYS = frozenset(
    {"server_id", "database_url", "host", "port", "cert_file", "key_file", "max_body_bytes"}
)
_HOST_PATTERN = re.compile(r"^[A-Za-z0-9.:_\[\]-]{1,253}$")


class ServerConfigError(Exception):
    """The server directory or its ``server.toml`` is missing or invalid."""


@dataclass(frozen=True, init=False)
class ServerSettings:
    """Where the server keeps its data and how it listens.

    ``cert_file`` and ``key_file`` default to ``tls/cert.pem`` and ``tls/key.pem`` in the
    server directory; ``server_id`` to a new UUID (written once by ``init``).
    """

    directory: Path
    database_url: str
    server_id: str
    host: str
    port: int
    cert_file: Path
    key_file: Path
    max_body_bytes: int

    def __init__(
        self,
        directory: Path,
        database_url: str,
        *,
        server_id: str | None = None,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        cert_file: Path | None = None,
        key_file: Path | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        directory = Path(directory)
        values = {
            "directory": directory,
            "database_url": database_url,
            "server_id": server_id or str(uuid.uuid4()),
            "host": host,
            "port": port,
            "cert_file": Path(cert_file) if cert_file else directory / TLS_DIRECTORY / CERT_FILE,
            "key_file": Path(key_file) if key_file else directory / TLS_DIRECTORY / KEY_FILE,
            "max_body_bytes": max_body_bytes,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)
        _validate(self)

    @property
    def settings_file(self) -> Path:
        return self.directory / SETTINGS_FILE

    @property
    def database_kind(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return make_url(self.database_url).get_backend_name()


def default_database_url(directory: Path) -> str:
    """The SQLite file in the server directory, as an absolute URL."""
    return sqlite_url((Path(directory) / DATABASE_FILE).resolve())


def _validate(settings: ServerSettings) -> None:
    try:
        uuid.UUID(settings.server_id)
    except ValueError:
        raise ServerConfigError(f"server_id {settings.server_id!r} is not a UUID.") from None
    check_database_url(settings.database_url)
    if not _HOST_PATTERN.fullmatch(settings.host):
        raise ServerConfigError(f"host {settings.host!r} is not a host name or IP address.")
    if isinstance(settings.port, bool) or not isinstance(settings.port, int):
        raise ServerConfigError("port must be a whole number.")
    if not 1 <= settings.port <= 65535:
        raise ServerConfigError(f"port {settings.port} is not between 1 and 65535.")
    if isinstance(settings.max_body_bytes, bool) or not isinstance(settings.max_body_bytes, int):
        raise ServerConfigError("max_body_bytes must be a whole number.")
    if settings.max_body_bytes < 1024:
        raise ServerConfigError("max_body_bytes must be at least 1024.")


def effective_database_url(configured: str) -> str:
    """The configured database URL, unless the environment overrides it."""
    return os.environ.get(DATABASE_URL_ENV) or configured


def check_database_url(url: str) -> str:
    """The URL itself if SQLAlchemy can parse it and it names a supported database."""
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise ServerConfigError(
            "database_url is not a database URL "
            "(expected postgresql+psycopg://user@host/name or sqlite+pysqlite:///path)."
        ) from None
    if backend not in SUPPORTED_BACKENDS:
        raise ServerConfigError(
            f"database_url names a {backend} database; the server runs on PostgreSQL or SQLite."
        )
    return url


def load_settings(directory: Path) -> ServerSettings:
    """Read ``server.toml`` from the server directory (the environment may override the
    database URL)."""
    directory = Path(directory)
    path = directory / SETTINGS_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ServerConfigError(
            f"No server configuration at {path}. "
            f"Run 'fallmanager-server init --dir {directory}' first."
        ) from None
    except OSError as exc:
        raise ServerConfigError(f"Cannot read {path}: {exc.strerror}.") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ServerConfigError(f"{path} is not valid TOML: {exc}.") from None
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise ServerConfigError(f"{path}: unknown setting(s): {', '.join(unknown)}.")
    if "server_id" not in data:
        raise ServerConfigError(f"{path}: server_id is missing.")

    def string(key: str) -> str | None:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ServerConfigError(f"{path}: {key} must be a string in quotes.")
        return value

    def integer(key: str, default: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ServerConfigError(f"{path}: {key} must be a whole number.")
        return value

    def file(key: str) -> Path | None:
        value = string(key)
        if value is None:
            return None
        candidate = Path(value)
        return candidate if candidate.is_absolute() else directory / candidate

    database_url = effective_database_url(string("database_url") or default_database_url(directory))
    try:
        return ServerSettings(
            directory=directory,
            database_url=database_url,
            server_id=string("server_id"),
            host=string("host") or DEFAULT_HOST,
            port=integer("port", DEFAULT_PORT),
            cert_file=file("cert_file"),
            key_file=file("key_file"),
            max_body_bytes=integer("max_body_bytes", DEFAULT_MAX_BODY_BYTES),
        )
    except ServerConfigError as exc:
        raise ServerConfigError(f"{path}: {exc}") from None


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in escaped):
        raise ServerConfigError("settings must not contain control characters.")
    return f'"{escaped}"'


def _relative(path: Path, directory: Path) -> str:
    try:
        return str(path.relative_to(directory))
    except ValueError:
        return str(path)


def write_settings(settings: ServerSettings) -> None:
    """Write ``server.toml`` (mode 0600: a PostgreSQL URL may carry a password).

    The default SQLite database is not written out, so the directory stays movable.
    """
    lines: list[tuple[str, Any]] = [("server_id", settings.server_id)]
    if settings.database_url != default_database_url(settings.directory):
        lines.append(("database_url", settings.database_url))
    lines += [
        ("host", settings.host),
        ("port", settings.port),
        ("cert_file", _relative(settings.cert_file, settings.directory)),
        ("key_file", _relative(settings.key_file, settings.directory)),
        ("max_body_bytes", settings.max_body_bytes),
    ]
    body = "# Fallmanager office server. Relative paths are relative to this directory.\n"
    body += "".join(
        f"{key} = {value if isinstance(value, int) else _toml_string(value)}\n"
        for key, value in lines
    )
    settings.directory.mkdir(parents=True, exist_ok=True)
    write_atomic(settings.settings_file, body.encode("utf-8"))
