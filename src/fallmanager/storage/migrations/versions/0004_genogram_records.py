"""Records for the genogram: twins, emotional relations and manual layout nudges.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fallmanager.storage.ddl import bookkeeping_columns, deferred_ref, guard_triggers

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "twin_bond",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_a_id", sa.String(length=36), nullable=False),
        sa.Column("person_b_id", sa.String(length=36), nullable=False),
        sa.Column("identical", sa.Boolean(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("person_a_id", "person"),
        deferred_ref("person_b_id", "person"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "emotional_relation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("person_a_id", sa.String(length=36), nullable=False),
        sa.Column("person_b_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("person_a_id", "person"),
        deferred_ref("person_b_id", "person"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "genogram_nudge",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("dx_mm", sa.Float(), nullable=False),
        sa.Column("dy_mm", sa.Float(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("family_id", "family_file"),
        deferred_ref("person_id", "person"),
        sa.PrimaryKeyConstraint("id"),
    )
    for table, columns in (
        ("twin_bond", ("person_a_id", "person_b_id")),
        ("emotional_relation", ("person_a_id", "person_b_id")),
        ("genogram_nudge", ("family_id", "person_id")),
    ):
        for column in columns:
            op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
        for statement in guard_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("vaults are never downgraded; restore a backup instead")
