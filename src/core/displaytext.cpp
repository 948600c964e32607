#include "core/displaytext.h"

namespace vigie {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

QString displayText(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    bool lastWasSpace = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isBidiControl(c))
            continue;
        const bool control =
            c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
        if (control) {
            if (!lastWasSpace)
                out += u' ';
            lastWasSpace = true;
        } else {
            out += ch;
            lastWasSpace = false;
        }
        if (out.size() > maxChars) {
            out.truncate(maxChars - 1);
            // Never leave half a surrogate pair before the ellipsis.
            if (!out.isEmpty() && out.back().isHighSurrogate())
                out.chop(1);
            out += QChar(0x2026);
            break;
        }
    }
    return out;
}

} // namespace vigie
