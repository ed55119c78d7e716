"""The sync API against malformed, oversized, replayed and random requests.

Schemathesis generates requests from the API's own OpenAPI schema — valid ones and invalid
ones, with a device token and without — and checks every answer: never a server error, and
always a status and a body the schema documents. Hand-made cases then take the limits one by
one, on SQLite and on PostgreSQL. Afterwards the server must still work normally.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine, func, select

from fallmanager.domain.entity import NOTE, Entity
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.model import ENTITY_TYPES
from fallmanager.domain.primitive import to_primitive
from fallmanager.domain.sync import OLDEST_ACCEPTED_VERSION, PROTOCOL_VERSION
from fallmanager.domain.visits import CaseNote
from fallmanager.server import admin
from fallmanager.server.api_models import MAX_BATCH
from fallmanager.server.app import create_app
from fallmanager.server.config import ServerSettings
from fallmanager.server.db import audit_log, change, op, record
from fallmanager.server.engine import create_server_engine, sqlite_url
from fallmanager.server.migrate import upgrade

HELLO, ENROL, PUSH, PULL = "/api/v1/hello", "/api/v1/enrol", "/api/v1/push", "/api/v1/pull"
#: Above a batch of 1,000 small operations and the longest valid record (a case note of
#: 100,000 characters); below the default of 8 MiB, to keep the oversized bodies small.
MAX_BODY_BYTES = 1024 * 1024
EXAMPLES_PER_OPERATION = 30
KINDS = [cls.entity_name for cls in ENTITY_TYPES]
LAPTOP_CLOCK = str(uuid.uuid4())
_TICKS = itertools.count()
#: The checks of every fuzzed answer.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@dataclass
class Api:
    """The sync API in this process, with one enrolled device and its family file."""

    app: FastAPI
    client: TestClient
    engine: Engine
    token: str
    family_id: str
    note_id: str

    def headers(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.token}"}

    def push(self, operations: list[dict[str, Any]], token: str | None = None) -> Any:
        body = {"protocol_version": PROTOCOL_VERSION, "operations": operations}
        return self.client.post(PUSH, json=body, headers=self.headers(token))

    def count(self, table: Any) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    def counts(self) -> tuple[int, ...]:
        """Rows of everything a push or pull may add (or an abuse must not)."""
        return tuple(self.count(table) for table in (op, change, record, audit_log))


def operation(
    entity: Entity | None = None,
    *,
    kind: str = "insert",
    entity_name: str | None = None,
    entity_id: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """One operation as a laptop pushes it: by default the insert of ``entity``. Stamps
    follow one another like those of one laptop's clock."""
    values = to_primitive(entity) if entity is not None else None
    return {
        "op_id": str(uuid.uuid4()),
        "entity": entity_name or (entity.entity_name if entity is not None else "case_note"),
        "entity_id": entity_id or (str(entity.id) if entity is not None else str(uuid.uuid4())),
        "kind": kind,
        "hlc": f"{int(time.time() * 1000):015d}-{next(_TICKS) % 1_000_000:06d}-{LAPTOP_CLOCK}",
        "value": values,
        "changed_at": "2026-11-02T10:00:00.000000Z",
        **fields,
    }


def note(family_id: str, text: str) -> CaseNote:
    return CaseNote(family_id=uuid.UUID(family_id), written_at=datetime(2026, 11, 2, 10), text=text)


def make_api(engine: Engine, directory: Path) -> Iterator[Api]:
    settings_ = ServerSettings(
        directory=directory, database_url=str(engine.url), max_body_bytes=MAX_BODY_BYTES
    )
    app = create_app(settings_, engine=engine)
    admin.create_user(engine, "anna", "Anna")
    code = admin.enrol_device(engine, "anna", "Laptop").code
    with TestClient(app) as client:
        enrolled = client.post(
            ENROL,
            json={"code": code, "device_name": "Laptop", "protocol_version": PROTOCOL_VERSION},
        )
        assert enrolled.status_code == 200, enrolled.text
        answer = enrolled.json()
        family = FamilyFile(case_number="2026-0001", opened_on=date(2026, 11, 2))
        first = note(str(family.id), "Erstgespräch")
        api = Api(
            app,
            client,
            engine,
            token=answer["token"],
            family_id=str(family.id),
            note_id=str(first.id),
        )
        pushed = api.push([operation(family), operation(first)])
        assert [r["outcome"] for r in pushed.json()["results"]] == ["applied", "applied"]
        yield api


