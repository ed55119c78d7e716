"""The server's migrations build exactly the tables of ``server/db.py``, on both databases."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text

from fallmanager.server import migrate
from fallmanager.server.db import metadata, record, sync_counter
from fallmanager.server.engine import create_server_engine, sqlite_url


def _schema(engine: Engine) -> dict[str, Any]:
    """Tables, columns, keys and indexes as the database itself reports them."""
    inspector = inspect(engine)
    schema: dict[str, Any] = {}
    for table in sorted(set(inspector.get_table_names()) - {"alembic_version"}):
        foreign_keys = [
            (fk["constrained_columns"], fk["referred_table"], fk["referred_columns"])
            for fk in inspector.get_foreign_keys(table)
        ]
        schema[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"], str(c.get("default")))
                for c in inspector.get_columns(table)
            ],
            "primary_key": inspector.get_pk_constraint(table)["constrained_columns"],
            "foreign_keys": sorted(map(repr, foreign_keys)),
            "indexes": sorted(
                (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                for ix in inspector.get_indexes(table)
            ),
            "unique": sorted(
                tuple(uc["column_names"]) for uc in inspector.get_unique_constraints(table)
            ),
        }
    return schema


@pytest.fixture
def declared_engine(
    server_db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Engine]:
    """A second database of the same kind, made by ``metadata.create_all``."""
    server = None
    if server_db_url.startswith("sqlite"):
        url = sqlite_url(tmp_path / "declared.db")
    else:
        server = request.getfixturevalue("postgres")
        url = server.create_database()
    engine = create_server_engine(url)
    try:
        metadata.create_all(engine)
        yield engine
    finally:
        engine.dispose()
        if server is not None:
            server.drop_database(url)


def test_the_declared_head_is_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD
    assert migrate.known_revisions() == {"0001", "0002"}


def test_migrations_build_the_declared_tables(server_db_url: str, declared_engine: Engine) -> None:
    engine = create_server_engine(server_db_url)
    try:
        assert migrate.current(engine) is None
        migrate.upgrade(engine)
        assert migrate.current(engine) == migrate.SCHEMA_HEAD
        migrated = _schema(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert set(migrated) == set(metadata.tables)
    assert migrated == _schema(declared_engine)
    assert differences == []
    # The indexes named in db.py are there by name.
    declared_indexes = {ix.name for table in metadata.tables.values() for ix in table.indexes}
    found = {ix[0] for table in migrated.values() for ix in table["indexes"]}
    assert declared_indexes <= found
    assert "ix_record_scope_scope" in declared_indexes


def test_upgrade_is_idempotent_and_seeds_the_log_counter(server_db_url: str) -> None:
    engine = create_server_engine(server_db_url)
    try:
        migrate.upgrade(engine)
        first = _schema(engine)
        with engine.begin() as conn:
            conn.execute(sync_counter.update().values(value=41))
        migrate.upgrade(engine)
        migrate.upgrade(engine)
        assert _schema(engine) == first
        with engine.connect() as conn:
            rows = conn.execute(select(sync_counter)).all()
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows] == [(1, 41)]  # not reset by a second upgrade
    assert [tuple(row) for row in versions] == [(migrate.SCHEMA_HEAD,)]


def test_0002_notes_the_sole_author_and_the_case_number(server_db_url: str) -> None:
    engine = create_server_engine(server_db_url)
    try:
        migrate._SCRIPTS.upgrade(engine, "0001")
        rows = {  # entity id: entity, data, authors, deleted
            "one": ("task", {}, {"a": ["u1", "d1", "t"], "b": ["u1", "d1", "t"]}, False),
            "two": ("task", {}, {"a": ["u1", "d1", "t"], "b": ["u2", "d2", "t"]}, False),
            "none": ("task", {}, {}, False),
            "file": ("family_file", {"case_number": "2026-0007"}, {}, False),
            "gone": ("family_file", {"case_number": "2026-0008"}, {}, True),
        }
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO record (entity_id, entity, data, field_hlc, field_seq, "
                    "field_author, deleted, conflicts, open_conflicts, created_by) VALUES "
                    "(:id, :entity, :data, '{}', '{}', :authors, :deleted, '{}', 0, 'u1')"
                ),
                [
                    {
                        "id": key,
                        "entity": entity,
                        "data": json.dumps(data),
                        "authors": json.dumps(authors),
                        "deleted": deleted,
                    }
                    for key, (entity, data, authors, deleted) in rows.items()
                ],
            )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            found = {
                row.entity_id: (row.sole_device, row.case_number)
                for row in conn.execute(select(record))
            }
    finally:
        engine.dispose()
    assert found == {
        "one": ("d1", None),
        "two": (None, None),
        "none": (None, None),
        "file": (None, "2026-0007"),
        "gone": (None, None),
    }


def test_the_fresh_counter_row_starts_at_zero(server_engine: Engine) -> None:
    with server_engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(sync_counter))] == [(1, 0)]


def test_a_database_from_a_newer_version_is_refused(server_engine: Engine) -> None:
    with server_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(migrate.SchemaError, match="newer version"):
        migrate.upgrade(server_engine)


def test_a_database_with_foreign_tables_is_refused(server_db_url: str) -> None:
    engine = create_server_engine(server_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE record (id INTEGER PRIMARY KEY)"))
        with pytest.raises(migrate.SchemaError, match="no schema revision"):
            migrate.upgrade(engine)
        assert migrate.current(engine) is None
    finally:
        engine.dispose()
