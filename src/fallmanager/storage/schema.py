"""Tables of the vault, derived from the record declarations of the domain.

Every record table carries the same bookkeeping columns, which make the vault sync-ready:
the client-generated UUID, creation and update time (UTC), the device that wrote the row
last, the hybrid-logical-clock timestamp of that write, and a tombstone flag: rows are never
deleted, only marked.

The Alembic migrations under ``migrations/versions`` are the authority on the stored schema;
a test checks that they produce exactly these tables.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from fallmanager.domain.consent import Consent
from fallmanager.domain.entity import Entity, FieldSpec, field_specs
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.help_plan import HelpPlanGoal, HelpPlanVersion, TextTranslation
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.residence import ResidenceStatus
from fallmanager.domain.tasks import Task
from fallmanager.domain.visits import Visit

metadata = MetaData()

BOOKKEEPING_COLUMNS = ("created_at", "updated_at", "device_id", "hlc", "deleted")


def _column_type(spec: FieldSpec) -> TypeEngine[object]:
    kind = spec.kind
    if kind == "uuid":
        return String(36)  # type: ignore[return-value]
    if kind == "int":
        return Integer()  # type: ignore[return-value]
    if kind == "float":
        return Float()  # type: ignore[return-value]
    if kind == "bool":
        return Boolean(create_constraint=False)  # type: ignore[return-value]
    return Text()  # type: ignore[return-value]  # text, dates, enums, JSON lists


def _columns(cls: type[Entity]) -> list[Column[object]]:
    columns: list[Column[object]] = []
    for spec in field_specs(cls):
        if spec.name == "id":
            columns.append(Column("id", String(36), primary_key=True))
            continue
        args: list[object] = []
        if spec.ref and spec.kind == "uuid":
            args.append(ForeignKey(f"{spec.ref}.id", deferrable=True, initially="DEFERRED"))
        columns.append(
            Column(spec.name, _column_type(spec), *args, nullable=spec.optional)  # type: ignore[arg-type]
        )
    columns += [
        Column("created_at", Text(), nullable=False),
        Column("updated_at", Text(), nullable=False),
        Column("device_id", String(36), nullable=False),
        Column("hlc", Text(), nullable=False),
        Column("deleted", Boolean(create_constraint=False), nullable=False),
    ]
    return columns


def _indexes(cls: type[Entity]) -> list[Index]:
    table = cls.entity_name
    result = [
        Index(f"ix_{table}_{spec.name}", spec.name)
        for spec in field_specs(cls)
        if spec.ref and spec.kind == "uuid"
    ]
    if cls is FamilyFile:
        result.append(Index("uq_family_file_case_number", "case_number", unique=True))
    result += [Index(name, *columns) for name, columns in _READ_INDEXES.get(cls, ())]
    return result


#: Indexes for the desktop's "Heute" lists. The residence-status index covers the "is this
#: status still current" check, so it reads the index only. None leads with ``valid_until``:
#: nearly all statuses lie in the past, so such an index would turn the expiring-documents
#: scan into a quarter of a million random lookups.
_READ_INDEXES: dict[type[Entity], tuple[tuple[str, tuple[str, ...]], ...]] = {
    Task: (("ix_task_done_due_on", ("done", "due_on")),),
    ResidenceStatus: (
        (
            "ix_residence_status_person_period",
            ("person_id", "deleted", "valid_from", "valid_until"),
        ),
    ),
    Visit: (
        ("ix_visit_family_id_occurred_at", ("family_id", "occurred_at")),
        ("ix_visit_occurred_at", ("occurred_at",)),
    ),
    # Translations point at goals, requirements or phrases: a plain id, not a foreign key.
    TextTranslation: (("ix_text_translation_owner_id", ("owner_id",)),),
    # The "Heute" lists of help plans: reviews due, activities due. The activities are found
    # from indexes alone (goal, its version, its family file); only the rows shown are read.
    HelpPlanVersion: (
        ("ix_help_plan_version_review_on", ("status", "review_on")),
        ("ix_help_plan_version_running", ("id", "status", "deleted", "family_id")),
    ),
    HelpPlanGoal: (
        (
            "ix_help_plan_goal_due_on",
            ("status", "due_on", "level", "deleted", "version_id", "position"),
        ),
    ),
    FamilyFile: (("ix_family_file_open", ("id", "deleted", "status", "case_number")),),
    # "Heute" lists consents running out: given ones by the day they expire.
    Consent: (("ix_consent_expires_on", ("status", "expires_on")),),
}


record_tables: dict[type[Entity], Table] = {
    cls: Table(cls.entity_name, metadata, *_columns(cls), *_indexes(cls)) for cls in ENTITY_TYPES
}

change_log = Table(
    "change_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("hlc", Text, nullable=False),
    Column("tx_id", String(36), nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("op", Text, nullable=False),  # insert | update | delete
    Column("field", Text, nullable=True),  # None for insert and delete: the whole record
    Column("old_value", Text, nullable=True),  # JSON
    Column("new_value", Text, nullable=True),  # JSON
    Column("changed_at", Text, nullable=False),  # UTC wall time of the device
    Column("device_id", String(36), nullable=False),
    Index("ix_change_log_entity_id_hlc", "entity_id", "hlc"),
    sqlite_autoincrement=True,
)

vault_meta = Table(
    "vault_meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Derived search structures (rebuilt from the records at any time, never synced). The FTS5
# table ``search_fts`` itself is created by the migrations; its rowid is ``search_doc.rowid``.
SEARCH_FTS = "search_fts"
FTS_COLUMNS = ("names", "variants", "numbers")

search_doc = Table(
    "search_doc",
    metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=False),
    Column("kind", Text, nullable=False),  # person | family_file
    Column("entity_id", String(36), nullable=False, unique=True),
)

person_name_key = Table(
    "person_name_key",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("person_id", String(36), nullable=False),
    Column("name_key", Text, nullable=False),
    Column("birth_year", Integer, nullable=True),
    Index("ix_person_name_key_name_key", "name_key"),
    Index("ix_person_name_key_person_id", "person_id"),
)

# Office sync bookkeeping (migration 0007): see ``fallmanager.sync``.
sync_tx_base = Table(
    "sync_tx_base",
    metadata,
    Column("tx_id", String(36), primary_key=True),
    Column("base_seq", Integer, nullable=False),
)

sync_quiet_tx = Table(
    "sync_quiet_tx",
    metadata,
    Column("tx_id", String(36), primary_key=True),
)

sync_resolution = Table(
    "sync_resolution",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("conflict_key", Text, nullable=False),
    Column("value", Text, nullable=True),
    Column("hlc", Text, nullable=False),
    Column("changed_at", Text, nullable=False),
    Column("device_id", String(36), nullable=False),
    # The decision travels after the change-log entries written before it, before later ones.
    Column("after_seq", Integer, nullable=False),
    Column("sent", Boolean(create_constraint=False), nullable=False),
    sqlite_autoincrement=True,
)

sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("entity", Text, nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("conflict_key", Text, nullable=False),
    Column("candidates", Text, nullable=False),
    Column("users", Text, nullable=False),
    Column("opened_at", Text, nullable=False),
    Column("decided", Boolean(create_constraint=False), nullable=False),
    Index("ix_sync_conflict_entity_id", "entity_id"),
)

sync_rejected = Table(
    "sync_rejected",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("field", Text, nullable=True),
    Column("content", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", Text, nullable=False),
    Column("dismissed", Boolean(create_constraint=False), nullable=False),
    UniqueConstraint("op_id", name="uq_sync_rejected_op_id"),
    sqlite_autoincrement=True,
)

sync_superseded = Table(
    "sync_superseded",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False),
    Column("entity", Text, nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("field", Text, nullable=False),
    Column("my_value", Text, nullable=True),
    Column("winning_value", Text, nullable=True),
    Column("winning_user", Text, nullable=False),
    Column("at", Text, nullable=False),
    UniqueConstraint("op_id", name="uq_sync_superseded_op_id"),
    sqlite_autoincrement=True,
)

sync_parked = Table(
    "sync_parked",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(36), nullable=False),
    Column("entry", Text, nullable=False),
    Index("ix_sync_parked_entity_id", "entity_id"),
    sqlite_autoincrement=True,
)
