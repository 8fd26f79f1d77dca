"""workshop

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 01:00:24.651845
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agenda_item",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_agenda_item_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
        sa.UniqueConstraint("uid", name=op.f("uq_agenda_item_uid")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "cluster",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_cluster_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster")),
        sa.UniqueConstraint("uid", name=op.f("uq_cluster_uid")),
    )
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cluster_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "dot_vote",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("dots_per_person", sa.Integer(), nullable=False),
        sa.Column("by_participant", sa.Boolean(), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_dot_vote_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dot_vote")),
        sa.UniqueConstraint("uid", name=op.f("uq_dot_vote_uid")),
    )
    with op.batch_alter_table("dot_vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dot_vote_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("field_id", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["goal.id"], name=op.f("fk_goal_parent_id_goal"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_goal_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
        sa.UniqueConstraint("uid", name=op.f("uq_goal_uid")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "minutes_export",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_minutes_export_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_export")),
        sa.UniqueConstraint("uid", name=op.f("uq_minutes_export_uid")),
    )
    with op.batch_alter_table("minutes_export", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minutes_export_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "recommendation",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.String(length=20), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_recommendation_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
        sa.UniqueConstraint("uid", name=op.f("uq_recommendation_uid")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "decision",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("votes_yes", sa.Integer(), nullable=True),
        sa.Column("votes_no", sa.Integer(), nullable=True),
        sa.Column("votes_abstain", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_decision_workshop_id_workshop"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("uid", name=op.f("uq_decision_uid")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_decision_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "vote_option",
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "(card_id IS NULL) <> (cluster_id IS NULL)", name=op.f("ck_vote_option_one_target")
        ),
        sa.ForeignKeyConstraint(
            ["card_id"], ["card.id"], name=op.f("fk_vote_option_card_id_card"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["cluster.id"],
            name=op.f("fk_vote_option_cluster_id_cluster"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vote_id"],
            ["dot_vote.id"],
            name=op.f("fk_vote_option_vote_id_dot_vote"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_option")),
        sa.UniqueConstraint("uid", name=op.f("uq_vote_option_uid")),
    )
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_option_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_option_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_vote_option_vote_id"), ["vote_id"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"],
            ["measure.id"],
            name=op.f("fk_milestone_measure_id_measure"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint("uid", name=op.f("uq_milestone_uid")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "vote_dots",
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["vote_option.id"],
            name=op.f("fk_vote_dots_option_id_vote_option"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_vote_dots_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_dots")),
        sa.UniqueConstraint("option_id", "participant_id", name=op.f("uq_vote_dots_option_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_vote_dots_uid")),
    )
    with op.batch_alter_table("vote_dots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_dots_option_id"), ["option_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_vote_dots_participant_id"), ["participant_id"], unique=False
        )

    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(
            "ix_answer_cover", ["respondent_id", "question_id", "value"], unique=False
        )

    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_item_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cluster_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_card_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_card_cluster_id"), ["cluster_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_card_agenda_item_id_agenda_item"),
            "agenda_item",
            ["agenda_item_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_card_cluster_id_cluster"),
            "cluster",
            ["cluster_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("responsible_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("partners", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("resources", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("card_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_measure_card_id"), ["card_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_measure_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_measure_responsible_id"), ["responsible_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_measure_card_id_card"), "card", ["card_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_measure_responsible_id_participant"),
            "participant",
            ["responsible_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_measure_goal_id_goal"), "goal", ["goal_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_measure_goal_id_goal"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_measure_responsible_id_participant"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_measure_card_id_card"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_measure_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_measure_goal_id"))
        batch_op.drop_index(batch_op.f("ix_measure_card_id"))
        batch_op.drop_column("card_id")
        batch_op.drop_column("resources")
        batch_op.drop_column("partners")
        batch_op.drop_column("responsible_id")
        batch_op.drop_column("goal_id")

    with op.batch_alter_table("card", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_card_cluster_id_cluster"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_card_agenda_item_id_agenda_item"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_card_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_card_agenda_item_id"))
        batch_op.drop_column("cluster_id")
        batch_op.drop_column("agenda_item_id")

    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index("ix_answer_cover")

    with op.batch_alter_table("vote_dots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_dots_participant_id"))
        batch_op.drop_index(batch_op.f("ix_vote_dots_option_id"))

    op.drop_table("vote_dots")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_measure_id"))

    op.drop_table("milestone")
    with op.batch_alter_table("vote_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_option_vote_id"))
        batch_op.drop_index(batch_op.f("ix_vote_option_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_vote_option_card_id"))

    op.drop_table("vote_option")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_decision_agenda_item_id"))

    op.drop_table("decision")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_workshop_id"))

    op.drop_table("recommendation")
    with op.batch_alter_table("minutes_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_export_workshop_id"))

    op.drop_table("minutes_export")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_goal_parent_id"))

    op.drop_table("goal")
    with op.batch_alter_table("dot_vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dot_vote_workshop_id"))

    op.drop_table("dot_vote")
    with op.batch_alter_table("cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_workshop_id"))

    op.drop_table("cluster")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_workshop_id"))

    op.drop_table("agenda_item")
