"""The exchange format: lossless round trip, idempotent import, all-or-nothing validation."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import text

from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.exchange.document import InvalidDocumentError
from fallmanager.exchange.schema import SCHEMA_PATH, schema_text
from fallmanager.services import exchange
from fallmanager.services.family_files import list_family_files
from fallmanager.storage.uow import SqlUnitOfWork
from fallmanager.synthetic import generate
from fallmanager.vault.crypto import TEST_KDF
from fallmanager.vault.vault import Vault

TODAY = date(2026, 11, 25)


def _new_vault(path: Path) -> Vault:
    return Vault.create(path, "correct horse battery", passphrase_only=True, kdf=TEST_KDF).vault


def _export(uow: SqlUnitOfWork, family: str | None = None) -> bytes:
    out = io.BytesIO()
    if family:
        exchange.export_family(uow, case_number=family, out=out)
    else:
        exchange.export_vault(uow, out=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def synthetic_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    vault = _new_vault(tmp_path_factory.mktemp("src") / "vault")
    try:
        data = generate(25, seed=7, today=TODAY)
        exchange.import_records(vault.unit_of_work(), records=data.records, today=TODAY)
        return _export(vault.unit_of_work())
    finally:
        vault.close()


def _counts(uow: SqlUnitOfWork) -> dict[str, int]:
    with uow:
        return {
            cls.entity_name: uow.connection.execute(
                text(f"SELECT count(*) FROM {cls.entity_name}")
            ).scalar_one()
            for cls in ENTITY_TYPES
        } | {
            "change_log": uow.connection.execute(
                text("SELECT count(*) FROM change_log")
            ).scalar_one()
        }


def test_export_conforms_to_the_published_schema(synthetic_export: bytes) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(synthetic_export), schema)


def test_published_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()


def test_round_trip_is_byte_identical(synthetic_export: bytes, tmp_path: Path) -> None:
    vault = _new_vault(tmp_path / "v")
    try:
        report = exchange.import_document(vault.unit_of_work(), data=synthetic_export, today=TODAY)
        assert report.created == report.total > 1000
        assert _export(vault.unit_of_work()) == synthetic_export
    finally:
        vault.close()


def test_family_round_trip_is_byte_identical(synthetic_export: bytes, tmp_path: Path) -> None:
    source = _new_vault(tmp_path / "a")
    target = _new_vault(tmp_path / "b")
    try:
        exchange.import_document(source.unit_of_work(), data=synthetic_export, today=TODAY)
        case_number = list_family_files(source.unit_of_work(), today=TODAY)[3].case_number
        family_export = _export(source.unit_of_work(), case_number)
        document = json.loads(family_export)
        assert document["scope"] == "family_file"
        assert [f["case_number"] for f in document["records"]["family_files"]] == [case_number]
        exchange.import_document(target.unit_of_work(), data=family_export, today=TODAY)
        assert _export(target.unit_of_work(), case_number) == family_export
    finally:
        source.close()
        target.close()


def test_importing_twice_creates_no_duplicates(synthetic_export: bytes, tmp_path: Path) -> None:
    vault = _new_vault(tmp_path / "v")
    try:
        exchange.import_document(vault.unit_of_work(), data=synthetic_export, today=TODAY)
        before = _counts(vault.unit_of_work())
        again = exchange.import_document(vault.unit_of_work(), data=synthetic_export, today=TODAY)
        assert again.created == again.updated == 0
        assert again.unchanged == again.total
        assert _counts(vault.unit_of_work()) == before  # not even a change-log entry
    finally:
        vault.close()


def test_reimport_updates_changed_records_field_by_field(
    synthetic_export: bytes, tmp_path: Path
) -> None:
    vault = _new_vault(tmp_path / "v")
    try:
        exchange.import_document(vault.unit_of_work(), data=synthetic_export, today=TODAY)
        document = json.loads(synthetic_export)
        document["records"]["persons"][0]["notes"] = "Neue Notiz nach Hausbesuch"
        report = exchange.import_document(
            vault.unit_of_work(), data=json.dumps(document).encode(), today=TODAY
        )
        assert report.updated == 1
        with vault.unit_of_work() as uow:
            rows = uow.connection.execute(
                text("SELECT field, new_value FROM change_log WHERE op = 'update'")
            ).all()
        assert rows == [("notes", '"Neue Notiz nach Hausbesuch"')]
    finally:
        vault.close()


Mutation = Callable[[dict[str, Any]], Any]


def _mutated(export: bytes, mutate: Mutation) -> bytes:
    document = json.loads(export)
    result = mutate(document)
    if isinstance(result, bytes):
        return result
    return json.dumps(result if result is not None else document, ensure_ascii=False).encode()


def _first(document: dict[str, Any], collection: str) -> dict[str, Any]:
    return document["records"][collection][0]


BAD_DOCUMENTS: dict[str, tuple[Mutation, str]] = {
    "wrong version": (lambda d: d.update(version=4), "$.version"),
    "wrong format": (lambda d: d.update(format="something-else"), "$.format"),
    "unknown top-level field": (lambda d: d.update(comment="x"), "$.comment"),
    "unknown collection": (lambda d: d["records"].update(pets=[]), "$.records.pets"),
    "unknown field": (
        lambda d: _first(d, "persons").update(shoe_size=42),
        "$.records.persons[0].shoe_size",
    ),
    "missing id": (lambda d: _first(d, "persons").pop("id") and None, "$.records.persons[0].id"),
    "dangling reference": (
        lambda d: _first(d, "family_memberships").update(
            person_id="00000000-0000-4000-8000-000000000000"
        ),
        "$.records.family_memberships[0].person_id",
    ),
    "duplicate id": (
        lambda d: d["records"]["persons"].append(dict(_first(d, "persons"))),
        ".id",
    ),
    "invalid date": (
        lambda d: _first(d, "persons").update(birth_date="2019-02-30"),
        "$.records.persons[0].birth_date",
    ),
    "invalid full date": (
        lambda d: _first(d, "family_files").update(opened_on="2026-13-01"),
        "$.records.family_files[0].opened_on",
    ),
    "birth in the future": (
        lambda d: _first(d, "persons").update(birth_date="2030"),
        "$.records.persons[0].birth_date",
    ),
    "absurdly long string": (
        lambda d: _first(d, "persons").update(given_names="A" * 100_000),
        "$.records.persons[0].given_names",
    ),
    "wrong type": (
        lambda d: _first(d, "persons").update(needs_interpreter="yes"),
        "$.records.persons[0].needs_interpreter",
    ),
    "bad enum": (lambda d: _first(d, "persons").update(sex="robot"), "$.records.persons[0].sex"),
    "death before birth": (
        lambda d: _first(d, "persons").update(birth_date="1990", deceased=True, death_date="1980"),
        "$.records.persons[0].death_date",
    ),
    "duplicate case number": (
        lambda d: d["records"]["family_files"][1].update(
            case_number=_first(d, "family_files")["case_number"]
        ),
        "$.records.family_files[1].case_number",
    ),
    "cycle in ancestry": (
        lambda d: d["records"]["parent_child_links"].append(
            {
                **_first(d, "parent_child_links"),
                "id": "11111111-1111-4111-8111-111111111111",
                "parent_id": _first(d, "parent_child_links")["child_id"],
                "child_id": _first(d, "parent_child_links")["parent_id"],
                "kind": "step",
            }
        ),
        "parent_id",
    ),
    "not an object": (lambda d: [1, 2, 3], "$"),
    "record not an object": (lambda d: d["records"].update(persons=["x"]), "$.records.persons[0]"),
    "non-UTF-8": (lambda d: b'{"format": "fallmanager-exchange", "name": "\xff\xfe"}', "not UTF-8"),
    "truncated": (lambda d: json.dumps(d).encode()[:5000], "truncated"),
    "empty": (lambda d: b"", "empty"),
    "NaN": (
        lambda d: (
            json.dumps(d).replace('"hours_per_week": ', '"hours_per_week": NaN, "x": ', 1).encode()
        ),
        "$",
    ),
    "lone surrogate": (
        lambda d: json.dumps(d).replace('"notes": ""', '"notes": "\\ud800"', 1).encode(),
        "notes",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_bad_documents_are_refused_with_a_path_and_nothing_written(
    case: str, synthetic_export: bytes, uow: SqlUnitOfWork
) -> None:
    mutate, expected = BAD_DOCUMENTS[case]
    data = _mutated(synthetic_export, mutate)
    before = _counts(uow)
    with pytest.raises(InvalidDocumentError) as error:
        exchange.import_document(uow, data=data, today=TODAY)
    text_of_problems = " | ".join(str(p) for p in error.value.problems)
    assert expected in text_of_problems, text_of_problems
    assert error.value.problems and all(p.path.startswith("$") for p in error.value.problems)
    assert _counts(uow) == before


@pytest.mark.parametrize(
    ("collection", "field"),
    [("case_notes", "text"), ("disclosures", "title"), ("consent_withdrawals", "notes")],
)
def test_append_only_record_with_changed_content_is_refused(
    synthetic_export: bytes, tmp_path: Path, collection: str, field: str
) -> None:
    vault = _new_vault(tmp_path / "v")
    try:
        exchange.import_document(vault.unit_of_work(), data=synthetic_export, today=TODAY)
        before = _counts(vault.unit_of_work())
        data = _mutated(
            synthetic_export, lambda d: _first(d, collection).update({field: "geändert"})
        )
        with pytest.raises(InvalidDocumentError, match="append-only"):
            exchange.import_document(vault.unit_of_work(), data=data, today=TODAY)
        assert _counts(vault.unit_of_work()) == before
    finally:
        vault.close()


def test_many_problems_are_all_reported(synthetic_export: bytes, uow: SqlUnitOfWork) -> None:
    def break_all(d: dict[str, Any]) -> None:
        for person in d["records"]["persons"][:30]:
            person["sex"] = "?"

    with pytest.raises(InvalidDocumentError) as error:
        exchange.import_document(uow, data=_mutated(synthetic_export, break_all), today=TODAY)
    assert len(error.value.problems) == 30


_VERSION_2_COLLECTIONS = (
    "consents", "consent_withdrawals", "case_conferences", "conference_topics",
    "agreed_steps", "disclosures",
)  # fmt: skip
_VERSION_1_COLLECTIONS = (
    "twin_bonds", "emotional_relations", "genogram_nudges", "help_plan_versions",
    "need_assessments", "help_plan_goals", "residence_requirements", "help_plan_reviews",
    "text_translations", "catalogue_phrases", *_VERSION_2_COLLECTIONS,
)  # fmt: skip


@pytest.mark.parametrize(
    ("version", "missing", "empty_table"),
    [(1, _VERSION_1_COLLECTIONS, "twin_bond"), (2, _VERSION_2_COLLECTIONS, "consent")],
)
def test_older_documents_without_the_newer_collections_still_import(
    synthetic_export: bytes,
    uow: SqlUnitOfWork,
    version: int,
    missing: tuple[str, ...],
    empty_table: str,
) -> None:
    document = json.loads(synthetic_export)
    assert document["version"] == 3
    assert all(document["records"][collection] for collection in missing)
    document["version"] = version
    for collection in missing:
        del document["records"][collection]
    report = exchange.import_document(uow, data=json.dumps(document).encode(), today=TODAY)
    assert report.created == report.total > 1000
    assert _counts(uow)[empty_table] == 0
