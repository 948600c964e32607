#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that every file lands
# where desktops and package managers look for it. Usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
status=0
for f in bin/vigie bin/vigie-sim \
         share/applications/org.vigie.Vigie.desktop \
         share/metainfo/org.vigie.Vigie.metainfo.xml \
         share/icons/hicolor/scalable/apps/org.vigie.Vigie.svg \
         share/icons/hicolor/48x48/apps/org.vigie.Vigie.png \
         share/icons/hicolor/128x128/apps/org.vigie.Vigie.png \
         share/icons/hicolor/256x256/apps/org.vigie.Vigie.png; do
    if [ ! -e "$prefix/$f" ]; then
        echo "missing after install: $f" >&2
        status=1
    fi
done
[ -x "$prefix/bin/vigie" ] || { echo "bin/vigie is not executable" >&2; status=1; }
"$prefix/bin/vigie" --version >/dev/null || { echo "installed vigie does not run" >&2; status=1; }
[ $status -eq 0 ] && echo "install layout ok"
exit $status
