#include "analytics/findingstore.h"

#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/ids.h"
#include "core/timeutil.h"
#include "store/activitylog.h"
#include "store/database.h"
#include "store/signinnames.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace vigie::analytics {

namespace {

constexpr const char *kColumns =
    "SELECT id, rule_id, customer_id, subject, bucket_start, severity, state, first_seen, "
    "last_seen, count, evidence, detail, unconfigured FROM findings ";

// A correlationId worth grouping on: not empty, not the all-zero GUID.
QString usableCorrelation(const QString &id)
{
    const QString t = id.trimmed().toLower();
    if (t.isEmpty())
        return {};
    for (QChar c : t)
        if (c != u'0' && c != u'-')
            return t;
    return {};
}

void addCorrelation(QStringList &ids, const QString &id)
{
    const QString t = usableCorrelation(id);
    if (!t.isEmpty() && !ids.contains(t))
        ids << t;
}

// `lookup` receives the ids of audit evidence entries (of the first
// kCorrelationLookup) that carry no correlationId of their own.
Finding readFinding(store::Statement &st, QStringList *lookup = nullptr)
{
    Finding f;
    f.id = st.int64(0);
    f.ruleId = st.text(1);
    f.customerId = st.text(2);
    f.subject = st.text(3);
    f.bucketStart = fromEpochMs(st.int64(4));
    f.severity = Risk::parse(st.text(5));
    f.state = FindingState::parse(st.text(6));
    f.firstSeen = fromEpochMs(st.int64(7));
    f.lastSeen = fromEpochMs(st.int64(8));
    f.count = int(st.int64(9));
    for (const QJsonValue &v : QJsonDocument::fromJson(st.textUtf8(10)).array()) {
        const QJsonObject o = v.toObject();
        f.evidence.append(EvidenceRef{o.value(u"id").toString(), o.value(u"stream").toString(),
                                      parseWireDateTime(o.value(u"time").toString())});
        const QJsonValue corr = o.value(u"correlationId");
        if (corr.isString())
            addCorrelation(f.correlationIds, corr.toString());
        else if (lookup && f.evidence.last().stream == u"directoryAudits" &&
                 f.evidence.size() <= FindingStore::kCorrelationLookup)
            *lookup << f.evidence.last().eventId;
    }
    f.detail = QJsonDocument::fromJson(st.textUtf8(11)).object();
    f.unconfigured = st.int64(12) != 0;
    return f;
}

QByteArray idArray(const QStringList &ids)
{
    return QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

bool isOpen(const FindingState &s)
{
    return s == FindingState::Enum::New || s == FindingState::Enum::Acknowledged;
}

bool containsFolded(const QStringList &list, const QString &value)
{
    const QString f = fold(value);
    for (const QString &v : list)
        if (fold(v) == f)
            return true;
    return false;
}

} // namespace

FindingStore::FindingStore(store::Database &db) : m_db(db) {}

Result<QList<Finding>> FindingStore::list(const FindingFilter &filter)
{
    QByteArray sql = kColumns;
    sql += "WHERE (?1 IS NULL OR customer_id=?1) AND (?2 IS NULL OR rule_id=?2) AND "
           "(?3 IS NULL OR last_seen>=?3) ";
    if (!filter.states.isEmpty()) {
        sql += "AND state IN (";
        for (qsizetype i = 0; i < filter.states.size(); ++i)
            sql += (i ? ",?" : "?") + QByteArray::number(10 + i);
        sql += ") ";
    }
    sql += "ORDER BY last_seen DESC, id DESC";
    if (filter.limit > 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    if (filter.customerId.isEmpty())
        (*st)->bindNull(1);
    else
        (*st)->bind(1, filter.customerId);
    if (filter.ruleId.isEmpty())
        (*st)->bindNull(2);
    else
        (*st)->bind(2, filter.ruleId);
    if (filter.since.isValid())
        (*st)->bind(3, toEpochMs(filter.since));
    else
        (*st)->bindNull(3);
    for (qsizetype i = 0; i < filter.states.size(); ++i)
        (*st)->bind(int(10 + i), filter.states[i]);
    QList<Finding> out;
    QList<QStringList> lookups;
    while (true) {
        const auto step = (*st)->step();
        if (step == store::Statement::Step::Error)
            return (*st)->lastError();
        if (step == store::Statement::Step::Done)
            break;
        QStringList lookup;
        out.append(readFinding(**st, &lookup));
        lookups.append(lookup);
    }
    if (Status s = fillCorrelationIds(out, lookups); !s)
        return s.error();
    if (Status s = fillSubjectNames(out); !s)
        return s.error();
    return out;
}

// Rules keyed on a user id (P8, P9...) have a GUID as subject; the analyst
// reads the UPN, which the finding's own sign-in evidence carries (looked up
// by the sign-in's key, store::SignInNames). Once per (customer, user) per call.
Status FindingStore::fillSubjectNames(QList<Finding> &findings)
{
    constexpr int kTries = 3; // sign-in evidence entries tried per finding
    store::SignInNames names(m_db);
    QHash<QString, QString> known; // customer|user id -> UPN (empty: none found)
    for (Finding &f : findings) {
        if (!isGuid(f.subject))
            continue;
        const QString key = f.customerId.toLower() + u'|' + f.subject.toLower();
        if (const auto it = known.constFind(key); it != known.cend()) {
            f.subjectName = *it;
            continue;
        }
        int tried = 0;
        for (const EvidenceRef &e : std::as_const(f.evidence)) {
            if (e.stream != u"signIns" || !e.time.isValid() || e.eventId.isEmpty())
                continue;
            if (++tried > kTries)
                break;
            auto upn = names.upnOfSignIn(f.customerId, f.subject, e.eventId, toEpochMs(e.time));
            if (!upn)
                return upn.error();
            f.subjectName = *upn;
            if (!f.subjectName.isEmpty())
                break;
        }
        known.insert(key, f.subjectName);
    }
    return {};
}

Status FindingStore::fillCorrelationIds(QList<Finding> &findings, const QList<QStringList> &lookups)
{
    store::Statement *q = nullptr;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (lookups[i].isEmpty())
            continue;
        if (!q) {
            q = m_db.cached("SELECT DISTINCT CASE WHEN json_valid(j) THEN "
                            "json_extract(j, '$.correlationId') END FROM "
                            "(SELECT raw_json(raw) AS j, customer_id, id FROM audits) "
                            "WHERE customer_id=?1 AND id IN (SELECT value FROM json_each(?2))");
            if (!q)
                return m_db.lastError();
        }
        q->bind(1, findings[i].customerId).bindText(2, idArray(lookups[i]));
        while (true) {
            const auto step = q->step();
            if (step == store::Statement::Step::Error) {
                const Error e = q->lastError();
                q->reset();
                return e;
            }
            if (step == store::Statement::Step::Done)
                break;
            addCorrelation(findings[i].correlationIds, q->text(0));
        }
        q->reset();
    }
    return {};
}

Result<Finding> FindingStore::get(qint64 id)
{
    auto st = m_db.prepare(QByteArray(kColumns) + "WHERE id=?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    if ((*st)->step() != store::Statement::Step::Row)
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Analytics", "No finding with id %1.").arg(id));
    QList<QStringList> lookups{{}};
    QList<Finding> one{readFinding(**st, &lookups[0])};
    if (Status s = fillCorrelationIds(one, lookups); !s)
        return s.error();
    if (Status s = fillSubjectNames(one); !s)
        return s.error();
    return one[0];
}

Status FindingStore::transition(qint64 id, FindingState to, const QString &user,
                                const QString &comment, const QDateTime &now)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus();
    auto f = get(id);
    if (!f)
        return f.error();
    if (Status s = applyTransition(*f, to, user, comment, now); !s)
        return s;
    return tx.commit();
}

Status FindingStore::applyTransition(const Finding &f, FindingState to, const QString &user,
                                     const QString &comment, const QDateTime &now)
{
    using E = FindingState::Enum;
    const E from = f.state.value();
    const E target = to.value();
    const bool allowed =
        (from == E::New &&
         (target == E::Acknowledged || target == E::Closed || target == E::FalsePositive)) ||
        (from == E::Acknowledged && (target == E::Closed || target == E::FalsePositive));
    if (!allowed)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Analytics", "A finding cannot go from \"%1\" to \"%2\".")
                .arg(displayName(f.state), displayName(to)));
    auto up = m_db.prepare("UPDATE findings SET state=?, updated_at=? WHERE id=?");
    if (!up)
        return up.error();
    (*up)->bind(1, FindingState::nameOf(target)).bind(2, toEpochMs(now)).bind(3, f.id);
    if (Status s = (*up)->exec(); !s)
        return s;
    auto act = m_db.prepare("INSERT INTO activity(at, actor, verb, object_kind, object_id, detail) "
                            "VALUES(?,?,?,?,?,?)");
    if (!act)
        return act.error();
    const QJsonObject detail{{QStringLiteral("from"), FindingState::nameOf(from)},
                             {QStringLiteral("to"), FindingState::nameOf(target)},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("ruleId"), f.ruleId}};
    (*act)
        ->bind(1, toEpochMs(now))
        .bind(2, user)
        .bind(3, QStringLiteral("finding.state"))
        .bind(4, QStringLiteral("finding"))
        .bind(5, QString::number(f.id))
        .bindText(6, QJsonDocument(detail).toJson(QJsonDocument::Compact));
    if (Status s = (*act)->exec(); !s)
        return s;
    if (!comment.trimmed().isEmpty()) {
        if (Status s = addNote(f.id, user, comment, now); !s)
            return s;
    }
    return {};
}

