"""Build the standalone app and check it: the one-folder bundle (PyInstaller), on Linux
the .deb and on Windows the installer, a smoke test of the frozen app, and the budgets.

    python build_scripts/build.py [--force] [--runs N]

`bash build_scripts/build.sh` sets the machine up first and then runs this (Linux).
A bundle built from the same sources and packages is reused unless --force is given.
Writes dist/weltoffen-desktop/, dist/weltoffen-desktop_<version>_<arch>.deb and
dist/budgets.json; exits 1 if the smoke test fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from bundle_contents import ROOT, strippable

sys.path.insert(0, str(ROOT))  # the benchmarks package
from benchmarks.frozen_startup import compare
from weltoffen_desktop import APP_ID, __version__

DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / APP_ID
SPEC = ROOT / "build_scripts" / "weltoffen.spec"
FINGERPRINT = BUILD / "bundle.fingerprint"
BUDGET_MB = {"bundle": 200.0, "deb": 80.0}
# What the bundle is made from (the packaging and smoke scripts are not).
INPUTS = [
    "weltoffen_desktop",
    "resources",
    "ui",
    "pyproject.toml",
    *(
        f"build_scripts/{name}"
        for name in ("weltoffen.spec", "bundle_contents.py", "frozen_main.py", "icons.py")
    ),
    "build_scripts/compile_qt.py",
]
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform.startswith("win")


def fingerprint() -> str:
    """What the bundle is made of: the sources, and every installed package's version."""
    digest = hashlib.sha256()
    for entry in INPUTS:
        top = ROOT / entry
        for path in sorted([top] if top.is_file() else top.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    for dist in sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()):
        digest.update(dist.encode() + b"\0")
    return digest.hexdigest()


def freeze() -> None:
    subprocess.run([sys.executable, str(ROOT / "build_scripts" / "compile_qt.py")], check=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
    )
    if LINUX:
        strip(BUNDLE)


def strip(bundle: Path) -> None:
    """Drop the symbol tables of the bundle's libraries, except where that breaks them."""
    libraries = [
        str(path)
        for path in sorted((bundle / "_internal").rglob("*.so*"))
        if path.is_file()
        and not path.is_symlink()
        and strippable(path.relative_to(bundle / "_internal").as_posix())
    ]
    subprocess.run(["strip", "--strip-unneeded", *libraries], check=True)


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files if not p.is_symlink()) / 1e6


def package() -> Path | None:
    """The installer of this platform: a .deb on Debian/Ubuntu, Inno Setup on Windows."""
    if LINUX and shutil.which("dpkg-deb"):
        from debian import build_deb

        return build_deb(BUNDLE, __version__, DIST, BUILD / "deb")
    if WINDOWS and shutil.which("iscc"):
        from icons import render_icons

        subprocess.run(
            [
                "iscc",
                f"/DAppVersion={__version__}",
                f"/DBundleDir={BUNDLE}",
                f"/DIconFile={render_icons(BUILD / 'icons')['ico']}",
                f"/O{DIST}",
                str(ROOT / "build_scripts" / "windows" / f"{APP_ID}.iss"),
            ],
            check=True,
        )
        return DIST / f"{APP_ID}-{__version__}-setup.exe"
    print(f"build: no installer tool for {sys.platform} here; the bundle is {BUNDLE}")
    return None


def _size_line(label: str, size: float, target: float) -> str:
    verdict = "ok" if size <= target else "OVER BUDGET"
    return f"{label}: {size:.1f} MB (target <= {target:.0f} MB) {verdict}"


def budgets(installer: Path | None, runs: int) -> dict[str, object]:
    startup = compare(BUNDLE, runs)
    report = {
        "bundle_mb": round(size_mb(BUNDLE), 1),
        "installer": installer.name if installer else None,
        "installer_mb": round(size_mb(installer), 1) if installer else None,
        "first_paint_ms": {
            "frozen": startup.frozen["first_paint_ms"],
            "source": startup.source["first_paint_ms"],
        },
        "first_paint_ratio": round(startup.ratio, 2),
    }
    print("\nBudgets")
    print(_size_line("bundle, unpacked", report["bundle_mb"], BUDGET_MB["bundle"]))
    if installer is not None:
        print(_size_line(installer.name, report["installer_mb"], BUDGET_MB["deb"]))
    print("\n".join(startup.lines()))
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per variant")
    args = parser.parse_args()
    current = fingerprint()
    reuse = (
        not args.force
        and BUNDLE.is_dir()
        and FINGERPRINT.is_file()
        and FINGERPRINT.read_text() == current
    )
    if reuse:
        print(f"build: {BUNDLE} is up to date with the sources; reusing it")
    else:
        FINGERPRINT.unlink(missing_ok=True)
        freeze()
        FINGERPRINT.write_text(current)
    installer = package()

    from frozen_smoke import run_smoke

    failures = run_smoke(BUNDLE)
    report = budgets(installer, args.runs)
    report["smoke_failures"] = failures
    (DIST / "budgets.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if failures:
        print(f"\nbuild: the frozen app failed {len(failures)} smoke step(s): {failures}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
