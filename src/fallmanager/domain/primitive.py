"""Conversion of records to and from JSON-compatible primitives.

One representation serves the vault's columns, the change log and the exchange format:
UUIDs and dates as ISO strings, enums as their values, tuples as lists.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from fallmanager.domain.dates import PartialDate, parse_iso_date
from fallmanager.domain.entity import Entity, FieldSpec, field_specs
from fallmanager.domain.errors import DomainError, ErrorCode

E = TypeVar("E", bound=Entity)

_LOCAL_DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?")

Primitive = str | int | float | bool | None | list[Any]


def to_primitive(entity: Entity) -> dict[str, Primitive]:
    """The record as a dict of JSON-compatible values, in field declaration order."""
    return {name: convert(getattr(entity, name)) for name, convert in _encoders(type(entity))}


def value_to_primitive(spec: FieldSpec, value: Any) -> Primitive:
    encoded: Primitive = None if value is None else _field_encoder(spec)(value)
    return encoded


def _same(value: Any) -> Any:
    return value


_SCALAR_ENCODERS: dict[str, Any] = {
    "uuid": str,
    "date": lambda value: value.isoformat(),
    "partial_date": lambda value: value.iso(),
    "datetime": lambda value: value.isoformat(timespec="seconds"),
    "enum": lambda value: value.value,
    "str": _same,
    "bool": _same,
    "int": _same,
    "float": _same,
}

_ENCODERS: dict[type[Entity], tuple[tuple[str, Any], ...]] = {}


def _list_encoder(item: Any) -> Any:
    return lambda value: [item(v) for v in value]


def _optional_encoder(scalar: Any) -> Any:
    return lambda value: None if value is None else scalar(value)


def _field_encoder(spec: FieldSpec) -> Any:
    if spec.kind == "tuple":
        return _list_encoder(_SCALAR_ENCODERS[spec.item_kind or "str"])
    return _optional_encoder(_SCALAR_ENCODERS[spec.kind])


def _encoders(cls: type[Entity]) -> tuple[tuple[str, Any], ...]:
    """Per field one conversion function; built once per record kind (hot path)."""
    cached = _ENCODERS.get(cls)
    if cached is None:
        cached = _ENCODERS[cls] = tuple(
            (spec.name, _field_encoder(spec)) for spec in field_specs(cls)
        )
    return cached


_KNOWN: dict[type[Entity], frozenset[str]] = {}


def from_primitive(cls: type[E], data: Mapping[str, Any]) -> E:
    """Build a record from primitives; raise ``DomainError`` naming the offending field."""
    specs = field_specs(cls)
    known = _KNOWN.get(cls) or _KNOWN.setdefault(cls, frozenset(spec.name for spec in specs))
    for key in data:
        if key not in known:
            raise DomainError(ErrorCode.UNKNOWN_FIELD, str(key)[:60])
    kwargs: dict[str, Any] = {}
    for spec in specs:
        if spec.name not in data:
            if spec.has_default:
                continue
            raise DomainError(ErrorCode.REQUIRED, spec.name)
        kwargs[spec.name] = value_from_primitive(spec, data[spec.name])
    try:
        return cls(**kwargs)
    except DomainError:
        raise
    except (TypeError, ValueError) as exc:  # defensive: constructor rejected a value
        raise DomainError(ErrorCode.INVALID_VALUE, None, reason=type(exc).__name__) from None


def value_from_primitive(spec: FieldSpec, raw: Any) -> Any:
    if raw is None:
        if spec.optional:
            return None
        raise DomainError(ErrorCode.REQUIRED, spec.name)
    if spec.kind == "tuple":
        if not isinstance(raw, list):
            raise DomainError(ErrorCode.WRONG_TYPE, spec.name, expected="list")
        if spec.max_items is not None and len(raw) > spec.max_items:
            raise DomainError(ErrorCode.TOO_LONG, spec.name, max_items=spec.max_items)
        return tuple(_scalar_from_primitive(spec, spec.item_kind or "str", item) for item in raw)
    return _scalar_from_primitive(spec, spec.kind, raw)


def _scalar_from_primitive(spec: FieldSpec, kind: str, raw: Any) -> Any:
    name = spec.name
    if kind == "str":
        if not isinstance(raw, str):
            raise DomainError(ErrorCode.WRONG_TYPE, name, expected="string")
        if spec.max_len is not None and len(raw) > spec.max_len:
            raise DomainError(ErrorCode.TOO_LONG, name, max_len=spec.max_len)
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise DomainError(ErrorCode.WRONG_TYPE, name, expected="boolean")
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 2**53:
            raise DomainError(ErrorCode.WRONG_TYPE, name, expected="integer")
        return raw
    if kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float) or abs(raw) > 1e9:
            raise DomainError(ErrorCode.WRONG_TYPE, name, expected="number")
        return float(raw)
    if not isinstance(raw, str):
        raise DomainError(ErrorCode.WRONG_TYPE, name, expected="string")
    if len(raw) > 64:
        raise DomainError(ErrorCode.TOO_LONG, name, max_len=64)
    if kind == "uuid":
        return parse_uuid(raw, name)
    if kind == "date":
        try:
            return parse_iso_date(raw)
        except DomainError as exc:
            raise DomainError(ErrorCode.INVALID_DATE, name, value=raw) from exc
    if kind == "partial_date":
        try:
            return PartialDate.parse(raw)
        except DomainError as exc:
            raise DomainError(ErrorCode.INVALID_DATE, name, value=raw) from exc
    if kind == "datetime":
        return parse_local_datetime(raw, name)
    if kind == "enum":
        try:
            return spec.enum(raw)  # type: ignore[misc]
        except ValueError:
            raise DomainError(ErrorCode.INVALID_VALUE, name, value=raw) from None
    raise TypeError(f"unsupported kind {kind}")  # pragma: no cover - guarded by field_specs


_CANONICAL_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def parse_uuid(raw: str, field: str = "id") -> uuid.UUID:
    """Parse a canonical (lower-case, hyphenated) UUID string."""
    if not isinstance(raw, str) or not _CANONICAL_UUID_RE.fullmatch(raw):
        raise DomainError(ErrorCode.INVALID_VALUE, field, value=str(raw)[:40])
    return uuid.UUID(raw)


def parse_local_datetime(raw: str, field: str) -> datetime:
    """Parse ``YYYY-MM-DDTHH:MM[:SS]`` as a local wall-clock time without time zone."""
    if not _LOCAL_DATETIME_RE.fullmatch(raw):
        raise DomainError(ErrorCode.INVALID_DATE, field, value=raw[:40])
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise DomainError(ErrorCode.INVALID_DATE, field, value=raw) from None
    try:
        parse_iso_date(raw[:10])
    except DomainError:
        raise DomainError(ErrorCode.INVALID_DATE, field, value=raw) from None
    return value
