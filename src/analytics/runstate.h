#pragma once

// Internal to the detection engine: the state of one pass over a
// customer's events. The rules as the pass runs them (RuleRt), the findings
// it accumulates, the threshold windows and baseline counts, and the stream
// state; loaded from and saved to the DetectionStateStore.

#include "analytics/detectionstatestore.h"
#include "analytics/engine.h"
#include "analytics/evaluator.h"
#include "analytics/eventdata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <limits>
#include <optional>

namespace vigie::analytics::detail {

inline constexpr int kEvidenceCap = 200;

// ---- findings ------------------------------------------------------------------------

inline int riskRank(const Risk &r)
{
    switch (r.value()) {
    case Risk::Enum::High:
        return 3;
    case Risk::Enum::Medium:
        return 2;
    case Risk::Enum::Low:
        return 1;
    default:
        return 0;
    }
}

inline QString riskName(const Risk &r)
{
    return r.raw().isEmpty() ? Risk::nameOf(r.value()) : r.raw().toLower();
}

// Written into the finding's detail on save: each event of a firing bucket
// would otherwise rebuild the same JSON.
struct BaselineDetail
{
    qint64 current = 0;
    double median = 0, limit = 0, percent = 0;
    qint64 minVolume = 0;
    QString window;
    QList<std::pair<qint64, qint64>> history;
};

struct FindingAcc
{
    qint64 id = 0;
    bool exists = false; // row in the store
    bool dirty = false;
    bool created = false;
    const StoredFinding *recomputed = nullptr; // what a re-run found stored
    QString ruleId, subject;
    qint64 bucketStart = 0;
    Risk severity;
    QString state = QStringLiteral("new");
    qint64 firstSeen = 0, lastSeen = 0;
    qint64 count = 0;
    QJsonArray evidence;
    QJsonObject detail;
    bool unconfigured = false;
    // countDistinct escalation values per path, kept as sets during the run
    // and written to detail.distinct on save.
    struct Distinct
    {
        QSet<QString> seen;
        QStringList values;
    };
    QHash<QString, Distinct> distinct;
    bool distinctLoaded = false;
    std::optional<BaselineDetail> baseline;
    bool frozen() const { return state == u"closed" || state == u"falsePositive"; }
};

struct ThresholdState
{
    QList<WindowEntry> events;
    qint64 activeBucket = -1; // finding being extended, -1 none
    bool dirty = false;
    // The rule's window and threshold, and its stream: whether the window
    // can still count an event later than the stream's newest (save()).
    QString stream;
    qint64 windowMs = 0;
    int threshold = 0;
    // Nothing in it can count again: every later event of its stream comes
    // at or after `newestMs` (earlier ones make evaluateNew re-run), so it
    // would push all of it out and, alone under a threshold of 2 or more,
    // not fire: the same as no window at all.
    bool expired(qint64 newestMs) const
    {
        // (min(): the stream had no event; never subtracted from.)
        return threshold >= 2 && !events.isEmpty() &&
               newestMs != std::numeric_limits<qint64>::min() &&
               events.last().t <= newestMs - windowMs;
    }
};

struct BaselineState
{
    QMap<qint64, qint64> counts; // bucket index -> count
    QSet<qint64> firedBuckets;   // this run (a stored finding is found by key anyway)
    bool dirty = false;
    // The baseline of bucket `forBucket`: earlier buckets are final while a
    // pass is in it (events come in time order), so it is computed once.
    qint64 forBucket = std::numeric_limits<qint64>::min();
    double median = 0, limit = 0;
    QList<std::pair<qint64, qint64>> history; // (bucket start ms, count)
};

struct RuleRt
{
    const Rule *rule = nullptr;
    bool active = true;
    bool signIn = false;
    // Sign-in flag and error-code tests at the top of the rule's conditions
    // (`_failed eq true`, `status.errorCode in [...]`), checked before the
    // generic evaluator: most events fail one.
    QList<Gate> gates;
    // The conditions the gates leave to the evaluator (a rule whose every
    // test is a gate needs none).
    Condition residual;
    bool hasResidual = true;
    qint64 windowMs = 0;
    QJsonObject params;
    int threshold = 0;
    int baselineWindows = 0;
    qint64 strideMs = 0;
    double percent = 0;
    qint64 minVolume = 0;
    // The windows/counts key (rule|subject) of the subject last seen:
    // volume rules see the same subject ("tenant") for most events.
    QString keySubject, key;
    const QString &stateKey(const QString &subject)
    {
        if (key.isNull() || subject != keySubject) {
            keySubject = subject;
            key = rule->id + u'\x1f' + subject;
        }
        return key;
    }
};

struct Hit
{
    RuleRt *rt;
    QString subject;
    bool unconfigured;
};

// ---- the run ------------------------------------------------------------------------

class Run
{
public:
    Run(store::Database &db, const RuleCatalog &catalog, const Clock &clock,
        const QString &customer);

