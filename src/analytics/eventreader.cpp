#include "analytics/eventreader.h"

#include "analytics/detectionstatestore.h"
#include "core/timeutil.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/rawcodec.h"

#include <QDate>
#include <algorithm>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>

namespace vigie::analytics::detail {

void RowBatch::add(const store::Statement &st, bool audit, const FlagLists *lists,
                   store::RawCodec *codec)
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
        r.privileged = eitherMatches(lists->privileged,
                                     column(ColUserId).value_or(QByteArrayView()), column(ColUpn));
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
    if (!codec) {
        put(kRaw, st, 11);
    } else if (!lists || anyRuleOpen(lists->rawRules, r)) {
        // The stored bytes (a BLOB read as text: same bytes, no conversion
        // in a UTF-8 database). A damaged value leaves the raw JSON unread,
        // as a failed read did: EventData::ensureRaw then reads it again.
        const QByteArrayView stored = st.textView(11);
        if (const Result<QByteArray> json = codec->decode(stored); stored.data() && json) {
            r.offset[kRaw] = bytes.size();
            r.size[kRaw] = json->size();
            bytes.append(*json);
        }
    }
    rows.push_back(r);
}

bool RowBatch::anyRuleOpen(const QList<const QList<Gate> *> &rules, const Row &r)
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

qint8 RowBatch::eitherMatches(const ValueList *l, std::optional<QByteArrayView> a,
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

// Where the chunks of a customer's sign-ins from `from` on start: time
// slices of about kChunkBatches batches each, planned from the daily rollups
// kept at ingest (signin_daily) so planning reads no events. A day's events
// are taken as spread evenly over it: a burst only makes its slice larger,
// which costs parallelism, never events. None when the rollups are empty or
// the events are too few to share between two readers.
Result<QList<qint64>> signInChunks(DetectionStateStore &state, qint64 from)
{
    constexpr qint64 kDayMs = 86'400'000;
    constexpr qint64 kBeforeAll = std::numeric_limits<qint64>::min();
    auto rollups = state.signInDays(from == kBeforeAll ? 0 : store::rollupDayOf(from));
    if (!rollups)
        return rollups.error();
    struct Day
    {
        qint64 startMs;
        double events; // from `from` on
    };
    QList<Day> days;
    double all = 0;
    for (const auto &[day, total] : *rollups) {
        const QDate date(int(day / 10000), int(day / 100 % 100), int(day % 100));
        if (!date.isValid() || total <= 0)
            continue;
        const qint64 startMs = toEpochMs(date.startOfDay(Qt::UTC));
        // The first day counts only from `from` on.
        const double share = from <= startMs ? 1.0 : double(startMs + kDayMs - from) / kDayMs;
        days.append({startMs, double(total) * std::clamp(share, 0.0, 1.0)});
        all += days.last().events;
    }
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

namespace {

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
    store::RawCodec *codec = source.rawStored ? &db.rawCodec() : nullptr;
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
            batch.add(**st, source.audit, &source.lists, codec);
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

} // namespace

EventReader::EventReader(store::Database &db, const QString &customerId,
                         QList<const EventSource *> sources)
    : m_db(db), m_customerId(customerId), m_sources(std::move(sources))
{
    const QString &path = db.path();
    m_separate = !path.isEmpty() && path != u":memory:" && !path.startsWith(u"file:");
}
EventReader::~EventReader()
{
    stop();
}

void EventReader::start()
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
            // A reader walks the event tables front to back, once: no mmap
            // (every mapped page it touched would count in the process's
            // RSS, the whole file for a full pass: `vigie import` and
            // `vigie sync` run one) and a small page cache, which holds the
            // interior pages of the tree it walks (~0.5% of its pages).
            options.mmapSizeBytes = 0;
            options.cacheSizeKiB = 8 * 1024;
            auto reader = store::Database::open(path, options);
            if (!reader) {
                m_queue->finish(r.lane, reader.error());
                return;
            }
            readSource(**reader, m_customerId, *m_sources[r.source], r.source, r.lane, r.first,
                       *m_queue);
        });
    }
}

Status EventReader::run(const Consumer &consume)
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

void EventReader::stop()
{
    if (m_queue)
        m_queue->cancel();
    for (std::thread &t : m_threads)
        t.join();
    m_threads.clear();
}

Status EventReader::readHere(const Consumer &consume)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        const EventSource &source = *m_sources[i];
        auto st = m_db.prepare(source.sql);
        if (!st)
            return st.error();
        store::RawCodec *codec = source.rawStored ? &m_db.rawCodec() : nullptr;
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
                one.add(**st, source.audit, &source.lists, codec);
                consume(i, one, 0);
            }
        }
    }
    return {};
}

} // namespace vigie::analytics::detail
