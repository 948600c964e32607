#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace vigie::sync {

// What the engine asks the cloud for. The engine knows streams, windows and
// cursors; a Source knows URLs, tokens, query syntax and envelopes.
enum class RequestKind
{
    Customers,     // Partner Center customer list (paged)
    Resellers,     // indirect resellers of `customerId`
    Subscriptions, // subscriptions of `customerId`
    Entitlements,  // Azure plan entitlements of `customerId` / `subscriptionId`
    Alerts,        // partner security alerts: not resolved, or detected at or after `from`
    Alert,         // one alert by `id`
    Spend,         // daily cost of Azure subscription `subscriptionId`, days `from`..`to`
    SignIns,       // sign-ins of tenant `customerId`, createdDateTime in [from, to]
    Audits,        // directory audits of tenant `customerId`, activityDateTime in [from, to]
};

struct PageRequest
{
    RequestKind kind = RequestKind::Customers;
    QString customerId;
    QString subscriptionId;
    QString id;
    QDateTime from;
    QDateTime to;
    // Continuation from the previous page, opaque to the engine (a next link,
    // or a link plus its headers); empty for the first page. It is stored in
    // sync_state with the page it follows, so it must survive a restart.
    QString next;
};

// One page as received, as typed values mapped once where the page was read
// (NetSource: on the thread pool), so the worker thread, which writes the
// cache, only writes. Each value keeps its raw JSON where the cache stores it
// (`raw`, `rawText`); nothing is parsed again on the way to the store. Only
// the list of the request's kind is filled. `next` is the continuation,
// empty on the last page.
struct Page
{
    QList<Alert> alerts;               // Alerts, Alert
    QList<Customer> customers;         // Customers
    QList<Reseller> resellers;         // Resellers
    QList<Subscription> subscriptions; // Subscriptions
    QList<Entitlement> entitlements;   // Entitlements
    QList<SpendDay> spend;             // Spend
    QList<SignIn> signIns;             // SignIns
    QList<AuditEvent> audits;          // Audits
    QString next;
};

// The engine's view of the cloud. Lives on the engine's worker thread;
// `done` is called exactly once per fetch, on that thread, possibly
// synchronously. Errors keep their kind: Auth (sign-in required), Forbidden,
// NotFound, Throttled (retries exhausted), Network, Corrupt (malformed page),
// Cancelled (after abort()).
class Source
{
public:
    virtual ~Source() = default;
    virtual void fetch(const PageRequest &request, std::function<void(Result<Page>)> done) = 0;
    // Aborts every fetch in flight; each still calls `done` (Cancelled).
    virtual void abort() = 0;
};

} // namespace vigie::sync
