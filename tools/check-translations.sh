#!/usr/bin/env bash
# Fails when translations/*.ts are stale against the sources (lupdate would
# change them) or when a translation is unfinished. Usage: check-translations.sh [LUPDATE]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here"/translations/vigie_*.ts "$tmp/"
(cd "$here" && "$lupdate" -silent -locations none -no-obsolete src ui -ts "$tmp"/vigie_fr.ts "$tmp"/vigie_en.ts) >/dev/null
status=0
for f in vigie_fr.ts vigie_en.ts; do
    if ! cmp -s "$tmp/$f" "$here/translations/$f"; then
        echo "translations/$f is stale against the sources; run tools/update-translations.sh" >&2
        diff -u "$here/translations/$f" "$tmp/$f" | head -40 >&2 || true
        status=1
    fi
    n=$(grep -c 'type="unfinished"' "$here/translations/$f" || true)
    if [ "$n" != "0" ]; then
        echo "translations/$f has $n unfinished translations" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations up to date and complete"
exit $status
