#include "sim/world.h"

#include "sim/datetime.h"
#include "sim/rng.h"
#if __has_include("sim/scenarios.h")
#include "sim/scenarios.h"
#define VIGIE_SIM_HAS_SCENARIOS 1
#endif

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace vigie::sim {

namespace {

constexpr qint64 kDayMs = 86400000;

// Relative consumer sign-in volume per UTC hour (diurnal curve, Europe).
constexpr double kHourWeights[24] = {0.30, 0.20, 0.15, 0.15, 0.20, 0.40, 0.80, 1.20,
                                     1.40, 1.40, 1.30, 1.30, 1.40, 1.30, 1.20, 1.20,
                                     1.30, 1.50, 1.70, 1.80, 1.60, 1.20, 0.80, 0.50};

struct Place
{
    const char *city;
    const char *state;
    const char *country;
    double lat;
    double lon;
};
constexpr Place kPlaces[] = {
    {"Paris", "Paris", "FR", 48.8566, 2.3522},
    {"Lyon", "Auvergne-Rhone-Alpes", "FR", 45.764, 4.8357},
    {"Marseille", "Provence-Alpes-Cote d'Azur", "FR", 43.2965, 5.3698},
    {"Lille", "Hauts-de-France", "FR", 50.6292, 3.0573},
    {"Bordeaux", "Nouvelle-Aquitaine", "FR", 44.8378, -0.5792},
    {"Nantes", "Pays de la Loire", "FR", 47.2184, -1.5536},
    {"Brussels", "Brussels", "BE", 50.8503, 4.3517},
    {"Liege", "Wallonia", "BE", 50.6326, 5.5797},
};

struct Device
{
    const char *os;
    const char *browser;
};
constexpr Device kDevices[] = {
    {"Windows 10", "Edge 122.0.2365"},
    {"Windows 10", "Chrome 123.0.6312"},
    {"MacOs", "Safari 17.3"},
    {"Ios 17", "Mobile Safari 17.3"},
    {"Android 14", "Chrome Mobile 123"},
};

const char *const kCompanyWords[] = {"Contoso",       "Northwind",  "Tailspin",     "Woodgrove",
                                     "Litware",       "Adatum",     "Proseware",    "Fourth Coffee",
                                     "Wingtip",       "Alpine Ski", "Margie",       "Lucerne",
                                     "Coho Vineyard", "Relecloud",  "Trey Research"};
const char *const kSuffixes[] = {"SA", "SAS", "SARL", "Group", "Ltd", "GmbH", "BV"};
const char *const kResellerNames[] = {"First Up Consultants", "Nod Publishers", "Bellows College",
                                      "Graphic Design Institute", "School of Fine Art"};

struct AlertKind
{
    const char *type;
    const char *displayName;
    const char *description;
    bool spike; // compute / crypto: spend spike on its subscription
};
constexpr AlertKind kAlertKinds[] = {
    {"CryptoMining",
     "Action Required: Virtual machine connecting to crypto currency mining pool Detected",
     "Analysis of azure resource network activity detected the resource was connecting to a crypto "
     "currency mining pool.",
     true},
    {"ARM_AnomalousResourceConsumption", "Action Required: Subscription Usage Anomaly Detected",
     "Anomalous resource consumption was detected on this Azure subscription.", true},
    {"VM_AnomalousDeployment", "Action Required: Anomalous virtual machine deployment Detected",
     "An unusual number of virtual machines was deployed in this subscription.", true},
    {"AzureBatch_AnomalousDeployment", "Action Required: Anomalous Azure Batch deployment Detected",
     "An unusual Azure Batch pool deployment was detected.", true},
    {"AzureContainerInstances_AnomalousDeployment",
     "Action Required: Anomalous container instances deployment Detected",
     "An unusual Azure Container Instances deployment was detected.", true},
    {"AzureMachineLearning_AnomalousDeployment",
     "Action Required: Anomalous Azure Machine Learning usage Detected",
     "An unusual Azure Machine Learning compute deployment was detected.", true},
    {"ARM_SuspiciousOperations", "Action Required: Suspicious operations Detected",
     "Suspicious management operations were performed on this subscription.", false},
    {"networkConnectionsToCryptoMiningPools",
     "Action Required: Virtual machine connecting to crypto currency mining pool Detected",
     "Network connections to crypto currency mining pools were detected.", true},
    {"usageAnomalyDetection", "Action Required: Subscription Usage Anomaly Detected",
     "Usage anomaly detected on this subscription.", true},
};

QString lower(const QString &s)
{
    return s.toLower();
}

QString hex(quint64 v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QJsonObject link(const QString &uri)
{
    return QJsonObject{{QStringLiteral("uri"), uri},
                       {QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("headers"), QJsonArray{}}};
}

// Inverse CDF of the diurnal curve: fraction of the day's events -> fraction of the day.
double diurnalInverse(double f)
{
    static const auto cdf = [] {
        std::array<double, 25> c{};
        double sum = 0;
        for (double w : kHourWeights)
            sum += w;
        c[0] = 0;
        for (int h = 0; h < 24; ++h)
            c[h + 1] = c[h] + kHourWeights[h] / sum;
        c[24] = 1.0;
        return c;
    }();
    int h = int(std::upper_bound(cdf.begin(), cdf.end(), f) - cdf.begin()) - 1;
    h = std::clamp(h, 0, 23);
    const double span = cdf[h + 1] - cdf[h];
    const double within = span > 0 ? (f - cdf[h]) / span : 0;
    return (h + std::clamp(within, 0.0, 0.999999)) / 24.0;
}

} // namespace

const char *streamName(LogStream s)
{
    return s == LogStream::SignIns ? "signIns" : "directoryAudits";
}

QString World::wireTime(qint64 ms, quint64 h)
{
    const QDateTime t = utc(ms);
    const QString base = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int frac = int(((ms % 1000) + 1000) % 1000);
    switch (h % 4) {
    case 0: { // 7 digits
        return base + QStringLiteral(".%1").arg(frac, 3, 10, QLatin1Char('0')) +
               QStringLiteral("%1Z").arg(int((h >> 8) % 5000), 4, 10, QLatin1Char('0'));
    }
    case 1: // 3 digits
        return base + QStringLiteral(".%1Z").arg(frac, 3, 10, QLatin1Char('0'));
    default: { // trimmed: 0..3 digits
        if (frac == 0)
            return base + QLatin1Char('Z');
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        return base + QLatin1Char('.') + f + QLatin1Char('Z');
    }
    }
}

World::World(const WorldConfig &config) : m_cfg(config)
{
    m_cfg.customers = std::clamp(m_cfg.customers, 1, 2000);
    m_cfg.alertDays = std::max(m_cfg.alertDays, 7);
    m_cfg.logDays = std::clamp(m_cfg.logDays, 1, m_cfg.alertDays);
    m_cfg.signInsPerTenant = std::max<qint64>(m_cfg.signInsPerTenant, 0);
    if (m_cfg.now.isValid()) {
        m_now = m_cfg.now.toUTC();
    } else {
        m_now = QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
    }
    m_cfg.now = m_now;
    m_logStartMs = logStart().toMSecsSinceEpoch();
    generate();
}

void World::generate()
{
    const quint64 s = m_cfg.seed;
    m_partnerTenantId = guidOf(s, 1, 0);
    m_partnerDomain = QStringLiteral("fabrikamcsp.onmicrosoft.com");
    quint64 counter = 0;
    generateCustomers(counter);
    generateSubscriptions();
    generateAlertsAndSpend();

    // Bulk sign-ins: same per-day split for every tenant.
    m_dayPrefix.resize(m_cfg.logDays + 1);
    const qint64 per = m_cfg.signInsPerTenant / m_cfg.logDays;
    const qint64 rem = m_cfg.signInsPerTenant % m_cfg.logDays;
    m_dayPrefix[0] = 0;
    for (int d = 0; d < m_cfg.logDays; ++d)
        m_dayPrefix[d + 1] = m_dayPrefix[d] + per + (d < rem ? 1 : 0);

    generateBackgroundExtras();
    injectDetectionCases();
    m_alertsPristine = m_alerts;
    m_subsPristine = m_subs;
    m_entitlementsPristine = m_entitlements;
}

void World::generateCustomers(quint64 &counter)
{
    Rng rng(hashOf(m_cfg.seed, 0x11));
    const int nResellers = std::max(1, std::min(5, m_cfg.customers / 8));
    for (int r = 0; r < nResellers; ++r) {
        Reseller rs;
        rs.id = guidOf(m_cfg.seed, 2, quint64(r));
        rs.name = QString::fromLatin1(kResellerNames[r % 5]);
        rs.mpnId = QString::number(4000000 + rng.range(0, 999999));
        m_resellers.append(rs);
    }
    for (int i = 0; i < m_cfg.customers; ++i) {
        Customer c;
        c.index = i;
        c.id = guidOf(m_cfg.seed, 3, quint64(i));
        c.commerceId = guidOf(m_cfg.seed, 4, quint64(i));
        const QString word = QString::fromLatin1(kCompanyWords[rng.range(0, 14)]);
        const QString slug = word.toLower().remove(QLatin1Char(' ')) + QString::number(i + 1);
        c.companyName = word + QStringLiteral(" ") + QString::number(i + 1) + QLatin1Char(' ') +
                        QString::fromLatin1(kSuffixes[rng.range(0, 6)]);
        c.domain = slug + QStringLiteral(".onmicrosoft.com");
        c.b2cDomain = slug + QStringLiteral("b2c.onmicrosoft.com");
        c.resellerIndex = rng.chance(0.4) ? rng.range(0, nResellers - 1) : -1;
        c.premium = !(i % 10 == 7); // every tenth customer lacks P1/P2
        c.allowDelegatedAccess = true;
        c.admins = {QStringLiteral("it.admin@") + c.domain, QStringLiteral("helpdesk@") + c.domain};
        c.officeIp = QStringLiteral("203.0.113.%1").arg(1 + (i % 250));
        m_customerIndex.insert(lower(c.id), i);
        m_customerIndex.insert(lower(c.domain), i);
        m_customers.append(c);
        ++counter;
    }
}

void World::generateSubscriptions()
{
    Rng rng(hashOf(m_cfg.seed, 0x22));
    const QDateTime origin = m_now.addDays(-m_cfg.alertDays - 400);
    for (const Customer &c : std::as_const(m_customers)) {
        QList<QJsonObject> list;
        const QString partnerId =
            c.resellerIndex >= 0 ? m_resellers[c.resellerIndex].mpnId : QString();
        auto makeSub = [&](int n, const QString &offerId, const QString &offerName,
                           const QString &unitType, int quantity, const QString &billingType) {
            const QString id = guidOf(m_cfg.seed, 5, quint64(c.index), quint64(n));
            const QDateTime created =
                origin.addDays(rng.range(0, 300)).addSecs(rng.range(0, 86399));
            QJsonObject o{
                {QStringLiteral("id"), id},
                {QStringLiteral("offerId"), offerId},
                {QStringLiteral("offerName"), offerName},
                {QStringLiteral("friendlyName"), offerName},
                {QStringLiteral("quantity"), quantity},
                {QStringLiteral("unitType"), unitType},
                {QStringLiteral("creationDate"), wireTime(created, 2)},
                {QStringLiteral("effectiveStartDate"),
                 QDateTime(created.date(), QTime(0, 0), Qt::UTC)
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
                {QStringLiteral("commitmentEndDate"),
                 billingType == QLatin1String("usage")
                     ? QStringLiteral("9999-12-14T00:00:00Z")
                     : QDateTime(created.date().addYears(2), QTime(0, 0), Qt::UTC)
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("autoRenewEnabled"), billingType != QLatin1String("usage")},
                {QStringLiteral("isTrial"), false},
                {QStringLiteral("billingType"), billingType},
                {QStringLiteral("billingCycle"), QStringLiteral("monthly")},
                {QStringLiteral("termDuration"), billingType == QLatin1String("usage")
                                                     ? QJsonValue()
                                                     : QJsonValue(QStringLiteral("P1Y"))},
                {QStringLiteral("contractType"), QStringLiteral("subscription")},
                {QStringLiteral("partnerId"),
                 partnerId.isEmpty() ? QJsonValue() : QJsonValue(partnerId)},
                {QStringLiteral("orderId"), guidOf(m_cfg.seed, 6, quint64(c.index), quint64(n))},
                {QStringLiteral("suspensionReasons"), QJsonArray{}},
                {QStringLiteral("actions"),
                 QJsonArray{QStringLiteral("edit"), QStringLiteral("cancel")}},
                {QStringLiteral("isMicrosoftProduct"), true},
                {QStringLiteral("publisherName"), QStringLiteral("Microsoft Corporation")},
                {QStringLiteral("links"),
                 QJsonObject{
                     {QStringLiteral("self"),
                      link(QStringLiteral("/customers/%1/subscriptions/%2").arg(c.id, id))}}},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("etag"), QString()},
                             {QStringLiteral("objectType"), QStringLiteral("Subscription")}}},
            };
            // etag computed from id + version
            QJsonObject attrs = o.value(QStringLiteral("attributes")).toObject();
            attrs.insert(QStringLiteral("etag"),
                         QString::fromLatin1(QStringLiteral("{\"id\":\"%1\",\"version\":1}")
                                                 .arg(id.left(8))
                                                 .toUtf8()
                                                 .toBase64()));
            o.insert(QStringLiteral("attributes"), attrs);
            list.append(o);
            return id;
        };
        // One Azure plan with 1-4 Azure subscriptions (entitlements).
        const QString planId =
            makeSub(0, QStringLiteral("DZH318Z0BPS6:0001"), QStringLiteral("Azure plan"),
                    QStringLiteral("Usage-based"), 1, QStringLiteral("usage"));
        const int nEnt = rng.range(1, 4);
        for (int e = 0; e < nEnt; ++e) {
            Entitlement en;
            en.id = guidOf(m_cfg.seed, 7, quint64(c.index), quint64(e));
            en.subscriptionId = planId;
            en.customerId = c.id;
            en.friendlyName = e == 0 ? QStringLiteral("Microsoft Azure")
                                     : QStringLiteral("Azure subscription %1").arg(e + 1);
            m_entitlementIndex.insert(lower(en.id), int(m_entitlements.size()));
            m_entitlements.append(en);
        }
        // Licence-based subscriptions.
        makeSub(1, QStringLiteral("CFQ7TTC0LH18:0001"),
                QStringLiteral("Microsoft 365 Business Basic"), QStringLiteral("Licenses"),
                rng.range(5, 300), QStringLiteral("license"));
        if (rng.chance(0.6))
            makeSub(2, QStringLiteral("CFQ7TTC0LFLZ:0002"), QStringLiteral("Microsoft 365 E3"),
                    QStringLiteral("Licenses"), rng.range(1, 80), QStringLiteral("license"));
        if (c.premium && rng.chance(0.5))
            makeSub(3, QStringLiteral("CFQ7TTC0LH1G:0001"), QStringLiteral("Microsoft Entra ID P1"),
                    QStringLiteral("Licenses"), rng.range(5, 300), QStringLiteral("license"));
        m_subs.insert(lower(c.id), list);
    }
}

