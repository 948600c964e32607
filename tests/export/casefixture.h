#pragma once

// A small cache with what exports and the case report read: two customers,
// alerts with awkward texts (formula starts, separators, quotes, line
// breaks), the analyst's notes, 60 days of spend with one spike, actions in
// the outbox and the activity trail, findings. Random GUID ids.

#include "core/ids.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/notes.h"
#include "store/outbox.h"
#include "store/spendrepository.h"

#include <QJsonObject>
#include <QTest>

struct CaseFixture
{
    QString customerId = vigie::newGuid();
    QString companyName = QStringLiteral("Contoso Électricité");
    QString domain = QStringLiteral("contoso-elec.onmicrosoft.com");
    QString resellerName = QStringLiteral("Revendeur Alpha");
    QString otherCustomerId = vigie::newGuid();
    QString subscriptionId = vigie::newGuid(); // Azure subscription with a spike
    QString smallSubscriptionId = vigie::newGuid();
    QStringList alertIds; // of the customer, in the order inserted
    QString otherAlertId; // of the other customer
    QString requestId = vigie::newGuid();
    QDate lastDay = QDate(2026, 11, 30);
    QDate spikeDay = QDate(2026, 11, 27);
    QString multiLineNote =
        QStringLiteral("Called the customer.\nThey do not know the VM \"miner-01\"; "
                       "suspended.");
    QStringList displayNames{QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
                             QStringLiteral("Crypto mining, Azure; \"suspicious\""),
                             QStringLiteral("@SUM(A1:A9)")};

