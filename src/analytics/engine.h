#pragma once

#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/result.h"
#include "core/timeutil.h"
#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

// State of one rule for one customer, as the rule list shows it.
struct RuleStatus
{
    enum class State
    {
        Active,
        Disabled,
        NeedsSetup,   // a required settings list is empty (detections.md §2)
        NotSupported, // requiresFields never seen in this customer's events
        Learning      // baseline-delta without enough history yet
    };
    QString ruleId;
    State state = State::Active;
    bool unconfigured = false; // fires on every actor: approved list empty
    QStringList missingSettings;
    static QString stateName(State s);
};

struct DetectionStats
{
    qint64 events = 0;          // events evaluated
    qint64 findingsCreated = 0; // new findings
    qint64 findingsUpdated = 0; // existing findings that got evidence
    qint64 elapsedMs = 0;
    // Where the time went, for benchmarks: state reset and loading, reading
    // and evaluating the events, writing findings and state, committing.
    qint64 prepareMs = 0, scanMs = 0, saveMs = 0, commitMs = 0;
    qint64 signInChunks = 0; // time chunks two readers shared (0: one walk)
};

// Evaluates the catalog over the events of the store (detections.md §1, §3).
// Incremental: evaluateNew() reads only rows inserted since the last call
// (per-customer watermark); threshold windows and baseline counts live in the
// store so a later batch continues them. rerun() recomputes from a date.
// Applications go through DetectionService (detectionservice.h), which
// holds the catalog; the engine is its per-call worker (and the tests').
class DetectionEngine
{
public:
    DetectionEngine(store::Database &db, const RuleCatalog &catalog, const Clock &clock);
    ~DetectionEngine();

    // Called with (done, total) events now and then; total may be an estimate.
    void setProgress(std::function<void(qint64, qint64)> progress);

    Result<DetectionStats> evaluateNew(const QString &customerId);
    Result<DetectionStats> evaluateNewAll();
    // Back-test: drops "new" findings from `since` on, resets acknowledged ones,
    // keeps closed/false-positive ones, and evaluates every event since then
    // (events of the preceding windows only warm up thresholds and baselines).
    Result<DetectionStats> rerun(const QString &customerId, const QDateTime &since);
    Result<DetectionStats> rerunAll(const QDateTime &since);

    Result<QList<RuleStatus>> ruleStatuses(const QString &customerId);
    // Customers that have events or settings.
    Result<QStringList> customers();

private:
    Result<DetectionStats> process(const QString &customerId, bool rerunMode, qint64 sinceMs);
    store::Database &m_db;
    const RuleCatalog &m_catalog;
    const Clock &m_clock;
    std::function<void(qint64, qint64)> m_progress;
};

// Sign-in error codes with their FR/EN meaning (detections.md §5).
QString signInErrorMeaning(qint64 code, const QString &language);

} // namespace vigie::analytics
