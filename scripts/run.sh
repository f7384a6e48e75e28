#!/usr/bin/env bash
# Installs what is missing, builds, and starts TrainPlan on the default embedded database
# (the user's data folder). Extra arguments go to the program, e.g. --db other.sqlite.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$repo/scripts/setup.sh" "$repo/build"
exec "$repo/build/src/app/trainplan" "$@"
