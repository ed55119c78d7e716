"""Indexes for the desktop's "Heute" lists: due tasks, visits by date, current statuses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_task_done_due_on", "task", ["done", "due_on"], unique=False)
    op.create_index(
        "ix_visit_family_id_occurred_at", "visit", ["family_id", "occurred_at"], unique=False
    )
    op.create_index("ix_visit_occurred_at", "visit", ["occurred_at"], unique=False)
    op.create_index(
        "ix_residence_status_person_period",
        "residence_status",
        ["person_id", "deleted", "valid_from", "valid_until"],
        unique=False,
    )


def downgrade() -> None:
    raise NotImplementedError("vaults are never downgraded; restore a backup instead")
