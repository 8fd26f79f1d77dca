"""What goes into the frozen bundle, and what stays out.

`weltoffen.spec` asks this module for the data files, the hidden imports and the
filters; `build.py` asks it which files to strip. Plain Python, so ruff and the
tests see it (a .spec file is neither).
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import os
import posixpath
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]  # PyInstaller: (destination, source, type code)

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "weltoffen_desktop"
MIGRATIONS = PACKAGE / "storage" / "migrations"
CLI_NAME = "weltoffen"  # the command line: a second name of the bundle's one program

# Python modules the app never imports, though a library mentions them.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    # Qt modules the app does not use; their libraries and plugins stay out too.
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    # The app never opens a network connection. pyHanko imports its HTTP client (aiohttp)
    # all the same, so that ships as plain Python, without the C speed-ups of it and of
    # its helpers (each falls back to Python); requests stays out.
    "aiohttp._http_parser",
    "aiohttp._http_writer",
    "aiohttp._websocket.mask",
    "aiohttp._websocket.reader_c",
    "frozenlist._frozenlist",
    "multidict._multidict",
    "multidict._testcapi",
    "propcache._helpers_c",
    "yarl._quoting_c",
    "requests",
    # Parts of libraries the app has no use for: Pillow's AVIF, WebP and colour-management
    # codecs (logos are PNG or JPEG; charts are drawn by matplotlib); lxml beyond etree
    # (svglib, pyHanko and openpyxl use only that); numpy's random numbers and Fourier
    # transforms (matplotlib needs them only for docstring examples, bootstrapped box
    # plots and spectrograms) and its tests' helper module; the East
    # Asian text codecs (the app reads and writes UTF-8); mako highlights its own errors
    # with pygments; f2py builds Fortran extensions; pydoc_data is the text of help().
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingcms",
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "numpy.random",
    "numpy.fft",
    "numpy._core._multiarray_tests",
    # cffi: oscrypto (through pyHanko) then uses ctypes, as it does wherever cffi is
    # missing; distutils comes only with cffi. _decimal: the decimal module falls back to
    # its pure-Python twin.
    "cffi",
    "distutils",
    "_decimal",
    *(f"_codecs_{region}" for region in ("cn", "hk", "iso2022", "jp", "kr", "tw")),
    "pygments",
    "numpy.f2py",
    "pydoc_data",
    "IPython",
    "pytest",
    "setuptools",
    "pkg_resources",
]

# Files below resources/ that are sources or documentation, not read by the app.
RESOURCES_LEFT_OUT = ["screenshots/*", "*.ts", "*.md"]

# Qt plugins, matched against "<folder>/<name>" without the lib prefix and suffix,
# that a desktop app reading and writing local files needs none of.
EXCLUDED_QT_PLUGINS = [
    "designer/*",
    "egldeviceintegrations/*",
    "generic/*",
    "networkinformation/*",
    "printsupport/*",
    "qmllint/*",
    "qmltooling/*",
    "sqldrivers/*",
    "tls/*",
    "vectorimageformats/*",
    # Wayland: on a Wayland desktop Qt falls back to X11 (XWayland), which every such
    # desktop runs; the Wayland client libraries would cost 2 MB of the size budget.
    "platforms/qwayland*",
    "wayland-*/*",
    "xcbglintegrations/*",  # no OpenGL: widgets and matplotlib's Agg paint in software
    "platforms/qeglfs",
    "platforms/qlinuxfb",
    "platforms/qminimalegl",
    "platforms/qvkkhrdisplay",
    "platforms/qvnc",
    "platforms/qdirect2d",
    "platformthemes/qgtk3",  # needs GTK 3 on the machine; the portal theme covers dialogs
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "imageformats/qgif",
    "imageformats/qicns",
    "imageformats/qico",
    "imageformats/qpdf",
    "imageformats/qtga",
    "imageformats/qtiff",
    "imageformats/qwbmp",
    "imageformats/qwebp",
]
# Data of libraries the app does not use: matplotlib's example data, toolbar images
# (charts are drawn with Agg, not a matplotlib window), the Type 1 metrics of PDF core
# fonts (charts embed DejaVu), and the STIX and Computer Modern fonts of its TeX-like
# math mode, and the DejaVu faces besides DejaVu Sans, which charts and minutes use.
EXCLUDED_DATA = [
    "matplotlib/mpl-data/sample_data/*",
    "matplotlib/mpl-data/images/*",
    "matplotlib/mpl-data/fonts/afm/*",
    "matplotlib/mpl-data/fonts/pdfcorefonts/*",
    "matplotlib/mpl-data/fonts/ttf/STIX*",
    "matplotlib/mpl-data/fonts/ttf/cm*",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono*",
    "matplotlib/mpl-data/fonts/ttf/DejaVuSerif*",
    "*.dist-info/sboms/*",  # software bills of materials in metadata (platformdirs: 0.5 MB)
]
# Qt's own translations: the interface is German or English.
KEPT_QT_TRANSLATIONS = ["qtbase_de.qm", "qtbase_en.qm"]
# Libraries only the excluded plugins or modules load.
EXCLUDED_QT_LIBRARIES = [
    "*Qt6EglFS*",
    "*Qt6Network*",  # unless QtPdf needs it
    "*Qt6OpenGL*",
    "*Qt6Qml*",
    "*Qt6Quick*",
    "*Qt6Wayland*",
    "*Qt6WlShell*",
]

# Linux: shared libraries of the build machine's system (X11, glib, OpenSSL, SQLite, ...)
# stay out; the .deb depends on their packages instead (build.py works them out), as
# every Debian package does. Python's own library is the exception.
SYSTEM_LIBRARY_DIRS = {"/lib", "/lib64", "/usr/lib", "/usr/lib64"}


def is_system_library(source: str) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    folder = Path(source).parent
    multiarch = (
        folder.name.endswith("-linux-gnu") and folder.parent.as_posix() in SYSTEM_LIBRARY_DIRS
    )
    in_system = folder.as_posix() in SYSTEM_LIBRARY_DIRS or multiarch
    return in_system and not Path(source).name.startswith("libpython")


# Shared libraries that must not be stripped: auditwheel-repaired libraries in
# "<package>.libs" folders (stripping breaks OpenBLAS, and numpy with it), and Qt,
# which PySide6 ships stripped already.
UNSTRIPPED = ["*.libs/*", "PySide6/Qt/*"]


def resource_datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for the files the app reads at run time."""
    resources = ROOT / "resources"
    if not list((resources / "translations").glob("*.qm")):
        raise SystemExit("bundle: no .qm files; run build_scripts/compile_qt.py first")
    files = [
        path
        for path in sorted(resources.rglob("*"))
        if path.is_file()
        and not any(
            fnmatch.fnmatch(path.relative_to(resources).as_posix(), pattern)
            for pattern in RESOURCES_LEFT_OUT
        )
    ]
    # Alembic reads env.py and the revision scripts as files from this folder.
    files += [
        path
        for path in sorted(MIGRATIONS.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and path.name != "__init__.py"
    ]
    return [(str(path), path.parent.relative_to(ROOT).as_posix()) for path in files]


def imports_in(sources: Iterable[Path]) -> list[str]:
    """Modules imported by Python files PyInstaller sees only as data (the migrations)."""
    names: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                # `from alembic import op`: op is a module, found only under its full name
                full = (f"{node.module}.{alias.name}" for alias in node.names)
                names.update(name for name in full if _is_module(name))
    return sorted(names)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def migration_imports() -> list[str]:
    return imports_in(MIGRATIONS.rglob("*.py"))


def _plugin_key(dest: str) -> str | None:
    """ "platforms/qxcb" for "PySide6/Qt/plugins/platforms/libqxcb.so", else None."""
    parts = PurePosixPath(dest).parts
    if parts[0] != "PySide6" or "plugins" not in parts[:-2]:
        return None
    folder = parts[parts.index("plugins") + 1]
    stem = parts[-1].split(".")[0]
    if stem.startswith("lib") and not sys.platform.startswith("win"):
        stem = stem[3:]
    return f"{folder}/{stem}"


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected belongs in the bundle."""
    posix = dest.replace("\\", "/")
    key = _plugin_key(posix)
    if key is not None:
        return not any(fnmatch.fnmatch(key, pattern) for pattern in EXCLUDED_QT_PLUGINS)
    parts = PurePosixPath(posix).parts
    if parts[0] == "PySide6" and "translations" in parts:
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if any(fnmatch.fnmatch(posix, pattern) for pattern in EXCLUDED_DATA):
        return False
    name = PurePosixPath(posix).name
    return not any(fnmatch.fnmatch(name, pattern) for pattern in EXCLUDED_QT_LIBRARIES)


def prune(binaries: list[TocEntry], datas: list[TocEntry]) -> tuple[list, list]:
    """PyInstaller's binaries and datas without what `keep` rejects, without the
    libraries that only rejected files load (GTK for the GTK theme plugin, ...), and
    without the system's libraries."""
    from PyInstaller.depend.bindepend import get_imports

    by_source = {os.path.realpath(entry[1]): entry for entry in binaries}

    def closure(roots: Iterable[TocEntry]) -> set[TocEntry]:
        seen: set[TocEntry] = set()
        todo = list(roots)
        while todo:
            entry = todo.pop()
            if entry in seen:
                continue
            seen.add(entry)
            for _name, path in get_imports(entry[1]):
                needed = by_source.get(os.path.realpath(path)) if path else None
                if needed is not None:
                    todo.append(needed)
        return seen

    system = {e for e in binaries if e[2] == "BINARY" and is_system_library(e[1])}
    rejected = {entry for entry in binaries if not keep(entry[0])} | system
    candidates = closure(rejected)
    still_needed = closure(entry for entry in binaries if entry not in candidates)
    gone = {entry[0] for entry in (candidates - still_needed) | system}
    kept_binaries = [entry for entry in binaries if entry[0] not in gone]
    kept_datas = [
        entry
        for entry in datas
        if keep(entry[0])
        and not (
            entry[2] == "SYMLINK"
            and posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1])) in gone
        )
    ]
    return kept_binaries, kept_datas


def strippable(relative: str) -> bool:
    """Whether build.py may strip this shared library of the bundle."""
    return not any(fnmatch.fnmatch(relative, pattern) for pattern in UNSTRIPPED)
