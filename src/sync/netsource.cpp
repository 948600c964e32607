#include "sync/netsource.h"

#include "core/timeutil.h"
#include "net/auth.h"
#include "net/clients.h"
#include "net/tokenstore.h"
#include "sync/logging.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace vigie::sync {

namespace {

// Returned by the page handler to stop a job after the page we wanted.
constexpr Error::Kind kStop = Error::Kind::Cancelled;
const QString kStopDetail = QStringLiteral("vigie.sync: one page");

QJsonObject spendObject(const SpendDay &d)
{
    return QJsonObject{{QStringLiteral("UsageDate"), d.day},
                       {QStringLiteral("Cost"), d.cost},
                       {QStringLiteral("Currency"), d.currency}};
}

template <typename T> QJsonObject toJson(const T &v)
{
    return v.raw;
}
template <> QJsonObject toJson(const SpendDay &d)
{
    return spendObject(d);
}

template <typename T> void addItem(Page &page, const T &v)
{
    page.items << toJson(v);
}
template <> void addItem(Page &page, const SignIn &v)
{
    if (v.createdDateTime.isValid()) // as signInFromJson: no time, no row
        page.signIns << store::LogRepository::toRow(v);
}
template <> void addItem(Page &page, const AuditEvent &v)
{
    if (v.activityDateTime.isValid())
        page.audits << store::LogRepository::toRow(v);
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
        for (const T &item : items)
            addItem(*page, item);
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
        p.items << job->value().raw;
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
