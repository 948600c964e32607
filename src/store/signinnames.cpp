#include "store/signinnames.h"

#include "core/ids.h"
#include "core/timeutil.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::store {

namespace {
constexpr int kTries = 3; // sign-in evidence entries tried per subject
}

Result<QString> SignInNames::upnFromEvidence(const QString &customerId, const QString &userId,
                                             QByteArrayView evidenceJson)
{
    if (!isGuid(userId) || evidenceJson.isEmpty())
        return QString();
    int tried = 0;
    const QJsonArray evidence =
        QJsonDocument::fromJson(QByteArray::fromRawData(evidenceJson.data(), evidenceJson.size()))
            .array();
    for (const QJsonValue &v : evidence) {
        const QJsonObject o = v.toObject();
        if (o.value(u"stream").toString() != u"signIns")
            continue;
        const QDateTime at = parseWireDateTime(o.value(u"time").toString());
        const QString id = o.value(u"id").toString();
        if (!at.isValid() || id.isEmpty())
            continue;
        if (++tried > kTries)
            break;
        auto upn = upnOfSignIn(customerId, userId, id, toEpochMs(at));
        if (!upn || !upn->isEmpty())
            return upn;
    }
    return QString();
}

Result<QString> SignInNames::upnOfSignIn(const QString &customerId, const QString &userId,
                                         const QString &signInId, qint64 atMs)
{
    Statement *q = m_db.cached("SELECT upn FROM signins WHERE customer_id = ?1 AND created_at "
                               "BETWEEN ?2 AND ?3 AND id = ?4 AND lower(user_id) = lower(?5) AND "
                               "coalesce(upn, '') <> '' LIMIT 1");
    if (!q)
        return m_db.lastError();
    // Evidence keeps the time to the second; the row has it to the millisecond.
    q->bind(1, customerId)
        .bind(2, atMs - 1000)
        .bind(3, atMs + 1000)
        .bind(4, signInId)
        .bind(5, userId);
    QString upn;
    const Status s = q->forEachRow([&](const Statement &row) { upn = row.text(0); });
    if (!s)
        return s.error();
    return upn;
}

} // namespace vigie::store
