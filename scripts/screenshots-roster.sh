#!/usr/bin/env bash
# Builds a demo database with trainplan-cli from tests/data/roster-demo/ over the 梁平 2021 sample plan and
# renders docs/screenshots/roster.png (参训名单), forecast.png (学分需求预测), attendance-grid.png (考勤表 of
# the 5-day class), small-screen.png (the window at 1000×700, its smallest on a 1024×768 projector) and
# scale-2x.png (800×480 at QT_SCALE_FACTOR=2: a 1600×1000 screen at 2×).
# Usage: scripts/screenshots-roster.sh [build-dir] [--dialogs DIR]   (default: build; needs xvfb-run)
#        --dialogs DIR also writes the roster's dialogs to DIR, for looking at them.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
dialogs=()
if [[ "${2:-}" == "--dialogs" ]]; then dialogs=(--dialogs); fi
cmake --build "$build" --target trainplan-cli roster_screenshot -- -j2 | grep -E "error|FAILED" -A5 || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
demo="$repo/tests/data/roster-demo"
cli() { "$build/src/cli/trainplan-cli" "$@" --db "$db"; }

cli import "$repo/tests/data/liangping-2021-plan.csv" --year 2021 --district 梁平区 >/dev/null
cli teachers import "$demo/teachers-city.csv"
cli teachers import "$demo/teachers-town.csv"   # GB18030, a title row above the header
# 第 14 项 中学行政领导思想政治优质课竞赛及培训: 42 seats, 5 days. 42 admitted, then 6 late ones wait.
cli enroll import "$demo/roster-first.csv" --year 2021 --project 14 --today 2021-05-20
cli enroll import "$demo/roster-late.csv" --year 2021 --project 14 --today 2021-05-28
# Two withdraw before the class: the first two waitlisted teachers get their seats.
cli enroll withdraw --year 2021 --project 14 --staff 00038 --reason "工作调动"
cli enroll withdraw --year 2021 --project 14 --staff 00046 --reason "病假"
cli attendance import "$demo/attendance.csv" --year 2021 --project 14
cli credits external import "$demo/external-credits.csv" --today 2022-12-20

mkdir -p "$repo/docs/screenshots"
HOME="$work" xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/gui/roster_screenshot" --db "$db" --out "$repo/docs/screenshots" "${dialogs[@]}"
# The same window at 2× on a 1600×1000 screen (800×500 logical, less a taskbar).
HOME="$work" QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/gui/roster_screenshot" --db "$db" --out "$repo/docs/screenshots" --scale-2x "${dialogs[@]}"
if [[ ${#dialogs[@]} -gt 0 ]]; then
    mkdir -p "$3"
    mv "$repo/docs/screenshots"/dialog-*.png "$3"/
fi
echo "wrote docs/screenshots/roster.png, forecast.png, attendance-grid.png, small-screen.png and scale-2x.png"
