#include "analytics/engine.h"

#include "analytics/logging.h"
#include "core/jsonutil.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace vigie::analytics {

namespace {

constexpr int kEvidenceCap = 200;
const QString kCpimAppId = QStringLiteral("bb2a2e3a-c5e7-4f0a-88e0-8e01fd3fc1f4");

// ---- values --------------------------------------------------------------------

struct Val
{
    enum class T
    {
        Undef,
        Null,
        Bool,
        Num,
        Str,
        Json
    };
    T t = T::Undef;
    bool b = false;
    double n = 0;
    QString s;
    QString f; // folded s when known (event columns)
    QJsonValue j;

    static Val str(const QString &s)
    {
        Val v;
        v.t = T::Str;
        v.s = s;
        return v;
    }
    static Val num(double n)
    {
        Val v;
        v.t = T::Num;
        v.n = n;
        return v;
    }
    static Val boolean(bool b)
    {
        Val v;
        v.t = T::Bool;
        v.b = b;
        return v;
    }
    static Val json(const QJsonValue &j)
    {
        Val v;
        switch (j.type()) {
        case QJsonValue::Undefined:
            return v;
        case QJsonValue::Null:
            v.t = T::Null;
            return v;
        case QJsonValue::Bool:
            return boolean(j.toBool());
        case QJsonValue::Double:
            return num(j.toDouble());
        case QJsonValue::String:
            return str(j.toString());
        default:
            v.t = T::Json;
            v.j = j;
            return v;
        }
    }
    bool present() const
    {
        switch (t) {
        case T::Undef:
        case T::Null:
            return false;
        case T::Str:
            return !s.trimmed().isEmpty();
        case T::Json:
            return !(j.isArray() && j.toArray().isEmpty()) &&
                   !(j.isObject() && j.toObject().isEmpty());
        default:
            return true;
        }
    }
    QString text() const
    {
        switch (t) {
        case T::Str:
            return s;
        case T::Num:
            return QString::number(n, 'g', 17);
        case T::Bool:
            return b ? QStringLiteral("true") : QStringLiteral("false");
        case T::Json:
            return QString::fromUtf8(
                j.isArray() ? QJsonDocument(j.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(j.toObject()).toJson(QJsonDocument::Compact));
        default:
            return {};
        }
    }
};

QJsonValue lookup(QJsonValue cur, const Path &p, qsizetype from = 0)
{
    if (p.self)
        return cur;
    for (qsizetype i = from; i < p.segments.size(); ++i) {
        const Path::Segment &s = p.segments[i];
        if (!cur.isObject())
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(s.key);
        if (s.index >= 0) {
            if (!cur.isArray())
                return QJsonValue(QJsonValue::Undefined);
            cur = cur.toArray().at(s.index);
        }
    }
    return cur;
}

// Adds oldParsed/newParsed/added/addedUrls to modifiedProperties (§1.2).
void augmentAudit(QJsonObject &raw)
{
    QJsonArray targets = raw.value(u"targetResources").toArray();
    bool changed = false;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        QJsonObject target = targets.at(t).toObject();
        QJsonArray props = target.value(u"modifiedProperties").toArray();
        if (props.isEmpty())
            continue;
        for (qsizetype i = 0; i < props.size(); ++i) {
            QJsonObject p = props.at(i).toObject();
            auto parse = [](const QJsonValue &v) -> QJsonValue {
                if (!v.isString())
                    return v;
                const QString s = v.toString();
                const QByteArray probe = ("[" + s.toUtf8() + "]");
                QJsonParseError e;
                const QJsonDocument d = QJsonDocument::fromJson(probe, &e);
                if (e.error == QJsonParseError::NoError && d.array().size() == 1)
                    return d.array().at(0);
                return s;
            };
            const QJsonValue o = parse(p.value(u"oldValue"));
            const QJsonValue n = parse(p.value(u"newValue"));
            p.insert(QStringLiteral("oldParsed"), o);
            p.insert(QStringLiteral("newParsed"), n);
            if (n.isArray()) {
                const QJsonArray oa = o.toArray(), na = n.toArray();
                QJsonArray added, urls;
                for (const QJsonValue &e : na) {
                    if (oa.contains(e))
                        continue;
                    added.append(e);
                    if (e.isObject()) {
                        const QJsonValue a = e.toObject().value(u"Address");
                        if (a.isString())
                            urls.append(a);
                    } else if (e.isString()) {
                        urls.append(e);
                    }
                }
                p.insert(QStringLiteral("added"), added);
                p.insert(QStringLiteral("addedUrls"), urls);
            }
            props.replace(i, p);
        }
        target.insert(QStringLiteral("modifiedProperties"), props);
        targets.replace(t, target);
        changed = true;
    }
    if (changed)
        raw.insert(QStringLiteral("targetResources"), targets);
}

enum Col
{
    ColUserId,
    ColUpn,
    ColAppId,
    ColAppName,
    ColIp,
    ColCountry,
    ColAuthProtocol, // a sign-in column the same way: NULL is an absent field
    ColActivity,
    ColResult,
    ColService,
    ColCategory,
    ColCount
};

struct Slots
{
    int privileged = -1;
    int b2cApps = -1;
};

// One event as the rules see it: typed columns first, raw JSON parsed lazily
// and once, derived fields computed on demand.
class EventData
{
public:
    bool audit = false;
    qint64 timeMs = 0;
    qint64 rowid = 0;
    qint64 errorCode = 0;
    bool hasCol[ColCount] = {};

    // Texts stay UTF-8 in the row batch until a rule reads them: most
    // events are dismissed on a flag or two and never need the others.
    void setTexts(const char *bytes, const qsizetype *offset, const qsizetype *size)
    {
        m_bytes = bytes;
        m_offset = offset;
        m_size = size;
    }
    const QString &col(int c) { return text(c); }
    // The column, or the raw JSON path when the row has no column value.
    QString columnOr(int c, const char *path) { return hasCol[c] ? col(c) : str(path); }
    const QString &id() { return text(ColCount); }
    // Empty while rawPending: the reader left a sign-in's raw JSON in the
    // cache because no rule looked likely to read it; ensureRaw() loads it.
    QByteArray rawText;
    bool rawPending = false;
    const std::function<QByteArray(qint64 rowid)> *rawLoader = nullptr;
    const ResolvedSettings *settings = nullptr;
    const Slots *slotIdx = nullptr;
    std::function<void(const QJsonObject &)> onParsed;

    void ensureRaw()
    {
        if (rawPending && rawLoader) {
            rawPending = false;
            rawText = (*rawLoader)(rowid);
        }
    }

    const QJsonObject &raw()
    {
        if (!m_parsed) {
            m_parsed = true;
            ensureRaw();
            m_raw = QJsonDocument::fromJson(rawText).object();
            if (audit)
                augmentAudit(m_raw);
            if (onParsed)
                onParsed(m_raw);
        }
        return m_raw;
    }
    bool rawParsed() const { return m_parsed; }

    // False only when no needle (lowercase ASCII) occurs in the raw text,
    // ignoring case. Raw text with non-ASCII bytes or \u escapes may spell a
    // needle differently: then true.
    bool rawMayContain(const QStringList &needles)
    {
        ensureRaw();
        if (rawText.isEmpty())
            return true;
        if (m_rawPlain < 0) {
            m_rawPlain = 1;
            for (char b : rawText)
                if (static_cast<unsigned char>(b) >= 0x80) {
                    m_rawPlain = 0;
                    break;
                }
            if (m_rawPlain && rawText.contains("\\u"))
                m_rawPlain = 0;
        }
        if (!m_rawPlain)
            return true;
        const char *d = rawText.constData();
        const qsizetype n = rawText.size();
        for (const QString &needle : needles) {
            const QByteArray nd = needle.toLatin1();
            const qsizetype m = nd.size();
            if (m == 0 || m > n)
                continue;
            // memchr finds the candidates, in either case of the first letter.
            const char first = nd[0];
            const char upper = first >= 'a' && first <= 'z' ? char(first - 32) : first;
            for (const char c : {first, upper}) {
                const char *p = d;
                const char *const last = d + (n - m);
                while (p <= last) {
                    p = static_cast<const char *>(std::memchr(p, c, size_t(last - p) + 1));
                    if (!p)
                        break;
                    qsizetype k = 1;
                    while (k < m && (nd[k] >= 'a' ? (p[k] | 0x20) == nd[k] : p[k] == nd[k]))
                        ++k;
                    if (k == m)
                        return true;
                    ++p;
                }
                if (upper == first)
                    break;
            }
        }
        return false;
    }

