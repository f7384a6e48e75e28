#!/usr/bin/env bash
# Screenshots of the teacher list with credit status, a teacher's history, the credit chart, the rule editor and the
# project's credit dialog (docs/screenshots/teacher-list.png, teacher-history.png, credit-chart.png,
# rule-editor.png, credit-dialog.png, cancel-project.png) from the demo data in
# tests/data/ledger-demo, under a virtual display. Build first (scripts/setup.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$repo/build}"
cmake --build "$build" --target ledger_screenshots -j2
HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/gui/ledger_screenshots" "$repo/tests/data/ledger-demo" "$repo/docs/screenshots"
