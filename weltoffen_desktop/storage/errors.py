"""Why a workspace file cannot be opened, created or written, with the English wording.

The GUI words each problem in its own language (gui/messages.py); the English
text here is what the command line and the log show.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from weltoffen_desktop.storage.lock import LockInfo


class Problem(enum.Enum):
    NOT_FOUND = "not_found"
    NOT_A_WORKSPACE = "not_a_workspace"
    DAMAGED = "damaged"
    NEWER_VERSION = "newer_version"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    NO_FOLDER = "no_folder"
    LOCKED = "locked"  # open elsewhere, and alive
    LOCK_STALE = "lock_stale"  # marked open elsewhere, but silent for minutes
    LOCK_LOST = "lock_lost"  # taken over by another opener while open here


_MESSAGES = {
    Problem.NOT_FOUND: "The file does not exist: {path}",
    Problem.NOT_A_WORKSPACE: "This is not a Weltoffen workspace: {path}",
    Problem.DAMAGED: "The workspace file is damaged and cannot be opened: {path}",
    Problem.NEWER_VERSION: (
        "The workspace was saved by a newer version of Weltoffen Desktop; "
        "please update the app to open it: {path}"
    ),
    Problem.READ_ONLY: "The workspace is in a read-only location and cannot be edited: {path}",
    Problem.EXISTS: "A file of that name exists already: {path}",
    Problem.NO_FOLDER: "The folder does not exist: {path}",
    Problem.LOCKED: "The workspace is open by {user} on {host} since {since}: {path}",
    Problem.LOCK_STALE: (
        "The workspace is marked as open by {user} on {host} since {since}, but there has "
        "been no sign of life from there for {minutes} minutes; if it is no longer open "
        "there, repeat with --take-over: {path}"
    ),
    Problem.LOCK_LOST: (
        "Another opener ({user} on {host}) took over the workspace while it was open here, "
        "so nothing more is saved here; close it and open it again: {path}"
    ),
}


class WorkspaceError(Exception):
    """A workspace file that cannot be opened, created or written, with the reason.

    ``holder`` is the lock of whoever has the file open, for the LOCK problems.
    """

    def __init__(
        self, problem: Problem, path: Path, detail: str = "", holder: LockInfo | None = None
    ) -> None:
        self.problem = problem
        self.path = path
        self.detail = detail
        self.holder = holder
        fields: dict[str, object] = {"path": path}
        if holder is not None:
            fields |= {
                "user": holder.user,
                "host": holder.host,
                "since": f"{holder.opened_at.astimezone():%Y-%m-%d %H:%M}",
                "minutes": holder.silent_minutes(datetime.now(UTC)),
            }
        super().__init__(_MESSAGES[problem].format(**fields))
