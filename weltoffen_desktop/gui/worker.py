"""One job at a time on a worker thread, for a dialog that stays responsive meanwhile.

The dialog's busy bar appears only if the job takes longer than BUSY_DELAY_MS, so quick
jobs do not flicker; the widgets a job locks are disabled meanwhile, and the keyboard
focus returns where it was. Refused input, file errors and workspace files that cannot be
used come back as a message in the interface language; any other error is raised again on
the GUI thread (crash handler).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from weltoffen_desktop.operations.errors import InvalidInput

BUSY_DELAY_MS = 200

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]  # the error and its message for the user


class Worker(QObject):
    finished = Signal()  # after the job's callbacks ran, on the GUI thread
    _job_ended = Signal(object, object, object, object)  # result, error, done, failed

    def __init__(self, busy_indicator: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.busy_indicator = busy_indicator
        busy_indicator.hide()
        self.running = False
        self._locked: Sequence[QWidget] = ()
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(busy_indicator.show)
        self._job_ended.connect(self._end)

    def start(
        self, work: Callable[[], Any], done: Done, failed: Failed, lock: Sequence[QWidget] = ()
    ) -> None:
        """Run ``work()`` (which must not touch widgets); then ``done`` or ``failed``.

        The widgets in ``lock`` are disabled until then."""
        if self.running:
            raise RuntimeError("a job is running already")
        self.running = True
        self._locked, self._focus = lock, QApplication.focusWidget()
        for widget in lock:
            widget.setEnabled(False)
        self._timer.start()
        threading.Thread(
            target=self._run, args=(work, done, failed), name="dialog job", daemon=True
        ).start()

    def _run(self, work: Callable[[], Any], done: Done, failed: Failed) -> None:
        try:
            result, error = work(), None
        except BaseException as exc:  # handed to the GUI thread, raised there if unexpected
            result, error = None, exc
        self._job_ended.emit(result, error, done, failed)  # queued to the GUI thread

    def _end(self, result: Any, error: BaseException | None, done: Done, failed: Failed) -> None:
        from weltoffen_desktop.gui.messages import (
            invalid_input_text,
            os_error_text,
            workspace_error_text,
        )
        from weltoffen_desktop.storage.errors import WorkspaceError

        self._timer.stop()
        self.busy_indicator.hide()
        self.running = False
        for widget in self._locked:
            widget.setEnabled(True)
        if self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()
        try:
            if isinstance(error, InvalidInput):
                failed(error, invalid_input_text(error))
            elif isinstance(error, OSError):
                failed(error, os_error_text(error))
            elif isinstance(error, WorkspaceError):
                failed(error, workspace_error_text(error))
            elif error is not None:
                raise error
            else:
                done(result)
        finally:
            self.finished.emit()