void World::generateAlertsAndSpend()
{
    Rng rng(hashOf(m_cfg.seed, 0x33));
    const qint64 startMs = alertStart().toMSecsSinceEpoch();
    const int days = m_cfg.alertDays;
    const QDate day0 = alertStart().date();

    // Spend baseline for every Azure subscription.
    QHash<QString, double> base;
    for (const Entitlement &e : std::as_const(m_entitlements)) {
        const double b =
            std::exp(std::log(3.0) + rng.uniform() * (std::log(400.0) - std::log(3.0)));
        base.insert(e.id, b);
        const int firstDay = rng.chance(0.2) ? rng.range(0, days / 2) : 0;
        QVector<double> v(days, std::nan(""));
        for (int d = firstDay; d < days; ++d) {
            const int dow = day0.addDays(d).dayOfWeek();
            const double weekly = dow >= 6 ? 0.72 : 1.0;
            const double noise =
                1.0 + (unitOf(hashOf(m_cfg.seed, 0x44, quint64(d), qHash(e.id))) - 0.5) * 0.16;
            if (b < 10 && unitOf(hashOf(m_cfg.seed, 0x45, quint64(d), qHash(e.id))) < 0.2)
                continue; // no usage that day: the row is absent
            v[d] = std::round(b * weekly * noise * 10000.0) / 10000.0;
        }
        m_spend.insert(lower(e.id), v);
    }

    const QString analyst = analystUpn();
    for (const Customer &c : std::as_const(m_customers)) {
        const int n = rng.range(2, 8);
        QList<const Entitlement *> ents;
        for (const Entitlement &e : std::as_const(m_entitlements))
            if (e.customerId == c.id)
                ents.append(&e);
        for (int k = 0; k < n; ++k) {
            const quint64 h = rng.next();
            const AlertKind &kind = kAlertKinds[rng.range(0, int(std::size(kAlertKinds)) - 1)];
            const Entitlement *ent = ents[rng.range(0, int(ents.size()) - 1)];
            const qint64 detected = startMs + qint64(rng.uniform() * double(days - 1) * kDayMs);
            const qint64 first = detected - rng.range(60, 6 * 3600) * 1000LL;
            const qint64 last = detected + rng.range(0, 3600) * 1000LL;
            const double ageDays = double(m_now.toMSecsSinceEpoch() - detected) / kDayMs;
            QString status;
            if (ageDays > 60)
                status = rng.chance(0.45) ? QStringLiteral("active") : QStringLiteral("resolved");
            else {
                const double p = rng.uniform();
                status = p < 0.5    ? QStringLiteral("active")
                         : p < 0.65 ? QStringLiteral("investigating")
                                    : QStringLiteral("resolved");
            }
            QString id = guidFrom(h, rng.next());
            if (rng.chance(0.1))
                id += QLatin1Char('-') + guidFrom(rng.next(), rng.next());
            QString severity;
            if (kind.spike && QByteArray(kind.type).contains("Crypto"))
                severity = QStringLiteral("high");
            else {
                static const char *const sev[] = {"informational", "low", "medium", "high"};
                severity = QString::fromLatin1(sev[rng.range(0, 3)]);
            }
            static const char *const conf[] = {"low", "medium", "high"};
            QJsonArray logs;
            QJsonValue resolvedReason, resolvedOn, resolvedBy;
            qint64 t = detected + rng.range(1800, 20 * 3600) * 1000LL;
            QString prev = QStringLiteral("active");
            if (status != QLatin1String("active")) {
                if (status == QLatin1String("resolved") && rng.chance(0.4)) {
                    logs.append(
                        QJsonObject{{QStringLiteral("statusFrom"), prev},
                                    {QStringLiteral("statusTo"), QStringLiteral("investigating")},
                                    {QStringLiteral("updatedBy"), analyst},
                                    {QStringLiteral("updatedDateTime"), wireTime(t, rng.next())}});
                    prev = QStringLiteral("investigating");
                    t += rng.range(600, 48 * 3600) * 1000LL;
                }
                logs.append(
                    QJsonObject{{QStringLiteral("statusFrom"), prev},
                                {QStringLiteral("statusTo"), status},
                                {QStringLiteral("updatedBy"), analyst},
                                {QStringLiteral("updatedDateTime"), wireTime(t, rng.next())}});
                if (status == QLatin1String("resolved")) {
                    static const char *const reasons[] = {"legitimate", "fraud", "ignore"};
                    resolvedReason = QString::fromLatin1(reasons[rng.range(0, 2)]);
                    resolvedOn = wireTime(t, rng.next());
                    resolvedBy = analyst;
                }
            }
            QJsonObject details;
            const QString vm = QStringLiteral("vm%1").arg(rng.range(1, 9));
            const QString rg = QStringLiteral("rg-%1").arg(rng.range(1, 5));
            if (QByteArray(kind.type).contains("Crypto")) {
                details.insert(QStringLiteral("VM_IP"), QStringLiteral("[  \"10.0.%1.%2\"]")
                                                            .arg(rng.range(0, 9))
                                                            .arg(rng.range(4, 250)));
                details.insert(QStringLiteral("MiningPool_IP"),
                               QStringLiteral("[  \"198.51.100.%1\"]").arg(rng.range(1, 250)));
                details.insert(QStringLiteral("ConnectionCount"),
                               QString::number(rng.range(1, 50)));
                details.insert(QStringLiteral("CryptoCurrencyMiningPoolDomainName"),
                               QStringLiteral("pool.example.com"));
            } else {
                details.insert(QStringLiteral("ResourceCount"), QString::number(rng.range(1, 40)));
                details.insert(QStringLiteral("Region"), QStringLiteral("westeurope"));
            }
            const int rIdx = c.resellerIndex;
            QJsonObject a{
                {QStringLiteral("@odata.type"),
                 QStringLiteral("#microsoft.graph.partner.security.partnerSecurityAlert")},
                {QStringLiteral("id"), id},
                {QStringLiteral("displayName"), QString::fromLatin1(kind.displayName)},
                {QStringLiteral("description"), QString::fromLatin1(kind.description)},
                {QStringLiteral("alertType"), QString::fromLatin1(kind.type)},
                {QStringLiteral("status"), status},
                {QStringLiteral("severity"), severity},
                {QStringLiteral("confidenceLevel"), QString::fromLatin1(conf[rng.range(0, 2)])},
                {QStringLiteral("customerTenantId"), c.id},
                {QStringLiteral("subscriptionId"), ent->id},
                {QStringLiteral("valueAddedResellerTenantId"),
                 rIdx >= 0 ? QJsonValue(m_resellers[rIdx].id) : QJsonValue()},
                {QStringLiteral("catalogOfferId"),
                 rng.chance(0.85) ? QJsonValue(QStringLiteral("MS-AZR-0017G")) : QJsonValue()},
                {QStringLiteral("detectedDateTime"), wireTime(detected, rng.next())},
                {QStringLiteral("firstObservedDateTime"), wireTime(first, rng.next())},
                {QStringLiteral("lastObservedDateTime"), wireTime(last, rng.next())},
                {QStringLiteral("resolvedReason"), resolvedReason},
                {QStringLiteral("resolvedOnDateTime"), resolvedOn},
                {QStringLiteral("resolvedBy"), resolvedBy},
                {QStringLiteral("isTest"),
                 rng.chance(0.8) ? QJsonValue(QStringLiteral("false")) : QJsonValue(false)},
                {QStringLiteral("affectedResources"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("resourceId"),
                      QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                     "Microsoft.Compute/virtualMachines/%3")
                          .arg(ent->id, rg, vm)},
                     {QStringLiteral("resourceType"), QStringLiteral("AzureResource")}}}},
                {QStringLiteral("activityLogs"), logs},
                {QStringLiteral("additionalDetails"), details},
            };
            m_alerts.append(a);

            if (kind.spike) {
                QVector<double> &v = m_spend[lower(ent->id)];
                const int d0 = int((detected - startMs) / kDayMs);
                const int len = rng.range(1, 3);
                const double factor = 5.0 + rng.uniform() * 10.0;
                const double b = std::max(base.value(ent->id), 20.0);
                QJsonArray spikeDays;
                for (int d = d0; d < std::min(days, d0 + len); ++d) {
                    const double prevCost = std::isnan(v[d]) ? 0.0 : v[d];
                    v[d] = std::round((prevCost + b * factor) * 10000.0) / 10000.0;
                    spikeDays.append(dayNumber(day0.addDays(d)));
                }
                m_spendAnomalies.append(
                    QJsonObject{{QStringLiteral("subscriptionId"), ent->id},
                                {QStringLiteral("customerTenantId"), c.id},
                                {QStringLiteral("days"), spikeDays},
                                {QStringLiteral("alertId"), id},
                                {QStringLiteral("alertType"), QString::fromLatin1(kind.type)},
                                {QStringLiteral("factor"), std::round(factor * 100) / 100}});
            }
        }
    }
    // Stable order: by detectedDateTime, then id.
    std::stable_sort(m_alerts.begin(), m_alerts.end(),
                     [](const QJsonObject &a, const QJsonObject &b) {
                         const QString da = a.value(QStringLiteral("detectedDateTime")).toString();
                         const QString db = b.value(QStringLiteral("detectedDateTime")).toString();
                         const QDateTime ta = parseDateTimeOffset(da), tb = parseDateTimeOffset(db);
                         if (ta != tb)
                             return ta < tb;
                         return a.value(QStringLiteral("id")).toString() <
                                b.value(QStringLiteral("id")).toString();
                     });
}

