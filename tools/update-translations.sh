#!/usr/bin/env bash
# Refreshes translations/vigie_{fr,en}.ts from the sources, then fills them:
# English = the source text; French from translations/fr/*.json (objects
# mapping an English source string to its French translation; the context
# does not matter). Prints the French strings still missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$here"
"$lupdate" -silent -locations none -no-obsolete src ui -ts translations/vigie_fr.ts translations/vigie_en.ts
python3 tools/fill-translations.py translations
# Normalise the formatting so check-translations.sh sees a fixed point.
"$lupdate" -silent -locations none -no-obsolete src ui -ts translations/vigie_fr.ts translations/vigie_en.ts
