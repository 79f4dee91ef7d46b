#!/usr/bin/env bash
# Turns the benchmarks on in the build dir (build/, or GUICHET_BUILD_DIR) and runs guichet-bench's
# smoke (CTest label "bench") on SQLite and a private PostgreSQL: every section runs on tiny sizes
# and the no-loss proof of the audited actions must hold. No timing is asserted.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_BUILD_DIR:-$ROOT/build}

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DGUICHET_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD" --target guichet-bench guichet

export XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/guichet-xdg.XXXXXX")
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export QT_QPA_PLATFORM=offscreen
export GUICHET_REQUIRE_POSTGRESQL=1
bash resources/scripts/with-postgresql.sh \
    ctest --test-dir "$BUILD" -L bench --output-on-failure --timeout 300 "$@"
