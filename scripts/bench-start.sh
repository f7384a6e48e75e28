#!/usr/bin/env bash
# Start time as a user sees it (issue 16): from launching the program to its window mapped on the screen, for
# TrainPlan and for DB Browser for SQLite opening the same file, each RUNS times, under one Xvfb.
# DB Browser (Debian `sqlitebrowser`) and xdotool are installed here only for this comparison — TrainPlan does
# not need them.
#
# Usage: scripts/bench-start.sh DATABASE [RUNS]      (e.g. the file scripts/make-city.sh builds)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
db="$1"
runs="${2:-5}"
app="${TRAINPLAN_APP:-$repo/build/src/app/trainplan}"
if ! command -v xdotool >/dev/null || ! command -v sqlitebrowser >/dev/null; then
    apt-get install -y -q xdotool sqlitebrowser >/dev/null
fi

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi

# label, window-name pattern, command...: prints the seconds from launch to a visible window of that name.
time_window() {
    local label="$1" pattern="$2"; shift 2
    local t0 t1 pid
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    if timeout 90 xdotool search --sync --onlyvisible --name "$pattern" >/dev/null 2>&1; then
        t1=$(date +%s.%N)
        printf '%-12s %6.3f s\n' "$label" "$(echo "$t1 - $t0" | bc)"
    else
        printf '%-12s no window after 90 s\n' "$label"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 0.5
}

for i in $(seq "$runs"); do
    time_window TrainPlan "TrainPlan" "$app" --db "$db"
    time_window "DB Browser" "DB Browser for SQLite" sqlitebrowser --read-only "$db"
done
