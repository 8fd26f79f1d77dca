"""A read-only overview of a workspace for the Übersicht page and `weltoffen info`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import (
    Answer,
    Card,
    CatalogueVersion,
    Measure,
    Municipality,
    Participant,
    Respondent,
    Round,
    Workshop,
)


@dataclass(frozen=True)
class RoundSummary:
    name: str
    catalogue: str
    respondents: int
    answers: int


@dataclass(frozen=True)
class WorkshopSummary:
    title: str
    date: dt.date | None
    participants: int
    cards: int
    measures: int


@dataclass(frozen=True)
class WorkspaceSummary:
    municipality: str
    logo: bytes | None
    rounds: tuple[RoundSummary, ...]
    workshops: tuple[WorkshopSummary, ...]


def _count_by(session: Session, column: Any, group: Any) -> dict[int, int]:
    return dict(session.execute(select(group, func.count(column)).group_by(group)).all())


def summarize(ws: Workspace) -> WorkspaceSummary:
    with ws.read() as session:
        municipality = session.scalars(select(Municipality)).one()
        respondents = _count_by(session, Respondent.id, Respondent.round_id)
        answers = dict(
            session.execute(
                select(Respondent.round_id, func.count(Answer.id))
                .join(Answer, Answer.respondent_id == Respondent.id)
                .group_by(Respondent.round_id)
            ).all()
        )
        rounds = tuple(
            RoundSummary(
                name=r.name,
                catalogue=f"{key} {version}",
                respondents=respondents.get(r.id, 0),
                answers=answers.get(r.id, 0),
            )
            for r, key, version in session.execute(
                select(Round, CatalogueVersion.key, CatalogueVersion.version)
                .join(CatalogueVersion)
                .order_by(Round.created_at, Round.id)
            ).all()
        )
        participants = _count_by(session, Participant.id, Participant.workshop_id)
        cards = _count_by(session, Card.id, Card.workshop_id)
        measures = _count_by(session, Measure.id, Measure.workshop_id)
        workshops = tuple(
            WorkshopSummary(
                title=w.title,
                date=w.date,
                participants=participants.get(w.id, 0),
                cards=cards.get(w.id, 0),
                measures=measures.get(w.id, 0),
            )
            for w in session.scalars(select(Workshop).order_by(Workshop.date, Workshop.id))
        )
        return WorkspaceSummary(
            municipality=municipality.name,
            logo=municipality.logo,
            rounds=rounds,
            workshops=workshops,
        )