QString FindingStore::approvalListKey(const Rule &rule)
{
    if (rule.kind != Rule::Kind::Allowlist)
        return {};
    for (const AllowEntry &a : rule.allow) {
        if (a.type != AllowEntry::Type::Field ||
            !a.listKey.startsWith(QLatin1String("approvedActors.")))
            continue;
        if (a.field.text == u"_actor" || (a.hasAlso && a.alsoField.text == u"_actor"))
            return a.listKey;
    }
    return {};
}

Result<QList<FindingStore::EvidenceActor>> FindingStore::evidenceActors(const Finding &finding)
{
    QStringList ids;
    for (const EvidenceRef &e : finding.evidence)
        if (e.stream == u"directoryAudits")
            ids << e.eventId;
    QList<EvidenceActor> out;
    if (ids.isEmpty())
        return out;
    // _actor and _actorId as the engine derives them (detections.md §1.2).
    store::Statement *q = m_db.cached(
        "SELECT COALESCE(NULLIF(json_extract(j, '$.initiatedBy.user.userPrincipalName'), ''), "
        "NULLIF(json_extract(j, '$.initiatedBy.app.displayName'), ''), "
        "NULLIF(json_extract(j, '$.initiatedBy.app.appId'), ''), NULLIF(actor, '')), "
        "COALESCE(NULLIF(json_extract(j, '$.initiatedBy.user.id'), ''), "
        "NULLIF(json_extract(j, '$.initiatedBy.app.servicePrincipalId'), ''), "
        "json_extract(j, '$.initiatedBy.app.appId')) "
        "FROM (SELECT raw_json(raw) AS j, customer_id, id, actor, activity_at FROM audits) "
        "WHERE customer_id=?1 AND id IN (SELECT value FROM json_each(?2)) AND json_valid(j) "
        "ORDER BY activity_at");
    if (!q)
        return m_db.lastError();
    q->bind(1, finding.customerId).bindText(2, idArray(ids));
    while (true) {
        const auto step = q->step();
        if (step == store::Statement::Step::Error) {
            const Error e = q->lastError();
            q->reset();
            return e;
        }
        if (step == store::Statement::Step::Done)
            break;
        out.append(EvidenceActor{q->text(0), q->text(1)});
    }
    q->reset();
    return out;
}

