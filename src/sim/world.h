#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace vigie::sim {

// Everything the generated world depends on. Same config => byte-identical world.
struct WorldConfig
{
    quint64 seed = 1;
    int customers = 40;             // 1 .. 2000
    qint64 signInsPerTenant = 3000; // background sign-ins per customer tenant over logDays
    int auditsPerWeekday = 4;       // background directory audits per customer per weekday
    int alertDays = 90;             // alerts and spend cover [now - alertDays, now)
    int logDays = 60;               // sign-ins and audits cover [now - logDays, now)
    // Labeled detection cases (scenarios.cpp) are injected into the first
    // `scenarioCustomers` premium customers when logDays >= kScenarioDays;
    // every customer gets the detection settings that keep its background
    // silent (manifest "settings").
    int scenarioCustomers = 3;
    QDateTime now; // end of the world (exclusive); invalid = today 00:00 UTC
};

// Days the injected detection cases need (baseline history + case slots).
inline constexpr int kScenarioDays = 60;

enum class LogStream
{
    SignIns,
    DirectoryAudits
};

struct Reseller
{
    QString id; // reseller tenant id (= alert valueAddedResellerTenantId)
    QString name;
    QString mpnId;
};

struct Customer
{
    int index = 0;
    QString id; // customer tenant id
    QString commerceId;
    QString companyName;
    QString domain;    // contosoNN.onmicrosoft.com
    QString b2cDomain; // contosoNNb2c.onmicrosoft.com (consumer UPNs)
    int resellerIndex = -1;
    bool premium = true; // Entra ID P1/P2: sign-in logs readable
    bool allowDelegatedAccess = true;
    QStringList admins; // background admin UPNs (approved, working hours)
    QString officeIp;   // background admins sign in from here
};

struct Entitlement
{
    QString id;             // Azure subscription id
    QString subscriptionId; // parent Partner Center Azure plan subscription id
    QString customerId;
    QString friendlyName;
    QString status = QStringLiteral("active");
    bool cancelled = false;
};

// A page of a per-tenant log stream, newest first.
struct LogCursor
{
    qint64 bulk = -1;  // exclusive upper bound in the lazily generated background
    qint64 extra = -1; // exclusive upper bound in the small sorted extra list
};

struct LogPage
{
    QList<QByteArray> items; // compact JSON text of each event
    std::optional<LogCursor> next;
    QList<QJsonObject> objects() const;
};

class World
{
public:
    explicit World(const WorldConfig &config);
    ~World();
    World(const World &) = delete;
    World &operator=(const World &) = delete;

    const WorldConfig &config() const { return m_cfg; }
    QDateTime now() const { return m_now; }
    QDateTime alertStart() const { return m_now.addDays(-m_cfg.alertDays); }
    QDateTime logStart() const { return m_now.addDays(-m_cfg.logDays); }

    // Partner (the CSP running Vigie).
    QString partnerTenantId() const { return m_partnerTenantId; }
    QString partnerDomain() const { return m_partnerDomain; }
    QString partnerName() const { return QStringLiteral("Fabrikam CSP"); }
    QString analystUpn() const { return QStringLiteral("analyst@") + m_partnerDomain; }
    QJsonObject organizationProfile() const;

    const QList<Customer> &customers() const { return m_customers; }
    const Customer *customer(const QString &idOrDomain) const;
    const QList<Reseller> &resellers() const { return m_resellers; }

    // Partner Center subscriptions (mutable: PATCH), per customer.
    QList<QJsonObject> *subscriptions(const QString &customerId);
    QJsonObject *subscription(const QString &customerId, const QString &subscriptionId);
    QList<Entitlement *> entitlements(const QString &subscriptionId);
    Entitlement *entitlement(const QString &entitlementId);
    const QList<Entitlement> &allEntitlements() const { return m_entitlements; }

    // Graph partner security alerts (mutable: PATCH).
    QList<QJsonObject> &alerts() { return m_alerts; }
    const QList<QJsonObject> &alerts() const { return m_alerts; }
    QJsonObject *alert(const QString &id);
    bool removeAlert(const QString &id);

    // Daily spend per Azure subscription (entitlement id): day offset from
    // alertStart() -> cost in EUR; absent days are NaN.
    const QVector<double> *spend(const QString &entitlementId) const;
    int spendDays() const { return m_cfg.alertDays; }

    // Per-tenant log streams = background (lazy) merged by time with a small
    // sorted list of extra events (background admins + injected cases).
    qint64 bulkCount() const { return m_cfg.signInsPerTenant; }
    qint64 bulkTimeMs(qint64 i) const;
    QJsonObject bulkSignIn(int customerIndex, qint64 i) const;
    QByteArray bulkSignInJson(int customerIndex, qint64 i) const;
    LogPage logPage(int customerIndex, LogStream stream, qint64 fromMs, qint64 toMs,
                    const std::optional<LogCursor> &cursor, int top) const;
    std::optional<QJsonObject> logEvent(int customerIndex, LogStream stream,
                                        const QString &id) const;
    qint64 logCount(int customerIndex, LogStream stream) const;

