"""Time from asking for a chart of a large round to its pixels on screen, as the app does it.

    python -m benchmarks.charts [--respondents N] [--repeats N] [--scale 2]

Builds a workspace with two generated rounds (default 500 respondents × every question of
the default catalogue, ~7% skipped), opens it in the real main window (offscreen Qt,
1366 × 768, optionally at QT_SCALE_FACTOR=2) and shows the Auswertung page's charts. Then
it measures, with the Qt event loop running as in the app, from the user's action to the
chart view's ``shown`` signal (the drawn image is on screen):

- per chart kind, "at once": a click on the next kind's button right after the workspace
  changed and the chart on screen was redrawn (the round is read already; nothing is drawn
  ahead yet, that waits for a moment of rest);
- per chart kind, "at once, skipping one": the same for the button after the next;
- per chart kind, "drawn ahead": the same click once the view has drawn the other kinds
  ahead (or the kind was shown before at this size): no drawing left;
- "another round": choosing a round that was not read yet (read + evaluate + draw);
- "workspace changed": a save (the round is read again, the chart redrawn).

The baseline, measured in the same run, is the straightforward way the charts were drawn
before: read the round, build the figure, render it to PNG at 100 dpi, all on the GUI
thread. Prints medians of the wall time (the target: <= 300 ms) and of the CPU time the
process spent (all threads; it hardly changes when other programs load the machine), and
the ratio of the wall times to the baseline's.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from weltoffen_desktop.operations.catalogue import catalogue_of
from weltoffen_desktop.operations.rounds import add_round, store_answers
from weltoffen_desktop.storage.database import Workspace
from weltoffen_desktop.storage.models import Respondent

TARGET_MS = 300.0
SKIP_SHARE = 0.07
OLD_SCREEN_DPI = 100
EARLIER, LATER = "Runde 1", "Runde 2"
KIND_ORDER = ("radar", "ladder", "distribution", "spread", "compare")
WAIT_MS = 60_000


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


@dataclass(frozen=True)
class Timing:
    wall_ms: float
    cpu_ms: float


def medians(timings: list[Timing]) -> Timing:
    return Timing(
        statistics.median(t.wall_ms for t in timings), statistics.median(t.cpu_ms for t in timings)
    )


def timed(run: Callable[[], object]) -> Timing:
    start, cpu = time.perf_counter(), time.process_time()
    run()
    return Timing((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)


def old_way(ws: Workspace, kind: str) -> bytes:
    """The baseline: everything on the calling thread, PNG at a fixed 100 dpi."""
    from weltoffen_desktop.charts.export import render_png
    from weltoffen_desktop.charts.figures import KINDS
    from weltoffen_desktop.operations.chart_data import chart_data

    data = chart_data(ws, LATER, EARLIER if kind == "compare" else None)
    return render_png(KINDS[kind](data, "de"), OLD_SCREEN_DPI)


class App:
    """The real main window on the workspace, on its Auswertung page's charts."""

    def __init__(self, path: Path, base: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from weltoffen_desktop.gui.main_window import MainWindow
        from weltoffen_desktop.gui.settings import Settings
        from weltoffen_desktop.gui.style import apply_style
        from weltoffen_desktop.paths import AppDirs

        self.qt = QApplication(sys.argv[:1])
        apply_style(self.qt)
        dirs = AppDirs.below(base).ensure()
        self.window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=False)
        self.window.resize(1366, 768)
        self.window.show()
        self.window.build_pages()
        assert self.window.open_path(path)
        self.window.ui.navigation.setCurrentRow(2)
        self.page = self.window.pages[2]
        self.qt.processEvents()

    def until_shown(self, ask: Callable[[], object]) -> Timing:
        """From ``ask()`` to the chart on screen, the event loop running."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        shown: list[float] = []

        def done() -> None:
            shown.append(time.perf_counter())
            loop.quit()

        self.page.chart.shown.connect(done)
        QTimer.singleShot(WAIT_MS, loop.quit)
        start, cpu = time.perf_counter(), time.process_time()
        ask()
        if not shown:  # a chart kept from before is shown at once, inside ask()
            loop.exec()
        self.page.chart.shown.disconnect(done)
        if not shown:
            raise SystemExit("charts: no chart was shown within a minute")
        return Timing((shown[0] - start) * 1000, (time.process_time() - cpu) * 1000)

    def settle(self) -> None:
        """Until the chart worker has nothing left to draw (the kinds drawn ahead)."""
        from PySide6.QtCore import QEventLoop, QTimer

        from weltoffen_desktop.gui.chart_view import AHEAD_DELAY_MS, renderer

        rest = QEventLoop()
        QTimer.singleShot(AHEAD_DELAY_MS + 100, rest.quit)  # drawing ahead begins after it
        rest.exec()
        pool = renderer().pool
        while True:
            pool.waitForDone()
            self.qt.processEvents()  # delivers the drawings; each may ask for the next
            if pool.activeThreadCount() == 0:
                return

    def choose(self, combo_name: str, text: str) -> Callable[[], None]:
        combo = getattr(self.page.ui, combo_name)
        return lambda: combo.setCurrentIndex(combo.findText(text))


def after(kind: str, steps: int) -> list[str]:
    """Every kind, beginning ``steps`` buttons after ``kind``."""
    start = (KIND_ORDER.index(kind) + steps) % len(KIND_ORDER)
    return [*KIND_ORDER[start:], *KIND_ORDER[:start]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--respondents", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    from weltoffen_desktop.operations.workspace import create_workspace

    over = False
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.weltoffen"
        create_workspace(path, "B", populate=populate(args.respondents)).close()
        app = App(path, Path(folder) / "base")
        page = app.page
        app.until_shown(lambda: page.ui.views.setCurrentWidget(page.ui.chartTab))  # imports
        app.until_shown(app.choose("compareCombo", EARLIER))
        chart = page.chart
        print(
            f"{args.respondents} respondents × {len(page.report.catalogue.questions)} questions "
            f"per round, {args.repeats} repeats; chart view {chart.width()} × {chart.height()} "
            f"at pixel ratio {chart.devicePixelRatioF():g}"
        )
        at_once: dict[str, list[Timing]] = {kind: [] for kind in KIND_ORDER}
        skipping: dict[str, list[Timing]] = {kind: [] for kind in KIND_ORDER}
        ahead: dict[str, list[Timing]] = {kind: [] for kind in KIND_ORDER}

        def ask(kind: str) -> Timing:
            return app.until_shown(page.kind_buttons[kind].click)

        for _ in range(args.repeats):
            for kind in after(page.chart_kind(), 1):
                app.until_shown(page.session.saved.emit)  # read anew: nothing drawn of it yet
                at_once[kind].append(ask(kind))
            for _kind in KIND_ORDER:
                kind = after(page.chart_kind(), 2)[0]
                app.settle()
                app.until_shown(page.session.saved.emit)
                skipping[kind].append(ask(kind))
            for kind in after(page.chart_kind(), 1):
                app.until_shown(page.session.saved.emit)
                app.settle()
                ahead[kind].append(ask(kind))
        another: list[Timing] = []
        changed: list[Timing] = []
        app.until_shown(app.choose("compareCombo", "(kein Vergleich)"))
        for _ in range(args.repeats):
            app.until_shown(page.session.saved.emit)  # forget what was read
            app.settle()
            another.append(app.until_shown(app.choose("roundCombo", EARLIER)))
            app.settle()
            changed.append(app.until_shown(page.session.saved.emit))
            app.until_shown(app.choose("roundCombo", LATER))
            app.settle()
        rows = [(f"{kind}, at once", at_once[kind], kind) for kind in KIND_ORDER]
        rows += [(f"{kind}, at once, skipping one", skipping[kind], kind) for kind in KIND_ORDER]
        rows += [(f"{kind}, drawn ahead", ahead[kind], kind) for kind in KIND_ORDER]
        rows += [
            ("another round (read + draw)", another, "radar"),
            ("workspace changed (read + draw)", changed, "radar"),
        ]
        baselines: dict[str, Timing] = {}
        print(
            "ask → pixels, median wall (CPU) ms; baseline: read + figure + PNG on the GUI "
            f"thread; load average {os.getloadavg()[0]:.1f}"
        )
        for label, timings, kind in rows:
            if kind not in baselines:
                run = functools.partial(old_way, app.window.session.workspace, kind)
                baselines[kind] = medians([timed(run) for _ in range(args.repeats)])
            base, ours = baselines[kind], medians(timings)
            verdict = "ok" if ours.wall_ms <= TARGET_MS else "OVER"
            over = over or ours.wall_ms > TARGET_MS
            ratio = ours.wall_ms / base.wall_ms
            print(
                f"{label:<36} {ours.wall_ms:7.1f} ({ours.cpu_ms:6.1f})   baseline "
                f"{base.wall_ms:7.1f} ({base.cpu_ms:6.1f})   ratio {ratio:4.2f}   "
                f"target <= {TARGET_MS:.0f}: {verdict}"
            )
        app.window.close()
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
