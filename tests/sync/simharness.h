#pragma once
// Shared by the simulator-backed sync tests: an in-process vigie-sim, a
// signed-in token store (file store in the test's private config dir) and
// helpers to compare the cache with the generated world.

#include "../support/sqlvalue.h"
#include "core/timeutil.h"
#include "net/auth.h"
#include "net/tokenstore.h"
#include "sim/server.h"
#include "store/cache.h"
#include "store/database.h"
#include "sync/engine.h"
#include "sync/netsource.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace vigie::synctest {

inline net::Endpoints simEndpoints(const QString &base)
{
    net::Endpoints e;
    e.login = e.graph = e.partnerCenter = e.arm = QUrl(base);
    e.clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    e.tenant = QStringLiteral("organizations");
    return e;
}

inline net::RetryPolicy fastRetry()
{
    net::RetryPolicy r;
    r.timeScale = 0.001;
    r.timeoutMs = 15000;
    return r;
}

// Device code sign-in against the simulator (auto-approve); the refresh
// token goes to the store makeTokenStore() picks (VIGIE_TOKEN_STORE=file).
inline bool signIn(const QString &base, QString *why)
{
    QNetworkAccessManager nam;
    net::Session s;
    s.nam = &nam;
    s.endpoints = simEndpoints(base);
    s.retry = fastRetry();
    auto store = net::makeTokenStore();
    net::TokenManager tokens(s, *store);
    s.tokens = &tokens;
    net::DeviceCodeFlow flow(s);
    flow.start();
    if (!flow.isFinished()) {
        QEventLoop loop;
        QObject::connect(&flow, &net::Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!flow.ok()) {
        *why = flow.error() ? flow.error()->message + u' ' + flow.error()->detail
                            : QStringLiteral("device code timed out");
        return false;
    }
    bool done = false, ok = false;
    tokens.acceptSignIn(flow.value(), s.endpoints.tenant, net::Resource::Graph, [&](Status st) {
        done = true;
        ok = st.ok();
        if (!st)
            *why = st.error().message;
    });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done && ok;
}

inline sync::RunResult runSync(sync::SyncEngine &engine, const sync::SyncOptions &o,
                               int timeoutMs = 60000)
{
    QSignalSpy done(&engine, &sync::SyncEngine::finished);
    if (!engine.start(o))
        return {};
    if (!done.wait(timeoutMs)) {
        engine.cancel();
        done.wait(10000);
        sync::RunResult r;
        r.hasFatal = true;
        r.fatal = Error::make(Error::Kind::Generic, QStringLiteral("timeout"));
        return r;
    }
    return done.first().first().value<sync::RunResult>();
}

inline QString describe(const sync::RunResult &r)
{
    QString out;
    if (r.hasFatal)
        out += QStringLiteral("fatal: ") + r.fatal.message + u'\n';
    if (r.signInRequired)
        out += QStringLiteral("sign-in required\n");
    if (r.cancelled)
        out += QStringLiteral("cancelled\n");
    for (const sync::StreamProgress &s : r.streams) {
        if (s.state == sync::StreamProgress::State::Failed)
            out += s.stream + QStringLiteral(": ") + s.error + u'\n';
    }
    return out;
}

// What a complete sync of the world must hold.
struct Expected
{
    QStringList alertIds;    // sorted, lower case
    QStringList customerIds; // sorted, lower case
    qint64 subscriptions = 0;
    qint64 entitlements = 0;
    qint64 spendDays = 0;
    QHash<QString, qint64> signIns; // lower-case tenant -> count
    QHash<QString, qint64> audits;
};

inline Expected expectedFrom(sim::World &w)
{
    Expected e;
    for (const QJsonObject &a : w.alerts())
        e.alertIds << a.value(u"id").toString().toLower();
    e.alertIds.sort();
    for (const sim::Customer &c : w.customers()) {
        e.customerIds << c.id.toLower();
        if (auto *subs = w.subscriptions(c.id))
            e.subscriptions += subs->size();
        e.signIns[c.id.toLower()] = w.logCount(c.index, sim::LogStream::SignIns);
        e.audits[c.id.toLower()] = w.logCount(c.index, sim::LogStream::DirectoryAudits);
    }
    e.customerIds.sort();
    for (const sim::Entitlement &en : w.allEntitlements()) {
        ++e.entitlements;
        if (const QVector<double> *days = w.spend(en.id)) {
            for (double d : *days)
                e.spendDays += std::isnan(d) ? 0 : 1;
        }
    }
    return e;
}

inline QStringList column(store::Database &db, const char *sql)
{
    QStringList out = sqlValue(db.queryText(sql)).split(u',', Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.toLower();
    out.sort();
    return out;
}

inline QHash<QString, qint64> countsBy(store::Database &db, const char *table)
{
    QHash<QString, qint64> out;
    const QStringList rows =
        sqlValue(db.queryText(QStringLiteral("SELECT group_concat(c || '=' || n, ',') FROM (SELECT "
                                             "lower(customer_id) c, count(*) n FROM %1 GROUP BY 1)")
                                  .arg(QLatin1String(table))
                                  .toUtf8()))
            .split(u',', Qt::SkipEmptyParts);
    for (const QString &r : rows)
        out.insert(r.section(u'=', 0, 0), r.section(u'=', 1).toLongLong());
    return out;
}

inline std::unique_ptr<store::Database> openDb(const QString &path)
{
    auto d = store::openCache(path);
    return d ? std::move(d).value() : nullptr;
}

} // namespace vigie::synctest
