"""Triggers that keep every record table honest, installed by the migrations.

Shared by every migration that creates a record table, so that all tables are guarded alike.
"""

from __future__ import annotations


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
