"""consensus

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 22:55:40.255404
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consensus",
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("stage", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["round.id"], name=op.f("fk_consensus_round_id_round"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consensus")),
        sa.UniqueConstraint("round_id", "field_id", name=op.f("uq_consensus_round_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_consensus_uid")),
    )
    with op.batch_alter_table("consensus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consensus_round_id"), ["round_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consensus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consensus_round_id"))

    op.drop_table("consensus")
