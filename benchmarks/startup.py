"""Start-up benchmark: the app's first paint and readiness against a bare Qt window.

    python -m benchmarks.startup [--runs N]

(a) wall time of a process that shows an empty QMainWindow and quits;
(b) `weltoffen-desktop --demo --smoke`: first_paint_ms and ready_ms as the app
reports them, measured from the moment the OS started the process.
Prints medians and ratios; targets: first paint <= 1.5x, ready <= 3.5x (a).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
TARGETS = {"first_paint_ms": 1.5, "ready_ms": 3.5}


def bare_ms(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", BARE_WINDOW], env=env, check=True)
    return (time.perf_counter() - start) * 1000


SOURCE_APP = (sys.executable, "-m", "weltoffen_desktop.gui.app")


def app_ms(env: dict[str, str], base: str, program: Sequence[str] = SOURCE_APP) -> dict[str, float]:
    """The app's own timings of `PROGRAM --demo --smoke` (the source install by default)."""
    out = subprocess.run(
        [*program, "--demo", "--smoke", "--base-dir", base],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return {key: report[key] for key in TARGETS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    bare: list[float] = []
    app: dict[str, list[float]] = {key: [] for key in TARGETS}
    with tempfile.TemporaryDirectory() as base:
        bare_ms(env), app_ms(env, base)  # warm the disk cache and .pyc files
        for _ in range(args.runs):  # interleaved, so drifting machine load hits both alike
            bare.append(bare_ms(env))
            for key, value in app_ms(env, base).items():
                app[key].append(value)
    baseline = statistics.median(bare)
    print(f"platform: {env['QT_QPA_PLATFORM']}, runs: {args.runs}")
    print(f"bare window (start, show, quit): median {baseline:.0f} ms")
    failed = False
    for key, factor in TARGETS.items():
        median = statistics.median(app[key])
        ratio = median / baseline
        verdict = "ok" if ratio <= factor else "OVER TARGET"
        failed |= ratio > factor
        print(
            f"weltoffen-desktop --demo --smoke {key}: median {median:.0f} ms, "
            f"ratio {ratio:.2f} (target <= {factor}) {verdict}"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
