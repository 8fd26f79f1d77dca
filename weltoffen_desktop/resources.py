"""Locates files shipped in the repository's ``resources/`` folder.

Works from a source checkout (editable install) and from a PyInstaller
bundle, which unpacks ``resources/`` next to the executable's modules.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
