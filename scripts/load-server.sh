#!/usr/bin/env bash
# The district server's load test (docs/performance.md): a throwaway PostgreSQL cluster under the build folder,
# N clerks for S seconds (default 50 and 30), then the checks; the cluster is stopped whatever happens.
# Usage: scripts/load-server.sh [clerks] [seconds]     (build first: cmake --build build --target trainplan_load_server)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$repo/build}"
cluster="$build/pg-load"
"$repo/scripts/pg-cluster.sh" start "$cluster" >/dev/null
trap '"$repo/scripts/pg-cluster.sh" stop "$cluster" || true' EXIT
address="$("$repo/scripts/pg-cluster.sh" env "$cluster")"
"$build/tests/bench/trainplan_load_server" "${address#TRAINPLAN_TEST_PG=}" --clerks "${1:-50}" --seconds "${2:-30}"
