#pragma once

#include "core/logevents.h"
#include "core/timeutil.h"
#include "net/parsers.h"
#include "sync/source.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <functional>

// An in-memory partner cloud behind the engine's Source interface: pages
// are answered asynchronously (queued), faults are injected by predicate.
// Items are written as the services' JSON and mapped once, here, by the same
// parsers NetSource uses, into the page's typed lists.
struct FakeWorld
{
    int customers = 5;
    int signInsPerCustomer = 230;
    int auditsPerCustomer = 40;
    int alerts = 57;
    int pageSize = 50;
    QDateTime now = QDateTime(QDate(2024, 5, 20), QTime(12, 0), Qt::UTC);

    QString customerId(int i) const
    {
        return QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    }
    QString azureSub(int i) const
    {
        return QStringLiteral("aaaaaaaa-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
    }
    QHash<int, QString> statusOverride;
    QString alertStatus(int i) const
    {
        if (statusOverride.contains(i))
            return statusOverride.value(i);
        if (i % 7 == 3)
            return QStringLiteral("dismissedByRobot"); // unknown enum value
        return i % 3 == 0 ? QStringLiteral("resolved") : QStringLiteral("active");
    }
    QJsonObject alert(int i) const
    {
        return QJsonObject{
            {QStringLiteral("id"), QStringLiteral("alert-%1").arg(i)},
            {QStringLiteral("displayName"), QStringLiteral("Alert %1").arg(i)},
            {QStringLiteral("status"), alertStatus(i)},
            {QStringLiteral("severity"), i % 2 ? QStringLiteral("high") : QStringLiteral("low")},
            {QStringLiteral("customerTenantId"), customerId(i % customers)},
            {QStringLiteral("detectedDateTime"),
             vigie::formatWireDateTime(now.addSecs(-3600LL * (i * 20)))},
            {QStringLiteral("isTest"), QStringLiteral("false")},
            {QStringLiteral("newProperty"), QJsonObject{{QStringLiteral("x"), 1}}}};
    }
    bool alertVisible(int i, const QDateTime &since) const
    {
        return alertStatus(i) != u"resolved" || now.addSecs(-3600LL * (i * 20)) >= since;
    }
};

class FakeSource : public vigie::sync::Source
{
public:
    using Fault =
        std::function<std::optional<vigie::Error>(const vigie::sync::PageRequest &, int n)>;

    explicit FakeSource(FakeWorld w) : m_w(std::move(w)) {}

    Fault fault;
    int requests = 0;
    QHash<int, int> requestsByKind;
    int maxInFlight = 0;
    int inFlight = 0;
    int delayMs = 0;
    // Applied to every page before it is handed over (tests change typed
    // values to see which ones reach the cache).
    std::function<void(const vigie::sync::PageRequest &, vigie::sync::Page &)> edit;
    QHash<QString, QList<qint64>> logTimes; // tenant -> request times (ms)
    FakeWorld &world() { return m_w; }

    void fetch(const vigie::sync::PageRequest &r,
               std::function<void(vigie::Result<vigie::sync::Page>)> done) override
    {
        ++requests;
        ++requestsByKind[int(r.kind)];
        if (r.kind == vigie::sync::RequestKind::SignIns ||
            r.kind == vigie::sync::RequestKind::Audits)
            logTimes[r.customerId] << QDateTime::currentMSecsSinceEpoch();
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        std::optional<vigie::Error> e = fault ? fault(r, requests) : std::nullopt;
        vigie::sync::Page page;
        if (!e) {
            page = answer(r);
            if (edit)
                edit(r, page);
        }
        auto result =
            e ? vigie::Result<vigie::sync::Page>(*e) : vigie::Result<vigie::sync::Page>(page);
        QTimer::singleShot(delayMs, [this, done, result]() {
            --inFlight;
            done(result);
        });
    }
    void abort() override {}

private:
    // The JSON items of one response, mapped as NetSource's jobs map them.
    static void fill(vigie::sync::Page &p, const vigie::sync::PageRequest &r,
                     const QList<QJsonObject> &items)
    {
        using K = vigie::sync::RequestKind;
        namespace net = vigie::net;
        for (const QJsonObject &o : items) {
            switch (r.kind) {
            case K::Customers:
                if (auto v = net::parseCustomer(o))
                    p.customers << *v;
                break;
            case K::Resellers:
                if (auto v = net::parseReseller(o, r.customerId))
                    p.resellers << *v;
                break;
            case K::Subscriptions:
                if (auto v = net::parseSubscription(o, r.customerId))
                    p.subscriptions << *v;
                break;
            case K::Entitlements:
                if (auto v = net::parseEntitlement(o, r.customerId))
                    p.entitlements << *v;
                break;
            case K::Alerts:
            case K::Alert:
                if (auto v = net::parseAlert(o))
                    p.alerts << *v;
                break;
            case K::Spend: {
                vigie::SpendDay d;
                d.subscriptionId = r.subscriptionId;
                d.customerId = r.customerId;
                d.day = o.value(u"UsageDate").toInt();
                d.cost = o.value(u"Cost").toDouble();
                d.currency = o.value(u"Currency").toString();
                p.spend << d;
                break;
            }
            case K::SignIns:
                if (auto v = vigie::signInFromJson(o, r.customerId))
                    p.signIns << *v;
                break;
            case K::Audits:
                if (auto v = vigie::auditFromJson(o, r.customerId))
                    p.audits << *v;
                break;
            }
        }
    }

