#!/usr/bin/env bash
# Regenerates every picture of the user guide (docs/guide/images/) from the running program, under a virtual display:
# builds the demo data with trainplan-cli (the 梁平 2021 plan, the roster demo's teachers, enrolments, attendance and
# external credits), then runs the screenshot tools the other scripts use — plan_screenshots (the plan, its approval,
# history, diff and unit directory), roster_screenshot (参训名单, 考勤表, the roster's dialogs), ledger_screenshots
# (教师与学分, a teacher's history, the credit chart, 学分规则), print_gui_tests (打印设置, 打印预览),
# server_gui_tests (连接区县服务器; no server needed) — and guide_screenshots for the guide's own (日历, 项目详情,
# 设置, the import report, the help window, 这是什么). Each picture is copied under the name the guide uses.
#
# --lang en: the program in English (the data stays Chinese) for the English guide, into docs/guide/en/images/
# (the pages of docs/guide/en/ show those); 打印设置, 打印预览 and 连接区县服务器 then come from guide_screenshots, since
# the two test programs assert Chinese words.
#
# The pictures are made smaller with pngquant and optipng when they are installed (apt install pngquant optipng);
# without them they are written as Qt saves them, and the script says so.
# Usage: scripts/screenshots-guide.sh [build-dir] [--lang zh_CN|en]   (needs xvfb-run; docs/screenshots/ is left alone)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$repo/build}"
lang=zh_CN
while (($#)); do
    case "$1" in
    --lang) lang="$2"; shift 2 ;;
    --lang=*) lang="${1#--lang=}"; shift ;;
    *) build="$1"; shift ;;
    esac
done
case "$lang" in
zh_CN | zh) lang=zh_CN; images="$repo/docs/guide/images" ;;
en) images="$repo/docs/guide/en/images" ;;
*) echo "--lang $lang: the guide is in zh_CN and en" >&2; exit 2 ;;
esac
cmake --build "$build" -j2 --target trainplan-cli plan_screenshots roster_screenshot ledger_screenshots \
    print_gui_tests server_gui_tests guide_screenshots | grep -E "error|FAILED" -A5 || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$images" "$work/plan" "$work/roster" "$work/ledger" "$work/print" "$work/server" "$work/guide"
export TRAINPLAN_SCREENSHOT_LANG="$lang" # the screenshot tools' language (tests/gui/ScreenshotLanguage.h)
run() { HOME="$work" xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; }

# The demo database: as scripts/screenshots-roster.sh builds it.
db="$work/demo.sqlite"
demo="$repo/tests/data/roster-demo"
cli() { QT_QPA_PLATFORM=offscreen "$build/src/cli/trainplan-cli" "$@" --db "$db"; }
cli import "$repo/tests/data/liangping-2021-plan.csv" --year 2021 --district 梁平区 >/dev/null
# The district's unit directory knows its two organizers; 社区学院 stays unknown (the guide shows that warning).
cli units add 区教委 >/dev/null
cli units add 区教师进修校 >/dev/null
cli teachers import "$demo/teachers-city.csv" >/dev/null
cli teachers import "$demo/teachers-town.csv" >/dev/null
cli enroll import "$demo/roster-first.csv" --year 2021 --project 14 --today 2021-05-20 >/dev/null
cli enroll import "$demo/roster-late.csv" --year 2021 --project 14 --today 2021-05-28 >/dev/null
cli enroll withdraw --year 2021 --project 14 --staff 00038 --reason "工作调动" >/dev/null
cli enroll withdraw --year 2021 --project 14 --staff 00046 --reason "病假" >/dev/null
cli attendance import "$demo/attendance.csv" --year 2021 --project 14 >/dev/null
cli credits external import "$demo/external-credits.csv" --today 2022-12-20 >/dev/null

run "$build/tests/gui/plan_screenshots" --out "$work/plan"
run "$build/tests/gui/roster_screenshot" --db "$db" --out "$work/roster" --dialogs
# The same window at 2× on a 1600×1000 screen (as scripts/screenshots-roster.sh): scale-2x.png.
mkdir -p "$work/roster2x"
HOME="$work" QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build/tests/gui/roster_screenshot" --db "$db" --out "$work/roster2x" --scale-2x
run "$build/tests/gui/ledger_screenshots" "$repo/tests/data/ledger-demo" "$work/ledger"
run "$build/tests/gui/guide_screenshots" --db "$db" --csv "$repo/tests/data/liangping-2021-plan.csv" --out "$work/guide"
if [[ $lang == zh_CN ]]; then
    TRAINPLAN_SCREENSHOT_DIR="$work/print" run "$build/tests/gui/print_gui_tests" >/dev/null
    TRAINPLAN_SCREENSHOT_DIR="$work/server" run "$build/tests/gui/server_gui_tests" \
        theAddressIsBuiltFromTheFieldsAndThePasswordIsNotKept >/dev/null
else
    cp "$work/guide/print-setup.png" "$work/guide/print-preview.png" "$work/print/"
    cp "$work/guide/server-connection.png" "$work/server/"
fi

# source → the name in docs/guide/images/
while read -r from to; do
    cp "$work/$from" "$images/$to"
done <<'LIST'
plan/main-window.png plan.png
plan/findings-jianan.png findings-jianan.png
plan/plan-approved.png plan-approved.png
plan/plan-history.png plan-history.png
plan/plan-diff.png plan-diff.png
plan/unit-editor.png unit-editor.png
roster/roster.png roster.png
roster/attendance-grid.png attendance-grid.png
roster/forecast.png forecast.png
roster2x/scale-2x.png scale-2x.png
roster/dialog-credit.png places-and-credits.png
roster/dialog-picker.png add-participants.png
ledger/teacher-list.png teacher-list.png
ledger/teacher-history.png teacher-history.png
ledger/credit-chart.png credit-chart.png
ledger/cancel-project.png cancel-project.png
ledger/rule-editor.png credit-rules.png
print/print-setup.png print-setup.png
print/print-preview.png print-preview.png
server/server-connection.png server-connection.png
guide/calendar.png calendar.png
guide/project-details.png project-details.png
guide/settings.png settings.png
guide/import-report.png import-report.png
guide/help-window.png help-window.png
guide/whats-this.png whats-this.png
LIST
# Smaller files (the guide ships inside the program): 256 colours where that keeps them sharp, then lossless.
if command -v pngquant >/dev/null && command -v optipng >/dev/null; then
    for png in "$images"/*.png; do
        pngquant --quality=85-100 --skip-if-larger --force --ext .png -- "$png" || true # 99: kept as it was
        optipng -quiet -o2 -- "$png"
    done
else
    echo "pngquant/optipng not installed: the pictures are not made smaller" >&2
fi
echo "wrote $(ls "$images" | wc -l) pictures to ${images#"$repo"/}/ ($(du -sh "$images" | cut -f1))"
