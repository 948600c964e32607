#include "benchworld.h"

#include "core/timeutil.h"
#include "core/types.h"
#include "store/alertrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/spendrepository.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace vigie::bench {

namespace {

struct Rng
{
    quint64 s;
    quint64 next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    double unit() { return double(next() >> 11) / double(1ull << 53); }
    int below(int n) { return int(next() % quint64(n)); }
};

QString guid(Rng &r)
{
    const quint64 a = r.next(), b = r.next();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QChar(u'0'))
        .arg((a >> 16) & 0xffff, 4, 16, QChar(u'0'))
        .arg(a & 0xfff, 3, 16, QChar(u'0'))
        .arg(0x8000 | (b >> 48 & 0x3fff), 4, 16, QChar(u'0'))
        .arg(b & 0xffffffffffffull, 12, 16, QChar(u'0'));
}

int ymdOf(const QDate &d)
{
    return d.year() * 10000 + d.month() * 100 + d.day();
}

const char *const kWords[] = {"Contoso", "Fabrikam", "Northwind", "Tailspin", "Wingtip",
                              "Litware", "Adatum",   "Proseware", "Fourth",   "Coho",
                              "Lucerne", "Margie's", "Alpine",    "Trey",     "Woodgrove"};
const char *const kForms[] = {"SARL", "SAS", "SA", "GmbH", "Ltd", "Inc."};
const char *const kTypes[] = {"ARM_AnomalousResourceConsumption",
                              "ARM_SuspiciousOperations",
                              "VM_AnomalousDeployment",
                              "AzureBatch_AnomalousDeployment",
                              "AzureContainerInstances_AnomalousDeployment",
                              "CryptoMining",
                              "networkConnectionsToCryptoMiningPools",
                              "usageAnomalyDetection"};
const char *const kApps[] = {"Office 365 Exchange Online", "Microsoft Teams", "Azure Portal",
                             "Microsoft Office", "Contoso Portal"};

} // namespace

