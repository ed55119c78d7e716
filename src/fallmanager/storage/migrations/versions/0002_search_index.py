"""Search index: FTS5 documents per person and family file, and duplicate-check keys.

The index holds folded names only and is derived from the records; the vault rebuilds it
whenever ``search_index_version`` in ``vault_meta`` differs from the code's version.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_name_key",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_person_name_key_name_key", "person_name_key", ["name_key"], unique=False)
    op.create_index("ix_person_name_key_person_id", "person_name_key", ["person_id"], unique=False)
    op.create_table(
        "search_doc",
        sa.Column("rowid", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("rowid"),
        sa.UniqueConstraint("entity_id"),
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "names, variants, numbers, spelled UNINDEXED, "
        "tokenize = 'unicode61', prefix = '1 2 3 4')"
    )
    op.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('search_index_version', '0') "
        "ON CONFLICT (key) DO UPDATE SET value = '0'"
    )


def downgrade() -> None:
    raise NotImplementedError("a vault is never downgraded; restore a backup instead")
