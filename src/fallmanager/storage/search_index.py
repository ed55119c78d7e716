"""The search index inside the encrypted vault (SQLite FTS5 over folded names).

One document per person (names, name variants, birth year) and one per family file (case
number, family names of its members). Names are folded by
:func:`fallmanager.domain.search_text.fold` before they reach FTS5, so the index matches
regardless of case, diacritics, Cyrillic or transliteration; every query term is a prefix.
The index is derived data: it is never synced and can be rebuilt from the records.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, text

from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.people import NameVariant, Person
from fallmanager.domain.search_text import name_key, spelling_tokens, tokens
from fallmanager.storage.schema import (
    SEARCH_FTS,
    person_name_key,
    record_tables,
    search_doc,
    vault_meta,
)

#: Raise when folding or document contents change: vaults rebuild their index on open.
SEARCH_INDEX_VERSION = 1

_PERSON = record_tables[Person]
_VARIANT = record_tables[NameVariant]
_FAMILY = record_tables[FamilyFile]
_MEMBERSHIP = record_tables[FamilyMembership]

#: bm25 weights of the columns names, variants, numbers.
_WEIGHTS = (10.0, 4.0, 6.0)
#: Queries shorter than this many characters match too much to rank; they are served in
#: index order and ranked among the first candidates only.
_MIN_RANKED_CHARS = 3
_CANDIDATES = 200


@dataclass(frozen=True, slots=True)
class IndexHit:
    kind: str  # "person" or "family_file"
    entity_id: uuid.UUID
    exact: int  # query terms that equal a whole word of the names or numbers
    spelled: int  # query terms that begin a name word in the query's own spelling
    rank: float  # bm25, lower is better


def index_version(conn: Connection) -> int:
    row = conn.execute(
        select(vault_meta.c.value).where(vault_meta.c.key == "search_index_version")
    ).first()
    return int(row[0]) if row else 0


def rebuild(conn: Connection) -> int:
    """Rebuild the whole index from the records; return the number of documents."""
    conn.execute(text(f"DELETE FROM {SEARCH_FTS}"))
    conn.execute(delete(search_doc))
    conn.execute(delete(person_name_key))
    person_ids = [
        uuid.UUID(r[0])
        for r in conn.execute(select(_PERSON.c.id).where(_PERSON.c.deleted.is_(False)))
    ]
    family_ids = [
        uuid.UUID(r[0])
        for r in conn.execute(select(_FAMILY.c.id).where(_FAMILY.c.deleted.is_(False)))
    ]
    _index_persons(conn, person_ids)
    _index_families(conn, family_ids)
    conn.execute(
        text(
            "INSERT INTO vault_meta (key, value) VALUES ('search_index_version', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = :v"
        ),
        {"v": str(SEARCH_INDEX_VERSION)},
    )
    return len(person_ids) + len(family_ids)


def refresh(
    conn: Connection, person_ids: Iterable[uuid.UUID], family_ids: Iterable[uuid.UUID]
) -> None:
    """Re-index the given persons and family files, and the families of those persons."""
    persons = set(person_ids)
    families = set(family_ids)
    if persons:
        families |= {
            uuid.UUID(r[0])
            for r in conn.execute(
                select(_MEMBERSHIP.c.family_id).where(
                    _MEMBERSHIP.c.person_id.in_([str(p) for p in persons])
                )
            )
        }
    _remove(conn, persons | families)
    _index_persons(conn, sorted(persons, key=str))
    _index_families(conn, sorted(families, key=str))


def _remove(conn: Connection, entity_ids: set[uuid.UUID]) -> None:
    if not entity_ids:
        return
    ids = [str(i) for i in entity_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rowids = [
            r[0]
            for r in conn.execute(
                select(search_doc.c.rowid).where(search_doc.c.entity_id.in_(chunk))
            )
        ]
        if rowids:
            marks = ",".join(str(int(r)) for r in rowids)
            conn.execute(text(f"DELETE FROM {SEARCH_FTS} WHERE rowid IN ({marks})"))
            conn.execute(delete(search_doc).where(search_doc.c.rowid.in_(rowids)))
        conn.execute(delete(person_name_key).where(person_name_key.c.person_id.in_(chunk)))


def _next_rowid(conn: Connection) -> int:
    return (
        int(conn.execute(text("SELECT coalesce(max(rowid), 0) FROM search_doc")).scalar_one()) + 1
    )


def _index_persons(conn: Connection, person_ids: list[uuid.UUID]) -> None:
    if not person_ids:
        return
    next_rowid = _next_rowid(conn)
    for start in range(0, len(person_ids), 500):
        chunk = [str(p) for p in person_ids[start : start + 500]]
        persons = conn.execute(
            select(
                _PERSON.c.id, _PERSON.c.given_names, _PERSON.c.family_name, _PERSON.c.birth_date
            ).where(_PERSON.c.id.in_(chunk), _PERSON.c.deleted.is_(False))
        ).all()
        variants: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for person_id, given, family in conn.execute(
            select(_VARIANT.c.person_id, _VARIANT.c.given_names, _VARIANT.c.family_name).where(
                _VARIANT.c.person_id.in_(chunk), _VARIANT.c.deleted.is_(False)
            )
        ):
            variants[person_id].append((given, family))
        docs, fts_rows, keys = [], [], []
        for person_id, given, family, birth in persons:
            year = int(birth[:4]) if birth else None
            docs.append({"rowid": next_rowid, "kind": "person", "entity_id": person_id})
            variant_words = " ".join(" ".join(tokens(f"{g} {f}")) for g, f in variants[person_id])
            fts_rows.append(
                {
                    "rowid": next_rowid,
                    "names": " ".join(tokens(f"{given} {family}")),
                    "variants": variant_words,
                    "numbers": str(year) if year else "",
                    "spelled": " ".join(
                        spelling_tokens(
                            " ".join([given, family, *(" ".join(v) for v in variants[person_id])])
                        )
                    ),
                }
            )
            next_rowid += 1
            for g, f in [(given, family), *variants[person_id]]:
                key = name_key(g, f)
                if key:
                    keys.append({"person_id": person_id, "name_key": key, "birth_year": year})
        _insert_docs(conn, docs, fts_rows)
        if keys:
            conn.execute(insert(person_name_key), keys)


def _index_families(conn: Connection, family_ids: list[uuid.UUID]) -> None:
    if not family_ids:
        return
    next_rowid = _next_rowid(conn)
    for start in range(0, len(family_ids), 500):
        chunk = [str(f) for f in family_ids[start : start + 500]]
        families = conn.execute(
            select(_FAMILY.c.id, _FAMILY.c.case_number).where(
                _FAMILY.c.id.in_(chunk), _FAMILY.c.deleted.is_(False)
            )
        ).all()
        names: dict[str, list[str]] = defaultdict(list)
        for family_id, family_name in conn.execute(
            select(_MEMBERSHIP.c.family_id, _PERSON.c.family_name)
            .join(_PERSON, _PERSON.c.id == _MEMBERSHIP.c.person_id)
            .where(
                _MEMBERSHIP.c.family_id.in_(chunk),
                _MEMBERSHIP.c.deleted.is_(False),
                _PERSON.c.deleted.is_(False),
            )
        ):
            names[family_id].append(family_name)
        docs, fts_rows = [], []
        for family_id, case_number in families:
            words = dict.fromkeys(t for n in names[family_id] for t in tokens(n))
            docs.append({"rowid": next_rowid, "kind": "family_file", "entity_id": family_id})
            fts_rows.append(
                {
                    "rowid": next_rowid,
                    "names": " ".join(words),
                    "variants": "",
                    "numbers": " ".join(tokens(case_number)) + " " + case_number.replace("-", ""),
                    "spelled": " ".join(spelling_tokens(" ".join(names[family_id]))),
                }
            )
            next_rowid += 1
        _insert_docs(conn, docs, fts_rows)


def _insert_docs(
    conn: Connection, docs: list[dict[str, object]], fts_rows: list[dict[str, object]]
) -> None:
    if not docs:
        return
    conn.execute(insert(search_doc), docs)
    conn.execute(
        text(
            f"INSERT INTO {SEARCH_FTS} (rowid, names, variants, numbers, spelled) "
            "VALUES (:rowid, :names, :variants, :numbers, :spelled)"
        ),
        fts_rows,
    )


def fts_query(query: str) -> tuple[str, list[str]] | None:
    """The FTS5 MATCH expression for a user's query, and its folded terms."""
    terms = tokens(query)[:8]
    if not terms:
        return None
    return " ".join(f'"{t}"*' for t in terms), terms


