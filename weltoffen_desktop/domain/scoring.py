"""Evaluation rules of the self-check: field scores, stages, spread and round comparison.

A respondent's score in a field is 100 × the mean of value / scale max over the questions
they answered there; skipped answers ("weiß nicht") are left out, and a respondent who
answered nothing in a field does not count for it. A field's score is the mean of its
respondents' scores, the overall score the mean of the field scores that exist.

Means and variances are computed exactly (as fractions) and converted to float once, so a
score that is exactly 50 comes out as 50.0 and falls in the stage it belongs to. Nothing
is rounded here; that is the presentation's job.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import NamedTuple, TypeVar

from weltoffen_desktop.domain.catalogue import Catalogue


class Rating(NamedTuple):
    """One answer of one respondent; ``value`` None means skipped ("weiß nicht").

    A named tuple, not a dataclass: a round has tens of thousands of ratings, and a tuple
    is made from a database row several times faster."""

    respondent: str
    question_id: str
    value: int | None


@dataclass(frozen=True)
class FieldResult:
    field_id: str
    score: float | None  # None if no respondent counts for the field
    stage: int | None  # 1..len(thresholds)+1, None if score is None
    respondents: int  # respondents who answered at least one question of the field
    answers: int  # non-skipped ratings in the field
    skipped: int  # skipped ratings in the field
    skipped_share: float  # skipped / (answers + skipped); 0.0 if both are 0
    spread: float | None  # population standard deviation of the respondent scores
    disagreement: bool  # spread is not None and spread >= catalogue.disagreement_threshold


@dataclass(frozen=True)
class RoundResult:
    fields: tuple[FieldResult, ...]  # in catalogue field order, one per catalogue field
    overall_score: float | None
    overall_stage: int | None


@dataclass(frozen=True)
class FieldChange:
    field_id: str
    score_before: float | None
    score_after: float | None
    score_delta: float | None  # None if either score is missing
    stage_before: int | None
    stage_after: int | None
    stage_delta: int | None  # None if either stage is missing


def stage_for(score: float, thresholds: Sequence[float]) -> int:
    """1 + the number of thresholds that are <= ``score``."""
    return 1 + sum(1 for threshold in thresholds if threshold <= score)


# Per field: number of answered questions -> [respondents, sum of their sums, sum of squares].
_Groups = dict[int, list[int]]


def evaluate(catalogue: Catalogue, ratings: Iterable[Rating]) -> RoundResult:
    """Evaluate one round; raises ValueError for unknown questions, bad values, duplicates."""
    field_index = {
        question.id: index
        for index, field in enumerate(catalogue.fields)
        for question in field.questions
    }
    field_count = len(catalogue.fields)
    scale_max = catalogue.scale.max
    skipped = [0] * field_count
    # respondent -> (questions rated, value sum per field, answered questions per field)
    per_respondent: dict[str, tuple[set[str], list[int], list[int]]] = {}
    for rating in ratings:
        respondent, question_id, value = rating.respondent, rating.question_id, rating.value
        index = field_index.get(question_id)
        if index is None:
            raise ValueError(
                f"respondent {respondent!r}: question {question_id!r} is not in the catalogue"
            )
        state = per_respondent.get(respondent)
        if state is None:
            state = per_respondent[respondent] = (set(), [0] * field_count, [0] * field_count)
        rated, sums, counts = state
        if question_id in rated:
            raise ValueError(f"respondent {respondent!r} rated question {question_id!r} twice")
        rated.add(question_id)
        if value is None:
            skipped[index] += 1
            continue
        if not 0 <= value <= scale_max:
            raise ValueError(
                f"respondent {respondent!r}, question {question_id!r}: "
                f"value {value} is outside 0..{scale_max}"
            )
        sums[index] += value
        counts[index] += 1

    # Respondents with the same number of answers share a denominator, so grouping by that
    # number keeps the exact arithmetic below down to a few fractions per field.
    groups: list[_Groups] = [{} for _ in range(field_count)]
    for _, sums, counts in per_respondent.values():
        for index, count in enumerate(counts):
            if count:
                group = groups[index].setdefault(count, [0, 0, 0])
                group[0] += 1
                group[1] += sums[index]
                group[2] += sums[index] ** 2

    results = []
    exact_scores = []
    for field, field_groups, field_skipped in zip(catalogue.fields, groups, skipped, strict=True):
        moments = _moments(field_groups, scale_max)
        if moments is not None:
            exact_scores.append(moments[0])
        results.append(_field_result(catalogue, field.id, field_groups, field_skipped, moments))
    if not exact_scores:
        return RoundResult(tuple(results), None, None)
    overall = float(sum(exact_scores, Fraction(0)) / len(exact_scores))
    return RoundResult(tuple(results), overall, stage_for(overall, catalogue.thresholds))


def _moments(groups: _Groups, scale_max: int) -> tuple[Fraction, Fraction] | None:
    """Exact mean and population variance of the respondent scores of one field."""
    if not groups:
        return None
    respondents = 0
    mean_sum = Fraction(0)  # sum over respondents of value_sum / count
    square_sum = Fraction(0)  # sum over respondents of (value_sum / count) ** 2
    for count, (people, value_sum, value_squares) in groups.items():
        respondents += people
        mean_sum += Fraction(value_sum, count)
        square_sum += Fraction(value_squares, count * count)
    unit = Fraction(100, scale_max)
    mean = unit * mean_sum / respondents
    variance = unit * unit * square_sum / respondents - mean * mean
    return mean, variance


def _field_result(
    catalogue: Catalogue,
    field_id: str,
    groups: _Groups,
    skipped: int,
    moments: tuple[Fraction, Fraction] | None,
) -> FieldResult:
    answers = sum(count * people for count, (people, _, _) in groups.items())
    total = answers + skipped
    score: float | None = None
    spread: float | None = None
    stage: int | None = None
    if moments is not None:
        score = float(moments[0])
        spread = math.sqrt(float(moments[1]))
        stage = stage_for(score, catalogue.thresholds)
    return FieldResult(
        field_id=field_id,
        score=score,
        stage=stage,
        respondents=sum(people for people, _, _ in groups.values()),
        answers=answers,
        skipped=skipped,
        skipped_share=skipped / total if total else 0.0,
        spread=spread,
        disagreement=spread is not None and spread >= catalogue.disagreement_threshold,
    )


def compare(before: RoundResult, after: RoundResult) -> tuple[FieldChange, ...]:
    """Field-by-field change from ``before`` to ``after``.

    Fields are matched by id, in the order of ``after`` followed by fields only ``before``
    has (a later catalogue version may add or drop fields).
    """
    old = {field.field_id: field for field in before.fields}
    new = {field.field_id: field for field in after.fields}
    changes = []
    for field_id in [*new, *(field_id for field_id in old if field_id not in new)]:
        was, now = old.get(field_id), new.get(field_id)
        score_before = was.score if was else None
        score_after = now.score if now else None
        stage_before = was.stage if was else None
        stage_after = now.stage if now else None
        changes.append(
            FieldChange(
                field_id=field_id,
                score_before=score_before,
                score_after=score_after,
                score_delta=_delta(score_before, score_after),
                stage_before=stage_before,
                stage_after=stage_after,
                stage_delta=_delta(stage_before, stage_after),
            )
        )
    return tuple(changes)


_Number = TypeVar("_Number", int, float)


def _delta(before: _Number | None, after: _Number | None) -> _Number | None:
    return None if before is None or after is None else after - before
