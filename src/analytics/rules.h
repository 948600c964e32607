#pragma once

#include "analytics/textfold.h"
#include "core/enums.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace vigie::analytics {

class Event;

// A list of comparison values (a literal or a settings list), pre-folded.
// Entries ending with '*' are prefixes, entries starting with '*' suffixes.
struct ValueList
{
    QSet<QString> exact;
    QStringList prefixes;
    QStringList suffixes;
    QList<double> numbers;
    QList<Cidr> cidrs;
    QStringList all;             // folded, in order (contains/startsWith/endsWith/hostIn)
    bool numericStrings = false; // a string entry reads as a number ("50126")
    bool empty() const { return all.isEmpty() && numbers.isEmpty(); }
    // False when `raw` can match no entry whatever its folding: it lets the
    // engine skip folding (an allocation) for the many values that miss.
    bool mayMatch(QStringView raw) const;
    bool matchesUnfolded(QStringView raw) const; // folds `raw` only when it must
    // For plain-ASCII UTF-8 against a short exact list: the answer without
    // making a QString (safe from any thread); nullopt when it needs fold().
    std::optional<bool> matchesUtf8(QByteArrayView raw) const;
    bool hasTrue = false, hasFalse = false;
    QSet<qsizetype> exactLengths;
    QList<QByteArray> exactUtf8; // `exact` as UTF-8, for matchesUtf8

    static ValueList fromJson(const QJsonValue &v);
    void add(const QJsonValue &v);
    bool matchesFolded(const QString &folded) const;
    bool matches(const QJsonValue &v) const; // `in` semantics
};

// Settings lists resolved for one customer, indexed by the catalog's slots.
struct ResolvedSettings
{
    std::vector<ValueList> lists;
};

// One compiled path: derived field, event column or JSON path.
struct Path
{
    struct Segment
    {
        QString key;
        int index = -1; // "[n]"
    };
    // Fields the engine reads straight from columns or derived flags,
    // resolved once at load instead of by name for every event.
    enum class Field
    {
        Other,
        Failed,
        B2cApp,
        Privileged,
        Actor,
        ActorId,
        ActorIsCpim,
        TargetUserUpn,
        TargetUserId,
        PrivActor,
        UserId,
        Upn,
        AppId,
        AppName,
        IpAddress,
        Activity,
        Result,
        LoggedByService,
        Category,
        ErrorCode,
        Country,
        AuthProtocol
    };
    QString text;
    bool self = false; // "@": the array element itself
    QList<Segment> segments;
    Field field = Field::Other;
    static Path parse(const QString &text);
};

struct Condition
{
    enum class Kind
    {
        All,
        AnyOf,
        Not,
        AnyItem,
        AllItems,
        Leaf
    };
    enum class Op
    {
        Eq,
        Ne,
        In,
        NotIn,
        Contains,
        StartsWith,
        EndsWith,
        Exists,
        CidrIn,
        HasAnyToken,
        HostIn
    };
    Kind kind = Kind::Leaf;
    QList<Condition> children; // All/AnyOf/Not(1)/AnyItem(1)/AllItems(1)
    Path path;                 // leaf path, or the array of AnyItem/AllItems
    Op op = Op::Eq;
    ValueList literal;
    int settingSlot = -1; // value {"setting": key}
    Path fieldRef;        // value {"field": path} (same context)
    bool hasFieldRef = false;
    bool existsWanted = true;
    int cost = 0; // evaluation order inside All/AnyOf: cheap first
    // The literals can be looked for in the raw JSON text before parsing it
    // (see rawScannable in rules.cpp).
    bool rawScannable = false;
};

struct AllowEntry
{
    enum class Type
    {
        Field,
        WorkingHours,
        When
    };
    Type type = Type::Field;
    Path field;
    Path alsoField; // optional second field checked against the same list
    bool hasAlso = false;
    Condition::Op op = Condition::Op::In;
    int settingSlot = -1;
    QString listKey;
    bool emptyIsUnconfigured = false; // else: an empty list skips the entry
    Condition when;
};

struct EscalateEntry
{
    enum class Type
    {
        CountDistinct,
        Count,
        AnyIn
    };
    Type type = Type::Count;
    Path path;
    int atLeast = 0;
    int settingSlot = -1;
    Risk risk;
};

struct Rule
{
    enum class Kind
    {
        Match,
        Threshold,
        BaselineDelta,
        Allowlist
    };
    QString id;
    QString titleEn, titleFr, explanationEn, explanationFr;
    Risk risk;
    QList<EscalateEntry> escalate;
    QString source; // "signIns" | "directoryAudits"
    Kind kind = Kind::Match;
    Condition conditions;
    // Subject: each part is a list of alternative paths (first non-empty wins);
    // "tenant" is the literal part "tenant".
    QList<QList<Path>> subject;
    QString subjectText;
    qint64 windowMs = 0;
    QString windowText;
    QJsonObject params;
    QList<AllowEntry> allow;
    bool allowAll = false; // mode "all"
    QStringList settingsUsed;
    QList<QStringList> needsSettings; // each entry satisfied if any key is non-empty
    QStringList requiresFields;
    QStringList supersededBy;
    QJsonObject json; // as loaded

    QString title(const QString &lang) const { return lang == u"fr" ? titleFr : titleEn; }
    QString explanation(const QString &lang) const
    {
        return lang == u"fr" ? explanationFr : explanationEn;
    }
    static QString kindName(Kind k);
};

// ISO-8601 duration (PnDTnHnMnS, PnW) in milliseconds; 0 when invalid.
qint64 parseIsoDuration(QStringView text);

// The catalog: rules loaded from JSON (embedded ":/rules" or a directory),
// validated with errors naming the file, rule and field.
class RuleCatalog
{
public:
    // Built-in catalog (Qt resource ":/rules").
    static Result<RuleCatalog> loadBuiltin();
    static Result<RuleCatalog> loadDirectory(const QString &dir);
    // One or more rules from JSON text ({"rules":[...]}, an array or one rule).
    Status addJson(const QByteArray &json, const QString &origin);
    Status finish(); // cross-rule checks (supersededBy targets, duplicates)

    const QList<std::shared_ptr<const Rule>> &rules() const { return m_rules; }
    const Rule *find(const QString &id) const;
    // Settings keys referenced by the rules, one slot each.
    const QStringList &settingSlots() const { return m_slots; }
    int slotOf(const QString &key) const { return m_slotIndex.value(key, -1); }

private:
    int slotFor(const QString &key);
    friend class RuleParser;
    QList<std::shared_ptr<const Rule>> m_rules;
    QStringList m_slots;
    QHash<QString, int> m_slotIndex;
};

} // namespace vigie::analytics
