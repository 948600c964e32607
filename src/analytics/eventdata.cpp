#include "analytics/eventdata.h"

namespace vigie::analytics::detail {

void augmentAudit(QJsonObject &raw)
{
    QJsonArray targets = raw.value(u"targetResources").toArray();
    bool changed = false;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        QJsonObject target = targets.at(t).toObject();
        QJsonArray props = target.value(u"modifiedProperties").toArray();
        if (props.isEmpty())
            continue;
        for (qsizetype i = 0; i < props.size(); ++i) {
            QJsonObject p = props.at(i).toObject();
            auto parse = [](const QJsonValue &v) -> QJsonValue {
                if (!v.isString())
                    return v;
                const QString s = v.toString();
                const QByteArray probe = ("[" + s.toUtf8() + "]");
                QJsonParseError e;
                const QJsonDocument d = QJsonDocument::fromJson(probe, &e);
                if (e.error == QJsonParseError::NoError && d.array().size() == 1)
                    return d.array().at(0);
                return s;
            };
            const QJsonValue o = parse(p.value(u"oldValue"));
            const QJsonValue n = parse(p.value(u"newValue"));
            p.insert(QStringLiteral("oldParsed"), o);
            p.insert(QStringLiteral("newParsed"), n);
            if (n.isArray()) {
                const QJsonArray oa = o.toArray(), na = n.toArray();
                QJsonArray added, urls;
                for (const QJsonValue &e : na) {
                    if (oa.contains(e))
                        continue;
                    added.append(e);
                    if (e.isObject()) {
                        const QJsonValue a = e.toObject().value(u"Address");
                        if (a.isString())
                            urls.append(a);
                    } else if (e.isString()) {
                        urls.append(e);
                    }
                }
                p.insert(QStringLiteral("added"), added);
                p.insert(QStringLiteral("addedUrls"), urls);
            }
            props.replace(i, p);
        }
        target.insert(QStringLiteral("modifiedProperties"), props);
        targets.replace(t, target);
        changed = true;
    }
    if (changed)
        raw.insert(QStringLiteral("targetResources"), targets);
}

} // namespace vigie::analytics::detail
