#!/usr/bin/env bash
# Set up everything on a fresh Debian/Ubuntu machine, then run the app or the tests.
#
#   bash build_scripts/dev.sh demo   # set up, start the app on a demo workspace
#   bash build_scripts/dev.sh test   # set up, run the whole test suite headless
#   bash build_scripts/dev.sh setup  # only set up
#
# Installs Qt's system libraries (offscreen and xcb), Xvfb, the PDF/test tools and binutils
# (PyInstaller needs objdump) with apt-get when run as root (or with sudo), and the Python
# packages, with PyInstaller for the installer build, into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${WELTOFFEN_VENV:-$PWD/.venv}"
PYTHON="${PYTHON:-python3}"

APT_PACKAGES=(
  xvfb xauth poppler-utils qpdf fonts-noto-core fonts-dejavu-core e2fsprogs strace
  binutils
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)

install_system_packages() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "dev.sh: no apt-get here; install Qt's xcb libraries and Xvfb yourself (see README)."
    return 0
  fi
  local wanted=("${APT_PACKAGES[@]}")
  "$PYTHON" -c "import venv, ensurepip" 2>/dev/null || wanted+=(python3-venv)
  local missing=()
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "dev.sh: please install as root: ${missing[*]}"; exit 1; }
    sudo="sudo"
  fi
  echo "dev.sh: installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_python() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || { echo "dev.sh: Python 3.11 or newer is needed (found $("$PYTHON" --version))"; exit 1; }
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -e "$stamp" ]; then
    echo "dev.sh: installing Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[dev,build]" --config-settings editable_mode=compat
    rm -f "$VENV"/.installed-* && touch "$stamp"
  fi
  "$VENV/bin/python" build_scripts/compile_qt.py
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
  setup) install_system_packages; setup_python ;;
  demo)
    install_system_packages; setup_python
    exec "$VENV/bin/weltoffen-desktop" --demo "$@" ;;
  test)
    install_system_packages; setup_python
    "$VENV/bin/ruff" check weltoffen_desktop tests build_scripts benchmarks
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest "$@" ;;
  *) echo "usage: bash build_scripts/dev.sh demo|test|setup [args]"; exit 2 ;;
esac