Result<BenchWorld> generateWorld(store::Database &db, const WorldOptions &o,
                                 const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &what) {
        if (progress)
            progress(what);
    };
    Rng rng{o.seed | 1};
    BenchWorld w;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    w.nowMs = now.toMSecsSinceEpoch();
    const QDate today = now.date();
    w.todayYmd = ymdOf(today);
    const qint64 startMs = w.nowMs - qint64(o.days) * 86400000;

    // Customers, their Azure plans and Azure subscriptions.
    say(QStringLiteral("customers and subscriptions"));
    QList<Customer> customers;
    QList<Subscription> plans;
    QList<Entitlement> entitlements;
    QHash<QString, QStringList> azureOf; // customer → Azure subscription ids
    QList<double> weight;                // activity share of each customer (skewed)
    for (int i = 0; i < o.customers; ++i) {
        Customer c;
        c.id = guid(rng);
        c.companyName =
            QStringLiteral("%1 %2 %3")
                .arg(QLatin1String(kWords[rng.below(15)]), QLatin1String(kWords[rng.below(15)]),
                     QLatin1String(kForms[rng.below(6)]));
        c.domain = QStringLiteral("tenant%1.onmicrosoft.com").arg(i);
        c.relationship = QStringLiteral("direct");
        c.raw = QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("companyProfile"),
                             QJsonObject{{QStringLiteral("companyName"), c.companyName}}}};
        customers << c;
        w.customerIds << c.id;
        Subscription plan;
        plan.id = guid(rng);
        plan.customerId = c.id;
        plan.offerId = QStringLiteral("DZH318Z0BPS6:0001");
        plan.offerName = QStringLiteral("Azure plan");
        plan.friendlyName = QStringLiteral("Azure plan");
        plan.status = SubscriptionStatus::parse(QStringLiteral("active"));
        plan.raw = QJsonObject{{QStringLiteral("id"), plan.id}};
        plans << plan;
        const int n = 1 + rng.below(3);
        for (int k = 0; k < n; ++k) {
            Entitlement e;
            e.id = guid(rng);
            e.subscriptionId = plan.id;
            e.customerId = c.id;
            e.friendlyName = QStringLiteral("Azure subscription %1").arg(k + 1);
            e.status = QStringLiteral("active");
            e.raw = QJsonObject{{QStringLiteral("id"), e.id}};
            entitlements << e;
            azureOf[c.id] << e.id;
            w.subscriptionIds << e.id;
        }
        weight << std::pow(rng.unit() + 0.05, 3.0); // a few large tenants, many small
    }
    double weightSum = 0;
    for (double x : std::as_const(weight))
        weightSum += x;
    {
        store::CustomerRepository repo(db);
        if (Status s = repo.upsertCustomers(customers, w.nowMs); !s)
            return s.error();
        if (Status s = repo.upsertSubscriptions(plans, w.nowMs); !s)
            return s.error();
        if (Status s = repo.upsertEntitlements(entitlements, w.nowMs); !s)
            return s.error();
    }
    // Customer index by weight: a cumulative table for sampling.
    QList<double> cumulative;
    double acc = 0;
    for (double x : std::as_const(weight))
        cumulative << (acc += x / weightSum);
    auto pickCustomer = [&] {
        const double u = rng.unit();
        return int(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin()) %
               o.customers;
    };

    // Sign-ins and audits, per customer in time order, batches of 5,000.
    say(QStringLiteral("%1 sign-ins").arg(o.signIns));
    store::LogRepository logs(db);
    QList<qint64> perCustomer(o.customers, 0);
    for (qint64 i = 0; i < o.signIns; ++i)
        ++perCustomer[pickCustomer()];
    w.busiestCustomerId = w.customerIds.at(
        int(std::max_element(perCustomer.begin(), perCustomer.end()) - perCustomer.begin()));
    for (int c = 0; c < o.customers; ++c) {
        const QString customer = w.customerIds.at(c);
        const qint64 n = perCustomer.at(c);
        QList<SignIn> batch;
        QList<AuditEvent> audits;
        auto flush = [&]() -> Status {
            if (!batch.isEmpty()) {
                auto r = logs.insertSignIns(customer, batch, QStringLiteral("bench"));
                if (!r)
                    return r.error();
                w.signIns += r->inserted;
            }
            if (!audits.isEmpty()) {
                auto r = logs.insertAudits(customer, audits, QStringLiteral("bench"));
                if (!r)
                    return r.error();
                w.audits += r->inserted;
            }
            batch.clear();
            audits.clear();
            return {};
        };
        const double step = n > 0 ? double(w.nowMs - startMs) / double(n) : 0;
        for (qint64 i = 0; i < n; ++i) {
            const qint64 t = startMs + qint64(step * double(i)) + rng.below(1000);
            const quint64 r = rng.next();
            SignIn s;
            s.id = guid(rng);
            s.createdDateTime = fromEpochMs(t);
            s.userPrincipalName = QStringLiteral("user%1@tenant%2.example").arg(r % 500).arg(c);
            s.userId = QStringLiteral("uid-%1-%2").arg(c).arg(r % 500);
            const char *app = kApps[(r >> 12) % 5];
            s.appDisplayName = QLatin1String(app);
            s.appId = QStringLiteral("app-%1").arg((r >> 12) % 5);
            s.ipAddress = QStringLiteral("203.0.%1.%2").arg((r >> 20) % 256).arg((r >> 28) % 256);
            s.countryOrRegion = (r >> 36) % 20 == 0 ? QStringLiteral("NG") : QStringLiteral("FR");
            s.errorCode = (r >> 40) % 100 < 4 ? 50126 : ((r >> 40) % 100 == 4 ? 50053 : 0);
            s.authenticationProtocol = QStringLiteral("none");
            s.rawText = QByteArrayLiteral("{\"id\":\"") + s.id.toLatin1() +
                        QByteArrayLiteral("\",\"createdDateTime\":\"") +
                        formatWireDateTime(s.createdDateTime).toLatin1() +
                        QByteArrayLiteral("\",\"userPrincipalName\":\"") +
                        s.userPrincipalName.toLatin1() +
                        QByteArrayLiteral("\",\"appDisplayName\":\"") + QByteArray(app) +
                        QByteArrayLiteral("\",\"ipAddress\":\"") + s.ipAddress.toLatin1() +
                        QByteArrayLiteral("\",\"status\":{\"errorCode\":") +
                        QByteArray::number(s.errorCode) +
                        QByteArrayLiteral("},\"location\":{\"countryOrRegion\":\"") +
                        s.countryOrRegion.toLatin1() + QByteArrayLiteral("\"}}");
            batch.append(std::move(s));
            if (r % 10 == 0) { // about one audit per ten sign-ins
                AuditEvent a;
                a.id = guid(rng);
                a.activityDateTime = fromEpochMs(t + 1);
                a.category = QStringLiteral("UserManagement");
                a.activityDisplayName = QStringLiteral("Update user");
                a.result =
                    (r >> 44) % 50 == 0 ? QStringLiteral("failure") : QStringLiteral("success");
                a.loggedByService = QStringLiteral("Core Directory");
                a.actor = QStringLiteral("admin@tenant%1.example").arg(c);
                a.rawText = QByteArrayLiteral("{\"id\":\"") + a.id.toLatin1() +
                            QByteArrayLiteral("\",\"activityDateTime\":\"") +
                            formatWireDateTime(a.activityDateTime).toLatin1() +
                            QByteArrayLiteral("\",\"activityDisplayName\":\"Update user\"}");
                audits.append(std::move(a));
            }
            if (batch.size() >= 5000)
                if (Status s = flush(); !s)
                    return s.error();
        }
        if (Status s = flush(); !s)
            return s.error();
        if ((c + 1) % 50 == 0)
            say(QStringLiteral("  … %1 customers, %2 sign-ins").arg(c + 1).arg(w.signIns));
    }

    // Alerts: skewed per customer like the logs; older ones mostly resolved.
    say(QStringLiteral("alerts"));
    QList<Alert> alerts;
    const int alertCount = o.customers * o.alertsPerCustomer;
    QSet<QString> spiking; // Azure subscriptions with an active mining alert
    for (int i = 0; i < alertCount; ++i) {
        const int c = pickCustomer();
        const QString customer = w.customerIds.at(c);
        const QStringList &subs = azureOf[customer];
        Alert a;
        a.id = guid(rng);
        const char *type = kTypes[rng.below(8)];
        a.alertType = QLatin1String(type);
        a.displayName = QStringLiteral("Suspicious activity: %1").arg(a.alertType);
        const double sev = rng.unit();
        a.severity = AlertSeverity::parse(sev < 0.3    ? QStringLiteral("high")
                                          : sev < 0.7  ? QStringLiteral("medium")
                                          : sev < 0.93 ? QStringLiteral("low")
                                                       : QStringLiteral("informational"));
        a.confidence = Confidence::parse(QStringLiteral("medium"));
        a.customerTenantId = customer;
        a.subscriptionId = subs.at(rng.below(int(subs.size())));
        const qint64 detected = startMs + qint64(rng.unit() * double(w.nowMs - startMs));
        a.detectedDateTime = fromEpochMs(detected);
        a.firstObservedDateTime = fromEpochMs(detected - 3600000);
        a.lastObservedDateTime = fromEpochMs(detected + 600000);
        const double ageDays = double(w.nowMs - detected) / 86400000.0;
        const double pResolved = ageDays < 2 ? 0.1 : ageDays < 30 ? 0.6 : 0.9;
        const double u = rng.unit();
        if (u < pResolved) {
            a.status = AlertStatus::parse(QStringLiteral("resolved"));
            a.resolvedReason = ResolvedReason::parse(QStringLiteral("legitimate"));
            const qint64 resolved =
                std::min(w.nowMs, detected + qint64(rng.unit() * rng.unit() * 10 * 86400000.0));
            a.resolvedOnDateTime = fromEpochMs(resolved);
            a.resolvedBy = QStringLiteral("analyst@partner.example");
        } else {
            a.status = AlertStatus::parse(u < pResolved + (1 - pResolved) * 0.8
                                              ? QStringLiteral("active")
                                              : QStringLiteral("investigating"));
            if (a.status.raw() == u"active" && a.alertType.contains(u"Crypto"))
                spiking.insert(a.subscriptionId);
        }
        a.raw = QJsonObject{{QStringLiteral("id"), a.id},
                            {QStringLiteral("displayName"), a.displayName},
                            {QStringLiteral("alertType"), a.alertType},
                            {QStringLiteral("status"), a.status.raw()},
                            {QStringLiteral("severity"), a.severity.raw()},
                            {QStringLiteral("customerTenantId"), customer},
                            {QStringLiteral("subscriptionId"), a.subscriptionId},
                            {QStringLiteral("description"),
                             QStringLiteral("Generated for the chart benchmark; the text of a "
                                            "real alert is a few hundred bytes long.")}};
        alerts << a;
    }
    {
        store::AlertRepository repo(db);
        for (qsizetype i = 0; i < alerts.size(); i += 2000) {
            auto r = repo.upsert(alerts.mid(i, 2000), w.nowMs);
            if (!r)
                return r.error();
            w.alerts += r->inserted;
        }
    }

    // Daily spend per Azure subscription: a level, weekly seasonality, noise,
    // and for mining subscriptions a few days at several times the level.
    say(QStringLiteral("spend"));
    QList<SpendDay> spend;
    for (int c = 0; c < o.customers; ++c) {
        for (const QString &sub : azureOf[w.customerIds.at(c)]) {
            const double level = 5 + 400 * rng.unit() * rng.unit();
            const bool spike = spiking.contains(sub);
            for (int d = o.days; d >= 0; --d) {
                const QDate day = today.addDays(-d);
                double cost = level * (day.dayOfWeek() >= 6 ? 0.6 : 1.0) * (0.9 + 0.2 * rng.unit());
                if (spike && d < 6 && d % 2 == 0)
                    cost *= 4 + 4 * rng.unit();
                spend << SpendDay{sub, w.customerIds.at(c), ymdOf(day),
                                  std::round(cost * 100) / 100, QStringLiteral("EUR")};
            }
        }
    }
    if (Status s = store::SpendRepository(db).upsert(spend, w.nowMs); !s)
        return s.error();
    return w;
}

