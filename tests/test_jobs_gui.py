"""Work off the GUI thread: both presentations hand back the result, the progress and
the error, and a worker words each error a user can act on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from weltoffen_desktop.gui.background import run_with_progress
from weltoffen_desktop.gui.worker import Worker
from weltoffen_desktop.operations.errors import InvalidInput
from weltoffen_desktop.storage.errors import Problem, WorkspaceError

pytestmark = pytest.mark.gui

WAIT_MS = 10_000


def test_a_worker_words_refused_input_file_errors_and_unusable_workspaces(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    worker = Worker(QProgressBar(window), window)
    missing = Path("/nowhere/Musterstadt.weltoffen")
    errors = [
        InvalidInput("round_exists", "A round of that name exists."),
        FileNotFoundError(2, "No such file or directory", str(missing)),
        WorkspaceError(Problem.NOT_FOUND, missing),
    ]
    texts: list[str] = []
    for error in errors:

        def fail(error: BaseException = error) -> None:
            raise error

        with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
            worker.start(fail, lambda result: None, lambda _error, text: texts.append(text))
    assert texts[0] == "Es gibt bereits eine Runde mit diesem Namen."
    assert texts[1].startswith("Die Datei konnte nicht geschrieben werden:\n/nowhere/")
    assert texts[2] == f"Die Datei gibt es nicht (mehr):\n{missing}"
    assert not worker.running


def test_the_progress_dialog_follows_the_work_and_hands_back_result_and_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    window.setWindowTitle("Musterstadt")
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[int, int]] = []
    halfway, go_on = threading.Event(), threading.Event()

    def work(report) -> str:  # type: ignore[no-untyped-def]
        report(0.5)
        halfway.set()
        go_on.wait(WAIT_MS / 1000)
        return "geschrieben"

    def look() -> None:
        dialog = window.findChild(QProgressDialog)
        if halfway.is_set() and dialog is not None and dialog.value() > 0:
            seen.append((dialog.value(), dialog.maximum()))
            go_on.set()

    timer = QTimer(window, interval=10)
    timer.timeout.connect(look)
    timer.start()  # looks while the dialog's own event loop runs
    assert run_with_progress(window, "Wird geschrieben …", work) == "geschrieben"
    timer.stop()
    assert seen and seen[0] == (500, 1000)  # the share done, while the work went on

    def refuse(report) -> None:  # type: ignore[no-untyped-def]
        raise InvalidInput("encrypted_damaged", "The copy is damaged.")

    with pytest.raises(InvalidInput, match="damaged"):
        run_with_progress(window, "Wird entschlüsselt …", refuse)
    assert all(not d.isVisible() for d in window.findChildren(QProgressDialog))
