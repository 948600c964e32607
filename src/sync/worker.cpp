#include "sync/worker.h"

#include "core/actor.h"
#include "core/timeutil.h"
#include "net/http.h"
#include "store/activitylog.h"
#include "store/alertrepository.h"
#include "store/cache.h"
#include "store/customerrepository.h"
#include "store/database.h"
#include "store/logavailability.h"
#include "store/logrepository.h"
#include "store/maintenance.h"
#include "store/spendrepository.h"
#include "store/syncstate.h"
#include "store/transaction.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <algorithm>

namespace vigie::sync {

using store::Transaction;

struct Worker::Stream
{
    QString key;
    RequestKind kind;
    QString customerId;
    QString subscriptionId; // spend: Azure subscription
    QDateTime from;
    QDateTime to;
    QString since; // alerts: detected window start (ms as text in cursor)
    int phase = 0; // alerts: 0 = list pass, 1 = re-read of the remaining unresolved ids
    qint64 runStartMs = 0;
    int outstanding = 0; // requests queued or in flight
    bool failed = false;
    bool unavailable = false; // the tenant has no licence for this log stream
    bool ended = false;
    Error error;
    StreamProgress progress;
};

namespace {

QString cursorText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject cursorObject(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

bool partnerScoped(RequestKind k)
{
    return k == RequestKind::Alerts || k == RequestKind::Alert || k == RequestKind::Customers ||
           k == RequestKind::Resellers || k == RequestKind::Subscriptions ||
           k == RequestKind::Entitlements;
}

bool isLogKind(RequestKind k)
{
    return k == RequestKind::SignIns || k == RequestKind::Audits;
}

// True for subscriptions that carry Azure plan entitlements.
bool isAzurePlan(const Subscription &s)
{
    return s.offerId.startsWith(u"DZH318Z0BPS6", Qt::CaseInsensitive) ||
           s.offerName.contains(u"Azure plan", Qt::CaseInsensitive);
}

// The events that have a time (all of them, shared, in the common case).
template <typename T, typename HasTime> QList<T> withTime(const QList<T> &list, HasTime hasTime)
{
    if (std::all_of(list.cbegin(), list.cend(), hasTime))
        return list;
    QList<T> out;
    for (const T &v : list) {
        if (hasTime(v))
            out << v;
    }
    return out;
}

// The name log_availability keeps for a log stream.
QString availabilityStream(RequestKind k)
{
    return k == RequestKind::SignIns ? QStringLiteral("signins") : QStringLiteral("audits");
}

} // namespace

int RunResult::unavailableCount() const
{
    int n = 0;
    for (const StreamProgress &s : streams)
        n += s.state == StreamProgress::State::Unavailable ? 1 : 0;
    return n;
}

int RunResult::failedCount() const
{
    int n = 0;
    for (const StreamProgress &s : streams)
        n += s.state == StreamProgress::State::Failed ? 1 : 0;
    return n;
}

Worker::Worker(SourceFactory factory, LogPageHook hook)
    : m_factory(std::move(factory)), m_hook(std::move(hook))
{
    // Children, so they move to the worker thread with us.
    m_pumpTimer.setParent(this);
    m_progressTimer.setParent(this);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &Worker::pump);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &Worker::flushProgress);
    m_clock.start();
}

Worker::~Worker() = default;

void Worker::shutdown()
{
    if (m_source)
        m_source->abort();
    m_source.reset();
    m_nam.reset();
    m_db.reset();
}

qint64 Worker::nowMs() const
{
    return m_opt.nowMs > 0 ? m_opt.nowMs : QDateTime::currentMSecsSinceEpoch();
}

void Worker::run(const SyncOptions &options)
{
    m_opt = options;
    m_result = RunResult{};
    m_streams.clear();
    m_queue.clear();
    m_logCalls.clear();
    m_changed.clear();
    m_tables.clear();
    m_inFlight = 0;
    m_activeStreams = 0;
    m_detailStreams = 0;
    m_successfulRequests = 0;
    m_phase = 0;
    m_cancelled = false;
    m_catalogWarned = false;
    m_logStreamsLeft.clear();
    ++m_generation;
    m_runStartMs = nowMs();
    m_result.startedAtMs = m_runStartMs;
    m_running = true;

    if (!m_db || m_db->path() != m_opt.cachePath) {
        m_db.reset();
        auto db = store::openCache(m_opt.cachePath);
        if (!db) {
            m_result.hasFatal = true;
            m_result.fatal = db.error();
            finishRun();
            return;
        }
        m_db = std::move(db).value();
    }
    if (!m_source) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_source = m_factory(*m_nam);
    }
    if (cancelRequested.exchange(false)) {
        m_cancelled = true;
        finishRun();
        return;
    }
    m_progressTimer.start();
    startRun();
}