    QString folded(int c)
    {
        if (!m_folded[c]) {
            m_folded[c] = true;
            m_fold[c] = fold(col(c));
        }
        return m_fold[c];
    }

    Val value(const Path &p)
    {
        using F = Path::Field;
        switch (p.field) {
        case F::Failed:
        case F::B2cApp:
            return audit ? Val() : Val::boolean(flag(p.field));
        case F::Privileged:
            return audit ? auditDerived(p.field) : Val::boolean(flag(p.field));
        case F::Actor:
        case F::ActorId:
        case F::ActorIsCpim:
        case F::TargetUserUpn:
        case F::TargetUserId:
        case F::PrivActor:
            return audit ? auditDerived(p.field) : Val();
        case F::ErrorCode:
            if (!audit && hasCol[ColUserId])
                return Val::num(double(errorCode));
            break;
        case F::Country:
            if (!audit && hasCol[ColCountry])
                return Val::str(col(ColCountry));
            break;
        case F::AuthProtocol:
            // Stored from the raw field at insert: NULL means the raw JSON
            // has none, so the column answers either way (unless this event
            // came without its columns).
            if (!audit && hasCol[ColUserId])
                return hasCol[ColAuthProtocol] ? Val::str(col(ColAuthProtocol)) : Val();
            break;
        case F::Other:
            if (p.segments.size() == 1 && p.segments[0].key.startsWith(u'_'))
                return {}; // unknown derived field
            break;
        default:
            if (const int c = columnOf(p.field); c >= 0 && hasCol[c]) {
                Val v = Val::str(col(c));
                // Audit columns are compared by dozens of rules: fold once per event.
                if (audit)
                    v.f = folded(c);
                return v;
            }
            break;
        }
        return Val::json(lookup(raw(), p));
    }
    QJsonValue jsonValue(const Path &p) { return lookup(raw(), p); }

    int columnOf(Path::Field f) const
    {
        using F = Path::Field;
        if (audit) {
            switch (f) {
            case F::Activity:
                return ColActivity;
            case F::Result:
                return ColResult;
            case F::LoggedByService:
                return ColService;
            case F::Category:
                return ColCategory;
            default:
                return -1;
            }
        }
        switch (f) {
        case F::UserId:
            return ColUserId;
        case F::Upn:
            return ColUpn;
        case F::AppId:
            return ColAppId;
        case F::AppName:
            return ColAppName;
        case F::IpAddress:
            return ColIp;
        default:
            return -1;
        }
    }

    QString str(const char *path)
    {
        return json::toString(json::at(raw(), QString::fromLatin1(path)));
    }

    bool inList(int slot, const QString &v)
    {
        if (slot < 0 || v.isEmpty())
            return false;
        return settings->lists[size_t(slot)].matchesUnfolded(v);
    }

    void ensureActor()
    {
        if (m_actorDone)
            return;
        m_actorDone = true;
        const QString upn = str("initiatedBy.user.userPrincipalName");
        const QString appName = str("initiatedBy.app.displayName");
        const QString appId = str("initiatedBy.app.appId");
        m_actor = auditActor(upn, appName, appId);
        const QString uid = str("initiatedBy.user.id");
        const QString spId = str("initiatedBy.app.servicePrincipalId");
        m_actorId = !uid.isEmpty() ? uid : !spId.isEmpty() ? spId : appId;
        m_cpim =
            appId.compare(kCpimAppId, Qt::CaseInsensitive) == 0 || fold(m_actor) == u"cpim service";
        for (const QJsonValue &t : raw().value(u"targetResources").toArray()) {
            const QJsonObject o = t.toObject();
            if (fold(o.value(u"type").toString()) == u"user") {
                m_targetUpn = o.value(u"userPrincipalName").toString();
                m_targetId = o.value(u"id").toString();
                break;
            }
        }
    }

    // Sign-in flags (_failed, _b2cApp, _privileged) are read by many rules:
    // computed once per event.
    void presetFlags(qint8 b2cApp, qint8 privileged)
    {
        if (b2cApp >= 0)
            m_flag[1] = b2cApp;
        if (privileged >= 0)
            m_flag[2] = privileged;
    }

    bool flag(Path::Field f)
    {
        using F = Path::Field;
        const int idx = f == F::Failed ? 0 : f == F::B2cApp ? 1 : 2;
        if (m_flag[idx] < 0)
            m_flag[idx] = computeSignInFlag(f) ? 1 : 0;
        return m_flag[idx] == 1;
    }

    bool computeSignInFlag(Path::Field f)
    {
        using F = Path::Field;
        if (f == F::Failed)
            return errorCodeValue() != 0;
        if (f == F::B2cApp) {
            return inList(slotIdx->b2cApps, columnOr(ColAppName, "appDisplayName")) ||
                   inList(slotIdx->b2cApps, columnOr(ColAppId, "appId"));
        }
        return inList(slotIdx->privileged, columnOr(ColUserId, "userId")) ||
               inList(slotIdx->privileged, columnOr(ColUpn, "userPrincipalName"));
    }

    Val auditDerived(Path::Field f)
    {
        using F = Path::Field;
        ensureActor();
        switch (f) {
        case F::Actor:
            return m_actor.isEmpty() ? Val() : Val::str(m_actor);
        case F::ActorId:
            return m_actorId.isEmpty() ? Val() : Val::str(m_actorId);
        case F::ActorIsCpim:
            return Val::boolean(m_cpim);
        case F::TargetUserUpn:
            return m_targetUpn.isEmpty() ? Val() : Val::str(m_targetUpn);
        case F::TargetUserId:
            return m_targetId.isEmpty() ? Val() : Val::str(m_targetId);
        case F::Privileged:
            return Val::boolean(inList(slotIdx->privileged, m_targetId) ||
                                inList(slotIdx->privileged, m_targetUpn));
        case F::PrivActor:
            return Val::boolean(inList(slotIdx->privileged, m_actorId) ||
                                inList(slotIdx->privileged, m_actor));
        default:
            return {};
        }
    }

    qint64 errorCodeValue()
    {
        if (hasCol[ColUserId])
            return errorCode;
        return json::toInt(json::at(raw(), u"status.errorCode")).value_or(0);
    }