    // Hook for injected detection cases (scenarios.cpp): events are Graph
    // shaped signIn / directoryAudit objects with createdDateTime /
    // activityDateTime. Labels go to the manifest's "detections" array and
    // settings to its per-customer "settings" object.
    void addInjectedEvents(const QString &customerTenantId, LogStream stream,
                           const QList<QJsonObject> &events);
    // The same, already written as compact JSON (what scenarios.cpp hands
    // over): kept compressed, not as QJsonObject (a parsed sign-in costs
    // ~5 KB; the demo's 85,000 injected events held 400 MB that way).
    struct InjectedEvent
    {
        QString id;
        qint64 ms = 0;   // event time (createdDateTime / activityDateTime)
        QByteArray json; // compact JSON text, served as is
    };
    void addInjectedEvents(const QString &customerTenantId, LogStream stream,
                           const QList<InjectedEvent> &events);
    // Injected events as the world keeps them: zlib blocks of compact JSON
    // and, per event, its time, id and place. packEvents() needs no World,
    // so the cases of several customers are packed on other threads.
    struct PackedEvents
    {
        struct Entry
        {
            qint64 ms = 0;
            QString id;
            int block = 0; // index in blocks
            int slot = 0;  // line in that block
        };
        QList<QByteArray> blocks;
        QList<Entry> entries; // in the order given
    };
    static PackedEvents packEvents(const QList<InjectedEvent> &events,
                                   const std::atomic<bool> *cancel = nullptr);
    void addPackedEvents(const QString &customerTenantId, LogStream stream,
                         const PackedEvents &packed);
    void addDetectionLabels(const QJsonArray &labels);
    void setCustomerSettings(const QString &customerTenantId, const QJsonObject &settings);

    // Detection settings (detections.md §2) under which the customer's
    // background produces no finding: admins approved, FR/BE, 203.0.113.0/24,
    // working hours covering 08:00-15:00 UTC.
    QJsonObject backgroundSettings(int customerIndex) const;
    // Customers that carry injected detection cases.
    QStringList scenarioCustomerIds() const { return m_scenarioCustomers; }

    // Answer key.
    QJsonObject manifest() const;
    // Waits until the scenario customers' cases are built and merged (they
    // are built beside the server from the constructor on).
    void waitUntilBuilt() const { ensureCases(); }

    // Restores alerts, subscriptions and entitlements to the generated state
    // (injected events and labels are kept).
    void resetMutableState();

    // Canonical serialisation of the generated world (for determinism checks).
    QByteArray serialize(int signInSamplePerTenant = 500) const;

    // Timestamp with a fraction-digit variety (0-3 or 7 digits) picked by `h`.
    static QString wireTime(qint64 ms, quint64 h);
    static QString wireTime(const QDateTime &t, quint64 h)
    {
        return wireTime(t.toMSecsSinceEpoch(), h);
    }

private:
    struct Extra
    {
        qint64 ms = 0;
        QString id;
        int bgKind = -1; // 0 = admin sign-in, 1 = admin audit, -1 = injected (packed)
        quint64 key = 0; // background: generator key; injected: block << 16 | slot
    };
    // One packed block of injected events, unpacked for the length of a page
    // (a page walks the extras in time order, so consecutive events mostly
    // share a block).
    struct UnpackedBlock
    {
        qsizetype index = -1;
        QList<QByteArray> items;
    };

    void generate();
    void generateCustomers(quint64 &counter);
    void generateSubscriptions();
    void generateAlertsAndSpend();
    void generateBackgroundExtras();
    void injectDetectionCases();
    // The scenario customers' cases are built and packed on other threads
    // from the constructor on (a world of three scenario customers took
    // ~3 s to pack, before its port was served); the first reader of the
    // logs, the manifest or the settings waits for them and merges them,
    // in customer order: the world is the same bytes as when built inline.
    void ensureCases() const;
    void mergeCases() const;
    void appendPacked(int customerIndex, LogStream stream, const PackedEvents &packed) const;
    QJsonObject extraJson(int customerIndex, LogStream stream, const Extra &e) const;
    QByteArray extraText(int customerIndex, LogStream stream, const Extra &e,
                         UnpackedBlock &cache) const;
    QJsonObject adminSignIn(int customerIndex, const Extra &e) const;
    QJsonObject adminAudit(int customerIndex, const Extra &e) const;
    const QVector<Extra> &extras(int customerIndex, LogStream stream) const;
    qint64 bulkLowerBound(qint64 ms) const;
    static qint64 extraLowerBound(const QVector<Extra> &v, qint64 ms);
    QString bulkSignInId(int customerIndex, qint64 i) const;

    WorldConfig m_cfg;
    QDateTime m_now;
    qint64 m_logStartMs = 0;
    QString m_partnerTenantId;
    QString m_partnerDomain;
    QList<Reseller> m_resellers;
    QList<Customer> m_customers;
    QHash<QString, int> m_customerIndex; // lowercase id and domain -> index

    QHash<QString, QList<QJsonObject>> m_subs, m_subsPristine; // key: lowercase customer id
    QList<Entitlement> m_entitlements, m_entitlementsPristine;
    QHash<QString, int> m_entitlementIndex;
    QList<QJsonObject> m_alerts, m_alertsPristine;
    QHash<QString, QVector<double>> m_spend;
    QJsonArray m_spendAnomalies;

    QVector<qint64> m_dayPrefix; // bulk sign-ins: prefix count per log day
    // Mutable: completed once by ensureCases() (the cases built on other
    // threads), then only read.
    mutable QVector<QVector<Extra>> m_signInExtras, m_auditExtras;
    // Injected events: blocks of kPackBlock compact JSON texts joined by
    // '\n', zlib-compressed (similar events: ~10x smaller than the text).
    mutable QList<QByteArray> m_packedBlocks;
    mutable QJsonArray m_detections;
    QStringList m_scenarioCustomers;
    mutable QJsonObject m_settings;
    struct PendingCases; // the jobs building the cases, until merged
    mutable std::unique_ptr<PendingCases> m_pending;
    mutable std::once_flag m_casesMerged;
};

const char *streamName(LogStream s);

} // namespace vigie::sim
