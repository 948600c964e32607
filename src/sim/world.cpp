#include "sim/world.h"

#include "sim/datetime.h"
#include "sim/rng.h"
#include "sim/world_p.h"
#if __has_include("sim/scenarios.h")
#include "sim/scenarios.h"
#define VIGIE_SIM_HAS_SCENARIOS 1
#endif

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <vector>

namespace vigie::sim {

namespace {

using detail::kDayMs;
using detail::utc;

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

QJsonObject link(const QString &uri)
{
    return QJsonObject{{QStringLiteral("uri"), uri},
                       {QStringLiteral("method"), QStringLiteral("GET")},
                       {QStringLiteral("headers"), QJsonArray{}}};
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

// The scenario customers' cases being built, one job per customer, merged
// in customer order by the first reader.
struct World::PendingCases
{
    std::atomic<bool> cancel{false};
#ifdef VIGIE_SIM_HAS_SCENARIOS
    struct Job
    {
        int customerIndex = 0;
        std::future<PackedScenarios> cases;
    };
    std::vector<Job> jobs;
#endif
};

World::~World()
{
    // Jobs still running stop at their next step (their future waits).
    if (m_pending)
        m_pending->cancel = true;
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
    // cases' settings with the background approvals merged in (mergeCases).
    for (const Customer &c : std::as_const(m_customers))
        m_settings.insert(c.id, backgroundSettings(c.index));
#ifdef VIGIE_SIM_HAS_SCENARIOS
    if (m_cfg.logDays < kScenarioDays)
        return;
    // Each customer's cases depend on its seed alone: built beside each
    // other and beside the server, merged in this order (ensureCases).
    const QDateTime start = logStart().addDays(1);
    m_pending = std::make_unique<PendingCases>();
    for (const Customer &c : std::as_const(m_customers)) {
        if (int(m_scenarioCustomers.size()) >= m_cfg.scenarioCustomers)
            break;
        if (!c.premium)
            continue;
        m_scenarioCustomers.append(c.id);
        m_pending->jobs.push_back(PendingCases::Job{
            c.index, std::async(std::launch::async,
                                [seed = hashOf(m_cfg.seed, 0x71, quint64(c.index)), id = c.id,
                                 start, end = m_now, cancel = &m_pending->cancel] {
                                    return packScenarios(seed, id, start, end, cancel);
                                })});
    }
#endif
}

void World::ensureCases() const
{
    std::call_once(m_casesMerged, [this] { mergeCases(); });
}

void World::mergeCases() const
{
    if (!m_pending)
        return;
#ifdef VIGIE_SIM_HAS_SCENARIOS
    for (PendingCases::Job &job : m_pending->jobs) {
        const PackedScenarios cases = job.cases.get();
        const Customer &c = m_customers.at(job.customerIndex);
        appendPacked(c.index, LogStream::SignIns, cases.signIns);
        appendPacked(c.index, LogStream::DirectoryAudits, cases.audits);
        for (const QJsonValue &l : cases.labels)
            m_detections.append(l);
        QJsonObject s = cases.settings;
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
    m_pending.reset();
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

void World::addDetectionLabels(const QJsonArray &labels)
{
    ensureCases();
    for (const QJsonValue &l : labels)
        m_detections.append(l);
}

void World::setCustomerSettings(const QString &customerTenantId, const QJsonObject &settings)
{
    ensureCases();
    m_settings.insert(customerTenantId, settings);
}

QJsonObject World::manifest() const
{
    ensureCases();
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
    ensureCases();
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
