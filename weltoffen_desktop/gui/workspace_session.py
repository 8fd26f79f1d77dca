"""The workspace the window shows: opening, creating, closing, and save notices."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from weltoffen_desktop.storage.database import Workspace

log = logging.getLogger(__name__)
T = TypeVar("T")
_FAILED: Any = object()


class WorkspaceSession(QObject):
    """Holds the open workspace; pages follow its signals."""

    opened = Signal(object)
    closed = Signal()
    saved = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None

    def open(self, path: Path) -> bool:
        return self._adopt(lambda: _open(path))

    def create(self, path: Path, municipality: str) -> bool:
        from weltoffen_desktop.operations.workspace import create_workspace

        return self._adopt(lambda: create_workspace(path, municipality, overwrite=True))

    def create_demo(self, path: Path) -> bool:
        from weltoffen_desktop.operations.demo import create_demo

        return self._adopt(lambda: create_demo(path, overwrite=True))

    def run(self, operation: Callable[[], object]) -> bool:
        """Run a write operation; refused input or a failed write becomes a message."""
        return self._guarded(operation) is not _FAILED

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
            self.closed.emit()

    def _adopt(self, make: Callable[[], Workspace]) -> bool:
        workspace = self._guarded(make)
        if workspace is _FAILED:
            return False
        self.close()
        self.workspace = workspace
        workspace.on_saved(self.saved.emit)
        log.info("Opened workspace %s", workspace.path)
        self.opened.emit(workspace)
        return True

    def _guarded(self, action: Callable[[], T]) -> T | object:
        from weltoffen_desktop.gui.messages import (
            invalid_input_text,
            os_error_text,
            workspace_error_text,
        )
        from weltoffen_desktop.operations.errors import InvalidInput
        from weltoffen_desktop.storage.database import WorkspaceError

        try:
            return action()
        except WorkspaceError as exc:
            log.warning("Refused workspace: %s (%s)", exc, exc.detail)
            self.failed.emit(workspace_error_text(exc))
        except InvalidInput as exc:
            self.failed.emit(invalid_input_text(exc))
        except OSError as exc:
            log.exception("File operation failed")
            self.failed.emit(os_error_text(exc))
        return _FAILED


def _open(path: Path) -> Workspace:
    from weltoffen_desktop.storage.database import Workspace

    return Workspace.open(path)
