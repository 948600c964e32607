#include "analytics/rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

static void initRulesResource()
{
    Q_INIT_RESOURCE(rules);
}

namespace vigie::analytics {

// ---- ValueList ---------------------------------------------------------------

void ValueList::add(const QJsonValue &v)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            add(e);
        return;
    }
    if (v.isDouble())
        numbers.append(v.toDouble());
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        return;
    const QString f = fold(text);
    if (f.isEmpty())
        return;
    all.append(f);
    if (f.size() > 1 && f.endsWith(u'*'))
        prefixes.append(f.chopped(1));
    else if (f.size() > 1 && f.startsWith(u'*'))
        suffixes.append(f.mid(1));
    else {
        if (!exact.contains(f))
            exactUtf8.append(f.toUtf8());
        exact.insert(f);
        exactLengths.insert(f.size());
        hasTrue = hasTrue || f == u"true";
        hasFalse = hasFalse || f == u"false";
    }
    if (v.isString()) {
        bool isNum = false;
        text.toDouble(&isNum);
        numericStrings = numericStrings || isNum;
        const Cidr c = Cidr::parse(text);
        if (c.isValid())
            cidrs.append(c);
    }
}

ValueList ValueList::fromJson(const QJsonValue &v)
{
    ValueList l;
    l.add(v);
    return l;
}

bool ValueList::matchesFolded(const QString &f) const
{
    if (exact.contains(f))
        return true;
    for (const QString &p : prefixes)
        if (f.startsWith(p))
            return true;
    for (const QString &s : suffixes)
        if (f.endsWith(s))
            return true;
    return false;
}

namespace {

char16_t codeUnit(QChar c)
{
    return c.unicode();
}
char16_t codeUnit(char c)
{
    return static_cast<unsigned char>(c);
}

// Plain ASCII without edge or double spaces: text that fold() only
// lowercases. UTF-16 or UTF-8 alike: ASCII is one code unit in both.
template <typename View> bool foldsToLower(View raw)
{
    char16_t prev = u' ';
    for (auto c : raw) {
        const char16_t u = codeUnit(c);
        if (u >= 0x80 || u < 0x20 || (u == u' ' && prev == u' '))
            return false;
        prev = u;
    }
    return prev != u' ';
}

} // namespace

bool ValueList::mayMatch(QStringView raw) const
{
    if (!prefixes.isEmpty() || !suffixes.isEmpty())
        return true;
    if (exactLengths.contains(raw.size()))
        return true;
    // Folding keeps the length of plain text; anything else may change
    // length, so it may still match.
    return !foldsToLower(raw);
}

bool ValueList::matchesUnfolded(QStringView raw) const
{
    if (!mayMatch(raw))
        return false;
    // Short lists of exact entries: compare ignoring case instead of
    // allocating the folded copy.
    if (prefixes.isEmpty() && suffixes.isEmpty() && exact.size() <= 8 && foldsToLower(raw)) {
        for (const QString &e : exact)
            if (e.size() == raw.size() && raw.compare(e, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    return matchesFolded(fold(raw));
}

std::optional<bool> ValueList::matchesUtf8(QByteArrayView raw) const
{
    if (!prefixes.isEmpty() || !suffixes.isEmpty() || exactUtf8.size() > 8 || !foldsToLower(raw))
        return std::nullopt; // fold() may change it
    // Plain ASCII folds to its lower case: compare byte by byte. An entry
    // with other characters never equals it.
    for (const QByteArray &e : exactUtf8) {
        if (e.size() != raw.size())
            continue;
        qsizetype i = 0;
        for (; i < raw.size(); ++i) {
            const char c = raw[i];
            if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != e[i])
                break;
        }
        if (i == raw.size())
            return true;
    }
    return false;
}

bool ValueList::matches(const QJsonValue &v) const
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        for (double n : numbers)
            if (n == d)
                return true;
        return numericStrings && matchesFolded(QString::number(d, 'g', 17));
    }
    if (v.isBool())
        return v.toBool() ? hasTrue : hasFalse;
    if (v.isString())
        return matchesFolded(fold(v.toString()));
    return false;
}