void Worker::startRun()
{
    qCInfo(lcSync) << "sync run: days" << m_opt.days << "customers"
                   << (m_opt.customerIds.isEmpty() ? QStringLiteral("all")
                                                   : m_opt.customerIds.join(u','));
    begin(addStream(QStringLiteral("alerts"), RequestKind::Alerts));
    begin(addStream(QStringLiteral("customers"), RequestKind::Customers));
    maybeNextPhase();
}

Worker::Stream *Worker::addStream(const QString &key, RequestKind kind, const QString &customerId,
                                  const QString &subscriptionId)
{
    auto s = std::make_unique<Stream>();
    s->key = key;
    s->kind = kind;
    s->customerId = customerId;
    s->subscriptionId = subscriptionId;
    s->progress.stream = key;
    s->progress.state = StreamProgress::State::Running;
    Stream *raw = s.get();
    m_streams.push_back(std::move(s));
    ++m_activeStreams;
    touch(raw);
    return raw;
}

// First request of a stream: resumes from the stored cursor when a pass was
// interrupted, else opens a new window from the watermark.
void Worker::begin(Stream *s)
{
    store::SyncStateRepository states(*m_db);
    const store::StreamState st = states.get(s->key);
    const QJsonObject cur = cursorObject(st.cursor);
    const qint64 now = nowMs();
    const qint64 windowStart = now - qint64(m_opt.days) * 86400000;
    PageRequest r;
    r.kind = s->kind;
    r.customerId = s->customerId;
    r.subscriptionId = s->subscriptionId;

    switch (s->kind) {
    case RequestKind::Alerts: {
        s->runStartMs =
            cur.contains(u"runStart") ? qint64(cur.value(u"runStart").toDouble()) : m_runStartMs;
        const qint64 since =
            cur.contains(u"since") ? qint64(cur.value(u"since").toDouble()) : windowStart;
        s->from = fromEpochMs(since);
        s->phase = cur.value(u"phase").toInt(0);
        if (s->phase == 1) {
            s->kind = RequestKind::Alerts;
            // Re-read of the unresolved alerts not seen by the list pass.
            auto ids = store::AlertRepository(*m_db).unresolvedIds(s->runStartMs);
            if (!ids) {
                fail(s, ids.error());
                streamEnded(s);
                return;
            }
            for (const QString &id : *ids) {
                PageRequest g;
                g.kind = RequestKind::Alert;
                g.id = id;
                enqueue(s, g);
            }
            if (s->outstanding == 0) {
                succeed(s);
                streamEnded(s);
            }
            return;
        }
        r.from = s->from;
        r.next = cur.value(u"next").toString();
        break;
    }
    case RequestKind::Customers:
        r.next = cur.value(u"next").toString();
        break;
    case RequestKind::SignIns:
    case RequestKind::Audits:
    case RequestKind::Spend: {
        if (!cur.isEmpty() && cur.contains(u"from")) {
            s->from = fromEpochMs(qint64(cur.value(u"from").toDouble()));
            s->to = fromEpochMs(qint64(cur.value(u"to").toDouble()));
            r.next = cur.value(u"next").toString();
        } else if (s->kind == RequestKind::Spend) {
            const QDate today = fromEpochMs(now).date();
            QDate fromDay = today.addDays(-m_opt.days);
            const int last = store::SpendRepository(*m_db).lastDay(s->subscriptionId);
            if (last > 0) {
                const QDate settle = fromDayNumber(last).addDays(-m_opt.spendSettleDays);
                fromDay = std::max(settle.isValid() ? settle : fromDay, today.addDays(-366));
            }
            s->from = QDateTime(fromDay, QTime(0, 0), Qt::UTC);
            s->to = QDateTime(today, QTime(23, 59, 59), Qt::UTC);
        } else {
            const qint64 from = st.watermark > 0
                                    ? std::max(st.watermark - m_opt.logOverlapMs, windowStart)
                                    : windowStart;
            s->from = fromEpochMs(from);
            s->to = fromEpochMs(now);
        }
        r.from = s->from;
        r.to = s->to;
        break;
    }
    default:
        break;
    }
    enqueue(s, r);
}

