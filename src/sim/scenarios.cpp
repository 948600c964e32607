#include "sim/scenarios.h"

#include "sim/datetime.h"
#include "sim/scenariogen.h"
#include "sim/world.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

// Labeled detection cases (detections.md §6 fire/decoy pairs, §7 injection
// guidance). Uses Qt Core only; the Graph v1.0 wire shape comes from
// scenariogen.h.

namespace vigie::sim {

namespace {

using scenario::Gen;
using scenario::kCpimAppId;

// The cases of generateScenarios(), one step per rule family. The steps run in
// a fixed order and share one Gen: the ids, times and random draws, hence the
// world of a seed, depend on that order; keep it when adding a case.
class CaseBuilder
{
public:
    // `pack`: each event is kept as compact JSON (takePacked()) with only its
    // id and time left in `event`, for the world's packed store
    // (a world of three scenario customers held ~85,000 QJsonObjects).
    CaseBuilder(quint64 seed, const QString &customerTenantId, const QDateTime &start,
                const QDateTime &end, bool pack = false)
        : m_pack(pack), g(seed, customerTenantId), m_tenant(customerTenantId), m_end(end),
          day0(start.toUTC().date(), QTime(0, 0), Qt::UTC),
          slotDay(nextWeekday(day0.date().addDays(18)))
    {}

    // Pack mode: the whole event of `id` as compact JSON (once; then empty).
    QByteArray takePacked(const QString &id) { return m_packed.take(id); }

    // `cancel` (a world destroyed before its cases were merged) stops
    // between steps; the partial set is then thrown away.
    ScenarioSet build(const std::atomic<bool> *cancel = nullptr)
    {
        m_cancel = cancel;
        using Step = void (CaseBuilder::*)();
        for (Step step : {
                 &CaseBuilder::settings,
                 &CaseBuilder::baselineSeries,            // C7, C9
                 &CaseBuilder::userCreationCases,         // C1, C2
                 &CaseBuilder::roleAssignmentCases,       // C3
                 &CaseBuilder::b2cFailureCases,           // C4, C5, C6, C8
                 &CaseBuilder::privilegedSignInCases,     // P1-P8 (P7: audits)
                 &CaseBuilder::privilegedChangeCases,     // P10-P13
                 &CaseBuilder::appCredentialAndRoleCases, // A1, A2
                 &CaseBuilder::permissionGrantCases,      // A3-A6
                 &CaseBuilder::legacyProtocolCases,       // A7
                 &CaseBuilder::appUpdateCases,            // A8-A12
                 &CaseBuilder::infrastructureCases,       // I1-I15
                 &CaseBuilder::workingHoursCases,         // P9
                 &CaseBuilder::sortByTime,
             }) {
            if (stopped())
                return {};
            (this->*step)();
        }
        return std::move(set);
    }

private:
    const bool m_pack;
    const std::atomic<bool> *m_cancel = nullptr;
    // Cancelled: every further event is skipped (not even generated), so a
    // world dropped early does not wait for the rest of its cases.
    bool stopped() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    QHash<QString, QByteArray> m_packed; // event id -> compact JSON (pack mode)
    Gen g;
    ScenarioSet set;
    QList<LabeledEvent> &out = set.events;
    const QTimeZone paris{QByteArrayLiteral("Europe/Paris")};
    const QString m_tenant;
    const QDateTime m_end;

    void addS(const QDateTime &t, const Gen::SignInSpec &s, const QString &rule, bool fire)
    {
        if (stopped())
            return;
        add(QStringLiteral("signIns"), QStringLiteral("createdDateTime"), g.signIn(t, s), rule,
            fire);
    }
    void addA(const QJsonObject &e, const QString &rule, bool fire)
    {
        add(QStringLiteral("directoryAudits"), QStringLiteral("activityDateTime"), e, rule, fire);
    }
    void add(const QString &stream, const QString &timeKey, const QJsonObject &e,
             const QString &rule, bool fire)
    {
        if (stopped())
            return;
        if (!m_pack) {
            out.append(LabeledEvent{stream, e, rule, fire});
            return;
        }
        QByteArray text = QJsonDocument(e).toJson(QJsonDocument::Compact);
        text.squeeze(); // toJson grows its buffer by doubling: a third is slack
        const QString id = e.value(u"id").toString();
        m_packed.insert(id, text);
        out.append(LabeledEvent{
            stream, QJsonObject{{QStringLiteral("id"), id}, {timeKey, e.value(timeKey)}}, rule,
            fire});
    }
    const QString dom = g.m_domain;
    QString acct(const char *n) const { return g.acct(QString::fromLatin1(n)); }
    const QString ops = acct("ops"), dev7 = acct("dev7"), secadmin = acct("secadmin"),
                  iefadmin = acct("iefadmin"), flowadmin = acct("flowadmin"),
                  apiadmin = acct("apiadmin"), idpadmin = acct("idpadmin"),
                  consentadmin = acct("consentadmin"), helpdesk2 = acct("helpdesk2"),
                  intern = acct("intern"), vip = acct("vip1");
    const QString ropcTestAppId = g.idOf(QStringLiteral("app:ROPC Test App"));

    const QDateTime day0;
    int consumerSeq = 0;
    QString consumer()
    {
        return QStringLiteral("c%1@%2")
            .arg(++consumerSeq)
            .arg(QStringLiteral("consumers.contoso.com"));
    }

