#!/usr/bin/env bash
# Installs what is missing, builds Guichet from this checkout with warnings as errors, and runs
# every test: each database test on SQLite and on a private PostgreSQL server started for the run.
# Idempotent; the build goes to build/ (override with GUICHET_BUILD_DIR).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_BUILD_DIR:-$ROOT/build}

bash resources/scripts/install-deps.sh

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGUICHET_WARNINGS_AS_ERRORS=ON -DGUICHET_BUILD_TESTS=ON -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
cmake --build "$BUILD" --parallel

export XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/guichet-xdg.XXXXXX")
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export QT_QPA_PLATFORM=offscreen

# GUICHET_REQUIRE_POSTGRESQL makes the PostgreSQL half of the suites fail, never skip, when the
# server is missing.
export GUICHET_REQUIRE_POSTGRESQL=1
# And its streaming standby (the supervisors' reads on a replica: tst_readreplica, tst_supervisorreplica).
export GUICHET_TEST_POSTGRESQL_REPLICA=1
bash resources/scripts/with-postgresql.sh \
    ctest --test-dir "$BUILD" --output-on-failure --timeout 900 "$@"
