"""Long file work (encrypting, decrypting) on a worker thread behind a progress dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Report = Callable[[float], None]  # share done, 0.0 to 1.0
_STEPS = 1000


class _Job(QObject):
    progressed = Signal(float)
    finished = Signal()

    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:  # on the worker thread; the signals reach the GUI thread queued
        try:
            self.result = self.work(self.progressed.emit)
        except BaseException as exc:
            self.error = exc
        self.finished.emit()


def run_with_progress(parent: QWidget, label: str, work: Callable[[Report], T]) -> T:
    """Run ``work(report)`` on a worker thread; return its result or raise its error.

    A modal dialog shows a busy bar until ``work`` first reports, then the share
    done. ``work`` must not touch widgets; it has no cancel button, as a half-done
    encryption is worthless and is cleaned up by ``work`` itself on failure.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle(parent.window().windowTitle())
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def show_share(share: float) -> None:
        dialog.setMaximum(_STEPS)
        dialog.setValue(round(max(0.0, min(share, 1.0)) * _STEPS))

    job = _Job(work)
    loop = QEventLoop()
    job.progressed.connect(show_share)
    job.finished.connect(loop.quit)
    thread = threading.Thread(target=job.run, name="background job", daemon=True)
    dialog.show()
    thread.start()
    loop.exec()
    thread.join()
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[no-any-return]
