#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz: the NIR parser, the bulk unlock's CSV reader, the SMTP
# reply parser, the database URL parser) with clang, ASan and UBSan in build-fuzz/ (override with
# GUICHET_FUZZ_BUILD_DIR), and runs each for SECONDS (default 10). The kept corpus
# (tests/fuzz/corpus/<name>/) is only read: new inputs go to a temporary folder, thrown away.
# Any crash, sanitizer finding, broken invariant, timeout or leak fails the run; the input that
# caused it is kept as build-fuzz/artifacts/<name>/crash-… (add it to the corpus once fixed).
# Usage: fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BUILD=${GUICHET_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-10}
FUZZERS=(nir bulkunlockcsv smtpreply databaseurl)

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGUICHET_WARNINGS_AS_ERRORS=ON -DGUICHET_BUILD_TESTS=OFF -DGUICHET_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$BUILD" --parallel 2 --target fuzzers

WORK=$(mktemp -d "${TMPDIR:-/tmp}/guichet-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$ROOT/resources/scripts/lsan.supp
failed=()
for name in "${FUZZERS[@]}"; do
    mkdir -p "$WORK/$name" "$BUILD/artifacts/$name"
    echo "== fuzz_$name: ${SECONDS_EACH} s from tests/fuzz/corpus/$name"
    # The first folder receives new inputs; the kept corpus after it is only read.
    if ! "$BUILD/tests/fuzz/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout=10 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$name/" \
        "$WORK/$name" "$ROOT/tests/fuzz/corpus/$name" >"$WORK/$name.log" 2>&1; then
        failed+=("$name")
        tail -n 60 "$WORK/$name.log"
    else
        grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added)' "$WORK/$name.log" || true
    fi
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: ${failed[*]} failed (inputs in $BUILD/artifacts/)" >&2
    exit 1
fi
echo "fuzz: every fuzzer ran ${SECONDS_EACH} s without a finding"
