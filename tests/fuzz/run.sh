#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build-fuzz/ and runs each for a short
# time on a copy of its seed corpus (tests/fuzz/corpus/<target>). Exits non-zero if any target crashes, leaks or
# times out; the input that did it is left in build-fuzz/fuzz-findings/.
# Usage: tests/fuzz/run.sh [seconds-per-target]     (default 20; CI: tests/fuzz/run.sh 10)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-20}"
build="$repo/build-fuzz"
targets=(fuzz_csv_reader fuzz_xlsx_reader fuzz_plan_importer fuzz_teacher_list fuzz_ledger_importers)

if ! command -v clang++ >/dev/null; then
    echo "fuzz: installing clang" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends clang >/dev/null
fi

export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTRAINPLAN_BUILD_FUZZ=ON -DTRAINPLAN_BUILD_TESTS=OFF -DTRAINPLAN_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

findings="$build/fuzz-findings"
mkdir -p "$findings"
status=0
for t in "${targets[@]}"; do
    work="$(mktemp -d)"
    cp -r "$repo/tests/fuzz/corpus/$t/." "$work/"
    echo "fuzz: $t for ${seconds}s on $(ls "$work" | wc -l) seed inputs" >&2
    # rss_limit: the readers' own limits keep memory far below this; a hostile input that got past them would not.
    if ! ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/$t-" -print_final_stats=1 "$work" 2>"$findings/$t.log"; then
        echo "fuzz: $t FAILED — see $findings/$t.log" >&2
        tail -30 "$findings/$t.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$findings/$t.log" | tr '\n' ' ' >&2
        echo >&2
    fi
    rm -rf "$work"
done
exit $status
