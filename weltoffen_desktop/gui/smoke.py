"""`--smoke`: show every page once and report which ones worked, and the About dialog."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from weltoffen_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def visit_pages(window: MainWindow) -> tuple[list[dict[str, object]], bool]:
    results: list[dict[str, object]] = []
    for row, page in enumerate(window.pages):
        try:
            window.ui.navigation.setCurrentRow(row)
            page.refresh_now()
            QApplication.processEvents()
            ok = not page.grab().isNull() and window.ui.pages.currentWidget() is page
        except Exception:  # a smoke run reports a broken page instead of stopping
            log.exception("Page %s failed", page.page_id)
            ok = False
        results.append({"id": page.page_id, "title": page.title(), "ok": ok})
    window.ui.navigation.setCurrentRow(0)
    return results, all(r["ok"] for r in results)


def check_licences(window: MainWindow) -> dict[str, object]:
    """Show the About dialog once: how many components it lists, which lack a licence text."""
    from weltoffen_desktop.gui.about_dialog import AboutDialog

    dialog = AboutDialog(window)
    dialog.show()
    QApplication.processEvents()
    without_text = [
        component.name
        for component in dialog.components
        if not component.texts or not all(path.is_file() for path in component.texts)
    ]
    dialog.close()
    dialog.deleteLater()
    return {"components": len(dialog.components), "without_text": without_text}