    static vigie::Alert alert(const QString &id, const QString &customer, const QString &name,
                              const QString &status, const QString &severity, QDateTime detected,
                              const QString &subscription, const QString &reason = {})
    {
        vigie::Alert a;
        a.id = id;
        a.displayName = name;
        a.alertType = QStringLiteral("AzureCryptoMining");
        a.status = vigie::AlertStatus::parse(status);
        a.severity = vigie::AlertSeverity::parse(severity);
        a.customerTenantId = customer;
        a.subscriptionId = subscription;
        a.detectedDateTime = detected;
        if (!reason.isEmpty()) {
            a.resolvedReason = vigie::ResolvedReason::parse(reason);
            a.resolvedOnDateTime = detected.addSecs(3600);
        }
        a.raw =
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("displayName"), name},
                        {QStringLiteral("alertType"), a.alertType},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("severity"), severity},
                        {QStringLiteral("customerTenantId"), customer},
                        {QStringLiteral("subscriptionId"), subscription},
                        {QStringLiteral("detectedDateTime"), vigie::formatWireDateTime(detected)},
                        {QStringLiteral("additionalDetails"),
                         QJsonObject{{QStringLiteral("VMName"), QStringLiteral("miner-01")}}}};
        if (!reason.isEmpty()) {
            a.raw.insert(QStringLiteral("resolvedReason"), reason);
            a.raw.insert(QStringLiteral("resolvedOnDateTime"),
                         vigie::formatWireDateTime(a.resolvedOnDateTime));
        }
        return a;
    }

    void build(vigie::store::Database &db)
    {
        using namespace vigie;
        using namespace vigie::store;
        CustomerRepository customers(db);
        Customer c{customerId, companyName,
                   domain,     QStringLiteral("reseller"),
                   QString(),  QJsonObject{{QStringLiteral("id"), customerId}}};
        Customer other{otherCustomerId,
                       QStringLiteral("Fabrikam"),
                       QStringLiteral("fabrikam.example"),
                       QString(),
                       QString(),
                       QJsonObject{{QStringLiteral("id"), otherCustomerId}}};
        QVERIFY(customers.upsertCustomers({c, other}, 1).ok());
        QVERIFY(
            customers
                .upsertResellers(
                    {Reseller{
                        vigie::newGuid(), customerId, resellerName, QStringLiteral("123456"), {}}},
                    1)
                .ok());

        const QDateTime base(lastDay, QTime(9, 30), Qt::UTC);
        for (int i = 0; i < 3; ++i)
            alertIds << vigie::newGuid();
        otherAlertId = vigie::newGuid();
        QList<Alert> alerts{
            alert(alertIds[0], customerId, displayNames[0], QStringLiteral("active"),
                  QStringLiteral("high"), base.addDays(-3), subscriptionId),
            alert(alertIds[1], customerId, displayNames[1], QStringLiteral("resolved"),
                  QStringLiteral("high"), base.addDays(-5), subscriptionId,
                  QStringLiteral("fraud")),
            alert(alertIds[2], customerId, displayNames[2], QStringLiteral("investigating"),
                  QStringLiteral("medium"), base.addDays(-1), subscriptionId),
            alert(otherAlertId, otherCustomerId, QStringLiteral("-2+3"), QStringLiteral("active"),
                  QStringLiteral("low"), base.addDays(-2), vigie::newGuid())};
        QVERIFY(AlertRepository(db).upsert(alerts, 2).ok());

        NoteRepository notes(db);
        QVERIFY(notes
                    .add({0, QStringLiteral("alert"), alertIds[0], multiLineNote,
                          QStringLiteral("ana@partner.example"), toEpochMs(base.addDays(-2))})
                    .ok());
        QVERIFY(notes
                    .add({0, QStringLiteral("alert"), alertIds[0],
                          QStringLiteral("+33 1 23 45 67 89 rappelé"),
                          QStringLiteral("ana@partner.example"), toEpochMs(base.addDays(-1))})
                    .ok());

        QList<SpendDay> spend;
        for (QDate d = lastDay.addDays(-59); d <= lastDay; d = d.addDays(1)) {
            const bool weekend = d.dayOfWeek() >= 6;
            double cost = weekend ? 18.25 : 24.5 + (d.day() % 3) * 0.75;
            if (d == spikeDay)
                cost = 412.75;
            spend << SpendDay{subscriptionId, customerId, toDayNumber(d), cost,
                              QStringLiteral("EUR")};
            spend << SpendDay{smallSubscriptionId, customerId, toDayNumber(d), 1.5,
                              QStringLiteral("EUR")};
            spend << SpendDay{QStringLiteral("0b7f1c3e-0000-4000-8000-00000000000f"),
                              otherCustomerId, toDayNumber(d), 3.0, QStringLiteral("USD")};
        }
        QVERIFY(SpendRepository(db).upsert(spend, 3).ok());

        auto action = Outbox(db).enqueue(
            Action::Kind::ResolveAlert, alertIds[1],
            QJsonObject{{QStringLiteral("status"), QStringLiteral("resolved")},
                        {QStringLiteral("resolvedReason"), QStringLiteral("fraud")},
                        {QStringLiteral("customerId"), customerId}},
            requestId, toEpochMs(base.addDays(-5).addSecs(1800)));
        QVERIFY(action.ok());
        ActivityLog log(db);
        ActivityEntry queued;
        queued.atMs = toEpochMs(base.addDays(-5).addSecs(1800));
        queued.actor = QStringLiteral("ana@partner.example");
        queued.verb = QStringLiteral("resolve");
        queued.objectKind = QStringLiteral("alert");
        queued.objectId = alertIds[1];
        queued.detail = QJsonObject{{QStringLiteral("reason"), QStringLiteral("fraud")},
                                    {QStringLiteral("note"), QStringLiteral("=cmd|' /C calc'!A0")},
                                    {QStringLiteral("customerId"), customerId},
                                    {QStringLiteral("result"), QStringLiteral("queued")},
                                    {QStringLiteral("actionId"), double(*action)}};
        QVERIFY(log.append(queued).ok());
        ActivityEntry sent = queued;
        sent.atMs += 60'000;
        sent.detail = QJsonObject{{QStringLiteral("customerId"), customerId},
                                  {QStringLiteral("result"), QStringLiteral("done")},
                                  {QStringLiteral("requestId"), requestId},
                                  {QStringLiteral("actionId"), double(*action)}};
        QVERIFY(log.append(sent).ok());
        ActivityEntry sync;
        sync.atMs = toEpochMs(base.addDays(-6));
        sync.actor = QStringLiteral("vigie");
        sync.verb = QStringLiteral("sync");
        sync.detail = QJsonObject{{QStringLiteral("items"), 1200}};
        QVERIFY(log.append(sync).ok());

        const QByteArray t = QByteArray::number(toEpochMs(base.addDays(-4)));
        QVERIFY(db.exec("INSERT INTO findings(rule_id, customer_id, subject, bucket_start, "
                        "severity, state, first_seen, last_seen, count, updated_at) VALUES "
                        "('A7', '" +
                        customerId.toUtf8() +
                        "', 'alice@contoso.example', 0, "
                        "'high', 'new', " +
                        t + ", " + t +
                        ", 4, 0), "
                        "('A8', '" +
                        customerId.toUtf8() +
                        "', 'bob@contoso.example', 0, "
                        "'medium', 'closed', " +
                        t + ", " + t +
                        ", 1, 0), "
                        "('A7', '" +
                        otherCustomerId.toUtf8() +
                        "', 'eve@fabrikam.example', 0, "
                        "'low', 'acknowledged', " +
                        t + ", " + t + ", 2, 0)")
                    .ok());
    }
};