    // ---- case slots: weekdays from day 18, local 08:00 + n × 75 min (8 per day) ----
    QDate slotDay;
    int slotIdx = 0;
    static QDate nextWeekday(QDate d)
    {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    }
    QDateTime slot(int n = 1)
    {
        if (slotIdx + n > 8) {
            slotDay = nextWeekday(slotDay.addDays(1));
            slotIdx = 0;
        }
        const QDateTime t =
            QDateTime(slotDay, QTime(8, 0), paris).addSecs(qint64(slotIdx) * 75 * 60);
        slotIdx += n;
        return t.toUTC();
    }
    static QDateTime min(const QDateTime &t, int m) { return t.addSecs(qint64(m) * 60); }

    static Gen::SignInSpec adminS(const QString &upn, int error)
    {
        Gen::SignInSpec s;
        s.upn = upn;
        s.app = QStringLiteral("Azure Portal");
        s.error = error;
        s.ip = QStringLiteral("203.0.113.9");
        return s;
    }
    Gen::SignInSpec b2cFail(int error, const QString &ip)
    {
        Gen::SignInSpec s;
        s.upn = consumer();
        s.error = error;
        s.ip = ip;
        return s;
    }

    // Shared by several families; set by the step that first needs them.
    Gen::Actor cpim;            // C1, C2
    QJsonArray roleGa, rolePra; // C3, A2
    QString syncApp;            // C3, A2
    QString payments;           // A1-A12
    QJsonObject appTarget(const QJsonArray &props = {}) const
    {
        return Gen::target(QStringLiteral("Application"), payments, QStringLiteral("Payments API"),
                           props);
    }

    // ---- settings (detections.md §2) ----
    void settings()
    {
        const QString &customerTenantId = m_tenant;
        QJsonArray priv{g.admin1, g.admin2, g.admin9, g.idOf(g.admin1)};
        set.settings = QJsonObject{
            {QStringLiteral("customerId"), customerTenantId},
            {QStringLiteral("tenantId"), customerTenantId},
            {QStringLiteral("privilegedAccounts"), priv},
            {QStringLiteral("vipAccounts"), QJsonArray{vip}},
            {QStringLiteral("approvedActors"),
             QJsonObject{
                 {QStringLiteral("accountAdmins"), QJsonArray{QStringLiteral("migration-app")}},
                 {QStringLiteral("conditionalAccess"), QJsonArray{secadmin}},
                 {QStringLiteral("customPolicies"), QJsonArray{iefadmin}},
                 {QStringLiteral("userFlows"), QJsonArray{flowadmin}},
                 {QStringLiteral("apiConnectors"), QJsonArray{apiadmin}},
                 {QStringLiteral("identityProviders"), QJsonArray{idpadmin}},
                 {QStringLiteral("appCredentials"), QJsonArray{QStringLiteral("pipeline-sp")}},
                 {QStringLiteral("appOwners"), QJsonArray{QStringLiteral("iam-bot")}},
                 {QStringLiteral("consentAdmins"), QJsonArray{consentadmin}}}},
            {QStringLiteral("approvedCountries"),
             QJsonArray{QStringLiteral("FR"), QStringLiteral("BE")}},
            {QStringLiteral("approvedCities"), QJsonArray{}},
            {QStringLiteral("approvedCidrs"),
             QJsonArray{QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:db8::/32"),
                        QStringLiteral("192.0.2.77/32")}},
            {QStringLiteral("approvedDevices"),
             QJsonObject{{QStringLiteral("browsers"),
                          QJsonArray{QStringLiteral("Edge*"), QStringLiteral("Chrome*")}},
                         {QStringLiteral("operatingSystems"),
                          QJsonArray{QStringLiteral("Windows*"), QStringLiteral("MacOs*")}}}},
            {QStringLiteral("approvedApps"),
             QJsonObject{{QStringLiteral("ropc"), QJsonArray{ropcTestAppId}}}},
            {QStringLiteral("b2cSignInApps"), QJsonArray{}},
            {QStringLiteral("ownedDomains"),
             QJsonArray{dom, QStringLiteral("contoso.b2clogin.com")}},
            {QStringLiteral("privilegedGroups"), QJsonArray{}},
            {QStringLiteral("workingHours"),
             QJsonObject{
                 {QStringLiteral("timeZone"), QStringLiteral("Europe/Paris")},
                 {QStringLiteral("days"),
                  QJsonArray{QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"),
                             QStringLiteral("Thu"), QStringLiteral("Fri")}},
                 {QStringLiteral("start"), QStringLiteral("07:30")},
                 {QStringLiteral("end"), QStringLiteral("19:30")},
                 {QStringLiteral("perAccount"), QJsonObject{}}}},
            {QStringLiteral("thresholds"), QJsonObject{}},
            {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("baselineWindows"), 7},
                                                     {QStringLiteral("percent"), 10},
                                                     {QStringLiteral("minVolume"), 100}}},
            {QStringLiteral("disabledRules"), QJsonArray{}},
        };
    }

