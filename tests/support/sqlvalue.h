#pragma once

// For tests: the value of Database::queryInt/queryText, or on error a warning
// with the error and a value no assertion expects (-1, "<error: ...>").

#include "core/result.h"

#include <QDebug>
#include <QString>

inline qint64 sqlValue(const vigie::Result<qint64> &r)
{
    if (r)
        return *r;
    qWarning().noquote() << "query failed:" << r.error().message << r.error().detail;
    return -1;
}

inline QString sqlValue(const vigie::Result<QString> &r)
{
    if (r)
        return *r;
    qWarning().noquote() << "query failed:" << r.error().message << r.error().detail;
    return QStringLiteral("<error: %1>").arg(r.error().detail);
}
