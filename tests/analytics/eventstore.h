#pragma once

// Test helper: writes Graph-shaped events into the cache the way an importer
// would (typed columns + raw JSON, sign-ins counted in the daily rollups that
// plan a re-run's reading). Not the production import path: a row written
// again replaces the first and is counted twice.

#include "core/jsonutil.h"
#include "core/timeutil.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vigie::testing {

inline bool insertEvent(store::Database &db, const QString &customer, const QString &stream,
                        const QJsonObject &e)
{
    using json::at;
    using json::toString;
    const QByteArray raw = QJsonDocument(e).toJson(QJsonDocument::Compact);
    if (stream == u"signIns") {
        store::Statement *st = db.cached(
            "INSERT OR REPLACE INTO signins(id, customer_id, created_at, user_id, upn, app_id, "
            "app_name, ip, country, error_code, source, raw, auth_protocol) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const QDateTime created = parseWireDateTime(e.value(u"createdDateTime").toString());
        const int error = json::toInt(at(e, u"status.errorCode")).value_or(0);
        store::Statement *roll = db.cached(
            "INSERT INTO signin_daily(customer_id, day, total, failed) VALUES(?1,?2,1,?3) "
            "ON CONFLICT(customer_id, day) DO UPDATE SET total=total+1, failed=failed+?3");
        roll->bind(1, customer)
            .bind(2, store::rollupDayOf(toEpochMs(created)))
            .bind(3, error != 0 ? 1 : 0);
        if (!roll->exec().ok())
            return false;
        st->bind(1, e.value(u"id").toString())
            .bind(2, customer)
            .bind(3, toEpochMs(created))
            .bind(4, toString(e.value(u"userId")))
            .bind(5, toString(e.value(u"userPrincipalName")))
            .bind(6, toString(e.value(u"appId")))
            .bind(7, toString(e.value(u"appDisplayName")))
            .bind(8, toString(e.value(u"ipAddress")))
            .bind(9, toString(at(e, u"location.countryOrRegion")))
            .bind(10, error)
            .bind(11, QStringLiteral("test"))
            .bindText(12, raw);
        const QString protocol = toString(e.value(u"authenticationProtocol"));
        if (protocol.isEmpty())
            st->bindNull(13);
        else
            st->bind(13, protocol);
        return st->exec().ok();
    }
    QString actor = toString(at(e, u"initiatedBy.user.userPrincipalName"));
    if (actor.isEmpty())
        actor = toString(at(e, u"initiatedBy.app.displayName"));
    store::Statement *st = db.cached(
        "INSERT OR REPLACE INTO audits(id, customer_id, activity_at, category, activity, result, "
        "logged_by_service, actor, source, raw) VALUES(?,?,?,?,?,?,?,?,?,?)");
    st->bind(1, e.value(u"id").toString())
        .bind(2, customer)
        .bind(3, toEpochMs(parseWireDateTime(e.value(u"activityDateTime").toString())))
        .bind(4, toString(e.value(u"category")))
        .bind(5, toString(e.value(u"activityDisplayName")))
        .bind(6, toString(e.value(u"result")))
        .bind(7, toString(e.value(u"loggedByService")))
        .bind(8, actor)
        .bind(9, QStringLiteral("test"))
        .bindText(10, raw);
    return st->exec().ok();
}

} // namespace vigie::testing
