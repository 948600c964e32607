#!/usr/bin/env bash
# Runs every libFuzzer harness of fuzz/ for a while and prints, per harness,
# the executions, coverage and findings (the table fuzz/README.md records).
#
#   fuzz/run.sh [--seconds N] [--jobs J] [--build DIR] [HARNESS[:SECONDS]...]
#
# --seconds  per harness (default 60; CI uses 10, the long run 600 and more);
#            HARNESS:SECONDS gives one harness its own budget (the long run
#            gives the fast JSON decoders more time than the file importers)
# --jobs     harnesses run side by side (default 1), each one process, niced
# --build    the clang build (default build-fuzz, configured here when missing)
#
# The growing corpus lives in BUILD/fuzz-corpus/<harness> (seeded from
# fuzz/corpus, never committed automatically); crash reproducers land in
# BUILD/fuzz-crashes/<harness>. Copy a reproducer to fuzz/crashes/<harness>/
# with the fix: tst_fuzz_replay replays it in every build. Exit status 1 when a
# harness found something.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=60
jobs=1
build="$here/build-fuzz"
harnesses=()
while [[ $# -gt 0 ]]; do
    case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) harnesses+=("$1"); shift ;;
    esac
done
if [[ ${#harnesses[@]} -eq 0 ]]; then
    harnesses=($(ls "$here/fuzz/corpus"))
fi

clangxx=$(command -v clang++-14 || command -v clang++)
clangc=$(command -v clang-14 || command -v clang)
if [[ ! -f "$build/build.ninja" ]]; then
    # VIGIE_FUZZ_OPT: optimisation and debug flags (CI: -O1 -g1, cheaper to build).
    opt="${VIGIE_FUZZ_OPT:--O2 -g} -DNDEBUG"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$opt" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$opt" \
        -DCMAKE_CXX_COMPILER="$clangxx" -DCMAKE_C_COMPILER="$clangc" -DVIGIE_FUZZ=ON \
        -DVIGIE_BUILD_TESTS=OFF -DVIGIE_BUILD_BENCH=OFF ${VIGIE_FUZZ_CMAKE_ARGS:-}
fi
cmake --build "$build" --target fuzzers --parallel "$(nproc)"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
logs="$build/fuzz-logs"
mkdir -p "$logs"

run_one() {
    local h=${1%%:*} budget=$seconds
    [[ $1 == *:* ]] && budget=${1#*:}
    local corpus="$build/fuzz-corpus/$h" crashes="$build/fuzz-crashes/$h"
    mkdir -p "$corpus" "$crashes"
    cp -n "$here/fuzz/corpus/$h/"* "$corpus/" 2>/dev/null || true
    nice -n 10 "$build/fuzz/fuzz_$h" -max_total_time="$budget" -timeout=20 -rss_limit_mb=2560 \
        -max_len=65536 -len_control=200 -dict="$here/fuzz/json.dict" -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" >"$logs/$h.log" 2>&1 || true
}

running=0
for h in "${harnesses[@]}"; do
    run_one "$h" &
    running=$((running + 1))
    if [[ $running -ge $jobs ]]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

found=0
printf '%-14s %12s %8s %8s %8s %s\n' harness executions cov ft corpus findings
total=0
for h in "${harnesses[@]}"; do
    h=${h%%:*}
    log="$logs/$h.log"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
    size=$(ls "$build/fuzz-corpus/$h" | wc -l)
    n=$(ls "$build/fuzz-crashes/$h" | grep -c . || true)
    [[ $n -gt 0 ]] && found=1
    printf '%-14s %12s %8s %8s %8s %s\n' "$h" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$size" "$n"
    total=$((total + ${execs:-0}))
done
printf '%-14s %12s\n' total "$total"
exit $found
