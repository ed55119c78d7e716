"""Initial server schema: merged records, the server log, operations, users, teams, devices,
assignments and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ID = sa.String(length=36)
STAMP = sa.String(length=40)


def upgrade() -> None:
    op.create_table(
        "server_meta",
        sa.Column("key", sa.String(length=100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    sync_counter = op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "app_user",
        sa.Column("id", ID, primary_key=True),
        sa.Column("login", sa.String(length=100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
    )
    op.create_table(
        "team",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.String(length=200), nullable=False, unique=True),
        sa.Column("created_at", STAMP, nullable=False),
    )
    op.create_table(
        "team_member",
        sa.Column("team_id", ID, sa.ForeignKey("team.id"), primary_key=True),
        sa.Column("user_id", ID, sa.ForeignKey("app_user.id"), primary_key=True),
    )
    op.create_table(
        "family_access",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("family_id", ID, nullable=False),
        sa.Column("team_id", ID, sa.ForeignKey("team.id"), nullable=True),
        sa.Column("user_id", ID, sa.ForeignKey("app_user.id"), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
    )
    op.create_index("ix_family_access_family_id", "family_access", ["family_id"])
    op.create_index("ix_family_access_team_id", "family_access", ["team_id"])
    op.create_index("ix_family_access_user_id", "family_access", ["user_id"])
    op.create_table(
        "device",
        sa.Column("id", ID, primary_key=True),
        sa.Column("user_id", ID, sa.ForeignKey("app_user.id"), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("enrol_code_hash", sa.String(length=64), nullable=True),
        sa.Column("enrol_expires_at", STAMP, nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=True, unique=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("enrolled_at", STAMP, nullable=True),
        sa.Column("revoked_at", STAMP, nullable=True),
        sa.Column("last_seen_at", STAMP, nullable=True),
        sa.Column("protocol_version", sa.Integer(), nullable=True),
        sa.Column("clock_flagged_at", STAMP, nullable=True),
    )
    op.create_table(
        "record",
        sa.Column("entity_id", ID, primary_key=True),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("field_hlc", sa.Text(), nullable=False),
        sa.Column("field_seq", sa.Text(), nullable=False),
        sa.Column("field_author", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_hlc", sa.Text(), nullable=True),
        sa.Column("conflicts", sa.Text(), nullable=False),
        sa.Column("open_conflicts", sa.Integer(), nullable=False),
        sa.Column("created_by", ID, nullable=False),
    )
    op.create_index("ix_record_entity", "record", ["entity", "entity_id"])
    op.create_table(
        "record_scope",
        sa.Column("entity_id", ID, primary_key=True),
        sa.Column("scope", sa.String(length=40), primary_key=True),
    )
    op.create_index("ix_record_scope_scope", "record_scope", ["scope"])
    op.create_table(
        "record_person",
        sa.Column("entity_id", ID, primary_key=True),
        sa.Column("person_id", ID, primary_key=True),
    )
    op.create_index("ix_record_person_person_id", "record_person", ["person_id"])
    op.create_table(
        "change",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.Text(), nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("changed_at", STAMP, nullable=False),
        sa.Column("op_id", ID, nullable=True),
    )
    op.create_table(
        "change_scope",
        sa.Column("scope", sa.String(length=40), primary_key=True),
        sa.Column("seq", sa.BigInteger(), primary_key=True),
    )
    op.create_table(
        "op",
        sa.Column("op_id", ID, primary_key=True),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("user_id", ID, nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", ID, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("received_at", STAMP, nullable=False),
        sa.Column("clock_bounded", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_op_entity_id", "op", ["entity_id"])
    op.create_table(
        "device_family",
        sa.Column("device_id", ID, primary_key=True),
        sa.Column("scope", sa.String(length=40), primary_key=True),
        sa.Column("generation", sa.Integer(), nullable=False),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("user_id", ID, nullable=True),
        sa.Column("device_id", ID, nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])

    # The one row that hands out log positions (see server/engine.py).
    op.bulk_insert(sync_counter, [{"id": 1, "value": 0}])


def downgrade() -> None:
    for table in (
        "audit_log",
        "device_family",
        "op",
        "change_scope",
        "change",
        "record_person",
        "record_scope",
        "record",
        "device",
        "family_access",
        "team_member",
        "team",
        "app_user",
        "sync_counter",
        "server_meta",
    ):
        op.drop_table(table)