def search(conn: Connection, query: str, limit: int = 50) -> list[IndexHit]:
    """Ranked hits for ``query``: every term must prefix-match some word of a document."""
    built = fts_query(query)
    if built is None:
        return []
    expression, terms = built
    spelled_terms = spelling_tokens(query)[:8]
    ranked = sum(len(t) for t in terms) >= _MIN_RANKED_CHARS
    order = f"bm25({SEARCH_FTS}, {', '.join(str(w) for w in _WEIGHTS)})" if ranked else "0"
    rows = conn.execute(
        text(
            f"SELECT d.kind, d.entity_id, f.names, f.numbers, f.spelled, {order} AS score "
            f"FROM {SEARCH_FTS} AS f JOIN search_doc AS d ON d.rowid = f.rowid "
            f"WHERE {SEARCH_FTS} MATCH :q ORDER BY score LIMIT :n"
        ),
        {"q": expression, "n": _CANDIDATES},
    ).all()
    hits = []
    for kind, entity_id, names, numbers, spelled, score in rows:
        words = set(names.split()) | set(numbers.split())
        exact = sum(1 for t in terms if t in words)
        spelled_words = spelled.split()
        follows = sum(1 for t in spelled_terms if any(w.startswith(t) for w in spelled_words))
        hits.append(IndexHit(kind, uuid.UUID(entity_id), exact, follows, float(score)))
    hits.sort(
        key=lambda h: (-h.exact, -h.spelled, h.rank, h.kind != "family_file", str(h.entity_id))
    )
    return hits[:limit]


def persons_with_name_key(conn: Connection, key: str, birth_year: int | None) -> list[uuid.UUID]:
    """Persons with the same folded name (any variant); same or unknown birth year."""
    if not key:
        return []
    rows = conn.execute(
        select(person_name_key.c.person_id, person_name_key.c.birth_year).where(
            person_name_key.c.name_key == key
        )
    ).all()
    result = dict.fromkeys(
        uuid.UUID(pid)
        for pid, year in rows
        if birth_year is None or year is None or year == birth_year
    )
    return list(result)