    vigie::sync::Page paged(const vigie::sync::PageRequest &r, const QList<QJsonObject> &all)
    {
        const int offset = r.next.isEmpty() ? 0 : r.next.toInt();
        vigie::sync::Page p;
        fill(p, r, all.mid(offset, m_w.pageSize));
        if (offset + m_w.pageSize < all.size())
            p.next = QString::number(offset + m_w.pageSize);
        return p;
    }

    vigie::sync::Page answer(const vigie::sync::PageRequest &r)
    {
        using K = vigie::sync::RequestKind;
        QList<QJsonObject> all;
        const int c = r.customerId.isEmpty() ? -1 : r.customerId.right(12).toInt();
        switch (r.kind) {
        case K::Customers:
            for (int i = 0; i < m_w.customers; ++i)
                all << QJsonObject{{QStringLiteral("id"), m_w.customerId(i)},
                                   {QStringLiteral("companyProfile"),
                                    QJsonObject{{QStringLiteral("companyName"),
                                                 QStringLiteral("Client %1").arg(i)}}}};
            break;
        case K::Resellers:
            if (c % 2)
                all << QJsonObject{{QStringLiteral("id"), QStringLiteral("reseller-%1").arg(c)},
                                   {QStringLiteral("name"), QStringLiteral("R")}};
            break;
        case K::Subscriptions:
            all << QJsonObject{{QStringLiteral("id"), QStringLiteral("plan-%1").arg(c)},
                               {QStringLiteral("offerId"), QStringLiteral("DZH318Z0BPS6:0001")},
                               {QStringLiteral("offerName"), QStringLiteral("Azure plan")},
                               {QStringLiteral("status"), QStringLiteral("active")}};
            all << QJsonObject{{QStringLiteral("id"), QStringLiteral("m365-%1").arg(c)},
                               {QStringLiteral("offerName"), QStringLiteral("Microsoft 365 E3")},
                               {QStringLiteral("status"), QStringLiteral("suspended")}};
            break;
        case K::Entitlements:
            all << QJsonObject{{QStringLiteral("id"), m_w.azureSub(c)},
                               {QStringLiteral("subscriptionId"), r.subscriptionId},
                               {QStringLiteral("status"), QStringLiteral("active")}};
            break;
        case K::Alerts:
            for (int i = 0; i < m_w.alerts; ++i) {
                if (m_w.alertVisible(i, r.from))
                    all << m_w.alert(i);
            }
            break;
        case K::Alert: {
            vigie::sync::Page p;
            fill(p, r, {m_w.alert(r.id.mid(6).toInt())});
            return p;
        }
        case K::Spend:
            for (QDate d = r.from.date(); d <= r.to.date(); d = d.addDays(1))
                all << QJsonObject{{QStringLiteral("UsageDate"), vigie::toDayNumber(d)},
                                   {QStringLiteral("Cost"), 10.0 + c},
                                   {QStringLiteral("Currency"), QStringLiteral("EUR")}};
            break;
        case K::SignIns:
            for (int i = 0; i < m_w.signInsPerCustomer; ++i) {
                const QDateTime t = m_w.now.addSecs(-600LL * i);
                if (t < r.from || t > r.to)
                    continue;
                all << QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("si-%1-%2").arg(c).arg(i)},
                    {QStringLiteral("createdDateTime"), vigie::formatWireDateTime(t)},
                    {QStringLiteral("userPrincipalName"),
                     QStringLiteral("u%1@c.example").arg(i % 9)},
                    {QStringLiteral("status"),
                     QJsonObject{{QStringLiteral("errorCode"), i % 5 ? 0 : 50126}}}};
            }
            break;
        case K::Audits:
            for (int i = 0; i < m_w.auditsPerCustomer; ++i) {
                const QDateTime t = m_w.now.addSecs(-3000LL * i);
                if (t < r.from || t > r.to)
                    continue;
                all << QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("Directory_%1_%2").arg(c).arg(i)},
                    {QStringLiteral("activityDateTime"), vigie::formatWireDateTime(t)},
                    {QStringLiteral("result"), QStringLiteral("success")}};
            }
            break;
        }
        return paged(r, all);
    }

    FakeWorld m_w;
};
