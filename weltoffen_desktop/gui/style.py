"""The house style: Fusion plus one stylesheet from resources/."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from weltoffen_desktop.resources import resource_path


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
