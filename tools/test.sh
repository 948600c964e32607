#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test offscreen.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIE_BUILD_DIR:-$here/build}"
"$here/tools/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON ${VIGIE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600
