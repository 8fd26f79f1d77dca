"""Evaluation rules of the self-check (domain.scoring): hand-computed cases and properties."""

from __future__ import annotations

import bisect
import dataclasses
import math
import random
import statistics
from collections import defaultdict
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.scoring import (
    FieldResult,
    Rating,
    RoundResult,
    compare,
    evaluate,
    stage_for,
)

PROPERTY = settings(max_examples=200, deadline=None)
QUICK_PROPERTY = settings(max_examples=100, deadline=None)
TEXT = {"de": "x", "en": "x"}


def make_catalogue(
    questions: dict[str, int],
    scale_max: int = 3,
    thresholds: list[float] | None = None,
    disagreement: float = 20,
) -> Catalogue:
    """A catalogue with ``questions[field_id]`` questions per field, ids like "A-1"."""
    thresholds = [25, 50, 75] if thresholds is None else thresholds
    doc: dict[str, Any] = {
        "format": "weltoffen-catalogue",
        "format_version": 1,
        "id": "tiny",
        "version": "1",
        "title": TEXT,
        "scale": {
            "max": scale_max,
            "labels": [{"value": v, **TEXT} for v in range(scale_max + 1)],
            "skip": TEXT,
        },
        "stages": [TEXT] * (len(thresholds) + 1),
        "thresholds": thresholds,
        "disagreement_threshold": disagreement,
        "fields": [
            {
                "id": field_id,
                "name": TEXT,
                "description": TEXT,
                "questions": [
                    {"id": f"{field_id}-{n}", "text": TEXT, "help": TEXT}
                    for n in range(1, count + 1)
                ],
            }
            for field_id, count in questions.items()
        ],
    }
    return Catalogue.from_dict(doc)


TINY = make_catalogue({"A": 2, "B": 3, "C": 1})


def answers(respondent: str, **values: int | None) -> list[Rating]:
    """Ratings of one respondent, written as A_1=3 for question "A-1"."""
    return [Rating(respondent, key.replace("_", "-"), value) for key, value in values.items()]


def field(result: RoundResult, field_id: str) -> FieldResult:
    return next(f for f in result.fields if f.field_id == field_id)


# --- hand-computed examples -------------------------------------------------------------


def test_hand_computed_round() -> None:
    ratings = [
        *answers("r1", A_1=3, A_2=3, B_1=2, B_2=2, B_3=2),
        *answers("r2", A_1=1, A_2=None, B_1=2, B_2=2, B_3=1),
        *answers("r3", A_1=None, A_2=None, B_1=2, B_2=1, B_3=2),
    ]
    result = evaluate(TINY, ratings)

    # A: r1 = 100, r2 = 100 * 1/3, r3 skipped everything and does not count.
    a = field(result, "A")
    assert a.score == 200 / 3
    assert a.stage == 3
    assert (a.respondents, a.answers, a.skipped, a.skipped_share) == (2, 3, 3, 0.5)
    assert a.spread == pytest.approx(100 / 3, rel=1e-12)
    assert a.disagreement is True

    # B: r1 = 600/9, r2 = r3 = 500/9; mean 1600/27, variance 60000/2187.
    b = field(result, "B")
    assert b.score == 1600 / 27
    assert b.stage == 3
    assert (b.respondents, b.answers, b.skipped, b.skipped_share) == (3, 9, 0, 0.0)
    assert b.spread == pytest.approx(math.sqrt(60000 / 2187), rel=1e-12)
    assert b.disagreement is False

    # C: nobody rated it; the overall score ignores it.
    assert field(result, "C") == FieldResult("C", None, None, 0, 0, 0, 0.0, None, False)
    assert [f.field_id for f in result.fields] == ["A", "B", "C"]
    assert result.overall_score == 1700 / 27  # (200/3 + 1600/27) / 2
    assert result.overall_stage == 3


@pytest.mark.parametrize(
    ("ratings", "score", "stage"),
    [
        (answers("r1", A_1=0, A_2=0), 0.0, 1),
        (answers("r1", A_1=0, A_2=0) + answers("r2", A_1=3, A_2=0), 25.0, 2),
        (answers("r1", A_1=3, A_2=0), 50.0, 3),
        (answers("r1", A_1=3, A_2=3) + answers("r2", A_1=3, A_2=0), 75.0, 4),
        (answers("r1", A_1=3, A_2=3), 100.0, 4),
        # 100/9 and 800/9 are not exact in binary; their mean must still be exactly 50.
        (answers("r1", B_1=1, B_2=0, B_3=0) + answers("r2", B_1=3, B_2=3, B_3=2), 50.0, 3),
        (answers("r1", A_1=1) + answers("r2", A_1=2), 50.0, 3),
    ],
)
def test_stage_boundaries(ratings: list[Rating], score: float, stage: int) -> None:
    result = evaluate(TINY, ratings)
    rated = next(f for f in result.fields if f.score is not None)
    assert (rated.score, rated.stage) == (score, stage)
    assert (result.overall_score, result.overall_stage) == (score, stage)


