"""The standalone app, built as the README says: bash build_scripts/build.sh.

Builds the bundle with PyInstaller (or reuses one built from the same sources), runs
the frozen smoke test with no Python on PATH (build_scripts/frozen_smoke.py), packages
the .deb and measures the budgets. Slow: runs with --slow (and in CI when the build's
inputs change, see .ci/run). The start-up ratio is printed by the build, not asserted.
"""

from __future__ import annotations

import faulthandler
import json
import subprocess
import sys
from pathlib import Path

import pytest

from weltoffen_desktop import APP_ID, __version__

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / APP_ID


@pytest.fixture(scope="module")
def budgets() -> dict[str, object]:
    faulthandler.cancel_dump_traceback_later()  # a build takes minutes, not a hang
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_scripts" / "build.py"), "--runs", "3"],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-6000:]
    return json.loads((DIST / "budgets.json").read_text(encoding="utf-8"))


def deb(budgets: dict[str, object]) -> Path:
    return DIST / str(budgets["installer"])


def test_the_frozen_app_passes_its_smoke_test_within_the_size_budgets(budgets) -> None:  # type: ignore[no-untyped-def]
    assert budgets["smoke_failures"] == []
    assert budgets["bundle_mb"] <= 200
    assert str(budgets["installer"]).startswith(f"{APP_ID}_{__version__}_")
    assert str(budgets["installer"]).endswith(".deb")
    assert budgets["installer_mb"] <= 80


def test_the_bundle_carries_python_and_qt_but_no_system_library(budgets) -> None:  # type: ignore[no-untyped-def]
    internal = BUNDLE / "_internal"
    assert (BUNDLE / "weltoffen").resolve() == (BUNDLE / APP_ID).resolve()
    assert list(internal.glob("libpython3*.so*"))
    assert (internal / "PySide6/Qt/plugins/platforms/libqxcb.so").is_file()
    names = {path.name for path in internal.rglob("*")}
    for system in ("libX11.so.6", "libglib-2.0.so.0", "libssl.so.3", "libstdc++.so.6"):
        assert system not in names
    assert not [name for name in names if name.startswith(("libgtk", "libcairo", "libQt6Quick"))]


def test_the_deb_installs_into_opt_with_commands_desktop_entry_icon_and_file_type(  # type: ignore[no-untyped-def]
    budgets, tmp_path: Path
) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb(budgets))], capture_output=True, text=True, check=True
    ).stdout
    for entry in (
        f"./opt/{APP_ID}/{APP_ID}",
        f"./opt/{APP_ID}/_internal/resources/catalogue/default_catalogue.json",
        f"./usr/bin/{APP_ID} -> /opt/{APP_ID}/{APP_ID}",
        f"./usr/bin/weltoffen -> /opt/{APP_ID}/weltoffen",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/mime/packages/{APP_ID}.xml",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"./usr/share/doc/{APP_ID}/copyright",
    ):
        assert entry in listing
    assert " root/root " in listing.splitlines()[0]

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "-f", str(deb(budgets)), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Version") == __version__
    depends = field("Depends").split(", ")
    assert depends[0].startswith("libc6 (>= 2.")
    assert {"libxcb-cursor0", "libfontconfig1", "libsqlite3-0"} <= set(depends)

    subprocess.run(["dpkg-deb", "-x", str(deb(budgets)), str(tmp_path)], check=True)
    mime = tmp_path / "usr/share/mime"
    subprocess.run(["update-mime-database", str(mime)], check=True, capture_output=True)
    globs = (mime / "globs2").read_text(encoding="utf-8")
    assert "application/x-weltoffen-workspace:*.weltoffen" in globs
    entry = (tmp_path / f"usr/share/applications/{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-weltoffen-workspace;" in entry
    assert f"Exec={APP_ID} %f" in entry