@pytest.fixture
def api(server_engine: Engine, tmp_path: Path) -> Iterator[Api]:
    """On SQLite and on PostgreSQL."""
    yield from make_api(server_engine, tmp_path)


@pytest.fixture
def sqlite_api(tmp_path: Path) -> Iterator[Api]:
    engine = create_server_engine(sqlite_url(tmp_path / "server.db"))
    try:
        upgrade(engine)
        yield from make_api(engine, tmp_path)
    finally:
        engine.dispose()


def enrol(api: Api, device_name: str) -> str:
    """Enrol another laptop of the same user; return its token."""
    code = admin.enrol_device(api.engine, "anna", device_name).code
    body = {"code": code, "device_name": device_name, "protocol_version": PROTOCOL_VERSION}
    enrolled = api.client.post(ENROL, json=body)
    assert enrolled.status_code == 200, enrolled.text
    return str(enrolled.json()["token"])


def assert_still_serving(api: Api) -> None:
    """Hello answers, and a push and a pull work as for any laptop (the pull by another
    laptop of the same user, which receives what the first one sent)."""
    hello = api.client.get(HELLO)
    assert hello.status_code == 200 and hello.json()["protocol_version"] == PROTOCOL_VERSION
    family = FamilyFile(case_number="2026-0900", opened_on=date(2026, 11, 3))
    later = note(str(family.id), "Nach dem Sturm")
    pushed = api.push([operation(family), operation(later)])
    assert pushed.status_code == 200, pushed.text
    assert [r["outcome"] for r in pushed.json()["results"]] == ["applied", "applied"]
    other = enrol(api, f"Laptop {uuid.uuid4().hex[:8]}")
    received: set[str] = set()
    cursor = None
    while True:
        pulled = api.client.post(
            PULL,
            json={"protocol_version": PROTOCOL_VERSION, "cursor": cursor},
            headers=api.headers(other),
        )
        assert pulled.status_code == 200, pulled.text
        page = pulled.json()
        received |= {entry["entity_id"] for entry in page["entries"]}
        cursor = page["cursor"]
        if not page["more"]:
            break
    assert {str(family.id), str(later.id)} <= received


# -- fuzzing from the schema ----------------------------------------------------------------------


def _accepted_version(cases: st.SearchStrategy[Case[Any]]) -> st.SearchStrategy[Case[Any]]:
    """Mostly a protocol version the server accepts: otherwise nearly every generated
    request stops at the version check (426) and never reaches a push or a pull."""
    versions = st.sampled_from([PROTOCOL_VERSION, OLDEST_ACCEPTED_VERSION, None])

    @st.composite
    def accepted(draw: st.DrawFn) -> Case[Any]:
        case = draw(cases)
        version = draw(versions)
        if isinstance(case.body, dict) and version is not None:
            case.body["protocol_version"] = version
        return case

    return accepted()


def _with_record_kinds(
    cases: st.SearchStrategy[Case[Any]], api: Api
) -> st.SearchStrategy[Case[Any]]:
    """Pushes whose operations name real record kinds — often records the server holds —
    so that the merge and the domain validation see the random values, not only the check
    of the record kind."""
    known = [("family_file", api.family_id), ("case_note", api.note_id)]
    targets = st.one_of(st.sampled_from(known), st.tuples(st.sampled_from(KINDS), st.just(None)))

    @st.composite
    def realistic(draw: st.DrawFn) -> Case[Any]:
        case = draw(cases)
        body = case.body
        items: Any = body.get("operations") if isinstance(body, dict) else None
        if isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    entity, entity_id = draw(targets)
                    item["entity"] = entity
                    if entity_id is not None:
                        item["entity_id"] = entity_id
        return case

    return _accepted_version(realistic())


def _fuzz(strategy: st.SearchStrategy[Case[Any]], token: str | None) -> set[str]:
    """Run the generated requests; return the outcomes and reasons of pushed operations."""
    seen: set[str] = set()

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def run(case: Case[Any]) -> None:
        if token is not None:  # in place of any generated one (the names ignore case)
            case.headers["Authorization"] = f"Bearer {token}"
        response = case.call_and_validate(checks=CHECKS)
        if case.path == PUSH and response.status_code == 200:
            answer: Any = response.json()
            for result in answer["results"]:
                seen.add(result.get("reason") or result["outcome"])

    run()
    return seen


