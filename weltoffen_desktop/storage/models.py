"""Every table of a workspace file. Alembic reads ``Base.metadata`` from here."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Date,
    DateTime,
    Enum,
    ForeignKey,
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
    __table_args__ = (UniqueConstraint("respondent_id", "question_id"),)

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

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    attendance: Mapped[Attendance] = mapped_column(_enum(Attendance), default=Attendance.PRESENT)


class Card(Record, Base):
    __tablename__ = "card"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[CardKind] = mapped_column(_enum(CardKind))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    field_id: Mapped[str | None] = mapped_column(String(20))


class Measure(Record, Base):
    __tablename__ = "measure"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    indicator: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MeasureStatus] = mapped_column(_enum(MeasureStatus), default=MeasureStatus.OPEN)
    field_id: Mapped[str | None] = mapped_column(String(20))
