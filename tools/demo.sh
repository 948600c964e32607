#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, opens the dashboard on demo data.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${VIGIE_BUILD_DIR:-$here/build}"
"$here/tools/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVIGIE_WERROR=ON ${VIGIE_CMAKE_ARGS:-}
cmake --build "$build" --parallel "$(nproc)" --target vigie
exec "$build/src/app/vigie" --demo "$@"