void Worker::enqueue(Stream *s, PageRequest r)
{
    ++s->outstanding;
    m_queue.push_back(Pending{s, std::move(r)});
    if (!m_pumpTimer.isActive())
        m_pumpTimer.start(0);
}

// Dispatches while slots are free. A tenant at its log budget is skipped, not
// waited on, so one tenant never holds the others back.
void Worker::pump()
{
    if (m_cancelled)
        return;
    const qint64 t = m_clock.elapsed();
    qint64 wakeIn = -1;
    for (auto it = m_queue.begin(); it != m_queue.end() && m_inFlight < m_opt.maxConcurrent;) {
        if (isLogKind(it->request.kind) && m_opt.logRequestsPerWindow > 0) {
            std::deque<qint64> &calls = m_logCalls[it->request.customerId];
            while (!calls.empty() && calls.front() <= t - m_opt.logWindowMs)
                calls.pop_front();
            if (int(calls.size()) >= m_opt.logRequestsPerWindow) {
                const qint64 wait = calls.front() + m_opt.logWindowMs - t + 1;
                wakeIn = wakeIn < 0 ? wait : std::min(wakeIn, wait);
                ++it;
                continue;
            }
            calls.push_back(t);
        }
        Pending p = std::move(*it);
        it = m_queue.erase(it);
        dispatch(std::move(p));
    }
    if (wakeIn >= 0 && m_inFlight < m_opt.maxConcurrent)
        m_pumpTimer.start(int(std::max<qint64>(1, wakeIn)));
}

