"""Unexpected errors: logged with the traceback, then a dialog with the log path (or an exit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FAULTY_APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from weltoffen_desktop.applog import setup_logging
from weltoffen_desktop.gui.crash import install_excepthook
log = setup_logging(Path(sys.argv[1]))
app = QApplication([])
install_excepthook(log, dialog=False)
def broken_slot():
    raise RuntimeError("Kaputte Karte")
QTimer.singleShot(0, broken_slot)
QTimer.singleShot(5000, app.quit)
sys.exit(app.exec())
"""


def test_without_dialog_the_error_is_logged_and_the_app_exits_70(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", FAULTY_APP, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 70
    log = (tmp_path / "weltoffen.log").read_text(encoding="utf-8")
    assert "Uncaught exception" in log and "RuntimeError: Kaputte Karte" in log
    assert "broken_slot" in log  # the traceback is there


@pytest.mark.gui
def test_with_dialog_the_user_sees_the_log_path(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from weltoffen_desktop.gui.crash import install_excepthook

    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.windowTitle(), box.text(), box.informativeText()])
        box.close()

    previous = sys.excepthook
    install_excepthook(tmp_path / "weltoffen.log", dialog=True)
    try:
        QTimer.singleShot(0, read_and_close)
        try:
            raise ValueError("x")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert seen[0] == "Unerwarteter Fehler"
    assert "gespeicherten Eingaben sind sicher" in seen[1]
    assert str(tmp_path / "weltoffen.log") in seen[2]