void World::generateBackgroundExtras()
{
    m_signInExtras.resize(m_customers.size());
    m_auditExtras.resize(m_customers.size());
    const qint64 start = m_logStartMs;
    for (const Customer &c : std::as_const(m_customers)) {
        QVector<Extra> &si = m_signInExtras[c.index];
        QVector<Extra> &au = m_auditExtras[c.index];
        for (int d = 0; d < m_cfg.logDays; ++d) {
            const qint64 dayMs = start + d * kDayMs;
            const int dow = utc(dayMs).date().dayOfWeek();
            if (dow >= 6)
                continue;
            // Working hours: 08:00-15:00 UTC is inside 07:30-19:30 Paris all year.
            for (int a = 0; a < int(c.admins.size()); ++a) {
                const quint64 h = hashOf(m_cfg.seed, 0x51, quint64(c.index), quint64(d * 8 + a));
                Extra e;
                e.ms = dayMs + 8 * 3600000LL + qint64(h % (7 * 3600000ULL));
                e.bgKind = 0;
                e.key = quint64(a) | (quint64(d) << 8);
                e.id = guidOf(m_cfg.seed, 0x52, quint64(c.index), e.key);
                si.append(e);
            }
            for (int k = 0; k < m_cfg.auditsPerWeekday; ++k) {
                const quint64 h = hashOf(m_cfg.seed, 0x53, quint64(c.index), quint64(d * 1000 + k));
                Extra e;
                e.ms = dayMs + 8 * 3600000LL + qint64(h % (7 * 3600000ULL));
                e.bgKind = 1;
                e.key = quint64(k) | (quint64(d) << 16);
                e.id = QStringLiteral("Directory_%1_%2_%3")
                           .arg(guidOf(m_cfg.seed, 0x54, quint64(c.index), e.key))
                           .arg(QString::fromLatin1("ZP3LQ"))
                           .arg(h % 100000000ULL, 8, 10, QLatin1Char('0'));
                au.append(e);
            }
        }
        auto byTime = [](const Extra &a, const Extra &b) {
            return a.ms != b.ms ? a.ms < b.ms : a.id < b.id;
        };
        std::sort(si.begin(), si.end(), byTime);
        std::sort(au.begin(), au.end(), byTime);
    }
}

