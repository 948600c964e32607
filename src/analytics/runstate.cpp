#include "analytics/runstate.h"

#include "core/timeutil.h"

#include <QJsonDocument>

namespace vigie::analytics::detail {

Run::Run(store::Database &db, const RuleCatalog &catalog, const Clock &clock,
         const QString &customer)
    : state(db, customer), catalog(catalog), clock(clock), customer(customer)
{}

QString Run::key3(const QString &a, const QString &b, qint64 c)
{
    return a + u'\x1f' + b + u'\x1f' + QString::number(c);
}

QSet<QString> Run::activityKeys(const Condition &c)
{
    const QList<Condition> top = c.kind == Condition::Kind::All ? c.children : QList<Condition>{c};
    for (const Condition &ch : top) {
        const ValueList &l = ch.literal;
        if (ch.kind == Condition::Kind::Leaf && ch.path.field == Path::Field::Activity &&
            (ch.op == Condition::Op::Eq || ch.op == Condition::Op::In) && !ch.hasFieldRef &&
            ch.settingSlot < 0 && l.prefixes.isEmpty() && l.suffixes.isEmpty() &&
            l.numbers.isEmpty() && !l.exact.isEmpty())
            return l.exact;
    }
    return {};
}

Status Run::setup()
{
    auto s = state.settings();
    if (!s)
        return s.error();
    settings = *s;
    resolved = settings.resolve(catalog);
    slotIdx.privileged = catalog.slotOf(QStringLiteral("privilegedAccounts"));
    slotIdx.b2cApps = catalog.slotOf(QStringLiteral("b2cSignInApps"));
    for (const auto &r : catalog.rules()) {
        RuleRt rt;
        rt.rule = r.get();
        rt.active = !settings.isDisabled(r->id) && missingSettings(*r).isEmpty();
        rt.windowMs = settings.windowMs(*r);
        rt.params = settings.params(*r);
        rt.threshold = rt.params.value(u"threshold").toInt();
        rt.baselineWindows = rt.params.value(u"baselineWindows").toInt();
        rt.strideMs = parseIsoDuration(rt.params.value(u"baselineStride").toString());
        if (rt.strideMs <= 0)
            rt.strideMs = rt.windowMs;
        rt.percent = rt.params.value(u"percent").toDouble();
        rt.minVolume = rt.params.value(u"minVolume").toInteger();
        rt.signIn = r->source == u"signIns";
        rt.residual = r->conditions;
        if (rt.signIn)
            rt.gates = flagGates(r->conditions, rt.residual);
        rt.hasResidual =
            rt.residual.kind != Condition::Kind::All || !rt.residual.children.isEmpty();
        rts.append(rt);
    }
    for (RuleRt &rt : rts)
        if (rt.active)
            (rt.signIn ? signInRts : auditRts).append(&rt);
    for (RuleRt *rt : auditRts) {
        const QSet<QString> keys = activityKeys(rt->rule->conditions);
        if (keys.isEmpty())
            auditAnyActivity.append(rt);
        for (const QString &k : keys)
            auditByActivity[k].append(rt);
    }
    return {};
}

// Whether a sign-in rule's conditions read more than the typed columns
// and the flags computed from them.
bool Run::readsRaw(const Condition &c)
{
    using F = Path::Field;
    switch (c.kind) {
    case Condition::Kind::AnyItem:
    case Condition::Kind::AllItems:
        return true;
    case Condition::Kind::Leaf: {
        auto column = [](F f) {
            switch (f) {
            case F::ErrorCode:
            case F::Failed:
            case F::B2cApp:
            case F::Privileged:
            case F::UserId:
            case F::Upn:
            case F::AppId:
            case F::AppName:
            case F::IpAddress:
            case F::Country:
            case F::AuthProtocol:
                return true;
            default:
                return false;
            }
        };
        return !column(c.path.field) || (c.hasFieldRef && !column(c.fieldRef.field));
    }
    default:
        return std::any_of(c.children.cbegin(), c.children.cend(),
                           [](const Condition &ch) { return readsRaw(ch); });
    }
}

// The gates of a rule's conditions `c`, and in `residual` what is left
// of `c` once they pass.
QList<Gate> Run::flagGates(const Condition &c, Condition &residual)
{
    QList<Gate> out;
    const QList<Condition> top = c.kind == Condition::Kind::All ? c.children : QList<Condition>{c};
    residual = Condition();
    residual.kind = Condition::Kind::All;
    for (const Condition &outer : top) {
        if (!asGate(outer, out))
            residual.children.append(outer);
    }
    return out;
}

// Appends `outer` to `gates` when it is a flag or error-code test a Gate
// settles exactly.
bool Run::asGate(const Condition &outer, QList<Gate> &gates)
{
    using F = Path::Field;
    const bool negate = outer.kind == Condition::Kind::Not;
    const Condition &ch = negate ? outer.children.first() : outer;
    const F f = ch.path.field;
    if (ch.kind != Condition::Kind::Leaf || ch.hasFieldRef || ch.settingSlot >= 0)
        return false;
    const bool in = ch.op == Condition::Op::Eq || ch.op == Condition::Op::In;
    const bool notIn = ch.op == Condition::Op::Ne || ch.op == Condition::Op::NotIn;
    if (!in && !notIn)
        return false;
    Gate g;
    g.field = f;
    g.negate = negate != notIn;
    const ValueList &l = ch.literal;
    if (f == F::Failed || f == F::B2cApp || f == F::Privileged) {
        if (!l.numbers.isEmpty() || l.all.size() != 1 || l.hasTrue == l.hasFalse)
            return false;
        g.wanted = l.hasTrue;
    } else if (f == F::ErrorCode) {
        // Only when every entry is a number (a string "50126" also
        // matches through numericStrings; keep those in the evaluator).
        if (l.numbers.isEmpty() || l.numbers.size() != l.all.size() || l.numericStrings)
            return false;
        g.numbers = l.numbers;
    } else {
        return false;
    }
    gates.append(g);
    return true;
}

QStringList Run::missingSettings(const Rule &r) const
{
    QStringList missing;
    for (const QStringList &any : r.needsSettings) {
        bool ok = false;
        for (const QString &k : any)
            ok = ok || !settings.isEmpty(k);
        if (!ok)
            missing << any.join(u'|');
    }
    return missing;
}

Status Run::loadState(const QString &stream)
{
    const StreamState s = state.streamState(stream);
    if (s.firstEventAt)
        firstEvent.insert(stream, *s.firstEventAt);
    if (s.fieldsSeen)
        fieldsSeen.insert(stream, *s.fieldsSeen);
    // Threshold windows and baseline counts are read per (rule, subject)
    // on first use (windowState / baselineState): an incremental batch
    // touches only the subjects of its new events.
    lazyState = true;
    return {};
}

ThresholdState &Run::windowState(RuleRt &rt, const QString &subject)
{
    const QString &ruleId = rt.rule->id;
    const QString &k = rt.stateKey(subject);
    auto it = windows.find(k);
    if (it != windows.end())
        return *it;
    ThresholdState ts;
    if (lazyState)
        state.loadWindow(ruleId, subject, ts.events, ts.activeBucket);
    return *windows.insert(k, ts);
}

BaselineState &Run::baselineState(RuleRt &rt, const QString &subject)
{
    const QString &ruleId = rt.rule->id;
    const QString &k = rt.stateKey(subject);
    auto it = baselines.find(k);
    if (it != baselines.end())
        return *it;
    BaselineState bs;
    if (lazyState)
        state.loadCounts(ruleId, subject, bs.counts);
    return *baselines.insert(k, bs);
}

FindingAcc *Run::finding(const RuleRt &rt, const QString &subject, qint64 bucketStart)
{
    const QString k = key3(rt.rule->id, subject, bucketStart);
    auto it = findings.find(k);
    if (it != findings.end())
        return &it.value();
    FindingAcc f;
    f.ruleId = rt.rule->id;
    f.subject = subject;
    f.bucketStart = bucketStart;
    f.severity = rt.rule->risk;
    if (auto r = recomputed.constFind(k); r != recomputed.cend()) {
        // Recomputed from nothing, in place. An acknowledged finding
        // keeps its state, severity, time span and unconfigured mark, as
        // a reset of its count, evidence and detail would.
        f.exists = true;
        f.id = r->id;
        f.state = r->state;
        f.recomputed = &*r;
        if (r->state == u"acknowledged") {
            f.severity = Risk::parse(r->severity);
            f.firstSeen = r->firstSeen;
            f.lastSeen = r->lastSeen;
            f.unconfigured = r->unconfigured;
        }
        return &findings.insert(k, f).value();
    }
    if (!storedKnown || storedKeys.contains(k)) {
        if (const auto stored = state.finding(rt.rule->id, subject, bucketStart)) {
            f.exists = true;
            f.id = stored->id;
            f.severity = Risk::parse(stored->severity);
            f.state = stored->state;
            f.firstSeen = stored->firstSeen;
            f.lastSeen = stored->lastSeen;
            f.count = stored->count;
            f.evidence = QJsonDocument::fromJson(stored->evidence).array();
            f.detail = QJsonDocument::fromJson(stored->detail).object();
            f.unconfigured = stored->unconfigured;
        }
    }
    return &findings.insert(k, f).value();
}

// The re-run's view of the stored findings from `since` on: those in
// state new or acknowledged are recomputed from their events; the
// analyst's closed and false-positive ones, and older ones, stay.
Status Run::loadStoredFindings(qint64 since)
{
    if (Status s = state.forEachFinding(since,
                                        [this](const QString &ruleId, const QString &subject,
                                               qint64 bucketStart, StoredFinding *f) {
                                            const QString k = key3(ruleId, subject, bucketStart);
                                            storedKeys.insert(k);
                                            if (f)
                                                recomputed.insert(k, std::move(*f));
                                        });
        !s)
        return s;
    storedKnown = true;
    return {};
}

Status Run::save(const QHash<QString, qint64> &lastRowid, const QHash<QString, qint64> &newestMs)
{
    const qint64 now = toEpochMs(clock.now());
    for (FindingAcc &f : findings) {
        if (!f.dirty)
            continue;
        if (f.baseline) {
            const BaselineDetail &d = *f.baseline;
            QJsonArray history;
            for (const auto &[startMs, count] : d.history)
                history.append(
                    QJsonObject{{QStringLiteral("start"), formatWireDateTime(fromEpochMs(startMs))},
                                {QStringLiteral("count"), count}});
            f.detail.insert(QStringLiteral("current"), d.current);
            f.detail.insert(QStringLiteral("baseline"), d.median);
            f.detail.insert(QStringLiteral("limit"), d.limit);
            f.detail.insert(QStringLiteral("percent"), d.percent);
            f.detail.insert(QStringLiteral("minVolume"), d.minVolume);
            f.detail.insert(QStringLiteral("window"), d.window);
            f.detail.insert(QStringLiteral("history"), history);
            f.baseline.reset();
        }
        if (!f.distinct.isEmpty()) {
            QJsonObject distinct;
            for (auto it = f.distinct.cbegin(); it != f.distinct.cend(); ++it)
                distinct.insert(it.key(), QJsonArray::fromStringList(it->values));
            f.detail.insert(QStringLiteral("distinct"), distinct);
        }
        const FindingWrite w{f.ruleId,
                             f.subject,
                             f.bucketStart,
                             riskName(f.severity),
                             f.state,
                             f.firstSeen,
                             f.lastSeen,
                             f.count,
                             QJsonDocument(f.evidence).toJson(QJsonDocument::Compact),
                             QJsonDocument(f.detail).toJson(QJsonDocument::Compact),
                             f.unconfigured};
        if (const StoredFinding *r = f.recomputed) {
            // Re-found: new again, or acknowledged and updated as before.
            ++(r->state == u"new" ? stats.findingsCreated : stats.findingsUpdated);
            if (r->severity == w.severity && r->firstSeen == f.firstSeen &&
                r->lastSeen == f.lastSeen && r->count == f.count && r->evidence == w.evidence &&
                r->detail == w.detail && r->unconfigured == f.unconfigured) {
                f.dirty = false;
                continue; // the same as stored: no write
            }
        }
        if (f.exists) {
            if (Status s = state.updateFinding(f.id, w, now); !s)
                return s;
            if (!f.recomputed)
                ++stats.findingsUpdated;
        } else {
            auto id = state.insertFinding(w, now);
            if (!id)
                return id.error();
            f.exists = true;
            f.id = *id;
            ++stats.findingsCreated;
        }
        f.dirty = false;
    }
    // Recomputed findings the re-run did not find again: a new one goes,
    // an acknowledged one stays with no events (the analyst's decision).
    for (auto r = recomputed.cbegin(); r != recomputed.cend(); ++r) {
        const auto f = findings.constFind(r.key());
        if (f != findings.cend() && f->count > 0)
            continue;
        if (r->state == u"new") {
            if (Status s = state.deleteFinding(r->id); !s)
                return s;
        } else if (r->count != 0 || r->evidence != "[]" || r->detail != "{}") {
            if (Status s = state.emptyFinding(r->id, now); !s)
                return s;
        }
    }
    // Expired windows are not kept: most of a full pass's windows (one per
    // IP or user of a threshold rule) saw their last event long before the
    // newest, and writing them was most of the save. A re-run has deleted
    // the stored ones (resetDerivedState); an incremental run deletes those
    // it loaded.
    for (auto it = windows.begin(); it != windows.end(); ++it) {
        if (!it->dirty)
            continue;
        const bool empty =
            it->events.isEmpty() ||
            it->expired(newestMs.value(it->stream, std::numeric_limits<qint64>::min()));
        if (empty && !lazyState)
            continue;
        const QStringList k = it.key().split(u'\x1f');
        if (Status s = empty ? state.deleteWindow(k[0], k[1])
                             : state.saveWindow(k[0], k[1], it->events, it->activeBucket);
            !s)
            return s;
    }
    for (auto it = baselines.begin(); it != baselines.end(); ++it) {
        if (!it->dirty)
            continue;
        const QStringList k = it.key().split(u'\x1f');
        if (Status s = state.replaceCounts(k[0], k[1], it->counts); !s)
            return s;
    }
    for (const QString &stream : {QStringLiteral("signIns"), QStringLiteral("directoryAudits")}) {
        const auto first = firstEvent.constFind(stream);
        if (Status s = state.saveStreamState(
                stream, lastRowid.value(stream, 0),
                first != firstEvent.cend() ? std::optional<qint64>(*first) : std::nullopt,
                fieldsSeen.value(stream), now);
            !s)
            return s;
    }
    return {};
}

} // namespace vigie::analytics::detail
