"""A laptop in a process of its own, for fault tests of office sync over real HTTPS.

    python -m tests.support.sync_driver COMMAND --vault PATH --passphrase P [options]

Commands:

* ``enrol URL CODE FINGERPRINT [--name NAME] [--timeout S]`` — enrol the vault with the
  server; the device token goes to the credential store (in tests a file shared with the
  test process, see ``tests.conftest.subprocess_env``).
* ``notes FAMILY_ID N [--prefix TEXT]`` — write N case notes into a family file, in one
  transaction; their texts are ``"<prefix> <i>"``.
* ``sync [--timeout S] [--die-after-push-commit | --die-before-cursor-save]`` — synchronise
  once and print the summary. ``--die-after-push-commit`` ends the process with SIGKILL as
  soon as the server's answer to a push has arrived, before the laptop stores it;
  ``--die-before-cursor-save`` ends it when the first pulled page has been applied but its
  cursor is not yet saved (the page's transaction is never committed).
* ``dump`` — print every live record, canonically, with the count of unsent changes and of
  open conflicts and rejected changes.

Everything is printed as one JSON object on stdout. Exit codes: 0 done, 3 the sync failed
in an expected way (the JSON names the error: ``{"error": "ServerUnreachableError", ...}``),
1 anything else (with a traceback on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import signal
import sys
import uuid
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from fallmanager.domain.family import FamilyFile
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.visits import CaseNote
from fallmanager.services import sync as sync_service
from fallmanager.storage.sync_store import SyncStore
from fallmanager.sync.errors import NotEnrolledError, SyncError
from fallmanager.sync.transport import TIMEOUT_S, HttpsTransport
from fallmanager.vault.vault import Vault

EXIT_OK = 0
EXIT_SYNC_ERROR = 3

PUSH_PATH = "/api/v1/push"


def _print(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
    sys.stdout.flush()


def _die() -> None:
    """End this process the hard way: no cleanup, no commit, no flush."""
    os.kill(os.getpid(), signal.SIGKILL)


class _DyingAfterPush(HttpsTransport):
    """The transport whose process dies once a push has been answered: the server has
    committed the batch, the laptop has not stored the answer."""

    def call(self, path: str, body: dict[str, Any] | None, token: str | None) -> dict[str, Any]:
        answer = super().call(path, body, token)
        if path == PUSH_PATH:
            _die()
        return answer


def _die_before_cursor_save() -> None:
    def set_cursor(_self: SyncStore, _cursor: dict[str, Any]) -> None:
        _die()

    SyncStore.set_cursor = set_cursor  # type: ignore[method-assign,assignment]


# -- commands ------------------------------------------------------------------------------


def _enrol(vault: Vault, args: argparse.Namespace) -> dict[str, Any]:
    transport = HttpsTransport(args.url, args.fingerprint, timeout=args.timeout)
    try:
        info = sync_service.enrol(
            vault.unit_of_work(),
            args.url,
            args.code,
            args.name,
            args.fingerprint,
            transport=transport,
        )
    finally:
        transport.close()
    return {"device_id": info.device_id, "server_id": info.server_id, "user": info.user_login}


def _notes(vault: Vault, args: argparse.Namespace) -> dict[str, Any]:
    family_id = uuid.UUID(args.family_id)
    written_at = datetime.now().replace(microsecond=0)
    notes = [
        CaseNote(family_id=family_id, written_at=written_at, text=f"{args.prefix} {index}")
        for index in range(args.count)
    ]
    with vault.unit_of_work() as uow:
        uow.records.require(FamilyFile, family_id)
        uow.records.add_many(notes)
        uow.commit()
    return {"written": len(notes)}


def _sync(vault: Vault, args: argparse.Namespace) -> dict[str, Any]:
    info = sync_service.enrolment(vault.unit_of_work())
    if info is None:
        raise NotEnrolledError("this laptop is not enrolled with an office server")
    if args.die_before_cursor_save:
        _die_before_cursor_save()
    kind = _DyingAfterPush if args.die_after_push_commit else HttpsTransport
    transport = kind(info.server_url, info.fingerprint, timeout=args.timeout)
    try:
        summary = sync_service.synchronise(
            vault.unit_of_work, lambda _progress: None, lambda: False, transport=transport
        )
    finally:
        transport.close()
    data = dataclasses.asdict(summary)
    data["finished_at"] = summary.finished_at.isoformat()
    return data


def dump_vault(vault: Vault) -> dict[str, Any]:
    """Every live record by kind and id (as JSON primitives), and the sync bookkeeping."""
    records: dict[str, dict[str, Any]] = {}
    with vault.unit_of_work() as uow:
        for cls in ENTITY_TYPES:
            found = {str(record.id): to_primitive(record) for record in uow.records.iterate(cls)}
            if found:
                records[cls.entity_name] = found
        return {
            "records": records,
            "unsent": uow.sync.unsent_count(),
            "conflicts": len(uow.sync.conflict_rows()),
            "rejected": len(uow.sync.rejected_rows()),
        }


def _dump(vault: Vault, _args: argparse.Namespace) -> dict[str, Any]:
    return dump_vault(vault)


# -- parsing -------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", type=Path, required=True, help="the vault directory")
    common.add_argument("--passphrase", required=True, help="the vault's passphrase")
    timeout = argparse.ArgumentParser(add_help=False)
    timeout.add_argument(
        "--timeout", type=float, default=TIMEOUT_S, help="seconds to wait for the server"
    )
    parser = argparse.ArgumentParser(prog="sync_driver", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    enrol = commands.add_parser("enrol", parents=[common, timeout])
    enrol.add_argument("url")
    enrol.add_argument("code")
    enrol.add_argument("fingerprint")
    enrol.add_argument("--name", default="Testlaptop", help="device name")
    enrol.set_defaults(handler=_enrol)

    notes = commands.add_parser("notes", parents=[common])
    notes.add_argument("family_id")
    notes.add_argument("count", type=int)
    notes.add_argument("--prefix", default="Notiz")
    notes.set_defaults(handler=_notes)

    sync = commands.add_parser("sync", parents=[common, timeout])
    dying = sync.add_mutually_exclusive_group()
    dying.add_argument("--die-after-push-commit", action="store_true")
    dying.add_argument("--die-before-cursor-save", action="store_true")
    sync.set_defaults(handler=_sync)

    dump = commands.add_parser("dump", parents=[common])
    dump.set_defaults(handler=_dump)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    vault = Vault.open(args.vault, args.passphrase)
    try:
        _print(args.handler(vault, args))
    except SyncError as exc:
        _print({"error": type(exc).__name__, "code": exc.code, "message": str(exc)})
        return EXIT_SYNC_ERROR
    finally:
        vault.close()
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
