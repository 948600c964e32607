#include "analytics/engine.h"

#include "analytics/detectionstatestore.h"
#include "analytics/eventdata.h"
#include "analytics/eventreader.h"
#include "analytics/logging.h"
#include "analytics/runstate.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <limits>

// The orchestration of a pass: the units it runs are
//   eventdata.h         one event as the rules see it, values, gates
//   eventreader.{h,cpp} row batches, the reader threads, the chunk planner
//   evaluator.{h,cpp}   conditions, and one event through the rules
//   runstate.{h,cpp}    the rules as run, findings, windows, counts, saving
//   detectionstatestore.{h,cpp}  every SQL statement of the engine

namespace vigie::analytics {

using detail::ColAuthProtocol;
using detail::EventData;
using detail::EventReader;
using detail::EventSource;
using detail::FlagLists;
using detail::RowBatch;
using detail::RuleRt;

QString RuleStatus::stateName(State s)
{
    switch (s) {
    case State::Active:
        return QStringLiteral("active");
    case State::Disabled:
        return QStringLiteral("disabled");
    case State::NeedsSetup:
        return QStringLiteral("needsSetup");
    case State::NotSupported:
        return QStringLiteral("notSupported");
    case State::Learning:
        return QStringLiteral("learning");
    }
    return {};
}

DetectionEngine::DetectionEngine(store::Database &db, const RuleCatalog &catalog,
                                 const Clock &clock)
    : m_db(db), m_catalog(catalog), m_clock(clock)
{}

DetectionEngine::~DetectionEngine() = default;

void DetectionEngine::setProgress(std::function<void(qint64, qint64)> progress)
{
    m_progress = std::move(progress);
}

Result<QStringList> DetectionEngine::customers()
{
    return detail::DetectionStateStore::customers(m_db);
}

Result<DetectionStats> DetectionEngine::evaluateNew(const QString &customerId)
{
    // Events older than what was already evaluated (a sync resumed on older
    // pages, logs ingested late): sliding windows and baselines must see them
    // in time order with their neighbours, so the customer is re-run from the
    // oldest of them (with the usual look-back) instead of appended to state
    // built from later events — which counted far-apart events as one window.
    qint64 since = -1;
    {
        detail::DetectionStateStore state(m_db, customerId);
        for (const QString &stream :
             {QStringLiteral("signIns"), QStringLiteral("directoryAudits")}) {
            auto late = state.lateArrivalSince(stream);
            if (!late)
                return late.error();
            if (*late >= 0)
                since = since < 0 ? *late : std::min(since, *late);
        }
    }
    if (since >= 0) {
        qCInfo(lcAnalytics).noquote()
            << "detect" << customerId << "events arrived out of order: re-running since"
            << formatWireDateTime(fromEpochMs(since));
        return process(customerId, true, since);
    }
    return process(customerId, false, 0);
}

Result<DetectionStats> DetectionEngine::rerun(const QString &customerId, const QDateTime &since)
{
    return process(customerId, true, toEpochMs(since));
}

Result<DetectionStats> DetectionEngine::evaluateNewAll()
{
    auto cs = customers();
    if (!cs)
        return cs.error();
    DetectionStats total;
    for (const QString &c : *cs) {
        auto r = evaluateNew(c);
        if (!r)
            return r.error();
        total.events += r->events;
        total.findingsCreated += r->findingsCreated;
        total.findingsUpdated += r->findingsUpdated;
        total.elapsedMs += r->elapsedMs;
    }
    return total;
}

Result<DetectionStats> DetectionEngine::rerunAll(const QDateTime &since)
{
    auto cs = customers();
    if (!cs)
        return cs.error();
    DetectionStats total;
    for (const QString &c : *cs) {
        auto r = rerun(c, since);
        if (!r)
            return r.error();
        total.events += r->events;
        total.findingsCreated += r->findingsCreated;
        total.findingsUpdated += r->findingsUpdated;
        total.elapsedMs += r->elapsedMs;
    }
    return total;
}

Result<DetectionStats> DetectionEngine::process(const QString &customerId, bool rerunMode,
                                                qint64 sinceMs)
{
    QElapsedTimer timer;
    timer.start();
    store::Transaction tx(m_db, store::Transaction::Kind::Immediate);
    if (!tx.isActive())
        return tx.beginStatus().error();
    detail::Run run(m_db, m_catalog, m_clock, customerId);
    detail::DetectionStateStore &state = run.state;
    if (Status s = run.setup(); !s)
        return s.error();

    qint64 warmFrom = sinceMs;
    if (rerunMode) {
        qint64 lookback = 0;
        for (const RuleRt &rt : run.rts) {
            if (!rt.active)
                continue;
            if (rt.rule->kind == Rule::Kind::BaselineDelta)
                lookback = std::max(lookback, (rt.baselineWindows + 1) * rt.strideMs);
            if (rt.rule->kind == Rule::Kind::Threshold)
                lookback = std::max(lookback, rt.windowMs);
        }
        warmFrom = sinceMs - lookback;
        run.sinceMs = sinceMs;
    } else {
        if (Status s = run.loadState(QStringLiteral("signIns")); !s)
            return s.error();
        if (Status s = run.loadState(QStringLiteral("directoryAudits")); !s)
            return s.error();
    }

    // One source per event table. Each keeps its own order; the two
    // streams share no rule state, so their batches may interleave.
    struct Stream
    {
        QString name;
        bool audit = false;
        bool anyRule = false;
        QStringList pendingFields;
        qint64 maxRow = 0;
        qint64 maxTime = std::numeric_limits<qint64>::min();
        EventSource source;
    };
    std::array<Stream, 2> streams;
    qint64 total = 0;
    for (Stream &str : streams) {
        const bool audit = &str != &streams[0];
        str.audit = audit;
        str.name = audit ? QStringLiteral("directoryAudits") : QStringLiteral("signIns");
        qint64 watermark = 0;
        if (!rerunMode) {
            auto w = state.watermark(str.name);
            if (!w)
                return w.error();
            watermark = *w;
        }
        for (const RuleRt &rt : run.rts) {
            if (rt.rule->source != str.name)
                continue;
            str.anyRule = str.anyRule || rt.active;
            for (const QString &f : rt.rule->requiresFields)
                if (!run.fieldsSeen.value(str.name).contains(f) && !str.pendingFields.contains(f))
                    str.pendingFields << f;
        }
        const bool incremental = !rerunMode && watermark > 0;
        const detail::EventQuery query = detail::DetectionStateStore::eventQuery(
            audit, rerunMode     ? detail::DetectionStateStore::Walk::Rerun
                   : incremental ? detail::DetectionStateStore::Walk::Incremental
                                 : detail::DetectionStateStore::Walk::First);
        str.source.rawStored = query.rawStored;
        str.maxRow = watermark;
        str.source.sql = query.sql;
        str.source.audit = audit;
        str.source.firstRow = rerunMode ? warmFrom : watermark;
        if (!audit && !incremental) {
            const qint64 from = rerunMode ? warmFrom : std::numeric_limits<qint64>::min();
            auto starts = detail::signInChunks(state, from);
            if (!starts)
                return starts.error();
            if (!starts->isEmpty()) {
                str.source.chunkStarts = *starts;
                run.stats.signInChunks = starts->size();
                str.source.sql = detail::DetectionStateStore::signInChunkQuery();
            }
        }
        if (!audit) {
            FlagLists &lists = str.source.lists;
            if (run.slotIdx.b2cApps >= 0)
                lists.b2cApps = &run.resolved.lists[size_t(run.slotIdx.b2cApps)];
            if (run.slotIdx.privileged >= 0)
                lists.privileged = &run.resolved.lists[size_t(run.slotIdx.privileged)];
            // A rule without gates sees every event: then no row is skipped.
            if (str.anyRule && std::none_of(run.signInRts.cbegin(), run.signInRts.cend(),
                                            [](const RuleRt *rt) { return rt->gates.isEmpty(); })) {
                for (const RuleRt *rt : run.signInRts)
                    lists.gates.append(&rt->gates);
            }
            for (const RuleRt *rt : run.signInRts)
                if (detail::Run::readsRaw(rt->rule->conditions))
                    lists.rawRules.append(&rt->gates);
        }
    }
    // A sign-in's raw JSON the reader did not read ahead, on this thread's
    // connection (its write transaction sees the same event rows).
    const std::function<QByteArray(qint64, const QString &)> loadSignInRaw =
        [&state](qint64 timeMs, const QString &id) { return state.signInRaw(timeMs, id); };
    auto consume = [&](Stream &str, const RowBatch &batch, size_t i) {
        if (const RowBatch::Row &row = batch.rows[i]; row.inert) {
            // What processEvent does for an event no rule takes.
            str.maxRow = std::max(str.maxRow, row.rowid);
            str.maxTime = std::max(str.maxTime, row.timeMs);
            if (str.anyRule)
                ++run.stats.events;
            if (!run.firstEvent.contains(str.name))
                run.firstEvent.insert(str.name, row.timeMs);
            if (++total % 100000 == 0 && m_progress)
                m_progress(total, -1);
            return;
        }
        EventData ev;
        ev.settings = &run.resolved;
        ev.slotIdx = &run.slotIdx;
        ev.rawLoader = &loadSignInRaw;
        batch.fill(i, str.audit, ev);
        str.maxRow = std::max(str.maxRow, ev.rowid);
        str.maxTime = std::max(str.maxTime, ev.timeMs);
        if (!str.pendingFields.isEmpty()) {
            // A field kept in a column is seen without the raw JSON.
            if (!str.audit && ev.hasCol[ColAuthProtocol]) {
                const qsizetype i = str.pendingFields.indexOf(u"authenticationProtocol");
                if (i >= 0)
                    run.fieldsSeen[str.name].append(str.pendingFields.takeAt(i));
            }
            ev.onParsed = [&](const QJsonObject &raw) {
                for (qsizetype i = str.pendingFields.size() - 1; i >= 0; --i) {
                    if (!json::at(raw, str.pendingFields[i]).isUndefined()) {
                        run.fieldsSeen[str.name].append(str.pendingFields[i]);
                        str.pendingFields.removeAt(i);
                    }
                }
            };
        }
        if (str.anyRule)
            run.processEvent(str.name, ev);
        else if (!run.firstEvent.contains(str.name))
            run.firstEvent.insert(str.name, ev.timeMs);
        if (++total % 100000 == 0 && m_progress)
            m_progress(total, -1);
    };
    EventReader reader(m_db, customerId, {&streams[0].source, &streams[1].source});
    // The readers start on the events while this thread forgets the derived
    // state a re-run recomputes. Only with WAL: under a rollback journal
    // their shared locks could hold up this connection's writes.
    if (state.walMode())
        reader.start();
    if (rerunMode) {
        // Forget derived state from `since` on; keep the analyst's decisions.
        // (Findings are reconciled when saved: see loadStoredFindings.)
        if (Status s = state.resetDerivedState(sinceMs); !s)
            return s.error();
        if (Status s = run.loadStoredFindings(sinceMs); !s)
            return s.error();
    }
    run.stats.prepareMs = timer.elapsed();
    if (Status s = reader.run([&](int source, const RowBatch &batch, size_t i) {
            consume(streams[size_t(source)], batch, i);
        });
        !s)
        return s.error();
    QHash<QString, qint64> lastRowid, newestMs;
    for (const Stream &str : streams) {
        lastRowid.insert(str.name, str.maxRow);
        newestMs.insert(str.name, str.maxTime);
    }
    run.stats.scanMs = timer.elapsed() - run.stats.prepareMs;
    if (Status s = run.save(lastRowid, newestMs); !s)
        return s.error();
    run.stats.saveMs = timer.elapsed() - run.stats.prepareMs - run.stats.scanMs;
    if (Status s = tx.commit(); !s)
        return s.error();
    run.stats.elapsedMs = timer.elapsed();
    run.stats.commitMs =
        run.stats.elapsedMs - run.stats.prepareMs - run.stats.scanMs - run.stats.saveMs;
    qCInfo(lcAnalytics) << "detect" << customerId << (rerunMode ? "rerun" : "incremental")
                        << run.stats.events << "events" << run.stats.findingsCreated << "new"
                        << run.stats.findingsUpdated << "updated" << run.stats.elapsedMs << "ms";
    return run.stats;
}

Result<QList<RuleStatus>> DetectionEngine::ruleStatuses(const QString &customerId)
{
    detail::Run run(m_db, m_catalog, m_clock, customerId);
    if (Status s = run.setup(); !s)
        return s.error();
    if (Status s = run.loadState(QStringLiteral("signIns")); !s)
        return s.error();
    if (Status s = run.loadState(QStringLiteral("directoryAudits")); !s)
        return s.error();
    QList<RuleStatus> out;
    // History span per stream: first evaluated event .. newest stored event.
    QHash<QString, qint64> newest;
    for (const QString &stream : {QStringLiteral("signIns"), QStringLiteral("directoryAudits")}) {
        auto at = run.state.newestEventAt(stream);
        if (!at)
            return at.error();
        if (*at)
            newest.insert(stream, **at);
    }
    for (const RuleRt &rt : run.rts) {
        const Rule &r = *rt.rule;
        RuleStatus s;
        s.ruleId = r.id;
        s.missingSettings = run.missingSettings(r);
        for (const AllowEntry &a : r.allow)
            if (a.type == AllowEntry::Type::Field && a.emptyIsUnconfigured &&
                run.resolved.lists[size_t(a.settingSlot)].empty())
                s.unconfigured = true;
        const bool hasEvents = run.firstEvent.contains(r.source);
        bool unsupported = false;
        for (const QString &f : r.requiresFields)
            unsupported = unsupported || !run.fieldsSeen.value(r.source).contains(f);
        if (run.settings.isDisabled(r.id))
            s.state = RuleStatus::State::Disabled;
        else if (!s.missingSettings.isEmpty())
            s.state = RuleStatus::State::NeedsSetup;
        else if (hasEvents && unsupported)
            s.state = RuleStatus::State::NotSupported;
        else if (r.kind == Rule::Kind::BaselineDelta &&
                 (!hasEvents ||
                  (newest.value(r.source) - run.firstEvent.value(r.source)) / rt.strideMs <
                      rt.baselineWindows))
            s.state = RuleStatus::State::Learning;
        out.append(s);
    }
    return out;
}

} // namespace vigie::analytics
