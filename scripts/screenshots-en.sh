#!/usr/bin/env bash
# Renders the English screenshots (issue 15): docs/screenshots/en-main-window.png, en-roster.png,
# en-teacher-list.png, en-print-setup.png and en-settings.png — the program started with --lang en over the
# 梁平 2021 sample plan and the made-up teachers of tests/data/roster-demo (Chinese data, English program).
# Usage: scripts/screenshots-en.sh [build-dir] [--lang LANG]   (default: build, en; needs xvfb-run)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build"
lang=en
while (($#)); do
    case "$1" in
    --lang) lang="$2"; shift 2 ;;
    *) build="$1"; shift ;;
    esac
done
cmake --build "$build" --target trainplan-cli en_screenshots -- -j2 | grep -E "error|FAILED" -A5 || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
demo="$repo/tests/data/roster-demo"
cli() { "$build/src/cli/trainplan-cli" "$@" --db "$db" --lang "$lang" >/dev/null; }

cli import "$repo/tests/data/liangping-2021-plan.csv" --year 2021 --district 梁平区
cli teachers import "$demo/teachers-city.csv"
cli teachers import "$demo/teachers-town.csv"
cli enroll import "$demo/roster-first.csv" --year 2021 --project 14 --today 2021-05-20
cli enroll import "$demo/roster-late.csv" --year 2021 --project 14 --today 2021-05-28
cli enroll withdraw --year 2021 --project 14 --staff 00038 --reason "工作调动"
cli attendance import "$demo/attendance.csv" --year 2021 --project 14
cli credits external import "$demo/external-credits.csv" --today 2022-12-20

mkdir -p "$repo/docs/screenshots"
HOME="$work" xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/gui/en_screenshots" --db "$db" --out "$repo/docs/screenshots" --lang "$lang"
echo "wrote docs/screenshots/$lang-*.png"