// A string test (equality, contains, starts/ends with) whose literals can
// only match if they appear verbatim
// (ignoring case) in the event's raw JSON text: they are short runs of
// lowercase letters, digits, '_' and '.', which JSON never escapes except as
// \uXXXX and folding never produces from other characters. Not for numbers
// (JSON may spell 50126 as 5.0126e4) nor settings lists (they change per
// customer).
bool rawScannable(const Condition &c)
{
    if (c.path.field != Path::Field::Other || c.path.self || c.hasFieldRef || c.settingSlot >= 0)
        return false;
    using Op = Condition::Op;
    if (c.op != Op::Eq && c.op != Op::Ne && c.op != Op::In && c.op != Op::NotIn &&
        c.op != Op::Contains && c.op != Op::StartsWith && c.op != Op::EndsWith)
        return false;
    const ValueList &l = c.literal;
    if (l.all.isEmpty() || !l.numbers.isEmpty() || l.numericStrings || l.hasTrue || l.hasFalse ||
        !l.prefixes.isEmpty() || !l.suffixes.isEmpty())
        return false;
    // Substring tests also see numbers as text ("1.5e3" reads "1500"): letters only.
    const bool equality = c.op == Op::Eq || c.op == Op::Ne || c.op == Op::In || c.op == Op::NotIn;
    for (const QString &x : l.all)
        for (QChar ch : x)
            if (!((ch >= u'a' && ch <= u'z') || ch == u'_' ||
                  (equality && ((ch >= u'0' && ch <= u'9') || ch == u'.'))))
                return false;
    return true;
}

// ---- Path --------------------------------------------------------------------

Path Path::parse(const QString &text)
{
    Path p;
    p.text = text;
    if (text == u"@" || text.isEmpty()) {
        p.self = true;
        return p;
    }
    for (const auto part : QStringView(text).tokenize(u'.')) {
        Segment s;
        const qsizetype br = part.indexOf(u'[');
        if (br >= 0) {
            s.key = part.left(br).toString();
            const QStringView idx = part.mid(br + 1).chopped(1);
            bool ok = false;
            const int n = idx.toInt(&ok);
            s.index = ok ? n : -1;
        } else {
            s.key = part.toString();
        }
        p.segments.append(s);
    }
    using F = Field;
    static const QHash<QString, F> known{
        {QStringLiteral("_failed"), F::Failed},
        {QStringLiteral("_b2cApp"), F::B2cApp},
        {QStringLiteral("_privileged"), F::Privileged},
        {QStringLiteral("_actor"), F::Actor},
        {QStringLiteral("_actorId"), F::ActorId},
        {QStringLiteral("_actorIsCpim"), F::ActorIsCpim},
        {QStringLiteral("_targetUserUpn"), F::TargetUserUpn},
        {QStringLiteral("_targetUserId"), F::TargetUserId},
        {QStringLiteral("_privActor"), F::PrivActor},
        {QStringLiteral("userId"), F::UserId},
        {QStringLiteral("userPrincipalName"), F::Upn},
        {QStringLiteral("appId"), F::AppId},
        {QStringLiteral("appDisplayName"), F::AppName},
        {QStringLiteral("ipAddress"), F::IpAddress},
        {QStringLiteral("activityDisplayName"), F::Activity},
        {QStringLiteral("result"), F::Result},
        {QStringLiteral("loggedByService"), F::LoggedByService},
        {QStringLiteral("category"), F::Category},
        {QStringLiteral("status.errorCode"), F::ErrorCode},
        {QStringLiteral("location.countryOrRegion"), F::Country},
        {QStringLiteral("authenticationProtocol"), F::AuthProtocol}};
    p.field = known.value(text, F::Other);
    return p;
}

qint64 parseIsoDuration(QStringView text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$)"));
    const auto m = re.match(text.toString());
    if (!m.hasMatch() || text == u"P" || text.endsWith(u'T'))
        return 0;
    const qint64 w = m.captured(1).toLongLong(), d = m.captured(2).toLongLong(),
                 h = m.captured(3).toLongLong(), mi = m.captured(4).toLongLong();
    const double s = m.captured(5).toDouble();
    return ((w * 7 + d) * 24 * 3600 + h * 3600 + mi * 60) * 1000 + qint64(s * 1000);
}

QString Rule::kindName(Kind k)
{
    switch (k) {
    case Kind::Match:
        return QStringLiteral("match");
    case Kind::Threshold:
        return QStringLiteral("threshold");
    case Kind::BaselineDelta:
        return QStringLiteral("baseline-delta");
    case Kind::Allowlist:
        return QStringLiteral("allowlist");
    }
    return {};
}

