"""The request and response bodies of the sync API (its OpenAPI schema is generated from
these). Limits here are the first line against malformed or oversized payloads."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from fallmanager.domain.sync import OpKind

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HLC_PATTERN = r"^[0-9]{15}-[0-9]{6}-[0-9a-f-]{1,36}$"
MAX_BATCH = 1000
MAX_PAGE = 2000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(BaseModel):
    error: str
    message: str


class Hello(BaseModel):
    server_id: str
    protocol_version: int
    oldest_protocol_version: int


class EnrolRequest(_Strict):
    code: str = Field(min_length=1, max_length=40)
    device_name: str = Field(min_length=1, max_length=200)
    protocol_version: int = Field(ge=0, le=1000)


class EnrolResponse(BaseModel):
    device_id: str
    token: str
    server_id: str
    user_login: str
    user_name: str


class OperationModel(_Strict):
    op_id: str = Field(pattern=UUID_PATTERN)
    entity: str = Field(min_length=1, max_length=60)
    entity_id: str = Field(pattern=UUID_PATTERN)
    kind: OpKind
    hlc: str = Field(pattern=HLC_PATTERN, max_length=60)
    field: str | None = Field(default=None, max_length=100)
    value: JsonValue = None
    base_seq: int = Field(default=0, ge=0, le=2**62)
    conflict_key: str | None = Field(default=None, max_length=100)
    changed_at: str = Field(default="", max_length=40)


class PushRequest(_Strict):
    protocol_version: int = Field(ge=0, le=1000)
    operations: list[OperationModel] = Field(max_length=MAX_BATCH)


class OperationResult(BaseModel):
    op_id: str
    outcome: Literal["applied", "superseded", "conflict", "rejected"]
    seq: int = 0
    hlc: str | None = None
    reason: str | None = None
    message: str | None = None
    current: dict[str, Any] | None = None
    winner: dict[str, Any] | None = None


class PushResponse(BaseModel):
    results: list[OperationResult]
    server_time_ms: int
    clock_bounded: bool


class CursorModel(_Strict):
    seq: int = Field(default=0, ge=0, le=2**62)
    gen: int | None = Field(default=None, ge=0, le=2**31)
    kind: int = Field(default=0, ge=0, le=1000)
    after: str = Field(default="", max_length=36)
    upto: int = Field(default=0, ge=0, le=2**62)
    jump: bool = False


class PullRequest(_Strict):
    protocol_version: int = Field(ge=0, le=1000)
    cursor: CursorModel | None = None
    limit: int = Field(default=500, ge=1, le=MAX_PAGE)


class Entry(BaseModel):
    seq: int
    kind: Literal["put", "field", "delete", "conflict", "decided"]
    entity: str
    entity_id: str
    field: str | None
    value: JsonValue
    hlc: str
    user_id: str
    device_id: str
    changed_at: str


class PullResponse(BaseModel):
    entries: list[Entry]
    cursor: CursorModel
    more: bool
    snapshot: bool
    users: dict[str, str]
    server_time_ms: int
