#include "sync/netsource.h"

#include "core/timeutil.h"
#include "net/auth.h"
#include "net/clients.h"
#include "net/tokenstore.h"
#include "sync/logging.h"

#include <QCoreApplication>

namespace vigie::sync {

namespace {

// Returned by the page handler to stop a job after the page we wanted.
constexpr Error::Kind kStop = Error::Kind::Cancelled;
const QString kStopDetail = QStringLiteral("vigie.sync: one page");

// Each value lands, as parsed, in the page's list of its type.
QList<Alert> &listOf(Page &p, const Alert *)
{
    return p.alerts;
}
QList<Customer> &listOf(Page &p, const Customer *)
{
    return p.customers;
}
QList<Reseller> &listOf(Page &p, const Reseller *)
{
    return p.resellers;
}
QList<Subscription> &listOf(Page &p, const Subscription *)
{
    return p.subscriptions;
}
QList<Entitlement> &listOf(Page &p, const Entitlement *)
{
    return p.entitlements;
}
QList<SpendDay> &listOf(Page &p, const SpendDay *)
{
    return p.spend;
}
QList<SignIn> &listOf(Page &p, const SignIn *)
{
    return p.signIns;
}
QList<AuditEvent> &listOf(Page &p, const AuditEvent *)
{
    return p.audits;
}

template <typename T> QList<T> &listOf(Page &p)
{
    return listOf(p, static_cast<const T *>(nullptr));
}

// Shares the parsed list (no copy) when it is the page's first.
template <typename T> void take(Page &p, const QList<T> &items)
{
    QList<T> &list = listOf<T>(p);
    if (list.isEmpty())
        list = items;
    else
        list << items;
}

// Runs a ListJob for one page (or every page when `whole`).
template <typename T>
void runList(net::ListJob<T> *job, const QString &next, bool whole, QList<QPointer<net::Job>> &jobs,
             std::function<void(Result<Page>)> done)
{
    auto page = std::make_shared<Page>();
    auto got = std::make_shared<bool>(false);
    if (!next.isEmpty())
        job->setStartUrl(QUrl(next));
    job->setPageHandler([page, got, whole](const QList<T> &items, const net::PageInfo &info) {
        take(*page, items);
        *got = true;
        if (whole)
            return Status();
        if (!info.nextLink.isEmpty()) {
            page->next = info.nextLink.toString(QUrl::FullyEncoded);
            return Status(Error::make(kStop, QString(), kStopDetail));
        }
        return Status();
    });
    jobs.append(QPointer<net::Job>(job));
    QObject::connect(job, &net::Job::finished, job, [job, page, got, done]() {
        job->deleteLater();
        const auto &err = job->error();
        if (!err || (*got && err->kind == kStop && err->detail == kStopDetail))
            done(*page);
        else
            done(*err);
    });
    job->start();
}

template <typename T>
void runOne(net::RequestJob<T> *job, QList<QPointer<net::Job>> &jobs,
            std::function<void(Result<Page>)> done)
{
    jobs.append(QPointer<net::Job>(job));
    QObject::connect(job, &net::Job::finished, job, [job, done]() {
        job->deleteLater();
        if (const auto &err = job->error()) {
            done(*err);
            return;
        }
        Page p;
        listOf<T>(p) << job->value();
        done(p);
    });
    job->start();
}

} // namespace

NetSource::NetSource(net::Session session) : m_session(std::move(session)) {}

NetSource::~NetSource()
{
    abort();
}

void NetSource::fetch(const PageRequest &request, std::function<void(Result<Page>)> done)
{
    attempt(request, std::move(done), kCorruptRetries);
}

// A body cut by a dropped connection reaches the parser as malformed JSON
// (Corrupt), indistinguishable from a broken page: read the page again a
// couple of times before reporting it. src/net retries network errors only.
void NetSource::attempt(const PageRequest &r, std::function<void(Result<Page>)> finalDone,
                        int corruptRetries)
{
    auto done = [this, r, finalDone, corruptRetries](Result<Page> result) {
        if (!result && result.error().kind == Error::Kind::Corrupt && corruptRetries > 0 &&
            !m_aborting) {
            qCInfo(lcSync) << "unreadable page, reading it again:" << result.error().detail;
            attempt(r, finalDone, corruptRetries - 1);
            return;
        }
        finalDone(std::move(result));
    };
    // Forget jobs that are gone.
    m_jobs.removeIf([](const QPointer<net::Job> &j) { return j.isNull(); });

    switch (r.kind) {
    case RequestKind::Customers:
        runList(net::partnercenter::listCustomers(m_session), QString(), true, m_jobs, done);
        return;
    case RequestKind::Resellers:
        runList(net::partnercenter::listResellers(m_session, r.customerId), QString(), true, m_jobs,
                done);
        return;
    case RequestKind::Subscriptions:
        runList(net::partnercenter::listSubscriptions(m_session, r.customerId), QString(), true,
                m_jobs, done);
        return;
    case RequestKind::Entitlements:
        runList(net::partnercenter::listEntitlements(m_session, r.customerId, r.subscriptionId),
                QString(), true, m_jobs, done);
        return;
    case RequestKind::Alerts: {
        const QString filter = QStringLiteral("status ne 'resolved' or detectedDateTime ge %1")
                                   .arg(formatFilterDateTime(r.from));
        runList(net::graph::listAlerts(m_session, filter), r.next, false, m_jobs, done);
        return;
    }
    case RequestKind::Alert:
        runOne(net::graph::getAlert(m_session, r.id), m_jobs, done);
        return;
    case RequestKind::Spend:
        runList(net::cost::dailyCost(m_session, r.customerId, r.subscriptionId, r.from.date(),
                                     r.to.date()),
                r.next, false, m_jobs, done);
        return;
    case RequestKind::SignIns:
        runList(net::graph::listSignIns(m_session, r.customerId, r.from, r.to), r.next, false,
                m_jobs, done);
        return;
    case RequestKind::Audits:
        runList(net::graph::listDirectoryAudits(m_session, r.customerId, r.from, r.to), r.next,
                false, m_jobs, done);
        return;
    }
}

void NetSource::abort()
{
    m_aborting = true;
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<net::Job> &j : jobs) {
        if (j)
            j->abort();
    }
    m_aborting = false;
}

namespace {

// Owns the token machinery next to the source, all on the worker thread.
class OwningNetSource final : public Source
{
public:
    OwningNetSource(net::Session session)
        : m_store(net::makeTokenStore()), m_tokens(session, *m_store)
    {
        session.tokens = &m_tokens;
        m_source = std::make_unique<NetSource>(session);
    }
    void fetch(const PageRequest &r, std::function<void(Result<Page>)> done) override
    {
        m_source->fetch(r, std::move(done));
    }
    void abort() override { m_source->abort(); }

private:
    std::unique_ptr<net::TokenStore> m_store;
    net::TokenManager m_tokens;
    std::unique_ptr<NetSource> m_source;
};

} // namespace

SourceFactory netSourceFactory(net::Endpoints endpoints, net::RetryPolicy retry)
{
    return [endpoints, retry](QNetworkAccessManager &nam) -> std::unique_ptr<Source> {
        net::Session session;
        session.nam = &nam;
        session.parseOffThread = true;
        session.endpoints = endpoints;
        session.retry = retry;
        return std::make_unique<OwningNetSource>(session);
    };
}

} // namespace vigie::sync
