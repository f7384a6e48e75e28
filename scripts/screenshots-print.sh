#!/usr/bin/env bash
# Page 1 of every printed table, as pdftoppm renders it at 80 dpi, and the print dialogs, in docs/screenshots/:
#   print-liangping-p1/p2, print-jianan-p1      the published tables (trainplan-cli export, tests/data)
#   print-plan-diff-p1                          the 计划调整一览表 of the 梁平 plan once approved and changed (diff --output)
#   print-nanan-2027-p1, print-500-projects-p1  a plan typed into TrainPlan, a generated 500-project plan
#                                               (the PDFs of tests/report/test_table_fit.cpp)
#   print-signin-p1, print-signin-sessions-p1   a sign-in sheet; one with a column per session of a 5-day class
#                                               (tests/report/test_sign_in_sheet.cpp)
#   print-credit-report-district-p1, -school    the 学分统计表 over the roster demo data (trainplan-cli credits)
#   print-preview, print-preview-landscape-proposed, print-setup   the dialogs (tests/gui/test_print_setup.cpp)
# Usage: scripts/screenshots-print.sh [build-dir]   (default: build; needs poppler-utils and xvfb-run)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
cmake --build "$build" --target trainplan-cli report_tests print_gui_tests -- -j2 | grep -E "error|FAILED" -A5 || true

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shots="$repo/docs/screenshots"
mkdir -p "$shots"
db="$work/demo.sqlite"
cli() { QT_QPA_PLATFORM=offscreen "$build/src/cli/trainplan-cli" "$@" --db "$db"; }
page() { pdftoppm -r 80 -f "$3" -l "$3" -png -singlefile "$1" "$shots/$2"; }

# The published tables.
cli import "$repo/tests/data/liangping-2021-plan.csv" --year 2021 --district 梁平区 >/dev/null
cli import "$repo/tests/data/jianan-2024-plan.csv" --year 2024 --district 建安区 >/dev/null
cli export --year 2021 --district 梁平区 --format pdf --output "$work/liangping.pdf" >/dev/null
cli export --year 2024 --district 建安区 --format pdf --output "$work/jianan.pdf" \
    --notes "备注：如培训时间调整，请以实际开班时间为准。" >/dev/null
page "$work/liangping.pdf" print-liangping-p1 1
page "$work/liangping.pdf" print-liangping-p2 2
page "$work/jianan.pdf" print-jianan-p1 1

# The 计划调整一览表 of the 梁平 plan once approved: two approved changes, an approved cancellation, a pending request.
as_clerk=(--operator "进修校 刘老师")
as_bureau=(--operator "区教委 王主任")
cli plan submit --year 2021 --district 梁平区 --today 2021-05-10 "${as_clerk[@]}" >/dev/null
cli plan approve --year 2021 --district 梁平区 --doc "梁平教委发〔2021〕45号" --today 2021-05-12 "${as_bureau[@]}" >/dev/null
cli change request --year 2021 --district 梁平区 --project 8 --field duration --to 4 \
    --reason "压缩集中授课一天，改为返岗实践" --today 2021-06-01 "${as_clerk[@]}" >/dev/null
cli change approve 1 --today 2021-06-04 "${as_bureau[@]}" >/dev/null
cli change request --year 2021 --district 梁平区 --project 4 --field headcount --to 150 \
    --reason "仅限各校办公室主任参加" --today 2021-06-02 "${as_clerk[@]}" >/dev/null
cli change approve 2 --today 2021-06-04 "${as_bureau[@]}" >/dev/null
cli cancel --year 2021 --district 梁平区 --project 5 --explanation "与市级德育干部培训内容重复，并入市级培训" \
    --today 2021-06-03 "${as_clerk[@]}" >/dev/null
cli change approve 3 --today 2021-06-07 "${as_bureau[@]}" >/dev/null
cli change request --year 2021 --district 梁平区 --project 11 --field location --to "梁平区实验中学" \
    --reason "进修校报告厅维修" --today 2021-06-10 "${as_clerk[@]}" >/dev/null
cli diff --year 2021 --district 梁平区 --output "$work/plan-diff.pdf" >/dev/null
page "$work/plan-diff.pdf" print-plan-diff-p1 1

# The plans of the layout tests, and a sign-in sheet.
TRAINPLAN_REPORT_OUTPUT_DIR="$work" QT_QPA_PLATFORM=offscreen "$build/tests/report/report_tests" \
    --gtest_filter='FitPdfTest.*:SignInSheet.*' >/dev/null
page "$work/nanan-2027.pdf" print-nanan-2027-p1 1
page "$work/generated-500.pdf" print-500-projects-p1 1
page "$work/signin.pdf" print-signin-p1 1
page "$work/signin-sessions.pdf" print-signin-sessions-p1 1

# The 学分统计表 of a school and of the district, over the roster demo data (as scripts/screenshots-roster.sh).
demo="$repo/tests/data/roster-demo"
cli teachers import "$demo/teachers-city.csv" >/dev/null
cli teachers import "$demo/teachers-town.csv" >/dev/null
cli enroll import "$demo/roster-first.csv" --year 2021 --project 14 --today 2021-05-20 >/dev/null
cli attendance import "$demo/attendance.csv" --year 2021 --project 14 >/dev/null
cli credits external import "$demo/external-credits.csv" --today 2022-12-20 >/dev/null
cli credits --cycle 2021-2025 --district 梁平区 --today 2023-09-01 --output "$work/district.pdf" >/dev/null
cli credits --cycle 2021-2025 --district 梁平区 --unit 梁平中学 --issuer 梁平中学 --today 2023-09-01 \
    --output "$work/school.pdf" >/dev/null
page "$work/district.pdf" print-credit-report-district-p1 1
page "$work/school.pdf" print-credit-report-school 1

# The dialogs.
HOME="$work" TRAINPLAN_SCREENSHOT_DIR="$shots" xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/gui/print_gui_tests" >/dev/null
echo "wrote the print screenshots to docs/screenshots/"
