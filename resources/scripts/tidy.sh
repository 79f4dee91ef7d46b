#!/usr/bin/env bash
# clang-tidy with the repository's .clang-tidy (findings are errors) on model/, the layer that
# holds the rules, from the compile commands of a configured build (build/, or GUICHET_BUILD_DIR;
# test.sh exports them). Two files at a time.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${GUICHET_BUILD_DIR:-build}
if [ ! -f "$BUILD/compile_commands.json" ]; then
    echo "tidy: no $BUILD/compile_commands.json (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
    exit 1
fi
git ls-files 'model/*.cpp' | xargs -P 2 -n 4 clang-tidy -p "$BUILD" --quiet
