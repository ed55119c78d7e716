"""Two columns of ``record`` that spare reading its JSON: the device that wrote every field
(a snapshot for that device leaves such a record out) and a live family file's case number
(indexed, for the check that keeps case numbers unique). The index by kind and id now covers
what a snapshot decides by, so its scan never reads the rows themselves; the scopes of the
log are indexed by position, for the pulls.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    op.add_column("record", sa.Column("sole_device", sa.String(length=36), nullable=True))
    op.add_column("record", sa.Column("case_number", sa.String(length=40), nullable=True))
    op.create_index("ix_record_case_number", "record", ["case_number"])
    record = sa.table(
        "record",
        sa.column("entity_id", sa.String),
        sa.column("entity", sa.String),
        sa.column("data", sa.Text),
        sa.column("field_author", sa.Text),
        sa.column("deleted", sa.Boolean),
        sa.column("sole_device", sa.String),
        sa.column("case_number", sa.String),
    )
    conn = op.get_bind()
    after = ""
    while True:
        rows = conn.execute(
            sa.select(
                record.c.entity_id,
                record.c.entity,
                record.c.data,
                record.c.field_author,
                record.c.deleted,
            )
            .where(record.c.entity_id > after)
            .order_by(record.c.entity_id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        updates = []
        for row in rows:
            # An author is stored as [user, device, changed at].
            devices = {author[1] for author in json.loads(row.field_author).values()}
            number = json.loads(row.data).get("case_number")
            live_family = row.entity == "family_file" and not row.deleted
            updates.append(
                {
                    "target": row.entity_id,
                    "device": devices.pop() if len(devices) == 1 else None,
                    "number": number if live_family and isinstance(number, str) else None,
                }
            )
        conn.execute(
            record.update()
            .where(record.c.entity_id == sa.bindparam("target"))
            .values(sole_device=sa.bindparam("device"), case_number=sa.bindparam("number")),
            updates,
        )
        after = rows[-1].entity_id
    op.create_index("ix_change_scope_seq", "change_scope", ["seq", "scope"])
    op.drop_index("ix_record_entity", table_name="record")
    op.create_index(
        "ix_record_kind_scan",
        "record",
        ["entity", "entity_id", "deleted", "open_conflicts", "sole_device"],
    )


def downgrade() -> None:
    op.drop_index("ix_change_scope_seq", table_name="change_scope")
    op.drop_index("ix_record_kind_scan", table_name="record")
    op.create_index("ix_record_entity", "record", ["entity", "entity_id"])
    op.drop_index("ix_record_case_number", table_name="record")
    with op.batch_alter_table("record") as batch:
        batch.drop_column("case_number")
        batch.drop_column("sole_device")
