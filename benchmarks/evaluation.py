"""Time of evaluating one round, against the least work any evaluation has to do.

    python -m benchmarks.evaluation [--respondents N] [--repeats N]

(a) baseline: a plain loop over the ratings computing the overall mean of value / max;
(b) weltoffen: domain.scoring.evaluate (field scores, stages, spread, checks).
Uses the default catalogue and ~7% skipped answers. Prints both medians and the ratio;
target: median of (b) <= 100 ms for 500 respondents.
"""

from __future__ import annotations

import argparse
import random

from benchmarks.timing import median_ms
from weltoffen_desktop.domain.catalogue import Catalogue
from weltoffen_desktop.domain.scoring import Rating, evaluate
from weltoffen_desktop.operations.catalogue import default_catalogue_document

TARGET_MS = 100.0
SKIP_SHARE = 0.07


def make_ratings(catalogue: Catalogue, respondents: int) -> list[Rating]:
    rng = random.Random(1)
    return [
        Rating(
            f"R{r:04d}",
            question.id,
            None if rng.random() < SKIP_SHARE else rng.randint(0, catalogue.scale.max),
        )
        for r in range(respondents)
        for question in catalogue.questions
    ]


def plain_mean(ratings: list[Rating], scale_max: int) -> float:
    total = 0.0
    count = 0
    for rating in ratings:
        if rating.value is not None:
            total += rating.value / scale_max
            count += 1
    return total / count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    catalogue = Catalogue.from_dict(default_catalogue_document())
    ratings = make_ratings(catalogue, args.respondents)
    baseline = median_ms(lambda: plain_mean(ratings, catalogue.scale.max), args.repeats)
    ours = median_ms(lambda: evaluate(catalogue, ratings), args.repeats)
    print(f"{len(ratings)} ratings, {args.respondents} respondents, {args.repeats} repeats")
    print(f"plain mean loop (baseline): median {baseline:.2f} ms")
    print(f"evaluate:                   median {ours:.2f} ms")
    verdict = "ok" if ours <= TARGET_MS else "OVER"
    print(f"ratio {ours / baseline:.1f}x; target: <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if ours <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