    QStringList accounts()
    {
        if (audit) {
            ensureActor();
            return {m_actor, m_actorId};
        }
        return {columnOr(ColUserId, "userId"), columnOr(ColUpn, "userPrincipalName")};
    }

private:
    const QString &text(int f)
    {
        if (!m_textDone[f]) {
            m_textDone[f] = true;
            if (m_bytes && m_size[f] >= 0)
                m_text[f] = QString::fromUtf8(m_bytes + m_offset[f], m_size[f]);
        }
        return m_text[f];
    }
    const char *m_bytes = nullptr;
    const qsizetype *m_offset = nullptr;
    const qsizetype *m_size = nullptr;
    QString m_text[ColCount + 1]; // columns, then the event id
    bool m_textDone[ColCount + 1] = {};
    bool m_parsed = false;
    int m_rawPlain = -1;
    QJsonObject m_raw;
    bool m_folded[ColCount] = {};
    QString m_fold[ColCount];
    int m_flag[3] = {-1, -1, -1};
    bool m_actorDone = false;
    bool m_cpim = false;
    QString m_actor, m_actorId, m_targetUpn, m_targetId;
};

struct Gate
{
    Path::Field field = Path::Field::Other;
    bool negate = false;
    bool wanted = true;    // flags
    QList<double> numbers; // error code
    // 1 passes, 0 fails, -1 unknown, from what the reader thread knows.
    int state(qint64 errorCode, qint8 b2cApp, qint8 privileged) const
    {
        int m = -1;
        switch (field) {
        case Path::Field::ErrorCode:
            m = numbers.contains(double(errorCode));
            break;
        case Path::Field::Failed:
            m = (errorCode != 0) == wanted;
            break;
        case Path::Field::B2cApp:
            m = b2cApp < 0 ? -1 : (b2cApp == 1) == wanted;
            break;
        case Path::Field::Privileged:
            m = privileged < 0 ? -1 : (privileged == 1) == wanted;
            break;
        default:
            break;
        }
        return m < 0 ? -1 : int(bool(m) != negate);
    }
    bool pass(EventData &ev) const
    {
        const bool m = field == Path::Field::ErrorCode ? numbers.contains(double(ev.errorCode))
                                                       : ev.flag(field) == wanted;
        return m != negate;
    }
};

// What the reader thread needs to settle sign-in flags and to find the rows
// no rule can match.
struct FlagLists
{
    const ValueList *b2cApps = nullptr; // nullptr: no such list
    const ValueList *privileged = nullptr;
    // Gates of every active sign-in rule; empty when some rule has none.
    QList<const QList<Gate> *> gates;
    // Gates of the active sign-in rules whose conditions read the raw JSON:
    // a row that opens one gets its raw JSON read ahead.
    QList<const QList<Gate> *> rawRules;
};

// One event table to read: the query (?1 customer, ?2 first row or time),
// and what the reader needs to settle flags and skip rows.
struct EventSource
{
    QByteArray sql;
    // Non-empty when `sql` has no raw column: reads one row's raw JSON (?1 rowid).
    QByteArray rawSql;
    qint64 firstRow = 0;
    // When set, `sql` takes ?3, an exclusive upper bound of the time column,
    // and two readers read alternate chunks [start, next start) ahead of the
    // evaluating thread, which takes them in order.
    QList<qint64> chunkStarts;
    bool audit = false;
    FlagLists lists;
};

// Rows as UTF-8 bytes back to back in one buffer. The reader thread fills
// it and the evaluating thread makes the strings: allocating on one thread
// and freeing on the other would make malloc's arenas contend.
struct RowBatch
{
    static constexpr int kId = ColCount, kRaw = ColCount + 1, kFields = ColCount + 2;
    struct Row
    {
        qint64 rowid = 0, timeMs = 0, errorCode = 0;
        qint8 b2cApp = -1, privileged = -1; // sign-in flags the reader could settle
        bool inert = false;                 // no active rule can match: only counted
        qsizetype offset[kFields] = {};
        qsizetype size[kFields] = {}; // -1: NULL
    };
    QByteArray bytes;
    std::vector<Row> rows;
    int source = 0;           // which EventSource read it
    bool lastOfChunk = false; // the evaluating thread moves to the next chunk

    // `rawSt` (?1 rowid) reads the raw JSON of a sign-in when `st` has no
    // raw column; without it the raw JSON is column 11 of a sign-in row.
    void add(const store::Statement &st, bool audit, const FlagLists *lists = nullptr,
             store::Statement *rawSt = nullptr)
    {
        Row r;
        r.rowid = st.int64(0);
        r.timeMs = st.int64(2);
        for (int f = 0; f < kFields; ++f)
            r.size[f] = -1;
        auto put = [&](int field, const store::Statement &from, int column) {
            const QByteArrayView v = from.textView(column);
            r.offset[field] = bytes.size();
            r.size[field] = v.data() ? v.size() : -1;
            bytes.append(v);
        };
        if (audit) {
            put(kId, st, 1);
            for (int c : {ColActivity, ColResult, ColService, ColCategory})
                put(c, st, 3 + (c - ColActivity));
            put(kRaw, st, 7);
            rows.push_back(r);
            return;
        }
        r.errorCode = st.int64(10);
        if (lists) {
            // Settled here when plain ASCII makes it cheap; -1 leaves the flag
            // to the evaluating thread (which reads the raw JSON when a column
            // is NULL).
            auto column = [&](int c) -> std::optional<QByteArrayView> {
                const QByteArrayView v = st.textView(3 + c);
                return v.data() ? std::optional<QByteArrayView>(v) : std::nullopt;
            };
            r.b2cApp = eitherMatches(lists->b2cApps, column(ColAppName), column(ColAppId));
            r.privileged = eitherMatches(
                lists->privileged, column(ColUserId).value_or(QByteArrayView()), column(ColUpn));
            // Most sign-ins fail a gate of every rule: the evaluating thread
            // then only counts them, and nothing of them is copied.
            if (!lists->gates.isEmpty() && !anyRuleOpen(lists->gates, r)) {
                r.inert = true;
                rows.push_back(r);
                return;
            }
        }
        put(kId, st, 1);
        for (int c : {ColUserId, ColUpn, ColAppId, ColAppName, ColIp, ColCountry, ColAuthProtocol})
            put(c, st, 3 + c);
        if (!rawSt) {
            put(kRaw, st, 11);
        } else if (!lists || anyRuleOpen(lists->rawRules, r)) {
            rawSt->bind(1, r.rowid);
            if (rawSt->step() == store::Statement::Step::Row)
                put(kRaw, *rawSt, 0);
            rawSt->reset();
        }
        rows.push_back(r);
    }

    static bool anyRuleOpen(const QList<const QList<Gate> *> &rules, const Row &r)
    {
        for (const QList<Gate> *gates : rules) {
            bool open = true;
            for (const Gate &g : *gates)
                open = open && g.state(r.errorCode, r.b2cApp, r.privileged) != 0;
            if (open)
                return true;
        }
        return false;
    }

    // EventData::inList(a) || inList(b) on UTF-8 columns: 1, 0, or -1 (unknown).
    static qint8 eitherMatches(const ValueList *l, std::optional<QByteArrayView> a,
                               std::optional<QByteArrayView> b)
    {
        if (!l)
            return 0;
        auto one = [&](std::optional<QByteArrayView> v) -> int {
            if (!v)
                return -1;
            if (v->isEmpty())
                return 0;
            const std::optional<bool> m = l->matchesUtf8(*v);
            return m ? int(*m) : -1;
        };
        const int x = one(a);
        if (x != 0)
            return qint8(x);
        return qint8(one(b));
    }

    // The event's raw JSON points into `bytes`: the batch must outlive `ev`.
    void fill(size_t i, bool audit, EventData &ev) const
    {
        const Row &r = rows[i];
        ev.audit = audit;
        ev.rowid = r.rowid;
        ev.timeMs = r.timeMs;
        ev.errorCode = r.errorCode;
        static_assert(kId == ColCount, "EventData keeps the id after the columns");
        ev.setTexts(bytes.constData(), r.offset, r.size);
        for (int c = 0; c < ColCount; ++c)
            ev.hasCol[c] = r.size[c] >= 0;
        if (r.size[kRaw] > 0)
            ev.rawText = QByteArray::fromRawData(bytes.constData() + r.offset[kRaw], r.size[kRaw]);
        ev.rawPending = !audit && r.size[kRaw] < 0;
        if (!audit) {
            ev.hasCol[ColUserId] = true; // error_code is NOT NULL: columns are trusted
            ev.presetFlags(r.b2cApp, r.privileged);
        }
    }
};

// Hands batches of rows from the reader threads to the evaluating thread.
// Each reader fills a lane of its own, at most a few batches ahead so memory
// stays flat; the evaluating thread says which lanes it can take from next.
class RowQueue
{
public:
    using Batch = RowBatch;
    explicit RowQueue(const std::vector<size_t> &capacities)
        : m_lanes(capacities.size()), m_capacity(capacities)
    {}

