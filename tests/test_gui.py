"""The main window, driven like a user would (pytest-qt, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from weltoffen_desktop.gui.i18n import install_language
from weltoffen_desktop.gui.main_window import MainWindow
from weltoffen_desktop.gui.settings import Settings
from weltoffen_desktop.paths import AppDirs

pytestmark = pytest.mark.gui

PAGE_TITLES_DE = [
    "Übersicht",
    "Selbstcheck",
    "Auswertung",
    "Workshop",
    "Protokoll",
    "Einstellungen",
]
PAGE_TITLES_EN = ["Overview", "Self-check", "Evaluation", "Workshop", "Minutes", "Settings"]


@pytest.fixture(autouse=True)
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "de")


@pytest.fixture
def dirs(base_dir: Path) -> AppDirs:
    return AppDirs.below(base_dir).ensure()


def make_window(qtbot, dirs: AppDirs) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(dirs.config / "settings.ini"), dirs, dialogs=False)
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    return window


@pytest.fixture
def window(qtbot, dirs: AppDirs) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(qtbot, dirs)


def nav_titles(window: MainWindow) -> list[str]:
    nav = window.ui.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def enabled_pages(window: MainWindow) -> list[str]:
    nav = window.ui.navigation
    return [
        nav.item(r).text()
        for r in range(nav.count())
        if nav.item(r).flags() & Qt.ItemFlag.ItemIsEnabled
    ]


def test_without_workspace_only_overview_and_settings_are_reachable(window: MainWindow) -> None:
    assert nav_titles(window) == PAGE_TITLES_DE
    assert enabled_pages(window) == ["Übersicht", "Einstellungen"]
    assert window.file_label.text() == "Kein Arbeitsbereich geöffnet"
    assert window.overview is not None
    assert window.overview.ui.states.currentWidget() is window.overview.ui.emptyPanel
    assert not window.ui.actionClose.isEnabled()


def test_opening_shows_file_pages_and_save_state(window: MainWindow, demo_path: Path) -> None:
    assert window.open_path(demo_path)
    assert enabled_pages(window) == PAGE_TITLES_DE
    assert str(demo_path) in window.file_label.text()
    assert window.save_label.text() == "Alle Änderungen gespeichert"
    assert window.windowTitle() == f"{demo_path.name} – Weltoffen Desktop"
    overview = window.overview
    assert overview is not None
    assert overview.ui.municipalityTitle.text() == "Musterstadt"
    assert overview.ui.roundsTable.topLevelItemCount() == 2
    assert overview.ui.roundsTable.topLevelItem(1).text(0) == "Selbstcheck 2026"
    assert overview.ui.workshopsTable.topLevelItem(0).text(2) == "14"


def test_every_page_can_be_shown(window: MainWindow, demo_path: Path) -> None:
    window.open_path(demo_path)
    for row, page in enumerate(window.pages):
        window.ui.navigation.setCurrentRow(row)
        assert window.ui.pages.currentWidget() is page
        assert page.isVisible()


def test_renaming_by_keyboard_saves_and_says_so(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(demo_path)
    overview = window.overview
    assert overview is not None
    edit = overview.ui.nameEdit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Neustadt am Rhein")
    with qtbot.waitSignal(window.session.saved):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.save_label.text().startswith("Gespeichert um ")
    assert overview.ui.municipalityTitle.text() == "Neustadt am Rhein"
    from weltoffen_desktop.operations.summary import summarize
    from weltoffen_desktop.storage.database import Workspace

    window.session.close()
    ws = Workspace.open(demo_path)
    assert summarize(ws).municipality == "Neustadt am Rhein"
    ws.close()


def test_empty_name_is_refused_with_a_message(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_path(demo_path)
    overview = window.overview
    assert overview is not None
    overview.ui.nameEdit.setFocus()
    overview.ui.nameEdit.clear()
    with qtbot.waitSignal(window.session.failed) as failed:
        qtbot.keyClick(overview.ui.nameEdit, Qt.Key.Key_Return)
    assert failed.args == ["Bitte geben Sie den Namen der Kommune ein."]
    assert overview.ui.nameEdit.text() == "Musterstadt"


def test_logo_from_an_image_file_and_from_a_non_image(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QColor, QImage

    window.open_path(demo_path)
    overview = window.overview
    assert overview is not None
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d3557"))
    logo = tmp_path / "wappen.png"
    image.save(str(logo))
    assert overview.set_logo_from_file(str(logo))
    assert overview.ui.logoPreview.pixmap() is not None
    assert not overview.ui.logoPreview.pixmap().isNull()
    assert overview.ui.removeLogoButton.isEnabled()
    fake = tmp_path / "wappen.jpg"
    fake.write_text("not an image")
    with qtbot.waitSignal(window.session.failed) as failed:
        assert not overview.set_logo_from_file(str(fake))
    assert "kein lesbares Bild" in failed.args[0]


def test_bad_file_gives_message_and_keeps_state(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kaputt.weltoffen"
    bad.write_bytes(b"\x00" * 4096)
    with qtbot.waitSignal(window.session.failed) as failed:
        assert not window.open_path(bad)
    assert "beschädigt" in failed.args[0]
    assert bad.read_bytes() == b"\x00" * 4096
    assert window.session.workspace is None


def test_close_returns_to_the_welcome_state(window: MainWindow, demo_path: Path) -> None:
    window.open_path(demo_path)
    window.ui.navigation.setCurrentRow(3)
    window.ui.actionClose.trigger()
    assert window.session.workspace is None
    assert window.ui.pages.currentWidget() is window.overview
    assert enabled_pages(window) == ["Übersicht", "Einstellungen"]


def test_recent_files_menu_reopens_and_forgets_missing_files(
    window: MainWindow, demo_path: Path, tmp_path: Path
) -> None:
    window.open_path(demo_path)
    window.session.close()
    window.ui.menuRecent.aboutToShow.emit()
    first = window.ui.menuRecent.actions()[0]
    assert first.text() == f"&1 {demo_path}"
    first.trigger()
    assert window.session.workspace is not None
    window.session.close()
    demo_path.unlink()
    assert not window.open_path(demo_path)
    assert window.settings.recent_files == []


def test_language_switch_applies_at_once_and_is_remembered(
    qtbot,
    window: MainWindow,
    dirs: AppDirs,  # type: ignore[no-untyped-def]
) -> None:
    window.ui.navigation.setCurrentRow(5)
    combo = window.pages[5].ui.languageCombo
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: nav_titles(window) == PAGE_TITLES_EN)
    assert window.ui.menuFile.title() == "&File"
    assert window.file_label.text() == "No workspace open"
    assert Settings(dirs.config / "settings.ini").language == "en"


def test_shortcuts_are_the_platform_standard(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.ui.actionOpen.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.ui.actionNew.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.ui.actionQuit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.ui.actionClose.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)


def test_window_geometry_is_remembered(qtbot, dirs: AppDirs) -> None:  # type: ignore[no-untyped-def]
    first = make_window(qtbot, dirs)
    first.resize(800, 610)
    first.close()
    second = make_window(qtbot, dirs)
    assert (second.width(), second.height()) == (800, 610)
