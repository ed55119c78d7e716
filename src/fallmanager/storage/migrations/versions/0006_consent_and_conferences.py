"""Consents and their withdrawals, case conferences with topics and agreed steps, and the
disclosure log of documents that left the application.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from fallmanager.storage.ddl import bookkeeping_columns, deferred_ref, guard_triggers

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

TABLES = (
    "consent",
    "consent_withdrawal",
    "case_conference",
    "conference_topic",
    "agreed_step",
    "disclosure",
)
#: A withdrawal and a logged disclosure are facts: never changed, never tombstoned.
APPEND_ONLY_TABLES = ("consent_withdrawal", "disclosure")


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("subject_ids", sa.Text(), nullable=False),
        sa.Column("given_by_ids", sa.Text(), nullable=False),
        sa.Column("recipient_actor_ids", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("form", sa.Text(), nullable=False),
        sa.Column("witness", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("interpreter_present", sa.Boolean(), nullable=False),
        sa.Column("prepared_on", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Text(), nullable=True),
        sa.Column("expires_on", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("family_id", "family_file"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consent_expires_on", "consent", ["status", "expires_on"], unique=False)
    op.create_index("ix_consent_family_id", "consent", ["family_id"], unique=False)
    op.create_table(
        "consent_withdrawal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("consent_id", sa.String(length=36), nullable=False),
        sa.Column("withdrawn_on", sa.Text(), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("recipient_actor_ids", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("purposes", sa.Text(), nullable=False),
        sa.Column("declared_by_ids", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("consent_id", "consent"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_consent_withdrawal_consent_id", "consent_withdrawal", ["consent_id"], unique=False
    )
    op.create_table(
        "case_conference",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("starts_at", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("video_link", sa.Text(), nullable=False),
        sa.Column("initiator_actor_id", sa.String(length=36), nullable=True),
        sa.Column("participant_actor_ids", sa.Text(), nullable=False),
        sa.Column("participant_person_ids", sa.Text(), nullable=False),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("case_label", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("family_id", "family_file"),
        deferred_ref("initiator_actor_id", "actor"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_case_conference_family_id", "case_conference", ["family_id"], unique=False)
    op.create_index(
        "ix_case_conference_initiator_actor_id",
        "case_conference",
        ["initiator_actor_id"],
        unique=False,
    )
    op.create_table(
        "conference_topic",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("conference_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("goal_ids", sa.Text(), nullable=False),
        sa.Column("lead_actor_id", sa.String(length=36), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("conference_id", "case_conference"),
        deferred_ref("lead_actor_id", "actor"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_conference_topic_conference_id", "conference_topic", ["conference_id"], unique=False
    )
    op.create_index(
        "ix_conference_topic_lead_actor_id", "conference_topic", ["lead_actor_id"], unique=False
    )
    op.create_table(
        "agreed_step",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("topic_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("responsible_actor_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_is_family", sa.Boolean(), nullable=False),
        sa.Column("due_on", sa.Text(), nullable=True),
        sa.Column("outcome_goal_id", sa.String(length=36), nullable=True),
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("task_id", sa.String(length=36), nullable=True),
        *bookkeeping_columns(),
        deferred_ref("topic_id", "conference_topic"),
        deferred_ref("responsible_actor_id", "actor"),
        deferred_ref("outcome_goal_id", "help_plan_goal"),
        deferred_ref("activity_id", "help_plan_goal"),
        deferred_ref("task_id", "task"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agreed_step_activity_id", "agreed_step", ["activity_id"], unique=False)
    op.create_index(
        "ix_agreed_step_outcome_goal_id", "agreed_step", ["outcome_goal_id"], unique=False
    )
    op.create_index(
        "ix_agreed_step_responsible_actor_id", "agreed_step", ["responsible_actor_id"], unique=False
    )
    op.create_index("ix_agreed_step_task_id", "agreed_step", ["task_id"], unique=False)
    op.create_index("ix_agreed_step_topic_id", "agreed_step", ["topic_id"], unique=False)
    op.create_table(
        "disclosure",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("disclosed_at", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("recipient_kind", sa.Text(), nullable=False),
        sa.Column("recipient_actor_id", sa.String(length=36), nullable=True),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("consent_ids", sa.Text(), nullable=False),
        sa.Column("conference_id", sa.String(length=36), nullable=True),
        sa.Column("anonymised", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("language", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *bookkeeping_columns(),
        deferred_ref("family_id", "family_file"),
        deferred_ref("recipient_actor_id", "actor"),
        deferred_ref("conference_id", "case_conference"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_disclosure_conference_id", "disclosure", ["conference_id"], unique=False)
    op.create_index("ix_disclosure_family_id", "disclosure", ["family_id"], unique=False)
    op.create_index(
        "ix_disclosure_recipient_actor_id", "disclosure", ["recipient_actor_id"], unique=False
    )
    for table in TABLES:
        for statement in guard_triggers(table):
            op.execute(statement)
    for table in APPEND_ONLY_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'fallmanager: records of this kind are append-only'); END"
        )


def downgrade() -> None:
    raise NotImplementedError("vaults are never downgraded; restore a backup instead")
