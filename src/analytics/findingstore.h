#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace vigie::store {
class Database;
}

namespace vigie::analytics {

class CustomerSettings;
struct Rule;
class RuleCatalog;

struct FindingFilter
{
    QString customerId; // empty: all
    QString ruleId;     // empty: all
    QStringList states; // wire names; empty: all
    QDateTime since;    // lastSeen >= since when valid
    int limit = -1;
};

struct RuleHitStats
{
    QString ruleId;
    qint64 findings = 0;
    qint64 events = 0;
    QDateTime lastHit;
    QMap<QDate, int> daily; // findings first seen per day (UTC), last `days` days
};

// What "approve this actor for this customer" (detections.md §2) would do
// for one finding: the settings list it adds to and the actors concerned.
struct ActorApproval
{
    QString listKey;       // "approvedActors.consentAdmins"; empty: the rule has no such list
    QStringList actors;    // the finding's actors (subject, else actors of its audit events)
    QStringList newActors; // of `actors`, those the list does not match yet
    bool offered() const { return !listKey.isEmpty() && !actors.isEmpty(); }
};

// An actor of open findings that the customer has not approved yet.
struct ApprovalCandidate
{
    QString actor;
    QString listKey;
    QStringList ruleIds;
    QList<qint64> findingIds;
    QDateTime lastSeen;
};

// Reads findings and moves them through their lifecycle (detections.md §3).
// Every transition is written to `activity` (user, time, from/to, comment);
// a non-empty comment is also kept as a note on the finding.
//
// Findings carry the correlationIds of their audit evidence: from the
// evidence entries when the engine stored them, else looked up in
// audits.raw for the first kCorrelationLookup evidence ids.
class FindingStore
{
public:
    static constexpr int kCorrelationLookup = 50;

    explicit FindingStore(store::Database &db);

    Result<QList<Finding>> list(const FindingFilter &filter = {});
    Result<Finding> get(qint64 id);

    // new -> acknowledged -> closed; new/acknowledged -> falsePositive.
    Status transition(qint64 id, FindingState to, const QString &user, const QString &comment,
                      const QDateTime &now);
    Status addNote(qint64 id, const QString &user, const QString &text, const QDateTime &now);
    struct Note
    {
        QString author;
        QString text;
        QDateTime at;
    };
    Result<QList<Note>> notes(qint64 id);

    // The approvedActors.* list a rule's findings can approve their actor
    // into, read from the rule's allow entries (a field entry on `_actor`
    // whose list is an approvedActors.* key); empty when there is none.
    static QString approvalListKey(const Rule &rule);
    Result<ActorApproval> actorApproval(const Finding &finding, const RuleCatalog &catalog);
    // Adds the finding's actors to the customer's list and moves the finding
    // to falsePositive with a comment naming them, in one transaction.
    Result<Finding> approveActor(qint64 id, const RuleCatalog &catalog, const QString &user,
                                 const QDateTime &now);
    // Distinct actors of open findings of those rules, last seen in the last
    // `days` days to `now`, that the customer's lists do not approve yet.
    Result<QList<ApprovalCandidate>> approvalCandidates(const QString &customerId,
                                                        const RuleCatalog &catalog,
                                                        const QDateTime &now, int days = 30);
    // Adds `actor` to the settings list `listKey` ("approvedActors.x") unless
    // an entry already matches it exactly (case-insensitive).
    static QJsonObject withApprovedActor(QJsonObject settings, const QString &listKey,
                                         const QString &actor);

    // Hit counts per rule, with daily counts for sparklines over `days` days to `now`.
    Result<QList<RuleHitStats>> ruleStats(const QString &customerId, const QDateTime &now,
                                          int days = 30);

private:
    Status applyTransition(const Finding &f, FindingState to, const QString &user,
                           const QString &comment, const QDateTime &now);
    Status fillCorrelationIds(QList<Finding> &findings, const QList<QStringList> &lookups);
    // Finding::subjectName of user-id subjects, from their sign-in evidence.
    Status fillSubjectNames(QList<Finding> &findings);
    struct EvidenceActor
    {
        QString actor;
        QString actorId;
    };
    Result<QList<EvidenceActor>> evidenceActors(const Finding &finding);
    Result<ActorApproval> approvalWith(const Finding &finding, const RuleCatalog &catalog,
                                       const CustomerSettings &settings);

    store::Database &m_db;
};

} // namespace vigie::analytics
