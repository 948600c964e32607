#pragma once

#include <QString>

namespace vigie {

// Text from an API or a file, made safe to show in one line of a table, a
// terminal or a notification: control characters (C0, C1, line breaks, tabs,
// ESC of terminal sequences) become a space, and the bidirectional controls
// that can make a name read backwards or hide part of it (U+202A–U+202E
// embeddings/overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C)
// are removed. Text longer than `maxChars` is cut with an ellipsis. Nothing
// is interpreted as markup: callers still show the result as plain text.
QString displayText(QStringView text, qsizetype maxChars = 4096);

// True when `c` is one of the bidirectional controls displayText() removes.
bool isBidiControl(char16_t c);

} // namespace vigie
