#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (core, storage, io, cli, gui) — the storage
# tests on SQLite and, in a throwaway PostgreSQL cluster under the build folder, on the server too ("pg." tests).
# GUI tests run on the offscreen platform, so no display is needed.
# Without PostgreSQL the server tests say they were skipped; on CI (CI set) a cluster that cannot start fails.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/setup.sh" "$repo/build"
export QT_QPA_PLATFORM=offscreen

cluster="$repo/build/pg-cluster"
if "$repo/scripts/pg-cluster.sh" start "$cluster" >/dev/null; then
    # Stopped whatever happens (a failing test, Ctrl-C); its data goes with the next clean build.
    trap '"$repo/scripts/pg-cluster.sh" stop "$cluster" || true' EXIT
    export "$("$repo/scripts/pg-cluster.sh" env "$cluster")"
    export TRAINPLAN_REQUIRE_PG=1
elif [ -n "${CI:-}" ]; then
    echo "test: the PostgreSQL cluster did not start; CI runs the server tests" >&2
    exit 1
else
    echo "test: no PostgreSQL cluster (Debian package postgresql): the server tests are skipped" >&2
fi

cd "$repo/build"
ctest --output-on-failure -j"$(nproc)" --timeout 600
