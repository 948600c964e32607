#pragma once

#include <QString>

namespace vigie {

// 8-4-4-4-12 hex, any case, no braces.
bool isGuid(QStringView id);

// True when `id` can go into a URL path segment untouched: letters, digits,
// '-', '_', '.', and not "." or "..". Every id from the cache or the user is
// checked with this before it is put into a request URL.
bool isSafePathId(QStringView id);

// A new random lowercase GUID without braces.
QString newGuid();

} // namespace vigie