QJsonObject World::backgroundSettings(int ci) const
{
    const Customer &c = m_customers.at(ci);
    const QJsonArray admins = QJsonArray::fromStringList(c.admins);
    QJsonObject actors;
    for (const char *k :
         {"accountAdmins", "conditionalAccess", "customPolicies", "userFlows", "apiConnectors",
          "identityProviders", "appCredentials", "appOwners", "consentAdmins"})
        actors.insert(QString::fromLatin1(k), admins);
    return QJsonObject{
        {QStringLiteral("customerId"), c.id},
        {QStringLiteral("tenantId"), c.id},
        {QStringLiteral("privilegedAccounts"), admins},
        {QStringLiteral("approvedActors"), actors},
        {QStringLiteral("approvedCountries"),
         QJsonArray{QStringLiteral("FR"), QStringLiteral("BE")}},
        {QStringLiteral("approvedCidrs"), QJsonArray{QStringLiteral("203.0.113.0/24")}},
        {QStringLiteral("ownedDomains"), QJsonArray{c.domain, c.b2cDomain}},
        {QStringLiteral("workingHours"),
         QJsonObject{
             {QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")},
             {QStringLiteral("days"),
              QJsonArray{QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                         QStringLiteral("Thu"), QStringLiteral("Fri")}},
             {QStringLiteral("start"), QStringLiteral("07:30")},
             {QStringLiteral("end"), QStringLiteral("19:30")}}},
    };
}

void World::injectDetectionCases()
{
    // Background settings for every customer; the scenario customers get the
    // cases' settings with the background approvals merged in.
    for (const Customer &c : std::as_const(m_customers))
        m_settings.insert(c.id, backgroundSettings(c.index));
#ifdef VIGIE_SIM_HAS_SCENARIOS
    if (m_cfg.logDays < kScenarioDays)
        return;
    const QDateTime start = logStart().addDays(1);
    for (const Customer &c : std::as_const(m_customers)) {
        if (int(m_scenarioCustomers.size()) >= m_cfg.scenarioCustomers)
            break;
        if (!c.premium)
            continue;
        injectScenarios(*this, hashOf(m_cfg.seed, 0x71, quint64(c.index)), c.id, start, m_now);
        m_scenarioCustomers.append(c.id);
        QJsonObject s = m_settings.value(c.id).toObject();
        const QJsonObject bg = backgroundSettings(c.index);
        auto merge = [](QJsonArray a, const QJsonArray &b) {
            for (const QJsonValue &v : b)
                if (!a.contains(v))
                    a.append(v);
            return a;
        };
        for (const char *k :
             {"privilegedAccounts", "approvedCountries", "approvedCidrs", "ownedDomains"}) {
            const QString key = QString::fromLatin1(k);
            s.insert(key, merge(s.value(key).toArray(), bg.value(key).toArray()));
        }
        QJsonObject actors = s.value(u"approvedActors").toObject();
        const QJsonObject bgActors = bg.value(u"approvedActors").toObject();
        for (auto it = bgActors.begin(); it != bgActors.end(); ++it)
            actors.insert(it.key(), merge(actors.value(it.key()).toArray(), it.value().toArray()));
        s.insert(QStringLiteral("approvedActors"), actors);
        m_settings.insert(c.id, s);
    }
#endif
}

QJsonObject World::organizationProfile() const
{
    return QJsonObject{
        {QStringLiteral("id"), m_partnerTenantId},
        {QStringLiteral("companyName"), partnerName()},
        {QStringLiteral("defaultAddress"),
         QJsonObject{{QStringLiteral("country"), QStringLiteral("FR")},
                     {QStringLiteral("city"), QStringLiteral("Paris")},
                     {QStringLiteral("addressLine1"), QStringLiteral("1 rue Exemple")},
                     {QStringLiteral("postalCode"), QStringLiteral("75001")},
                     {QStringLiteral("firstName"), QStringLiteral("Anne")},
                     {QStringLiteral("lastName"), QStringLiteral("Martin")},
                     {QStringLiteral("phoneNumber"), QStringLiteral("0100000000")}}},
        {QStringLiteral("tenantId"), m_partnerTenantId},
        {QStringLiteral("domain"), m_partnerDomain},
        {QStringLiteral("email"), QStringLiteral("admin@fabrikamcsp.com")},
        {QStringLiteral("language"), QStringLiteral("fr")},
        {QStringLiteral("culture"), QStringLiteral("fr-FR")},
        {QStringLiteral("links"),
         QJsonObject{{QStringLiteral("self"), link(QStringLiteral("/profiles/organization"))}}},
        {QStringLiteral("attributes"),
         QJsonObject{{QStringLiteral("etag"), QStringLiteral("\"AAAA\"")},
                     {QStringLiteral("objectType"), QStringLiteral("OrganizationProfile")}}},
    };
}

const Customer *World::customer(const QString &idOrDomain) const
{
    auto it = m_customerIndex.constFind(lower(idOrDomain));
    return it == m_customerIndex.cend() ? nullptr : &m_customers[*it];
}

QList<QJsonObject> *World::subscriptions(const QString &customerId)
{
    auto it = m_subs.find(lower(customerId));
    return it == m_subs.end() ? nullptr : &*it;
}

QJsonObject *World::subscription(const QString &customerId, const QString &subscriptionId)
{
    QList<QJsonObject> *list = subscriptions(customerId);
    if (!list)
        return nullptr;
    for (QJsonObject &o : *list)
        if (o.value(QStringLiteral("id")).toString().compare(subscriptionId, Qt::CaseInsensitive) ==
            0)
            return &o;
    return nullptr;
}

QList<Entitlement *> World::entitlements(const QString &subscriptionId)
{
    QList<Entitlement *> out;
    for (Entitlement &e : m_entitlements)
        if (e.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            out.append(&e);
    return out;
}

Entitlement *World::entitlement(const QString &entitlementId)
{
    auto it = m_entitlementIndex.constFind(lower(entitlementId));
    return it == m_entitlementIndex.cend() ? nullptr : &m_entitlements[*it];
}

QJsonObject *World::alert(const QString &id)
{
    for (QJsonObject &a : m_alerts)
        if (a.value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

bool World::removeAlert(const QString &id)
{
    for (qsizetype i = 0; i < m_alerts.size(); ++i)
        if (m_alerts[i].value(QStringLiteral("id")).toString().compare(id, Qt::CaseInsensitive) ==
            0) {
            m_alerts.removeAt(i);
            return true;
        }
    return false;
}

const QVector<double> *World::spend(const QString &entitlementId) const
{
    auto it = m_spend.constFind(lower(entitlementId));
    return it == m_spend.cend() ? nullptr : &*it;
}

// ---- lazy background sign-ins ----------------------------------------------

qint64 World::bulkTimeMs(qint64 i) const
{
    const int d =
        int(std::upper_bound(m_dayPrefix.cbegin(), m_dayPrefix.cend(), i) - m_dayPrefix.cbegin()) -
        1;
    const qint64 k = i - m_dayPrefix[d];
    const qint64 count = m_dayPrefix[d + 1] - m_dayPrefix[d];
    const double u = unitOf(hashOf(m_cfg.seed, 0x61, quint64(i)));
    const double frac = (double(k) + u) / double(count);
    return m_logStartMs + d * kDayMs + qint64(diurnalInverse(frac) * double(kDayMs));
}

QString World::bulkSignInId(int customerIndex, qint64 i) const
{
    // The last 12 hex digits carry the index so GET by id needs no table.
    const quint64 h = hashOf(m_cfg.seed, 0x62, quint64(customerIndex), quint64(i));
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(hex(h >> 32, 8), hex((h >> 16) & 0xffff, 4), hex((h >> 4) & 0xfff, 3),
             hex(quint64(customerIndex) & 0xfff, 3), hex(quint64(i), 12));
}

namespace {

// JSON text written by hand for the bulk of the world's sign-ins: a page of
// 1,000 built as QJsonObjects cost more than the client's whole sync of it.
void putString(QByteArray &out, QStringView v)
{
    out += '"';
    for (QChar ch : v) {
        const char16_t u = ch.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += QString(ch).toUtf8();
        }
    }
    out += '"';
}

void putField(QByteArray &out, const char *key, QStringView v)
{
    out += '"';
    out += key;
    out += "\":";
    putString(out, v);
    out += ',';
}

} // namespace

QByteArray World::bulkSignInJson(int ci, qint64 i) const
{
    const Customer &c = m_customers[ci];
    const qint64 ms = bulkTimeMs(i);
    const int d =
        int(std::upper_bound(m_dayPrefix.cbegin(), m_dayPrefix.cend(), i) - m_dayPrefix.cbegin()) -
        1;
    const qint64 k = i - m_dayPrefix[d];
    const qint64 count = m_dayPrefix[d + 1] - m_dayPrefix[d];
    // Failures spread evenly in index space: a fixed number per day, so daily
    // volumes (C7/C9 baselines) are flat and per-hour counts stay low (C4/C5).
    const qint64 f = std::min<qint64>(48, count / 10);
    const bool failed = f > 0 && (k * f) / count != ((k + 1) * f) / count;
    const qint64 j = (k * f) / (count > 0 ? count : 1);
    int errorCode = 0;
    if (failed)
        errorCode = (j % 4 == 3) ? 50053 : 50126;

    const quint64 pool = quint64(std::clamp<qint64>(m_cfg.signInsPerTenant / 20, 50, 50000));
    const quint64 h = hashOf(m_cfg.seed, 0x63, quint64(ci), quint64(i));
    const quint64 u = h % pool;
    const quint64 uh = hashOf(m_cfg.seed, 0x64, quint64(ci), u);
    const QString userId = guidFrom(uh, hashOf(uh));
    const Place &pl = kPlaces[(uh >> 8) % 8];
    const Device &dev = kDevices[(uh >> 16) % 5];
    const bool proxy = (h >> 20) % 10 < 8;
    const QString appId = guidOf(m_cfg.seed, 0x65, quint64(ci), proxy ? 1 : 2);

    QByteArray out;
    out.reserve(1400);
    out += '{';
    putField(out, "id", bulkSignInId(ci, i));
    putField(out, "createdDateTime", wireTime(ms, h >> 3));
    putField(out, "userDisplayName", QStringLiteral("Consumer %1").arg(u));
    putField(out, "userPrincipalName", userId + QLatin1Char('@') + c.b2cDomain);
    putField(out, "userId", userId);
    putField(out, "appId", appId);
    putField(out, "appDisplayName",
             proxy ? QStringLiteral("ProxyIdentityExperienceFramework")
                   : QStringLiteral("CPIM PowerShell Client"));
    out += "\"ipAddress\":\"90.";
    out += QByteArray::number((uh >> 24) % 120 + 1) + '.' + QByteArray::number((uh >> 32) % 256) +
           '.' + QByteArray::number((uh >> 40) % 254 + 1);
    out += "\",\"clientAppUsed\":\"Browser\",";
    putField(out, "correlationId", guidFrom(h ^ 0x5555, hashOf(h)));
    out += "\"conditionalAccessStatus\":\"notApplied\",\"isInteractive\":true,"
           "\"riskDetail\":\"none\",\"riskLevelAggregated\":\"none\","
           "\"riskLevelDuringSignIn\":\"none\",\"riskState\":\"none\","
           "\"riskEventTypes\":[],\"riskEventTypes_v2\":[],"
           "\"resourceDisplayName\":\"Windows Azure Active Directory\","
           "\"resourceId\":\"00000002-0000-0000-c000-000000000000\",";
    out += "\"status\":{\"errorCode\":" + QByteArray::number(errorCode);
    if (errorCode == 50126)
        out += ",\"failureReason\":\"Error validating credentials due to invalid username or "
               "password.\",\"additionalDetails\":\"The user didn't enter the right "
               "credentials.\"},";
    else if (errorCode == 50053)
        out += ",\"failureReason\":\"Account is locked because user tried to sign in too many "
               "times with an incorrect user ID or password.\",\"additionalDetails\":null},";
    else
        out += ",\"failureReason\":null,\"additionalDetails\":null},";
    out += "\"deviceDetail\":{\"deviceId\":\"\",\"displayName\":null,";
    putField(out, "operatingSystem", QString::fromLatin1(dev.os));
    putField(out, "browser", QString::fromLatin1(dev.browser));
    out += "\"isCompliant\":null,\"isManaged\":null,\"trustType\":null},";
    out += "\"location\":{";
    putField(out, "city", QString::fromLatin1(pl.city));
    putField(out, "state", QString::fromLatin1(pl.state));
    putField(out, "countryOrRegion", QString::fromLatin1(pl.country));
    out += "\"geoCoordinates\":{\"altitude\":null,\"latitude\":" +
           QByteArray::number(pl.lat, 'g', QLocale::FloatingPointShortest) +
           ",\"longitude\":" + QByteArray::number(pl.lon, 'g', QLocale::FloatingPointShortest) +
           "}},";
    out += "\"appliedConditionalAccessPolicies\":[]}";
    return out;
}

QJsonObject World::bulkSignIn(int ci, qint64 i) const
{
    return QJsonDocument::fromJson(bulkSignInJson(ci, i)).object();
}

QJsonObject World::adminSignIn(int ci, const Extra &e) const
{
    const Customer &c = m_customers[ci];
    const int a = int(e.key & 0xff);
    const QString upn = c.admins.value(a);
    const QString userId = guidOf(m_cfg.seed, 0x71, quint64(ci), quint64(a));
    const quint64 h = hashOf(m_cfg.seed, 0x72, quint64(ci), e.key);
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("createdDateTime"), wireTime(e.ms, h)},
        {QStringLiteral("userDisplayName"),
         a == 0 ? QStringLiteral("IT Admin") : QStringLiteral("Helpdesk")},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("appId"), QStringLiteral("c44b4083-3bb0-49c1-b47d-974e53cbdf3c")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Azure Portal")},
        {QStringLiteral("ipAddress"), c.officeIp},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), guidFrom(h, hashOf(h))},
        {QStringLiteral("conditionalAccessStatus"), QStringLiteral("success")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("riskDetail"), QStringLiteral("none")},
        {QStringLiteral("riskLevelAggregated"), QStringLiteral("none")},
        {QStringLiteral("riskLevelDuringSignIn"), QStringLiteral("none")},
        {QStringLiteral("riskState"), QStringLiteral("none")},
        {QStringLiteral("riskEventTypes"), QJsonArray{}},
        {QStringLiteral("riskEventTypes_v2"), QJsonArray{}},
        {QStringLiteral("resourceDisplayName"),
         QStringLiteral("Windows Azure Service Management API")},
        {QStringLiteral("resourceId"), QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), 0},
                     {QStringLiteral("failureReason"), QJsonValue()},
                     {QStringLiteral("additionalDetails"), QJsonValue()}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{
             {QStringLiteral("deviceId"), guidOf(m_cfg.seed, 0x73, quint64(ci), quint64(a))},
             {QStringLiteral("displayName"), QStringLiteral("ADMIN-PC-%1").arg(a + 1)},
             {QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
             {QStringLiteral("browser"), QStringLiteral("Edge 122.0.2365")},
             {QStringLiteral("isCompliant"), true},
             {QStringLiteral("isManaged"), true},
             {QStringLiteral("trustType"), QStringLiteral("Azure AD joined")}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")},
                     {QStringLiteral("state"), QStringLiteral("Paris")},
                     {QStringLiteral("countryOrRegion"), QStringLiteral("FR")},
                     {QStringLiteral("geoCoordinates"),
                      QJsonObject{{QStringLiteral("altitude"), QJsonValue()},
                                  {QStringLiteral("latitude"), 48.8566},
                                  {QStringLiteral("longitude"), 2.3522}}}}},
        {QStringLiteral("appliedConditionalAccessPolicies"), QJsonArray{}},
    };
}

