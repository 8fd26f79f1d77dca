"""What every page of the main window has in common."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from weltoffen_desktop.gui.workspace_session import WorkspaceSession
    from weltoffen_desktop.operations.rounds import RoundInfo


@contextlib.contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Like ``QSignalBlocker``, whose PySide6 6.12 binding loses a reference to ``None``
    on every use (after enough uses the interpreter aborts)."""
    blocked = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(blocked)


def fill_round_chooser(
    combo: QComboBox,
    rounds: Sequence[RoundInfo],
    chosen: int | None,
    *,
    blank: str | None = None,
    leave_out: int | None = None,
) -> int | None:
    """List ``rounds`` in ``combo`` (optionally after a ``blank`` entry, without ``leave_out``).

    Keeps ``chosen`` if it is still listed, else selects the blank entry or the newest
    round; returns the id now selected. Signals are blocked while filling.
    """
    listed = [r for r in rounds if r.id != leave_out]
    ids = [r.id for r in listed]
    if chosen not in ids:
        chosen = None if blank is not None or not ids else ids[-1]
    with signals_blocked(combo):
        combo.clear()
        if blank is not None:
            combo.addItem(blank, None)
        for round_ in listed:
            combo.addItem(round_.name, round_.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    return chosen


class Page(QWidget):
    """A page re-reads the workspace when it is shown after a change."""

    page_id: ClassVar[str]
    needs_workspace: ClassVar[bool] = True

    def __init__(self, session: WorkspaceSession) -> None:
        super().__init__()
        self.session = session
        self._stale = True
        session.opened.connect(self.invalidate)
        session.closed.connect(self.invalidate)
        session.saved.connect(self.invalidate)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the workspace's current state (or the no-workspace state)."""

    def retranslate(self) -> None:
        """Set every text again after a language change."""

    def invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
