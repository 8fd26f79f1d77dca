"""A typed dot, a saved measure field and a saved decision, with their tab shown.

    python -m benchmarks.workshop_results [--repeats N]

On the full workshop of benchmarks.workshop_edit (30 participants, 150 cards, a dot vote
of 8 options with every participant's dots, 25 measures with milestones):
(a) baseline: the same edits through WorkshopContext with no view shown (write, undo
    command, re-reading the workshop);
(b) one dot typed while the Punktabfrage tab is shown (grid, option list, result);
(c) one field of a measure saved while the Maßnahmenplan tab is shown (tree, editor);
(d) one decision's votes saved while the Empfehlungen und Beschlüsse tab is shown.
Prints the medians and each ratio to (a); target: medians of (b), (c), (d) <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.timing import median_ms
from benchmarks.workshop_edit import populate

TARGET_MS = 50.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from weltoffen_desktop.gui.workshop.decisions_view import DecisionsView
    from weltoffen_desktop.gui.workshop.edits import WorkshopContext
    from weltoffen_desktop.gui.workshop.page import WorkshopPage
    from weltoffen_desktop.gui.workshop.plan_view import PlanView
    from weltoffen_desktop.gui.workshop.voting_view import VotingView
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations import workshop as ops

    app = QApplication([])
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        session = WorkspaceSession()
        assert session.create(Path(tmp) / "bench.weltoffen", "Benchmark")
        ws = session.workspace
        assert ws is not None
        workshop = ops.create_workshop(ws, "Benchmark-Workshop")
        populate(ws, workshop)
        decision = ops.add(ws, "decision", workshop, wording="Der Rat beschließt den Plan.")
        page = WorkshopPage(session)
        page.resize(1366, 768)
        page.show()
        page.context.choose(workshop)
        data = page.context.data()
        assert data is not None
        people = [p.uid for p in data.participants]
        options = [o.uid for o in data.votes[0].options]
        measures = [m.uid for m in data.measures]
        counter = iter(range(10**6))

        def dot(context: WorkshopContext) -> None:
            # person n has dots on options n % 8 and (n + 3) % 8: one more fits, then none
            n = next(counter)
            person = n % len(people)
            option = options[(person + 1) % len(options)]
            assert context.set_dots("Punkte", option, people[person], (n // 30) % 2)

        def field(context: WorkshopContext) -> None:
            n = next(counter)
            assert context.update("Partner", "measure", measures[n % 25], partners=f"Amt {n}")

        def votes(context: WorkshopContext) -> None:
            n = next(counter)
            assert context.update("Stimmen", "decision", decision, votes_yes=n, votes_no=0)

        def shown(kind: type, edit: Callable[[WorkshopContext], None]) -> float:
            view = next(v for v in page.views if isinstance(v, kind))
            page.ui.tabs.setCurrentWidget(view)
            app.processEvents()

            def run() -> None:
                edit(page.context)
                app.processEvents()  # the view is drawn again

            return median_ms(run, args.repeats)

        alone = WorkshopContext(session)
        alone.choose(workshop)
        baseline = median_ms(lambda: (dot(alone), field(alone), votes(alone)), args.repeats) / 3
        timings = {
            "dot typed, Punktabfrage shown:       ": shown(VotingView, dot),
            "measure field saved, plan shown:     ": shown(PlanView, field),
            "decision saved, Beschlüsse shown:    ": shown(DecisionsView, votes),
        }
        page.close()
        session.close()
    print(f"edit, no view shown (write, reload):  median {baseline:6.2f} ms")
    for text, median in timings.items():
        print(f"{text}median {median:6.2f} ms  ratio {median / baseline:.1f}x")
    worst = max(timings.values())
    verdict = "ok" if worst <= TARGET_MS else "OVER TARGET"
    print(f"target medians <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
