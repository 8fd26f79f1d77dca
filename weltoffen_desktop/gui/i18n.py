"""Interface language. Source strings are German; English comes from a .qm file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from weltoffen_desktop.resources import resource_path

LANGUAGES = {"de": "Deutsch", "en": "English"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> str:
    """Switch translators; widgets then receive a LanguageChange event."""
    if language not in LANGUAGES:
        language = "de"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_builtin = QTranslator(app)
    if qt_builtin.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        _installed.append(qt_builtin)
    if language != "de":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"weltoffen_{language}.qm"))):
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    return language


def catalogue_language() -> str:
    """The language for catalogue texts: English when the interface is English."""
    return "en" if QLocale().name().startswith("en") else "de"


def shown_number(value: float, thresholds: Sequence[float] = ()) -> str:
    """``value`` with one decimal in the interface's number format, rounded so that it stays
    on its side of every one of ``thresholds`` (49.96 below a threshold of 50 shows "49,9")."""
    from weltoffen_desktop.domain.rounding import rounded_within

    number, places = rounded_within(value, thresholds)
    return QLocale().toString(number, "f", places)
