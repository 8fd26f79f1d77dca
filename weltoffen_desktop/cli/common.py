"""What every command module shares: opening a workspace for one command."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from weltoffen_desktop.storage.database import Workspace

Commands = Any  # argparse's sub-parser action; its class is private


@contextlib.contextmanager
def open_workspace(path: Path) -> Iterator[Workspace]:
    from weltoffen_desktop.storage.database import Workspace

    ws = Workspace.open(path)
    try:
        yield ws
    finally:
        ws.close()
