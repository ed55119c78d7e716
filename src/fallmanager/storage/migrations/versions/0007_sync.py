"""The laptop's bookkeeping of office sync: which server log position each local
transaction had seen, which transactions are not sent (pulled pages, conflict decisions),
open conflicts, rejected changes, values that lost to a later edit, pulled records waiting
for the records they refer to.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_tx_base",
        sa.Column("tx_id", sa.String(length=36), nullable=False),
        sa.Column("base_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tx_id"),
    )
    op.create_table(
        "sync_quiet_tx",
        sa.Column("tx_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tx_id"),
    )
    op.create_table(
        "sync_resolution",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("conflict_key", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hlc", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("after_seq", sa.Integer(), nullable=False),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("conflict_key", sa.Text(), nullable=False),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.Column("users", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.Text(), nullable=False),
        sa.Column("decided", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_entity_id", "sync_conflict", ["entity_id"], unique=False)
    op.create_table(
        "sync_rejected",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("dismissed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("op_id", name="uq_sync_rejected_op_id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_superseded",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("my_value", sa.Text(), nullable=True),
        sa.Column("winning_value", sa.Text(), nullable=True),
        sa.Column("winning_user", sa.Text(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("op_id", name="uq_sync_superseded_op_id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_parked",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_parked_entity_id", "sync_parked", ["entity_id"], unique=False)


def downgrade() -> None:
    for table in (
        "sync_parked",
        "sync_superseded",
        "sync_rejected",
        "sync_conflict",
        "sync_resolution",
        "sync_quiet_tx",
        "sync_tx_base",
    ):
        op.drop_table(table)
