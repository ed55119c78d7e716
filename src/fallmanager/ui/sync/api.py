"""The office sync as the desktop calls it: one object with the service's operations.

The widgets never import :mod:`fallmanager.services.sync` functions directly but receive a
:class:`SyncApi`, so that the whole sync UI can be driven by a stand-in (tests, demos) and
the production wiring stays in one place (:class:`ServiceSyncApi`). Every method except
:meth:`SyncApi.probe_server` touches the vault and therefore runs on the database worker.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from fallmanager.services import sync as sync_service
from fallmanager.services.ports import UnitOfWork
from fallmanager.services.sync import (
    ConflictView,
    EnrolmentInfo,
    FamilySyncState,
    PendingChangeView,
    RejectedChangeView,
    ServerIdentity,
    SupersededView,
    SyncProgress,
    SyncSummary,
)


class SyncApi(Protocol):
    """The operations of :mod:`fallmanager.services.sync` the desktop uses."""

    def enrolment(self, uow: UnitOfWork) -> EnrolmentInfo | None: ...

    def probe_server(self, url: str) -> ServerIdentity: ...

    def enrol(
        self, uow: UnitOfWork, url: str, code: str, device_name: str, fingerprint: str
    ) -> EnrolmentInfo: ...

    def synchronise(
        self,
        uow_factory: Callable[[], UnitOfWork],
        progress: Callable[[SyncProgress], None],
        cancelled: Callable[[], bool],
    ) -> SyncSummary: ...

    def server_reachable(self, uow: UnitOfWork) -> bool: ...

    def family_sync_states(self, uow: UnitOfWork) -> dict[uuid.UUID, FamilySyncState]: ...

    def conflicts(
        self, uow: UnitOfWork, family_id: uuid.UUID | None = None
    ) -> list[ConflictView]: ...

    def resolve_conflict(
        self, uow: UnitOfWork, conflict_id: str, *, value: Any = None, keep: bool | None = None
    ) -> None: ...

    def rejected_changes(self, uow: UnitOfWork) -> list[RejectedChangeView]: ...

    def export_rejected(self, uow: UnitOfWork, path: Path) -> int: ...

    def dismiss_rejected(self, uow: UnitOfWork, ids: Sequence[int]) -> None: ...

    def superseded_values(
        self, uow: UnitOfWork, family_id: uuid.UUID | None = None
    ) -> list[SupersededView]: ...

    def pending_changes(self, uow: UnitOfWork) -> list[PendingChangeView]: ...

    def unsent_count(self, uow: UnitOfWork) -> int: ...

    def forget_enrolment(self, uow: UnitOfWork) -> None: ...


class ServiceSyncApi:
    """The production :class:`SyncApi`: the functions of :mod:`fallmanager.services.sync`."""

    def enrolment(self, uow: UnitOfWork) -> EnrolmentInfo | None:
        return sync_service.enrolment(uow)

    def probe_server(self, url: str) -> ServerIdentity:
        return sync_service.probe_server(url)

    def enrol(
        self, uow: UnitOfWork, url: str, code: str, device_name: str, fingerprint: str
    ) -> EnrolmentInfo:
        return sync_service.enrol(uow, url, code, device_name, fingerprint)

    def synchronise(
        self,
        uow_factory: Callable[[], UnitOfWork],
        progress: Callable[[SyncProgress], None],
        cancelled: Callable[[], bool],
    ) -> SyncSummary:
        return sync_service.synchronise(uow_factory, progress, cancelled)

    def server_reachable(self, uow: UnitOfWork) -> bool:
        return sync_service.server_reachable(uow)

    def family_sync_states(self, uow: UnitOfWork) -> dict[uuid.UUID, FamilySyncState]:
        return sync_service.family_sync_states(uow)

    def conflicts(self, uow: UnitOfWork, family_id: uuid.UUID | None = None) -> list[ConflictView]:
        return sync_service.conflicts(uow, family_id)

    def resolve_conflict(
        self, uow: UnitOfWork, conflict_id: str, *, value: Any = None, keep: bool | None = None
    ) -> None:
        sync_service.resolve_conflict(uow, conflict_id, value=value, keep=keep)

    def rejected_changes(self, uow: UnitOfWork) -> list[RejectedChangeView]:
        return sync_service.rejected_changes(uow)

    def export_rejected(self, uow: UnitOfWork, path: Path) -> int:
        return sync_service.export_rejected(uow, path)

    def dismiss_rejected(self, uow: UnitOfWork, ids: Sequence[int]) -> None:
        sync_service.dismiss_rejected(uow, ids)

    def superseded_values(
        self, uow: UnitOfWork, family_id: uuid.UUID | None = None
    ) -> list[SupersededView]:
        return sync_service.superseded_values(uow, family_id)

    def pending_changes(self, uow: UnitOfWork) -> list[PendingChangeView]:
        return sync_service.pending_changes(uow)

    def unsent_count(self, uow: UnitOfWork) -> int:
        return sync_service.unsent_count(uow)

    def forget_enrolment(self, uow: UnitOfWork) -> None:
        sync_service.forget_enrolment(uow)
