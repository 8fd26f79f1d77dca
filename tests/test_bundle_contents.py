"""What the frozen bundle carries (build_scripts/bundle_contents.py), checked without building.

A file the app reads but the bundle lacks, or an import of a module the bundle leaves
out, would work from the sources and fail only in the installed app.
"""

from __future__ import annotations

import ast
import fnmatch
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build_scripts"))

import bundle_contents as contents  # noqa: E402

RESOURCES = ROOT / "resources"
PACKAGE = ROOT / "weltoffen_desktop"


def package_sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_resource_the_app_can_read_is_bundled_where_it_looks() -> None:
    datas = contents.resource_datas()
    bundled = {Path(source) for source, _ in datas}
    for source, folder in datas:
        assert Path(source).parent.relative_to(ROOT).as_posix() == folder
    literals = {
        node.value
        for path in package_sources()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    for path in sorted(RESOURCES.rglob("*")):
        if not path.is_file() or path in bundled:
            continue
        relative = path.relative_to(RESOURCES).as_posix()
        assert any(fnmatch.fnmatch(relative, p) for p in contents.RESOURCES_LEFT_OUT), relative
        asked_for = {path.name, relative} & literals
        assert not asked_for, f"the app reads {relative}, which the bundle leaves out"
    for needed in ("catalogue/default_catalogue.json", "style.qss", "licences/LGPL-3.0.txt"):
        assert RESOURCES / needed in bundled


def test_the_migrations_ship_as_files_with_what_they_import() -> None:
    folders = {
        Path(source).relative_to(ROOT): folder for source, folder in contents.resource_datas()
    }
    migrations = Path("weltoffen_desktop/storage/migrations")
    scripts = sorted((ROOT / migrations / "versions").glob("*.py"))
    assert scripts
    for script in [*scripts, ROOT / migrations / "env.py"]:
        assert folders[script.relative_to(ROOT)] == script.parent.relative_to(ROOT).as_posix()
    assert {"alembic.op", "alembic.context", "sqlalchemy"} <= set(contents.migration_imports())


def test_the_app_imports_nothing_the_bundle_leaves_out() -> None:
    excluded = tuple(contents.EXCLUDED_MODULES)
    for path in package_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            for name in names:
                hit = [m for m in excluded if name == m or name.startswith(f"{m}.")]
                assert not hit, f"{path.relative_to(ROOT)} imports {name}, left out of the bundle"


def test_qt_keeps_what_a_desktop_app_needs_and_drops_the_rest() -> None:
    plugins = "PySide6/Qt/plugins"
    for kept in (
        f"{plugins}/platforms/libqxcb.so",
        f"{plugins}/platforms/libqoffscreen.so",
        f"{plugins}/imageformats/libqjpeg.so",
        f"{plugins}/iconengines/libqsvgicon.so",
        f"{plugins}/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
    ):
        assert contents.keep(kept), kept
    for dropped in (
        f"{plugins}/platforms/libqvnc.so",
        f"{plugins}/platforms/libqwayland.so",
        f"{plugins}/platformthemes/libqgtk3.so",
        f"{plugins}/sqldrivers/libqsqlite.so",
        f"{plugins}/tls/libqopensslbackend.so",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/sample_data/goog.npz",
    ):
        assert not contents.keep(dropped), dropped


def test_only_libraries_of_the_system_stay_out_and_python_comes_along() -> None:
    if not sys.platform.startswith("linux"):
        return
    assert contents.is_system_library("/usr/lib/x86_64-linux-gnu/libX11.so.6")
    assert contents.is_system_library("/lib/x86_64-linux-gnu/libz.so.1")
    assert not contents.is_system_library("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")
    assert not contents.is_system_library("/usr/lib/python3.11/lib-dynload/_ssl.so")
    assert not contents.is_system_library(str(ROOT / ".venv/lib/PySide6/Qt/lib/libicuuc.so.73"))
