#!/usr/bin/env bash
# Installs what TrainPlan needs on Debian 12 (only what is missing), then configures and builds it.
# Idempotent: a second run installs nothing and rebuilds only what changed.
# Usage: scripts/setup.sh [build-dir]     (default: build)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config git
    # Qt 6: Widgets/Sql/PrintSupport/Test, the SQLite driver, uic/moc/rcc, Linguist (translations)
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt's own Chinese strings (dialog buttons 确定/取消, print preview), loaded by the app at start
    qt6-translations-l10n
    # Qt Charts needs the OpenGL dev package on Debian
    qt6-charts-dev libqt6opengl6-dev libgl-dev
    # ICU (pinyin, lunar calendar, charset detection), spreadsheets
    libicu-dev libquazip1-qt6-dev libxlsxwriter-dev
    # SQLite itself (the library Qt's driver uses): the online backup API for restores
    libsqlite3-dev
    # the district server: Qt's PostgreSQL driver, and PostgreSQL itself for the server tests (a throwaway cluster
    # under the build folder, scripts/pg-cluster.sh)
    libqt6sql6-psql postgresql
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # CJK fonts for the UI and PDFs; pdftotext for the PDF tests; a virtual display for screenshots
    fonts-noto-cjk poppler-utils xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ccache shared between checkouts of this repository (CI clones into a new folder each time).
export CCACHE_BASEDIR="$repo"
export CCACHE_NOHASHDIR=1

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" -j"$(nproc)"
