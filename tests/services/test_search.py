"""Search as you type: case, diacritics, Cyrillic and transliteration do not matter."""

from __future__ import annotations

from datetime import date

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.people import NameVariantKind, Person, Sex
from fallmanager.domain.views import HitKind
from fallmanager.services import family_files, persons
from fallmanager.services.search import search
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


@pytest.fixture
def people(uow: SqlUnitOfWork) -> dict[str, Person]:
    family = family_files.open_family_file(uow, opened_on=date(2026, 3, 1), case_number="2026-0042")
    other = family_files.open_family_file(uow, opened_on=date(2025, 3, 1), case_number="2025-0007")
    created = {}
    for key, given, name, born, target in (
        ("djordje", "Đorđe", "Đorđević", 1979, family),
        ("emine", "Ëmine", "Xhemajli", 1988, family),
        ("sabani", "Šaban", "Šabani", 2010, family),
        ("cosic", "Ćamil", "Čosić", 1969, other),
        ("gjorgji", "Ѓорѓи", "Стојановски", 1990, other),
        ("ljiljana", "Ljiljana", "Nikolić", 1985, other),
        ("dorentina", "Dorentina", "Bytyçi", 1974, other),
    ):
        created[key] = persons.add_person(
            uow,
            family_id=target.id,
            given_names=given,
            family_name=name,
            birth_date=PartialDate(born),
            sex=Sex.UNKNOWN,
            today=TODAY,
        ).person
    persons.add_name_variant(
        uow,
        person_id=created["djordje"].id,
        given_names="Ђорђе",
        family_name="Ђорђевић",
        kind=NameVariantKind.TRANSLITERATION,
    )
    persons.add_name_variant(
        uow,
        person_id=created["ljiljana"].id,
        given_names="Lilijana",
        family_name="Nikolic-Ramadani",
        kind=NameVariantKind.SCHOOL_REGISTER,
    )
    return created


def _persons_found(uow: SqlUnitOfWork, query: str) -> list[str]:
    return [str(r.entity_id) for r in search(uow, text=query) if r.kind is HitKind.PERSON]


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("djordjevic", "djordje"),
        ("dordevic", "djordje"),
        ("ђорђ", "djordje"),
        ("DJOR", "djordje"),
        ("đorđević", "djordje"),
        ("Djordje Djordjevic", "djordje"),
        ("đor 1979", "djordje"),
        ("emine", "emine"),
        ("ëmine", "emine"),
        ("xhem", "emine"),
        ("dzem", "emine"),
        ("sabani", "sabani"),
        ("shaban", "sabani"),
        ("šab", "sabani"),
        ("Шабани", "sabani"),
        ("cosic", "cosic"),
        ("ćosić", "cosic"),
        ("chosic", "cosic"),
        ("Ћамил", "cosic"),
        ("gjorgji", "gjorgji"),
        ("stojanovski", "gjorgji"),
        ("Стојан", "gjorgji"),
        ("lilijana", "ljiljana"),
        ("ramadani", "ljiljana"),
        ("Љиљана", "ljiljana"),
    ],
)
def test_finds_the_person_in_any_spelling(
    uow: SqlUnitOfWork, people: dict[str, Person], query: str, key: str
) -> None:
    assert str(people[key].id) in _persons_found(uow, query)


def test_prefix_of_every_name_part_and_all_terms_must_match(
    uow: SqlUnitOfWork, people: dict[str, Person]
) -> None:
    assert _persons_found(uow, "ni") == [str(people["ljiljana"].id)]
    assert _persons_found(uow, "djor 1990") == []
    assert _persons_found(uow, "zzz") == []
    assert search(uow, text="   ") == []


def test_case_number_and_birth_year(uow: SqlUnitOfWork, people: dict[str, Person]) -> None:
    results = search(uow, text="2026-0042")
    assert results[0].kind is HitKind.FAMILY_FILE
    assert results[0].families[0].case_number == "2026-0042"
    assert str(people["cosic"].id) in _persons_found(uow, "1969")


def test_results_carry_family_files_and_exact_matches_rank_first(
    uow: SqlUnitOfWork, people: dict[str, Person]
) -> None:
    hits = search(uow, text="sabani")
    person_hits = [h for h in hits if h.kind is HitKind.PERSON]
    assert person_hits[0].label == "Šaban Šabani"
    assert person_hits[0].birth_year == 2010
    assert [f.case_number for f in person_hits[0].families] == ["2026-0042"]
    family_hit = next(h for h in hits if h.kind is HitKind.FAMILY_FILE)
    assert "Šabani" in family_hit.label


def test_index_follows_renames_variants_and_membership(
    uow: SqlUnitOfWork, people: dict[str, Person]
) -> None:
    persons.rename_person(
        uow, person_id=people["cosic"].id, given_names="Ćamil", family_name="Hadžić"
    )
    assert _persons_found(uow, "cosic") == []
    assert _persons_found(uow, "hadzic") == [str(people["cosic"].id)]
    variant = persons.add_name_variant(
        uow, person_id=people["djordje"].id, given_names="Georg", family_name="Jordan"
    )
    assert _persons_found(uow, "jordan") == [str(people["djordje"].id)]
    persons.remove_name_variant(uow, variant_id=variant.id)
    assert _persons_found(uow, "jordan") == []
    assert str(people["djordje"].id) in _persons_found(uow, "djordj")
    family_id = _family_of(uow, people["sabani"])
    persons.remove_person_from_family(uow, family_id=family_id, person_id=people["sabani"].id)  # type: ignore[arg-type]
    family_hits = [r for r in search(uow, text="sabani") if r.kind is HitKind.FAMILY_FILE]
    assert family_hits == []


def _family_of(uow: SqlUnitOfWork, person: Person) -> object:
    with uow:
        return uow.queries.family_ids_of_person(person.id)[0]


def test_search_index_is_rebuilt_when_missing(vault: object, people: dict[str, Person]) -> None:
    from sqlalchemy import text

    from fallmanager.vault.vault import Vault

    assert isinstance(vault, Vault)
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE vault_meta SET value = '0' WHERE key = 'search_index_version'"))
        conn.execute(text("DELETE FROM search_fts"))
    vault._ensure_search_index()
    assert str(people["emine"].id) in _persons_found(vault.unit_of_work(), "emine")
    assert isinstance(FamilyFile, type)


def test_ranking_prefers_the_spelling_the_user_types(
    uow: SqlUnitOfWork, people: dict[str, Person]
) -> None:
    djor = _persons_found(uow, "djor")
    assert djor.index(str(people["djordje"].id)) < djor.index(str(people["dorentina"].id))
    dor = _persons_found(uow, "dor")
    assert dor.index(str(people["dorentina"].id)) < dor.index(str(people["djordje"].id))