Result<BenchWorld> readWorld(store::Database &db)
{
    BenchWorld w;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    w.nowMs = now.toMSecsSinceEpoch();
    w.todayYmd = ymdOf(now.date());
    auto column = [&db](const char *sql, QStringList &out) -> Status {
        store::Statement *st = db.cached(sql);
        if (!st)
            return db.lastError();
        return st->forEachRow([&](const store::Statement &r) { out << r.text(0); });
    };
    if (Status s = column("SELECT id FROM customers ORDER BY id", w.customerIds); !s)
        return s.error();
    if (Status s = column("SELECT id FROM entitlements ORDER BY id", w.subscriptionIds); !s)
        return s.error();
    QStringList busiest;
    if (Status s = column("SELECT customer_id FROM signin_daily GROUP BY 1 ORDER BY sum(total) "
                          "DESC LIMIT 1",
                          busiest);
        !s)
        return s.error();
    w.busiestCustomerId = busiest.value(0);
    auto count = [&db](const char *sql) {
        const Result<qint64> n = db.queryInt(sql);
        return n ? *n : -1;
    };
    w.signIns = count("SELECT coalesce(sum(total), 0) FROM signin_daily");
    w.audits = count("SELECT coalesce(sum(total), 0) FROM audit_daily");
    w.alerts = count("SELECT count(*) FROM alerts");
    if (w.customerIds.isEmpty())
        return Error::make(Error::Kind::Generic,
                           QStringLiteral("the cache has no customers: write it with --cache"));
    return w;
}

} // namespace vigie::bench
