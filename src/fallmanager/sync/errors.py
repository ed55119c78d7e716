"""Failures of office sync. None of them loses a change: what was not acknowledged by the
server stays unsent on the laptop and goes with the next sync."""

from __future__ import annotations

from fallmanager.errors import FallmanagerError


class SyncError(FallmanagerError):
    code = "sync_failed"


class ServerUnreachableError(SyncError):
    """No connection, a timeout, or a connection dropped mid-answer (retry later)."""

    code = "sync_unreachable"


class FingerprintMismatchError(SyncError):
    """The server presented another certificate than the one pinned at enrolment."""

    code = "sync_fingerprint_mismatch"

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__("the server's certificate does not match the enrolled fingerprint")
        self.expected = expected
        self.actual = actual


class EnrolmentRefusedError(SyncError):
    """The one-time code is unknown, already used or expired."""

    code = "sync_enrolment_refused"


class AuthenticationError(SyncError):
    """The server no longer knows this laptop's token: enrol again."""

    code = "sync_authentication"


class DeviceRevokedError(SyncError):
    """The office revoked this laptop: lock and erase its copy of the vault."""

    code = "sync_device_revoked"


class UpdateRequiredError(SyncError):
    """The server needs a newer version of the application; unsent changes stay."""

    code = "sync_update_required"


class NotEnrolledError(SyncError):
    code = "sync_not_enrolled"


class ProtocolError(SyncError):
    """The server answered something this laptop cannot use (a fault, not the user's)."""

    code = "sync_protocol"

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status
