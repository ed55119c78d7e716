"""The sync API (FastAPI): hello, enrol, push, pull.

Every answer other than success is JSON ``{"error": code, "message": text}`` with a status
the laptop acts on: 401 token unknown (enrol again), 403 ``device_revoked`` (lock and erase),
426 ``update_required`` (update the application; unsent changes stay), 413 payload too large,
422 malformed. The server never answers with a traceback, and no request can take it down:
an unexpected error is logged without content and answered with 500.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from typing import Annotated, Any

from fastapi import FastAPI, Header, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, insert
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from fallmanager.domain.sync import OLDEST_ACCEPTED_VERSION, PROTOCOL_VERSION, Operation
from fallmanager.server.api_models import (
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    Hello,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)
from fallmanager.server.auth import ApiError, authenticate, enrol
from fallmanager.server.config import ServerSettings
from fallmanager.server.db import audit_log
from fallmanager.server.engine import (
    create_server_engine,
    short_write_transaction,
    write_transaction,
)
from fallmanager.server.merge import apply_push, utc_now_iso
from fallmanager.server.pull import Cursor, pull_page

log = logging.getLogger("fallmanager.server")

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (401, 403, 413, 426)
}


class BodyLimit:
    """Refuse request bodies above the configured size before reading them whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(send)
            return
        received = 0
        exceeded = False

        async def limited() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    exceeded = True
                    raise _TooLargeError
            return message

        async def unless_exceeded(message: Message) -> None:
            # A body without a declared length is cut off while it is read; the framework
            # answers a body it could not read with an error of its own, which is dropped
            # here for the 413 below.
            if not exceeded:
                await send(message)

        with contextlib.suppress(_TooLargeError):
            await self.app(scope, limited, unless_exceeded)
        if exceeded:
            await _too_large(send)


class _TooLargeError(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = json.dumps({"error": "too_large", "message": "request body too large"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _audit(
    engine: Engine, action: str, user_id: str | None, device_id: str | None, **detail: Any
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(audit_log).values(
                at=utc_now_iso(),
                user_id=user_id,
                device_id=device_id,
                action=action,
                detail=json.dumps(detail, separators=(",", ":"), sort_keys=True),
            )
        )


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.startswith("Bearer "):
        return authorization[7:].strip()
    return None


def create_app(settings: ServerSettings, *, engine: Engine | None = None) -> FastAPI:
    """The application for one server directory (the engine may be given by tests)."""
    engine = engine or create_server_engine(settings.database_url)
    app = FastAPI(
        title="Fallmanager office sync",
        version=str(PROTOCOL_VERSION),
        docs_url=None,
        redoc_url=None,
    )
    app.state.engine = engine

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse({"error": exc.error, "message": exc.message}, status_code=exc.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # The framework answers a body it cannot even parse (not UTF-8, nested too deeply)
        # with 400; it is malformed like any other bad JSON and is answered the same way.
        if exc.status_code == 400:
            error = {"type": "json_invalid", "loc": ("body", 0), "msg": "JSON decode error"}
            unreadable = RequestValidationError([{**error, "input": {}}])
            return await request_validation_exception_handler(request, unreadable)
        return await http_exception_handler(request, exc)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        # The type only: an exception's text may quote a record's content.
        log.error("unexpected error: %s", type(exc).__name__)
        return JSONResponse(
            {"error": "internal", "message": "internal server error"}, status_code=500
        )

    @app.get("/api/v1/hello", response_model=Hello)
    def hello() -> Hello:
        return Hello(
            server_id=settings.server_id,
            protocol_version=PROTOCOL_VERSION,
            oldest_protocol_version=OLDEST_ACCEPTED_VERSION,
        )

    @app.post("/api/v1/enrol", response_model=EnrolResponse, responses=_ERRORS)
    def enrol_device(body: EnrolRequest) -> EnrolResponse:
        try:
            with short_write_transaction(engine) as conn:
                result = enrol(conn, body.code, body.device_name, body.protocol_version)
        except ApiError as exc:
            _audit(engine, "enrol_refused", None, None, error=exc.error)
            raise
        _audit(engine, "enrol", None, result.device_id)
        return EnrolResponse(
            device_id=result.device_id,
            token=result.token,
            server_id=settings.server_id,
            user_login=result.user_login,
            user_name=result.user_name,
        )

    def _device(token: str | None, version: int) -> Any:
        try:
            with short_write_transaction(engine) as conn:
                return authenticate(conn, token, version)
        except ApiError as exc:
            if exc.error == "device_revoked":
                _audit(engine, "refused_revoked", None, None)
            raise

    @app.post("/api/v1/push", response_model=PushResponse, responses=_ERRORS)
    def push(
        body: PushRequest, authorization: Annotated[str | None, Header()] = None
    ) -> PushResponse:
        ctx = _device(_bearer(authorization), body.protocol_version)
        operations = [
            Operation(
                op_id=o.op_id,
                entity=o.entity,
                entity_id=o.entity_id,
                kind=o.kind,
                hlc=o.hlc,
                field=o.field,
                value=o.value,
                base_seq=o.base_seq,
                conflict_key=o.conflict_key,
                changed_at=o.changed_at,
            )
            for o in body.operations
        ]
        now_ms = int(time.time() * 1000)
        with write_transaction(engine) as conn:
            outcome = apply_push(conn, ctx, operations, now_ms=now_ms)
        _audit(
            engine,
            "push",
            ctx.user_id,
            ctx.device_id,
            operations=len(operations),
            applied=outcome.applied,
            conflicts=outcome.conflicts,
            rejected=outcome.rejected,
            superseded=outcome.superseded,
            clock_bounded=outcome.clock_bounded,
            families=sorted(outcome.families),
        )
        return PushResponse.model_validate(
            {
                "results": outcome.results,
                "server_time_ms": now_ms,
                "clock_bounded": outcome.clock_bounded,
            }
        )

    @app.post("/api/v1/pull", response_model=PullResponse, responses=_ERRORS)
    def pull(
        body: PullRequest, authorization: Annotated[str | None, Header()] = None
    ) -> PullResponse:
        ctx = _device(_bearer(authorization), body.protocol_version)
        cursor = None if body.cursor is None else Cursor(**body.cursor.model_dump())
        with short_write_transaction(engine) as conn:
            page = pull_page(conn, ctx, cursor, body.limit)
        families = {e["entity_id"] for e in page.entries if e["entity"] == "family_file"}
        _audit(
            engine,
            "pull",
            ctx.user_id,
            ctx.device_id,
            entries=len(page.entries),
            snapshot=page.snapshot,
            cursor=page.cursor.seq,
            family_files=sorted(families),
        )
        return PullResponse.model_validate(
            {
                "entries": page.entries,
                "cursor": page.cursor.as_dict(),
                "more": page.more,
                "snapshot": page.snapshot,
                "users": page.users,
                "server_time_ms": int(time.time() * 1000),
            }
        )

    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    return app