    bool push(int lane, Batch &&b)
    {
        std::unique_lock lock(m_mutex);
        Lane &l = m_lanes[size_t(lane)];
        m_cv.wait(lock, [&] { return l.batches.size() < m_capacity[size_t(lane)] || m_cancelled; });
        if (m_cancelled)
            return false;
        l.batches.push_back(std::move(b));
        m_cv.notify_all();
        return true;
    }
    enum class Pop
    {
        Batch,     // `out` came from `lane`
        Exhausted, // `lane` is finished and empty
        Failed     // a reader failed: error()
    };
    // The next batch of the first of `lanes` that has one, waiting if none has.
    Pop pop(const std::vector<int> &lanes, Batch &out, int &lane)
    {
        std::unique_lock lock(m_mutex);
        auto ready = [&] {
            if (m_error)
                return true;
            for (int i : lanes)
                if (!m_lanes[size_t(i)].batches.empty() || m_lanes[size_t(i)].finished)
                    return true;
            return false;
        };
        m_cv.wait(lock, ready);
        if (m_error)
            return Pop::Failed;
        for (int i : lanes) {
            Lane &l = m_lanes[size_t(i)];
            if (!l.batches.empty()) {
                out = std::move(l.batches.front());
                l.batches.pop_front();
                lane = i;
                m_cv.notify_all();
                return Pop::Batch;
            }
        }
        for (int i : lanes) {
            if (m_lanes[size_t(i)].finished) {
                lane = i;
                return Pop::Exhausted;
            }
        }
        return Pop::Failed; // not reached: ready() held
    }
    // Consumed batches go back to the readers with their buffers: fresh
    // megabyte buffers would page-fault, and memory freed on the other
    // thread would make malloc's arenas contend.
    void recycle(Batch &&b)
    {
        b.rows.clear();
        b.bytes.resize(0);
        b.lastOfChunk = false;
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(b));
    }
    Batch fresh(size_t rows, qsizetype bytes)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                Batch b = std::move(m_free.front());
                m_free.pop_front();
                return b;
            }
        }
        Batch b;
        b.rows.reserve(rows);
        b.bytes.reserve(bytes);
        return b;
    }
    // Each lane's reader calls it once; the first error is kept.
    void finish(int lane, std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_lanes[size_t(lane)].finished = true;
        if (error && !m_error)
            m_error = std::move(error);
        m_cv.notify_all();
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_cv.notify_all();
    }
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    struct Lane
    {
        std::deque<Batch> batches;
        bool finished = false;
    };
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<Lane> m_lanes;
    std::vector<size_t> m_capacity;
    std::deque<Batch> m_free;
    bool m_cancelled = false;
    std::optional<Error> m_error;
};

// ---- condition evaluation ---------------------------------------------------------

struct Evaluator
{
    EventData &ev;
    const ResolvedSettings &settings;

    const ValueList *settingList(int slot) const
    {
        return slot >= 0 ? &settings.lists[size_t(slot)] : nullptr;
    }

    Val get(const Path &p, const QJsonValue *elem)
    {
        if (elem)
            return Val::json(lookup(*elem, p));
        return ev.value(p);
    }

    QJsonValue getArray(const Path &p, const QJsonValue *elem)
    {
        if (elem)
            return lookup(*elem, p);
        return ev.jsonValue(p);
    }

    template <typename F> bool anyList(const Condition &c, F &&f)
    {
        if (f(c.literal))
            return true;
        if (const ValueList *l = settingList(c.settingSlot))
            return f(*l);
        return false;
    }

    bool matchOne(const Condition &c, const Val &v, const QJsonValue *elem)
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

    bool eval(const Condition &c, const QJsonValue *elem = nullptr)
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
                w.rawScannable && w.op != Condition::Op::Ne && w.op != Condition::Op::NotIn &&
                !elem && !ev.rawParsed() && !ev.rawMayContain(w.literal.all))
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
};

// ---- findings ------------------------------------------------------------------------

int riskRank(const Risk &r)
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

// A stored finding a re-run recomputes (state new or acknowledged, from
// `since` on), as stored: the run rewrites it only if it comes out changed.
struct StoredFinding
{
    qint64 id = 0;
    QString state, severity;
    qint64 firstSeen = 0, lastSeen = 0, count = 0;
    QByteArray evidence, detail;
    bool unconfigured = false;
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

struct WindowEntry
{
    qint64 t = 0;
    QString id;
    QStringList esc; // values of the escalate paths
};

struct ThresholdState
{
    QList<WindowEntry> events;
    qint64 activeBucket = -1; // finding being extended, -1 none
    bool dirty = false;
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

QString riskName(const Risk &r)
{
    return r.raw().isEmpty() ? Risk::nameOf(r.value()) : r.raw().toLower();
}

} // namespace

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

// ---- the run ------------------------------------------------------------------------

struct DetectionEngine::Run
{
    DetectionEngine &e;
    store::Database &db;
    QString customer;
    CustomerSettings settings;
    ResolvedSettings resolved;
    Slots slotIdx;
    QList<RuleRt> rts;
    QList<RuleRt *> signInRts, auditRts; // active rules per stream, built after setup
    // Most audit rules start with `activityDisplayName in [...]`: an audit
    // event is checked only against the rules naming its activity.
    QList<RuleRt *> auditAnyActivity;
    QHash<QString, QList<RuleRt *>> auditByActivity; // folded activity -> rules
    QList<RuleRt *> scratch;

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