// ---- Parser ------------------------------------------------------------------

class RuleParser
{
public:
    RuleParser(RuleCatalog &catalog, QString origin) : m_cat(catalog), m_origin(std::move(origin))
    {}

    Status fail(const QString &field, const QString &what) const
    {
        return Error::make(
            Error::Kind::Corrupt,
            QCoreApplication::translate("Analytics", "Rule %1 (%2): field \"%3\": %4")
                .arg(m_ruleId.isEmpty() ? QStringLiteral("?") : m_ruleId, m_origin, field, what));
    }

    Status parseValue(const QJsonValue &v, const QString &field, Condition &c)
    {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(u"setting")) {
                const QString key = o.value(u"setting").toString();
                if (key.isEmpty())
                    return fail(field, QCoreApplication::translate(
                                           "Analytics", "a settings reference needs a key"));
                c.settingSlot = m_cat.slotFor(key);
                c.literal = ValueList::fromJson(o.value(u"plus"));
                return {};
            }
            if (o.contains(u"field")) {
                c.fieldRef = Path::parse(o.value(u"field").toString());
                c.hasFieldRef = true;
                return {};
            }
            return fail(field,
                        QCoreApplication::translate(
                            "Analytics", "value object must be {\"setting\"} or {\"field\"}"));
        }
        c.literal = ValueList::fromJson(v);
        return {};
    }

    Status parseCondition(const QJsonValue &v, const QString &field, Condition &c)
    {
        if (!v.isObject())
            return fail(field, QCoreApplication::translate("Analytics", "expected an object"));
        const QJsonObject o = v.toObject();
        auto list = [&](const char *key, Condition::Kind kind) -> Status {
            c.kind = kind;
            const QJsonValue a = o.value(QLatin1String(key));
            if (!a.isArray() || a.toArray().isEmpty())
                return fail(field + u'.' + QLatin1String(key),
                            QCoreApplication::translate("Analytics", "expected a non-empty array"));
            int i = 0;
            for (const QJsonValue &e : a.toArray()) {
                Condition child;
                if (Status s = parseCondition(
                        e, field + u'.' + QLatin1String(key) + u'[' + QString::number(i++) + u']',
                        child);
                    !s)
                    return s;
                c.children.append(std::move(child));
            }
            return {};
        };
        if (o.contains(u"all")) {
            if (Status s = list("all", Condition::Kind::All); !s)
                return s;
        } else if (o.contains(u"anyOf")) {
            if (Status s = list("anyOf", Condition::Kind::AnyOf); !s)
                return s;
        } else if (o.contains(u"not")) {
            c.kind = Condition::Kind::Not;
            Condition child;
            if (Status s = parseCondition(o.value(u"not"), field + QStringLiteral(".not"), child);
                !s)
                return s;
            c.children.append(std::move(child));
        } else if (o.contains(u"anyItem") || o.contains(u"allItems")) {
            const bool any = o.contains(u"anyItem");
            c.kind = any ? Condition::Kind::AnyItem : Condition::Kind::AllItems;
            QString arr = o.value(any ? u"anyItem" : u"allItems").toString();
            if (!arr.endsWith(u"[]"))
                return fail(field, QCoreApplication::translate(
                                       "Analytics", "array quantifier path must end with []"));
            c.path = Path::parse(arr.chopped(2));
            Condition child;
            if (Status s =
                    parseCondition(o.value(u"where"), field + QStringLiteral(".where"), child);
                !s)
                return s;
            c.children.append(std::move(child));
        } else if (o.contains(u"path")) {
            c.kind = Condition::Kind::Leaf;
            c.path = Path::parse(o.value(u"path").toString());
            static const QHash<QString, Condition::Op> ops{
                {QStringLiteral("eq"), Condition::Op::Eq},
                {QStringLiteral("ne"), Condition::Op::Ne},
                {QStringLiteral("in"), Condition::Op::In},
                {QStringLiteral("notIn"), Condition::Op::NotIn},
                {QStringLiteral("contains"), Condition::Op::Contains},
                {QStringLiteral("startsWith"), Condition::Op::StartsWith},
                {QStringLiteral("endsWith"), Condition::Op::EndsWith},
                {QStringLiteral("exists"), Condition::Op::Exists},
                {QStringLiteral("cidrIn"), Condition::Op::CidrIn},
                {QStringLiteral("hasAnyToken"), Condition::Op::HasAnyToken},
                {QStringLiteral("hostIn"), Condition::Op::HostIn},
            };
            const QString op = o.value(u"op").toString();
            if (!ops.contains(op))
                return fail(
                    field + QStringLiteral(".op"),
                    QCoreApplication::translate("Analytics", "unknown operator \"%1\"").arg(op));
            c.op = ops.value(op);
            if (c.op == Condition::Op::Exists) {
                c.existsWanted = o.value(u"value").toBool(true);
            } else {
                if (!o.contains(u"value"))
                    return fail(field + QStringLiteral(".value"),
                                QCoreApplication::translate("Analytics", "missing value"));
                if (Status s = parseValue(o.value(u"value"), field + QStringLiteral(".value"), c);
                    !s)
                    return s;
                if (c.op == Condition::Op::CidrIn && c.settingSlot < 0 &&
                    c.literal.cidrs.size() != c.literal.all.size())
                    return fail(field + QStringLiteral(".value"),
                                QCoreApplication::translate("Analytics", "invalid CIDR in list"));
            }
            c.cost = c.path.segments.size() == 1 && c.path.segments[0].key.startsWith(u'_') ? 1 : 2;
            if (c.path.segments.size() == 1 && isColumnPath(c.path.segments[0].key))
                c.cost = 0;
            if (c.path.segments.value(0).key == u"_privileged")
                c.cost = 1;
            c.rawScannable = rawScannable(c);
        } else {
            return fail(field,
                        QCoreApplication::translate(
                            "Analytics", "expected all, anyOf, not, anyItem, allItems or path"));
        }
        if (c.kind != Condition::Kind::Leaf) {
            int cost = 0;
            for (const Condition &ch : c.children)
                cost = std::max(cost, ch.cost);
            c.cost =
                cost +
                (c.kind == Condition::Kind::AnyItem || c.kind == Condition::Kind::AllItems ? 3 : 0);
            if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::AnyOf)
                std::stable_sort(
                    c.children.begin(), c.children.end(),
                    [](const Condition &a, const Condition &b) { return a.cost < b.cost; });
        }
        return {};
    }

    static bool isColumnPath(const QString &k)
    {
        static const QSet<QString> cols{
            QStringLiteral("userId"),    QStringLiteral("userPrincipalName"),
            QStringLiteral("appId"),     QStringLiteral("appDisplayName"),
            QStringLiteral("ipAddress"), QStringLiteral("activityDisplayName"),
            QStringLiteral("result"),    QStringLiteral("loggedByService"),
            QStringLiteral("category"),  QStringLiteral("_failed"),
            QStringLiteral("_b2cApp")};
        return cols.contains(k);
    }

    // A rule object (detections.md §1.1 and the README's extras), checked
    // field by field in the order below; the first error is reported.
    Result<std::shared_ptr<Rule>> parseRule(const QJsonObject &o)
    {
        auto r = std::make_shared<Rule>();
        r->json = o;
        m_ruleId = o.value(u"id").toString();
        r->id = m_ruleId;
        using Step = Status (RuleParser::*)(const QJsonObject &, Rule &);
        for (Step step :
             {&RuleParser::parseHeader, &RuleParser::parseConditions, &RuleParser::parseSubject,
              &RuleParser::parseWindow, &RuleParser::parseEscalate, &RuleParser::parseAllow,
              &RuleParser::parseLists}) {
            if (Status s = (this->*step)(o, *r); !s)
                return s.error();
        }
        return r;
    }