QJsonObject World::adminAudit(int ci, const Extra &e) const
{
    const Customer &c = m_customers[ci];
    const quint64 h = hashOf(m_cfg.seed, 0x81, quint64(ci), e.key);
    const int a = int(h % quint64(std::max<qsizetype>(1, c.admins.size())));
    const quint64 pool = quint64(std::clamp<qint64>(m_cfg.signInsPerTenant / 20, 50, 50000));
    const quint64 u = (h >> 8) % pool;
    const quint64 uh = hashOf(m_cfg.seed, 0x64, quint64(ci), u);
    const QString userId = guidFrom(uh, hashOf(uh));
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("category"), QStringLiteral("UserManagement")},
        {QStringLiteral("correlationId"), guidFrom(h, hashOf(h, 1))},
        {QStringLiteral("result"), QStringLiteral("success")},
        {QStringLiteral("resultReason"), QString()},
        {QStringLiteral("activityDisplayName"), QStringLiteral("Update user")},
        {QStringLiteral("activityDateTime"), wireTime(e.ms, h >> 5)},
        {QStringLiteral("loggedByService"), QStringLiteral("Core Directory")},
        {QStringLiteral("operationType"), QStringLiteral("Update")},
        {QStringLiteral("initiatedBy"),
         QJsonObject{
             {QStringLiteral("user"),
              QJsonObject{{QStringLiteral("id"), guidOf(m_cfg.seed, 0x71, quint64(ci), quint64(a))},
                          {QStringLiteral("displayName"), QJsonValue()},
                          {QStringLiteral("userPrincipalName"), c.admins.value(a)},
                          {QStringLiteral("ipAddress"), c.officeIp}}},
             {QStringLiteral("app"), QJsonValue()}}},
        {QStringLiteral("targetResources"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), userId},
             {QStringLiteral("displayName"), QJsonValue()},
             {QStringLiteral("type"), QStringLiteral("User")},
             {QStringLiteral("userPrincipalName"), userId + QLatin1Char('@') + c.b2cDomain},
             {QStringLiteral("groupType"), QJsonValue()},
             {QStringLiteral("modifiedProperties"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("displayName"), QStringLiteral("DisplayName")},
                  {QStringLiteral("oldValue"), QStringLiteral("[\"Consumer %1\"]").arg(u)},
                  {QStringLiteral("newValue"),
                   QStringLiteral("[\"Consumer %1 (updated)\"]").arg(u)}}}}}}},
        {QStringLiteral("additionalDetails"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("User-Agent")},
                                {QStringLiteral("value"),
                                 QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")}}}},
    };
}

