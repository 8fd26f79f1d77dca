"""Results of a round: the evaluation, and the consensus the group agreed per field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.rounding import rounded_within
from weltoffen_desktop.domain.scoring import Rating, RoundResult, compare, evaluate, stage_for
from weltoffen_desktop.operations.catalogue import catalogue_of
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.operations.rounds import find_round
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Answer, Consensus, Respondent, Round

MAX_REASON = 2000


@dataclass(frozen=True)
class ConsensusInfo:
    score: float | None
    stage: int
    reason: str


@dataclass(frozen=True)
class RoundReport:
    round_name: str
    catalogue: Catalogue
    result: RoundResult
    consensus: dict[str, ConsensusInfo]
    ratings: tuple[Rating, ...]  # what the result was computed from (charts count them)


def ratings_of(session: Session, round_id: int) -> list[Rating]:
    # Plain rows through the connection: the ORM's per-row work would double the time.
    rows = session.connection().execute(
        select(Respondent.code, Answer.question_id, Answer.value)
        .join(Answer, Answer.respondent_id == Respondent.id)
        .where(Respondent.round_id == round_id)
    )
    return list(map(Rating._make, rows))


def round_report(ws: Workspace, round_name: str) -> RoundReport:
    with ws.read() as session:
        round_ = find_round(session, round_name)
        catalogue = catalogue_of(round_.catalogue)
        ratings = tuple(ratings_of(session, round_.id))
        consensus = {
            c.field_id: ConsensusInfo(c.score, c.stage or 0, c.reason)
            for c in session.scalars(select(Consensus).where(Consensus.round_id == round_.id))
        }
    return RoundReport(round_.name, catalogue, evaluate(catalogue, ratings), consensus, ratings)


def set_consensus(
    ws: Workspace,
    round_name: str,
    field_id: str,
    *,
    reason: str,
    score: float | None = None,
    stage: int | None = None,
) -> None:
    """Record the group's agreed score (its stage follows) or stage for a field."""
    with ws.write() as session:
        set_consensus_in(
            session,
            find_round(session, round_name),
            field_id,
            reason=reason,
            score=score,
            stage=stage,
        )


def set_consensus_in(
    session: Session,
    round_: Round,
    field_id: str,
    *,
    reason: str,
    score: float | None = None,
    stage: int | None = None,
) -> None:
    """``set_consensus`` inside a write."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput("reason_empty", "A consensus needs a reason.")
    if len(reason) > MAX_REASON:
        raise InvalidInput("reason_too_long", f"The reason is longer than {MAX_REASON} characters.")
    if (score is None) == (stage is None):
        raise InvalidInput("consensus_choice", "Give either an agreed score or an agreed stage.")
    catalogue = catalogue_of(round_.catalogue)
    if field_id not in {f.id for f in catalogue.fields}:
        raise InvalidInput("field_unknown", f"Unknown field {field_id!r}.")
    if score is not None:
        if not 0 <= score <= 100:
            raise InvalidInput("score_out_of_range", "The score must be between 0 and 100.")
        stage = stage_for(score, catalogue.thresholds)
    elif not 1 <= stage <= len(catalogue.stages):  # type: ignore[operator]
        raise InvalidInput(
            "stage_out_of_range", f"The stage must be between 1 and {len(catalogue.stages)}."
        )
    existing = session.scalars(
        select(Consensus).where(Consensus.round_id == round_.id, Consensus.field_id == field_id)
    ).one_or_none()
    if existing is None:
        existing = Consensus(round_id=round_.id, field_id=field_id, reason=reason)
        session.add(existing)
    existing.score, existing.stage, existing.reason = score, stage, reason


def clear_consensus(ws: Workspace, round_name: str, field_id: str) -> None:
    with ws.write() as session:
        round_ = find_round(session, round_name)
        existing = session.scalars(
            select(Consensus).where(Consensus.round_id == round_.id, Consensus.field_id == field_id)
        ).one_or_none()
        if existing is not None:
            session.delete(existing)


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _shown(value: float | None, thresholds: Sequence[float]) -> float | None:
    """Rounded like ``_rounded``, but never across a threshold (49.96 stays below 50)."""
    return None if value is None else rounded_within(value, thresholds)[0]


def report_as_dict(report: RoundReport, language: str = "de") -> dict[str, Any]:
    """The stable machine form printed by `weltoffen results --json`."""
    catalogue = report.catalogue
    disagreement = [catalogue.disagreement_threshold]

    def stage_name(stage: int | None) -> str | None:
        return None if stage is None else catalogue.stage_name(stage, language)

    fields = []
    for field, result in zip(catalogue.fields, report.result.fields, strict=True):
        agreed = report.consensus.get(field.id)
        fields.append(
            {
                "id": field.id,
                "name": field.name.get(language),
                "score": _shown(result.score, catalogue.thresholds),
                "stage": result.stage,
                "stage_name": stage_name(result.stage),
                "respondents": result.respondents,
                "answers": result.answers,
                "skipped_share": _rounded(result.skipped_share, 3),
                "spread": _shown(result.spread, disagreement),
                "disagreement": result.disagreement,
                "consensus": None
                if agreed is None
                else {
                    "score": _shown(agreed.score, catalogue.thresholds),
                    "stage": agreed.stage,
                    "stage_name": stage_name(agreed.stage),
                    "reason": agreed.reason,
                },
            }
        )
    overall = report.result
    return {
        "round": report.round_name,
        "catalogue_version": f"{catalogue.key} {catalogue.version}",
        "fields": fields,
        "overall": {
            "score": _shown(overall.overall_score, catalogue.thresholds),
            "stage": overall.overall_stage,
            "stage_name": stage_name(overall.overall_stage),
        },
    }


def comparison_as_dict(before: RoundReport, after: RoundReport) -> dict[str, Any]:
    """Per field, the change from an earlier round to this one (machine form)."""
    return {
        "round": before.round_name,
        "fields": [
            {
                "id": change.field_id,
                "score_before": _rounded(change.score_before),
                "score_delta": _rounded(change.score_delta),
                "stage_before": change.stage_before,
                "stage_delta": change.stage_delta,
            }
            for change in compare(before.result, after.result)
        ],
    }
