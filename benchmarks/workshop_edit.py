"""One workshop edit as the moderator sees it: stored, the workshop re-read, the view redrawn.

    python -m benchmarks.workshop_edit [--repeats N]

On a full workshop (30 participants, 8 agenda items, 150 cards in 6 clusters, a dot vote
of 8 options with every participant's dots, 25 measures with 2 milestones each):
(a) baseline: operations.rounds.set_answer, one typed answer to disk;
(b) a card's text changed through WorkshopContext with the Workshop page shown on the
    cards tab: the write, the undo command, re-reading the whole workshop, the refresh;
(c) undoing such an edit; (d) re-reading the workshop alone (load_workshop).
Prints the medians and the ratio of (b) to (a); target: median of (b) <= 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

from benchmarks.timing import median_ms

TARGET_MS = 50.0


def populate(ws, workshop: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Fill ``workshop``; return the uids of its cards."""
    from weltoffen_desktop.domain.workshop import CardKind, default_dots
    from weltoffen_desktop.operations import workshop as ops

    people = [
        ops.add(ws, "participant", workshop, name=f"Teilnehmerin {i}", organisation="Amt")
        for i in range(30)
    ]
    agenda = [ops.add(ws, "agenda_item", workshop, title=f"TOP {i}") for i in range(8)]
    clusters = [ops.add(ws, "cluster", workshop, name=f"Cluster {i}") for i in range(6)]
    kinds = list(CardKind)
    cards = [
        ops.add(
            ws,
            "card",
            workshop,
            kind=kinds[i % 5],
            text=f"Karte {i}: eine Beobachtung aus der Kartenabfrage",
            agenda_item=agenda[i % 8],
            cluster=clusters[i % 6] if i % 3 else None,
        )
        for i in range(150)
    ]
    vote = ops.add(ws, "dot_vote", workshop, title="Prioritäten", dots_per_person=default_dots(8))
    options = [ops.add(ws, "vote_option", vote, card=card) for card in cards[:8]]
    for n, person in enumerate(people):
        ops.set_dots(ws, options[n % 8], person, 2)
        ops.set_dots(ws, options[(n + 3) % 8], person, 2)
    goal = ops.add(ws, "goal", workshop, title="Zugang verbessern")
    for i in range(25):
        measure = ops.add(
            ws, "measure", workshop, title=f"Maßnahme {i}", goal=goal, responsible=people[i]
        )
        for m in range(2):
            ops.add(ws, "milestone", measure, title=f"Schritt {m}", due_date=dt.date(2027, 1, 1))
    return cards


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from weltoffen_desktop.gui.workshop.cards_view import CardsView
    from weltoffen_desktop.gui.workshop.page import WorkshopPage
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations import workshop as ops
    from weltoffen_desktop.operations.catalogue import catalogue_of, current_catalogue_version
    from weltoffen_desktop.operations.rounds import add_respondent, create_round, set_answer

    app = QApplication([])
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        session = WorkspaceSession()
        assert session.create(Path(tmp) / "bench.weltoffen", "Benchmark")
        ws = session.workspace
        assert ws is not None
        with ws.read() as s:
            questions = [q.id for q in catalogue_of(current_catalogue_version(s)).questions]
        respondent = add_respondent(ws, create_round(ws, "Bench"), "R1", "Amt", "")
        answers = iter(range(10**6))

        def answer() -> None:
            n = next(answers)
            set_answer(ws, respondent, questions[n % len(questions)], n % 4)

        workshop = ops.create_workshop(ws, "Benchmark-Workshop")
        cards = populate(ws, workshop)
        page = WorkshopPage(session)
        page.resize(1366, 768)
        page.show()
        page.context.choose(workshop)
        view = next(v for v in page.views if isinstance(v, CardsView))
        page.ui.tabs.setCurrentWidget(view)
        app.processEvents()
        edits = iter(range(10**6))

        def edit() -> None:
            n = next(edits)
            assert page.context.update("Text", "card", cards[n % 150], text=f"Geänderte Karte {n}")

        baseline = median_ms(answer, args.repeats)
        ours = median_ms(edit, args.repeats)
        undo = median_ms(page.context.stack.undo, args.repeats)
        reload = median_ms(lambda: ops.load_workshop(ws, workshop), args.repeats)
        page.close()
        session.close()
    print(f"set_answer, one answer to disk:            median {baseline:6.2f} ms")
    print(f"card edit: write, reload, view refreshed:  median {ours:6.2f} ms")
    print(f"undo of a card edit, same path:            median {undo:6.2f} ms")
    print(f"load_workshop alone:                       median {reload:6.2f} ms")
    verdict = "ok" if ours <= TARGET_MS else "OVER TARGET"
    print(f"ratio {ours / baseline:.1f}x; target median <= {TARGET_MS:.0f} ms: {verdict}")
    return 0 if ours <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
