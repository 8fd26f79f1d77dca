"""The workspace the window shows: opening, creating, closing, and save notices."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from weltoffen_desktop.storage.database import Workspace, WorkspaceError

log = logging.getLogger(__name__)
T = TypeVar("T")
_FAILED: Any = object()
BACKUP_INTERVAL = 10 * 60  # seconds between automatic backups after saves


class WorkspaceSession(QObject):
    """Holds the open workspace; pages follow its signals."""

    opened = Signal(object)
    closed = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, backups_dir: Path | None = None) -> None:
        """``backups_dir``: where automatic backups go; ``None`` makes none."""
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.last_refusal: WorkspaceError | None = None  # why the last open/create was refused
        self._backups_dir = backups_dir
        self._last_backup = 0.0
        self._backup_warned = False

    def open(self, path: Path, *, take_over: bool = False) -> bool:
        """Open ``path``; a stale lock is not shown but left in ``last_refusal``.

        The caller offers to take such a lock over (``take_over=True``).
        """
        return self._adopt(path, lambda: _open(path, take_over), stale_lock_shown=False)

    def create(self, path: Path, municipality: str) -> bool:
        from weltoffen_desktop.operations.workspace import create_workspace

        return self._adopt(path, lambda: create_workspace(path, municipality, overwrite=True))

    def create_demo(self, path: Path) -> bool:
        from weltoffen_desktop.operations.demo import create_demo

        # The demo is rebuilt on demand: backing it up would only fill the backups folder.
        return self._adopt(path, lambda: create_demo(path, overwrite=True), back_up=False)

    def run(self, operation: Callable[[], object]) -> bool:
        """Run a write operation; refused input or a failed write becomes a message."""
        return self._guarded(operation) is not _FAILED

    def result_of(self, operation: Callable[[], T]) -> T | None:
        """Like ``run``, but the operation's result, or ``None`` if it was refused."""
        result = self._guarded(operation)
        return None if result is _FAILED else result  # type: ignore[return-value]

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
            self.closed.emit()

    def _adopt(
        self,
        path: Path,
        make: Callable[[], Workspace],
        *,
        back_up: bool = True,
        stale_lock_shown: bool = True,
    ) -> bool:
        if self.workspace is not None and _same_file(self.workspace.path, path):
            self.close()  # its lock would refuse opening or replacing it again
        workspace = self._guarded(make, stale_lock_shown=stale_lock_shown)
        if workspace is _FAILED:
            return False
        self.close()
        self.workspace = workspace
        workspace.on_saved(self._after_save)
        log.info("Opened workspace %s", workspace.path)
        self.opened.emit(workspace)
        self._backup_warned = False
        self._last_backup = time.monotonic()
        if back_up:
            self._back_up()
        return True

    def _after_save(self) -> None:
        self.saved.emit()
        if time.monotonic() - self._last_backup >= BACKUP_INTERVAL:
            self._back_up()

    def _back_up(self) -> None:
        """Back up the open workspace; a failure is logged and shown once per workspace."""
        if self._backups_dir is None or self.workspace is None:
            return
        from weltoffen_desktop.gui.messages import error_text
        from weltoffen_desktop.operations.backups import backup_now
        from weltoffen_desktop.storage.database import WorkspaceError

        started = self._last_backup = time.monotonic()
        try:
            info = backup_now(self.workspace.path, self._backups_dir)
        except (OSError, WorkspaceError) as exc:
            log.warning("Automatic backup of %s failed: %s", self.workspace.path, exc)
            if not self._backup_warned:
                self._backup_warned = True
                reason = error_text(exc) or str(exc)
                self.failed.emit(
                    self.tr(
                        "Die automatische Sicherung ist fehlgeschlagen.\n\n{reason}\n\n"
                        "Ihre Eingaben im Arbeitsbereich werden weiterhin gespeichert."
                    ).format(reason=reason)
                )
            return
        log.info("Backup %s took %.0f ms", info.path, (time.monotonic() - started) * 1000)

    def _guarded(self, action: Callable[[], T], *, stale_lock_shown: bool = True) -> T | object:
        from weltoffen_desktop.gui.messages import (
            invalid_input_text,
            os_error_text,
            workspace_error_text,
        )
        from weltoffen_desktop.operations.errors import InvalidInput
        from weltoffen_desktop.storage.database import Problem, WorkspaceError

        self.last_refusal = None
        try:
            return action()
        except WorkspaceError as exc:
            log.warning("Refused workspace: %s (%s)", exc, exc.detail)
            self.last_refusal = exc
            if stale_lock_shown or exc.problem is not Problem.LOCK_STALE:
                self.failed.emit(workspace_error_text(exc))
            if exc.problem is Problem.LOCK_LOST:
                # Nothing more can be saved; closed once the caller has finished.
                QTimer.singleShot(0, self.close)
        except InvalidInput as exc:
            self.failed.emit(invalid_input_text(exc))
        except OSError as exc:
            log.exception("File operation failed")
            self.failed.emit(os_error_text(exc))
        return _FAILED


def _open(path: Path, take_over: bool) -> Workspace:
    from weltoffen_desktop.storage.database import Workspace

    return Workspace.open(path, take_over=take_over)


def _same_file(a: Path, b: Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()