Result<ActorApproval> FindingStore::approvalWith(const Finding &finding, const RuleCatalog &catalog,
                                                 const CustomerSettings &settings)
{
    ActorApproval out;
    const Rule *rule = catalog.find(finding.ruleId);
    if (!rule)
        return out;
    out.listKey = approvalListKey(*rule);
    if (out.listKey.isEmpty())
        return out;
    auto events = evidenceActors(finding);
    if (!events)
        return events.error();
    // The subject is the actor when the rule groups by `_actor`; otherwise
    // (A1, A11 group by the target app) the actors are those of the events.
    const bool subjectIsActor = rule->subject.size() == 1 && rule->subject[0].size() == 1 &&
                                rule->subject[0][0].text == u"_actor";
    if (subjectIsActor) {
        if (!finding.subject.isEmpty())
            out.actors << finding.subject;
    } else {
        for (const EvidenceActor &e : *events)
            if (!e.actor.isEmpty() && !containsFolded(out.actors, e.actor))
                out.actors << e.actor;
    }
    // Approved as the engine decides it: the list matches _actor or _actorId.
    const ValueList list = ValueList::fromJson(settings.value(out.listKey));
    for (const QString &actor : std::as_const(out.actors)) {
        bool approved = list.matches(QJsonValue(actor));
        for (const EvidenceActor &e : *events)
            if (!approved && !e.actorId.isEmpty() && fold(e.actor) == fold(actor))
                approved = list.matches(QJsonValue(e.actorId));
        if (!approved)
            out.newActors << actor;
    }
    return out;
}

