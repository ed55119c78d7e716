"""DDL shared by the migrations that create record tables, so that all are built alike:
the bookkeeping columns, deferred references, and the triggers that keep a table honest.

Migrations are frozen history: change nothing here that an existing migration relies on.
"""

from __future__ import annotations

import sqlalchemy as sa


def bookkeeping_columns() -> list[sa.Column[object]]:
    """Creation and update time, writing device, clock stamp, tombstone flag."""
    return [
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def deferred_ref(column: str, table: str) -> sa.ForeignKeyConstraint:
    """A reference checked at commit (records of one transaction may come in any order)."""
    return sa.ForeignKeyConstraint([column], [f"{table}.id"], initially="DEFERRED", deferrable=True)


def guard_triggers(table: str) -> list[str]:
    """No row may be written without a change-log entry of the same clock, none deleted.

    An update must also carry a new clock value: re-using the old one would let a write
    slip past the log.
    """
    unlogged = (
        "NOT EXISTS (SELECT 1 FROM change_log "
        "WHERE change_log.entity_id = NEW.id AND change_log.hlc = NEW.hlc)"
    )
    abort = "BEGIN SELECT RAISE(ABORT, 'fallmanager: unlogged change'); END"
    return [
        f"CREATE TRIGGER {table}_logged_insert BEFORE INSERT ON {table} WHEN {unlogged} {abort}",
        f"CREATE TRIGGER {table}_logged_update BEFORE UPDATE ON {table} "
        f"WHEN NEW.hlc IS OLD.hlc OR {unlogged} {abort}",
        f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
        "BEGIN SELECT RAISE(ABORT, 'fallmanager: records are tombstoned, never deleted'); END",
    ]
