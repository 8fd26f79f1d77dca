"""The Qt binding itself must survive a long session (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import os
import subprocess
import sys

LONG_SESSION = """
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Sender(QObject):
    changed = Signal(int)
sender, label = Sender(), QLabel()
before = sys.getrefcount(None), sys.getrefcount(True)
for i in range(20000):  # a long day of typing: each answer emits and sets texts
    label.setText(str(i))
    sender.changed.emit(i)
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_signals_and_setters_do_not_leak_references_to_none_or_true() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    none_delta, true_delta = map(int, result.stdout.split())
    assert abs(none_delta) < 100 and abs(true_delta) < 100
