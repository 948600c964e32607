#include "analytics/findingstore.h"

#include "core/timeutil.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::analytics {

namespace {

constexpr const char *kColumns =
    "SELECT id, rule_id, customer_id, subject, bucket_start, severity, state, first_seen, "
    "last_seen, count, evidence, detail, unconfigured FROM findings ";

Finding readFinding(store::Statement &st)
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
    }
    f.detail = QJsonDocument::fromJson(st.textUtf8(11)).object();
    f.unconfigured = st.int64(12) != 0;
    return f;
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
    while (true) {
        const auto step = (*st)->step();
        if (step == store::Statement::Step::Error)
            return (*st)->lastError();
        if (step == store::Statement::Step::Done)
            break;
        out.append(readFinding(**st));
    }
    return out;
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
    return readFinding(**st);
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
    using E = FindingState::Enum;
    const E from = f->state.value();
    const E target = to.value();
    const bool allowed =
        (from == E::New &&
         (target == E::Acknowledged || target == E::Closed || target == E::FalsePositive)) ||
        (from == E::Acknowledged && (target == E::Closed || target == E::FalsePositive));
    if (!allowed)
        return Error::make(
            Error::Kind::Conflict,
            QCoreApplication::translate("Analytics", "A finding cannot go from \"%1\" to \"%2\".")
                .arg(displayName(f->state), displayName(to)));
    auto up = m_db.prepare("UPDATE findings SET state=?, updated_at=? WHERE id=?");
    if (!up)
        return up.error();
    (*up)->bind(1, FindingState::nameOf(target)).bind(2, toEpochMs(now)).bind(3, id);
    if (Status s = (*up)->exec(); !s)
        return s;
    auto act = m_db.prepare("INSERT INTO activity(at, actor, verb, object_kind, object_id, detail) "
                            "VALUES(?,?,?,?,?,?)");
    if (!act)
        return act.error();
    const QJsonObject detail{{QStringLiteral("from"), FindingState::nameOf(from)},
                             {QStringLiteral("to"), FindingState::nameOf(target)},
                             {QStringLiteral("comment"), comment},
                             {QStringLiteral("ruleId"), f->ruleId}};
    (*act)
        ->bind(1, toEpochMs(now))
        .bind(2, user)
        .bind(3, QStringLiteral("finding.state"))
        .bind(4, QStringLiteral("finding"))
        .bind(5, QString::number(id))
        .bindText(6, QJsonDocument(detail).toJson(QJsonDocument::Compact));
    if (Status s = (*act)->exec(); !s)
        return s;
    if (!comment.trimmed().isEmpty()) {
        if (Status s = addNote(id, user, comment, now); !s)
            return s;
    }
    return tx.commit();
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
    while ((*st)->step() == store::Statement::Step::Row)
        out.append(Note{(*st)->text(0), (*st)->text(1), fromEpochMs((*st)->int64(2))});
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
    while ((*st)->step() == store::Statement::Step::Row) {
        RuleHitStats r;
        r.ruleId = (*st)->text(0);
        r.findings = (*st)->int64(1);
        r.events = (*st)->int64(2);
        r.lastHit = fromEpochMs((*st)->int64(3));
        for (QDate d = first; d <= today; d = d.addDays(1))
            r.daily.insert(d, 0);
        index.insert(r.ruleId, out.size());
        out.append(r);
    }
    while ((*daily)->step() == store::Statement::Step::Row) {
        const auto it = index.constFind((*daily)->text(0));
        if (it == index.constEnd())
            continue;
        const QDate d = QDate(1970, 1, 1).addDays((*daily)->int64(1));
        if (out[*it].daily.contains(d))
            out[*it].daily[d] = int((*daily)->int64(2));
    }
    return out;
}

} // namespace vigie::analytics
