#!/usr/bin/env bash
# Builds the model and its tests (CTest label "model": no widget, no guichetctl process) with
# AddressSanitizer and UndefinedBehaviorSanitizer in build-asan/ (override with
# GUICHET_ASAN_BUILD_DIR), and runs them on SQLite and a private PostgreSQL. Any finding fails the
# test: the build has -fno-sanitize-recover, and ASan aborts on its first error.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_ASAN_BUILD_DIR:-$ROOT/build-asan}

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGUICHET_WARNINGS_AS_ERRORS=ON \
    -DGUICHET_BUILD_TESTS=ON -DGUICHET_SANITIZE=address,undefined
mapfile -t targets < <(ctest --test-dir "$BUILD" -N -L model | sed -n 's/^ *Test *#[0-9]*: *//p')
cmake --build "$BUILD" --parallel --target "${targets[@]}"

export XDG_RUNTIME_DIR=$(mktemp -d "${TMPDIR:-/tmp}/guichet-xdg.XXXXXX")
chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$ROOT/resources/scripts/lsan.supp
export GUICHET_REQUIRE_POSTGRESQL=1
bash resources/scripts/with-postgresql.sh \
    ctest --test-dir "$BUILD" -L model --output-on-failure --timeout 900 "$@"
