"""What every command module shares: opening a workspace for one command."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from weltoffen_desktop.storage.database import Workspace

Commands = Any  # argparse's sub-parser action; its class is private


def add_take_over(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--take-over",
        action="store_true",
        help="take over the workspace from an opener that has gone silent for minutes "
        "(another computer that crashed or was switched off); a live opener is never "
        "displaced, and a crashed one on this computer is replaced without asking",
    )


@contextlib.contextmanager
def open_workspace(
    path: Path, *, take_over: bool = False, reading: bool = False
) -> Iterator[Workspace]:
    """The workspace for one command, locked against other openers while it runs.

    ``reading``: the command only reads, so a workspace the app has open on this
    computer is read through a read-only connection instead of being refused.
    """
    from weltoffen_desktop.storage.database import Workspace

    if reading and not take_over:
        ws = Workspace.open_for_reading(path)
    else:
        ws = Workspace.open(path, take_over=take_over)
    try:
        yield ws
    finally:
        ws.close()