    // ---- baseline-delta series (C7 failures, C9 successes), days 0..16 ----
    void series(const QString &rule, int error, const QList<int> &days, int fireDay,
                const QList<int> &decoyDays)
    {
        for (qsizetype d = 0; d < days.size(); ++d) {
            const int n = days[d];
            const QDateTime dayStart = day0.addDays(d);
            for (int i = 0; i < n; ++i) {
                Gen::SignInSpec s;
                s.upn = consumer();
                s.error = error;
                s.ip = QStringLiteral("10.%1.%2.%3")
                           .arg(g.uniform(250))
                           .arg(g.uniform(250))
                           .arg(1 + g.uniform(250));
                const QDateTime t = dayStart.addMSecs(qint64(i) * 86'000'000 / n + 1000);
                const bool last = i == n - 1;
                QString label;
                bool fire = false;
                if (last && d == fireDay) {
                    label = rule;
                    fire = true;
                } else if (last && decoyDays.contains(int(d))) {
                    label = rule;
                }
                addS(t, s, label, fire);
            }
        }
    }
    int jitter(int base) { return base + (g.uniform(61) - 30) * base / 1000; } // ±3 %
    void baselineSeries()
    {
        QList<int> c7, c9;
        for (int d = 0; d < 7; ++d)
            c7 << jitter(1000);
        c7 << 1155 << 1045; // fire (+15.5 %), decoy (+4.5 %)
        for (int d = 0; d < 7; ++d)
            c7 << 40;
        c7 << 60; // small tenant: +50 % but < minVolume
        for (int d = 0; d < 7; ++d)
            c9 << jitter(2000);
        c9 << 2310 << 2090;
        for (int d = 0; d < 7; ++d)
            c9 << 40;
        c9 << 60;
        series(QStringLiteral("C7"), 50055, c7, 7, {8, 16});
        series(QStringLiteral("C9"), 0, c9, 7, {8, 16});
    }

    void userCreationCases()
    {
        const QString C1 = QStringLiteral("C1");
        cpim = g.app(QStringLiteral("CPIM Service"), kCpimAppId);
        // C1 fire: 120 "Add user" by CPIM in 50 minutes.
        {
            const QDateTime t0 = slot();
            for (int i = 0; i < 120; ++i)
                addA(g.audit(t0.addSecs(i * 25), QStringLiteral("Add user"), cpim,
                             {g.userTarget(consumer())}, true, QStringLiteral("success"),
                             QStringLiteral("UserManagement")),
                     C1, true);
            const QDateTime t1 = slot();
            for (int i = 0; i < 99; ++i)
                addA(g.audit(t1.addSecs(i * 30), QStringLiteral("Add user"), cpim,
                             {g.userTarget(consumer())}, true, QStringLiteral("success"),
                             QStringLiteral("UserManagement")),
                     C1, false);
            const QDateTime t2 = slot(3);
            for (int i = 0; i < 120; ++i)
                addA(g.audit(t2.addSecs(i * 90), QStringLiteral("Add user"), cpim,
                             {g.userTarget(consumer())}, true, QStringLiteral("success"),
                             QStringLiteral("UserManagement")),
                     C1, false);
            const QDateTime t3 = slot();
            for (int i = 0; i < 120; ++i)
                addA(g.audit(t3.addSecs(i * 25), QStringLiteral("Update user"), cpim,
                             {g.userTarget(consumer())}, true, QStringLiteral("success"),
                             QStringLiteral("UserManagement")),
                     C1, false);
        }
        // C2
        addA(
            g.audit(slot(), QStringLiteral("Add user"), g.user(intern), {g.userTarget(consumer())}),
            QStringLiteral("C2"), true);
        addA(g.audit(slot(), QStringLiteral("Add user"), g.app(QStringLiteral("migration-app")),
                     {g.userTarget(consumer())}),
             QStringLiteral("C2"), false);
        addA(g.audit(slot(), QStringLiteral("Add user"), cpim, {g.userTarget(consumer())}, true),
             QStringLiteral("C2"), false);
    }

    void roleAssignmentCases()
    {
        // C3
        roleGa = QJsonArray{Gen::prop(QStringLiteral("Role.DisplayName"), QStringLiteral("\"\""),
                                      QStringLiteral("\"Global Administrator\""))};
        rolePra = QJsonArray{Gen::prop(QStringLiteral("Role.DisplayName"), QStringLiteral("\"\""),
                                       QStringLiteral("\"Privileged Role Administrator\""))};
        syncApp = g.idOf(QStringLiteral("sp:sync-app"));
        addA(g.audit(slot(), QStringLiteral("Add member to role"), g.user(ops),
                     {g.userTarget(acct("newhire"), roleGa)}, false, QStringLiteral("success"),
                     QStringLiteral("RoleManagement")),
             QStringLiteral("C3"), true);
        addA(g.audit(slot(), QStringLiteral("Add member to role"), g.user(ops),
                     {Gen::target(QStringLiteral("ServicePrincipal"), syncApp,
                                  QStringLiteral("sync-app"), rolePra)},
                     false, QStringLiteral("success"), QStringLiteral("RoleManagement")),
             QStringLiteral("C3"), false); // A2 fires on it
        addA(g.audit(slot(), QStringLiteral("Remove member from role"), g.user(ops),
                     {g.userTarget(acct("newhire"), roleGa)}, false, QStringLiteral("success"),
                     QStringLiteral("RoleManagement")),
             QStringLiteral("C3"), false);
    }

