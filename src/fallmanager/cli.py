"""The ``fallmanager`` command line.

Every expected failure prints one sentence to stderr and exits with a documented code
(see :class:`ExitCode` and the README); no traceback is ever printed for those. Unexpected
errors print an error id; a report without personal data goes to the log file.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import IntEnum
from pathlib import Path
from typing import NoReturn, TextIO

from fallmanager import __version__
from fallmanager.crash import log_path, report_unexpected
from fallmanager.demo import DEMO_FAMILIES, DEMO_PASSPHRASE, DEMO_SEED, ensure_demo_vault
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import CaseStatus
from fallmanager.domain.views import HitKind
from fallmanager.errors import FallmanagerError
from fallmanager.exchange.document import MAX_BYTES, InvalidDocumentError
from fallmanager.messages import describe_error
from fallmanager.services import exchange as exchange_service
from fallmanager.services.family_files import find_family_by_case_number, list_family_files
from fallmanager.services.search import search
from fallmanager.storage.errors import StorageFullError, VaultBusyError, VaultDamagedError
from fallmanager.vault.backup import create_backup, read_manifest, restore_backup
from fallmanager.vault.errors import (
    BackupInvalidError,
    DeviceSecretMissingError,
    KeyFileDamagedError,
    KeyringUnavailableError,
    MalformedRecoveryKeyError,
    RefusedOverwriteError,
    VaultExistsError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from fallmanager.vault.passphrase import Strength, estimate
from fallmanager.vault.paths import default_demo_vault_path, default_vault_path
from fallmanager.vault.vault import Vault, is_vault


class ExitCode(IntEnum):
    """Documented exit codes of the command line."""

    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2
    WRONG_CREDENTIALS = 3
    NOT_FOUND = 4
    BUSY = 5
    DAMAGED = 6
    INVALID_INPUT = 7
    REFUSED = 8
    KEYRING = 9
    INTERRUPTED = 130


_ERROR_EXIT: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (WrongPassphraseError, ExitCode.WRONG_CREDENTIALS),
    (WrongRecoveryKeyError, ExitCode.WRONG_CREDENTIALS),
    (MalformedRecoveryKeyError, ExitCode.WRONG_CREDENTIALS),
    (VaultNotFoundError, ExitCode.NOT_FOUND),
    (VaultBusyError, ExitCode.BUSY),
    (VaultDamagedError, ExitCode.DAMAGED),
    (KeyFileDamagedError, ExitCode.DAMAGED),
    (BackupInvalidError, ExitCode.DAMAGED),
    (StorageFullError, ExitCode.DAMAGED),
    (InvalidDocumentError, ExitCode.INVALID_INPUT),
    (WeakPassphraseError, ExitCode.INVALID_INPUT),
    (RefusedOverwriteError, ExitCode.REFUSED),
    (VaultExistsError, ExitCode.REFUSED),
    (KeyringUnavailableError, ExitCode.KEYRING),
    (DeviceSecretMissingError, ExitCode.KEYRING),
)


class CliError(Exception):
    """An expected failure of the command line itself (bad file, mismatching input …)."""

    def __init__(self, message: str, exit_code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = exit_code


# -- input --------------------------------------------------------------------------------


class SecretInput:
    """Passphrases from an interactive prompt, or line by line from stdin for scripts."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._stdin.readline()
            if not line:
                raise CliError(
                    "Expected one more line on standard input (--passphrase-stdin).",
                    ExitCode.USAGE,
                )
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CliError(
                "No terminal to ask for the passphrase; use --passphrase-stdin in scripts.",
                ExitCode.USAGE,
            )
        return getpass.getpass(prompt)

    def read_new(self, what: str = "New passphrase") -> str:
        first = self.read(f"{what}: ")
        if self.from_stdin:
            return first
        hint = estimate(first)
        if hint.strength >= Strength.WEAK:
            print(f"Strength: {hint.strength.name.lower()}", file=sys.stderr)
        second = self.read(f"{what} (again): ")
        if first != second:
            raise CliError("The two passphrases differ; nothing was changed.", ExitCode.USAGE)
        return first


# -- helpers ------------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    if args.vault:
        return Path(args.vault).expanduser()
    return default_demo_vault_path() if args.demo else default_vault_path()


def _open_vault(args: argparse.Namespace, secrets_in: SecretInput) -> Vault:
    path = _vault_path(args)
    if args.demo:
        if not is_vault(path):
            raise CliError(
                f"There is no demo vault at {path} yet; create it with 'fallmanager demo'.",
                ExitCode.NOT_FOUND,
            )
        return Vault.open(path, DEMO_PASSPHRASE)
    if not is_vault(path):
        raise VaultNotFoundError(path)
    return Vault.open(path, secrets_in.read("Passphrase: "))


