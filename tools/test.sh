#!/usr/bin/env bash
# The README's test command (and CI's, through .ci/run): installs what is
# missing, then
#   1. builds everything in build/ and runs the tests (ctest, offscreen)
#      that step 2 does not run (all of them with VIGIE_TEST_SANITIZE=0);
#   2. builds the tests of the lower layers again with AddressSanitizer +
#      UBSan (clang-14, in build-san/) and runs them there instead of in step
#      1. By default the subset proven to pass sanitized (core, store, import,
#      the fuzz reproducers, net); VIGIE_TEST_SANITIZE=all runs every test
#      labelled "sanitized" (all but gui, sim and tst_sync_sim: not yet run
#      end to end, so not CI's default), 0 skips the step;
#   3. builds the libFuzzer harnesses of fuzz/ (clang, build-fuzz/) and runs
#      each for a few seconds (5 by default), under ASan + UBSan.
# Fresh clone, 2 cores, no ccache: the plain build and its tests take about
# 28 minutes; step 2's default subset and step 3 add about 15 (fuzz/README.md,
# "CI time"). Knobs: VIGIE_TEST_SANITIZE=default|all|0,
# VIGIE_TEST_FUZZ_SECONDS=N (0: skip) sets step 3, VIGIE_BUILD_DIR (build/),
# VIGIE_CMAKE_ARGS (extra CMake flags, every build), VIGIE_SAN_CTEST_ARGS
# (extra ctest arguments for step 2).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIE_BUILD_DIR:-$here/build}"
jobs="$(nproc)"
"$here/tools/install-deps.sh"
export QT_QPA_PLATFORM=offscreen

step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)" >&2; }

sanitize="${VIGIE_TEST_SANITIZE:-default}"
# The subset known to pass sanitized, run by default.
san_tests=(tst_core tst_store tst_rawstore tst_import tst_fuzz_replay tst_net_http tst_net_clients)
san_regex="^($(IFS='|'; echo "${san_tests[*]}"))\$"

step "build and test"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON ${VIGIE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$jobs"
# With step 2 on, the tests it runs run there (sanitized, which
# checks more) and not here: each test runs once.
plain_only=()
[[ "$sanitize" == all ]] && plain_only=(-LE '^sanitized$')
[[ "$sanitize" != 0 && "$sanitize" != all ]] && plain_only=(-E "$san_regex")
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
    # VIGIE_TEST_SANITIZE=all: the whole labelled subset (tests/CMakeLists.txt:
    # label "sanitized", target sanitizer_suite): every test but the widget
    # tests (gui), the simulator's own tests (sim) and tst_sync_sim's long
    # fault matrix. Default: the tests proven to pass sanitized (san_tests).
    if [[ "$sanitize" == all ]]; then
        cmake --build "$san" --parallel "$jobs" --target sanitizer_suite
        san_select=(-L '^sanitized$')
    else
        cmake --build "$san" --parallel "$jobs" --target "${san_tests[@]}"
        san_select=(-R "$san_regex")
    fi
    # Leaks are checked (suppressions: only what Qt's and fontconfig's own
    # caches keep until exit); any UB stops the program; timeouts are longer
    # because every test runs 2-3 times slower.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
    export LSAN_OPTIONS="suppressions=$here/tools/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    ctest --test-dir "$san" --output-on-failure --parallel "$jobs" --timeout 1200 \
        "${san_select[@]}" ${VIGIE_SAN_CTEST_ARGS:-}
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
