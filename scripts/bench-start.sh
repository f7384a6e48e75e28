#!/usr/bin/env bash
# Start time as a user sees it (issue 16): from launching the program to its window mapped on the screen, for
# TrainPlan and for DB Browser for SQLite opening the same file, each RUNS times, under one Xvfb. For TrainPlan
# also the time to the plan table's first painted frame (the program prints it when TRAINPLAN_LAUNCHED_AT holds
# its launch time), which is what the user waits for.
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
    local t0 t1 pid out frame
    out=$(mktemp)
    t0=$(date +%s.%N)
    TRAINPLAN_LAUNCHED_AT=$(date +%s%3N) "$@" >"$out" 2>/dev/null &
    pid=$!
    if timeout 90 xdotool search --sync --onlyvisible --name "$pattern" >/dev/null 2>&1; then
        t1=$(date +%s.%N)
        frame=""
        for _ in $(seq 100); do # the first frame follows the mapped window
            frame=$(sed -n 's/^first-frame-ms //p' "$out")
            [ -n "$frame" ] || [ "$label" != TrainPlan ] && break
            sleep 0.05
        done
        printf '%-12s %6.3f s to a visible window%s\n' "$label" "$(echo "$t1 - $t0" | bc)" \
            "${frame:+, $(echo "scale=3; $frame / 1000" | bc) s to the first painted plan}"
    else
        printf '%-12s no window after 90 s\n' "$label"
    fi
    # Ended by a signal: TrainPlan's session does not close, so every following start is one after an unclean
    # shutdown (the whole-file check then runs behind the window) — the slower case.
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$out"
    sleep 0.5
}

for i in $(seq "$runs"); do
    time_window TrainPlan "TrainPlan" "$app" --db "$db"
    time_window "DB Browser" "DB Browser for SQLite" sqlitebrowser --read-only "$db"
done
