"""Two laptops that started from one workspace and then each went on alone."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from weltoffen_desktop.domain.workshop import CardKind, MeasureStatus
from weltoffen_desktop.operations import workshop as ops
from weltoffen_desktop.operations.results import set_consensus
from weltoffen_desktop.operations.rounds import (
    add_respondent,
    create_round,
    respondents,
    round_named,
    set_answer,
)
from weltoffen_desktop.operations.workspace import create_workspace
from weltoffen_desktop.storage.database import Workspace

from .workshop_support import record_small_workshop

ROUND = "Selbstcheck 2026"


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(path)
    try:
        yield ws
    finally:
        ws.close()


def make_template(path: Path) -> Path:
    """A small workspace with a round (answers, a consensus) and a workshop."""
    with contextlib.closing(create_workspace(path, "Musterstadt")) as ws:
        round_id = create_round(ws, ROUND)
        for code in ("R1", "R2"):
            respondent = add_respondent(ws, round_id, code, "Hauptamt", "Leitung")
            for question, value in (("MS-01", 2), ("MS-02", None), ("IO-01", 3)):
                set_answer(ws, respondent, question, value, "")
        set_consensus(ws, ROUND, "MS", reason="Einig", stage=2)
        record_small_workshop(ws)
    return path


def two_laptops(template: Path, folder: Path) -> tuple[Path, Path]:
    """This laptop's workspace (mine) and the other laptop's file on a stick (theirs)."""
    mine, theirs = folder / "mine.weltoffen", folder / "stick" / "theirs.weltoffen"
    theirs.parent.mkdir()
    shutil.copyfile(template, mine)
    shutil.copyfile(template, theirs)
    return mine, theirs


def edit_on_both_laptops(mine: Path, theirs: Path) -> dict[str, str]:
    """A day on two laptops: new records on the other, the same records changed on both."""
    with opened(theirs) as ws:
        w = ops.workshops(ws)[0].uid
        data = ops.load_workshop(ws, w)
        round_id = round_named(ws, ROUND).id
        r3 = add_respondent(ws, round_id, "R3", "Jugendamt", "")
        set_answer(ws, r3, "MS-01", 1, "auf Papier")
        r1 = respondents(ws, round_id)[0].id
        set_answer(ws, r1, "MS-01", 3)
        person = ops.add(ws, "participant", w, name="Ольга Смирнова")
        card = ops.add(ws, "card", w, kind=CardKind.IDEA, text="Karte von Laptop B")
        ops.update(ws, "card", data.cards[0].uid, text="Text von B")
        ops.update(ws, "measure", data.measures[0].uid, status=MeasureStatus.DONE)
        ops.add(ws, "milestone", data.measures[0].uid, title="Abgeschlossen")
        option = ops.add(ws, "vote_option", data.votes[0].uid, card=card)
        ops.set_dots(ws, option, person, 2)
    with opened(mine) as ws:
        ops.update(ws, "card", data.cards[0].uid, text="Text von A")
        set_answer(ws, respondents(ws, round_id)[0].id, "MS-01", 0)
        ops.add(ws, "card", ops.workshops(ws)[0].uid, kind=CardKind.QUESTION, text="Frage von A")
    return {"card": data.cards[0].uid, "measure": data.measures[0].uid, "workshop": w}
