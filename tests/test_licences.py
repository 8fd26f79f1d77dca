"""The licences of the app and of what it ships with, as the About dialog lists them."""

from __future__ import annotations

from weltoffen_desktop import APP_NAME, __version__
from weltoffen_desktop.licences import components, distribution_closure


def _keys(names: list[str]) -> set[str]:
    return {name.lower().replace("_", "-") for name in names}


def test_the_closure_holds_every_runtime_requirement_and_its_extras_but_no_tools() -> None:
    names = _keys(distribution_closure())
    direct = {"pyside6-essentials", "sqlalchemy", "alembic", "reportlab", "matplotlib"}
    assert direct | {"pyhanko", "openpyxl", "platformdirs", "svglib"} <= names
    assert {"numpy", "shiboken6", "mako", "asn1crypto", "lxml"} <= names  # through others
    assert {"fonttools", "uharfbuzz"} <= names  # only through pyHanko[opentype]
    assert not names & {"pytest", "ruff", "hypothesis", "pyinstaller", "pip", "setuptools"}


def test_every_component_has_a_licence_and_its_text() -> None:
    listed = components()
    assert [c.name for c in listed[:3]] == [APP_NAME, "Python", "Qt"]
    assert listed[0].version == __version__
    assert listed[0].licence == "GPL-3.0-or-later"
    assert "GNU GENERAL PUBLIC LICENSE" in listed[0].texts[0].read_text()
    for component in listed:
        assert component.licence, component
        assert sum(text.stat().st_size for text in component.texts) > 500, component


def test_qt_comes_with_the_lgpl_and_the_gpl_it_extends() -> None:
    by_name = {c.name: c for c in components()}
    for name in ("Qt", "PySide6_Essentials", "shiboken6"):
        first_lines = [path.read_text().split("\n", 2)[:2] for path in by_name[name].texts]
        headings = [" ".join(line.strip() for line in lines) for lines in first_lines]
        assert headings[0].startswith("GNU LESSER GENERAL PUBLIC LICENSE Version 3"), name
        assert headings[1].startswith("GNU GENERAL PUBLIC LICENSE Version 3"), name


def test_the_fonts_embedded_in_pdfs_come_with_their_licences() -> None:
    by_name = {c.name: c for c in components()}
    dejavu, noto = by_name["DejaVu Sans"], by_name["Noto Sans"]
    assert dejavu.licence == "Bitstream-Vera" and dejavu.version[0].isdigit()
    assert "Bitstream Vera Fonts Copyright" in dejavu.texts[0].read_text()
    assert noto.licence == "OFL-1.1" and noto.version[0].isdigit()
    assert "SIL OPEN FONT LICENSE" in noto.texts[0].read_text().upper()
