"""Uncaught exceptions: logged, then a short dialog with the log path (or exit in automation)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

EXIT_CRASH = 70
log = logging.getLogger("weltoffen.crash")


def install_excepthook(log_path: Path, *, dialog: bool) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uncaught exception", exc_info=(kind, exc, tb))
        app = QApplication.instance()
        if not dialog or app is None:
            sys.__excepthook__(kind, exc, tb)
            if app is not None:
                app.exit(EXIT_CRASH)
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Crash", "Unerwarteter Fehler"),
            QCoreApplication.translate(
                "Crash",
                "Es ist ein unerwarteter Fehler aufgetreten. "
                "Ihre bisher gespeicherten Eingaben sind sicher.",
            ),
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Crash", "Details stehen in der Protokolldatei:\n{path}"
            ).format(path=log_path)
        )
        box.setDetailedText(f"{kind.__name__}: {exc}")
        box.exec()

    sys.excepthook = hook