def test_disagreement_starts_at_the_threshold() -> None:
    catalogue = make_catalogue({"A": 1}, scale_max=5)
    at = evaluate(catalogue, answers("r1", A_1=0) + answers("r2", A_1=2))  # scores 0 and 40
    assert (at.fields[0].spread, at.fields[0].disagreement) == (20.0, True)
    below = evaluate(catalogue, answers("r1", A_1=0) + answers("r2", A_1=1))  # 0 and 20
    assert (below.fields[0].spread, below.fields[0].disagreement) == (10.0, False)
    alone = evaluate(catalogue, answers("r1", A_1=5))
    assert (alone.fields[0].spread, alone.fields[0].disagreement) == (0.0, False)


def test_all_skipped_round_has_no_scores() -> None:
    ratings = [Rating(r, q.id, None) for r in ("r1", "r2") for q in TINY.questions]
    result = evaluate(TINY, ratings)
    assert result.overall_score is None
    assert result.overall_stage is None
    for f in result.fields:
        assert (f.score, f.stage, f.spread, f.disagreement, f.respondents) == (
            None,
            None,
            None,
            False,
            0,
        )
        assert (f.answers, f.skipped_share) == (0, 1.0)
    assert [f.skipped for f in result.fields] == [4, 6, 2]


def test_no_ratings() -> None:
    result = evaluate(TINY, [])
    assert result == RoundResult(
        tuple(FieldResult(f.id, None, None, 0, 0, 0, 0.0, None, False) for f in TINY.fields),
        None,
        None,
    )


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "message"),
    [
        ([Rating("r7", "X-9", 1)], r"'r7'.*'X-9'.*not in the catalogue"),
        ([Rating("r7", "A-1", 4)], r"'r7'.*'A-1'.*value 4 is outside 0\.\.3"),
        ([Rating("r7", "A-1", -1)], r"'r7'.*'A-1'.*value -1 is outside"),
        ([Rating("r7", "A-1", 1), Rating("r7", "A-1", None)], r"'r7'.*'A-1' twice"),
        ([Rating("r7", "A-1", None), Rating("r7", "A-1", None)], r"'r7'.*'A-1' twice"),
    ],
)
def test_invalid_ratings_raise(ratings: list[Rating], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        evaluate(TINY, ratings)


def test_same_question_from_two_respondents_is_fine() -> None:
    result = evaluate(TINY, [Rating("r1", "A-1", 1), Rating("r2", "A-1", 1)])
    assert field(result, "A").respondents == 2


# --- compare ------------------------------------------------------------------------------


def test_compare() -> None:
    before = evaluate(TINY, answers("r1", A_1=1, A_2=1, B_1=3, B_2=3, B_3=3))
    after = evaluate(TINY, answers("r1", A_1=3, A_2=2, B_1=3, B_2=3, B_3=3, C_1=0))
    changes = {c.field_id: c for c in compare(before, after)}
    assert list(changes) == ["A", "B", "C"]

    a = changes["A"]
    assert (a.score_before, a.score_after) == (100 / 3, 250 / 3)
    assert a.score_delta == pytest.approx(50.0)
    assert (a.stage_before, a.stage_after, a.stage_delta) == (2, 4, 2)

    b = changes["B"]
    assert (b.score_before, b.score_after, b.score_delta) == (100.0, 100.0, 0.0)
    assert b.stage_delta == 0

    c = changes["C"]
    assert (c.score_before, c.score_after, c.score_delta) == (None, 0.0, None)
    assert (c.stage_before, c.stage_after, c.stage_delta) == (None, 1, None)


def test_compare_matches_fields_by_id_across_catalogues() -> None:
    old = make_catalogue({"A": 1, "Z": 1})
    before = evaluate(old, answers("r1", A_1=3, Z_1=3))
    after = evaluate(TINY, answers("r1", A_1=0))
    changes = compare(before, after)
    assert [c.field_id for c in changes] == ["A", "B", "C", "Z"]
    assert (changes[0].score_delta, changes[0].stage_delta) == (-100.0, -3)
    assert changes[3].score_before == 100.0
    assert (changes[3].score_after, changes[3].score_delta, changes[3].stage_delta) == (
        None,
        None,
        None,
    )


# --- reference implementation and properties ----------------------------------------------


def reference(catalogue: Catalogue, ratings: list[Rating]) -> dict[str, Any]:
    """The rules written out as plainly as possible, with exact fractions."""

    def stage(score: Fraction | None) -> int | None:
        return None if score is None else 1 + sum(t <= score for t in catalogue.thresholds)

    field_of = {q.id: q.field_id for q in catalogue.questions}
    values: dict[tuple[str, str], list[int]] = defaultdict(list)
    skipped: dict[str, int] = defaultdict(int)
    for rating in ratings:
        field_id = field_of[rating.question_id]
        if rating.value is None:
            skipped[field_id] += 1
        else:
            values[(rating.respondent, field_id)].append(rating.value)

    fields = {}
    for f in catalogue.fields:
        per_respondent = [v for (_, field_id), v in values.items() if field_id == f.id]
        scores = [Fraction(100 * sum(v), len(v) * catalogue.scale.max) for v in per_respondent]
        answered = sum(len(v) for v in per_respondent)
        total = answered + skipped[f.id]
        score = sum(scores) / len(scores) if scores else None
        spread = statistics.pstdev(scores) if scores else None
        fields[f.id] = {
            "score": score,
            "stage": stage(score),
            "respondents": len(scores),
            "answers": answered,
            "skipped": skipped[f.id],
            "skipped_share": Fraction(skipped[f.id], total) if total else 0,
            "spread": spread,
            "disagreement": spread is not None and spread >= catalogue.disagreement_threshold,
        }
    field_scores = [r["score"] for r in fields.values() if r["score"] is not None]
    overall = sum(field_scores) / len(field_scores) if field_scores else None
    return {
        "fields": fields,
        "overall_score": overall,
        "overall_stage": stage(overall),
    }


def close(actual: float | None, expected: Fraction | float | None) -> bool:
    if actual is None or expected is None:
        return actual is expected
    return math.isclose(actual, float(expected), rel_tol=1e-9, abs_tol=1e-9)


@st.composite
def catalogues(draw: st.DrawFn) -> Catalogue:
    field_ids = draw(st.lists(st.sampled_from("ABCDE"), min_size=1, max_size=4, unique=True))
    return make_catalogue(
        {f: draw(st.integers(1, 4)) for f in field_ids},
        scale_max=draw(st.integers(1, 6)),
        thresholds=sorted(draw(st.lists(st.integers(0, 100), min_size=1, max_size=4))),
        disagreement=draw(st.integers(0, 50)),
    )


@st.composite
def rounds(draw: st.DrawFn) -> tuple[Catalogue, list[Rating]]:
    catalogue = draw(catalogues())
    value = st.none() | st.integers(0, catalogue.scale.max)
    question = st.sampled_from([q.id for q in catalogue.questions])
    respondents = draw(
        st.dictionaries(
            st.sampled_from(["r1", "r2", "r3", "r4", "r5", "r6"]),
            st.dictionaries(question, value),
            max_size=6,
        )
    )
    ratings = [
        Rating(respondent, question_id, v)
        for respondent, rated in respondents.items()
        for question_id, v in rated.items()
    ]
    return catalogue, ratings


@PROPERTY
@given(rounds())
def test_evaluate_matches_reference(round_: tuple[Catalogue, list[Rating]]) -> None:
    catalogue, ratings = round_
    result = evaluate(catalogue, ratings)
    expected = reference(catalogue, ratings)
    assert [f.field_id for f in result.fields] == [f.id for f in catalogue.fields]
    for actual in result.fields:
        want = expected["fields"][actual.field_id]
        assert close(actual.score, want["score"])
        assert actual.stage == want["stage"]
        assert actual.respondents == want["respondents"]
        assert actual.answers == want["answers"]
        assert actual.skipped == want["skipped"]
        assert close(actual.skipped_share, want["skipped_share"])
        assert close(actual.spread, want["spread"])
        assert actual.disagreement == want["disagreement"]
    assert close(result.overall_score, expected["overall_score"])
    assert result.overall_stage == expected["overall_stage"]


@QUICK_PROPERTY
@given(rounds(), st.randoms(use_true_random=False))
def test_order_of_ratings_does_not_matter(
    round_: tuple[Catalogue, list[Rating]], rng: random.Random
) -> None:
    catalogue, ratings = round_
    shuffled = list(ratings)
    rng.shuffle(shuffled)
    assert evaluate(catalogue, shuffled) == evaluate(catalogue, ratings)


@QUICK_PROPERTY
@given(rounds())
def test_respondent_who_skips_everything_changes_only_skip_counts(
    round_: tuple[Catalogue, list[Rating]],
) -> None:
    catalogue, ratings = round_
    silent = [Rating("silent", q.id, None) for q in catalogue.questions]
    before = evaluate(catalogue, ratings)
    after = evaluate(catalogue, ratings + silent)
    assert (after.overall_score, after.overall_stage) == (
        before.overall_score,
        before.overall_stage,
    )
    for old, new, f in zip(before.fields, after.fields, catalogue.fields, strict=True):
        assert new.skipped == old.skipped + len(f.questions)
        ignore_skips = {"skipped": 0, "skipped_share": 0.0}
        assert dataclasses.replace(new, **ignore_skips) == dataclasses.replace(old, **ignore_skips)


thresholds = st.lists(st.integers(0, 100) | st.floats(0, 100), max_size=5).map(sorted)
scores = st.floats(0, 100)


@PROPERTY
@given(thresholds, scores, scores)
def test_stage_is_monotonic_in_score(limits: list[float], a: float, b: float) -> None:
    low, high = sorted((a, b))
    assert 1 <= stage_for(low, limits) <= stage_for(high, limits) <= len(limits) + 1


@PROPERTY
@given(thresholds, scores)
def test_stage_counts_the_thresholds_reached(limits: list[float], score: float) -> None:
    assert stage_for(score, limits) == bisect.bisect_right(limits, score) + 1
    for limit in limits:
        assert stage_for(limit, limits) > stage_for(math.nextafter(limit, -math.inf), limits)
