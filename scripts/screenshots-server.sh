#!/usr/bin/env bash
# Screenshots of the district server's GUI (docs/screenshots/server-*.png): the connection dialog; the main window
# logged in as a school's clerk (the plan, the roster with only what a clerk may do, an empty plan table saying
# why); and a save refused because somebody else changed the row — from server_gui_tests under a virtual display
# with a throwaway PostgreSQL cluster. Build first (scripts/setup.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$repo/build}"
cmake --build "$build" --target server_gui_tests -j2
cluster="$build/pg-screenshots"
"$repo/scripts/pg-cluster.sh" start "$cluster" >/dev/null
trap '"$repo/scripts/pg-cluster.sh" stop "$cluster" || true' EXIT
export "$("$repo/scripts/pg-cluster.sh" env "$cluster")"
mkdir -p "$repo/docs/screenshots"
TRAINPLAN_SCREENSHOT_DIR="$repo/docs/screenshots" HOME="$(mktemp -d)" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/gui/server_gui_tests"
echo "wrote docs/screenshots/server-connection.png, server-session.png, server-clerk-empty-plan.png," \
    "server-clerk-roster.png and server-stale-save.png"
