"""The licences of Weltoffen Desktop and of the components it is shipped with.

The About dialog lists them. The installer build copies the metadata (with the
licence files) of exactly the distributions `distribution_closure` names into
the bundle, so a source install and the frozen app show the same list.
"""

from __future__ import annotations

import platform
import re
import sys
import sysconfig
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from weltoffen_desktop import APP_NAME, __version__
from weltoffen_desktop.resources import resource_path

DISTRIBUTION = "weltoffen-desktop"
PYTHON_LICENCE_NAME = "python-LICENSE.txt"  # where the bundle keeps Python's licence
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Licence texts in resources/licences/: the app's own, and Qt's (which PySide6's
# metadata names without shipping the text). The LGPL is a set of additions to the GPL.
_SHIPPED_TEXTS = {"GPL-3.0": ("GPL-3.0.txt",), "LGPL-3.0": ("LGPL-3.0.txt", "GPL-3.0.txt")}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression where the component gives one
    texts: tuple[Path, ...]  # the licence texts, each an existing file


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def distribution_closure(root: str = DISTRIBUTION) -> list[str]:
    """The installed distributions ``root`` requires, directly or through others, with extras."""
    from packaging.requirements import Requirement

    extras_of: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while todo:
        name, extras = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional or platform-specific requirement not installed here
        key = _key(dist.metadata["Name"])
        if key in extras_of and extras <= extras_of[key]:
            continue
        extras_of.setdefault(key, set()).update(extras)
        names[key] = dist.metadata["Name"]
        environments = [{"extra": extra} for extra in ("", *sorted(extras_of[key]))]
        for line in dist.requires or []:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or any(marker.evaluate(env) for env in environments):
                todo.append((requirement.name, frozenset(requirement.extras)))
    return sorted((names[key] for key in names if key != _key(root)), key=str.lower)


def _licence_name(meta: metadata.PackageMetadata) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return classifiers[0].rsplit(" :: ", 1)[-1] if classifiers else ""


def _licence_texts(dist: metadata.Distribution, licence: str) -> tuple[Path, ...]:
    found = []
    for file in dist.files or []:
        in_metadata = file.parts[0].endswith((".dist-info", ".egg-info"))
        if in_metadata and ("licenses" in file.parts or _LICENCE_FILE.match(file.name)):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                found.append(path)
    return tuple(sorted(found)) or _shipped_texts(licence)


def _shipped_texts(licence: str) -> tuple[Path, ...]:
    for prefix, names in _SHIPPED_TEXTS.items():
        if licence.startswith(prefix):
            return tuple(resource_path("licences", name) for name in names)
    return ()


def python_licence() -> Path | None:
    """The licence of the Python interpreter running the app, if this system has it."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidates = [Path(bundle) / PYTHON_LICENCE_NAME]
    else:  # Debian's Python keeps the text as its copyright file instead
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        candidates = [
            Path(sysconfig.get_path("stdlib")) / "LICENSE.txt",
            Path(f"/usr/share/doc/python{version}/copyright"),
        ]
    return next((path for path in candidates if path.is_file()), None)


def _font(licence: str, font: Path, text: Path) -> Component:
    """A font file the app embeds in PDFs, named and versioned by its own name table."""
    from fontTools.ttLib import TTFont

    with TTFont(font, lazy=True) as ttf:
        family = ttf["name"].getDebugName(1) or font.stem
        version = (ttf["name"].getDebugName(5) or "").removeprefix("Version ").split(";")[0]
    return Component(family, version, licence, (text,) if text.is_file() else ())


def components() -> list[Component]:
    """Weltoffen Desktop, then Python, Qt, the fonts and every required distribution."""
    from PySide6.QtCore import qVersion

    from weltoffen_desktop.minutes.fonts import font_folder

    python_text = python_licence()
    listed = [
        Component(APP_NAME, __version__, "GPL-3.0-or-later", _shipped_texts("GPL-3.0")),
        Component(
            "Python", platform.python_version(), "PSF-2.0", (python_text,) if python_text else ()
        ),
        Component("Qt", qVersion(), "LGPL-3.0-only", _shipped_texts("LGPL-3.0")),
        # the minutes' text (from matplotlib's data) and the signature stamps' text
        _font("Bitstream-Vera", font_folder() / "DejaVuSans.ttf", font_folder() / "LICENSE_DEJAVU"),
        _font(
            "OFL-1.1",
            resource_path("fonts", "NotoSans-Regular.ttf"),
            resource_path("fonts", "OFL.txt"),
        ),
    ]
    for name in distribution_closure():
        dist = metadata.distribution(name)
        licence = _licence_name(dist.metadata)
        listed.append(Component(name, dist.version, licence, _licence_texts(dist, licence)))
    return listed
