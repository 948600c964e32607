#pragma once

#include "analytics/engine.h"
#include "analytics/rules.h"
#include "core/result.h"
#include "core/timeutil.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// The one entry to detection for the sync worker, the CLI verbs and the GUI:
// the built-in rule catalog, loaded once per process (thread-safe; every
// service and copy shares it), and a DetectionEngine per call on the
// caller's connection. Timestamps (findings, windows, state) come from the
// injected clock: SystemClock::instance() in production. Copies are cheap and
// may be used on other threads, one call per connection at a time.
class DetectionService
{
public:
    explicit DetectionService(const Clock &clock);
    using Progress = std::function<void(qint64 done, qint64 total)>;
    Result<const RuleCatalog *>
    catalog() const; // loaded once; error if the built-in catalog is broken
    Result<DetectionStats> evaluateNew(store::Database &db, const QString &customerId = {},
                                       Progress progress = {}); // empty id = all customers
    Result<DetectionStats> rerun(store::Database &db, const QString &customerId,
                                 const QDateTime &since, Progress progress = {}); // empty id = all
    Result<QList<RuleStatus>> ruleStatuses(store::Database &db, const QString &customerId);
    // Customers that have events or settings (the detection page's list).
    Result<QStringList> customers(store::Database &db);

private:
    const Clock *m_clock;
};

} // namespace vigie::analytics
