#!/usr/bin/env bash
# Builds a city-sized TrainPlan database THROUGH THE COMMAND LINE, the way a user would fill it (issue 16):
#   - a 2026 plan table of 500 projects   (trainplan-cli import)
#   - 100,000 teachers in 1,000 schools    (trainplan-cli teachers import, 10 files of 10,000 rows)
#   - 3,000,000 external credit records    (trainplan-cli credits external import, 30 files of 100,000 rows)
# and prints the time of every CLI call, then the file size and bytes per record.
#
# Usage: scripts/make-city.sh [OUTDIR] [CREDIT_FILES]
#   OUTDIR defaults to build/city (generated files are never committed); CREDIT_FILES defaults to 30.
#   TRAINPLAN_CLI overrides the CLI binary (default build/src/cli/trainplan-cli).
# The CSV files are generated with awk (deterministic: the same files every run).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$repo/build/city}"
credit_files="${2:-30}"
cli="${TRAINPLAN_CLI:-$repo/build/src/cli/trainplan-cli}"
[ -x "$cli" ] || { echo "no CLI at $cli (build first: cmake --build build --target trainplan-cli)" >&2; exit 2; }

mkdir -p "$out/csv"
db="$out/city.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
rm -rf "$out/city-backups" "$out/city.sqlite-backups"
log="$out/timings.txt"
: > "$log"

# --- CSV files ----------------------------------------------------------------------------------------------------
gen_start=$(date +%s.%N)
# teachers: 7-digit staff numbers (school * 100 + n), 100 per school, 100 schools per file, 10 files
awk -v dir="$out/csv" 'BEGIN {
  srand(16);
  ns = split("张 王 李 赵 刘 陈 杨 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧", sur, " ");
  ng = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 文 华 红 建 玲 英 鹏 辉 宇 欣 怡 晨 博 思 雨 佳 浩 然", giv, " ");
  nst = split("小学 初中 高中 幼儿园", stage, " ");
  nsj = split("语文 数学 英语 物理 化学 生物 历史 地理 政治 体育 音乐 美术 信息技术", subj, " ");
  for (f = 0; f < 10; f++) {
    file = sprintf("%s/teachers-%02d.csv", dir, f + 1);
    print "工号,姓名,学校,学段,学科,参加工作时间" > file;
    for (s = f * 100; s < f * 100 + 100; s++) {
      school = sprintf("第%04d学校", s + 1);
      for (t = 0; t < 100; t++) {
        name = sur[int(rand() * ns) + 1] giv[int(rand() * ng) + 1];
        if (rand() < 0.6) name = name giv[int(rand() * ng) + 1];
        printf "%07d,%s,%s,%s,%s,%d-09-01\n", s * 100 + t + 1, name, school, stage[int(rand() * nst) + 1],
               subj[int(rand() * nsj) + 1], 1985 + int(rand() * 40) >> file;
      }
    }
    close(file);
  }
}'
# external credits: 30 files of 100,000 rows, every teacher 30 records over 2021-2026
awk -v dir="$out/csv" -v files="$credit_files" 'BEGIN {
  srand(1616);
  nl = split("国家级 省级 市级 区县级 校级", lvl, " ");
  nk = split("集中 网络 校本 实践", kind, " ");
  nsrc = split("国培 市培 省平台 区培", src, " ");
  nt = split("骨干教师能力提升,信息技术应用能力提升,班主任工作研修,新课标解读,心理健康教育,学科教学研修,校长领导力提升,师德师风专题", title, ",");
  for (f = 0; f < files; f++) {
    file = sprintf("%s/external-%02d.csv", dir, f + 1);
    print "工号,年度,来源,级别,类型,学分,学时,培训名称" > file;
    for (i = 0; i < 100000; i++) {
      t = (f * 100000 + i) % 100000;
      y = 2021 + int(rand() * 6);
      c = 1 + int(rand() * 6);
      printf "%07d,%d,%s,%s,%s,%d,%d,%d年%s\n", t + 1, y, src[int(rand() * nsrc) + 1], lvl[int(rand() * nl) + 1],
             kind[int(rand() * nk) + 1], c, c * 8, y, title[int(rand() * nt) + 1] >> file;
    }
    close(file);
  }
}'
# plan table: 500 projects
awk -v file="$out/csv/plan-2026.csv" 'BEGIN {
  print "序号,培训项目,主办单位,培训天数,参培人数" > file;
  for (i = 1; i <= 500; i++) printf "%d,第%d期学科教学能力提升培训,区教委,%d,%d\n", i, i, 1 + i % 5, 30 + i % 200 >> file;
}'
gen_end=$(date +%s.%N)
printf 'generate CSV files: %.1f s\n' "$(echo "$gen_end - $gen_start" | bc)" | tee -a "$log"

# --- through the CLI -----------------------------------------------------------------------------------------------
run() { # label, CLI arguments...
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  "$cli" --db "$db" --operator make-city "$@" > /dev/null
  t1=$(date +%s.%N)
  printf '%-32s %7.2f s\n' "$label" "$(echo "$t1 - $t0" | bc)" | tee -a "$log"
}
total_start=$(date +%s.%N)
run "import plan 2026 (500)" import "$out/csv/plan-2026.csv" --year 2026 --district 梁平区
for f in "$out"/csv/teachers-*.csv; do run "teachers import $(basename "$f")" teachers import "$f"; done
for f in "$out"/csv/external-*.csv; do run "credits external import $(basename "$f")" credits external import "$f"; done
total_end=$(date +%s.%N)
printf 'all CLI imports: %.1f s\n' "$(echo "$total_end - $total_start" | bc)" | tee -a "$log"
run "show --year 2026" show --year 2026 --district 梁平区

"$cli" --db "$db" --json restore "$db" 2>/dev/null | head -c 600 >> "$log" || true
bytes=$(stat -c %s "$db")
records=$((credit_files * 100000))
printf 'file: %s bytes (%d MB); %.0f bytes per credit record (whole file / %d)\n' "$bytes" $((bytes / 1048576)) \
  "$(echo "$bytes / $records" | bc -l)" "$records" | tee -a "$log"
echo "database: $db"