@contextmanager
def _progress(label: str, enabled: bool) -> Iterator[Callable[[int, int], None]]:
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if enabled and (now - last[0] > 0.2 or done == total):
            percent = 100 * done // total if total else 100
            print(f"\r{label}: {percent:3d} % ({done}/{total})", end="", file=sys.stderr)
            last[0] = now

    yield report
    if enabled and last[0]:
        print(file=sys.stderr)


def _read_input_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CliError(f"File not found: {path}", ExitCode.NOT_FOUND) from None
    if path.is_dir():
        raise CliError(f"{path} is a directory, not a file.", ExitCode.INVALID_INPUT)
    if size > MAX_BYTES:
        raise CliError(
            f"{path} is larger than 2 GiB; nothing was imported.", ExitCode.INVALID_INPUT
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror}.", ExitCode.NOT_FOUND) from None


def _write_output_atomic(path: Path, write: Callable[[object], int], force: bool) -> int:
    if path.exists() and not force:
        raise RefusedOverwriteError(path)
    if not path.parent.is_dir():
        raise CliError(f"The folder {path.parent} does not exist.", ExitCode.NOT_FOUND)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            count = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


# -- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    path = _vault_path(args)
    passphrase = secrets_in.read_new()
    created = Vault.create(path, passphrase, passphrase_only=args.passphrase_only)
    created.vault.close()
    print(f"Vault created at {path}.")
    print()
    print("RECOVERY KEY — shown only now. Print it or write it down and keep it locked away:")
    print()
    print(f"    {created.recovery_key}")
    print()
    print("With it you can open the vault if you forget the passphrase or move to a new device.")
    if args.passphrase_only:
        print(
            "Protection: passphrase only. Anyone with a copy of the vault and the passphrase "
            "can open it."
        )
    else:
        print(
            "Protection: passphrase plus a key in this computer's credential store; a copy of "
            "the vault opens elsewhere only with the recovery key."
        )
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    path = Path(args.vault).expanduser() if args.vault else default_demo_vault_path()
    with _progress("Creating demo families", sys.stderr.isatty()) as progress:
        demo = ensure_demo_vault(
            path, families=args.families, seed=args.seed, force=args.force, progress=progress
        )
    if demo.created and demo.report is not None:
        print(f"Demo vault created at {path} ({demo.report.created} synthetic records).")
    else:
        print(f"Demo vault at {path} (already there; use --force to create it anew).")
    print(f"Passphrase: {DEMO_PASSPHRASE}   (synthetic data only — never use it for real data)")
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        families = list_family_files(vault.unit_of_work(), status=CaseStatus.OPEN)
    print(f"{len(families)} open family files, for example:")
    for summary in families[:5]:
        print(f"  {summary.case_number}  {', '.join(summary.family_names)}")
    print("Try:  fallmanager --demo search djor")
    return ExitCode.OK