@pytest.mark.slow
def test_requests_generated_from_the_openapi_schema_never_break_the_server(
    sqlite_api: Api,
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", sqlite_api.app)
    operations = {}
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result  # the schema is valid
        operations[result.ok().label] = result.ok()
    assert set(operations) == {f"GET {HELLO}", f"POST {ENROL}", f"POST {PUSH}", f"POST {PULL}"}
    for api_operation in operations.values():
        modes = [GenerationMode.POSITIVE]
        if api_operation.body:  # hello takes nothing that could be invalid
            modes.append(GenerationMode.NEGATIVE)
        for mode in modes:
            _fuzz(api_operation.as_strategy(mode), None)  # random tokens or none
            cases = api_operation.as_strategy(mode)
            if mode is GenerationMode.POSITIVE:
                cases = _accepted_version(cases)
            _fuzz(cases, sqlite_api.token)  # this laptop's token
    # Random values for real record kinds reach the merge and the domain rules.
    realistic = _with_record_kinds(operations[f"POST {PUSH}"].as_strategy(), sqlite_api)
    assert {"invalid", "unknown_record"} <= _fuzz(realistic, sqlite_api.token)
    assert_still_serving(sqlite_api)


# -- hand-made abuse, on both databases -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b'{"protocol_version": 3, "operations": [',
        b"not json at all",
        b'{"protocol_version": 3, "operations": ["\xc3\x28"]}',
        b"[]",
        b"[" * 100_000,
        json.dumps({"protocol_version": 3, "operations": "none"}).encode(),
        json.dumps({"protocol_version": 3, "operations": [], "extra": 1}).encode(),
    ],
    ids=["cut-off", "text", "not-utf8", "array", "deep", "wrong-type", "extra-field"],
)
def test_a_malformed_body_is_answered_422(api: Api, body: bytes) -> None:
    before = api.counts()
    for path in (PUSH, PULL, ENROL):
        answer = api.client.post(
            path, content=body, headers={**api.headers(), "Content-Type": "application/json"}
        )
        assert answer.status_code == 422, (path, answer.text)
        assert "detail" in answer.json()
    assert api.counts() == before
    assert_still_serving(api)


def test_a_body_over_the_limit_is_answered_413_declared_or_not(api: Api) -> None:
    family = FamilyFile(case_number="2026-0002", opened_on=date(2026, 11, 2))
    longest = "x" * NOTE  # each note valid, together too much
    operations = [operation(family)] + [
        operation(note(str(family.id), longest)) for _ in range(MAX_BODY_BYTES // NOTE + 1)
    ]
    body = json.dumps({"protocol_version": PROTOCOL_VERSION, "operations": operations}).encode()
    assert len(body) > MAX_BODY_BYTES
    before = api.counts()
    headers = {**api.headers(), "Content-Type": "application/json"}

    declared = api.client.post(PUSH, content=body, headers=headers)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server counts as it reads
        for start in range(0, len(body), 8192):
            yield body[start : start + 8192]

    streamed = api.client.post(PUSH, content=chunks(), headers=headers)
    for answer in (declared, streamed):
        assert answer.status_code == 413, answer.text
        assert answer.json() == {"error": "too_large", "message": "request body too large"}
    assert api.counts() == before
    assert_still_serving(api)


def test_more_than_a_batch_of_operations_is_answered_422(api: Api) -> None:
    operations = [operation(note(api.family_id, f"N{n}")) for n in range(MAX_BATCH + 1)]
    before = api.counts()
    answer = api.push(operations)
    assert answer.status_code == 422, answer.text
    assert api.counts() == before
    accepted = api.push(operations[:MAX_BATCH])
    assert accepted.status_code == 200
    assert {r["outcome"] for r in accepted.json()["results"]} == {"applied"}


def test_an_unknown_record_kind_is_rejected(api: Api) -> None:
    unknown = operation(entity_name="horoscope")
    unknown["value"] = {"id": unknown["entity_id"], "sign": "Waage"}
    before = api.count(record)
    (result,) = api.push([unknown]).json()["results"]
    assert result["outcome"] == "rejected" and result["reason"] == "unknown_kind"
    assert api.count(record) == before


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(lambda v: {**v, "text": ""}, id="required-text-empty"),
        pytest.param(lambda v: {**v, "text": "a\x00b"}, id="control-character"),
        pytest.param(lambda v: {**v, "text": "x" * (NOTE + 1)}, id="text-too-long"),
        pytest.param(lambda v: {**v, "written_at": "gestern"}, id="not-a-time"),
        pytest.param(lambda v: {**v, "family_id": 42}, id="reference-not-an-id"),
        pytest.param(lambda v: {k: x for k, x in v.items() if k != "text"}, id="field-missing"),
        pytest.param(lambda v: [v], id="not-an-object"),
    ],
)
def test_a_value_that_breaks_the_domain_rules_is_rejected_as_invalid(
    api: Api, breakage: Callable[[dict[str, Any]], Any]
) -> None:
    broken = operation(note(api.family_id, "gültig"))
    broken["value"] = breakage(broken["value"])
    before = api.count(record)
    (result,) = api.push([broken]).json()["results"]
    assert result["outcome"] == "rejected" and result["reason"] == "invalid", result
    assert api.count(record) == before


