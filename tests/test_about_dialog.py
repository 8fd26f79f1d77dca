"""Über Weltoffen Desktop: version, licences, and how to replace Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from weltoffen_desktop import __version__
from weltoffen_desktop.gui.about_dialog import AboutDialog, library_folders
from weltoffen_desktop.gui.i18n import install_language

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot) -> AboutDialog:  # type: ignore[no-untyped-def]
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    return about


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    yield
    install_language(qapp, "de")


def row_of(dialog: AboutDialog, name: str) -> int:
    tree = dialog.ui.components
    names = [tree.topLevelItem(row).text(0) for row in range(tree.topLevelItemCount())]
    return names.index(name)


def test_lists_every_component_with_version_and_licence(dialog: AboutDialog) -> None:
    tree = dialog.ui.components
    assert tree.topLevelItemCount() == len(dialog.components) > 20
    first = tree.topLevelItem(0)
    assert [first.text(column) for column in range(3)] == [
        "Weltoffen Desktop",
        __version__,
        "GPL-3.0-or-later",
    ]
    assert f"Weltoffen Desktop {__version__}" in dialog.ui.heading.text()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.ui.licenceText.toPlainText()


def test_choosing_a_component_shows_its_licence_text(dialog: AboutDialog) -> None:
    tree = dialog.ui.components
    tree.setCurrentItem(tree.topLevelItem(row_of(dialog, "Qt")))
    text = dialog.ui.licenceText.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text  # the LGPL's base
    tree.setCurrentItem(tree.topLevelItem(row_of(dialog, "numpy")))
    assert "NumPy" in dialog.ui.licenceText.toPlainText()


def test_says_where_qt_is_and_that_it_may_be_replaced(dialog: AboutDialog) -> None:
    notice = dialog.ui.qtNotice.text()
    folders = library_folders()
    assert qVersion() in notice and "LGPL" in notice
    for folder in folders.values():
        assert str(folder) in notice
    assert list(folders["qt"].glob("*Qt6Core*")), "the named folder holds the Qt libraries"
    assert list(folders["pyside"].glob("QtCore*")), "the named folder holds PySide6"


def test_in_english(english: None, dialog: AboutDialog) -> None:
    assert dialog.windowTitle() == "About Weltoffen Desktop"
    assert "may replace them" in dialog.ui.qtNotice.text()
    assert dialog.ui.components.headerItem().text(2) == "Licence"