def cmd_search(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    with _open_vault(args, secrets_in) as vault:
        results = search(vault.unit_of_work(), text=args.text, limit=args.limit)
    if args.json:
        payload = [
            {
                "kind": r.kind.value,
                "id": str(r.entity_id),
                "label": r.label,
                "birth_year": r.birth_year,
                "families": [f.case_number for f in r.families],
            }
            for r in results
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return ExitCode.OK
    if not results:
        print("No matches.")
        return ExitCode.OK
    for r in results:
        cases = ", ".join(
            f.case_number + (" (closed)" if f.status is CaseStatus.CLOSED else "")
            for f in r.families
        )
        if r.kind is HitKind.PERSON:
            year = f" *{r.birth_year}" if r.birth_year else ""
            print(f"person  {r.label}{year}  [{cases or 'no family file'}]")
        else:
            print(f"family  {cases}  {r.label}")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    status = None if args.all else CaseStatus.OPEN
    with _open_vault(args, secrets_in) as vault:
        summaries = list_family_files(vault.unit_of_work(), status=status)
    for s in summaries:
        last = s.last_visit.strftime("%d.%m.%Y") if s.last_visit else "-"
        print(
            f"{s.case_number}  {', '.join(s.family_names)[:40]:40}  {s.member_count:2d} persons  "
            f"last visit {last}  open tasks {s.open_tasks}"
            + ("  (closed)" if s.status is CaseStatus.CLOSED else "")
        )
    return ExitCode.OK


def cmd_import(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    data = _read_input_file(Path(args.file))
    with (
        _open_vault(args, secrets_in) as vault,
        _progress("Importing", sys.stderr.isatty()) as progress,
    ):
        report = exchange_service.import_document(
            vault.unit_of_work(), data=data, progress=progress
        )
    print(
        f"Imported {report.total} records: {report.created} new, {report.updated} updated, "
        f"{report.restored} restored, {report.unchanged} unchanged."
    )
    return ExitCode.OK


def cmd_export(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    target = Path(args.file)
    with _open_vault(args, secrets_in) as vault:
        uow = vault.unit_of_work()
        if args.family:
            count = _write_output_atomic(
                target,
                lambda out: exchange_service.export_family(
                    uow,
                    case_number=args.family,
                    out=out,  # type: ignore[arg-type]
                ),
                args.force,
            )
        else:
            count = _write_output_atomic(
                target,
                lambda out: exchange_service.export_vault(uow, out=out),  # type: ignore[arg-type]
                args.force,
            )
    print(f"Exported {count} records to {target}.")
    print("Note: the export file is NOT encrypted. Keep it safe and delete it when done.")
    return ExitCode.OK


def cmd_genogram(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    # Drawing modules load only for this command.
    from fallmanager.domain.consent import DataCategory  # noqa: PLC0415
    from fallmanager.domain.disclosure import Disclosure, DocumentKind, RecipientKind  # noqa: PLC0415
    from fallmanager.domain.genogram.anonymise import (  # noqa: PLC0415
        anonymised_layout,
        initials_labels,
        role_labels,
    )
    from fallmanager.domain.genogram.layout import layout_genogram  # noqa: PLC0415
    from fallmanager.reports.genogram.export import FORMATS, export_genogram  # noqa: PLC0415
    from fallmanager.reports.genogram.page import GenogramDocument  # noqa: PLC0415
    from fallmanager.reports.genogram.painter import GenogramOptions  # noqa: PLC0415
    from fallmanager.services.disclosure import record_disclosures  # noqa: PLC0415
    from fallmanager.services.genogram import family_genogram  # noqa: PLC0415

    target = Path(args.file)
    if target.suffix.lower() not in FORMATS:
        raise CliError(
            f"Cannot write a genogram as '{target.suffix or target.name}'; "
            "choose a file name ending in .svg, .png or .pdf.",
            ExitCode.USAGE,
        )
    if not 30 <= args.dpi <= 1200:
        raise CliError("--dpi must lie between 30 and 1200.", ExitCode.USAGE)
    if target.exists() and not args.force:
        raise RefusedOverwriteError(target)
    if not target.parent.is_dir():
        raise CliError(f"The folder {target.parent} does not exist.", ExitCode.NOT_FOUND)
    today = date.today()
    with _open_vault(args, secrets_in) as vault:
        uow = vault.unit_of_work()
        family = find_family_by_case_number(uow, case_number=args.case_number)
        genogram = family_genogram(uow, family_id=family.id, on=today)
        data = genogram.input
        layout = layout_genogram(data)
        labels = None
        if args.anonymised:
            labels = (
                initials_labels(data)
                if args.anonymised == "initials"
                else role_labels(data, args.language)
            )
            layout = anonymised_layout(layout, labels)
        options = GenogramOptions(
            show_emotions=not args.no_emotions,
            show_badges=not args.no_badges,
            show_household=not args.no_household,
            labels=labels,
            show_dates=labels is None,
            language=args.language,
        )
        document = GenogramDocument(
            case_number=None if labels is not None else genogram.case_number,
            on=today,
            paper=args.paper,
            landscape=not args.portrait,
        )
        export_genogram(layout, target, options=options, document=document, dpi=args.dpi)
        # The file leaves the application: it goes into the disclosure log (for the file).
        record_disclosures(
            uow,
            disclosures=[
                Disclosure(
                    family_id=family.id,
                    disclosed_at=datetime.now().replace(microsecond=0),
                    document=DocumentKind.GENOGRAM,
                    title="Genogramm (anonymisiert)" if labels is not None else "Genogramm",
                    recipient_kind=RecipientKind.FILE,
                    categories=(DataCategory.FAMILY_SITUATION.value,),
                    person_ids=() if labels is not None else tuple(p.id for p in data.persons),
                    anonymised=labels is not None,
                    note="Kommandozeile",
                )
            ],
        )
    # Warnings by code and count only: terminal output may end up in logs.
    for code, count in sorted(Counter(w.code.value for w in layout.warnings).items()):
        print(f"warning: {code} ({count}x); see the genogram tab for the persons concerned")
    kind = "Anonymised genogram" if labels is not None else f"Genogram of {genogram.case_number}"
    print(f"{kind} written to {target} ({len(layout.persons)} persons).")
    return ExitCode.OK


def cmd_backup(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    dest = Path(args.dest)
    if dest.exists() and not args.force:
        raise RefusedOverwriteError(dest)
    with _open_vault(args, secrets_in) as vault:
        info = create_backup(vault, dest, force=args.force)
    print(f"Encrypted backup written to {info.path} ({info.database_bytes} bytes of data).")
    print("It opens with the passphrase (and recovery key) valid now.")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    src = Path(args.src)
    target = _vault_path(args)
    if not src.is_file():
        raise CliError(f"Backup file not found: {src}", ExitCode.NOT_FOUND)
    manifest = read_manifest(src)
    if (target.exists() and any(target.iterdir())) and not args.force:
        raise RefusedOverwriteError(target)
    if args.use_recovery_key:
        recovery = secrets_in.read("Recovery key: ")
        new = secrets_in.read_new("New passphrase for this device")
        result = restore_backup(
            src,
            target,
            recovery_key=recovery,
            new_passphrase=new,
            passphrase_only=args.passphrase_only,
            force=args.force,
        )
    else:
        passphrase = DEMO_PASSPHRASE if args.demo else secrets_in.read("Passphrase of the backup: ")
        result = restore_backup(src, target, passphrase=passphrase, force=args.force)
    print(f"Backup of {manifest.get('created_at', '?')} verified and restored to {result.path}.")
    if result.previous_moved_to is not None:
        print(f"The previous vault was kept at {result.previous_moved_to}.")
    return ExitCode.OK


def cmd_passwd(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    path = _vault_path(args)
    if args.use_recovery_key:
        vault = Vault.open_with_recovery_key(path, secrets_in.read("Recovery key: "))
    else:
        vault = _open_vault(args, secrets_in)
    with vault:
        new = secrets_in.read_new()
        passphrase_only = True if args.passphrase_only else (False if args.bind_device else None)
        vault.change_passphrase(new, passphrase_only=passphrase_only)
    print("Passphrase changed.")
    return ExitCode.OK


def cmd_check(args: argparse.Namespace, secrets_in: SecretInput) -> int:
    with _open_vault(args, secrets_in) as vault:
        report = vault.check()
    print(
        f"{report.records} records, {report.change_log_entries} change-log entries, "
        f"{report.file_bytes} bytes."
    )
    for warning in report.warnings:
        print(f"warning: {warning}")
    if report.ok:
        print("Vault is intact: every page and the database structure check out.")
        return ExitCode.OK
    for problem in report.problems[:20]:
        print(f"problem: {problem}", file=sys.stderr)
    print(
        "The vault is damaged. Nothing was changed. Restore the latest backup "
        "('fallmanager restore BACKUP --force').",
        file=sys.stderr,
    )
    return ExitCode.DAMAGED


# -- parser ---------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"fallmanager: {message}", file=sys.stderr)
        raise SystemExit(ExitCode.USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="fallmanager",
        description="Encrypted, offline family case files for outreach case management.",
        epilog=f"Vault default: {default_vault_path()}  (or $FALLMANAGER_VAULT)",
    )
    parser.add_argument("--version", action="version", version=f"fallmanager {__version__}")
    parser.add_argument("--vault", metavar="PATH", help="vault directory")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo vault of synthetic families and its documented passphrase",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases (and recovery keys) line by line from standard input",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help="create a new vault and show its recovery key once")
    p.add_argument(
        "--passphrase-only",
        action="store_true",
        help="do not bind the vault to this device's credential store",
    )
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="create the demo vault with synthetic families")
    p.add_argument("--families", type=int, default=DEMO_FAMILIES, help="number of families")
    p.add_argument("--seed", type=int, default=DEMO_SEED, help="random seed")
    p.add_argument("--force", action="store_true", help="create the demo vault anew")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("search", help="find persons and family files as typed")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("list", help="list family files")
    p.add_argument("--all", action="store_true", help="include closed family files")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("import", help="import an exchange file (all or nothing)")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="export the vault or one family file (unencrypted JSON)")
    p.add_argument("file")
    p.add_argument("--family", metavar="CASE_NO", help="export only this family file")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("genogram", help="draw a family's genogram as SVG, PNG or PDF")
    p.add_argument("case_number", metavar="CASE_NO")
    p.add_argument("file", metavar="OUT", help="output file: .svg, .png or .pdf")
    p.add_argument(
        "--anonymised",
        nargs="?",
        const="roles",
        choices=("roles", "initials"),
        help="replace names by roles (default) or initials; no dates, no case number",
    )
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help="PDF paper size")
    orientation = p.add_mutually_exclusive_group()
    orientation.add_argument("--portrait", action="store_true", help="PDF in portrait")
    orientation.add_argument(
        "--landscape", action="store_true", help="PDF in landscape (the default)"
    )
    p.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    p.add_argument("--no-emotions", action="store_true", help="leave out emotional relations")
    p.add_argument("--no-badges", action="store_true", help="leave out residence-status badges")
    p.add_argument("--no-household", action="store_true", help="leave out the household outline")
    p.add_argument(
        "--language", choices=("de", "en"), default="de", help="language of legend and header"
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=cmd_genogram)

    p = sub.add_parser("backup", help="write an encrypted backup")
    p.add_argument("dest")
    p.add_argument("--force", action="store_true", help="overwrite an existing backup file")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="verify a backup and restore it")
    p.add_argument("src")
    p.add_argument("--force", action="store_true", help="replace an existing vault (kept aside)")
    p.add_argument(
        "--use-recovery-key",
        action="store_true",
        help="open the backup with the recovery key and set a new passphrase",
    )
    p.add_argument("--passphrase-only", action="store_true", help="with --use-recovery-key")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("passwd", help="change the passphrase (re-wraps the key only)")
    p.add_argument(
        "--use-recovery-key", action="store_true", help="forgotten passphrase or new device"
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument("--passphrase-only", action="store_true", help="remove the device binding")
    group.add_argument("--bind-device", action="store_true", help="bind to this device's keyring")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("check", help="verify every page and the structure of the vault")
    p.set_defaults(handler=cmd_check)
    return parser


def _message_for(exc: BaseException) -> tuple[str, ExitCode]:
    if isinstance(exc, CliError):
        return str(exc), exc.exit_code
    if isinstance(exc, InvalidDocumentError):
        lines = [
            f"The file cannot be imported; nothing was written. {len(exc.problems)} problem(s):"
        ]
        lines += [f"  {problem}" for problem in exc.problems[:20]]
        if len(exc.problems) > 20 or exc.truncated:
            lines.append("  …")
        return "\n".join(lines), ExitCode.INVALID_INPUT
    for error_type, code in _ERROR_EXIT:
        if isinstance(exc, error_type):
            return str(exc), code
    if isinstance(exc, DomainError):
        code = ExitCode.NOT_FOUND if exc.code is ErrorCode.NOT_FOUND else ExitCode.INVALID_INPUT
        if exc.field == "case_number" and exc.code is ErrorCode.NOT_FOUND:
            return f"No family file with case number {exc.params.get('value')}.", code
        return f"Not possible: {describe_error(exc)}.", code
    if isinstance(exc, FallmanagerError):
        return str(exc), ExitCode.DAMAGED
    if isinstance(exc, FileNotFoundError):
        return f"File not found: {exc.filename or exc}", ExitCode.NOT_FOUND
    if isinstance(exc, PermissionError):
        return f"Permission denied: {exc.filename}", ExitCode.REFUSED
    raise exc


def _start_desktop(args: argparse.Namespace) -> int:
    """No command: the desktop application (with ``--demo`` on the demo vault, created first)."""
    path = _vault_path(args)
    hint = ""
    if args.demo:
        hint = DEMO_PASSPHRASE
        if not is_vault(path):
            with _progress("Creating demo families", sys.stderr.isatty()) as progress:
                ensure_demo_vault(path, progress=progress)
    try:
        from fallmanager.app import run  # noqa: PLC0415 - Qt loads only for the desktop
    except ImportError as exc:  # pragma: no cover - a broken Qt installation
        print(f"The desktop application cannot start: {exc}", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR
    return run([], path, explicit_path=bool(args.vault or args.demo), demo_hint=hint)


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        return _start_desktop(args)
    secrets_in = SecretInput(args.passphrase_stdin, stdin)
    try:
        return int(args.handler(args, secrets_in))
    except KeyboardInterrupt:
        print("\nInterrupted; nothing was changed by the interrupted step.", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except Exception as exc:  # every failure ends in one sentence, never a traceback
        try:
            message, code = _message_for(exc)
        except Exception as unexpected:  # a bug: report without personal data
            error_id = report_unexpected(unexpected)
            print(
                f"Unexpected error {error_id} ({type(unexpected).__name__}). A report without "
                f"personal data was written to {log_path()}.",
                file=sys.stderr,
            )
            return ExitCode.INTERNAL_ERROR
        print(message, file=sys.stderr)
        return code
