#!/usr/bin/env bash
# Renders docs/screenshots/main-window.png (梁平区 2021 and its findings), findings-jianan.png (建安区 2024), and the
# approved plan's plan-approved.png, plan-history.png, plan-diff.png and unit-editor.png from the published sample
# plans, under a virtual display. Build first (scripts/setup.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$repo/build}"
cmake --build "$build" --target plan_screenshots -j2
mkdir -p "$repo/docs/screenshots"
HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/gui/plan_screenshots" --out "$repo/docs/screenshots"