Result<ActorApproval> FindingStore::actorApproval(const Finding &finding,
                                                  const RuleCatalog &catalog)
{
    auto settings = CustomerSettings::load(m_db, finding.customerId);
    if (!settings)
        return settings.error();
    return approvalWith(finding, catalog, *settings);
}

QJsonObject FindingStore::withApprovedActor(QJsonObject settings, const QString &listKey,
                                            const QString &actor)
{
    const qsizetype dot = listKey.indexOf(u'.');
    const QString group = dot < 0 ? QString() : listKey.left(dot);
    const QString key = dot < 0 ? listKey : listKey.mid(dot + 1);
    QJsonObject g = group.isEmpty() ? settings : settings.value(group).toObject();
    QJsonArray list = g.value(key).toArray();
    for (const QJsonValue &v : std::as_const(list))
        if (v.toString().trimmed().compare(actor.trimmed(), Qt::CaseInsensitive) == 0)
            return settings;
    list.append(actor.trimmed());
    g.insert(key, list);
    if (group.isEmpty())
        return g;
    settings.insert(group, g);
    return settings;
}

Result<Finding> FindingStore::approveActor(qint64 id, const RuleCatalog &catalog,
                                           const QString &user, const QDateTime &now)
{
    store::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto f = get(id);
    if (!f)
        return f.error();
    if (!isOpen(f->state))
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Analytics", "A finding cannot go from \"%1\" to \"%2\".")
                .arg(displayName(f->state),
                     displayName(FindingState(FindingState::Enum::FalsePositive))));
    auto settings = CustomerSettings::load(m_db, f->customerId);
    if (!settings)
        return settings.error();
    auto approval = approvalWith(*f, catalog, *settings);
    if (!approval)
        return approval.error();
    if (approval->listKey.isEmpty())
        return Error::make(Error::Kind::Usage,
                           QCoreApplication::translate(
                               "Analytics", "Rule %1 has no list of approved actors to add to.")
                               .arg(f->ruleId));
    if (approval->actors.isEmpty())
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Analytics",
                                        "The actor of this finding is unknown: its events are no "
                                        "longer in the cache. Add it in the customer's settings."));
    if (!approval->newActors.isEmpty()) {
        QJsonObject json = settings->toJson();
        for (const QString &actor : std::as_const(approval->newActors))
            json = withApprovedActor(json, approval->listKey, actor);
        auto updated = CustomerSettings::fromJson(json);
        if (!updated)
            return updated.error();
        if (Status s = updated->save(m_db, now); !s)
            return s.error();
    }
    const QString comment =
        approval->newActors.isEmpty()
            ? QCoreApplication::translate("Analytics",
                                          "Actor already approved for this customer (%1): %2.")
                  .arg(approval->listKey, approval->actors.join(QStringLiteral(", ")))
            : QCoreApplication::translate("Analytics", "Actor approved for this customer (%1): %2.")
                  .arg(approval->listKey, approval->newActors.join(QStringLiteral(", ")));
    if (Status s = applyTransition(*f, FindingState(FindingState::Enum::FalsePositive), user,
                                   comment, now);
        !s)
        return s.error();
    // The activity trail records every approval of an actor (issue #20).
    store::ActivityEntry entry;
    entry.atMs = toEpochMs(now);
    entry.actor = user;
    entry.verb = QStringLiteral("approve-actor");
    entry.objectKind = QStringLiteral("customer");
    entry.objectId = f->customerId;
    entry.detail =
        QJsonObject{{QStringLiteral("customerId"), f->customerId},
                    {QStringLiteral("reason"), approval->listKey},
                    {QStringLiteral("note"), approval->actors.join(QStringLiteral(", "))},
                    {QStringLiteral("findingId"), f->id},
                    {QStringLiteral("result"), QStringLiteral("done")}};
    if (auto a = store::ActivityLog(m_db).append(entry); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(id);
}

