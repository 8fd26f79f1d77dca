"""The Debian package: the bundle under /opt, the two commands in /usr/bin, a desktop
entry, icons and the .weltoffen file type, and dependencies on the system libraries
the bundle does not carry (worked out from the bundle's ELF files with dpkg).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from bundle_contents import CLI_NAME, ROOT
from icons import PNG_SIZES, SOURCE, render_icons

from weltoffen_desktop import APP_ID

LINUX_FILES = Path(__file__).resolve().parent / "linux"
INSTALL_DIR = Path("opt") / APP_ID
MAINTAINER = "Weltoffen Desktop <weltoffen-desktop@users.noreply.invalid>"
DESCRIPTION = """\
Selbstcheck Weltoffene Kommune and its workshop, offline
 Weltoffen Desktop runs the Selbstcheck Weltoffene Kommune (a self-assessment of how
 open and diversity-ready a municipal administration is) and the moderated workshop
 that follows it: answers from paper forms, evaluation with charts, workshop notes,
 and signed PDF minutes. It never opens a network connection.
 .
 The application and the Python runtime it needs are installed in /opt/weltoffen-desktop."""
COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Weltoffen Desktop

Files: *
Copyright: Weltoffen Desktop contributors
License: GPL-3.0-or-later
 On Debian systems, the complete text of the GNU General Public License
 version 3 can be found in "/usr/share/common-licenses/GPL-3".

Files: opt/weltoffen-desktop/_internal/*
Comment: Python, Qt (LGPL-3.0, replaceable: see the About dialog) and the Python
 libraries the application needs. The About dialog lists each with its licence;
 the texts are in the *.dist-info folders and in resources/licences/ there.
"""


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def _elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def _needed_and_glibc(elf_files: list[Path]) -> tuple[set[str], tuple[int, ...]]:
    """Sonames the ELF files load, and the newest GLIBC_x.y symbol version they use."""
    needed: set[str] = set()
    glibc: tuple[int, ...] = (2, 17)
    for elf in elf_files:
        dump = _run("objdump", "-p", "-T", str(elf))
        needed.update(re.findall(r"^\s+NEEDED\s+(\S+)$", dump, re.MULTILINE))
        for version in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", dump):
            glibc = max(glibc, tuple(int(part) for part in version.split(".")))
    return needed, glibc


def _package_of(path: str) -> str:
    candidates = {path, str(Path(path).resolve())}
    for candidate in list(candidates):  # merged /usr: dpkg may know either spelling
        if candidate.startswith("/usr/lib/"):
            candidates.add(candidate.removeprefix("/usr"))
        elif candidate.startswith("/lib/"):
            candidates.add("/usr" + candidate)
    for candidate in sorted(candidates):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"debian: no installed package provides {path}")


def system_dependencies(bundle: Path) -> list[str]:
    """The Depends field: packages of the libraries the bundle loads but does not carry."""
    elf_files = _elf_files(bundle)
    bundled = {path.name for path in bundle.rglob("*")}
    needed, glibc = _needed_and_glibc(elf_files)
    missing = {name for name in needed - bundled if not name.startswith("ld-linux")}
    paths: dict[str, str] = {}
    for elf in elf_files:
        for soname, path in re.findall(r"^\s*(\S+) => (/\S+)", _run("ldd", str(elf)), re.M):
            if soname in missing:
                paths.setdefault(soname, path)
    if unresolved := sorted(missing - paths.keys()):
        raise SystemExit(f"debian: the bundle needs {unresolved}, which this machine lacks")
    packages = {_package_of(path) for path in paths.values()} - {"libc6"}
    return [f"libc6 (>= {'.'.join(map(str, glibc))})", *sorted(packages)]


def _stage(bundle: Path, root: Path) -> None:
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / INSTALL_DIR, symlinks=True)
    usr_bin = root / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    for command in (APP_ID, CLI_NAME):
        (usr_bin / command).symlink_to(Path("/") / INSTALL_DIR / command)
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(LINUX_FILES / f"{APP_ID}.desktop", share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(LINUX_FILES / f"{APP_ID}.xml", share / "mime" / "packages")
    icons = render_icons(root.parent / "icons")
    for size in PNG_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(icons[f"{size}.png"], target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(SOURCE, scalable)
    doc = share / "doc" / APP_ID
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(COPYRIGHT, encoding="utf-8")


def _normalise_modes(root: Path) -> None:
    """Directories 755, files 644, executables 755, whatever the umask was."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or path.stat().st_mode & 0o111
        path.chmod(0o755 if executable else 0o644)


def _installed_kib(root: Path) -> int:
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return -(-total // 1024)


def build_deb(bundle: Path, version: str, out_dir: Path, work: Path) -> Path:
    """Package ``bundle`` (dist/weltoffen-desktop) as ``out_dir/<name>_<version>_<arch>.deb``."""
    root = work / "root"
    _stage(bundle, root)
    _normalise_modes(root)
    architecture = _run("dpkg", "--print-architecture").strip()
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {APP_ID}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {_installed_kib(root)}\n"
        f"Depends: {', '.join(system_dependencies(bundle))}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    _normalise_modes(control.parent)
    deb = out_dir / f"{APP_ID}_{version}_{architecture}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


if __name__ == "__main__":  # python build_scripts/debian.py: package an existing bundle
    from weltoffen_desktop import __version__

    print(build_deb(ROOT / "dist" / APP_ID, __version__, ROOT / "dist", ROOT / "build" / "deb"))
