"""The base of every record a case manager keeps, and the field declarations it is built from.

Each record is a frozen dataclass with a client-generated UUID. Field declarations carry the
little metadata that adapters need (maximum lengths, references to other records), so the
storage schema, the exchange format and the validation are all derived from one place.
"""

from __future__ import annotations

import enum
import math
import re
import typing
import uuid
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from functools import cache
from typing import Any, ClassVar

from fallmanager.domain.errors import DomainError, ErrorCode

#: Length limits. Names and short labels, one-line texts, free text, long notes.
SHORT = 200
LINE = 1_000
TEXT = 20_000
NOTE = 100_000

# Control characters (C0 and C1) other than tab and newline never belong into a record, nor do
# lone surrogates, which cannot even be stored as UTF-8. One-line fields take no line breaks.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SINGLE_LINE_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def new_id() -> uuid.UUID:
    """A fresh random record id, generated on the device (sync-ready)."""
    return uuid.uuid4()


def text(max_len: int = SHORT, *, required: bool = False, multiline: bool = False) -> Any:
    """Declare a text field; ``required`` means not blank."""
    return field(
        default="",
        metadata={"max_len": max_len, "required": required, "multiline": multiline},
    )


def ref(entity: str) -> Any:
    """Declare a required reference to another record (by its entity name)."""
    return field(metadata={"ref": entity})


def optional_ref(entity: str) -> Any:
    """Declare an optional reference to another record."""
    return field(default=None, metadata={"ref": entity})


def refs(entity: str) -> Any:
    """Declare a tuple of references to records of one kind."""
    return field(default=(), metadata={"ref": entity})


def codes(pattern: str, max_items: int = 20) -> Any:
    """Declare a tuple of short codes (ISO country or language codes) matching ``pattern``."""
    return field(default=(), metadata={"pattern": pattern, "max_items": max_items})


def labels(max_items: int = 50, max_len: int = SHORT) -> Any:
    """Declare a tuple of short free-text labels (topics, warnings)."""
    return field(default=(), metadata={"max_items": max_items, "max_len": max_len})


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """Base class of all records. Subclasses add fields and override :meth:`check`."""

    entity_name: ClassVar[str] = ""
    collection: ClassVar[str] = ""

    id: uuid.UUID = field(default_factory=new_id)

    def __post_init__(self) -> None:
        validate_fields(self)
        self.check()

    def check(self) -> None:
        """Invariants across fields of one record; raise :class:`DomainError`."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What an adapter needs to know about one field of a record."""

    name: str
    kind: str  # uuid, str, int, float, bool, date, datetime, partial_date, enum, tuple
    optional: bool
    enum: type | None = None
    item_kind: str | None = None
    ref: str | None = None
    max_len: int | None = None
    required: bool = False
    multiline: bool = False
    pattern: str | None = None
    max_items: int | None = None
    has_default: bool = False


_SPECS: dict[type[Entity], tuple[FieldSpec, ...]] = {}


def field_specs(cls: type[Entity]) -> tuple[FieldSpec, ...]:
    """The field specifications of an entity class, in declaration order (cached)."""
    cached = _SPECS.get(cls)
    if cached is None:
        cached = _SPECS[cls] = _build_specs(cls)
    return cached


def _build_specs(cls: type[Entity]) -> tuple[FieldSpec, ...]:
    from fallmanager.domain.dates import PartialDate  # noqa: PLC0415 - avoid import cycle

    hints = typing.get_type_hints(cls)
    result = []
    for f in fields(cls):
        annotation = hints[f.name]
        optional = False
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = len(args) < len(typing.get_args(annotation))
            annotation = args[0]
            origin = typing.get_origin(annotation)
        enum_type = None
        item_kind = None
        if origin is tuple:
            kind = "tuple"
            item = typing.get_args(annotation)[0]
            item_kind, enum_type = _scalar_kind(item, PartialDate)
        else:
            kind, enum_type = _scalar_kind(annotation, PartialDate)
        meta = f.metadata
        result.append(
            FieldSpec(
                name=f.name,
                kind=kind,
                optional=optional,
                enum=enum_type,
                item_kind=item_kind,
                ref=meta.get("ref"),
                max_len=meta.get("max_len"),
                required=bool(meta.get("required", False)),
                multiline=bool(meta.get("multiline", False)),
                pattern=meta.get("pattern"),
                max_items=meta.get("max_items"),
                has_default=f.default is not MISSING or f.default_factory is not MISSING,
            )
        )
    return tuple(result)


_SCALAR_KINDS: dict[Any, str] = {
    uuid.UUID: "uuid",
    str: "str",
    bool: "bool",
    int: "int",
    float: "float",
    datetime: "datetime",
    date: "date",
}


def _scalar_kind(annotation: Any, partial_date_type: type) -> tuple[str, type | None]:
    if annotation in _SCALAR_KINDS:
        return _SCALAR_KINDS[annotation], None
    if annotation is partial_date_type:
        return "partial_date", None
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum", annotation
    raise TypeError(f"unsupported field type {annotation!r}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def validate_fields(entity: Entity) -> None:
    """Check lengths, blank required texts, control characters, codes and date precision."""
    for spec in field_specs(type(entity)):
        value = getattr(entity, spec.name)
        if value is None:
            if not spec.optional:
                raise DomainError(ErrorCode.REQUIRED, spec.name)
            continue
        if spec.kind == "str":
            _check_text(spec, value)
        elif spec.kind == "tuple":
            if spec.max_items is not None and len(value) > spec.max_items:
                raise DomainError(ErrorCode.TOO_LONG, spec.name, max_items=spec.max_items)
            for item in value:
                if spec.item_kind == "str":
                    _check_text(spec, item)
                    if spec.pattern and not _compiled(spec.pattern).fullmatch(item):
                        raise DomainError(ErrorCode.INVALID_CODE, spec.name, value=item[:20])
        elif spec.kind == "datetime" and (value.tzinfo is not None or value.microsecond):
            # Times are local wall-clock times to the second; anything finer would not
            # survive a round trip through the exchange format unchanged.
            raise DomainError(ErrorCode.INVALID_VALUE, spec.name)
        elif spec.kind == "float" and not math.isfinite(value):
            raise DomainError(ErrorCode.INVALID_VALUE, spec.name)


def _check_text(spec: FieldSpec, value: str) -> None:
    if spec.max_len is not None and len(value) > spec.max_len:
        raise DomainError(ErrorCode.TOO_LONG, spec.name, max_len=spec.max_len)
    pattern = _CONTROL_RE if spec.multiline else _SINGLE_LINE_CONTROL_RE
    if pattern.search(value):
        raise DomainError(ErrorCode.INVALID_VALUE, spec.name)
    if spec.required and not value.strip():
        raise DomainError(ErrorCode.REQUIRED, spec.name)


def check_period(start: date | None, end: date | None, end_field: str) -> None:
    """Raise if a period ends before it starts."""
    if start is not None and end is not None and end < start:
        raise DomainError(ErrorCode.END_BEFORE_START, end_field)
