"""Presentation mode: F5 puts the round full screen on the projector, keys step the slides."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.test_gui import make_window
from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.pages.evaluation import EvaluationPage
from weltoffen_desktop.gui.presentation import PresentationWindow, presentation_screen
from weltoffen_desktop.paths import AppDirs

pytestmark = pytest.mark.gui

TITLE, OVERALL, FIRST_CHART = 0, 1, 2
CHARTS = ["radar", "ladder", "distribution", "spread"]  # "compare" needs a second round
FIRST_FIELD = FIRST_CHART + len(CHARTS)


@pytest.mark.parametrize(
    ("screens", "moderator", "chosen"),
    [
        (["laptop"], "laptop", "laptop"),  # one screen: present on it
        (["laptop", "projector"], "laptop", "projector"),
        (["laptop", "projector"], "projector", "laptop"),  # the moderator moved over
        (["laptop", "projector", "tv"], "laptop", "projector"),
        (["laptop", "projector"], None, "projector"),
    ],
)
def test_the_projector_is_the_screen_the_moderator_is_not_on(
    screens: list[str], moderator: str | None, chosen: str
) -> None:
    assert presentation_screen(screens, "laptop", moderator) == chosen


@pytest.fixture
def window(qtbot, qapp: QApplication, base_dir: Path, demo_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    install_language(qapp, "de")
    window = make_window(qtbot, AppDirs.below(base_dir).ensure())
    assert window.open_path(demo_path)
    yield window
    page = evaluation(window)
    if page.presentation is not None:
        page.presentation.close()


def evaluation(window: MainWindow) -> EvaluationPage:
    page = window.pages[2]
    assert isinstance(page, EvaluationPage)
    return page


def present(qtbot, window: MainWindow) -> PresentationWindow:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presentation = evaluation(window).presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    return presentation


def test_f5_presents_full_screen_without_blocking_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    screen = QGuiApplication.primaryScreen()  # offscreen Qt has this one screen
    assert presentation.screen() is screen
    assert presentation.isFullScreen()
    assert presentation.geometry() == screen.geometry()
    assert QApplication.activeModalWidget() is None
    window.ui.navigation.setCurrentRow(1)  # the moderator works on
    assert window.ui.pages.currentIndex() == 1
    assert presentation.isVisible()


def shown_facts(presentation: PresentationWindow) -> dict[str, str]:
    return {f.caption.text(): f.value.text() for f in presentation.facts if f.isVisible()}


def test_slides_title_overall_charts_fields(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    kinds = [slide.kind for slide in presentation.slides]
    assert kinds == ["title", "overall"] + ["chart"] * len(CHARTS) + ["field"] * 7
    assert [slide.chart for slide in presentation.slides[FIRST_CHART:FIRST_FIELD]] == CHARTS
    assert presentation.heading.text() == "Musterstadt"
    assert presentation.stage_line.text() == "Ergebnisse der Runde „Selbstcheck 2026“"
    assert presentation.counter.text() == f"1 / {len(kinds)}"

    presentation.go_to(OVERALL)
    assert presentation.eyebrow.text() == "Gesamtergebnis"
    assert presentation.heading.text().startswith("Stufe 3 von 4: ")
    assert presentation.value.text() == "61,1 Punkte"

    presentation.go_to(FIRST_FIELD + 1)  # Interkulturelle Öffnung: 49.7, stage 2, disagreement
    assert presentation.eyebrow.text() == "Handlungsfeld 2 von 7"
    assert presentation.heading.text() == "Interkulturelle Öffnung und Antirassismus"
    assert presentation.value.text() == "49,7 Punkte"
    assert presentation.stage_line.text().startswith("Stufe 2 von 4: ")
    facts = shown_facts(presentation)
    assert facts["Befragte"] == "12"
    assert facts["Streuung"].endswith("– uneinig")
    assert "darüber sollte die Gruppe sprechen" in presentation.note.text()

    presentation.go_to(FIRST_FIELD + 6)  # the demo's group agreed on stage 1 here
    facts = shown_facts(presentation)
    assert facts["Konsens der Gruppe"] == "Stufe 1"
    assert presentation.note.text().startswith("Begründung des Konsenses: ")


def test_keys_step_jump_and_stop_at_the_ends(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    last = len(presentation.slides) - 1
    steps = [
        (Qt.Key.Key_Left, 0),
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_Up, 3),
        (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Backspace, 1),
        (Qt.Key.Key_End, last),
        (Qt.Key.Key_Right, last),
        (Qt.Key.Key_Home, 0),
    ]
    for key, expected in steps:
        qtbot.keyClick(presentation, key)
        assert presentation.current == expected, key
        assert presentation.counter.text() == f"{expected + 1} / {last + 1}"


def test_a_chart_slide_is_drawn_at_the_size_of_the_slide(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    with qtbot.waitSignal(presentation.chart.shown, timeout=30_000):
        qtbot.keyClick(presentation, Qt.Key.Key_End)  # a field slide: no chart
        presentation.go_to(FIRST_CHART + 1)
    chart = presentation.chart
    ratio = chart.devicePixelRatioF()
    assert presentation.body.currentWidget() is chart
    assert chart.image_size == (round(chart.width() * ratio), round(chart.height() * ratio))
    assert chart.width() > presentation.width() * 0.8


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F5])
def test_esc_or_f5_leaves(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    with qtbot.waitSignal(presentation.closed):
        qtbot.keyClick(presentation, key)
    assert evaluation(window).presentation is None
    assert not presentation.isVisible()
    present(qtbot, window).close()  # and it opens again


def test_f5_in_the_main_window_leaves_too(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    present(qtbot, window)
    with qtbot.waitSignal(evaluation(window).presentation.closed):  # type: ignore[union-attr]
        window.ui.actionPresent.trigger()
    assert evaluation(window).presentation is None


def test_slides_follow_a_consensus_recorded_meanwhile(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    presentation.go_to(FIRST_FIELD)
    window.ui.navigation.setCurrentRow(0)  # the Auswertung page is not even shown
    ws = window.session.workspace
    assert ws is not None
    from weltoffen_desktop.operations.results import set_consensus

    assert window.session.run(
        lambda: set_consensus(ws, "Selbstcheck 2026", "MS", stage=4, reason="Einstimmig.")
    )
    assert presentation.current == FIRST_FIELD
    facts = shown_facts(presentation)
    assert facts["Konsens der Gruppe"] == "Stufe 4"
    assert presentation.note.text() == "Begründung des Konsenses: Einstimmig."


def test_closing_the_workspace_ends_the_presentation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    presentation = present(qtbot, window)
    with qtbot.waitSignal(presentation.closed):
        window.session.close()
    assert not window.ui.actionPresent.isEnabled()


def test_without_a_round_f5_says_what_is_missing(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from weltoffen_desktop.operations.workspace import create_workspace

    create_workspace(tmp_path / "leer.weltoffen", "Leerstadt").close()
    assert window.open_path(tmp_path / "leer.weltoffen")
    with qtbot.waitSignal(window.session.failed) as message:
        window.ui.actionPresent.trigger()
    assert "braucht es eine Runde" in message.args[0]
    assert evaluation(window).presentation is None
