"""Records of the individual help plan: versions, needs, goals, residence requirements,
reviews, translations of free text, and the case managers' own catalogue phrases.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fallmanager.storage.ddl import bookkeeping_columns, deferred_ref, guard_triggers

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLES = (
    "help_plan_version",
    "need_assessment",
    "help_plan_goal",
    "residence_requirement",
    "help_plan_review",
    "text_translation",
    "catalogue_phrase",
)


def upgrade() -> None:
    op.create_table(
        "help_plan_version",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("drawn_up_on", sa.Text(), nullable=False),
        sa.Column("participant_ids", sa.Text(), nullable=False),
        sa.Column("participant_actor_ids", sa.Text(), nullable=False),
        sa.Column("other_participants", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Text(), nullable=True),
        sa.Column("review_on", sa.Text(), nullable=True),
        sa.Column("family_language", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Text(), nullable=True),
        sa.Column("signed_by_ids", sa.Text(), nullable=False),
        sa.Column("signed_by_case_manager", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("family_id", "family_file"),
        deferred_ref("previous_id", "help_plan_version"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_help_plan_version_family_id", "help_plan_version", ["family_id"], unique=False
    )
    op.create_index(
        "ix_help_plan_version_previous_id", "help_plan_version", ["previous_id"], unique=False
    )
    op.create_index(
        "ix_help_plan_version_review_on", "help_plan_version", ["status", "review_on"], unique=False
    )
    op.create_table(
        "need_assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("domain", sa.Text(), nullable=False),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("level", sa.Text(), nullable=True),
        sa.Column("origin_id", sa.String(length=36), nullable=True),
        *bookkeeping_columns(),
        deferred_ref("version_id", "help_plan_version"),
        deferred_ref("person_id", "person"),
        deferred_ref("origin_id", "need_assessment"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_need_assessment_origin_id", "need_assessment", ["origin_id"], unique=False)
    op.create_index("ix_need_assessment_person_id", "need_assessment", ["person_id"], unique=False)
    op.create_index(
        "ix_need_assessment_version_id", "need_assessment", ["version_id"], unique=False
    )
    op.create_table(
        "help_plan_goal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("level", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("catalogue_id", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("domains", sa.Text(), nullable=False),
        sa.Column("responsible_actor_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_is_family", sa.Boolean(), nullable=False),
        sa.Column("due_on", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("drop_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("origin_id", sa.String(length=36), nullable=True),
        *bookkeeping_columns(),
        deferred_ref("version_id", "help_plan_version"),
        deferred_ref("parent_id", "help_plan_goal"),
        deferred_ref("responsible_actor_id", "actor"),
        deferred_ref("origin_id", "help_plan_goal"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_help_plan_goal_due_on",
        "help_plan_goal",
        ["status", "due_on", "level", "deleted", "version_id", "position"],
        unique=False,
    )
    op.create_index("ix_help_plan_goal_origin_id", "help_plan_goal", ["origin_id"], unique=False)
    op.create_index("ix_help_plan_goal_parent_id", "help_plan_goal", ["parent_id"], unique=False)
    op.create_index(
        "ix_help_plan_goal_responsible_actor_id",
        "help_plan_goal",
        ["responsible_actor_id"],
        unique=False,
    )
    op.create_index("ix_help_plan_goal_version_id", "help_plan_goal", ["version_id"], unique=False)
    op.create_table(
        "residence_requirement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("catalogue_id", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("origin_id", sa.String(length=36), nullable=True),
        *bookkeeping_columns(),
        deferred_ref("version_id", "help_plan_version"),
        deferred_ref("person_id", "person"),
        deferred_ref("origin_id", "residence_requirement"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_residence_requirement_origin_id", "residence_requirement", ["origin_id"], unique=False
    )
    op.create_index(
        "ix_residence_requirement_person_id", "residence_requirement", ["person_id"], unique=False
    )
    op.create_index(
        "ix_residence_requirement_version_id", "residence_requirement", ["version_id"], unique=False
    )
    op.create_table(
        "help_plan_review",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Text(), nullable=False),
        sa.Column("achieved", sa.Text(), nullable=False),
        sa.Column("participant_ids", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("version_id", "help_plan_version"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_help_plan_review_version_id", "help_plan_review", ["version_id"], unique=False
    )
    op.create_table(
        "text_translation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        *bookkeeping_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_text_translation_owner_id", "text_translation", ["owner_id"], unique=False)
    op.create_table(
        "catalogue_phrase",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("domain", sa.Text(), nullable=True),
        sa.Column("wording", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_help_plan_version_running",
        "help_plan_version",
        ["id", "status", "deleted", "family_id"],
        unique=False,
    )
    op.create_index(
        "ix_family_file_open",
        "family_file",
        ["id", "deleted", "status", "case_number"],
        unique=False,
    )
    for table in TABLES:
        for statement in guard_triggers(table):
            op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("vaults are never downgraded; restore a backup instead")
