"""Schema migrations: a vault made at the first revision upgrades with its data intact."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from fallmanager.services.search import search
from fallmanager.storage import migrate
from fallmanager.storage.engine import create_vault_engine
from fallmanager.storage.schema import metadata
from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import DB_FILE, Vault


def _fts_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (name or "").startswith("search_fts")


def test_the_declared_head_is_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.SCHEMA_HEAD


def test_migrations_produce_exactly_the_declared_schema(tmp_path: Path) -> None:
    engine = create_vault_engine(tmp_path / "v.db", b"\x01" * 32, create=True)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_object": _fts_object, "compare_type": True}
            )
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_vault_created_at_first_revision_upgrades_with_data(tmp_path: Path) -> None:
    # A vault as the first released version wrote it: schema 0001, one person, no index.
    created = Vault.create(
        tmp_path / "vault", "correct horse battery", passphrase_only=True, kdf=TEST_KDF
    )
    vault = created.vault
    key = vault._database_key  # the test plays the old app version
    vault.close()
    db = tmp_path / "vault" / DB_FILE
    db.unlink()
    engine = create_vault_engine(db, key, create=True)
    person_id = str(uuid.uuid4())
    hlc = "000001700000000-000000-" + str(uuid.uuid4())
    try:
        migrate.upgrade(engine, "0001")
        assert migrate.current_revision(engine) == "0001"
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO vault_meta VALUES ('vault_id', :v)"), {"v": vault.vault_id}
            )
            record = {
                "id": person_id,
                "given_names": "Đorđe",
                "family_name": "Đorđević",
                "sex": "male",
                "birth_date": "1979",
                "birth_date_fictitious": False,
                "deceased": False,
                "death_date": None,
                "birth_place": "",
                "birth_country": "RS",
                "nationalities": ["RS"],
                "languages": ["sr"],
                "needs_interpreter": True,
                "interpreter_language": "sr",
                "passport": "none",
                "identity_clarified": None,
                "other_documents": "",
                "notes": "",
            }
            conn.execute(
                text(
                    "INSERT INTO change_log (hlc, tx_id, entity, entity_id, op, new_value, "
                    "changed_at, device_id) VALUES (:h, 't', 'person', :id, 'insert', :v, "
                    "'2024-01-01T00:00:00Z', 'd')"
                ),
                {"h": hlc, "id": person_id, "v": json.dumps(record)},
            )
            columns = {k: (json.dumps(v) if isinstance(v, list) else v) for k, v in record.items()}
            conn.execute(
                text(
                    f"INSERT INTO person ({', '.join(columns)}, created_at, updated_at, "
                    f"device_id, hlc, deleted) VALUES ({', '.join(':' + k for k in columns)}, "
                    "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'd', :hlc, 0)"
                ),
                columns | {"hlc": hlc},
            )
    finally:
        engine.dispose()

    reopened = Vault.open(tmp_path / "vault", "correct horse battery")
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        device_id = reopened.device_id
        reopened.close()
        reopened = Vault.open(tmp_path / "vault", "correct horse battery")
        assert reopened.device_id == device_id  # given once, kept
        results = search(reopened.unit_of_work(), text="djordjevic")
        assert [r.label for r in results] == ["Đorđe Đorđević"]
        with SqlUnitOfWork(reopened.engine, reopened.clock, __import__("threading").Lock()) as uow:
            count = uow.connection.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        assert count == 1
    finally:
        reopened.close()


def test_a_vault_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    created = Vault.create(
        tmp_path / "vault", "correct horse battery", passphrase_only=True, kdf=TEST_KDF
    )
    with created.vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    created.vault.close()
    import pytest

    from fallmanager.vault.errors import VaultError

    with pytest.raises(VaultError, match="newer version"):
        Vault.open(tmp_path / "vault", "correct horse battery")