void Worker::dispatch(Pending p)
{
    ++m_inFlight;
    const quint64 generation = m_generation;
    Stream *s = p.stream;
    const PageRequest request = p.request;
    m_source->fetch(request, [this, s, request, generation](Result<Page> result) {
        if (generation != m_generation)
            return;
        // Always leave the source's callback before touching the queue again.
        QMetaObject::invokeMethod(
            this,
            [this, s, request, generation, result = std::move(result)]() mutable {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                onResult(s, request, std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void Worker::onResult(Stream *s, const PageRequest &r, Result<Page> result)
{
    if (m_cancelled || s->ended) {
        requestDone(s);
        return;
    }
    if (!result) {
        const Error &e = result.error();
        if (r.kind == RequestKind::Alert && e.kind == Error::Kind::NotFound) {
            // Gone remotely: note it once so the re-read pass does not retry it.
            if (store::AlertRepository(*m_db).markMissing(r.id, nowMs()))
                m_tables.insert(QStringLiteral("alerts"));
        } else if (isLogKind(r.kind) && net::isNoPremiumLicence(e)) {
            // The tenant's licence, not a failure: recorded, asked again in a day.
            markUnavailable(s, e.message, true);
        } else if (r.kind == RequestKind::Entitlements &&
                   (e.kind == Error::Kind::NotFound || e.kind == Error::Kind::Usage)) {
            // Not an Azure plan after all: no entitlements.
        } else {
            if (e.kind == Error::Kind::Auth && partnerScoped(r.kind))
                m_result.signInRequired = true;
            fail(s, e);
        }
        requestDone(s);
        return;
    }
    ++m_successfulRequests;
    QList<PageRequest> follow;
    if (Status st = store(s, r, *result, follow); !st) {
        fail(s, st.error());
        requestDone(s);
        return;
    }
    ++s->progress.pages;
    touch(s);
    for (PageRequest &f : follow)
        enqueue(s, std::move(f));
    requestDone(s);
}

// Writes one page and the stream's cursor in one transaction. `follow` gets
// the requests the page leads to (next page, per-id reads, entitlements).
Status Worker::store(Stream *s, const PageRequest &r, const Page &page, QList<PageRequest> &follow)
{
    const qint64 wall = nowMs();
    Transaction tx(*m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    m_pageTables.clear(); // reported by dataChanged once the page is committed
    const Result<qint64> items = storeItems(s, r, page, wall, follow);
    if (!items)
        return items.error();
    if (!page.next.isEmpty()) {
        // The same request again from the page's continuation.
        PageRequest n = r;
        n.next = page.next;
        follow << n;
    }
    if (Status st = storeCursor(s, r, page, wall); !st)
        return st;
    if (Status st = tx.commit(); !st)
        return st;
    m_tables.unite(m_pageTables);
    s->progress.items += *items;
    m_result.items += *items;
    // Alerts: the list pass is over; re-read the unresolved ones it did not see.
    if (r.kind == RequestKind::Alerts && page.next.isEmpty()) {
        s->phase = 1;
        return followUnresolved(s, follow);
    }
    return {};
}

// The page's values, as the source mapped them, into their tables; returns
// how many were written.
Result<qint64> Worker::storeItems(Stream *s, const PageRequest &r, const Page &page, qint64 wall,
                                  QList<PageRequest> &follow)
{
    switch (r.kind) {
    case RequestKind::Alerts:
    case RequestKind::Alert:
        return storeAlerts(page.alerts, wall);
    case RequestKind::Customers:
        return storeCustomers(page.customers, wall);
    case RequestKind::Resellers:
        return storeResellers(page.resellers, wall);
    case RequestKind::Subscriptions:
        return storeSubscriptions(r, page.subscriptions, wall, follow);
    case RequestKind::Entitlements:
        return storeEntitlements(r, page.entitlements, wall);
    case RequestKind::Spend:
        return storeSpend(page.spend, wall);
    case RequestKind::SignIns:
    case RequestKind::Audits:
        return storeLogs(s, r, page);
    }
    return qint64(0);
}

Result<qint64> Worker::storeAlerts(const QList<Alert> &alerts, qint64 wall)
{
    auto counts = store::AlertRepository(*m_db).upsert(alerts, wall);
    if (!counts)
        return counts.error();
    if (!alerts.isEmpty())
        m_pageTables.insert(QStringLiteral("alerts"));
    return qint64(alerts.size());
}

Result<qint64> Worker::storeCustomers(const QList<Customer> &customers, qint64 wall)
{
    if (Status st = store::CustomerRepository(*m_db).upsertCustomers(customers, wall); !st)
        return st.error();
    m_pageTables.insert(QStringLiteral("customers"));
    return qint64(customers.size());
}

Result<qint64> Worker::storeResellers(const QList<Reseller> &resellers, qint64 wall)
{
    if (Status st = store::CustomerRepository(*m_db).upsertResellers(resellers, wall); !st)
        return st.error();
    return qint64(resellers.size());
}

// Azure plans lead to their entitlements (when spend is synced).
Result<qint64> Worker::storeSubscriptions(const PageRequest &r,
                                          const QList<Subscription> &subscriptions, qint64 wall,
                                          QList<PageRequest> &follow)
{
    if (m_opt.spend) {
        for (const Subscription &v : subscriptions) {
            if (!isAzurePlan(v))
                continue;
            PageRequest e;
            e.kind = RequestKind::Entitlements;
            e.customerId = r.customerId;
            e.subscriptionId = v.id;
            follow << e;
        }
    }
    if (Status st = store::CustomerRepository(*m_db).upsertSubscriptions(subscriptions, wall); !st)
        return st.error();
    m_pageTables.insert(QStringLiteral("subscriptions"));
    return qint64(subscriptions.size());
}

Result<qint64> Worker::storeEntitlements(const PageRequest &r, QList<Entitlement> entitlements,
                                         qint64 wall)
{
    for (Entitlement &e : entitlements) {
        if (e.subscriptionId.isEmpty())
            e.subscriptionId = r.subscriptionId; // the parent Azure plan, when the item omits it
    }
    if (Status st = store::CustomerRepository(*m_db).upsertEntitlements(entitlements, wall); !st)
        return st.error();
    return qint64(entitlements.size());
}

Result<qint64> Worker::storeSpend(QList<SpendDay> days, qint64 wall)
{
    days.removeIf([](const SpendDay &d) { return d.day < 19000101 || d.day > 29991231; });
    if (Status st = store::SpendRepository(*m_db).upsert(days, wall); !st)
        return st.error();
    if (!days.isEmpty())
        m_pageTables.insert(QStringLiteral("spend"));
    return qint64(days.size());
}

// Sign-ins or audits of one tenant; events without a time are not stored
// (the cache cannot place them). Then the page hook (tests) sees the rows
// inside the page's transaction.
Result<qint64> Worker::storeLogs(Stream *s, const PageRequest &r, const Page &page)
{
    store::LogRepository logs(*m_db);
    qint64 items = 0;
    if (r.kind == RequestKind::SignIns) {
        const QList<SignIn> rows =
            withTime(page.signIns, [](const SignIn &v) { return v.createdDateTime.isValid(); });
        const auto c = logs.insertSignIns(r.customerId, rows);
        if (!c)
            return c.error();
        items = rows.size();
        m_result.logEventsInserted += c->inserted;
        if (c->inserted > 0)
            m_pageTables.insert(QStringLiteral("signins"));
    } else {
        const QList<AuditEvent> rows =
            withTime(page.audits, [](const AuditEvent &v) { return v.activityDateTime.isValid(); });
        const auto c = logs.insertAudits(r.customerId, rows);
        if (!c)
            return c.error();
        items = rows.size();
        m_result.logEventsInserted += c->inserted;
        if (c->inserted > 0)
            m_pageTables.insert(QStringLiteral("audits"));
    }
    if (m_hook && items > 0) {
        if (Status st = m_hook(*m_db, r.customerId, s->key, toEpochMs(s->from), toEpochMs(s->to));
            !st)
            return st.error();
    }
    return items;
}

// The stream's position after the page, in the page's transaction: alerts
// (window, phase, next link), the customer list (next link, or success), the
// windowed streams (next link + window, or success up to the window's end).
Status Worker::storeCursor(Stream *s, const PageRequest &r, const Page &page, qint64 wall)
{
    store::SyncStateRepository states(*m_db);
    const bool last = page.next.isEmpty();
    switch (r.kind) {
    case RequestKind::Alerts: {
        QJsonObject cur{{QStringLiteral("runStart"), double(s->runStartMs)},
                        {QStringLiteral("since"), double(toEpochMs(s->from))},
                        {QStringLiteral("phase"), last ? 1 : 0}};
        if (!last)
            cur.insert(QStringLiteral("next"), page.next);
        return states.setCursor(s->key, cursorText(cur), wall);
    }
    case RequestKind::Customers:
        if (last)
            return states.markSuccess(s->key, wall, wall);
        return states.setCursor(s->key,
                                cursorText(QJsonObject{{QStringLiteral("next"), page.next}}), wall);
    case RequestKind::Spend:
    case RequestKind::SignIns:
    case RequestKind::Audits: {
        if (last)
            return states.markSuccess(s->key, toEpochMs(s->to), wall);
        const QJsonObject cur{{QStringLiteral("next"), page.next},
                              {QStringLiteral("from"), double(toEpochMs(s->from))},
                              {QStringLiteral("to"), double(toEpochMs(s->to))}};
        return states.setCursor(s->key, cursorText(cur), wall);
    }
    case RequestKind::Alert:
    case RequestKind::Resellers:
    case RequestKind::Subscriptions:
    case RequestKind::Entitlements:
        break;
    }
    return {};
}

// One read by id per unresolved alert the list pass did not see.
Status Worker::followUnresolved(Stream *s, QList<PageRequest> &follow)
{
    auto ids = store::AlertRepository(*m_db).unresolvedIds(s->runStartMs);
    if (!ids)
        return ids.error();
    for (const QString &id : *ids) {
        PageRequest g;
        g.kind = RequestKind::Alert;
        g.id = id;
        follow << g;
    }
    return {};
}

void Worker::requestDone(Stream *s)
{
    --s->outstanding;
    if (s->outstanding == 0 && !s->ended) {
        if (m_cancelled) {
            s->progress.state = StreamProgress::State::Cancelled;
        } else if (!s->failed && !s->unavailable) {
            succeed(s);
        }
        streamEnded(s);
    }
    if (!m_cancelled)
        pump();
    if (m_cancelled && m_inFlight == 0)
        finishRun();
}

void Worker::fail(Stream *s, const Error &e)
{
    if (s->failed)
        return;
    s->failed = true;
    s->error = e;
    s->progress.state = StreamProgress::State::Failed;
    s->progress.errorKind = e.kind;
    s->progress.error =
        e.message.isEmpty() ? QCoreApplication::translate("Sync", "Unknown error.") : e.message;
    qCWarning(lcSync) << "stream" << s->key << "failed:" << e.message << e.detail;
    const qint64 wall = nowMs();
    (void)store::SyncStateRepository(*m_db).markError(s->key, s->progress.error, wall);
    touch(s);
}

// A log stream the tenant cannot serve. `probed`: the service just said so
// (recorded with the time, so the next day's run asks again); otherwise the
// stream was skipped on the strength of the last answer.
void Worker::markUnavailable(Stream *s, const QString &reason, bool probed)
{
    if (s->failed || s->unavailable)
        return;
    s->unavailable = true;
    s->progress.state = StreamProgress::State::Unavailable;
    s->progress.errorKind = Error::Kind::Forbidden;
    s->progress.error = reason;
    qCInfo(lcSync) << "stream" << s->key << "not available for the tenant's licence"
                   << (probed ? "(answered now)" : "(skipped until the daily re-probe)");
    if (probed)
        (void)store::LogAvailabilityRepository(*m_db).record(
            s->customerId, availabilityStream(s->kind), false, reason, nowMs());
    touch(s);
}

void Worker::succeed(Stream *s)
{
    const qint64 wall = nowMs();
    store::SyncStateRepository states(*m_db);
    // A log stream that answered is available (again, after a licence was bought).
    if (isLogKind(s->kind))
        (void)store::LogAvailabilityRepository(*m_db).record(
            s->customerId, availabilityStream(s->kind), true, {}, wall);
    // Streams whose success is not written with their last page.
    if (s->kind == RequestKind::Alerts || s->key.startsWith(u"customer:"))
        (void)states.markSuccess(s->key, s->kind == RequestKind::Alerts ? s->runStartMs : wall,
                                 wall);
    s->progress.state = StreamProgress::State::Done;
    touch(s);
}

void Worker::streamEnded(Stream *s)
{
    if (s->ended)
        return;
    s->ended = true;
    --m_activeStreams;
    if (s->key.startsWith(u"customer:"))
        --m_detailStreams;
    touch(s);
    if (isLogKind(s->kind))
        logStreamEnded(s);
    if (!m_cancelled)
        maybeNextPhase();
}

// Phase 0: alerts + customer list. Phase 1: details of each customer.
// Phase 2: spend per Azure subscription, sign-ins and audits per tenant.
void Worker::maybeNextPhase()
{
    if (m_cancelled)
        return;
    auto customersDone = [&] {
        for (const auto &s : m_streams) {
            if (s->key == u"customers")
                return s->ended;
        }
        return true;
    };
    if (m_phase == 0 && customersDone()) {
        m_phase = 1;
        auto ids = store::CustomerRepository(*m_db).customerIds();
        for (const QString &id : ids ? *ids : QStringList()) {
            if (!m_opt.customerIds.isEmpty() &&
                !m_opt.customerIds.contains(id, Qt::CaseInsensitive))
                continue;
            Stream *s = addStream(QStringLiteral("customer:") + id, RequestKind::Resellers, id);
            ++m_detailStreams;
            PageRequest r;
            r.kind = RequestKind::Resellers;
            r.customerId = id;
            enqueue(s, r);
            r.kind = RequestKind::Subscriptions;
            enqueue(s, r);
        }
    }
    if (m_phase == 1 && m_detailStreams == 0) {
        m_phase = 2;
        QStringList customers;
        auto ids = store::CustomerRepository(*m_db).customerIds();
        for (const QString &id : ids ? *ids : QStringList()) {
            if (m_opt.customerIds.isEmpty() || m_opt.customerIds.contains(id, Qt::CaseInsensitive))
                customers << id;
        }
        // Customers asked for by id but not (yet) in the cache still get their logs.
        for (const QString &id : m_opt.customerIds) {
            if (!customers.contains(id, Qt::CaseInsensitive))
                customers << id;
        }
        if (m_opt.spend) {
            auto targets = store::CustomerRepository(*m_db).spendTargets(m_opt.customerIds);
            for (const store::SpendTarget &t : targets ? *targets : QList<store::SpendTarget>())
                begin(addStream(QStringLiteral("spend:") + t.azureSubscriptionId,
                                RequestKind::Spend, t.customerId, t.azureSubscriptionId));
        }
        if (m_opt.logs) {
            // A stream the tenant's licence refused less than a day ago is not
            // asked again (it is ended below, once every stream is added, so
            // the run cannot look finished half-way through the list).
            store::LogAvailabilityRepository availability(*m_db);
            const qint64 now = nowMs();
            QList<Stream *> skipped;
            for (const QString &c : customers) {
                m_logStreamsLeft[c] = 2;
                for (const auto &[prefix, kind] :
                     {std::pair{QStringLiteral("signins:"), RequestKind::SignIns},
                      std::pair{QStringLiteral("audits:"), RequestKind::Audits}}) {
                    Stream *s = addStream(prefix + c, kind, c);
                    if (availability.skipUntilReprobe(c, availabilityStream(kind), now))
                        skipped << s;
                    else
                        begin(s);
                }
            }
            for (Stream *s : skipped) {
                const store::LogAvailability a =
                    availability.get(s->customerId, availabilityStream(s->kind));
                const QString reason =
                    (a.reason.isEmpty() ? net::noPremiumLicenceMessage(s->customerId) : a.reason) +
                    u' ' +
                    QCoreApplication::translate("Sync", "Vigie asks again after %1.")
                        .arg(QLocale().toString(
                            fromEpochMs(a.probedAtMs + store::LogAvailabilityRepository::kReprobeMs)
                                .toLocalTime(),
                            QLocale::ShortFormat));
                markUnavailable(s, reason, false);
                streamEnded(s);
            }
        }
    }
    if (m_phase == 2 && m_activeStreams == 0)
        finishRun();
}

// Both log streams of a tenant are over (done or failed): evaluate the rows
// stored since the detection watermark. Runs here, on the worker thread; the
// pages are already committed, so a detection failure never loses log rows.
void Worker::logStreamEnded(Stream *s)
{
    auto it = m_logStreamsLeft.find(s->customerId);
    if (it == m_logStreamsLeft.end() || --it.value() > 0)
        return;
    m_logStreamsLeft.erase(it);
    if (!m_opt.detect || m_cancelled || !m_db)
        return;
    if (auto catalog = m_detection.catalog(); !catalog) {
        if (!m_catalogWarned)
            qCWarning(lcSync) << "detection rules not loaded:" << catalog.error().message;
        m_catalogWarned = true;
        return;
    }
    QElapsedTimer t;
    t.start();
    auto stats = m_detection.evaluateNew(*m_db, s->customerId);
    if (!stats) {
        qCWarning(lcSync) << "detection failed for" << s->customerId << stats.error().message
                          << stats.error().detail;
        return;
    }
    qCDebug(lcSync) << "detection" << s->customerId << stats->events << "events in" << t.elapsed()
                    << "ms";
    if (stats->findingsCreated > 0 || stats->findingsUpdated > 0)
        m_tables.insert(QStringLiteral("findings"));
}

void Worker::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    cancelRequested = false;
    for (const Pending &p : m_queue) {
        --p.stream->outstanding;
    }
    m_queue.clear();
    for (const auto &s : m_streams) {
        if (!s->ended && s->progress.state == StreamProgress::State::Running) {
            s->progress.state = StreamProgress::State::Cancelled;
            touch(s.get());
        }
    }
    if (m_source)
        m_source->abort();
    if (m_inFlight == 0)
        finishRun();
}

void Worker::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_pumpTimer.stop();
    m_progressTimer.stop();
    m_result.cancelled = m_cancelled;
    for (const auto &s : m_streams)
        m_result.streams << s->progress;
    if (m_db && !m_result.hasFatal) {
        bool anyUnreach = false;
        for (const auto &s : m_streams) {
            if (s->failed &&
                (s->error.kind == Error::Kind::Network || s->error.kind == Error::Kind::Auth))
                anyUnreach = true;
        }
        m_result.unreachable = m_successfulRequests == 0 && anyUnreach;
        const qint64 wall = nowMs();
        QString err;
        for (const StreamProgress &p : m_result.streams) {
            if (p.state == StreamProgress::State::Failed) {
                err = p.stream + QStringLiteral(": ") + p.error;
                break;
            }
        }
        if (m_cancelled)
            err = QCoreApplication::translate("Sync", "Sync cancelled.");
        Transaction tx(*m_db);
        (void)store::SyncStateRepository(*m_db).recordRun(m_result.ok(), m_result.unreachable, err,
                                                          wall);
        store::ActivityEntry e;
        e.atMs = wall;
        // On behalf of the analyst whose token it used (the demo's own
        // analyst in the demo), not under a local account's name; "vigie"
        // (the engine) only when no account is known.
        const QString who = actor::signedIn();
        e.actor = who.isEmpty() ? QStringLiteral("vigie") : who;
        e.verb = QStringLiteral("sync");
        e.detail = QJsonObject{{QStringLiteral("items"), double(m_result.items)},
                               {QStringLiteral("streams"), int(m_result.streams.size())},
                               {QStringLiteral("failed"), m_result.failedCount()},
                               {QStringLiteral("cancelled"), m_cancelled}};
        (void)store::ActivityLog(*m_db).append(e);
        (void)tx.commit();
        maybeCompact();
    }
    flushProgress();
    ++m_generation;
    qCInfo(lcSync) << "sync run finished: items" << m_result.items << "failed streams"
                   << m_result.failedCount() << "cancelled" << m_cancelled;
    Q_EMIT finished(m_result);
}

// After a first backfill (or any run that wrote most of the cache's events):
// rebuild the cache's pages whole. Counted once the run's pages committed; a
// failure (another process writing, a full disk) loses nothing and is only
// logged: the next large run tries again, Settings › "Compact now" too.
void Worker::maybeCompact()
{
    if (m_cancelled || m_opt.compactAfterEvents <= 0 ||
        m_result.logEventsInserted < m_opt.compactAfterEvents)
        return;
    const Result<qint64> stored =
        m_db->queryInt("SELECT (SELECT coalesce(sum(total), 0) FROM signin_daily) + "
                       "(SELECT coalesce(sum(total), 0) FROM audit_daily)");
    if (!stored || m_result.logEventsInserted * 2 < *stored)
        return;
    flushProgress();
    Progress p;
    p.streamsTotal = p.streamsDone = int(m_streams.size());
    p.items = m_result.items;
    p.compacting = true;
    Q_EMIT progress(p);
    QElapsedTimer t;
    t.start();
    const qint64 before = store::cacheBytes(*m_db);
    if (Status s = store::compactCache(*m_db); !s) {
        qCWarning(lcSync) << "compaction after the sync failed:" << s.error().message;
        return;
    }
    m_result.compacted = true;
    qCInfo(lcSync) << "compacted the cache after" << m_result.logEventsInserted
                   << "new events:" << before << "->" << store::cacheBytes(*m_db) << "bytes in"
                   << t.elapsed() << "ms";
}

void Worker::touch(Stream *s)
{
    m_changed.insert(s);
}

void Worker::flushProgress()
{
    if (m_changed.isEmpty() && m_tables.isEmpty())
        return;
    Progress p;
    p.streamsTotal = int(m_streams.size());
    for (const auto &s : m_streams) {
        if (s->progress.state == StreamProgress::State::Done)
            ++p.streamsDone;
        else if (s->progress.state == StreamProgress::State::Unavailable)
            ++p.streamsDone; // settled: the tenant's licence, not a failure
        else if (s->progress.state == StreamProgress::State::Failed)
            ++p.streamsFailed;
        if (m_changed.contains(s.get()))
            p.changed << s->progress;
    }
    p.items = m_result.items;
    p.requestsInFlight = m_inFlight;
    m_changed.clear();
    Q_EMIT progress(p);
    if (!m_tables.isEmpty()) {
        QStringList t(m_tables.begin(), m_tables.end());
        t.sort();
        m_tables.clear();
        Q_EMIT dataChanged(t);
    }
}

} // namespace vigie::sync