Result<QList<ApprovalCandidate>> FindingStore::approvalCandidates(const QString &customerId,
                                                                  const RuleCatalog &catalog,
                                                                  const QDateTime &now, int days)
{
    QHash<QString, QString> listOf; // rule id -> list key
    for (const auto &rule : catalog.rules()) {
        const QString key = approvalListKey(*rule);
        if (!key.isEmpty())
            listOf.insert(rule->id, key);
    }
    auto settings = CustomerSettings::load(m_db, customerId);
    if (!settings)
        return settings.error();
    FindingFilter filter;
    filter.customerId = customerId;
    filter.states = {FindingState::nameOf(FindingState::Enum::New),
                     FindingState::nameOf(FindingState::Enum::Acknowledged)};
    filter.since = now.addDays(-days);
    auto findings = list(filter);
    if (!findings)
        return findings.error();
    QList<ApprovalCandidate> out;
    QHash<QString, qsizetype> index; // list key + folded actor -> out
    for (const Finding &f : std::as_const(*findings)) {
        if (!listOf.contains(f.ruleId))
            continue;
        auto approval = approvalWith(f, catalog, *settings);
        if (!approval)
            return approval.error();
        for (const QString &actor : std::as_const(approval->newActors)) {
            const QString key = approval->listKey + u'\n' + fold(actor);
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                it = index.insert(key, out.size());
                out.append(ApprovalCandidate{actor, approval->listKey, {}, {}, {}});
            }
            ApprovalCandidate &c = out[*it];
            if (!c.ruleIds.contains(f.ruleId))
                c.ruleIds << f.ruleId;
            c.findingIds << f.id;
            if (!c.lastSeen.isValid() || f.lastSeen > c.lastSeen)
                c.lastSeen = f.lastSeen;
        }
    }
    std::sort(out.begin(), out.end(), [](const ApprovalCandidate &a, const ApprovalCandidate &b) {
        if (a.listKey != b.listKey)
            return a.listKey < b.listKey;
        return a.actor.compare(b.actor, Qt::CaseInsensitive) < 0;
    });
    for (ApprovalCandidate &c : out)
        std::sort(c.ruleIds.begin(), c.ruleIds.end());
    return out;
}

Status FindingStore::addNote(qint64 id, const QString &user, const QString &text,
                             const QDateTime &now)
{
    auto st = m_db.prepare(
        "INSERT INTO notes(object_kind, object_id, text, author, created_at) VALUES(?,?,?,?,?)");
    if (!st)
        return st.error();
    (*st)
        ->bind(1, QStringLiteral("finding"))
        .bind(2, QString::number(id))
        .bind(3, text)
        .bind(4, user)
        .bind(5, toEpochMs(now));
    return (*st)->exec();
}

Result<QList<FindingStore::Note>> FindingStore::notes(qint64 id)
{
    auto st = m_db.prepare("SELECT author, text, created_at FROM notes WHERE object_kind='finding' "
                           "AND object_id=? ORDER BY created_at, id");
    if (!st)
        return st.error();
    (*st)->bind(1, QString::number(id));
    QList<Note> out;
    if (Status s = (*st)->forEachRow([&](const store::Statement &row) {
            out.append(Note{row.text(0), row.text(1), fromEpochMs(row.int64(2))});
        });
        !s)
        return s.error();
    return out;
}

Result<QList<RuleHitStats>> FindingStore::ruleStats(const QString &customerId, const QDateTime &now,
                                                    int days)
{
    auto st =
        m_db.prepare("SELECT rule_id, count(*), sum(count), max(last_seen) FROM findings "
                     "WHERE (?1 IS NULL OR customer_id=?1) GROUP BY rule_id ORDER BY rule_id");
    auto daily = m_db.prepare(
        "SELECT rule_id, first_seen/86400000, count(*) FROM findings WHERE (?1 IS NULL OR "
        "customer_id=?1) AND first_seen>=?2 GROUP BY 1, 2");
    if (!st)
        return st.error();
    if (!daily)
        return daily.error();
    for (auto *s : {st->get(), daily->get()}) {
        if (customerId.isEmpty())
            s->bindNull(1);
        else
            s->bind(1, customerId);
    }
    const QDate today = now.toUTC().date();
    const QDate first = today.addDays(-(days - 1));
    (*daily)->bind(2, toEpochMs(QDateTime(first, QTime(0, 0), Qt::UTC)));
    QList<RuleHitStats> out;
    QHash<QString, qsizetype> index;
    if (Status s = (*st)->forEachRow([&](const store::Statement &row) {
            RuleHitStats r;
            r.ruleId = row.text(0);
            r.findings = row.int64(1);
            r.events = row.int64(2);
            r.lastHit = fromEpochMs(row.int64(3));
            for (QDate d = first; d <= today; d = d.addDays(1))
                r.daily.insert(d, 0);
            index.insert(r.ruleId, out.size());
            out.append(r);
        });
        !s)
        return s.error();
    if (Status s = (*daily)->forEachRow([&](const store::Statement &row) {
            const auto it = index.constFind(row.text(0));
            if (it == index.constEnd())
                return;
            const QDate d = QDate(1970, 1, 1).addDays(row.int64(1));
            if (out[*it].daily.contains(d))
                out[*it].daily[d] = int(row.int64(2));
        });
        !s)
        return s.error();
    return out;
}

} // namespace vigie::analytics
