#include "core/ids.h"

#include <QUuid>

namespace vigie {

bool isGuid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isxdigit(c.unicode()) || c.unicode() > 0x7f) {
            return false;
        }
    }
    return true;
}

bool isSafePathId(QStringView id)
{
    if (id.isEmpty() || id.size() > 256 || id == u"." || id == u"..")
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace vigie
