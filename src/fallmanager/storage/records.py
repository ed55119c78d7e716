"""Reading and writing records. Every write passes through here and into the change log.

An insert logs one entry carrying the whole record, an update one entry per changed field
(old and new value), a deletion one entry with the last state; the record row itself only
gets a tombstone. All entries of one write share its hybrid-logical-clock timestamp, and the
triggers installed by the migrations refuse any row whose timestamp has no log entry, so
nothing can change the data without passing through this module.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, and_, select, update

from fallmanager.domain.entity import Entity, FieldSpec, field_specs
from fallmanager.domain.errors import NotFoundError
from fallmanager.domain.primitive import from_primitive, to_primitive, value_to_primitive
from fallmanager.storage.schema import record_tables

E = TypeVar("E", bound=Entity)

#: SQLite's limit on bound parameters is high, but large IN lists are slower than chunks.
CHUNK = 500


@dataclass(frozen=True, slots=True)
class WriteStamp:
    """Who wrote when: one per record write."""

    hlc: str
    changed_at: str
    device_id: str
    tx_id: str


def dump_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _tuple_fields(cls: type[Entity]) -> frozenset[str]:
    return _TUPLE_FIELDS.get(cls) or _TUPLE_FIELDS.setdefault(
        cls, frozenset(spec.name for spec in field_specs(cls) if spec.kind == "tuple")
    )


_TUPLE_FIELDS: dict[type[Entity], frozenset[str]] = {}


def _to_columns(cls: type[Entity], primitives: dict[str, Any]) -> dict[str, Any]:
    """Column values from primitives: lists are stored as JSON text."""
    lists = _tuple_fields(cls)
    return {k: dump_json(v) if k in lists else v for k, v in primitives.items()}


def _row_primitives(cls: type[Entity], row: Any) -> dict[str, Any]:
    mapping = row._mapping
    lists = _tuple_fields(cls)
    return {
        spec.name: json.loads(mapping[spec.name]) if spec.name in lists else mapping[spec.name]
        for spec in field_specs(cls)
    }


def _decode_row(cls: type[E], row: Any) -> E:
    return from_primitive(cls, _row_primitives(cls, row))


class RecordStore:
    """Generic access to the records of one transaction."""

    def __init__(
        self,
        conn: Connection,
        stamps: Callable[[int], list[WriteStamp]],
        on_change: Callable[[Entity, Entity | None], None],
    ) -> None:
        self._conn = conn
        self._stamps = stamps
        self._on_change = on_change

    def _stamp(self) -> WriteStamp:
        return self._stamps(1)[0]

    # -- reading ---------------------------------------------------------------------------

    def get(self, cls: type[E], record_id: uuid.UUID) -> E | None:
        table = record_tables[cls]
        row = self._conn.execute(
            select(table).where(table.c.id == str(record_id), table.c.deleted.is_(False))
        ).first()
        return _decode_row(cls, row) if row is not None else None

    def require(self, cls: type[E], record_id: uuid.UUID) -> E:
        """Like :meth:`get`, but a missing record raises :class:`NotFoundError`."""
        record = self.get(cls, record_id)
        if record is None:
            raise NotFoundError(cls.entity_name, record_id)
        return record

    def is_tombstoned(self, cls: type[Entity], record_id: uuid.UUID) -> bool:
        table = record_tables[cls]
        row = self._conn.execute(
            select(table.c.deleted).where(table.c.id == str(record_id))
        ).first()
        return bool(row and row[0])

    def find(self, cls: type[E], order_by: Sequence[str] = (), **where: Any) -> list[E]:
        """Records whose fields equal the given values; a sequence value means "any of"."""
        table = record_tables[cls]
        specs = {spec.name: spec for spec in field_specs(cls)}
        base = [table.c.deleted.is_(False)]
        many: tuple[str, list[Any]] | None = None
        for name, value in where.items():
            spec = specs[name]
            if isinstance(value, list | tuple | set | frozenset):
                many = (name, [value_to_primitive(spec, v) for v in value])
            elif value is None:
                base.append(table.c[name].is_(None))
            else:
                base.append(table.c[name] == _column_value(spec, value))
        order = [table.c[name] for name in order_by] + [table.c.id]
        if many is None:
            rows = self._conn.execute(select(table).where(and_(*base)).order_by(*order))
            return [_decode_row(cls, row) for row in rows]
        name, values = many
        result: list[E] = []
        for start in range(0, len(values), CHUNK):
            chunk = values[start : start + CHUNK]
            rows = self._conn.execute(
                select(table).where(and_(*base, table.c[name].in_(chunk))).order_by(*order)
            )
            result.extend(_decode_row(cls, row) for row in rows)
        return result

    def all(self, cls: type[E]) -> list[E]:
        return self.find(cls)

    def iterate(self, cls: type[E], batch: int = 2000) -> Iterator[E]:
        """All live records of a kind in id order, read in batches (bounded memory)."""
        table = record_tables[cls]
        last = ""
        while True:
            rows = self._conn.execute(
                select(table)
                .where(table.c.deleted.is_(False), table.c.id > last)
                .order_by(table.c.id)
                .limit(batch)
            ).all()
            if not rows:
                return
            for row in rows:
                yield _decode_row(cls, row)
            last = rows[-1].id

    def id_sets(self, cls: type[Entity]) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
        """The ids of live and of tombstoned records of a kind, in one pass."""
        table = record_tables[cls]
        live: set[uuid.UUID] = set()
        tombstoned: set[uuid.UUID] = set()
        for record_id, deleted in self._conn.execute(select(table.c.id, table.c.deleted)):
            (tombstoned if deleted else live).add(uuid.UUID(record_id))
        return live, tombstoned

    # -- writing ---------------------------------------------------------------------------

    def add(self, entity: Entity) -> None:
        self.add_many([entity])

    def add_many(self, entities: Iterable[Entity]) -> None:
        """Insert new records (bulk for many records of the same kind).

        This is the hot path of imports, so it talks to the driver directly: one prepared
        statement per table, executed for all rows.
        """
        by_type: dict[type[Entity], list[Entity]] = {}
        for entity in entities:
            by_type.setdefault(type(entity), []).append(entity)
        for cls, group in by_type.items():
            lists = _tuple_fields(cls)
            log_rows = []
            rows = []
            for entity, stamp in zip(group, self._stamps(len(group)), strict=True):
                primitives = to_primitive(entity)
                log_rows.append(
                    _log_row(stamp, cls.entity_name, entity.id, op="insert", new=primitives)
                )
                values = [dump_json(v) if k in lists else v for k, v in primitives.items()]
                values += [stamp.changed_at, stamp.changed_at, stamp.device_id, stamp.hlc, 0]
                rows.append(tuple(values))
            self._conn.exec_driver_sql(_LOG_INSERT, log_rows)
            self._conn.exec_driver_sql(_insert_statement(cls), rows)
            for entity in group:
                self._on_change(entity, None)

    def update(self, entity: Entity) -> bool:
        """Write the changed fields of an existing record; return whether anything changed."""
        cls = type(entity)
        row = self._live_row(cls, entity.id)
        old = _row_primitives(cls, row)
        new = to_primitive(entity)
        changed = {name: value for name, value in new.items() if old[name] != value}
        if not changed:
            return False
        stamp = self._stamp()
        entries = [
            _log_row(
                stamp, cls.entity_name, entity.id, op="update", field=name, old=old[name], new=value
            )
            for name, value in changed.items()
        ]
        self._write(cls, entity.id, stamp, entries, _to_columns(cls, changed))
        self._on_change(entity, _decode_row(cls, row))
        return True

    def delete(self, cls: type[Entity], record_id: uuid.UUID) -> None:
        """Tombstone a record; the log keeps its last state."""
        old = _decode_row(cls, self._live_row(cls, record_id))
        stamp = self._stamp()
        entry = _log_row(stamp, cls.entity_name, record_id, op="delete", old=to_primitive(old))
        self._write(cls, record_id, stamp, [entry], {"deleted": True})
        self._on_change(old, old)

    def restore(self, entity: Entity) -> None:
        """Bring a tombstoned record back with the given content (e.g. on re-import)."""
        cls = type(entity)
        stamp = self._stamp()
        primitives = to_primitive(entity)
        entry = _log_row(stamp, cls.entity_name, entity.id, op="insert", new=primitives)
        columns = _to_columns(cls, primitives) | {"deleted": False}
        self._write(cls, entity.id, stamp, [entry], columns)
        self._on_change(entity, None)

    def _live_row(self, cls: type[Entity], record_id: uuid.UUID) -> Any:
        table = record_tables[cls]
        row = self._conn.execute(
            select(table).where(table.c.id == str(record_id), table.c.deleted.is_(False))
        ).first()
        if row is None:
            raise NotFoundError(cls.entity_name, record_id)
        return row

    def _write(
        self,
        cls: type[Entity],
        record_id: uuid.UUID,
        stamp: WriteStamp,
        entries: list[tuple[Any, ...]],
        columns: dict[str, Any],
    ) -> None:
        """Log first, then change the row: the triggers check for the log entry."""
        table = record_tables[cls]
        self._conn.exec_driver_sql(_LOG_INSERT, entries)
        self._conn.execute(
            update(table)
            .where(table.c.id == str(record_id))
            .values(**columns, **_with_bookkeeping({}, stamp, created=False))
        )


def _column_value(spec: FieldSpec, value: Any) -> Any:
    primitive = value_to_primitive(spec, value)
    return dump_json(primitive) if spec.kind == "tuple" else primitive


_LOG_INSERT = (
    "INSERT INTO change_log (hlc, tx_id, entity, entity_id, op, field, old_value, new_value, "
    "changed_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _log_row(
    stamp: WriteStamp,
    entity: str,
    entity_id: uuid.UUID,
    *,
    op: str,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> tuple[Any, ...]:
    """A change-log row; values are JSON (an update logs ``null`` values as JSON too)."""
    return (
        stamp.hlc,
        stamp.tx_id,
        entity,
        str(entity_id),
        op,
        field,
        None if old is None and op != "update" else dump_json(old),
        None if new is None and op != "update" else dump_json(new),
        stamp.changed_at,
        stamp.device_id,
    )


_INSERTS: dict[type[Entity], str] = {}


def _insert_statement(cls: type[Entity]) -> str:
    statement = _INSERTS.get(cls)
    if statement is None:
        names = [spec.name for spec in field_specs(cls)] + [
            "created_at",
            "updated_at",
            "device_id",
            "hlc",
            "deleted",
        ]
        marks = ", ".join("?" for _ in names)
        statement = _INSERTS[cls] = (
            f"INSERT INTO {cls.entity_name} ({', '.join(names)}) VALUES ({marks})"
        )
    return statement


def _with_bookkeeping(
    columns: dict[str, Any], stamp: WriteStamp, *, created: bool
) -> dict[str, Any]:
    result = dict(columns)
    if created:
        result["created_at"] = stamp.changed_at
        result["deleted"] = False
    result["updated_at"] = stamp.changed_at
    result["device_id"] = stamp.device_id
    result["hlc"] = stamp.hlc
    return result
