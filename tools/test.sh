#!/usr/bin/env bash
# The README's test command (and CI's, through .ci/run): installs what is
# missing, then
#   1. builds everything in build/ and runs the tests (ctest, offscreen)
#      that step 2 does not run (all of them with VIGIE_TEST_SANITIZE=0);
#   2. builds the test suite again with AddressSanitizer + UBSan (clang-14,
#      in build-san/) and runs the documented subset there instead of in
#      step 1: every test except the widget tests (gui), the simulator's own
#      tests (sim) and tst_sync_sim (ctest label "sanitized");
#   3. builds the libFuzzer harnesses of fuzz/ (clang, build-fuzz/) and runs
#      each for a few seconds (5 by default).
# Fresh clone, 2 cores, no ccache: estimated at 55-61 minutes in all (see
# fuzz/README.md, "CI time"; not yet timed end to end). Knobs:
# VIGIE_TEST_SANITIZE=0 skips step 2, VIGIE_TEST_FUZZ_SECONDS=N (0: skip)
# sets step 3, VIGIE_BUILD_DIR (build/), VIGIE_CMAKE_ARGS (extra CMake flags,
# every build), VIGIE_SAN_CTEST_ARGS (extra ctest arguments for step 2).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIE_BUILD_DIR:-$here/build}"
jobs="$(nproc)"
"$here/tools/install-deps.sh"
export QT_QPA_PLATFORM=offscreen

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)" >&2; }

sanitize="${VIGIE_TEST_SANITIZE:-1}"

step "build and test"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON ${VIGIE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$jobs"
# With step 2 on, the tests labelled "sanitized" run there (sanitized, which
# checks more) and not here: each test runs once.
plain_only=()
[[ "$sanitize" != 0 ]] && plain_only=(-LE '^sanitized$')
ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 600 "${plain_only[@]}"

if [[ "$sanitize" != 0 ]]; then
    step "AddressSanitizer + UBSan build and test (clang)"
    san="$build-san"
    # clang-14 at -O1 -g1 (line tables only): a sanitizer compile then costs
    # about what a plain g++ -O2 -g compile does, where g++ -fsanitize at
    # -O2 -g costs 2.5 times more (fuzz/README.md, "CI time"). Warnings are
    # the plain build's job: no -Werror here.
    clangxx=$(command -v clang++-14 || command -v clang++)
    clangc=$(command -v clang-14 || command -v clang)
    cmake -S "$here" -B "$san" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_C_COMPILER="$clangc" \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        -DVIGIE_SANITIZE=ON -DVIGIE_WERROR=OFF -DVIGIE_BUILD_BENCH=OFF ${VIGIE_CMAKE_ARGS:-}
    # The subset (tests/CMakeLists.txt: label "sanitized", target
    # sanitizer_suite): every test but the widget tests (gui), the
    # simulator's own tests (sim) and tst_sync_sim's long fault matrix.
    cmake --build "$san" --parallel "$jobs" --target sanitizer_suite
    # Leaks are checked (suppressions: only what Qt's and fontconfig's own
    # caches keep until exit); any UB stops the program; timeouts are longer
    # because every test runs 2-3 times slower.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
    export LSAN_OPTIONS="suppressions=$here/tools/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir "$san" --output-on-failure --parallel "$jobs" --timeout 1200 \
        -L '^sanitized$' ${VIGIE_SAN_CTEST_ARGS:-}
    unset ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
fi

fuzz_seconds="${VIGIE_TEST_FUZZ_SECONDS:-5}"
if [[ "$fuzz_seconds" != 0 ]]; then
    step "short fuzz run ($fuzz_seconds s per harness)"
    # Its own clang build: libFuzzer's coverage instrumentation slows every
    # test several times over, so the tests do not share it.
    VIGIE_FUZZ_OPT="${VIGIE_FUZZ_OPT:--O1 -g1}" \
        "$here/fuzz/run.sh" --seconds "$fuzz_seconds" --jobs "$jobs" --build "$build-fuzz"
fi
