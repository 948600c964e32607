#include "analytics/evaluator.h"

#include "analytics/runstate.h"
#include "core/timeutil.h"

#include <QVarLengthArray>
#include <algorithm>

namespace vigie::analytics::detail {

// ---- conditions -------------------------------------------------------------------------

bool Evaluator::matchOne(const Condition &c, const Val &v, const QJsonValue *elem)
{
    if (v.t == Val::T::Json && v.j.isArray()) {
        for (const QJsonValue &e : v.j.toArray())
            if (matchOne(c, Val::json(e), elem))
                return true;
        return false;
    }
    switch (c.op) {
    case Condition::Op::Eq:
    case Condition::Op::Ne:
    case Condition::Op::In:
    case Condition::Op::NotIn: {
        if (c.hasFieldRef) {
            const Val other = get(c.fieldRef, elem);
            return fold(v.text()) == fold(other.text());
        }
        if (v.t == Val::T::Num) {
            const QJsonValue j(v.n);
            return anyList(c, [&](const ValueList &l) { return l.matches(j); });
        }
        if (v.t == Val::T::Bool) {
            const QJsonValue j(v.b);
            return anyList(c, [&](const ValueList &l) { return l.matches(j); });
        }
        if (v.t == Val::T::Str) {
            QString f = v.f; // folded only when some list may match
            return anyList(c, [&](const ValueList &l) {
                if (f.isNull()) {
                    if (!l.mayMatch(v.s))
                        return false;
                    f = fold(v.s);
                }
                return l.matchesFolded(f);
            });
        }
        return false;
    }
    case Condition::Op::Contains:
    case Condition::Op::StartsWith:
    case Condition::Op::EndsWith: {
        if (!v.present())
            return false;
        const QString f = fold(v.text());
        return anyList(c, [&](const ValueList &l) {
            for (const QString &x : l.all) {
                if (c.op == Condition::Op::Contains     ? f.contains(x)
                    : c.op == Condition::Op::StartsWith ? f.startsWith(x)
                                                        : f.endsWith(x))
                    return true;
            }
            return false;
        });
    }
    case Condition::Op::CidrIn: {
        if (v.t != Val::T::Str)
            return false;
        return anyList(c, [&](const ValueList &l) {
            for (const Cidr &x : l.cidrs)
                if (x.contains(v.s))
                    return true;
            return false;
        });
    }
    case Condition::Op::HasAnyToken: {
        if (!v.present())
            return false;
        const QString f = fold(v.text());
        const auto tokens = QStringView(f).split(u' ', Qt::SkipEmptyParts);
        for (QStringView part : tokens) {
            for (QStringView tok : part.split(u',', Qt::SkipEmptyParts)) {
                const QString t = tok.toString();
                if (anyList(c, [&](const ValueList &l) { return l.matchesFolded(t); }))
                    return true;
            }
        }
        return false;
    }
    case Condition::Op::HostIn: {
        if (!v.present())
            return false;
        const QString host = urlHost(v.text());
        if (host.isEmpty())
            return false;
        return anyList(c, [&](const ValueList &l) {
            for (const QString &d : l.all)
                if (host == d || host.endsWith(u'.' + d))
                    return true;
            return false;
        });
    }
    case Condition::Op::Exists:
        return v.present() == c.existsWanted;
    }
    return false;
}

bool Evaluator::eval(const Condition &c, const QJsonValue *elem)
{
    switch (c.kind) {
    case Condition::Kind::All:
        for (const Condition &ch : c.children)
            if (!eval(ch, elem))
                return false;
        return true;
    case Condition::Kind::AnyOf:
        for (const Condition &ch : c.children)
            if (eval(ch, elem))
                return true;
        return false;
    case Condition::Kind::Not:
        return !eval(c.children.first(), elem);
    case Condition::Kind::AnyItem:
    case Condition::Kind::AllItems: {
        // No element can match a literal the raw text lacks.
        if (const Condition &w = c.children.first();
            c.kind == Condition::Kind::AnyItem && w.kind == Condition::Kind::Leaf &&
            w.rawScannable && w.op != Condition::Op::Ne && w.op != Condition::Op::NotIn && !elem &&
            !ev.rawParsed() && !ev.rawMayContain(w.literal.all))
            return false;
        const QJsonValue arr = getArray(c.path, elem);
        const bool any = c.kind == Condition::Kind::AnyItem;
        if (!arr.isArray())
            return !any;
        for (const QJsonValue &e : arr.toArray()) {
            const bool r = eval(c.children.first(), &e);
            if (any && r)
                return true;
            if (!any && !r)
                return false;
        }
        return !any;
    }
    case Condition::Kind::Leaf: {
        if (c.rawScannable && !elem && !ev.rawParsed() && !ev.rawMayContain(c.literal.all))
            return c.op == Condition::Op::Ne || c.op == Condition::Op::NotIn;
        const Val v = get(c.path, elem);
        if (c.op == Condition::Op::Exists)
            return v.present() == c.existsWanted;
        const bool m = matchOne(c, v, elem);
        if (c.op == Condition::Op::Ne || c.op == Condition::Op::NotIn)
            return !m;
        return m;
    }
    }
    return false;
}

// ---- one event through the rules ----------------------------------------------------------

void Run::processEvent(const QString &stream, EventData &ev)
{
    ++stats.events;
    const bool live = ev.timeMs >= sinceMs;
    if (!firstEvent.contains(stream))
        firstEvent.insert(stream, ev.timeMs);
    Evaluator evaluator{ev, resolved};
    QVarLengthArray<Hit, 8> hits;
    for (RuleRt *rtp : candidates(ev)) {
        RuleRt &rt = *rtp;
        const Rule &r = *rt.rule;
        bool gated = false;
        // const: the reader thread reads these gates at the same time.
        for (const Gate &g : std::as_const(rt.gates))
            gated = gated || !g.pass(ev);
        if (gated || (rt.hasResidual && !evaluator.eval(rt.residual)))
            continue;
        bool unconfigured = false;
        if (r.kind == Rule::Kind::Allowlist && !allowlistFires(r, evaluator, ev, unconfigured))
            continue;
        hits.append(Hit{&rt, subjectOf(r, ev), unconfigured});
    }
    if (hits.isEmpty())
        return;
    for (const Hit &h : hits) {
        const Rule &r = *h.rt->rule;
        bool superseded = false;
        for (const Hit &o : hits)
            if (r.supersededBy.contains(o.rt->rule->id))
                superseded = true;
        if (superseded)
            continue;
        const qint64 w = h.rt->windowMs;
        const qint64 bucket = (ev.timeMs / w) * w;
        const QStringList esc = escValues(r, ev);
        switch (r.kind) {
        case Rule::Kind::Match:
        case Rule::Kind::Allowlist:
            if (live)
                addEvidence(*finding(*h.rt, h.subject, bucket), *h.rt, stream, ev.id(), ev.timeMs,
                            esc, h.unconfigured, correlationIdOf(ev));
            break;
        case Rule::Kind::Threshold:
            threshold(*h.rt, h.subject, stream, ev, esc, live);
            break;
        case Rule::Kind::BaselineDelta:
            baseline(*h.rt, h.subject, stream, ev, esc, live);
            break;
        }
    }
}

void Run::addEvidence(FindingAcc &f, const RuleRt &rt, const QString &stream, const QString &id,
                      qint64 t, const QStringList &esc, bool unconfigured,
                      const QString &correlationId)
{
    if (f.frozen())
        return;
    if (f.count == 0 && !f.exists)
        f.created = true;
    if (f.evidence.size() < kEvidenceCap) {
        QJsonObject e{{QStringLiteral("id"), id},
                      {QStringLiteral("stream"), stream},
                      {QStringLiteral("time"), formatWireDateTime(fromEpochMs(t))}};
        // Lets the queue group the findings of one operation (a consent
        // writes several audit events with the same correlationId).
        if (!correlationId.isEmpty())
            e.insert(QStringLiteral("correlationId"), correlationId);
        f.evidence.append(e);
    }
    f.count += 1;
    f.firstSeen = f.firstSeen == 0 ? t : std::min(f.firstSeen, t);
    f.lastSeen = std::max(f.lastSeen, t);
    f.unconfigured = f.unconfigured || unconfigured;
    f.dirty = true;
    // Escalation inside the bucket.
    int rank = riskRank(f.severity);
    Risk sev = f.severity;
    if (!f.distinctLoaded) {
        f.distinctLoaded = true;
        const QJsonObject stored = f.detail.value(u"distinct").toObject();
        for (auto it = stored.begin(); it != stored.end(); ++it) {
            FindingAcc::Distinct &d = f.distinct[it.key()];
            for (const QJsonValue &x : it.value().toArray()) {
                d.seen.insert(x.toString());
                d.values << x.toString();
            }
        }
    }
    for (qsizetype i = 0; i < rt.rule->escalate.size(); ++i) {
        const EscalateEntry &en = rt.rule->escalate[i];
        const QString v = esc.value(i);
        bool hit = false;
        if (en.type == EscalateEntry::Type::Count) {
            hit = f.count >= en.atLeast;
        } else if (en.type == EscalateEntry::Type::CountDistinct) {
            FindingAcc::Distinct &d = f.distinct[en.path.text];
            if (!v.isEmpty() && d.values.size() < 1000 && !d.seen.contains(v)) {
                d.seen.insert(v);
                d.values << v;
            }
            hit = d.values.size() >= en.atLeast;
        } else if (en.type == EscalateEntry::Type::AnyIn) {
            hit = !v.isEmpty() && resolved.lists[size_t(en.settingSlot)].matchesFolded(fold(v));
        }
        if (hit && riskRank(en.risk) > rank) {
            rank = riskRank(en.risk);
            sev = en.risk;
        }
    }
    f.severity = sev;
}

QString Run::subjectOf(const Rule &r, EventData &ev)
{
    // Volume rules (C7, C9) count the whole tenant: no strings to build.
    static const QString tenant = QStringLiteral("tenant");
    if (r.subject.size() == 1 && !r.subject[0].isEmpty() && r.subject[0][0].segments.size() == 1 &&
        r.subject[0][0].segments[0].key == u"tenant")
        return tenant;
    QStringList parts;
    for (const QList<Path> &alts : r.subject) {
        QString v;
        for (const Path &p : alts) {
            if (p.segments.size() == 1 && p.segments[0].key == u"tenant") {
                v = QStringLiteral("tenant");
                break;
            }
            v = normalizeSpaces(ev.value(p).text());
            if (!v.isEmpty())
                break;
        }
        parts << (v.isEmpty() ? QStringLiteral("-") : v);
    }
    return parts.join(u'|');
}

// Allowlist: returns true when the rule fires; sets unconfigured.
bool Run::allowlistFires(const Rule &r, Evaluator &ev, EventData &data, bool &unconfigured)
{
    int active = 0, violated = 0;
    unconfigured = false;
    for (const AllowEntry &a : r.allow) {
        switch (a.type) {
        case AllowEntry::Type::Field: {
            const ValueList &l = resolved.lists[size_t(a.settingSlot)];
            if (l.empty()) {
                if (a.emptyIsUnconfigured) {
                    ++active;
                    ++violated;
                    unconfigured = true;
                }
                break;
            }
            ++active;
            Condition c;
            c.op = a.op;
            c.settingSlot = a.settingSlot;
            bool ok = ev.matchOne(c, data.value(a.field), nullptr);
            if (!ok && a.hasAlso)
                ok = ev.matchOne(c, data.value(a.alsoField), nullptr);
            if (!ok)
                ++violated;
            break;
        }
        case AllowEntry::Type::WorkingHours:
            if (!settings.workingHours().configured)
                break;
            ++active;
            if (!settings.workingHours().contains(fromEpochMs(data.timeMs), data.accounts()))
                ++violated;
            break;
        case AllowEntry::Type::When:
            ++active;
            if (!ev.eval(a.when))
                ++violated;
            break;
        }
    }
    if (active == 0)
        return false;
    return r.allowAll ? violated == active : violated > 0;
}

QStringList Run::escValues(const Rule &r, EventData &ev)
{
    QStringList out;
    for (const EscalateEntry &en : r.escalate)
        out << (en.type == EscalateEntry::Type::Count ? QString() : ev.value(en.path).text());
    return out;
}

// Audit events carry their raw JSON already; a sign-in's is read only if
// a rule has parsed it, so sign-in evidence may lack the id.
QString Run::correlationIdOf(EventData &ev)
{
    if (!ev.audit && !ev.rawParsed())
        return {};
    return ev.raw().value(u"correlationId").toString();
}

void Run::threshold(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
                    const QStringList &esc, bool live)
{
    ThresholdState &ts = windowState(rt, subject);
    if (!ts.dirty) {
        ts.dirty = true;
        ts.stream = stream;
    }
    ts.windowMs = rt.windowMs;
    ts.threshold = rt.threshold;
    // The window is (t - length, t] of this event. Events come in time order
    // (evaluateNew re-runs a customer when older ones arrive late); an equal
    // or older time still goes to its place, so the window never holds an
    // event outside it.
    const qint64 from = ev.timeMs - rt.windowMs;
    while (!ts.events.isEmpty() && ts.events.first().t <= from)
        ts.events.removeFirst();
    auto at = std::upper_bound(ts.events.begin(), ts.events.end(), ev.timeMs,
                               [](qint64 t, const WindowEntry &e) { return t < e.t; });
    ts.events.insert(at, WindowEntry{ev.timeMs, ev.id(), esc});
    qint64 n = 0;
    for (const WindowEntry &we : std::as_const(ts.events))
        n += (we.t > from && we.t <= ev.timeMs) ? 1 : 0;
    if (n < rt.threshold) {
        ts.activeBucket = -1;
        return;
    }
    if (!live)
        return;
    FindingAcc *f = nullptr;
    if (ts.activeBucket >= 0) {
        f = finding(rt, subject, ts.activeBucket);
        addEvidence(*f, rt, stream, ev.id(), ev.timeMs, esc, false);
    } else {
        ts.activeBucket = (ev.timeMs / rt.windowMs) * rt.windowMs;
        f = finding(rt, subject, ts.activeBucket);
        QSet<QString> have;
        for (const QJsonValue &x : f->evidence)
            have.insert(x.toObject().value(u"id").toString());
        for (const WindowEntry &we : ts.events)
            if (we.t > from && we.t <= ev.timeMs && !have.contains(we.id))
                addEvidence(*f, rt, stream, we.id, we.t, we.esc, false);
    }
    // What the finding's text says: the largest count within one window
    // (windowCount, in windowMs) and the span over which the threshold held.
    f->detail.insert(QStringLiteral("windowCount"),
                     std::max<qint64>(n, f->detail.value(u"windowCount").toInteger()));
    f->detail.insert(QStringLiteral("threshold"), rt.threshold);
    f->detail.insert(QStringLiteral("window"), settingsWindowText(rt));
    f->detail.insert(QStringLiteral("windowMs"), rt.windowMs);
}

QString Run::settingsWindowText(const RuleRt &rt) const
{
    return rt.windowMs == rt.rule->windowMs ? rt.rule->windowText
                                            : settings.json()
                                                  .value(u"thresholds")
                                                  .toObject()
                                                  .value(rt.rule->id)
                                                  .toObject()
                                                  .value(u"window")
                                                  .toString();
}

void Run::baseline(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
                   const QStringList &esc, bool live)
{
    BaselineState &bs = baselineState(rt, subject);
    bs.dirty = true;
    const qint64 b = ev.timeMs / rt.windowMs;
    const qint64 current = ++bs.counts[b];
    // Keep only what the baseline needs.
    const qint64 strideBuckets = std::max<qint64>(1, rt.strideMs / rt.windowMs);
    const qint64 oldest = b - (rt.baselineWindows + 1) * strideBuckets;
    while (!bs.counts.isEmpty() && bs.counts.firstKey() < oldest)
        bs.counts.erase(bs.counts.begin());
    const qint64 first = firstEvent.value(stream, ev.timeMs) / rt.windowMs;
    if (b - first < rt.baselineWindows * strideBuckets)
        return; // learning
    if (bs.forBucket != b) {
        bs.forBucket = b;
        QList<qint64> hist;
        hist.reserve(rt.baselineWindows);
        bs.history.clear();
        for (int i = rt.baselineWindows; i >= 1; --i) {
            const qint64 k = b - i * strideBuckets;
            hist << bs.counts.value(k, 0);
            bs.history.append({k * rt.windowMs, hist.last()});
        }
        std::sort(hist.begin(), hist.end());
        const qsizetype m = hist.size();
        bs.median =
            m == 0 ? 0 : (m % 2 ? double(hist[m / 2]) : (hist[m / 2 - 1] + hist[m / 2]) / 2.0);
        bs.limit = bs.median * (1.0 + rt.percent / 100.0);
    }
    const qint64 bucketStart = b * rt.windowMs;
    if (!(double(current) > bs.limit && current >= rt.minVolume)) {
        // Below the limit now but the bucket may already have fired (baseline moved).
        if (!bs.firedBuckets.contains(b))
            return;
    }
    bs.firedBuckets.insert(b);
    if (!live)
        return;
    FindingAcc *f = finding(rt, subject, bucketStart);
    addEvidence(*f, rt, stream, ev.id(), ev.timeMs, esc, false);
    f->baseline = BaselineDetail{current,      bs.median,           bs.limit,  rt.percent,
                                 rt.minVolume, rt.rule->windowText, bs.history};
}

} // namespace vigie::analytics::detail
