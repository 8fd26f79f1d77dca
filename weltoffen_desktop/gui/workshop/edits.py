"""Undoable workshop edits: one QUndoCommand per change of the model.

A view never changes the workspace itself. It asks ``WorkshopContext`` to
``add``/``update``/``remove``/``move``/``set_dots``; the change is applied at
once (refused input becomes a message and leaves the undo stack alone), then
pushed so Ctrl+Z / Ctrl+Y take it back and redo it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from weltoffen_desktop.operations import workshop as ops

if TYPE_CHECKING:
    from weltoffen_desktop.domain.workshop import WorkshopData
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession


class _Edit(QUndoCommand):
    """Applied before it is pushed, so its first ``redo`` (inside ``push``) does nothing."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        guard: Callable[[Callable[[], Any]], bool],
    ) -> None:
        super().__init__(text)
        self._guard = guard  # turns a refusal during undo/redo into a message
        self._apply = apply
        self._revert = revert
        self._applied = False

    def first_apply(self) -> Any:
        result = self._apply()
        self._applied = True
        return result

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._guard(self._apply)

    def undo(self) -> None:
        self._guard(self._revert)


class WorkshopContext(QObject):
    """The workshop being edited, its undo stack, and the edits views may make.

    ``changed`` is emitted after every edit, undo and redo (and after the
    workshop is switched), with nothing: views re-read ``data()``.
    """

    changed = Signal()

    def __init__(self, session: WorkspaceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self.workshop: str | None = None
        self._data: WorkshopData | None = None
        self.stack.indexChanged.connect(self._reload)
        session.closed.connect(lambda: self.choose(None))

    # --- reading -----------------------------------------------------------------------------

    def choose(self, workshop: str | None) -> None:
        """Edit another workshop (``None``: none); its undo history starts empty."""
        self.workshop = workshop
        self.stack.clear()
        self._reload()

    def data(self) -> WorkshopData | None:
        return self._data

    def reload(self) -> None:
        """Re-read the workshop after a change made elsewhere; the undo history stays."""
        self._reload()

    def _reload(self) -> None:
        ws = self.session.workspace
        if self.workshop is None or ws is None:
            self._data = None
        else:
            self._data = self.session.result_of(lambda: ops.load_workshop(ws, self.workshop))
        self.changed.emit()

    # --- edits -------------------------------------------------------------------------------

    def add(self, text: str, kind: str, parent: str | None, /, **values: Any) -> str | None:
        """Add a record (parent: a UUID, usually the workshop's); its UUID, or None if refused."""
        ws = self.session.workspace
        state: dict[str, Any] = {}

        def apply() -> str:
            if "removed" in state:
                ops.restore(ws, state.pop("removed"))
            else:
                state["uid"] = ops.add(ws, kind, parent, **values)
            return state["uid"]

        def revert() -> None:
            state["removed"] = ops.remove(ws, kind, state["uid"])

        ok, uid = self._push(text, apply, revert)
        return uid if ok else None

    def update(self, text: str, kind: str, uid: str, /, **changes: Any) -> bool:
        ws = self.session.workspace
        state: dict[str, Any] = {}

        def apply() -> None:
            state["previous"] = ops.update(ws, kind, uid, **changes)

        def revert() -> None:
            ops.update(ws, kind, uid, **state["previous"])

        return self._push(text, apply, revert)[0]

    def remove(self, text: str, kind: str, uid: str) -> bool:
        ws = self.session.workspace
        state: dict[str, Any] = {}

        def apply() -> None:
            state["removed"] = ops.remove(ws, kind, uid)

        def revert() -> None:
            ops.restore(ws, state["removed"])

        return self._push(text, apply, revert)[0]

    def move(self, text: str, kind: str, uid: str, steps: int) -> bool:
        ws = self.session.workspace
        state = {"moved": 0}

        def apply() -> None:
            state["moved"] = ops.move(ws, kind, uid, steps)

        def revert() -> None:
            ops.move(ws, kind, uid, -state["moved"])

        return self._push(text, apply, revert)[0]

    def set_dots(self, text: str, option: str, participant: str, dots: int) -> bool:
        ws = self.session.workspace
        state = {"previous": 0}

        def apply() -> None:
            state["previous"] = ops.set_dots(ws, option, participant, dots)

        def revert() -> None:
            ops.set_dots(ws, option, participant, state["previous"])

        return self._push(text, apply, revert)[0]

    def _push(
        self, text: str, apply: Callable[[], Any], revert: Callable[[], Any]
    ) -> tuple[bool, Any]:
        """Apply an edit; if it was not refused, push it. (applied?, what apply returned)"""
        edit = _Edit(text, apply, revert, self.session.run)
        outcome = self.session.result_of(lambda: (edit.first_apply(),))
        if outcome is None:
            return False, None
        self.stack.push(edit)  # emits indexChanged: views reload
        return True, outcome[0]
