"""Work off the GUI thread: one job at a time, its progress, and its result or error back on
the GUI thread.

The presentations build on this: a modal progress dialog (gui/background.py) and an
inline busy bar that appears late (gui/worker.py). What a failed job means for the user is
worded by ``gui.messages.error_text``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

Report = Callable[[float], None]  # share done, 0.0 to 1.0


class Job(QObject):
    """Runs ``work(report)`` on a thread of its own; its signals arrive on the GUI thread.

    ``work`` must not touch widgets. A job runs one piece of work at a time and may be
    started again once ``ended`` was emitted; ``parent`` must outlive the work.
    """

    progressed = Signal(float)  # what ``work`` reported, in order, before ``ended``
    ended = Signal(object, object)  # result, error: exactly one of them is meaningful
    _returned = Signal(object, object)  # the same, from the worker thread

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.running = False
        self._returned.connect(self._end)

    def start(self, work: Callable[[Report], Any]) -> None:
        if self.running:
            raise RuntimeError("a job is running already")
        self.running = True
        threading.Thread(target=self._run, args=(work,), name="job", daemon=True).start()

    def _run(self, work: Callable[[Report], Any]) -> None:  # on the worker thread
        try:
            result, error = work(self.progressed.emit), None
        except BaseException as exc:  # handed to the GUI thread, which decides what it means
            result, error = None, exc
        self._returned.emit(result, error)  # queued to the GUI thread

    def _end(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self.ended.emit(result, error)
