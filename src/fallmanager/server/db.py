"""Tables of the office server, on PostgreSQL or on an embedded SQLite file.

The server keeps its own merged copy of every record (``record``), an ordered log of what
changed (``change``, read by the laptops' pulls), every operation it received (``op``, for
at-most-once application and as the history of losing values), and the office's users,
teams, devices and assignments. The Alembic migrations under ``migrations/`` are the
authority on the stored schema; a test checks that they produce exactly these tables.

Nothing here holds personal data in plain text columns other than ``record.data`` and the
operation payloads; the audit log holds ids and counts only.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID = String(36)

server_meta = Table(
    "server_meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)

#: One row. Every push transaction locks it first and takes its log positions from it, so
#: log positions are handed out in commit order: a pull never passes a change that a slower
#: transaction commits later (a database sequence would not guarantee that).
sync_counter = Table(
    "sync_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

app_user = Table(
    "app_user",
    metadata,
    Column("id", ID, primary_key=True),
    Column("login", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", String(40), nullable=False),
)

team = Table(
    "team",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", String(40), nullable=False),
)

team_member = Table(
    "team_member",
    metadata,
    Column("team_id", ID, ForeignKey("team.id"), primary_key=True),
    Column("user_id", ID, ForeignKey("app_user.id"), primary_key=True),
)

#: Who may work on a family file: a team, or a case manager (role ``owner``) and a deputy.
family_access = Table(
    "family_access",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("family_id", ID, nullable=False),
    Column("team_id", ID, ForeignKey("team.id"), nullable=True),
    Column("user_id", ID, ForeignKey("app_user.id"), nullable=True),
    Column("role", String(20), nullable=False),  # team | owner | deputy
    Index("ix_family_access_family_id", "family_id"),
    Index("ix_family_access_team_id", "team_id"),
    Index("ix_family_access_user_id", "user_id"),
)

device = Table(
    "device",
    metadata,
    Column("id", ID, primary_key=True),
    Column("user_id", ID, ForeignKey("app_user.id"), nullable=False),
    Column("name", String(200), nullable=False),
    # SHA-256 of the one-time enrolment code and of the device token: neither is stored.
    Column("enrol_code_hash", String(64), nullable=True),
    Column("enrol_expires_at", String(40), nullable=True),
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("created_at", String(40), nullable=False),
    Column("enrolled_at", String(40), nullable=True),
    Column("revoked_at", String(40), nullable=True),
    Column("last_seen_at", String(40), nullable=True),
    Column("protocol_version", Integer, nullable=True),
    Column("clock_flagged_at", String(40), nullable=True),
)

#: The server's merged copy of each record (JSON documents; see ``domain.sync.RecordState``).
record = Table(
    "record",
    metadata,
    Column("entity_id", ID, primary_key=True),
    Column("entity", String(60), nullable=False),
    Column("data", Text, nullable=False),  # field values
    Column("field_hlc", Text, nullable=False),
    Column("field_seq", Text, nullable=False),
    Column("field_author", Text, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("deleted_hlc", Text, nullable=True),
    Column("conflicts", Text, nullable=False),
    Column("open_conflicts", Integer, nullable=False),
    Column("created_by", ID, nullable=False),
    # The device that wrote every field, when one did: a snapshot for that device leaves
    # such a record out without reading it (the device has it already).
    Column("sole_device", ID, nullable=True),
    # A live family file's case number, for the check that keeps case numbers unique.
    Column("case_number", String(40), nullable=True),
    # Covers the snapshot's scan of a kind in id order: which records to send is decided
    # from the index alone, without reading the (large) rows.
    Index("ix_record_kind_scan", "entity", "entity_id", "deleted", "open_conflicts", "sole_device"),
    Index("ix_record_case_number", "case_number"),
)

#: Which family files a record belongs to: a family id, ``*`` for the office directory,
#: or ``u:<user id>`` for a person not yet in any family file (only its author sees it).
record_scope = Table(
    "record_scope",
    metadata,
    Column("entity_id", ID, primary_key=True),
    Column("scope", String(40), primary_key=True),
    Index("ix_record_scope_scope", "scope"),
)

#: Records that belong to family files through the persons they are about.
record_person = Table(
    "record_person",
    metadata,
    Column("entity_id", ID, primary_key=True),
    Column("person_id", ID, primary_key=True),
    Index("ix_record_person_person_id", "person_id"),
)

#: The server's ordered log; laptops pull it after their cursor.
change = Table(
    "change",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("kind", String(20), nullable=False),  # put | field | delete | conflict | decided
    Column("entity", String(60), nullable=False),
    Column("entity_id", ID, nullable=False),
    Column("field", String(100), nullable=True),
    Column("value", Text, nullable=True),  # JSON
    Column("hlc", Text, nullable=False),
    Column("user_id", ID, nullable=False),
    Column("device_id", ID, nullable=False),
    Column("changed_at", String(40), nullable=False),
    Column("op_id", ID, nullable=True),
)

change_scope = Table(
    "change_scope",
    metadata,
    Column("scope", String(40), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    # A pull reads the scopes of a stretch of the log by position.
    Index("ix_change_scope_seq", "seq", "scope"),
)

#: Every operation received, applied at most once; a repeated push returns ``result``.
op = Table(
    "op",
    metadata,
    Column("op_id", ID, primary_key=True),
    Column("device_id", ID, nullable=False),
    Column("user_id", ID, nullable=False),
    Column("entity", String(60), nullable=False),
    Column("entity_id", ID, nullable=False),
    Column("payload", Text, nullable=False),  # the operation as received (JSON)
    Column("outcome", String(20), nullable=False),
    Column("result", Text, nullable=False),  # JSON, returned on a repeated push
    Column("seq", BigInteger, nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("clock_bounded", Boolean, nullable=False),
    Index("ix_op_entity_id", "entity_id"),
)

#: Scopes (family files, the directory) of which a device has been sent the current state;
#: ``generation`` numbers the snapshot that sent it, so that a snapshot interrupted between
#: two pages resumes with exactly its own scopes.
device_family = Table(
    "device_family",
    metadata,
    Column("device_id", ID, primary_key=True),
    Column("scope", String(40), primary_key=True),
    Column("generation", Integer, nullable=False),
)

#: Who synchronised what and when: ids, counts and outcomes, never a record's content.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("user_id", ID, nullable=True),
    Column("device_id", ID, nullable=True),
    Column("action", String(40), nullable=False),
    Column("detail", Text, nullable=False),  # JSON of ids and counts
    Index("ix_audit_log_at", "at"),
)