    static QSet<QString> activityKeys(const Condition &c)
    {
        const QList<Condition> top =
            c.kind == Condition::Kind::All ? c.children : QList<Condition>{c};
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
    QHash<QString, FindingAcc> findings;     // key rule|subject|bucket
    QHash<QString, ThresholdState> windows;  // rule|subject
    QHash<QString, BaselineState> baselines; // rule|subject
    QHash<QString, qint64> firstEvent;       // stream -> first event time
    QHash<QString, QStringList> fieldsSeen;  // stream -> requiresFields seen
    DetectionStats stats;
    qint64 sinceMs = 0;     // events before only warm up state
    bool lazyState = false; // windows/counts come from the store on first use
    // A re-run knows every stored finding's key up front, so new keys skip
    // the lookup; the ones it recomputes it holds whole.
    QSet<QString> storedKeys;
    bool storedKnown = false;
    QHash<QString, StoredFinding> recomputed;

    // The re-run's view of the stored findings from `since` on: those in
    // state new or acknowledged are recomputed from their events; the
    // analyst's closed and false-positive ones, and older ones, stay.
    Status loadStoredFindings(qint64 since)
    {
        store::Statement *st =
            db.cached("SELECT rule_id, subject, bucket_start, id, state, severity, first_seen, "
                      "last_seen, count, evidence, detail, unconfigured FROM findings WHERE "
                      "customer_id=?");
        if (!st)
            return db.lastError();
        st->bind(1, customer);
        store::Statement::Step step;
        while ((step = st->step()) == store::Statement::Step::Row) {
            const QString k = key3(st->text(0), st->text(1), st->int64(2));
            storedKeys.insert(k);
            const QString state = st->text(4);
            if (st->int64(2) < since || (state != u"new" && state != u"acknowledged"))
                continue;
            recomputed.insert(k, StoredFinding{st->int64(3), state, st->text(5), st->int64(6),
                                               st->int64(7), st->int64(8), st->textUtf8(9),
                                               st->textUtf8(10), st->int64(11) != 0});
        }
        st->reset();
        if (step == store::Statement::Step::Error)
            return st->lastError();
        storedKnown = true;
        return {};
    }

    Run(DetectionEngine &engine, const QString &c) : e(engine), db(engine.m_db), customer(c) {}

    static QString key3(const QString &a, const QString &b, qint64 c)
    {
        return a + u'\x1f' + b + u'\x1f' + QString::number(c);
    }

    Status setup()
    {
        auto s = CustomerSettings::load(db, customer);
        if (!s)
            return s.error();
        settings = *s;
        resolved = settings.resolve(e.m_catalog);
        slotIdx.privileged = e.m_catalog.slotOf(QStringLiteral("privilegedAccounts"));
        slotIdx.b2cApps = e.m_catalog.slotOf(QStringLiteral("b2cSignInApps"));
        for (const auto &r : e.m_catalog.rules()) {
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
    static bool readsRaw(const Condition &c)
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
    static QList<Gate> flagGates(const Condition &c, Condition &residual)
    {
        QList<Gate> out;
        const QList<Condition> top =
            c.kind == Condition::Kind::All ? c.children : QList<Condition>{c};
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
    static bool asGate(const Condition &outer, QList<Gate> &gates)
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

    QStringList missingSettings(const Rule &r) const
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

    Status loadState(const QString &stream)
    {
        store::Statement *st = db.cached(
            "SELECT first_event_at, fields_seen FROM detection_state WHERE customer_id=? AND "
            "stream=?");
        if (!st)
            return db.lastError();
        st->bind(1, customer).bind(2, stream);
        if (st->step() == store::Statement::Step::Row) {
            if (!st->isNull(0))
                firstEvent.insert(stream, st->int64(0));
            QStringList seen;
            for (const QJsonValue &v : QJsonDocument::fromJson(st->textUtf8(1)).array())
                seen << v.toString();
            fieldsSeen.insert(stream, seen);
        }
        st->reset();
        // Threshold windows and baseline counts are read per (rule, subject)
        // on first use (windowState / baselineState): an incremental batch
        // touches only the subjects of its new events.
        lazyState = true;
        return {};
    }

    ThresholdState &windowState(RuleRt &rt, const QString &subject)
    {
        const QString &ruleId = rt.rule->id;
        const QString &k = rt.stateKey(subject);
        auto it = windows.find(k);
        if (it != windows.end())
            return *it;
        ThresholdState ts;
        if (lazyState) {
            store::Statement *w =
                db.cached("SELECT events, active_bucket FROM detection_windows WHERE rule_id=? "
                          "AND customer_id=? AND subject=?");
            if (w) {
                w->bind(1, ruleId).bind(2, customer).bind(3, subject);
                if (w->step() == store::Statement::Step::Row) {
                    for (const QJsonValue &v : QJsonDocument::fromJson(w->textUtf8(0)).array()) {
                        const QJsonArray a = v.toArray();
                        WindowEntry we;
                        we.t = qint64(a.at(0).toDouble());
                        we.id = a.at(1).toString();
                        for (const QJsonValue &x : a.at(2).toArray())
                            we.esc << x.toString();
                        ts.events.append(we);
                    }
                    ts.activeBucket = w->isNull(1) ? -1 : w->int64(1);
                }
                w->reset();
            }
        }
        return *windows.insert(k, ts);
    }

    BaselineState &baselineState(RuleRt &rt, const QString &subject)
    {
        const QString &ruleId = rt.rule->id;
        const QString &k = rt.stateKey(subject);
        auto it = baselines.find(k);
        if (it != baselines.end())
            return *it;
        BaselineState bs;
        if (lazyState) {
            store::Statement *c = db.cached("SELECT bucket, count FROM detection_counts WHERE "
                                            "rule_id=? AND customer_id=? AND subject=?");
            if (c) {
                c->bind(1, ruleId).bind(2, customer).bind(3, subject);
                while (c->step() == store::Statement::Step::Row)
                    bs.counts.insert(c->int64(0), c->int64(1));
                c->reset();
            }
        }
        return *baselines.insert(k, bs);
    }

    FindingAcc *finding(const RuleRt &rt, const QString &subject, qint64 bucketStart)
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
        store::Statement *st =
            storedKnown && !storedKeys.contains(k)
                ? nullptr
                : db.cached(
                      "SELECT id, severity, state, first_seen, last_seen, count, evidence, detail, "
                      "unconfigured FROM findings WHERE rule_id=? AND customer_id=? AND subject=? "
                      "AND "
                      "bucket_start=?");
        if (st) {
            st->bind(1, rt.rule->id).bind(2, customer).bind(3, subject).bind(4, bucketStart);
            if (st->step() == store::Statement::Step::Row) {
                f.exists = true;
                f.id = st->int64(0);
                f.severity = Risk::parse(st->text(1));
                f.state = st->text(2);
                f.firstSeen = st->int64(3);
                f.lastSeen = st->int64(4);
                f.count = st->int64(5);
                f.evidence = QJsonDocument::fromJson(st->textUtf8(6)).array();
                f.detail = QJsonDocument::fromJson(st->textUtf8(7)).object();
                f.unconfigured = st->int64(8) != 0;
            }
            st->reset();
        }
        return &findings.insert(k, f).value();
    }

    void addEvidence(FindingAcc &f, const RuleRt &rt, const QString &stream, const QString &id,
                     qint64 t, const QStringList &esc, bool unconfigured,
                     const QString &correlationId = QString())
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

    QString subjectOf(const Rule &r, EventData &ev)
    {
        // Volume rules (C7, C9) count the whole tenant: no strings to build.
        static const QString tenant = QStringLiteral("tenant");
        if (r.subject.size() == 1 && !r.subject[0].isEmpty() &&
            r.subject[0][0].segments.size() == 1 && r.subject[0][0].segments[0].key == u"tenant")
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
    bool allowlistFires(const Rule &r, Evaluator &ev, EventData &data, bool &unconfigured)
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

    QStringList escValues(const Rule &r, EventData &ev)
    {
        QStringList out;
        for (const EscalateEntry &en : r.escalate)
            out << (en.type == EscalateEntry::Type::Count ? QString() : ev.value(en.path).text());
        return out;
    }

    void processEvent(const QString &stream, EventData &ev)
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
                    addEvidence(*finding(*h.rt, h.subject, bucket), *h.rt, stream, ev.id(),
                                ev.timeMs, esc, h.unconfigured, correlationIdOf(ev));
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

    // Audit events carry their raw JSON already; a sign-in's is read only if
    // a rule has parsed it, so sign-in evidence may lack the id.
    static QString correlationIdOf(EventData &ev)
    {
        if (!ev.audit && !ev.rawParsed())
            return {};
        return ev.raw().value(u"correlationId").toString();
    }

    void threshold(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
                   const QStringList &esc, bool live)
    {
        ThresholdState &ts = windowState(rt, subject);
        ts.dirty = true;
        const qint64 from = ev.timeMs - rt.windowMs;
        while (!ts.events.isEmpty() && ts.events.first().t <= from)
            ts.events.removeFirst();
        ts.events.append(WindowEntry{ev.timeMs, ev.id(), esc});
        const qint64 n = ts.events.size();
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
                if (!have.contains(we.id))
                    addEvidence(*f, rt, stream, we.id, we.t, we.esc, false);
        }
        f->detail.insert(QStringLiteral("windowCount"),
                         std::max<qint64>(n, f->detail.value(u"windowCount").toInteger()));
        f->detail.insert(QStringLiteral("threshold"), rt.threshold);
        f->detail.insert(QStringLiteral("window"), settingsWindowText(rt));
    }

    QString settingsWindowText(const RuleRt &rt) const
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

    void baseline(RuleRt &rt, const QString &subject, const QString &stream, EventData &ev,
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

    Status save(const QHash<QString, qint64> &lastRowid)
    {
        const qint64 now = toEpochMs(e.m_clock.now());
        store::Statement *ins = db.cached(
            "INSERT INTO findings(rule_id, customer_id, subject, bucket_start, severity, state, "
            "first_seen, last_seen, count, evidence, detail, unconfigured, updated_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        store::Statement *upd = db.cached(
            "UPDATE findings SET severity=?, first_seen=?, last_seen=?, count=?, evidence=?, "
            "detail=?, unconfigured=?, updated_at=? WHERE id=?");
        if (!ins || !upd)
            return db.lastError();
        for (FindingAcc &f : findings) {
            if (!f.dirty)
                continue;
            if (f.baseline) {
                const BaselineDetail &d = *f.baseline;
                QJsonArray history;
                for (const auto &[startMs, count] : d.history)
                    history.append(QJsonObject{
                        {QStringLiteral("start"), formatWireDateTime(fromEpochMs(startMs))},
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
            const QByteArray ev = QJsonDocument(f.evidence).toJson(QJsonDocument::Compact);
            const QByteArray dt = QJsonDocument(f.detail).toJson(QJsonDocument::Compact);
            if (const StoredFinding *r = f.recomputed) {
                // Re-found: new again, or acknowledged and updated as before.
                ++(r->state == u"new" ? stats.findingsCreated : stats.findingsUpdated);
                if (r->severity == riskName(f.severity) && r->firstSeen == f.firstSeen &&
                    r->lastSeen == f.lastSeen && r->count == f.count && r->evidence == ev &&
                    r->detail == dt && r->unconfigured == f.unconfigured) {
                    f.dirty = false;
                    continue; // the same as stored: no write
                }
            }
            if (f.exists) {
                upd->bind(1, riskName(f.severity))
                    .bind(2, f.firstSeen)
                    .bind(3, f.lastSeen)
                    .bind(4, f.count)
                    .bindText(5, ev)
                    .bindText(6, dt)
                    .bindBool(7, f.unconfigured)
                    .bind(8, now)
                    .bind(9, f.id);
                if (Status s = upd->exec(); !s)
                    return s;
                if (!f.recomputed)
                    ++stats.findingsUpdated;
            } else {
                ins->bind(1, f.ruleId)
                    .bind(2, customer)
                    .bind(3, f.subject)
                    .bind(4, f.bucketStart)
                    .bind(5, riskName(f.severity))
                    .bind(6, f.state)
                    .bind(7, f.firstSeen)
                    .bind(8, f.lastSeen)
                    .bind(9, f.count)
                    .bindText(10, ev)
                    .bindText(11, dt)
                    .bindBool(12, f.unconfigured)
                    .bind(13, now);
                if (Status s = ins->exec(); !s)
                    return s;
                f.exists = true;
                f.id = db.lastInsertRowId();
                ++stats.findingsCreated;
            }
            f.dirty = false;
        }
        // Recomputed findings the re-run did not find again: a new one goes,
        // an acknowledged one stays with no events (the analyst's decision).
        store::Statement *gone = db.cached("DELETE FROM findings WHERE id=?");
        store::Statement *emptied = db.cached(
            "UPDATE findings SET count=0, evidence='[]', detail='{}', updated_at=? WHERE id=?");
        if (!gone || !emptied)
            return db.lastError();
        for (auto r = recomputed.cbegin(); r != recomputed.cend(); ++r) {
            const auto f = findings.constFind(r.key());
            if (f != findings.cend() && f->count > 0)
                continue;
            if (r->state == u"new") {
                if (Status s = gone->bind(1, r->id).exec(); !s)
                    return s;
            } else if (r->count != 0 || r->evidence != "[]" || r->detail != "{}") {
                if (Status s = emptied->bind(1, now).bind(2, r->id).exec(); !s)
                    return s;
            }
        }
        store::Statement *w = db.cached(
            "INSERT OR REPLACE INTO detection_windows(rule_id, customer_id, subject, events, "
            "active_bucket) VALUES(?,?,?,?,?)");
        store::Statement *wd = db.cached(
            "DELETE FROM detection_windows WHERE rule_id=? AND customer_id=? AND subject=?");
        if (!w || !wd)
            return db.lastError();
        for (auto it = windows.begin(); it != windows.end(); ++it) {
            if (!it->dirty)
                continue;
            const QStringList k = it.key().split(u'\x1f');
            if (it->events.isEmpty()) {
                wd->bind(1, k[0]).bind(2, customer).bind(3, k[1]);
                if (Status s = wd->exec(); !s)
                    return s;
                continue;
            }
            QJsonArray evs;
            for (const WindowEntry &we : it->events)
                evs.append(QJsonArray{double(we.t), we.id, QJsonArray::fromStringList(we.esc)});
            w->bind(1, k[0])
                .bind(2, customer)
                .bind(3, k[1])
                .bindText(4, QJsonDocument(evs).toJson(QJsonDocument::Compact));
            if (it->activeBucket >= 0)
                w->bind(5, it->activeBucket);
            else
                w->bindNull(5);
            if (Status s = w->exec(); !s)
                return s;
        }
        store::Statement *cd = db.cached(
            "DELETE FROM detection_counts WHERE rule_id=? AND customer_id=? AND subject=?");
        store::Statement *ci =
            db.cached("INSERT INTO detection_counts(rule_id, customer_id, subject, bucket, count) "
                      "VALUES(?,?,?,?,?)");
        if (!cd || !ci)
            return db.lastError();
        for (auto it = baselines.begin(); it != baselines.end(); ++it) {
            if (!it->dirty)
                continue;
            const QStringList k = it.key().split(u'\x1f');
            cd->bind(1, k[0]).bind(2, customer).bind(3, k[1]);
            if (Status s = cd->exec(); !s)
                return s;
            for (auto c = it->counts.begin(); c != it->counts.end(); ++c) {
                ci->bind(1, k[0])
                    .bind(2, customer)
                    .bind(3, k[1])
                    .bind(4, c.key())
                    .bind(5, c.value());
                if (Status s = ci->exec(); !s)
                    return s;
            }
        }
        store::Statement *ds = db.cached(
            "INSERT INTO detection_state(customer_id, stream, last_rowid, first_event_at, "
            "fields_seen, updated_at) VALUES(?,?,?,?,?,?) ON CONFLICT(customer_id, stream) DO "
            "UPDATE SET last_rowid=max(last_rowid, excluded.last_rowid), "
            "first_event_at=excluded.first_event_at, fields_seen=excluded.fields_seen, "
            "updated_at=excluded.updated_at");
        if (!ds)
            return db.lastError();
        for (const QString &stream :
             {QStringLiteral("signIns"), QStringLiteral("directoryAudits")}) {
            ds->bind(1, customer).bind(2, stream).bind(3, lastRowid.value(stream, 0));
            if (firstEvent.contains(stream))
                ds->bind(4, firstEvent.value(stream));
            else
                ds->bindNull(4);
            ds->bindText(5, QJsonDocument(QJsonArray::fromStringList(fieldsSeen.value(stream)))
                                .toJson(QJsonDocument::Compact));
            ds->bind(6, now);
            if (Status s = ds->exec(); !s)
                return s;
        }
        return {};
    }
};

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
    auto st = m_db.prepare("SELECT DISTINCT customer_id FROM signins UNION SELECT DISTINCT "
                           "customer_id FROM audits UNION SELECT customer_id FROM rule_settings "
                           "ORDER BY 1");
    if (!st)
        return st.error();
    QStringList out;
    while ((*st)->step() == store::Statement::Step::Row)
        out << (*st)->text(0);
    return out;
}

Result<DetectionStats> DetectionEngine::evaluateNew(const QString &customerId)
{
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

namespace {

constexpr size_t kBatchRows = 2048;
constexpr int kChunkBatches = 8;

// Where the chunks of a customer's sign-ins from `from` on start: time
// slices of about kChunkBatches batches each, planned from the daily rollups
// kept at ingest (signin_daily) so planning reads no events. A day's events
// are taken as spread evenly over it: a burst only makes its slice larger,
// which costs parallelism, never events. None when the rollups are empty or
// the events are too few to share between two readers.
Result<QList<qint64>> signInChunks(store::Database &db, const QString &customerId, qint64 from)
{
    store::Statement *st = db.cached(
        "SELECT day, total FROM signin_daily WHERE customer_id=?1 AND day>=?2 ORDER BY day");
    if (!st)
        return db.lastError();
    constexpr qint64 kDayMs = 86'400'000;
    constexpr qint64 kBeforeAll = std::numeric_limits<qint64>::min();
    st->bind(1, customerId).bind(2, from == kBeforeAll ? 0 : store::rollupDayOf(from));
    struct Day
    {
        qint64 startMs;
        double events; // from `from` on
    };
    QList<Day> days;
    double all = 0;
    while (true) {
        const auto step = st->step();
        if (step == store::Statement::Step::Error) {
            const Error e = st->lastError();
            st->reset();
            return e;
        }
        if (step != store::Statement::Step::Row)
            break;
        const qint64 day = st->int64(0);
        const QDate date(int(day / 10000), int(day / 100 % 100), int(day % 100));
        if (!date.isValid() || st->int64(1) <= 0)
            continue;
        const qint64 startMs = toEpochMs(date.startOfDay(Qt::UTC));
        // The first day counts only from `from` on.
        const double share = from <= startMs ? 1.0 : double(startMs + kDayMs - from) / kDayMs;
        days.append({startMs, double(st->int64(1)) * std::clamp(share, 0.0, 1.0)});
        all += days.last().events;
    }
    st->reset();
    const double perChunk = std::max(double(kChunkBatches * kBatchRows), all / 4096);
    QList<qint64> starts;
    if (all < 2 * perChunk)
        return starts;
    starts.append(from);
    double filled = 0; // events of the current chunk so far
    for (const Day &d : days) {
        qint64 at = std::max(d.startMs, from); // where this day's unassigned events begin
        const qint64 end = d.startMs + kDayMs;
        double left = d.events;
        const double perMs = left / double(end - at);
        while (filled + left >= perChunk) {
            const qint64 cut = at + qint64((perChunk - filled) / perMs);
            if (cut > starts.last() && cut < end)
                starts.append(cut);
            left -= double(cut - at) * perMs;
            filled = 0;
            at = cut;
            if (cut >= end)
                break;
        }
        filled += std::max(0.0, left);
    }
    return starts;
}

// Binds the query of `source` for its chunk `c` (the only one when unchunked).
void bindChunk(store::Statement &st, const QString &customerId, const EventSource &source,
               qsizetype c)
{
    st.reset();
    st.bind(1, customerId);
    if (source.chunkStarts.isEmpty()) {
        st.bind(2, source.firstRow);
        return;
    }
    st.bind(2, source.chunkStarts[c]);
    st.bind(3, c + 1 < source.chunkStarts.size() ? source.chunkStarts[c + 1]
                                                 : std::numeric_limits<qint64>::max());
}

// The statement reading one row's raw JSON, or none when the source's
// query has the raw column.
Result<std::unique_ptr<store::Statement>> prepareRaw(store::Database &db, const EventSource &source)
{
    if (source.rawSql.isEmpty())
        return std::unique_ptr<store::Statement>();
    return db.prepare(source.rawSql);
}

// Reads the events of one source on a reader thread into `lane`: all of
// them, or chunks `first`, `first + 2`, ... of a chunked source.
void readSource(store::Database &db, const QString &customerId, const EventSource &source,
                int index, int lane, int first, RowQueue &queue)
{
    auto st = db.prepare(source.sql);
    if (!st) {
        queue.finish(lane, st.error());
        return;
    }
    auto rawSt = prepareRaw(db, source);
    if (!rawSt) {
        queue.finish(lane, rawSt.error());
        return;
    }
    constexpr qsizetype kBatchBytes = 2 * 1024 * 1024;
    const bool chunked = !source.chunkStarts.isEmpty();
    const qsizetype chunks = chunked ? source.chunkStarts.size() : 1;
    for (qsizetype c = first; c < chunks; c += chunked ? 2 : 1) {
        bindChunk(**st, customerId, source, c);
        RowBatch batch = queue.fresh(kBatchRows, kBatchBytes);
        batch.source = index;
        while (true) {
            const auto step = (*st)->step();
            if (step == store::Statement::Step::Error) {
                queue.finish(lane, (*st)->lastError());
                return;
            }
            if (step == store::Statement::Step::Done)
                break;
            batch.add(**st, source.audit, &source.lists, rawSt->get());
            if (batch.rows.size() == kBatchRows) {
                if (!queue.push(lane, std::move(batch)))
                    return;
                batch = queue.fresh(kBatchRows, kBatchBytes);
                batch.source = index;
            }
        }
        // Sent even when empty: it ends the chunk.
        batch.lastOfChunk = true;
        if (!queue.push(lane, std::move(batch)))
            return;
    }
    queue.finish(lane);
}

// Reads the events of its sources for the evaluating thread. A cache on
// disk is read by second connections on reader threads, started before the
// evaluating thread needs them, so SQLite's stepping and the text decoding
// overlap the engine's own work: one reader per source, two taking turns
// over the chunks of a chunked one. The engine's write transaction holds the
// write lock and does not touch the event tables, so every reader's snapshot
// is the same rows. An in-memory cache is read on the evaluating thread.
class EventReader
{
public:
    EventReader(store::Database &db, const QString &customerId, QList<const EventSource *> sources)
        : m_db(db), m_customerId(customerId), m_sources(std::move(sources))
    {
        const QString &path = db.path();
        m_separate = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
    }
    ~EventReader() { stop(); }

    void start()
    {
        if (!m_separate)
            return;
        std::vector<size_t> capacities;
        m_lanesOf.assign(size_t(m_sources.size()), {});
        for (int i = 0; i < m_sources.size(); ++i) {
            const int readers = m_sources[i]->chunkStarts.isEmpty() ? 1 : 2;
            for (int r = 0; r < readers; ++r) {
                const int lane = int(capacities.size());
                m_plan.push_back({i, lane, r});
                m_lanesOf[size_t(i)].push_back(lane);
                // A chunked lane holds a whole chunk: its reader reads the
                // next chunk while the evaluating thread takes the other's.
                capacities.push_back(readers > 1 ? size_t(kChunkBatches + 2) : 4);
            }
        }
        m_queue = std::make_unique<RowQueue>(capacities);
        const QString path = m_db.path();
        for (const Reader &r : m_plan) {
            m_threads.emplace_back([this, r, path] {
                store::Database::Options options;
                options.mode = store::Database::Mode::ReadOnly;
                options.quickCheck = false;
                auto reader = store::Database::open(path, options);
                if (!reader) {
                    m_queue->finish(r.lane, reader.error());
                    return;
                }
                (void)(*reader)->exec("PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536");
                readSource(**reader, m_customerId, *m_sources[r.source], r.source, r.lane, r.first,
                           *m_queue);
            });
        }
    }

    Status run(const std::function<void(int, const RowBatch &, size_t)> &consume)
    {
        if (!m_separate)
            return readHere(consume);
        if (!m_queue)
            start();
        // Per source, which of its lanes holds its next chunk.
        std::vector<size_t> turn(size_t(m_sources.size()), 0);
        std::vector<bool> done(size_t(m_sources.size()), false);
        RowBatch batch;
        while (true) {
            std::vector<int> lanes;
            for (size_t i = 0; i < turn.size(); ++i)
                if (!done[i])
                    lanes.push_back(m_lanesOf[i][turn[i]]);
            if (lanes.empty())
                break;
            int lane = -1;
            const RowQueue::Pop got = m_queue->pop(lanes, batch, lane);
            if (got == RowQueue::Pop::Failed)
                break;
            if (got == RowQueue::Pop::Exhausted) {
                // Chunks alternate between the lanes: a finished lane means
                // its source has no next chunk.
                for (size_t i = 0; i < m_lanesOf.size(); ++i)
                    if (m_lanesOf[i][turn[i]] == lane)
                        done[i] = true;
                continue;
            }
            const size_t source = size_t(batch.source);
            for (size_t i = 0; i < batch.rows.size(); ++i)
                consume(batch.source, batch, i);
            if (batch.lastOfChunk)
                turn[source] = (turn[source] + 1) % m_lanesOf[source].size();
            m_queue->recycle(std::move(batch));
        }
        stop();
        if (auto error = m_queue->error())
            return *error;
        return {};
    }

private:
    struct Reader
    {
        int source, lane, first;
    };

    void stop()
    {
        if (m_queue)
            m_queue->cancel();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

    Status readHere(const std::function<void(int, const RowBatch &, size_t)> &consume)
    {
        for (int i = 0; i < m_sources.size(); ++i) {
            const EventSource &source = *m_sources[i];
            auto st = m_db.prepare(source.sql);
            if (!st)
                return st.error();
            auto rawSt = prepareRaw(m_db, source);
            if (!rawSt)
                return rawSt.error();
            const qsizetype chunks = qMax<qsizetype>(1, source.chunkStarts.size());
            for (qsizetype c = 0; c < chunks; ++c) {
                bindChunk(**st, m_customerId, source, c);
                while (true) {
                    const auto step = (*st)->step();
                    if (step == store::Statement::Step::Error)
                        return (*st)->lastError();
                    if (step == store::Statement::Step::Done)
                        break;
                    RowBatch one;
                    one.add(**st, source.audit, &source.lists, rawSt->get());
                    consume(i, one, 0);
                }
            }
        }
        return {};
    }

    store::Database &m_db;
    const QString m_customerId;
    const QList<const EventSource *> m_sources;
    bool m_separate = false;
    std::vector<Reader> m_plan;
    std::vector<std::vector<int>> m_lanesOf;
    std::unique_ptr<RowQueue> m_queue;
    std::vector<std::thread> m_threads;
};

} // namespace

Result<DetectionStats> DetectionEngine::process(const QString &customerId, bool rerunMode,
                                                qint64 sinceMs)
{
    QElapsedTimer timer;
    timer.start();
    // A pass reads the event tables front to back: map them instead of
    // pread-ing page by page, and keep more pages cached.
    (void)m_db.exec("PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536");
    store::Transaction tx(m_db, store::Transaction::Kind::Immediate);
    if (!tx.isActive())
        return tx.beginStatus().error();
    Run run(*this, customerId);
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
            store::Statement *st = m_db.cached(
                "SELECT last_rowid FROM detection_state WHERE customer_id=? AND stream=?");
            if (!st)
                return m_db.lastError();
            st->bind(1, customerId).bind(2, str.name);
            if (st->step() == store::Statement::Step::Row)
                watermark = st->int64(0);
            st->reset();
        }
        for (const RuleRt &rt : run.rts) {
            if (rt.rule->source != str.name)
                continue;
            str.anyRule = str.anyRule || rt.active;
            for (const QString &f : rt.rule->requiresFields)
                if (!run.fieldsSeen.value(str.name).contains(f) && !str.pendingFields.contains(f))
                    str.pendingFields << f;
        }
        // A customer's events in time order. Sign-ins walk the signins_scan
        // index alone and leave the raw JSON to readAhead/ensureRaw, except
        // for an incremental batch, which walks the new rows of the table.
        const bool incremental = !rerunMode && watermark > 0;
        QByteArray sql =
            audit ? "SELECT rowid, id, activity_at, activity, result, logged_by_service, category, "
                    "raw FROM audits WHERE customer_id=?1 "
                  : "SELECT rowid, id, created_at, user_id, upn, app_id, app_name, ip, country, "
                    "auth_protocol, error_code, raw FROM signins WHERE customer_id=?1 ";
        if (!audit && !incremental) {
            sql.replace(", raw FROM", " FROM");
            str.source.rawSql = "SELECT raw FROM signins WHERE rowid=?1";
        }
        // Events of the same instant in a fixed order, whichever way they
        // are read: sign-ins by id, the order of their index.
        const QByteArray order = audit ? "ORDER BY activity_at, rowid" : "ORDER BY created_at, id";
        if (rerunMode)
            sql += "AND " + QByteArray(audit ? "activity_at" : "created_at") + ">=?2 " + order;
        else if (incremental)
            // Incremental: walk the rowid range of the new rows (the customer
            // index would visit every older row of the customer first).
            sql.replace("WHERE customer_id=?1 ", "WHERE rowid>?2 AND +customer_id=?1 ")
                .append(order);
        else
            sql += "AND rowid>?2 " + order;
        str.maxRow = watermark;
        str.source.sql = sql;
        str.source.audit = audit;
        str.source.firstRow = rerunMode ? warmFrom : watermark;
        if (!audit && !incremental) {
            const qint64 from = rerunMode ? warmFrom : std::numeric_limits<qint64>::min();
            auto starts = signInChunks(m_db, customerId, from);
            if (!starts)
                return starts.error();
            if (!starts->isEmpty()) {
                str.source.chunkStarts = *starts;
                run.stats.signInChunks = starts->size();
                str.source.sql =
                    "SELECT rowid, id, created_at, user_id, upn, app_id, app_name, ip, country, "
                    "auth_protocol, error_code FROM signins WHERE customer_id=?1 AND "
                    "created_at>=?2 AND "
                    "created_at<?3 " +
                    order;
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
                if (Run::readsRaw(rt->rule->conditions))
                    lists.rawRules.append(&rt->gates);
        }
    }
    // A sign-in's raw JSON the reader did not read ahead, on this thread's
    // connection (its write transaction sees the same event rows).
    const std::function<QByteArray(qint64)> loadSignInRaw = [this](qint64 rowid) {
        store::Statement *st = m_db.cached("SELECT raw FROM signins WHERE rowid=?1");
        QByteArray raw;
        if (!st)
            return raw;
        st->bind(1, rowid);
        if (st->step() == store::Statement::Step::Row)
            raw = st->textUtf8(0);
        st->reset();
        return raw;
    };
    auto consume = [&](Stream &str, const RowBatch &batch, size_t i) {
        if (const RowBatch::Row &row = batch.rows[i]; row.inert) {
            // What processEvent does for an event no rule takes.
            str.maxRow = std::max(str.maxRow, row.rowid);
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
    if (m_db.queryText("PRAGMA journal_mode").compare(u"wal", Qt::CaseInsensitive) == 0)
        reader.start();
    if (rerunMode) {
        // Forget derived state from `since` on; keep the analyst's decisions.
        // (Findings are reconciled when saved: see loadStoredFindings.)
        for (const char *sql :
             {"DELETE FROM detection_windows WHERE customer_id=?1 AND ?2 IS NOT NULL",
              "DELETE FROM detection_counts WHERE customer_id=?1 AND ?2 IS NOT NULL",
              "DELETE FROM detection_state WHERE customer_id=?1 AND ?2 IS NOT NULL"}) {
            auto st = m_db.prepare(sql);
            if (!st)
                return st.error();
            (*st)->bind(1, customerId).bind(2, sinceMs);
            if (Status s = (*st)->exec(); !s)
                return s.error();
        }
        if (Status s = run.loadStoredFindings(sinceMs); !s)
            return s.error();
    }
    run.stats.prepareMs = timer.elapsed();
    if (Status s = reader.run([&](int source, const RowBatch &batch, size_t i) {
            consume(streams[size_t(source)], batch, i);
        });
        !s)
        return s.error();
    QHash<QString, qint64> lastRowid;
    for (const Stream &str : streams)
        lastRowid.insert(str.name, str.maxRow);
    run.stats.scanMs = timer.elapsed() - run.stats.prepareMs;
    if (Status s = run.save(lastRowid); !s)
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
    Run run(*this, customerId);
    if (Status s = run.setup(); !s)
        return s.error();
    if (Status s = run.loadState(QStringLiteral("signIns")); !s)
        return s.error();
    if (Status s = run.loadState(QStringLiteral("directoryAudits")); !s)
        return s.error();
    QList<RuleStatus> out;
    // History span per stream: first evaluated event .. newest stored event.
    QHash<QString, qint64> newest;
    for (const auto &[stream, sql] :
         {std::pair{QStringLiteral("signIns"),
                    "SELECT max(created_at) FROM signins WHERE customer_id=?"},
          std::pair{QStringLiteral("directoryAudits"),
                    "SELECT max(activity_at) FROM audits WHERE customer_id=?"}}) {
        store::Statement *st = m_db.cached(sql);
        if (!st)
            return m_db.lastError();
        st->bind(1, customerId);
        if (st->step() == store::Statement::Step::Row && !st->isNull(0))
            newest.insert(stream, st->int64(0));
        st->reset();
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
