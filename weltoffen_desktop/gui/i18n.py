"""Interface language. Source strings are German; English comes from a .qm file."""

from __future__ import annotations

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