    // Settings, the rules as this customer runs them, the per-stream
    // indexes of active rules (runstate.cpp).
    Status setup();
    // Incremental: first event and fields seen per stream; windows and
    // counts are then read per (rule, subject) on first use.
    Status loadState(const QString &stream);
    // Re-run: the stored findings from `since` on (see runstate.cpp).
    Status loadStoredFindings(qint64 since);
    // One event through the rules that may take it (evaluator.cpp).
    void processEvent(const QString &stream, EventData &ev);
    // Findings, windows, counts and stream state, in the caller's transaction.
    // `newestMs`: each stream's newest event time seen by the run.
    Status save(const QHash<QString, qint64> &lastRowid, const QHash<QString, qint64> &newestMs);

    QStringList missingSettings(const Rule &r) const;
    // Whether a sign-in rule's conditions read more than the typed columns
    // and the flags computed from them.
    static bool readsRaw(const Condition &c);

    DetectionStateStore state;
    const RuleCatalog &catalog;
    const Clock &clock;
    QString customer;
    CustomerSettings settings;
    ResolvedSettings resolved;
    Slots slotIdx;
    QList<RuleRt> rts;
    QList<RuleRt *> signInRts, auditRts;    // active rules per stream, built after setup
    QHash<QString, qint64> firstEvent;      // stream -> first event time
    QHash<QString, QStringList> fieldsSeen; // stream -> requiresFields seen
    DetectionStats stats;
    qint64 sinceMs = 0; // events before only warm up state

private:
    // The rules worth evaluating for `ev`, in catalog order.
    const QList<RuleRt *> &candidates(EventData &ev)
    {
        if (!ev.audit)
            return signInRts;
        if (!ev.hasCol[ColActivity])
            return auditRts;
        const auto it = auditByActivity.constFind(ev.folded(ColActivity));
        if (it == auditByActivity.cend())
            return auditAnyActivity;
        scratch = auditAnyActivity;
        scratch.append(*it);
        // rts never reallocates after setup: address order is catalog order.
        std::sort(scratch.begin(), scratch.end());
        return scratch;
    }
    static QSet<QString> activityKeys(const Condition &c);
    static QString key3(const QString &a, const QString &b, qint64 c);
    static QList<Gate> flagGates(const Condition &c, Condition &residual);
    static bool asGate(const Condition &outer, QList<Gate> &gates);
    ThresholdState &windowState(RuleRt &rt, const QString &subject);
    BaselineState &baselineState(RuleRt &rt, const QString &subject);
    FindingAcc *finding(const RuleRt &rt, const QString &subject, qint64 bucketStart);
    void addEvidence(FindingAcc &f, const RuleRt &rt, const QString &stream, const QString &id,
                     qint64 t, const QStringList &esc, bool unconfigured,
                     const QString &correlationId = QString());
    QString subjectOf(const Rule &r, EventData &ev);
    // Allowlist: returns true when the rule fires; sets unconfigured.
    bool allowlistFires(const Rule &r, Evaluator &ev, EventData &data, bool &unconfigured);
    QStringList escValues(const Rule &r, EventData &ev);
    static QString correlationIdOf(EventData &ev);
    void threshold(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
                   const QStringList &esc, bool live);
    QString settingsWindowText(const RuleRt &rt) const;
    void baseline(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
                  const QStringList &esc, bool live);

    // Most audit rules start with `activityDisplayName in [...]`: an audit
    // event is checked only against the rules naming its activity.
    QList<RuleRt *> auditAnyActivity;
    QHash<QString, QList<RuleRt *>> auditByActivity; // folded activity -> rules
    QList<RuleRt *> scratch;
    QHash<QString, FindingAcc> findings;     // key rule|subject|bucket
    QHash<QString, ThresholdState> windows;  // rule|subject
    QHash<QString, BaselineState> baselines; // rule|subject
    bool lazyState = false;                  // windows/counts come from the store on first use
    // A re-run knows every stored finding's key up front, so new keys skip
    // the lookup; the ones it recomputes it holds whole.
    QSet<QString> storedKeys;
    bool storedKnown = false;
    QHash<QString, StoredFinding> recomputed;
};

} // namespace vigie::analytics::detail