private:
    // id, texts, risk, source, kind.
    Status parseHeader(const QJsonObject &o, Rule &r)
    {
        static const QRegularExpression idRe(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]*$"));
        if (r.id.isEmpty() || !idRe.match(r.id).hasMatch())
            return fail(QStringLiteral("id"),
                        QCoreApplication::translate("Analytics", "missing or invalid rule id"));
        auto text = [&](const char *obj, const char *lang, QString &out) -> Status {
            out = o.value(QLatin1String(obj)).toObject().value(QLatin1String(lang)).toString();
            if (out.trimmed().isEmpty())
                return fail(QLatin1String(obj) + u'.' + QLatin1String(lang),
                            QCoreApplication::translate("Analytics", "missing text"));
            return {};
        };
        for (Status s : {text("title", "en", r.titleEn), text("title", "fr", r.titleFr),
                         text("explanation", "en", r.explanationEn),
                         text("explanation", "fr", r.explanationFr)})
            if (!s)
                return s;
        r.risk = Risk::parse(o.value(u"risk").toString());
        if (r.risk.isUnknown())
            return fail(QStringLiteral("risk"),
                        QCoreApplication::translate("Analytics", "expected low, medium or high"));
        r.source = o.value(u"source").toString();
        if (r.source != u"signIns" && r.source != u"directoryAudits")
            return fail(
                QStringLiteral("source"),
                QCoreApplication::translate("Analytics", "expected signIns or directoryAudits"));
        const QString kind = o.value(u"kind").toString();
        if (kind == u"match")
            r.kind = Rule::Kind::Match;
        else if (kind == u"threshold")
            r.kind = Rule::Kind::Threshold;
        else if (kind == u"baseline-delta")
            r.kind = Rule::Kind::BaselineDelta;
        else if (kind == u"allowlist")
            r.kind = Rule::Kind::Allowlist;
        else
            return fail(QStringLiteral("kind"),
                        QCoreApplication::translate(
                            "Analytics", "expected match, threshold, baseline-delta or allowlist"));
        return {};
    }

    Status parseConditions(const QJsonObject &o, Rule &r)
    {
        if (!o.contains(u"conditions"))
            return fail(QStringLiteral("conditions"),
                        QCoreApplication::translate("Analytics", "missing"));
        if (Status s =
                parseCondition(o.value(u"conditions"), QStringLiteral("conditions"), r.conditions);
            !s)
            return s;

        return {};
    }

    // subject: a path, a list of paths, or {"firstOf": [paths]} parts.
    Status parseSubject(const QJsonObject &o, Rule &r)
    {
        const QJsonValue subj = o.value(u"subject");
        QJsonArray parts = subj.isArray() ? subj.toArray() : QJsonArray{subj};
        for (const QJsonValue &p : parts) {
            QList<Path> alts;
            if (p.isString() && !p.toString().isEmpty()) {
                alts.append(Path::parse(p.toString()));
            } else if (p.isObject() && p.toObject().value(u"firstOf").isArray()) {
                for (const QJsonValue &a : p.toObject().value(u"firstOf").toArray())
                    alts.append(Path::parse(a.toString()));
            }
            if (alts.isEmpty())
                return fail(QStringLiteral("subject"),
                            QCoreApplication::translate(
                                "Analytics", "expected a path, a list of paths or {\"firstOf\"}"));
            r.subject.append(alts);
        }
        r.subjectText =
            QString::fromUtf8(QJsonDocument(subj.isArray() ? subj.toArray() : QJsonArray{subj})
                                  .toJson(QJsonDocument::Compact));
        return {};
    }

    // window and the kind's params.
    Status parseWindow(const QJsonObject &o, Rule &r)
    {
        r.windowText = o.value(u"window").toString();
        r.windowMs = parseIsoDuration(r.windowText);
        if (r.windowMs <= 0)
            return fail(QStringLiteral("window"),
                        QCoreApplication::translate("Analytics", "expected an ISO-8601 duration"));
        r.params = o.value(u"params").toObject();
        if (r.kind == Rule::Kind::Threshold && r.params.value(u"threshold").toInt() <= 0)
            return fail(QStringLiteral("params.threshold"),
                        QCoreApplication::translate("Analytics", "expected a positive number"));
        if (r.kind == Rule::Kind::BaselineDelta) {
            for (const char *k : {"baselineWindows", "percent", "minVolume"})
                if (!r.params.value(QLatin1String(k)).isDouble())
                    return fail(QStringLiteral("params.") + QLatin1String(k),
                                QCoreApplication::translate("Analytics", "expected a number"));
        }
        return {};
    }

    Status parseEscalate(const QJsonObject &o, Rule &r)
    {
        int i = 0;
        for (const QJsonValue &e : o.value(u"escalate").toArray()) {
            const QString f = QStringLiteral("escalate[%1]").arg(i++);
            const QJsonObject eo = e.toObject();
            EscalateEntry en;
            en.risk = Risk::parse(eo.value(u"risk").toString());
            if (en.risk.isUnknown())
                return fail(
                    f + QStringLiteral(".risk"),
                    QCoreApplication::translate("Analytics", "expected low, medium or high"));
            if (eo.contains(u"countDistinct")) {
                en.type = EscalateEntry::Type::CountDistinct;
                en.path = Path::parse(eo.value(u"countDistinct").toString());
                en.atLeast = eo.value(u"atLeast").toInt();
            } else if (eo.contains(u"anyIn")) {
                en.type = EscalateEntry::Type::AnyIn;
                const QJsonObject ai = eo.value(u"anyIn").toObject();
                en.path = Path::parse(ai.value(u"path").toString());
                en.settingSlot = m_cat.slotFor(ai.value(u"list").toString());
            } else if (eo.contains(u"count")) {
                en.type = EscalateEntry::Type::Count;
                en.atLeast = eo.value(u"count").toInt();
            } else {
                return fail(f, QCoreApplication::translate(
                                   "Analytics", "expected countDistinct, count or anyIn"));
            }
            r.escalate.append(en);
        }
        return {};
    }

    // allow entries and mode.
    Status parseAllow(const QJsonObject &o, Rule &r)
    {
        int i = 0;
        for (const QJsonValue &a : o.value(u"allow").toArray()) {
            const QString f = QStringLiteral("allow[%1]").arg(i++);
            const QJsonObject ao = a.toObject();
            AllowEntry en;
            if (ao.value(u"type").toString() == u"workingHours") {
                en.type = AllowEntry::Type::WorkingHours;
                m_cat.slotFor(QStringLiteral("workingHours"));
            } else if (ao.contains(u"when")) {
                en.type = AllowEntry::Type::When;
                if (Status s =
                        parseCondition(ao.value(u"when"), f + QStringLiteral(".when"), en.when);
                    !s)
                    return s;
            } else if (ao.contains(u"field") && ao.contains(u"list")) {
                en.type = AllowEntry::Type::Field;
                en.field = Path::parse(ao.value(u"field").toString());
                if (ao.contains(u"alsoField")) {
                    en.alsoField = Path::parse(ao.value(u"alsoField").toString());
                    en.hasAlso = true;
                }
                en.listKey = ao.value(u"list").toString();
                en.settingSlot = m_cat.slotFor(en.listKey);
                const QString op = ao.value(u"op").toString(QStringLiteral("in"));
                if (op == u"in")
                    en.op = Condition::Op::In;
                else if (op == u"cidrIn")
                    en.op = Condition::Op::CidrIn;
                else if (op == u"hostIn")
                    en.op = Condition::Op::HostIn;
                else
                    return fail(
                        f + QStringLiteral(".op"),
                        QCoreApplication::translate("Analytics", "expected in, cidrIn or hostIn"));
                const QString ifEmpty = ao.value(u"ifEmpty")
                                            .toString(en.listKey.startsWith(u"approvedActors.")
                                                          ? QStringLiteral("unconfigured")
                                                          : QStringLiteral("skip"));
                if (ifEmpty != u"unconfigured" && ifEmpty != u"skip")
                    return fail(
                        f + QStringLiteral(".ifEmpty"),
                        QCoreApplication::translate("Analytics", "expected unconfigured or skip"));
                en.emptyIsUnconfigured = ifEmpty == u"unconfigured";
            } else {
                return fail(
                    f, QCoreApplication::translate(
                           "Analytics", "expected {field, list}, {type: workingHours} or {when}"));
            }
            r.allow.append(std::move(en));
        }
        if (r.kind == Rule::Kind::Allowlist && r.allow.isEmpty())
            return fail(
                QStringLiteral("allow"),
                QCoreApplication::translate("Analytics", "an allowlist rule needs allow entries"));
        const QString mode = o.value(u"mode").toString(QStringLiteral("any"));
        if (mode != u"any" && mode != u"all")
            return fail(QStringLiteral("mode"),
                        QCoreApplication::translate("Analytics", "expected any or all"));
        r.allowAll = mode == u"all";
        return {};
    }

    // settingsUsed, requiresFields, supersededBy, needsSettings.
    Status parseLists(const QJsonObject &o, Rule &r)
    {
        auto strings = [&](const char *key, QStringList &out) -> Status {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return {};
            if (!v.isArray())
                return fail(QLatin1String(key), QCoreApplication::translate(
                                                    "Analytics", "expected an array of strings"));
            for (const QJsonValue &e : v.toArray()) {
                if (!e.isString())
                    return fail(
                        QLatin1String(key),
                        QCoreApplication::translate("Analytics", "expected an array of strings"));
                out.append(e.toString());
            }
            return {};
        };
        for (Status s :
             {strings("settingsUsed", r.settingsUsed), strings("requiresFields", r.requiresFields),
              strings("supersededBy", r.supersededBy)})
            if (!s)
                return s;
        for (const QJsonValue &n : o.value(u"needsSettings").toArray()) {
            QStringList keys;
            if (n.isString())
                keys << n.toString();
            else
                for (const QJsonValue &k : n.toArray())
                    keys << k.toString();
            for (const QString &k : keys)
                m_cat.slotFor(k);
            r.needsSettings.append(keys);
        }
        return {};
    }

    RuleCatalog &m_cat;
    QString m_origin;
    QString m_ruleId;
};

