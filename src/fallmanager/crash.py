"""Reports of unexpected errors (bugs) without personal data.

A report keeps the exception types and the code locations of the traceback only: no
exception messages, no local variables, no arguments — those may carry names or notes.
"""

from __future__ import annotations

import secrets
import traceback
from datetime import UTC, datetime
from pathlib import Path

from fallmanager import __version__
from fallmanager.vault.paths import data_home

MAX_LOG_BYTES = 1_000_000


def scrubbed_report(exc: BaseException) -> str:
    """Exception types and stack frames of ``exc`` and its causes; never messages."""
    lines = []
    current: BaseException | None = exc
    depth = 0
    while current is not None and depth < 5:
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  at {_short_path(frame.filename)}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        depth += 1
        if current is not None:
            lines.append("caused by")
    return "\n".join(lines)


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    if "fallmanager" in parts:
        return "/".join(parts[parts.index("fallmanager") :])
    return Path(filename).name


def log_path() -> Path:
    return data_home() / "logs" / "fallmanager.log"


def report_unexpected(exc: BaseException, log_file: Path | None = None) -> str:
    """Append a scrubbed report to the log file; return the error id to show the user."""
    error_id = secrets.token_hex(4).upper()
    path = log_file or log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_suffix(".log.1"))
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"{stamp} error {error_id} (fallmanager {__version__})\n")
            handle.write(scrubbed_report(exc) + "\n\n")
    except OSError:
        pass
    return error_id
