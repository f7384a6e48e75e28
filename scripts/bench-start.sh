#!/usr/bin/env bash
# Start time as a user sees it (issue 16): from launching the program to its window mapped on the screen, for
# TrainPlan and for DB Browser for SQLite opening the same file, each RUNS times, under one Xvfb. For TrainPlan
# also the time to the plan table's first painted frame (the program prints it when TRAINPLAN_LAUNCHED_AT holds
# its launch time), which is what the user waits for.
# DB Browser (Debian `sqlitebrowser`) and xdotool are installed here only for this comparison — TrainPlan does
# not need them.
#
# Usage: scripts/bench-start.sh DATABASE [RUNS]      (e.g. the file scripts/make-city.sh builds)
# TrainPlan is closed with 文件 → 退出 (Ctrl+Q), so every run is a normal start after a clean shutdown.
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
    # Polled every 20 ms (xdotool's own --sync looks every 500 ms, which made both programs' times 0.51–0.52 s).
    local deadline seen=""
    deadline=$(($(date +%s) + 90))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; then
            seen=1
            break
        fi
        sleep 0.02
    done
    if [ -n "$seen" ]; then
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
    # TrainPlan is closed the way a user closes it (文件 → 退出, Ctrl+Q), so its session ends cleanly and the
    # next run measures a normal start, not one after an unclean shutdown (which would check the whole file
    # behind the window). A signal only if it has not gone within 30 s, and for DB Browser.
    if [ "$label" = TrainPlan ]; then
        local wid
        wid=$(xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -n 1)
        if [ -n "$wid" ]; then
            xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q 2>/dev/null || true
            for _ in $(seq 300); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -0 "$pid" 2>/dev/null && echo "TrainPlan did not close within 30 s: ended by a signal" >&2
        fi
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ "$label" = TrainPlan ] && compgen -G "$db-session-$pid-*" >/dev/null; then
        echo "TrainPlan left its session marker: the next start is one after an unclean shutdown" >&2
    fi
    rm -f "$out"
    sleep 0.5
}

for i in $(seq "$runs"); do
    time_window TrainPlan "TrainPlan" "$app" --no-welcome --db "$db"
    time_window "DB Browser" "DB Browser for SQLite" sqlitebrowser --read-only "$db"
done
