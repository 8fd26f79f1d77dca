"""The house style: Fusion plus one stylesheet from resources/, and the app's icon."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from weltoffen_desktop import APP_ID
from weltoffen_desktop.resources import resource_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))


def apply_window_icon(app: QApplication) -> None:
    """Every window's icon; set after the first paint, as drawing the SVG takes a moment."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", f"{APP_ID}.svg"))))
