"""One job at a time behind an inline busy bar, for a dialog that stays responsive meanwhile.

The busy bar appears only if the job takes longer than BUSY_DELAY_MS, so quick jobs do not
flicker; the widgets a job locks are disabled meanwhile, and the keyboard focus returns
where it was. An error the user can act on comes back as its message in the interface
language (``gui.messages.error_text``); any other error is raised again on the GUI thread
(crash handler).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from weltoffen_desktop.gui.jobs import Job

BUSY_DELAY_MS = 200

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]  # the error and its message for the user


class Worker(QObject):
    finished = Signal()  # after the job's callbacks ran, on the GUI thread

    def __init__(self, busy_indicator: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.busy_indicator = busy_indicator
        busy_indicator.hide()
        self._job = Job(self)
        self._job.ended.connect(self._end)
        self._callbacks: tuple[Done, Failed] | None = None
        self._locked: Sequence[QWidget] = ()
        self._focus: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(busy_indicator.show)

    def start(
        self, work: Callable[[], Any], done: Done, failed: Failed, lock: Sequence[QWidget] = ()
    ) -> None:
        """Run ``work()`` (which must not touch widgets); then ``done`` or ``failed``.

        The widgets in ``lock`` are disabled until then."""
        self._job.start(lambda _report: work())  # refused while a job is running
        self._callbacks = done, failed
        self._locked, self._focus = lock, QApplication.focusWidget()
        for widget in lock:
            widget.setEnabled(False)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._job.running

    def _end(self, result: Any, error: BaseException | None) -> None:
        from weltoffen_desktop.gui.messages import error_text

        assert self._callbacks is not None
        done, failed = self._callbacks
        self._timer.stop()
        self.busy_indicator.hide()
        for widget in self._locked:
            widget.setEnabled(True)
        if self._focus is not None and self._focus.isEnabled():
            self._focus.setFocus()
        try:
            if error is None:
                done(result)
            else:
                text = error_text(error)
                if text is None:
                    raise error
                failed(error, text)
        finally:
            self.finished.emit()
