#pragma once

// Internal to the detection engine: one event as the rules see it (typed
// columns, raw JSON parsed lazily, derived fields), the values conditions
// compare, and the sign-in gates checked before the evaluator.

#include "analytics/rules.h"
#include "analytics/settings.h"
#include "core/jsonutil.h"
#include "core/types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstring>
#include <functional>

namespace vigie::analytics::detail {

inline const QString kCpimAppId = QStringLiteral("bb2a2e3a-c5e7-4f0a-88e0-8e01fd3fc1f4");

// ---- values --------------------------------------------------------------------

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

inline QJsonValue lookup(QJsonValue cur, const Path &p, qsizetype from = 0)
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
void augmentAudit(QJsonObject &raw);

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
    const std::function<QByteArray(qint64 timeMs, const QString &id)> *rawLoader = nullptr;
    const ResolvedSettings *settings = nullptr;
    const Slots *slotIdx = nullptr;
    std::function<void(const QJsonObject &)> onParsed;

    void ensureRaw()
    {
        if (rawPending && rawLoader) {
            rawPending = false;
            rawText = (*rawLoader)(timeMs, id());
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

} // namespace vigie::analytics::detail
