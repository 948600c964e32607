#pragma once

// Internal to the detection engine: every SQL statement the engine runs,
// and the mapping of its rows. The derived state (detection_state,
// detection_windows, detection_counts) and the findings the engine writes,
// the queries the reader threads walk the event tables with, and the few
// lookups of the event tables (raw JSON, daily rollups, customers, newest
// event). No other engine file holds SQL.

#include "analytics/settings.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace vigie::store {
class Database;
}

namespace vigie::analytics::detail {

// One event of a threshold window, as detection_windows keeps it.
struct WindowEntry
{
    qint64 t = 0;
    QString id;
    QStringList esc; // values of the escalate paths
};

// A finding row as stored (evidence and detail as JSON text).
struct StoredFinding
{
    qint64 id = 0;
    QString state, severity;
    qint64 firstSeen = 0, lastSeen = 0, count = 0;
    QByteArray evidence, detail;
    bool unconfigured = false;
};

// What a pass writes into a finding row.
struct FindingWrite
{
    QString ruleId, subject;
    qint64 bucketStart = 0;
    QString severity, state;
    qint64 firstSeen = 0, lastSeen = 0, count = 0;
    QByteArray evidence, detail;
    bool unconfigured = false;
};

// A stream's detection_state row: both unset when there is none.
struct StreamState
{
    std::optional<qint64> firstEventAt;
    std::optional<QStringList> fieldsSeen;
};

// The queries one event table is read with. `sql` binds ?1 customer and ?2
// (first rowid, or first time); a chunked query binds ?3, the exclusive end
// time. `rawStored`: the raw column is the stored (compressed) form, to be
// decoded by the reader for the rows that need it.
struct EventQuery
{
    QByteArray sql;
    bool rawStored = false;
};

class DetectionStateStore
{
public:
    DetectionStateStore(store::Database &db, const QString &customerId);

    // ---- reading the events (texts only: the readers prepare them on
    // their own connections)
    enum class Walk
    {
        Rerun,       // a customer's events from a time on, in time order
        Incremental, // the rows after the watermark, raw JSON included
        First        // every row of a first pass (watermark 0)
    };
    static EventQuery eventQuery(bool audit, Walk walk);
    // The sign-ins of one time chunk [?2, ?3) of a re-run, without raw JSON.
    static QByteArray signInChunkQuery();
    // One sign-in's raw JSON on this connection (empty when absent), by the
    // table's key: the customer's, `timeMs`, `id`.
    QByteArray signInRaw(qint64 timeMs, const QString &id);
    // The oldest time among rows stored after the watermark when it is older
    // than the newest event already evaluated (a late page, a resumed
    // backfill, log ingestion delay); -1 when the new rows all come after.
    Result<qint64> lateArrivalSince(const QString &stream);
    // (yyyyMMdd, sign-ins) of the daily rollups from `fromDay` on, by day.
    Result<QList<std::pair<qint64, qint64>>> signInDays(qint64 fromDay);
    // The newest event time of a stream (signIns, directoryAudits); none
    // when the customer has no such event.
    Result<std::optional<qint64>> newestEventAt(const QString &stream);
    // Customers that have events or settings.
    static Result<QStringList> customers(store::Database &db);
    // Whether the connection is in WAL mode (readers may then run beside
    // this connection's write transaction).
    bool walMode();

    // ---- settings and per-stream state
    Result<CustomerSettings> settings();
    Result<qint64> watermark(const QString &stream); // last evaluated rowid, 0: none
    StreamState streamState(const QString &stream);
    Status saveStreamState(const QString &stream, qint64 lastRowid,
                           std::optional<qint64> firstEventAt, const QStringList &fieldsSeen,
                           qint64 nowMs);
    // A re-run forgets windows, counts and stream state of the customer.
    Status resetDerivedState(qint64 sinceMs);

    // ---- threshold windows and baseline counts, per (rule, subject)
    void loadWindow(const QString &ruleId, const QString &subject, QList<WindowEntry> &events,
                    qint64 &activeBucket);
    Status saveWindow(const QString &ruleId, const QString &subject,
                      const QList<WindowEntry> &events, qint64 activeBucket);
    Status deleteWindow(const QString &ruleId, const QString &subject);
    void loadCounts(const QString &ruleId, const QString &subject, QMap<qint64, qint64> &counts);
    Status replaceCounts(const QString &ruleId, const QString &subject,
                         const QMap<qint64, qint64> &counts);

    // ---- findings
    // Every stored finding of the customer; `recomputed` is set for those a
    // re-run from `recomputeFrom` recomputes (state new or acknowledged,
    // bucket from then on), nullptr for the others.
    using FindingVisitor = std::function<void(const QString &ruleId, const QString &subject,
                                              qint64 bucketStart, StoredFinding *recomputed)>;
    Status forEachFinding(qint64 recomputeFrom, const FindingVisitor &visit);
    std::optional<StoredFinding> finding(const QString &ruleId, const QString &subject,
                                         qint64 bucketStart);
    Result<qint64> insertFinding(const FindingWrite &f, qint64 nowMs); // the new id
    Status updateFinding(qint64 id, const FindingWrite &f, qint64 nowMs);
    Status deleteFinding(qint64 id);
    // An acknowledged finding a re-run did not find again: no events left.
    Status emptyFinding(qint64 id, qint64 nowMs);

private:
    store::Database &m_db;
    const QString m_customer;
};

} // namespace vigie::analytics::detail