    void b2cFailureCases()
    {
        // C4
        {
            const QDateTime t = slot();
            for (int i = 0; i < 12; ++i) {
                Gen::SignInSpec s = b2cFail(50126, QStringLiteral("198.51.100.7"));
                s.upn = QStringLiteral("victim%1@consumers.contoso.com").arg(i % 8);
                addS(t.addSecs(i * 50), s, QStringLiteral("C4"), true);
            }
            const QDateTime t1 = slot();
            for (int i = 0; i < 9; ++i)
                addS(t1.addSecs(i * 90), b2cFail(50126, QStringLiteral("198.51.100.8")),
                     QStringLiteral("C4"), false);
            const QDateTime t2 = slot();
            for (int i = 0; i < 12; ++i) {
                Gen::SignInSpec s = b2cFail(50126, QStringLiteral("198.51.100.9"));
                s.app = QStringLiteral("Contoso Portal");
                addS(t2.addSecs(i * 50), s, QStringLiteral("C4"), false);
            }
            const QDateTime t3 = slot();
            for (int i = 0; i < 12; ++i)
                addS(t3.addSecs(i * 50), b2cFail(50053, QStringLiteral("198.51.100.10")),
                     QStringLiteral("C4"), false); // C5 fires on these
        }
        // C5
        {
            const QDateTime t = slot();
            for (int i = 0; i < 6; ++i)
                addS(t.addSecs(i * 400),
                     b2cFail(50053, QStringLiteral("198.51.100.%1").arg(20 + i)),
                     QStringLiteral("C5"), true);
            const QDateTime t1 = slot();
            for (int i = 0; i < 4; ++i)
                addS(t1.addSecs(i * 800),
                     b2cFail(50053, QStringLiteral("198.51.100.%1").arg(30 + i)),
                     QStringLiteral("C5"), false);
            const QDateTime t2 = slot();
            for (int i = 0; i < 6; ++i) {
                Gen::SignInSpec s = b2cFail(50053, QStringLiteral("198.51.100.%1").arg(40 + i));
                s.app = QStringLiteral("Contoso Portal");
                addS(t2.addSecs(i * 400), s, QStringLiteral("C5"), false);
            }
        }
        // C6 (+ IPv6 and /32 edges with an empty country)
        {
            Gen::SignInSpec s = b2cFail(50126, QStringLiteral("175.45.176.3"));
            s.country = QStringLiteral("KP");
            s.city = QStringLiteral("Pyongyang");
            addS(slot(), s, QStringLiteral("C6"), true);
            addS(slot(), b2cFail(50126, QStringLiteral("198.51.100.61")), QStringLiteral("C6"),
                 false);
            Gen::SignInSpec ok = s;
            ok.error = 0;
            ok.ip = QStringLiteral("175.45.176.4");
            addS(slot(), ok, QStringLiteral("C6"), false);
            Gen::SignInSpec v6 = b2cFail(50126, QStringLiteral("2001:db8:abcd::5"));
            v6.country = QString();
            addS(slot(), v6, QStringLiteral("C6"), false);
            Gen::SignInSpec v6b = b2cFail(50126, QStringLiteral("2001:db9::1"));
            v6b.country = QString();
            addS(slot(), v6b, QStringLiteral("C6"), true);
            Gen::SignInSpec e32 = b2cFail(50126, QStringLiteral("192.0.2.77"));
            e32.country = QString();
            addS(slot(), e32, QStringLiteral("C6"), false);
            Gen::SignInSpec e33 = b2cFail(50126, QStringLiteral("192.0.2.78"));
            e33.country = QString();
            addS(slot(), e33, QStringLiteral("C6"), true);
        }
        // C8
        {
            Gen::SignInSpec s = b2cFail(50057, QStringLiteral("198.51.100.70"));
            s.upn = QStringLiteral("u123@consumers.contoso.com");
            addS(slot(), s, QStringLiteral("C8"), true);
            addS(slot(), adminS(g.admin9, 50057), QStringLiteral("C8"), false); // P5 instead
            s.error = 50126;
            s.ip = QStringLiteral("198.51.100.71");
            addS(slot(), s, QStringLiteral("C8"), false);
        }
    }

