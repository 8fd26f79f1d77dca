"""Start-up of the frozen app against the source install, measured in the same run.

    python -m benchmarks.frozen_startup [--bundle dist/weltoffen-desktop] [--runs N]

Both run `--demo --smoke` and report first_paint_ms and ready_ms from the moment the
OS started the process; runs alternate, so drifting machine load hits both alike.
Prints medians and the ratio frozen / source; target for first paint: <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.startup import SOURCE_APP, app_ms

TARGET = 1.5
DEFAULT_BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "weltoffen-desktop"


@dataclass(frozen=True)
class Comparison:
    runs: int
    frozen: dict[str, float]  # medians in ms
    source: dict[str, float]

    @property
    def ratio(self) -> float:
        return self.frozen["first_paint_ms"] / self.source["first_paint_ms"]

    def lines(self) -> list[str]:
        verdict = "ok" if self.ratio <= TARGET else "OVER TARGET"
        return [
            f"first paint: frozen {self.frozen['first_paint_ms']:.0f} ms, source "
            f"{self.source['first_paint_ms']:.0f} ms, ratio {self.ratio:.2f} "
            f"(target <= {TARGET}) {verdict}",
            f"ready:       frozen {self.frozen['ready_ms']:.0f} ms, source "
            f"{self.source['ready_ms']:.0f} ms (median of {self.runs} runs each)",
        ]


def compare(bundle: Path, runs: int) -> Comparison:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    frozen_app = (str(bundle / "weltoffen-desktop"),)
    samples: dict[str, dict[str, list[float]]] = {"frozen": {}, "source": {}}
    with tempfile.TemporaryDirectory() as base:
        app_ms(env, base, frozen_app), app_ms(env, base)  # warm the disk cache and .pyc files
        for _ in range(runs):
            for name, program in (("frozen", frozen_app), ("source", SOURCE_APP)):
                for key, value in app_ms(env, base, program).items():
                    samples[name].setdefault(key, []).append(value)
    medians = {
        name: {key: statistics.median(values) for key, values in timings.items()}
        for name, timings in samples.items()
    }
    return Comparison(runs, medians["frozen"], medians["source"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    comparison = compare(args.bundle, args.runs)
    print("\n".join(comparison.lines()))
    return 0 if comparison.ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
