#include "analytics/detectionservice.h"

#include "store/database.h"

namespace vigie::analytics {

namespace {

// The embedded catalog never changes while the process runs: loaded by the
// first caller (a function-local static is initialised once, thread-safely)
// and shared by every service.
const Result<RuleCatalog> &builtinCatalog()
{
    static const Result<RuleCatalog> loaded = RuleCatalog::loadBuiltin();
    return loaded;
}

} // namespace

DetectionService::DetectionService(const Clock &clock) : m_clock(&clock) {}

Result<const RuleCatalog *> DetectionService::catalog() const
{
    const Result<RuleCatalog> &loaded = builtinCatalog();
    if (!loaded)
        return loaded.error();
    return &loaded.value();
}

Result<DetectionStats> DetectionService::evaluateNew(store::Database &db, const QString &customerId,
                                                     Progress progress)
{
    auto rules = catalog();
    if (!rules)
        return rules.error();
    DetectionEngine engine(db, **rules, *m_clock);
    engine.setProgress(std::move(progress));
    return customerId.isEmpty() ? engine.evaluateNewAll() : engine.evaluateNew(customerId);
}

Result<DetectionStats> DetectionService::rerun(store::Database &db, const QString &customerId,
                                               const QDateTime &since, Progress progress)
{
    auto rules = catalog();
    if (!rules)
        return rules.error();
    DetectionEngine engine(db, **rules, *m_clock);
    engine.setProgress(std::move(progress));
    return customerId.isEmpty() ? engine.rerunAll(since) : engine.rerun(customerId, since);
}

Result<QList<RuleStatus>> DetectionService::ruleStatuses(store::Database &db,
                                                         const QString &customerId)
{
    auto rules = catalog();
    if (!rules)
        return rules.error();
    return DetectionEngine(db, **rules, *m_clock).ruleStatuses(customerId);
}

Result<QStringList> DetectionService::customers(store::Database &db)
{
    auto rules = catalog();
    if (!rules)
        return rules.error();
    return DetectionEngine(db, **rules, *m_clock).customers();
}

} // namespace vigie::analytics