QJsonObject World::extraJson(int ci, LogStream stream, const Extra &e) const
{
    if (e.bgKind < 0)
        return e.json;
    return stream == LogStream::SignIns ? adminSignIn(ci, e) : adminAudit(ci, e);
}

const QVector<World::Extra> &World::extras(int ci, LogStream stream) const
{
    return stream == LogStream::SignIns ? m_signInExtras[ci] : m_auditExtras[ci];
}

qint64 World::bulkLowerBound(qint64 ms) const
{
    qint64 lo = 0, hi = m_cfg.signInsPerTenant;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (bulkTimeMs(mid) < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qint64 World::extraLowerBound(const QVector<Extra> &v, qint64 ms)
{
    return std::lower_bound(v.cbegin(), v.cend(), ms,
                            [](const Extra &e, qint64 t) { return e.ms < t; }) -
           v.cbegin();
}

QList<QJsonObject> LogPage::objects() const
{
    QList<QJsonObject> out;
    out.reserve(items.size());
    for (const QByteArray &text : items)
        out.append(QJsonDocument::fromJson(text).object());
    return out;
}

LogPage World::logPage(int ci, LogStream stream, qint64 fromMs, qint64 toMs,
                       const std::optional<LogCursor> &cursor, int top) const
{
    LogPage page;
    const bool withBulk = stream == LogStream::SignIns;
    const qint64 bLo = withBulk ? bulkLowerBound(fromMs) : 0;
    const qint64 bHiAll =
        withBulk ? bulkLowerBound(toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1) : 0;
    const QVector<Extra> &ex = extras(ci, stream);
    const qint64 eLo = extraLowerBound(ex, fromMs);
    const qint64 eHiAll =
        extraLowerBound(ex, toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1);
    qint64 b = cursor ? std::clamp(cursor->bulk, bLo, bHiAll) : bHiAll;
    qint64 e = cursor ? std::clamp(cursor->extra, eLo, eHiAll) : eHiAll;
    while (int(page.items.size()) < top && (b > bLo || e > eLo)) {
        const qint64 tb = b > bLo ? bulkTimeMs(b - 1) : std::numeric_limits<qint64>::min();
        const qint64 te = e > eLo ? ex[e - 1].ms : std::numeric_limits<qint64>::min();
        if (e > eLo && te >= tb) {
            page.items.append(
                QJsonDocument(extraJson(ci, stream, ex[e - 1])).toJson(QJsonDocument::Compact));
            --e;
        } else {
            page.items.append(bulkSignInJson(ci, b - 1));
            --b;
        }
    }
    if (b > bLo || e > eLo)
        page.next = LogCursor{b, e};
    return page;
}

std::optional<QJsonObject> World::logEvent(int ci, LogStream stream, const QString &id) const
{
    for (const Extra &e : extras(ci, stream))
        if (e.id.compare(id, Qt::CaseInsensitive) == 0)
            return extraJson(ci, stream, e);
    if (stream == LogStream::SignIns && id.size() == 36) {
        bool ok = false;
        const qint64 i = id.right(12).toLongLong(&ok, 16);
        if (ok && i >= 0 && i < m_cfg.signInsPerTenant &&
            bulkSignInId(ci, i).compare(id, Qt::CaseInsensitive) == 0)
            return bulkSignIn(ci, i);
    }
    return std::nullopt;
}

qint64 World::logCount(int ci, LogStream stream) const
{
    return extras(ci, stream).size() + (stream == LogStream::SignIns ? m_cfg.signInsPerTenant : 0);
}

void World::addInjectedEvents(const QString &customerTenantId, LogStream stream,
                              const QList<QJsonObject> &events)
{
    const Customer *c = customer(customerTenantId);
    if (!c)
        return;
    QVector<Extra> &v =
        stream == LogStream::SignIns ? m_signInExtras[c->index] : m_auditExtras[c->index];
    const QString timeKey = stream == LogStream::SignIns ? QStringLiteral("createdDateTime")
                                                         : QStringLiteral("activityDateTime");
    for (const QJsonObject &ev : events) {
        Extra e;
        e.ms = parseDateTimeOffset(ev.value(timeKey).toString()).toMSecsSinceEpoch();
        e.id = ev.value(QStringLiteral("id")).toString();
        e.json = ev;
        v.append(e);
    }
    std::stable_sort(v.begin(), v.end(),
                     [](const Extra &a, const Extra &b) { return a.ms < b.ms; });
}

void World::addDetectionLabels(const QJsonArray &labels)
{
    for (const QJsonValue &l : labels)
        m_detections.append(l);
}

void World::setCustomerSettings(const QString &customerTenantId, const QJsonObject &settings)
{
    m_settings.insert(customerTenantId, settings);
}

QJsonObject World::manifest() const
{
    QJsonArray customers;
    for (const Customer &c : m_customers) {
        QJsonArray ents;
        for (const Entitlement &e : m_entitlementsPristine)
            if (e.customerId == c.id)
                ents.append(e.id);
        customers.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("companyName"), c.companyName},
            {QStringLiteral("domain"), c.domain},
            {QStringLiteral("b2cDomain"), c.b2cDomain},
            {QStringLiteral("premium"), c.premium},
            {QStringLiteral("resellerTenantId"),
             c.resellerIndex >= 0 ? QJsonValue(m_resellers[c.resellerIndex].id) : QJsonValue()},
            {QStringLiteral("azureSubscriptions"), ents},
            {QStringLiteral("backgroundAdmins"), QJsonArray::fromStringList(c.admins)},
            {QStringLiteral("officeIp"), c.officeIp},
            {QStringLiteral("signIns"), logCount(c.index, LogStream::SignIns)},
            {QStringLiteral("directoryAudits"), logCount(c.index, LogStream::DirectoryAudits)},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("vigie-sim-manifest/1")},
        {QStringLiteral("seed"), QString::number(m_cfg.seed)},
        {QStringLiteral("now"), formatUtcMs(m_now)},
        {QStringLiteral("alertStart"), formatUtcMs(alertStart())},
        {QStringLiteral("logStart"), formatUtcMs(logStart())},
        {QStringLiteral("partnerTenantId"), m_partnerTenantId},
        {QStringLiteral("analystUpn"), analystUpn()},
        {QStringLiteral("customers"), customers},
        {QStringLiteral("alertCount"), int(m_alertsPristine.size())},
        {QStringLiteral("spendAnomalies"), m_spendAnomalies},
        {QStringLiteral("background"),
         QJsonObject{
             {QStringLiteral("b2cApps"),
              QJsonArray{QStringLiteral("ProxyIdentityExperienceFramework"),
                         QStringLiteral("CPIM PowerShell Client")}},
             {QStringLiteral("countries"), QJsonArray{QStringLiteral("FR"), QStringLiteral("BE")}},
             {QStringLiteral("consumerIpPrefix"), QStringLiteral("90.0.0.0/8")},
             {QStringLiteral("adminIpPrefix"), QStringLiteral("203.0.113.0/24")},
             {QStringLiteral("adminHoursUtc"), QStringLiteral("Mon-Fri 08:00-15:00")},
             {QStringLiteral("failuresPerDayMax"), 48}}},
        {QStringLiteral("detections"), m_detections},
        {QStringLiteral("settings"), m_settings},
        {QStringLiteral("scenarioCustomers"), QJsonArray::fromStringList(m_scenarioCustomers)},
    };
}