    void privilegedSignInCases()
    {
        // P1
        {
            const QDateTime t = slot();
            for (int i = 0; i < 3; ++i)
                addS(min(t, i * 10), adminS(g.admin1, 50126), QStringLiteral("P1"), true);
            const QDateTime t1 = slot();
            addS(t1, adminS(g.admin1, 50126), QStringLiteral("P1"), false);
            addS(min(t1, 55), adminS(g.admin1, 50126), QStringLiteral("P1"), false);
            const QDateTime t2 = slot();
            const QString c = QStringLiteral("u555@consumers.contoso.com");
            for (int i = 0; i < 5; ++i) {
                Gen::SignInSpec s = b2cFail(50126, QStringLiteral("198.51.100.80"));
                s.upn = c;
                addS(min(t2, i * 5), s, QStringLiteral("P1"), false);
            }
        }
        // P2
        addS(slot(), adminS(g.admin1, 53003), QStringLiteral("P2"), true);
        addS(slot(), b2cFail(53003, QStringLiteral("198.51.100.81")), QStringLiteral("P2"), false);
        addS(slot(), adminS(g.admin1, 530032), QStringLiteral("P2"), false);
        // P3 (+ escalation: 3 in the bucket -> high)
        addS(slot(), adminS(g.admin1, 500121), QStringLiteral("P3"), true);
        addS(slot(), adminS(g.admin1, 50074), QStringLiteral("P3"), false);
        addS(slot(), adminS(g.admin1, 50076), QStringLiteral("P3"), false);
        {
            const QDateTime t = slot();
            for (int i = 0; i < 3; ++i)
                addS(min(t, i * 5), adminS(g.admin2, 500121), QStringLiteral("P3"), true);
        }
        // P4
        addS(slot(), adminS(g.admin1, 50053), QStringLiteral("P4"), true);
        addS(slot(), b2cFail(50053, QStringLiteral("198.51.100.82")), QStringLiteral("P4"), false);
        addS(slot(), adminS(g.admin1, 50126), QStringLiteral("P4"), false);
        // P5
        addS(slot(), adminS(g.admin9, 50057), QStringLiteral("P5"), true);
        {
            Gen::SignInSpec s = b2cFail(50057, QStringLiteral("198.51.100.83"));
            addS(slot(), s, QStringLiteral("P5"), false);
        }
        // P6
        {
            Gen::SignInSpec s = adminS(acct("jdoe"), 500121);
            s.additionalDetails = QStringLiteral("MFA denied; fraud code entered");
            addS(slot(), s, QStringLiteral("P6"), true);
            s.additionalDetails = QStringLiteral("MFA denied; user declined the authentication");
            addS(slot(), s, QStringLiteral("P6"), false);
        }
        // P7
        addA(g.audit(slot(), QStringLiteral("Fraud reported - user is blocked for MFA"),
                     g.user(g.admin1), {g.userTarget(g.admin1)}, false, QStringLiteral("success"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P7"), true);
        addA(g.audit(slot(), QStringLiteral("Suspicious activity reported"), g.user(g.admin1),
                     {g.userTarget(g.admin1)}, false, QStringLiteral("success"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P7"), false);
        addA(g.audit(slot(), QStringLiteral("User registered security info"),
                     g.user(acct("staff4")), {g.userTarget(acct("staff4"))}, false,
                     QStringLiteral("success"), QStringLiteral("UserManagement")),
             QStringLiteral("P7"), false);
        // P8
        {
            Gen::SignInSpec s = adminS(g.admin1, 0);
            s.ip = QStringLiteral("192.0.2.50");
            addS(slot(), s, QStringLiteral("P8"), true);
            addS(slot(), adminS(g.admin1, 0), QStringLiteral("P8"), false);
            Gen::SignInSpec c;
            c.upn = consumer();
            c.ip = QStringLiteral("192.0.2.50");
            addS(slot(), c, QStringLiteral("P8"), false);
        }
    }

    void privilegedChangeCases()
    {
        // P10
        addA(g.audit(slot(), QStringLiteral("Reset password (by admin)"), g.user(helpdesk2),
                     {g.userTarget(g.admin1)}, false, QStringLiteral("failure"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P10"), true);
        addA(g.audit(slot(), QStringLiteral("Reset password (by admin)"), g.user(helpdesk2),
                     {g.userTarget(QStringLiteral("u123@consumers.contoso.com"))}, false,
                     QStringLiteral("failure"), QStringLiteral("UserManagement")),
             QStringLiteral("P10"), false);
        addA(g.audit(slot(), QStringLiteral("Update user"), g.user(helpdesk2),
                     {g.userTarget(g.admin1)}, false, QStringLiteral("success"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P10"), false);
        // P11
        addA(g.audit(slot(), QStringLiteral("Admin registered security info"), g.user(helpdesk2),
                     {g.userTarget(g.admin1)}, false, QStringLiteral("success"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P11"), true);
        addA(g.audit(slot(), QStringLiteral("Admin registered security info"), g.user(helpdesk2),
                     {g.userTarget(acct("staff5"))}, false, QStringLiteral("success"),
                     QStringLiteral("UserManagement")),
             QStringLiteral("P11"), false);
        const QJsonObject idpTarget =
            Gen::target(QStringLiteral("Other"), g.idOf(QStringLiteral("idp:google")),
                        QStringLiteral("Google"));
        addA(g.audit(slot(), QStringLiteral("Create identity provider"), g.user(idpadmin),
                     {idpTarget}, true),
             QStringLiteral("P11"), false);
        // P12 / P13 / I13-I15 (identity providers)
        addA(g.audit(slot(), QStringLiteral("Update Identity Provider"), g.user(g.admin2),
                     {idpTarget}, true),
             QStringLiteral("P12"), true);
        addA(g.audit(slot(), QStringLiteral("Update identity provider"), g.user(idpadmin),
                     {idpTarget}, true),
             QStringLiteral("P12"), false);
        addA(g.audit(slot(), QStringLiteral("Update identity provider"), g.user(ops), {idpTarget},
                     true),
             QStringLiteral("P12"), false);
        addA(g.audit(slot(), QStringLiteral("Delete identity provider"), g.user(g.admin2),
                     {idpTarget}, true),
             QStringLiteral("P13"), true);
        addA(g.audit(slot(), QStringLiteral("Delete identity provider"), g.user(idpadmin),
                     {idpTarget}, true),
             QStringLiteral("P13"), false);
        addA(g.audit(slot(), QStringLiteral("Get identity providers"), g.user(g.admin2),
                     {idpTarget}, true),
             QStringLiteral("P13"), false);
    }

    // ---- applications ----
    void appCredentialAndRoleCases()
    {
        payments = g.idOf(QStringLiteral("app:Payments API"));
        const QDateTime lateSlot = slot();
        // A1 fire: en dash + trailing space name form, 23:40 local.
        addA(g.audit(QDateTime(lateSlot.toTimeZone(paris).date(), QTime(23, 40), paris).toUTC(),
                     QString::fromUtf8(
                         "Update application \u2013 Certificates and secrets management "),
                     g.user(dev7),
                     {appTarget({Gen::prop(
                         QStringLiteral("KeyDescription"), QStringLiteral("[]"),
                         QStringLiteral("[\"[KeyIdentifier=1, KeyType=Password]\"]"))})}),
             QStringLiteral("A1"), true);
        addA(g.audit(slot(), QStringLiteral("Add service principal credentials"),
                     g.app(QStringLiteral("pipeline-sp")), {appTarget()}),
             QStringLiteral("A1"), false);
        addA(g.audit(slot(), QStringLiteral("Update application"), g.user(dev7),
                     {appTarget(
                         {Gen::prop(QStringLiteral("DisplayName"), QStringLiteral("[\"Payments\"]"),
                                    QStringLiteral("[\"Payments API\"]"))})}),
             QStringLiteral("A1"), false);
        // A2
        addA(g.audit(slot(), QStringLiteral("Add member to role"), g.user(ops),
                     {Gen::target(QStringLiteral("ServicePrincipal"), syncApp,
                                  QStringLiteral("sync-app"), rolePra)},
                     false, QStringLiteral("success"), QStringLiteral("RoleManagement")),
             QStringLiteral("A2"), true);
        addA(g.audit(slot(), QStringLiteral("Add member to role"), g.user(ops),
                     {g.userTarget(acct("newhire2"), roleGa)}, false, QStringLiteral("success"),
                     QStringLiteral("RoleManagement")),
             QStringLiteral("A2"), false);
        addA(g.audit(slot(), QStringLiteral("Remove member from role"), g.user(ops),
                     {Gen::target(QStringLiteral("ServicePrincipal"), syncApp,
                                  QStringLiteral("sync-app"), rolePra)},
                     false, QStringLiteral("success"), QStringLiteral("RoleManagement")),
             QStringLiteral("A2"), false);
    }

    void permissionGrantCases()
    {
        // A3 / A5 / A6 (grants)
        const QString clientSp = g.idOf(QStringLiteral("sp:Contoso Reports"));
        auto grant = [&](const QString &scope, const QString &consentType,
                         const QString &resource) {
            return QJsonArray{
                Gen::target(QStringLiteral("ServicePrincipal"), clientSp,
                            QStringLiteral("Contoso Reports"),
                            {Gen::prop(QStringLiteral("DelegatedPermissionGrant.Scope"),
                                       QStringLiteral("\"\""),
                                       QStringLiteral("\"") + scope + QStringLiteral("\"")),
                             Gen::prop(QStringLiteral("DelegatedPermissionGrant.ConsentType"),
                                       QStringLiteral("\"\""),
                                       QStringLiteral("\"") + consentType + QStringLiteral("\""))}),
                Gen::target(QStringLiteral("ServicePrincipal"),
                            g.idOf(QStringLiteral("sp:") + resource), resource)};
        };
        const QString graph = QStringLiteral("Microsoft Graph");
        addA(g.audit(slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                     grant(QStringLiteral(" User.Read Directory.ReadWrite.All"),
                           QStringLiteral("Principal"), graph)),
             QStringLiteral("A3"), true);
        addA(g.audit(slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                     grant(QStringLiteral(" User.Read openid profile offline_access"),
                           QStringLiteral("Principal"), QStringLiteral("Contoso Orders API"))),
             QStringLiteral("A3"), false);
        addA(g.audit(slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                     grant(QStringLiteral("User.Read"), QStringLiteral("Principal"), graph)),
             QStringLiteral("A5"), true);
        addA(g.audit(slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                     grant(QStringLiteral("User.Read"), QStringLiteral("Principal"),
                           QStringLiteral("Contoso Orders API"))),
             QStringLiteral("A5"), false);
        addA(g.audit(
                 slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                 grant(QStringLiteral("Mail.ReadWrite"), QStringLiteral("AllPrincipals"), graph)),
             QStringLiteral("A6"), true);
        addA(g.audit(slot(), QStringLiteral("Add delegated permission grant"), g.user(ops),
                     grant(QStringLiteral("Mail.ReadWrite"), QStringLiteral("Principal"), graph)),
             QStringLiteral("A6"), false); // A3 fires on it
        // A4
        auto consent = [&](const QString &isAdmin) {
            return QJsonArray{Gen::target(
                QStringLiteral("ServicePrincipal"), clientSp, QStringLiteral("Contoso Reports"),
                {Gen::prop(QStringLiteral("ConsentContext.IsAdminConsent"), QString(),
                           QStringLiteral("\"") + isAdmin + QStringLiteral("\"")),
                 Gen::prop(QStringLiteral("ConsentAction.Permissions"), QString(),
                           QStringLiteral("\"\""))})};
        };
        addA(g.audit(slot(), QStringLiteral("Consent to application"), g.user(acct("appadmin3")),
                     consent(QStringLiteral("True"))),
             QStringLiteral("A4"), true);
        addA(g.audit(slot(), QStringLiteral("Consent to application"), g.user(acct("appadmin3")),
                     consent(QStringLiteral("False"))),
             QStringLiteral("A4"), false);
        addA(g.audit(slot(), QStringLiteral("Consent to application"), g.user(consentadmin),
                     consent(QStringLiteral("True"))),
             QStringLiteral("A4"), false);
    }

    void legacyProtocolCases()
    {
        // A7 (beta authenticationProtocol)
        {
            Gen::SignInSpec s;
            s.upn = acct("kiosk1");
            s.app = QStringLiteral("Legacy Kiosk");
            s.protocol = QStringLiteral("ropc");
            addS(slot(), s, QStringLiteral("A7"), true);
            s.protocol = QStringLiteral("oAuth2");
            addS(slot(), s, QStringLiteral("A7"), false);
            s.app = QStringLiteral("ROPC Test App");
            s.appId = ropcTestAppId;
            s.protocol = QStringLiteral("ropc");
            addS(slot(), s, QStringLiteral("A7"), false);
        }
    }

    void appUpdateCases()
    {
        // A8 / A9 / A10 / A12 (application updates)
        auto addr = [&](const QStringList &oldUrls, const QStringList &newUrls) {
            auto enc = [](const QStringList &urls) {
                QStringList parts;
                for (const QString &u : urls)
                    parts
                        << QStringLiteral(
                               "{\"AddressType\":0,\"Address\":\"%1\",\"ReplyAddressClientType\":1,"
                               "\"ReplyAddressIndex\":null,\"IsReplyAddressDefault\":false}")
                               .arg(u);
                return QStringLiteral("[") + parts.join(u',') + QStringLiteral("]");
            };
            return Gen::prop(QStringLiteral("AppAddress"), enc(oldUrls), enc(newUrls));
        };
        const QString base = QStringLiteral("https://app.contoso.com/");
        auto upd = [&](const QJsonObject &p) {
            return g.audit(slot(), QStringLiteral("Update application"), g.user(dev7),
                           {appTarget({p})});
        };
        addA(upd(addr({base}, {base, QStringLiteral("https://contoso-old.azurewebsites.net/cb")})),
             QStringLiteral("A8"), true);
        addA(upd(addr({base}, {base, QStringLiteral("https://login.contoso.com/cb")})),
             QStringLiteral("A8"), false);
        addA(upd(addr({QStringLiteral("https://contoso-old.azurewebsites.net/cb")},
                      {QStringLiteral("https://contoso-old.azurewebsites.net/cb")})),
             QStringLiteral("A8"), false);
        addA(upd(addr({base}, {base, QStringLiteral("http://app.contoso.com/cb")})),
             QStringLiteral("A9"), true);
        addA(upd(addr({base}, {base, QStringLiteral("https://*.contoso.com/cb")})),
             QStringLiteral("A9"), true);
        addA(upd(addr({base}, {base, QStringLiteral("https://app.contoso.com/cb")})),
             QStringLiteral("A9"), false);
        addA(upd(addr({base}, {base, QStringLiteral("http://localhost:5000/cb")})),
             QStringLiteral("A9"), false);
        addA(upd(Gen::prop(QStringLiteral("AppIdentifierUri"), QStringLiteral("[\"api://orders\"]"),
                           QStringLiteral("[\"api://orders2\"]"))),
             QStringLiteral("A10"), true);
        addA(upd(Gen::prop(QStringLiteral("AppLogoUrl"), QStringLiteral("\"\""),
                           QStringLiteral("\"https://app.contoso.com/logo.png\""))),
             QStringLiteral("A10"), false);
        // A11
        addA(g.audit(slot(), QStringLiteral("Add owner to application"), g.user(dev7),
                     {appTarget(), g.userTarget(acct("dev8"))}),
             QStringLiteral("A11"), true);
        addA(g.audit(slot(), QStringLiteral("Add owner to application"),
                     g.app(QStringLiteral("iam-bot")), {appTarget(), g.userTarget(acct("dev8"))}),
             QStringLiteral("A11"), false);
        addA(g.audit(slot(), QStringLiteral("Remove owner from application"), g.user(dev7),
                     {appTarget(), g.userTarget(acct("dev8"))}),
             QStringLiteral("A11"), false);
        // A12 (P1D window: next cases go to other days anyway; subjects differ)
        addA(upd(Gen::prop(QStringLiteral("LogoutUrl"),
                           QStringLiteral("\"https://app.contoso.com/logout\""),
                           QStringLiteral("\"\""))),
             QStringLiteral("A12"), true);
        {
            const QString other = g.idOf(QStringLiteral("app:Other App"));
            addA(g.audit(slot(), QStringLiteral("Update application"), g.user(dev7),
                         {Gen::target(
                             QStringLiteral("Application"), other, QStringLiteral("Other App"),
                             {addr({base}, {base, QStringLiteral("https://app.contoso.com/x")})})}),
                 QStringLiteral("A12"), false);
        }
    }

    // ---- infrastructure I1..I15 ----
    void infrastructureCases()
    {
        auto infra = [&](const QString &rule, const QString &activity, const QString &badActor,
                         const QString &decoyActivity, const QString &decoyActor, bool b2c,
                         const QString &category) {
            const QJsonObject tgt =
                Gen::target(QStringLiteral("Policy"), g.idOf(rule + QStringLiteral(":obj")),
                            QStringLiteral("B2C_1A_signup_signin"));
            addA(g.audit(slot(), activity, g.user(badActor), {tgt}, b2c, QStringLiteral("success"),
                         category),
                 rule, true);
            addA(g.audit(slot(), decoyActivity, g.user(decoyActor), {tgt}, b2c,
                         QStringLiteral("success"), category),
                 rule, false);
            addA(g.audit(slot(), activity, g.user(badActor), {tgt}, b2c, QStringLiteral("failure"),
                         category),
                 rule, false);
        };
        const QString pol = QStringLiteral("Policy"), rm = QStringLiteral("ResourceManagement");
        infra(QStringLiteral("I1"), QStringLiteral("Add conditional access policy"), ops,
              QStringLiteral("Add Conditional Access policy"), secadmin, false, pol);
        infra(QStringLiteral("I2"), QStringLiteral("Delete conditional access policy"), ops,
              QStringLiteral("Delete named location"), ops, false, pol);
        infra(QStringLiteral("I3"), QStringLiteral("Update conditional access policy"), ops,
              QStringLiteral("Update named location"), ops, false, pol);
        infra(QStringLiteral("I4"), QStringLiteral("Create custom policy"), dev7,
              QStringLiteral("Create custom policy"), iefadmin, true, rm);
        infra(QStringLiteral("I5"), QStringLiteral("Update custom policy"), dev7,
              QStringLiteral("Get custom policies"), dev7, true, rm);
        infra(QStringLiteral("I6"), QStringLiteral("Delete custom policy"), dev7,
              QStringLiteral("Get custom policy"), dev7, true, rm);
        infra(QStringLiteral("I7"), QStringLiteral("Create user flow"), dev7,
              QStringLiteral("Create user flow"), flowadmin, true, rm);
        infra(QStringLiteral("I8"), QStringLiteral("Update user flow"), dev7,
              QStringLiteral("Get user flows"), dev7, true, rm);
        infra(QStringLiteral("I9"), QStringLiteral("Delete user flow"), dev7,
              QStringLiteral("Delete user flow"), flowadmin, true, rm);
        infra(QStringLiteral("I10"), QStringLiteral("Create Api connector"), dev7,
              QStringLiteral("Create Api connector"), apiadmin, true, rm);
        infra(QStringLiteral("I11"), QStringLiteral("Update Api connector"), dev7,
              QStringLiteral("Get Api connectors"), dev7, true, rm);
        infra(QStringLiteral("I12"), QStringLiteral("Delete API connector"), dev7,
              QStringLiteral("Update Api connector"), apiadmin, true, rm);
        infra(QStringLiteral("I13"), QStringLiteral("Create Identity Provider"), dev7,
              QStringLiteral("Create identity provider"), idpadmin, true, rm);
        infra(QStringLiteral("I14"), QStringLiteral("Update identity provider"), ops,
              QStringLiteral("Update identity provider"), g.admin2, true, rm);
        infra(QStringLiteral("I15"), QStringLiteral("Delete identity provider"), ops,
              QStringLiteral("Delete identity provider"), g.admin2, true, rm);
    }

    // ---- P9: working hours across a DST change and midnight ----
    void workingHoursCases()
    {
        const QDateTime &end = m_end;
        {
            QDate after = slotDay.addDays(1);
            const QDateTime from(after, QTime(0, 0), Qt::UTC);
            const QTimeZone::OffsetData tr = paris.nextTransition(from);
            QDate dstDay = after;
            if (tr.atUtc.isValid() && (!end.isValid() || tr.atUtc < end.addDays(30)))
                dstDay = tr.atUtc.date();
            QDate sat = dstDay;
            while (sat.dayOfWeek() != 6)
                sat = sat.addDays(-1);
            if (sat < after)
                sat = sat.addDays(7);
            QDate mon = sat.addDays(2);
            addS(QDateTime(sat, QTime(3, 10), paris).toUTC(), adminS(g.admin1, 0),
                 QStringLiteral("P9"), true);
            addS(QDateTime(mon, QTime(8, 0), paris).toUTC(), adminS(g.admin1, 0),
                 QStringLiteral("P9"), false);
            addS(QDateTime(sat, QTime(3, 10), paris).toUTC().addSecs(3 * 3600),
                 adminS(g.admin1, 50074), QStringLiteral("P9"), false);
            // Friday 23:50 local is Friday in UTC too, but Saturday 00:20 local is Friday in UTC.
            addS(QDateTime(mon.addDays(4), QTime(23, 50), paris).toUTC(), adminS(g.admin2, 0),
                 QStringLiteral("P9"), true);
            addS(QDateTime(mon.addDays(4), QTime(19, 10), paris).toUTC(), adminS(g.admin2, 0),
                 QStringLiteral("P9"), false);
        }
    }

    void sortByTime()
    {
        std::stable_sort(out.begin(), out.end(), [](const LabeledEvent &a, const LabeledEvent &b) {
            auto time = [](const LabeledEvent &e) {
                return e.event
                    .value(e.stream == u"signIns" ? u"createdDateTime" : u"activityDateTime")
                    .toString();
            };
            return time(a) < time(b);
        });
    }
};

} // namespace

ScenarioSet generateScenarios(quint64 seed, const QString &customerTenantId, const QDateTime &start,
                              const QDateTime &end)
{
    return CaseBuilder(seed, customerTenantId, start, end).build();
}

PackedScenarios packScenarios(quint64 seed, const QString &customerTenantId, const QDateTime &start,
                              const QDateTime &end, const std::atomic<bool> *cancel)
{
    CaseBuilder builder(seed, customerTenantId, start, end, /*pack=*/true);
    const ScenarioSet set = builder.build(cancel);
    QList<World::InjectedEvent> signIns, audits;
    PackedScenarios out;
    for (const LabeledEvent &e : set.events) {
        const bool signIn = e.stream == u"signIns";
        const QString time =
            e.event.value(signIn ? u"createdDateTime" : u"activityDateTime").toString();
        const QString id = e.event.value(u"id").toString();
        (signIn ? signIns : audits)
            .append(World::InjectedEvent{id, parseDateTimeOffset(time).toMSecsSinceEpoch(),
                                         builder.takePacked(id)});
        if (e.ruleId.isEmpty())
            continue;
        out.labels.append(
            QJsonObject{{QStringLiteral("ruleId"), e.ruleId},
                        {QStringLiteral("customer"), customerTenantId},
                        {QStringLiteral("stream"), e.stream},
                        {QStringLiteral("eventIds"), QJsonArray{e.event.value(u"id").toString()}},
                        {QStringLiteral("fire"), e.fire}});
    }
    out.signIns = World::packEvents(signIns, cancel);
    out.audits = World::packEvents(audits, cancel);
    out.settings = set.settings;
    out.events = int(set.events.size());
    return out;
}

int injectScenarios(World &world, quint64 seed, const QString &customerTenantId,
                    const QDateTime &start, const QDateTime &end)
{
    const PackedScenarios cases = packScenarios(seed, customerTenantId, start, end);
    world.addPackedEvents(customerTenantId, LogStream::SignIns, cases.signIns);
    world.addPackedEvents(customerTenantId, LogStream::DirectoryAudits, cases.audits);
    world.addDetectionLabels(cases.labels);
    world.setCustomerSettings(customerTenantId, cases.settings);
    return cases.events;
}

} // namespace vigie::sim
