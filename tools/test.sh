#!/usr/bin/env bash
# The README's test command: installs what is missing, then
#   1. builds and runs every test (ctest, offscreen) in build/;
#   2. with VIGIE_TEST_SANITIZE=1: builds the whole test suite again with
#      AddressSanitizer + UBSan (-DVIGIE_SANITIZE=ON, g++) in build-asan/ and runs it;
#   3. with VIGIE_TEST_FUZZ_SECONDS=N: runs each libFuzzer harness of fuzz/ for
#      N seconds (clang, build-fuzz/).
# Steps 2 and 3 are off by default until their CI time on 2 cores without
# ccache has been measured (see fuzz/README.md). Knobs: VIGIE_BUILD_DIR
# (build/), VIGIE_CMAKE_ARGS (extra CMake flags, every build).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIE_BUILD_DIR:-$here/build}"
jobs="$(nproc)"
"$here/tools/install-deps.sh"
export QT_QPA_PLATFORM=offscreen

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)" >&2; }

step "build and test"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON ${VIGIE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$jobs"
ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600

if [[ "${VIGIE_TEST_SANITIZE:-0}" != 0 ]]; then
    step "AddressSanitizer + UBSan build and test"
    asan="$build-asan"
    # Benchmarks are not tests: not built here.
    cmake -S "$here" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON \
        -DVIGIE_SANITIZE=ON -DVIGIE_BUILD_BENCH=OFF ${VIGIE_CMAKE_ARGS:-}
    cmake --build "$asan" --parallel "$jobs"
    # Leaks are checked (suppressions: only what Qt's and fontconfig's own
    # caches keep until exit); any UB stops the program; timeouts are longer
    # because every test runs 2-3 times slower.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
    export LSAN_OPTIONS="suppressions=$here/tools/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir "$asan" --output-on-failure --parallel "$jobs" --timeout 1200 \
        ${VIGIE_ASAN_CTEST_ARGS:-}
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
fi

fuzz_seconds="${VIGIE_TEST_FUZZ_SECONDS:-0}"
if [[ "$fuzz_seconds" != 0 ]]; then
    step "short fuzz run ($fuzz_seconds s per harness)"
    "$here/fuzz/run.sh" --seconds "$fuzz_seconds" --jobs "$jobs" --build "$build-fuzz"
fi
