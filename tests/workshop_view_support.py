"""One workshop view alone in a window on a workspace file, driven by keys, and the file read
back through a second (reading) connection."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.workshop_page_support import write
from weltoffen_desktop.domain.workshop import WorkshopData
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.workshop.common import WorkshopView
from weltoffen_desktop.gui.workshop.edits import WorkshopContext
from weltoffen_desktop.gui.workspace_session import WorkspaceSession
from weltoffen_desktop.operations.workshop import load_workshop
from weltoffen_desktop.storage.database import Workspace

__all__ = ["focused", "on_disk", "open_view", "press", "write"]

View = TypeVar("View", bound=WorkshopView)
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def open_view(qtbot, kind: type[View], path: Path, workshop: str) -> tuple[View, WorkspaceSession]:  # type: ignore[no-untyped-def]
    """``kind`` of view on ``workshop`` in the file at ``path``, shown in an active window,
    in German."""
    install_language(QApplication.instance(), "de")
    session = WorkspaceSession()
    assert session.open(path)
    context = WorkshopContext(session)
    context.choose(workshop)
    view = kind(context)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    return view, session


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, *keys: str | Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:  # type: ignore[no-untyped-def]
    """Press each key (with ``modifier``) in whatever has the keyboard focus."""
    for key in keys:
        qtbot.keyClick(focused(), key, modifier)


def on_disk(view: WorkshopView) -> WorkshopData:
    """The view's workshop as the file holds it."""
    other = Workspace.open_for_reading(view.context.session.workspace.path)
    try:
        return load_workshop(other, view.context.workshop)
    finally:
        other.close()