int RuleCatalog::slotFor(const QString &key)
{
    auto it = m_slotIndex.constFind(key);
    if (it != m_slotIndex.constEnd())
        return it.value();
    m_slots.append(key);
    m_slotIndex.insert(key, int(m_slots.size() - 1));
    return int(m_slots.size() - 1);
}

const Rule *RuleCatalog::find(const QString &id) const
{
    for (const auto &r : m_rules)
        if (r->id == id)
            return r.get();
    return nullptr;
}

Status RuleCatalog::addJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Corrupt,
                           QCoreApplication::translate(
                               "Analytics", "Rule file %1 is not valid JSON: %2 at offset %3")
                               .arg(origin, pe.errorString())
                               .arg(pe.offset));
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.object().contains(u"rules"))
        list = doc.object().value(u"rules").toArray();
    else
        list.append(doc.object());
    for (const QJsonValue &v : list) {
        RuleParser p(*this, origin);
        auto r = p.parseRule(v.toObject());
        if (!r)
            return r.error();
        if (find((*r)->id))
            return Error::make(
                Error::Kind::Corrupt,
                QCoreApplication::translate("Analytics", "Rule %1 (%2): field \"id\": %3")
                    .arg((*r)->id, origin,
                         QCoreApplication::translate("Analytics", "defined twice")));
        m_rules.append(*r);
    }
    return {};
}

