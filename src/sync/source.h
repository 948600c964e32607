#pragma once

#include "core/result.h"
#include "store/logrepository.h"

#include <QDateTime>
#include <QJsonObject>
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

// One page as received: the items as JSON objects in the service's own
// shape (Cost Management rows are turned into objects keyed by column name:
// {"UsageDate": 20240501, "Cost": 12.5, "Currency": "EUR"}), and the
// continuation, empty on the last page.
struct Page
{
    QList<QJsonObject> items;
    QString next;
    // Log pages from NetSource arrive as rows, parsed and mapped off the
    // worker thread (which writes the cache); other sources fill `items`.
    QList<store::SignInRow> signIns;
    QList<store::AuditRow> audits;
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
