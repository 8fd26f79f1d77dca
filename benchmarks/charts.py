"""Time of drawing each chart of a large round, against rendering an empty figure.

    python -m benchmarks.charts [--respondents N] [--repeats N]

Builds a workspace with two generated rounds (default 500 respondents × every question of
the default catalogue, ~7% skipped). Per kind, (b) reads the chart data from the
workspace, builds the figure and renders it to PNG bytes at screen resolution (what the
evaluation page does, minus showing the image); (a), the baseline measured in the same
run, renders an empty figure of the same size to PNG. Prints both medians, the ratio and,
for reference, (b) without reading the data; target: median of (b) <= 300 ms per kind.
"""

from __future__ import annotations

import argparse
import functools
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from benchmarks.timing import median_ms
from weltoffen_desktop.charts.export import render_png
from weltoffen_desktop.charts.figures import KINDS
from weltoffen_desktop.operations.catalogue import catalogue_of
from weltoffen_desktop.operations.chart_data import ChartData, chart_data
from weltoffen_desktop.operations.rounds import add_round, store_answers
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Respondent

TARGET_MS = 300.0
SKIP_SHARE = 0.07
SCREEN_DPI = 100
EARLIER, LATER = "Runde 1", "Runde 2"


def populate(respondents: int) -> Callable[[Session], None]:
    def fill(session: Session) -> None:
        rng = random.Random(1)
        for name in (EARLIER, LATER):
            round_ = add_round(session, name)
            catalogue = catalogue_of(round_.catalogue)
            people = [Respondent(round_id=round_.id, code=f"R{n:04d}") for n in range(respondents)]
            session.add_all(people)
            session.flush()
            store_answers(
                session,
                [
                    (
                        person.id,
                        question.id,
                        None if rng.random() < SKIP_SHARE else rng.randint(0, catalogue.scale.max),
                        "",
                    )
                    for person in people
                    for question in catalogue.questions
                ],
            )

    return fill


def draw(data: ChartData, kind: str) -> bytes:
    return render_png(KINDS[kind](data, "de"), SCREEN_DPI)


def on_screen(ws: Workspace, kind: str) -> bytes:
    return draw(chart_data(ws, LATER, EARLIER if kind == "compare" else None), kind)


def empty_figure(size: tuple[float, ...]) -> bytes:
    from matplotlib.figure import Figure

    return render_png(Figure(figsize=size), SCREEN_DPI)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    over = False
    with tempfile.TemporaryDirectory() as folder:
        ws = create_workspace(
            Path(folder) / "bench.weltoffen", "B", populate=populate(args.respondents)
        )
        try:
            data = chart_data(ws, LATER, EARLIER)
            print(
                f"{args.respondents} respondents × "
                f"{len(data.report.catalogue.questions)} questions per round, "
                f"{args.repeats} repeats, PNG at {SCREEN_DPI} dpi"
            )
            reading = median_ms(functools.partial(chart_data, ws, LATER), args.repeats)
            print(
                "chart_data alone (read + evaluate one round, part of every chart): "
                f"{reading:.1f} ms"
            )
            for kind, build in KINDS.items():
                size = tuple(build(data, "de").get_size_inches())
                on_screen(ws, kind)  # warm-up: imports, font cache
                baseline = median_ms(functools.partial(empty_figure, size), args.repeats)
                ours = median_ms(functools.partial(on_screen, ws, kind), args.repeats)
                drawing = median_ms(functools.partial(draw, data, kind), args.repeats)
                verdict = "ok" if ours <= TARGET_MS else "OVER"
                over = over or ours > TARGET_MS
                print(
                    f"{kind:<13} empty figure (baseline) {baseline:6.1f} ms   "
                    f"chart {ours:7.1f} ms (figure + PNG alone {drawing:6.1f} ms)   "
                    f"ratio {ours / baseline:4.1f}x   target: <= {TARGET_MS:.0f} ms: {verdict}"
                )
        finally:
            ws.close()
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
