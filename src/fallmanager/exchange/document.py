"""Writing and reading exchange documents (format ``fallmanager-exchange``, version 3).

Writing is deterministic: collections in a fixed order, records sorted by id, fields in
declaration order, one record per line. Reading validates everything and reports each
problem with its JSON path; it never writes anything itself.
"""

from __future__ import annotations

import codecs
import io
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, BinaryIO

from fallmanager.domain.entity import Entity, field_specs
from fallmanager.domain.errors import DomainError
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.genealogy import check_no_cycles
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.primitive import from_primitive, to_primitive
from fallmanager.domain.relationships import ParentChildKind, ParentChildLink
from fallmanager.errors import FallmanagerError
from fallmanager.messages import describe_error

FORMAT = "fallmanager-exchange"
VERSION = 3
#: Versions this reader accepts. Version 1 lacks the genogram and help-plan collections,
#: version 2 the consents, case conferences and disclosures; both are otherwise identical,
#: so they read as they are.
READABLE_VERSIONS = (1, 2, 3)
#: Larger files are refused before parsing (a whole vault of 10,000 families is ~0.3 GB).
MAX_BYTES = 2 * 1024**3
#: Stop collecting problems after this many; the report says that there were more.
MAX_PROBLEMS = 200

COLLECTIONS: dict[str, type[Entity]] = {cls.collection: cls for cls in ENTITY_TYPES}


class Scope(StrEnum):
    VAULT = "vault"
    FAMILY_FILE = "family_file"


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason why a document cannot be imported: where (JSON path) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class InvalidDocumentError(FallmanagerError):
    """The document cannot be imported; nothing was written."""

    code = "invalid_exchange_document"

    def __init__(self, problems: list[Problem], truncated: bool = False) -> None:
        self.problems = problems
        self.truncated = truncated
        more = " (and more)" if truncated else ""
        first = str(problems[0]) if problems else "invalid document"
        super().__init__(
            f"The file cannot be imported: {len(problems)} problem(s){more}; first: {first}. "
            "Nothing was written."
        )


@dataclass
class Document:
    """A parsed and validated exchange document."""

    scope: Scope
    records: dict[type[Entity], list[Entity]] = field(default_factory=dict)

    def all_records(self) -> Iterable[Entity]:
        for cls in ENTITY_TYPES:
            yield from self.records.get(cls, ())

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.records.values())


# -- writing --------------------------------------------------------------------------------


def write_document(
    collection: Callable[[type[Entity]], Iterable[Entity]], scope: Scope, out: BinaryIO
) -> int:
    """Write an exchange document; return the number of records.

    ``collection(cls)`` yields the records of one kind sorted by id; kinds are fetched one
    after the other, so a whole vault is written with bounded memory.
    """
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n", write_through=False)
    text.write("{\n")
    text.write(f'  "format": "{FORMAT}",\n  "version": {VERSION},\n  "scope": "{scope.value}",\n')
    text.write('  "records": {\n')
    count = 0
    for index, cls in enumerate(ENTITY_TYPES):
        text.write(f'    "{cls.collection}": [')
        written = 0
        for record in collection(cls):
            text.write("\n      " if written == 0 else ",\n      ")
            text.write(json.dumps(to_primitive(record), ensure_ascii=False))
            written += 1
        count += written
        text.write("\n    ]" if written else "]")
        text.write(",\n" if index < len(ENTITY_TYPES) - 1 else "\n")
    text.write("  }\n}\n")
    text.flush()
    text.detach()
    return count


def sorted_collections(
    records: Iterable[Entity],
) -> Callable[[type[Entity]], Iterable[Entity]]:
    """Adapt an in-memory set of records for :func:`write_document`."""
    by_kind: dict[type[Entity], list[Entity]] = defaultdict(list)
    for record in records:
        by_kind[type(record)].append(record)
    for items in by_kind.values():
        items.sort(key=lambda r: str(r.id))
    return lambda cls: by_kind.get(cls, [])


def document_bytes(records: Iterable[Entity], scope: Scope) -> bytes:
    buffer = io.BytesIO()
    write_document(sorted_collections(records), scope, buffer)
    return buffer.getvalue()


