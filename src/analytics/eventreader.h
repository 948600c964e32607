#pragma once

// Internal to the detection engine: reading the events. Rows travel from
// reader threads (second, read-only connections) to the evaluating thread in
// batches of UTF-8 bytes; a re-run's sign-ins are read in time chunks two
// readers take in turn.

#include "analytics/eventdata.h"
#include "core/result.h"
#include "store/statement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace vigie::store {
class Database;
class RawCodec;
} // namespace vigie::store

namespace vigie::analytics::detail {

class DetectionStateStore;
class RowQueue;

inline constexpr size_t kBatchRows = 2048;
inline constexpr int kChunkBatches = 8;

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
    // Sign-ins: column 11 is the raw JSON as stored (store/rawcodec.h),
    // decoded only for the rows a raw rule may take.
    bool rawStored = false;
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

    // The raw JSON is column 11 of a sign-in row; with `codec`, as stored
    // (decoded here, only when a raw rule may take the row).
    void add(const store::Statement &st, bool audit, const FlagLists *lists = nullptr,
             store::RawCodec *codec = nullptr);
    static bool anyRuleOpen(const QList<const QList<Gate> *> &rules, const Row &r);
    // EventData::inList(a) || inList(b) on UTF-8 columns: 1, 0, or -1 (unknown).
    static qint8 eitherMatches(const ValueList *l, std::optional<QByteArrayView> a,
                               std::optional<QByteArrayView> b);

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

// Where the chunks of a customer's sign-ins from `from` on start (empty:
// one walk). See eventreader.cpp.
Result<QList<qint64>> signInChunks(DetectionStateStore &state, qint64 from);

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
    using Consumer = std::function<void(int source, const RowBatch &, size_t row)>;
    EventReader(store::Database &db, const QString &customerId, QList<const EventSource *> sources);
    ~EventReader();

    // Starts the reader threads (a cache on disk only); run() starts them
    // if this was not called.
    void start();
    // Hands every row to `consume` on this thread, in each source's order.
    Status run(const Consumer &consume);

private:
    struct Reader
    {
        int source, lane, first;
    };
    void stop();
    Status readHere(const Consumer &consume);

    store::Database &m_db;
    const QString m_customerId;
    const QList<const EventSource *> m_sources;
    bool m_separate = false;
    std::vector<Reader> m_plan;
    std::vector<std::vector<int>> m_lanesOf;
    std::unique_ptr<RowQueue> m_queue;
    std::vector<std::thread> m_threads;
};

} // namespace vigie::analytics::detail