Status RuleCatalog::finish()
{
    // Lists the derived fields read (detections.md §1.2).
    slotFor(QStringLiteral("privilegedAccounts"));
    slotFor(QStringLiteral("b2cSignInApps"));
    for (const auto &r : m_rules) {
        for (const QString &s : r->supersededBy) {
            const Rule *t = find(s);
            if (!t || t->source != r->source)
                return Error::make(
                    Error::Kind::Corrupt,
                    QCoreApplication::translate("Analytics", "Rule %1 (%2): field \"%3\": %4")
                        .arg(r->id, QStringLiteral("catalog"), QStringLiteral("supersededBy"),
                             QCoreApplication::translate("Analytics",
                                                         "unknown rule \"%1\" or other source")
                                 .arg(s)));
        }
    }
    // Seed order: C, P, A, I then number.
    auto rank = [](const QString &id) {
        static const QString order = QStringLiteral("CPAI");
        const qsizetype g = order.indexOf(id.left(1));
        return std::make_pair(g < 0 ? 99 : int(g), id.mid(1).toInt());
    };
    std::stable_sort(m_rules.begin(), m_rules.end(),
                     [&](const auto &a, const auto &b) { return rank(a->id) < rank(b->id); });
    return {};
}

Result<RuleCatalog> RuleCatalog::loadDirectory(const QString &dirPath)
{
    RuleCatalog cat;
    QDir dir(dirPath);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Analytics", "No rule files in %1").arg(dirPath));
    for (const QString &f : files) {
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::NotFound,
                               QCoreApplication::translate("Analytics", "Cannot read %1: %2")
                                   .arg(file.fileName(), file.errorString()));
        if (Status s = cat.addJson(file.readAll(), f); !s)
            return s.error();
    }
    if (Status s = cat.finish(); !s)
        return s.error();
    return cat;
}

Result<RuleCatalog> RuleCatalog::loadBuiltin()
{
    initRulesResource();
    return loadDirectory(QStringLiteral(":/rules"));
}

} // namespace vigie::analytics