# -- reading --------------------------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.truncated = False

    def add(self, path: str, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.truncated = True
            return
        self.problems.append(Problem(path, message))

    @property
    def full(self) -> bool:
        return self.truncated

    def raise_if_any(self) -> None:
        if self.problems:
            raise InvalidDocumentError(self.problems, self.truncated)


_DECODE_CHUNK = 1 << 20


def _decode_utf8(data: bytes) -> str:
    """Decode in 1 MiB steps: one ``decode`` of a 300 MB file would hold the interpreter lock
    for half a second; between steps other threads (the desktop's UI) get their turn.
    Offsets in errors refer to the whole file."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    parts = []
    view = memoryview(data)
    for start in range(0, len(data), _DECODE_CHUNK):
        chunk = view[start : start + _DECODE_CHUNK]
        try:
            parts.append(decoder.decode(chunk, final=start + _DECODE_CHUNK >= len(data)))
        except UnicodeDecodeError as exc:
            pending = len(decoder.getstate()[0])  # bytes of a character begun earlier
            raise UnicodeDecodeError(
                "utf-8", data, start - pending + exc.start, start + exc.end, exc.reason
            ) from None
    return "".join(parts)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build each JSON object in Python code, not inside the C parser.

    Semantics are those of the default (the last of duplicate keys wins). The point is the
    call itself: the interpreter may hand the GIL to another thread at every Python call, so
    parsing a file of hundreds of megabytes on the desktop's worker thread leaves the UI
    thread responsive instead of freezing it for seconds.
    """
    return dict(pairs)


def parse_bytes(data: bytes) -> Any:
    """Decode and parse JSON, turning every low-level failure into one clear problem."""
    if len(data) > MAX_BYTES:
        raise InvalidDocumentError([Problem("$", "the file is larger than 2 GiB")])
    if not data.strip():
        raise InvalidDocumentError([Problem("$", "the file is empty")])
    try:
        text = _decode_utf8(data)
    except UnicodeDecodeError as exc:
        raise InvalidDocumentError(
            [Problem("$", f"the file is not UTF-8 text (invalid byte at offset {exc.start})")]
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, parse_constant=_reject_constant, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        at_end = exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
        hint = "the file is truncated or invalid JSON" if at_end else "invalid JSON"
        raise InvalidDocumentError(
            [Problem("$", f"{hint} (line {exc.lineno}, column {exc.colno}: {exc.msg})")]
        ) from None
    except (RecursionError, ValueError) as exc:
        raise InvalidDocumentError([Problem("$", f"invalid JSON ({type(exc).__name__})")]) from None


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def read_document(data: bytes) -> Document:
    """Parse and validate a document on its own (structure, records, internal rules)."""
    raw = parse_bytes(data)
    problems = _Collector()
    if not isinstance(raw, dict):
        raise InvalidDocumentError([Problem("$", "expected a JSON object")])
    for key in raw:
        if key not in ("format", "version", "scope", "records"):
            problems.add(f"$.{key}", "unknown field")
    if raw.get("format") != FORMAT:
        raise InvalidDocumentError([Problem("$.format", f"not a {FORMAT} document")])
    version = raw.get("version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise InvalidDocumentError(
            [Problem("$.version", f"unsupported format version {version!r}; expected {VERSION}")]
        )
    try:
        scope = Scope(str(raw.get("scope")))
    except ValueError:
        problems.add("$.scope", "expected 'vault' or 'family_file'")
        scope = Scope.VAULT
    collections = raw.get("records")
    if not isinstance(collections, dict):
        problems.add("$.records", "expected an object of record collections")
        raise InvalidDocumentError(problems.problems)
    document = Document(scope)
    seen_ids: dict[uuid.UUID, str] = {}
    # Each collection is taken out of the parsed file and freed once read: freeing a
    # 300 MB file's objects all at once would hold the interpreter lock for about a second.
    for name in list(collections):
        items = collections.pop(name)
        path = f"$.records.{name}"
        cls = COLLECTIONS.get(name)
        if cls is None:
            problems.add(path, "unknown collection")
            continue
        if not isinstance(items, list):
            problems.add(path, "expected a list")
            continue
        parsed: list[Entity] = []
        for index, item in enumerate(items):
            item_path = f"{path}[{index}]"
            if not isinstance(item, dict):
                problems.add(item_path, "expected an object")
                continue
            if "id" not in item:
                # Without its id a record would be created anew on every import.
                problems.add(f"{item_path}.id", "a value is required")
                continue
            try:
                record = from_primitive(cls, item)
            except DomainError as exc:
                where = f"{item_path}.{exc.field}" if exc.field else item_path
                problems.add(where, describe_error(_without_field(exc)))
                continue
            if record.id in seen_ids:
                problems.add(f"{item_path}.id", f"duplicate id (also at {seen_ids[record.id]})")
                continue
            seen_ids[record.id] = item_path
            parsed.append(record)
            if problems.full:
                break
        document.records[cls] = parsed
    problems.raise_if_any()
    return document


def _without_field(error: DomainError) -> DomainError:
    return DomainError(error.code, None, **dict(error.params))


def check_document(
    document: Document,
    existing: Mapping[type[Entity], set[uuid.UUID]],
    existing_case_numbers: Mapping[str, uuid.UUID],
    existing_links: Iterable[ParentChildLink] = (),
) -> None:
    """Check references and cross-record rules against the document plus the target vault."""
    problems = _Collector()
    present: dict[type[Entity], set[uuid.UUID]] = {
        cls: {r.id for r in document.records.get(cls, ())} | set(existing.get(cls, ()))
        for cls in ENTITY_TYPES
    }
    by_name = {cls.entity_name: cls for cls in ENTITY_TYPES}
    paths = _record_paths(document)
    for record in document.all_records():
        for spec in field_specs(type(record)):
            if spec.ref is None:
                continue
            value = getattr(record, spec.name)
            targets = value if isinstance(value, tuple) else (value,)
            for target in targets:
                if target is not None and target not in present[by_name[spec.ref]]:
                    problems.add(
                        f"{paths[record.id]}.{spec.name}",
                        f"refers to a {spec.ref.replace('_', ' ')} that is neither in the file "
                        "nor in the vault",
                    )
    case_numbers: dict[str, uuid.UUID] = {}
    for family in document.records.get(FamilyFile, ()):
        if not isinstance(family, FamilyFile):  # pragma: no cover - guaranteed by reading
            continue
        other = case_numbers.get(family.case_number) or existing_case_numbers.get(
            family.case_number
        )
        if other is not None and other != family.id:
            problems.add(f"{paths[family.id]}.case_number", "the case number is already in use")
        case_numbers[family.case_number] = family.id
    _check_links(document, existing_links, paths, problems)
    problems.raise_if_any()


def _check_links(
    document: Document,
    existing_links: Iterable[ParentChildLink],
    paths: Mapping[uuid.UUID, str],
    problems: _Collector,
) -> None:
    incoming = [
        r for r in document.records.get(ParentChildLink, ()) if isinstance(r, ParentChildLink)
    ]
    incoming_ids = {link.id for link in incoming}
    links = [link for link in existing_links if link.id not in incoming_ids] + incoming
    biological: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for link in links:
        if link.kind is ParentChildKind.BIOLOGICAL:
            biological[link.child_id].add(link.parent_id)
    in_cycle = set(check_no_cycles(links))
    pairs: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for link in links:
        if link.id not in incoming_ids:
            pairs.add((link.parent_id, link.child_id))
    for link in incoming:
        path = paths[link.id]
        if (link.parent_id, link.child_id) in pairs:
            problems.add(f"{path}.parent_id", "this relationship is already recorded")
        pairs.add((link.parent_id, link.child_id))
        if link.child_id in in_cycle and link.parent_id in in_cycle:
            problems.add(f"{path}.parent_id", "this would make a person their own ancestor")
        if len(biological[link.child_id]) > 2 and link.kind is ParentChildKind.BIOLOGICAL:
            problems.add(
                f"{path}.parent_id", "a child cannot have more than two biological parents"
            )


def _record_paths(document: Document) -> dict[uuid.UUID, str]:
    return {
        record.id: f"$.records.{cls.collection}[{index}]"
        for cls, records in document.records.items()
        for index, record in enumerate(records)
    }
