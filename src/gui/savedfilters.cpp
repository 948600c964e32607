#include "gui/savedfilters.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <algorithm>

namespace vigie::gui {

namespace {

const QString kKey = QStringLiteral("alerts/savedFilters");

QJsonArray sortedArray(const QSet<QString> &values)
{
    QStringList list(values.begin(), values.end());
    list.sort();
    return QJsonArray::fromStringList(list);
}

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out.insert(v.toString());
    return out;
}

} // namespace

QJsonObject SavedFilters::toJson(const AlertQueueFilter &f)
{
    QJsonObject o;
    const auto text = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    const auto ms = [&o](const char *key, qint64 value) {
        if (value > 0)
            o.insert(QLatin1String(key), double(value));
    };
    o.insert(QStringLiteral("statuses"), sortedArray(f.statuses));
    if (!f.severities.isEmpty())
        o.insert(QStringLiteral("severities"), sortedArray(f.severities));
    text("customerId", f.customerId);
    text("customerTag", f.customerTag);
    text("alertType", f.alertType);
    text("resellerId", f.resellerId);
    text("text", f.text);
    ms("fromMs", f.fromMs);
    ms("toMs", f.toMs);
    ms("resolvedFromMs", f.resolvedFromMs);
    if (!f.subscriptionIds.isEmpty())
        o.insert(QStringLiteral("subscriptionIds"), sortedArray(f.subscriptionIds));
    return o;
}

AlertQueueFilter SavedFilters::fromJson(const QJsonObject &o)
{
    AlertQueueFilter f;
    f.statuses = stringSet(o.value(u"statuses"));
    f.severities = stringSet(o.value(u"severities"));
    f.customerId = o.value(u"customerId").toString();
    f.customerTag = o.value(u"customerTag").toString();
    f.alertType = o.value(u"alertType").toString();
    f.resellerId = o.value(u"resellerId").toString();
    f.text = o.value(u"text").toString();
    f.fromMs = qint64(o.value(u"fromMs").toDouble());
    f.toMs = qint64(o.value(u"toMs").toDouble());
    f.resolvedFromMs = qint64(o.value(u"resolvedFromMs").toDouble());
    f.subscriptionIds = stringSet(o.value(u"subscriptionIds"));
    return f;
}

bool SavedFilters::same(const AlertQueueFilter &a, const AlertQueueFilter &b)
{
    return toJson(a) == toJson(b);
}

QVariantMap SavedFilters::all() const
{
    return m_settings.value(kKey).toMap();
}

QStringList SavedFilters::names() const
{
    QStringList names = all().keys();
    const QCollator collator;
    std::sort(names.begin(), names.end(),
              [&collator](const QString &a, const QString &b) { return collator(a, b); });
    return names;
}

std::optional<AlertQueueFilter> SavedFilters::load(const QString &name) const
{
    const QVariantMap map = all();
    const auto it = map.constFind(name);
    if (it == map.cend())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(it->toString().toUtf8());
    if (!doc.isObject())
        return std::nullopt; // edited by hand into something else
    return fromJson(doc.object());
}

void SavedFilters::save(const QString &name, const AlertQueueFilter &filter)
{
    QVariantMap map = all();
    map.insert(name,
               QString::fromUtf8(QJsonDocument(toJson(filter)).toJson(QJsonDocument::Compact)));
    m_settings.setValue(kKey, map);
}

void SavedFilters::remove(const QString &name)
{
    QVariantMap map = all();
    if (map.remove(name) > 0)
        m_settings.setValue(kKey, map);
}

} // namespace vigie::gui