void World::resetMutableState()
{
    m_alerts = m_alertsPristine;
    m_subs = m_subsPristine;
    m_entitlements = m_entitlementsPristine;
}

QByteArray World::serialize(int sample) const
{
    QJsonArray subs, ents, spend, logs;
    for (const Customer &c : m_customers) {
        for (const QJsonObject &s : m_subsPristine.value(lower(c.id)))
            subs.append(s);
        const qint64 n = m_cfg.signInsPerTenant;
        QJsonArray sl;
        for (qint64 i = 0; i < std::min<qint64>(n, sample); ++i)
            sl.append(bulkSignIn(c.index, i));
        for (qint64 i = std::max<qint64>(sample, n - sample); i < n; ++i)
            sl.append(bulkSignIn(c.index, i));
        for (const Extra &e : m_signInExtras[c.index])
            sl.append(extraJson(c.index, LogStream::SignIns, e));
        for (const Extra &e : m_auditExtras[c.index])
            sl.append(extraJson(c.index, LogStream::DirectoryAudits, e));
        logs.append(sl);
    }
    for (const Entitlement &e : m_entitlementsPristine) {
        ents.append(QJsonArray{e.id, e.subscriptionId, e.customerId, e.friendlyName, e.status});
        QJsonArray days;
        for (double v : m_spend.value(lower(e.id)))
            days.append(std::isnan(v) ? QJsonValue() : QJsonValue(v));
        spend.append(days);
    }
    QJsonArray alerts;
    for (const QJsonObject &a : m_alertsPristine)
        alerts.append(a);
    const QJsonObject all{
        {QStringLiteral("manifest"), manifest()}, {QStringLiteral("subscriptions"), subs},
        {QStringLiteral("entitlements"), ents},   {QStringLiteral("spend"), spend},
        {QStringLiteral("alerts"), alerts},       {QStringLiteral("logs"), logs}};
    return QJsonDocument(all).toJson(QJsonDocument::Compact);
}

} // namespace vigie::sim
