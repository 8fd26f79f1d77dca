"""Every table of a workspace file. Alembic reads ``Base.metadata`` from here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from weltoffen_desktop.domain.workshop import Attendance, CardKind, MeasureStatus

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _enum(cls: type) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every record has: a local id and a UUID that survives merging."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)


class Municipality(Record, Base):
    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(200))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)


class CatalogueVersion(Record, Base):
    """An immutable catalogue document; rounds keep the one they were answered with."""

    __tablename__ = "catalogue_version"
    __table_args__ = (UniqueConstraint("key", "version"),)

    key: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    document: Mapped[str] = mapped_column(Text, deferred=True)  # loaded only when parsed
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class Round(Record, Base):
    __tablename__ = "round"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    catalogue_id: Mapped[int] = mapped_column(
        ForeignKey("catalogue_version.id", ondelete="RESTRICT")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    catalogue: Mapped[CatalogueVersion] = relationship()
    respondents: Mapped[list[Respondent]] = relationship(
        back_populates="round", cascade="all, delete-orphan", passive_deletes=True
    )


class Respondent(Record, Base):
    """Someone who answered, known by a code and role only, never by name."""

    __tablename__ = "respondent"
    __table_args__ = (UniqueConstraint("round_id", "code"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")

    round: Mapped[Round] = relationship(back_populates="respondents")


class Answer(Record, Base):
    """One rating; ``value`` is NULL when the respondent skipped the question."""

    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("respondent_id", "question_id"),
        # covering index: a round's answers are read without touching the table
        Index("ix_answer_cover", "respondent_id", "question_id", "value"),
    )

    respondent_id: Mapped[int] = mapped_column(
        ForeignKey("respondent.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(50))
    value: Mapped[int | None]
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Consensus(Record, Base):
    """A field's score or stage agreed by the group, with the reason; the computed one stays."""

    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("round_id", "field_id"),)

    round_id: Mapped[int] = mapped_column(ForeignKey("round.id", ondelete="CASCADE"), index=True)
    field_id: Mapped[str] = mapped_column(String(20))
    score: Mapped[float | None]
    stage: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


def _workshop_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)


def _optional_fk(target: str) -> Mapped[int | None]:
    return mapped_column(ForeignKey(target, ondelete="SET NULL"), index=True)


class Workshop(Record, Base):
    __tablename__ = "workshop"

    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    moderator: Mapped[str] = mapped_column(String(200), default="")
    minute_taker: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    round_id: Mapped[int | None] = mapped_column(ForeignKey("round.id", ondelete="SET NULL"))


class Participant(Record, Base):
    __tablename__ = "participant"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    attendance: Mapped[Attendance] = mapped_column(_enum(Attendance), default=Attendance.PRESENT)


class AgendaItem(Record, Base):
    """A point of the agenda (Tagesordnung); ``notes`` hold the course of discussion."""

    __tablename__ = "agenda_item"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    planned_minutes: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class Cluster(Record, Base):
    """A named group of cards on the pin board."""

    __tablename__ = "cluster"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))


class Card(Record, Base):
    __tablename__ = "card"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    kind: Mapped[CardKind] = mapped_column(_enum(CardKind))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    field_id: Mapped[str | None] = mapped_column(String(20))
    agenda_item_id: Mapped[int | None] = _optional_fk("agenda_item.id")
    cluster_id: Mapped[int | None] = _optional_fk("cluster.id")


class DotVote(Record, Base):
    """A Punktabfrage; dots are entered per participant or, if not, as totals per option."""

    __tablename__ = "dot_vote"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    dots_per_person: Mapped[int]
    by_participant: Mapped[bool] = mapped_column(default=True)
    revealed: Mapped[bool] = mapped_column(default=False)


class VoteOption(Record, Base):
    """A card or a cluster put to the vote; ``total`` holds the dots when not per participant."""

    __tablename__ = "vote_option"
    __table_args__ = (
        CheckConstraint("(card_id IS NULL) <> (cluster_id IS NULL)", name="one_target"),
    )

    vote_id: Mapped[int] = mapped_column(ForeignKey("dot_vote.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    card_id: Mapped[int | None] = mapped_column(
        ForeignKey("card.id", ondelete="CASCADE"), index=True
    )
    cluster_id: Mapped[int | None] = mapped_column(
        ForeignKey("cluster.id", ondelete="CASCADE"), index=True
    )
    total: Mapped[int] = mapped_column(default=0)


class VoteDots(Record, Base):
    """The dots one participant stuck on one option (stacking allowed)."""

    __tablename__ = "vote_dots"
    __table_args__ = (UniqueConstraint("option_id", "participant_id"),)

    option_id: Mapped[int] = mapped_column(
        ForeignKey("vote_option.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    dots: Mapped[int]


class Recommendation(Record, Base):
    """A Handlungsempfehlung, usually for one Handlungsfeld."""

    __tablename__ = "recommendation"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    field_id: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)


class Decision(Record, Base):
    """A decision in its exact wording, with the vote result where there was a vote."""

    __tablename__ = "decision"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    agenda_item_id: Mapped[int | None] = _optional_fk("agenda_item.id")
    wording: Mapped[str] = mapped_column(Text)
    votes_yes: Mapped[int | None]
    votes_no: Mapped[int | None]
    votes_abstain: Mapped[int | None]


class Goal(Record, Base):
    """A Hauptziel (no parent) or a Handlungsziel (parent is a Hauptziel)."""

    __tablename__ = "goal"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    field_id: Mapped[str | None] = mapped_column(String(20))


class Measure(Record, Base):
    __tablename__ = "measure"

    workshop_id: Mapped[int] = _workshop_fk()
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    goal_id: Mapped[int | None] = _optional_fk("goal.id")
    responsible_id: Mapped[int | None] = _optional_fk("participant.id")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    resources: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MeasureStatus] = mapped_column(_enum(MeasureStatus), default=MeasureStatus.OPEN)
    field_id: Mapped[str | None] = mapped_column(String(20))
    card_id: Mapped[int | None] = _optional_fk("card.id")


class Milestone(Record, Base):
    __tablename__ = "milestone"

    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)


class MinutesExport(Record, Base):
    """A minutes PDF written out: where, when, and its SHA-256 at that moment."""

    __tablename__ = "minutes_export"

    workshop_id: Mapped[int] = _workshop_fk()
    file_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    sha256: Mapped[str] = mapped_column(String(64))
