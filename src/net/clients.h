#pragma once

#include "core/types.h"
#include "net/job.h"
#include "net/logging.h"
#include "net/parsers.h"

#include <QDate>
#include <QFuture>
#include <QPromise>
#include <QStringList>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

// Cloud clients: one job per request type, typed results (api.md §3–§6).
// Every factory returns a job that is not started yet; connect to
// Job::finished, then call start(). Ids are checked with isSafePathId before
// any request is sent (the job fails with Error::Kind::Usage otherwise).
namespace vigie::net {

// Where a page came from and where the next one is (the resume cursor).
struct PageInfo
{
    int index = 0;   // 0-based page number within this job
    QUrl url;        // the URL this page was read from
    QUrl nextLink;   // empty on the last page
    int skipped = 0; // items of this page that could not be parsed (logged)
};

// Called once per page, in order. Returning an error stops the job with it
// (e.g. the store could not commit the page).
template <typename T> using PageSink = std::function<Status(const QList<T> &, const PageInfo &)>;

template <typename T> struct ParsedPage
{
    QList<T> items;
    int skipped = 0;
    std::optional<HttpRequest> next;
};

// One request, one parsed value.
template <typename T> class RequestJob : public ValueJob<T>
{
public:
    using Parse = std::function<Result<T>(const HttpResponse &)>;
    RequestJob(const Session &session, HttpRequest request, Parse parse, QStringList ids,
               QObject *parent = nullptr)
        : ValueJob<T>(session, parent), m_request(std::move(request)), m_parse(std::move(parse)),
          m_ids(std::move(ids))
    {}
    const HttpRequest &request() const { return m_request; }

protected:
    void run() override
    {
        for (const QString &id : m_ids) {
            if (!this->checkIds({id}))
                return;
        }
        this->send(m_request, [this](const HttpResponse &resp) {
            Result<T> r = m_parse(resp);
            if (!r) {
                this->fail(r.error());
                return;
            }
            this->succeedWith(std::move(r).value());
        });
    }

private:
    HttpRequest m_request;
    Parse m_parse;
    QStringList m_ids;
};

// A paged collection. With a page handler every page is handed over as it
// arrives (nothing accumulates); without one, items() holds everything.
template <typename T> class ListJob : public Job
{
public:
    using PageParser =
        std::function<Result<ParsedPage<T>>(const HttpRequest &, const HttpResponse &)>;
    ListJob(const Session &session, HttpRequest first, PageParser parser, QStringList ids,
            QObject *parent = nullptr)
        : Job(session, parent), m_first(std::move(first)), m_parser(std::move(parser)),
          m_ids(std::move(ids))
    {}

    void setPageHandler(PageSink<T> sink) { m_sink = std::move(sink); }
    // Resume from a stored next link (Graph and Cost Management; absolute URL).
    void setStartUrl(const QUrl &url) { m_first.url = url; }

    const QList<T> &items() const { return m_items; }
    int pageCount() const { return m_pages; }
    int itemCount() const { return m_count; }
    int skippedCount() const { return m_skipped; }
    const HttpRequest &firstRequest() const { return m_first; }

protected:
    void run() override
    {
        for (const QString &id : m_ids) {
            if (!checkIds({id}))
                return;
        }
        fetch(m_first);
    }

private:
    void fetch(const HttpRequest &req)
    {
        send(req, [this, req](const HttpResponse &resp) {
            if (!session().parseOffThread) {
                handlePage(req, m_parser(req, resp));
                return;
            }
            // The parser is a pure function of the request and response: run
            // it on the pool, continue on this job's thread. The task never
            // touches the job; a job destroyed meanwhile cancels the
            // continuation (QFuture::then with a context object).
            using Parsed = std::shared_ptr<Result<ParsedPage<T>>>;
            auto promise = std::make_shared<QPromise<Parsed>>();
            QFuture<Parsed> future = promise->future();
            promise->start();
            QThreadPool::globalInstance()->start([promise, parser = m_parser, req, resp]() {
                promise->addResult(std::make_shared<Result<ParsedPage<T>>>(parser(req, resp)));
                promise->finish();
            });
            future.then(this, [this, req](Parsed page) { handlePage(req, std::move(*page)); });
        });
    }

    void handlePage(const HttpRequest &req, Result<ParsedPage<T>> page)
    {
        // A page parsed on the pool may come back after an abort.
        if (isFinished() || isAborted())
            return;
        if (!page) {
            fail(page.error());
            return;
        }
        PageInfo info;
        info.index = m_pages++;
        info.url = req.url;
        info.skipped = page->skipped;
        if (page->next)
            info.nextLink = page->next->url;
        m_count += int(page->items.size());
        m_skipped += page->skipped;
        if (m_sink) {
            const Status st = m_sink(page->items, info);
            if (!st) {
                fail(st.error());
                return;
            }
        } else {
            m_items.append(page->items);
        }
        if (page->next)
            fetch(*page->next);
        else
            succeed();
    }

    HttpRequest m_first;
    PageParser m_parser;
    QStringList m_ids;
    PageSink<T> m_sink;
    QList<T> m_items;
    int m_pages = 0;
    int m_count = 0;
    int m_skipped = 0;
};

// Microsoft Graph (§3, §4).
namespace graph {

// GET {graph}/beta/security/partner/securityAlerts[?$filter=...], following
// @odata.nextLink to the end (partner tenant token).
ListJob<Alert> *listAlerts(const Session &session, const QString &filter = {},
                           QObject *parent = nullptr);
RequestJob<Alert> *getAlert(const Session &session, const QString &id, QObject *parent = nullptr);
// PATCH {status[, resolvedReason]}; value() is the updated alert (200) or
// nullopt (204). `clientRequestId` = the outbox idempotency key.
RequestJob<std::optional<Alert>> *updateAlert(const Session &session, const QString &id,
                                              const QString &status,
                                              const QString &resolvedReason = {},
                                              const QString &clientRequestId = {},
                                              QObject *parent = nullptr);
// GET {graph}/v1.0/auditLogs/signIns?$filter=createdDateTime ge X and
// createdDateTime le Y&$top=1000 with a token of the customer tenant.
ListJob<SignIn> *listSignIns(const Session &session, const QString &customerTenantId,
                             const QDateTime &from, const QDateTime &to, QObject *parent = nullptr);
// Same for directoryAudits on activityDateTime.
ListJob<AuditEvent> *listDirectoryAudits(const Session &session, const QString &customerTenantId,
                                         const QDateTime &from, const QDateTime &to,
                                         QObject *parent = nullptr);
// The $filter text used above (exposed for tests and logs).
QString timeFilter(const QString &property, const QDateTime &from, const QDateTime &to);

} // namespace graph

// Partner Center (§5), partner tenant token, case-insensitive reading.
namespace partnercenter {

RequestJob<OrganizationProfile> *organizationProfile(const Session &session,
                                                     QObject *parent = nullptr);
ListJob<Customer> *listCustomers(const Session &session, int pageSize = 200,
                                 QObject *parent = nullptr);
RequestJob<Customer> *getCustomer(const Session &session, const QString &customerId,
                                  QObject *parent = nullptr);
ListJob<Reseller> *listResellers(const Session &session, const QString &customerId,
                                 QObject *parent = nullptr);
ListJob<Subscription> *listSubscriptions(const Session &session, const QString &customerId,
                                         QObject *parent = nullptr);
RequestJob<Subscription> *getSubscription(const Session &session, const QString &customerId,
                                          const QString &subscriptionId, QObject *parent = nullptr);
ListJob<Entitlement> *listEntitlements(const Session &session, const QString &customerId,
                                       const QString &subscriptionId, QObject *parent = nullptr);
// POST .../azureEntitlements/{id}/cancel (202). value() is the entitlement
// when the service returns one. `requestId` = MS-RequestId (idempotency key).
RequestJob<std::optional<Entitlement>> *
cancelEntitlement(const Session &session, const QString &customerId, const QString &subscriptionId,
                  const QString &entitlementId, const QString &requestId,
                  const QString &reason = QStringLiteral("compromise"), QObject *parent = nullptr);
// Legacy fraud events (§5.8), read-only fallback: call only when enabled in
// the settings (off by default). Items are the raw objects.
ListJob<QJsonObject> *listFraudEvents(const Session &session, const QString &eventStatus = {},
                                      const QString &azureSubscriptionId = {},
                                      QObject *parent = nullptr);

// Suspend (or reactivate) a subscription (§5.6): GET, PATCH the full object
// as received with `status` replaced and If-Match: etag; on 412 GET again,
// re-apply and retry once (same MS-RequestId). value() is the updated
// subscription.
class SetSubscriptionStatusJob : public ValueJob<Subscription>
{
public:
    SetSubscriptionStatusJob(const Session &session, QString customerId, QString subscriptionId,
                             QString status, QString requestId, QObject *parent = nullptr);
    int patches() const { return m_patches; }

protected:
    void run() override;

private:
    void fetch();
    void patch(const QJsonObject &current);
    QUrl url() const;

    QString m_customerId;
    QString m_subscriptionId;
    QString m_status;
    QString m_requestId;
    int m_patches = 0;
};
SetSubscriptionStatusJob *suspendSubscription(const Session &session, const QString &customerId,
                                              const QString &subscriptionId,
                                              const QString &requestId, QObject *parent = nullptr);

} // namespace partnercenter

// Azure Cost Management (§6), token of the customer tenant for ARM.
namespace cost {

// POST {arm}/subscriptions/{id}/providers/Microsoft.CostManagement/query
// (ActualCost, Custom from 00:00:00 to 23:59:59, Daily, Sum of Cost), paging
// by POSTing the same body to properties.nextLink; 204 = no data.
ListJob<SpendDay> *dailyCost(const Session &session, const QString &customerTenantId,
                             const QString &azureSubscriptionId, QDate from, QDate to,
                             const QString &apiVersion = QStringLiteral("2023-03-01"),
                             QObject *parent = nullptr);
QByteArray queryBody(QDate from, QDate to);

} // namespace cost

} // namespace vigie::net
