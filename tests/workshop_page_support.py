"""The Workshop page in a real main window on a workspace of its own; the file read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from tests.test_gui import make_window
from weltoffen_desktop.domain.workshop import WorkshopData
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.workshop.page import WorkshopPage
from weltoffen_desktop.operations.workshop import load_workshop
from weltoffen_desktop.paths import AppDirs
from weltoffen_desktop.storage.database import Workspace

WORKSHOP_ROW = 3  # of the navigation


def workshop_window(
    qtbot, qapp: QApplication, base_dir: Path, path: Path, title: str = "Workshop Weltoffenheit"
) -> tuple[MainWindow, WorkshopPage]:  # type: ignore[no-untyped-def]
    """A new workspace at ``path`` with one workshop, its page shown in an active window."""
    install_language(qapp, "de")
    window = make_window(qtbot, AppDirs.below(base_dir).ensure())
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.session.create(path, "Teststadt")
    window.ui.navigation.setCurrentRow(WORKSHOP_ROW)
    page = window.pages[WORKSHOP_ROW]
    assert isinstance(page, WorkshopPage)
    assert page.new_workshop(title) is not None
    return window, page


def stored(window: MainWindow, path: Path, workshop: str) -> WorkshopData:
    """What the file holds, read after the window has closed its workspace."""
    window.session.close()
    ws = Workspace.open(path)
    try:
        return load_workshop(ws, workshop)
    finally:
        ws.close()


def write(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` key by key into the focus widget. A letter beyond ASCII (Ş, ễ, Ж)
    arrives as a keyboard layout or input method delivers it: a key event with its text."""
    widget = QApplication.focusWidget()
    assert widget is not None
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def arrive(qtbot, name: str, organisation: str, function: str) -> None:  # type: ignore[no-untyped-def]
    """In the participants' entry line: the name, Tab, organisation, Tab, function, Enter."""
    for text, key in ((name, Qt.Key.Key_Tab), (organisation, Qt.Key.Key_Tab), (function, None)):
        write(qtbot, text)
        qtbot.keyClick(QApplication.focusWidget(), key or Qt.Key.Key_Return)
