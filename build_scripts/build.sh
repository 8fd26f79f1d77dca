#!/usr/bin/env bash
# Build the standalone app on Linux: set the machine up (as dev.sh does), then build the
# one-folder bundle and the .deb, smoke-test the frozen app and print the budgets.
#
#   bash build_scripts/build.sh [--force] [--runs N]
#
# Output: dist/weltoffen-desktop/, dist/weltoffen-desktop_<version>_<arch>.deb,
# dist/budgets.json. Windows and macOS: see README, "Building the installer".
set -euo pipefail
cd "$(dirname "$0")/.."
bash build_scripts/dev.sh setup
exec "${WELTOFFEN_VENV:-$PWD/.venv}/bin/python" build_scripts/build.py "$@"
