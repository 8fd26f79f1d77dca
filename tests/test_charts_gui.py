"""Charts on the Auswertung page: drawn in the background, at the widget's size and pixel
ratio, and matplotlib loaded only when a chart is first shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.test_gui import make_window
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.pages.evaluation import EvaluationPage
from weltoffen_desktop.paths import AppDirs

pytestmark = pytest.mark.gui

DRAWN_WITHIN_MS = 30_000  # generous: the first chart of the run imports matplotlib


@pytest.fixture
def page(qtbot, qapp: QApplication, base_dir: Path, demo_path: Path) -> Iterator[EvaluationPage]:  # type: ignore[no-untyped-def]
    install_language(qapp, "de")
    window = make_window(qtbot, AppDirs.below(base_dir).ensure())
    window.resize(1280, 800)
    assert window.open_path(demo_path)
    window.ui.navigation.setCurrentRow(2)
    page = window.pages[2]
    assert isinstance(page, EvaluationPage)
    yield page


def show_charts(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.ui.views.setCurrentWidget(page.ui.chartTab)


def device_size(page: EvaluationPage) -> tuple[int, int]:
    ratio = page.chart.devicePixelRatioF()
    return round(page.chart.width() * ratio), round(page.chart.height() * ratio)


def test_every_kind_is_drawn_at_the_size_of_the_view(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    show_charts(qtbot, page)
    assert page.chart.image_size == device_size(page)
    assert not page.ui.compareButton.isEnabled()  # no second round chosen yet
    page.ui.compareCombo.setCurrentIndex(page.ui.compareCombo.findText("Selbstcheck 2024"))
    assert page.ui.compareButton.isEnabled()
    for kind in ("ladder", "distribution", "spread", "compare"):
        with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
            page.kind_buttons[kind].click()
        assert page.chart_kind() == kind
        assert page.chart.is_current()
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.ui.compareCombo.setCurrentIndex(0)  # "(kein Vergleich)": back to the radar
    assert page.chart_kind() == "radar"
    assert not page.ui.compareButton.isEnabled()


def test_resizing_redraws_at_the_new_size(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    show_charts(qtbot, page)
    before = page.chart.image_size
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.window().resize(1000, 700)
    assert page.chart.image_size == device_size(page) != before


def test_the_window_keeps_working_while_a_chart_is_drawn(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    show_charts(qtbot, page)
    ticks: list[int] = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.ui.spreadButton.click()
        assert not page.chart.is_current()  # asked for, not drawn yet: the click returned
    timer.stop()
    assert len(ticks) >= 2  # the event loop ran while the chart was drawn


def test_going_back_to_a_chart_shows_it_at_once(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    show_charts(qtbot, page)
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.ui.spreadButton.click()
    page.ui.radarButton.click()
    assert page.chart.is_current()  # no drawing: the radar drawn before is kept
    page.ui.compareCombo.setCurrentIndex(page.ui.compareCombo.findText("Selbstcheck 2024"))
    assert not page.chart.is_current()  # another comparison: the radar is drawn anew


def test_the_other_kinds_are_drawn_ahead(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    from weltoffen_desktop.gui.chart_view import Request, renderer

    drawn: list[str] = []

    def count(request: Request, _image: object) -> None:
        if request.view == id(page.chart):
            drawn.append(request.kind)

    renderer().drawn.connect(count)
    try:
        show_charts(qtbot, page)  # the radar; no comparison round, so no comparison chart
        qtbot.waitUntil(lambda: len(drawn) == 4, timeout=DRAWN_WITHIN_MS)
    finally:
        renderer().drawn.disconnect(count)
    assert drawn == ["radar", "ladder", "distribution", "spread"]  # the next button first
    for kind in ("spread", "ladder", "distribution"):
        page.kind_buttons[kind].click()
        assert page.chart.is_current()  # on screen at once, nothing left to draw


def test_a_change_of_the_round_redraws_the_chart(qtbot, page: EvaluationPage) -> None:  # type: ignore[no-untyped-def]
    show_charts(qtbot, page)
    data = page.chart_data
    with qtbot.waitSignal(page.chart.shown, timeout=DRAWN_WITHIN_MS):
        page.ui.roundCombo.setCurrentIndex(page.ui.roundCombo.findText("Selbstcheck 2024"))
    assert page.chart_data is not data
    assert page.chart_data is not None
    assert page.chart_data.report.round_name == "Selbstcheck 2024"


def test_a_round_is_read_once_until_the_workspace_changes(page: EvaluationPage) -> None:
    report = page.report
    page.ui.compareCombo.setCurrentIndex(page.ui.compareCombo.findText("Selbstcheck 2024"))
    page.ui.compareCombo.setCurrentIndex(0)
    assert page.report is report  # the comparison came and went without a new read
    ws = page.session.workspace
    assert ws is not None
    from weltoffen_desktop.operations.results import set_consensus

    page.session.run(lambda: set_consensus(ws, "Selbstcheck 2026", "MS", stage=2, reason="Test"))
    assert page.report is not report
    assert page.report is not None and page.report.consensus["MS"].stage == 2


PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.paths import AppDirs

app = QApplication([])
dirs = AppDirs.below(Path(sys.argv[1])).ensure()
window = MainWindow(Settings(dirs.config / "s.ini"), dirs, dialogs=False)
window.resize(1000, 700)
window.show()
window.build_pages()
window.open_demo()
window.ui.navigation.setCurrentRow(2)
page = window.pages[2]
app.processEvents()
before = "matplotlib" in sys.modules
loop = QEventLoop()
page.chart.shown.connect(loop.quit)
QTimer.singleShot(60000, loop.quit)
page.ui.views.setCurrentWidget(page.ui.chartTab)
loop.exec()
print(json.dumps({
    "table_only": before,
    "after_chart": "matplotlib" in sys.modules,
    "ratio": page.chart.devicePixelRatioF(),
    "view": [page.chart.width(), page.chart.height()],
    "image": page.chart.image_size,
}))
"""


@pytest.fixture(scope="module")
def scaled_app(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The real app at QT_SCALE_FACTOR=2: the Auswertung table, then its charts."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path_factory.mktemp("scaled"))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.e2e
def test_matplotlib_loads_only_when_a_chart_is_shown(scaled_app: dict[str, object]) -> None:
    assert scaled_app["table_only"] is False
    assert scaled_app["after_chart"] is True


@pytest.mark.e2e
def test_charts_are_sharp_at_scale_factor_two(scaled_app: dict[str, object]) -> None:
    width, height = scaled_app["view"]  # type: ignore[misc]
    assert scaled_app["ratio"] == 2.0
    assert scaled_app["image"] == [2 * width, 2 * height]
