#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (core, storage, io, cli, gui).
# GUI tests run on the offscreen platform, so no display is needed.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/setup.sh" "$repo/build"
export QT_QPA_PLATFORM=offscreen
cd "$repo/build"
ctest --output-on-failure -j"$(nproc)" --timeout 600
