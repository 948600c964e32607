#include "core/jsonutil.h"

#include "core/types.h"

#include <QJsonDocument>
#include <cmath>

namespace vigie::json {

std::optional<bool> toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<qint64> integralPart(double d)
{
    // 2^63 is exactly representable; every double below it converts.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d >= limit || d < -limit)
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> toInt(const QJsonValue &v)
{
    if (v.isDouble())
        return integralPart(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString toString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonValue at(const QJsonObject &obj, QStringView dottedPath)
{
    QJsonValue cur = obj;
    for (const auto part : dottedPath.tokenize(u'.')) {
        if (!cur.isObject())
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(part);
    }
    return cur;
}

QJsonValue valueCi(const QJsonObject &obj, QStringView key)
{
    const auto exact = obj.constFind(key);
    if (exact != obj.constEnd())
        return exact.value();
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace vigie::json

namespace vigie {

QJsonObject SignIn::rawObject() const
{
    return QJsonDocument::fromJson(rawText).object();
}

QJsonObject AuditEvent::rawObject() const
{
    return QJsonDocument::fromJson(rawText).object();
}

} // namespace vigie
