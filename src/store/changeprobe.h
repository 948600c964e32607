#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace vigie::store {

class Database;

// Tells whether another connection (a `vigie sync`, `import`, `detect`,
// `resolve` or `push` beside the window, or the window's own sync thread)
// committed to the cache, and roughly which tables it touched. Cheap enough
// to ask every second: PRAGMA data_version is read from the connection's
// own state, and the per-table fingerprints are only worth reading when it
// moved.
class ChangeProbe
{
public:
    explicit ChangeProbe(Database &db) : m_db(db) {}

    // Changes whenever another connection commits (SQLite's data_version).
    Result<qint64> dataVersion();

    // One short text per group of tables the window shows, equal as long as
    // the group is unchanged: "alerts" (alerts, their events, outbox, notes),
    // "findings" (findings, rule settings), "sync_state", "customers",
    // "signins", "audits", "spend".
    Result<QMap<QString, QString>> fingerprints();

    // The groups whose fingerprint differs between `before` and `after`.
    static QStringList changedTables(const QMap<QString, QString> &before,
                                     const QMap<QString, QString> &after);

private:
    Database &m_db;
};

// Alerts and findings that arrived after a mark: what a desktop notification
// announces. Marks are the highest row ids seen (alert_events.id of a
// "discovered" event, findings.id), so an item is announced once whichever
// process wrote it and however often the window asks.
struct NewItemMarks
{
    qint64 alertEventId = 0;
    qint64 findingId = 0;
};

struct NewItem
{
    enum class Kind
    {
        Alert,
        Finding
    };
    Kind kind = Kind::Alert;
    QString id;       // alert id, or the finding's row id as text
    QString severity; // high | medium
    QString customerId;
    QString customerName; // empty when the customer is not cached
    QString title;        // alert display name, or the finding's rule id and subject
};

struct NewItems
{
    QList<NewItem> items; // oldest first, capped (see since())
    int alertCount = 0;   // every new high/medium alert, even past the cap
    int findingCount = 0;
    NewItemMarks marks; // where the next call starts
};

class NewItemsReadModel
{
public:
    explicit NewItemsReadModel(Database &db) : m_db(db) {}

    // The current high-water marks (nothing before them is ever announced).
    Result<NewItemMarks> marks();
    // High and medium alerts not resolved, and new high and medium findings,
    // after `from`; at most `limit` items listed, all counted.
    Result<NewItems> since(const NewItemMarks &from, int limit = 200);

private:
    Database &m_db;
};

} // namespace vigie::store
