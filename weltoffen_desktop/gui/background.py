"""Long file work (encrypting, decrypting) on a worker thread behind a modal progress dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from weltoffen_desktop.gui.jobs import Job, Report

T = TypeVar("T")
_STEPS = 1000


def run_with_progress(parent: QWidget, label: str, work: Callable[[Report], T]) -> T:
    """Run ``work(report)`` on a worker thread; return its result or raise its error.

    A modal dialog shows a busy bar until ``work`` first reports, then the share
    done. ``work`` must not touch widgets; it has no cancel button, as a half-done
    encryption is worthless and is cleaned up by ``work`` itself on failure. The caller
    words an error for the user (``WorkspaceSession.run``).
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

    outcome: list[Any] = []  # result, error
    loop = QEventLoop()

    def end(result: Any, error: BaseException | None) -> None:
        outcome[:] = [result, error]
        loop.quit()

    job = Job(dialog)  # deleted with the dialog
    job.progressed.connect(show_share)
    job.ended.connect(end)
    dialog.show()
    job.start(work)
    loop.exec()
    dialog.close()
    dialog.deleteLater()
    result, error = outcome
    if error is not None:
        raise error
    return result  # type: ignore[no-any-return]
