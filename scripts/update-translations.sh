#!/usr/bin/env bash
# Refreshes translations/trainplan_en.ts from the sources (lupdate, the build's own target) and checks it: the
# messages still to translate are listed, and the translation tests run (stale .ts, unfinished messages,
# placeholders). docs/translations.md says how to translate what it lists.
# Usage: scripts/update-translations.sh [build-dir]     (default: build)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target update_translations
# lupdate writes the file in its own layout; the same layout every time, so git shows only real changes.
python3 "$repo/scripts/ts-tool.py" stats "$repo/translations/trainplan_en.ts"
left="$(python3 "$repo/scripts/ts-tool.py" export "$repo/translations/trainplan_en.ts")"
if [ -n "$left" ]; then
    echo "Still to translate (ID<TAB>source; translate with scripts/ts-tool.py import):"
    echo "$left"
fi
cmake --build "$build" --target i18n_tests
(cd "$build" && ctest -R '^(Translations|Language)\.' --output-on-failure)