def test_a_field_change_that_breaks_the_domain_rules_is_rejected_as_invalid(api: Api) -> None:
    change_ = operation(
        kind="update",
        entity_name="family_file",
        entity_id=api.family_id,
        field="case_number",
        value="keine Nummer",
    )
    (result,) = api.push([change_]).json()["results"]
    assert result["outcome"] == "rejected" and result["reason"] == "invalid", result


def test_a_replayed_push_gets_the_same_answer_and_applies_nothing_twice(api: Api) -> None:
    family = FamilyFile(case_number="2026-0003", opened_on=date(2026, 11, 2))
    batch = [operation(family), operation(note(str(family.id), "einmal"))]
    batch.append(
        operation(
            kind="update",
            entity_name="family_file",
            entity_id=str(family.id),
            field="short_description",
            value="zweimal gesendet",
        )
    )
    first = api.push(batch).json()["results"]
    assert [r["outcome"] for r in first] == ["applied", "applied", "applied"]
    before = api.counts()
    replayed = api.push(batch).json()["results"]
    assert replayed == first
    # Only the audit log notes the second request; no record, change or operation is added.
    assert api.counts()[:3] == before[:3]
    assert api.counts()[3] == before[3] + 1


def test_a_ten_kilobyte_token_is_answered_401(api: Api) -> None:
    huge = "A" * 10_240
    before = api.counts()
    for answer in (
        api.push([operation(note(api.family_id, "fremd"))], token=huge),
        api.client.post(PULL, json={"protocol_version": 3}, headers=api.headers(huge)),
    ):
        assert answer.status_code == 401, answer.text
        assert answer.json()["error"] == "invalid_token"
    assert api.counts() == before


def test_laptops_enrolling_pushing_and_pulling_at_the_same_moment_get_no_server_error(
    api: Api,
) -> None:
    laptops = 6
    rounds = 4
    codes = [admin.enrol_device(api.engine, "anna", f"Laptop {n}").code for n in range(laptops)]
    statuses: list[tuple[str, int]] = []
    start = threading.Barrier(laptops)

    def laptop(code: str) -> None:
        # A client of its own per laptop; server errors come back as answers, not exceptions.
        with TestClient(api.app, raise_server_exceptions=False) as client:
            start.wait(timeout=30)
            body = {"code": code, "device_name": "Laptop", "protocol_version": PROTOCOL_VERSION}
            enrolled = client.post(ENROL, json=body)
            statuses.append((ENROL, enrolled.status_code))
            if enrolled.status_code != 200:
                return
            headers = {"Authorization": f"Bearer {enrolled.json()['token']}"}
            for n in range(rounds):
                pushed = client.post(
                    PUSH,
                    json={
                        "protocol_version": PROTOCOL_VERSION,
                        "operations": [operation(note(api.family_id, f"{code} {n}"))],
                    },
                    headers=headers,
                )
                statuses.append((PUSH, pushed.status_code))
                pulled = client.post(
                    PULL, json={"protocol_version": PROTOCOL_VERSION}, headers=headers
                )
                statuses.append((PULL, pulled.status_code))

    threads = [threading.Thread(target=laptop, args=(code,)) for code in codes]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == sorted(
        [(ENROL, 200)] * laptops + [(PUSH, 200), (PULL, 200)] * laptops * rounds
    )
    with api.engine.connect() as conn:
        notes = conn.execute(
            select(func.count()).select_from(record).where(record.c.entity == "case_note")
        ).scalar_one()
    assert notes == 1 + laptops * rounds  # the first note and every one pushed now
