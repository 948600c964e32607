#!/bin/sh
# `vigie --demo` start-up: time from process start to the main window's
# first painted frame, time until the demo world is built, signed in and
# synced, and the process's resident memory then (VmRSS, and VmHWM: the
# peak). Each run is a fresh process with a private HOME; the figures come
# from the dashboard's own probe (VIGIE_EXIT_AFTER_FIRST_PAINT /
# VIGIE_EXIT_AFTER_DEMO_LOADED, src/app/startupprobe.h).
#
#   bench/app/bench_demo.sh [BUILD_DIR] [RUNS]      (defaults: build 5)
#
# Runs offscreen (QT_QPA_PLATFORM=offscreen) unless DISPLAY is set. Prints
# one line per run, min and median, and last one JSON object. A benchmark,
# not a test: run it under `nice` on a quiet machine.
set -eu
BUILD=${1:-build}
RUNS=${2:-5}
VIGIE="$BUILD/src/app/vigie"
[ -x "$VIGIE" ] || { echo "no $VIGIE (build the vigie target first)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen

field() { # field NAME LINE
    echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"
}
run() { # run VARIABLE -> the probe's line
    home=$(mktemp -d)
    line=$(env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_CACHE_HOME="$home/cache" "$1=1" "$VIGIE" --demo 2>/dev/null | grep '^vigie-startup:' || true)
    rm -rf "$home"
    echo "$line"
}
stats() { # stats "v1 v2 ..." -> "min median"
    echo "$1" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR]=$1} END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print v[1], m }'
}

paints="" synced="" peaks="" rss=""
i=1
while [ "$i" -le "$RUNS" ]; do
    p=$(run VIGIE_EXIT_AFTER_FIRST_PAINT)
    d=$(run VIGIE_EXIT_AFTER_DEMO_LOADED)
    fp=$(field first_paint_ms "$p"); ds=$(field demo_synced_ms "$d")
    pk=$(field peak_rss_kib "$d"); rs=$(field rss_kib "$d")
    echo "run $i: first paint ${fp:-?} ms; demo synced ${ds:-?} ms, RSS $(( ${rs:-0} / 1024 )) MiB, peak $(( ${pk:-0} / 1024 )) MiB"
    paints="$paints ${fp:-}" synced="$synced ${ds:-}" peaks="$peaks $(( ${pk:-0} / 1024 ))" rss="$rss $(( ${rs:-0} / 1024 ))"
    i=$((i + 1))
done
set -- $(stats "$paints"); fp_min=$1 fp_med=$2
set -- $(stats "$synced"); ds_min=$1 ds_med=$2
set -- $(stats "$peaks"); pk_min=$1 pk_med=$2
set -- $(stats "$rss"); rs_min=$1 rs_med=$2
echo "first paint: min $fp_min ms, median $fp_med ms (target <= 1000)"
echo "demo synced: min $ds_min ms, median $ds_med ms"
echo "peak RSS: min $pk_min MiB, median $pk_med MiB (target <= 300); idle RSS median $rs_med MiB"
echo "{\"runs\": $RUNS, \"first_paint_ms_min\": $fp_min, \"first_paint_ms_median\": $fp_med, \"demo_synced_ms_median\": $ds_med, \"peak_rss_mib_min\": $pk_min, \"peak_rss_mib_median\": $pk_med, \"rss_mib_median\": $rs_med}"
