#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::store {

// The raw JSON of cached sign-ins and audits, compressed per row.
//
// Stored form (the `raw` column, a BLOB): one format byte (1), the dictionary
// id as a varint (0: none), the JSON's length as a varint, then a zstd frame
// without magic, dictionary id or checksum (the header says all of that, and
// every byte counts at a few hundred bytes per event). Rows written before
// schema 5, and rows written by hand, keep their JSON as TEXT: both decode.
//
// Dictionaries are trained on one customer's own events of one stream (the
// same tenant's sign-ins repeat their apps, resources, locations and field
// names) and stored in `raw_dicts`; a row names the one it was written with,
// so a newer dictionary never makes an older row unreadable. One codec per
// connection (it caches the digested dictionaries), used on that
// connection's thread only; the SQL function raw_json(raw) decodes through it.
class RawCodec
{
public:
    explicit RawCodec(sqlite3 *db);
    ~RawCodec();
    RawCodec(const RawCodec &) = delete;
    RawCodec &operator=(const RawCodec &) = delete;

    // Streams, as `raw_dicts.stream` names them.
    static constexpr const char *kSignIns = "signIns";
    static constexpr const char *kAudits = "directoryAudits";

    // The dictionary to write `customer`'s new rows of `stream` with (0:
    // none yet). With none yet and at least kMinSamples `samples`, trains one
    // on them and stores it (inside the caller's transaction).
    Result<qint64> dictionaryFor(const QString &customer, const char *stream,
                                 const QList<QByteArrayView> &samples);

    // Trains a new dictionary version for `customer`'s `stream` on `samples`
    // and stores it (0 when they are too uniform to learn from). Later rows
    // use it; rows written with an older one keep naming theirs.
    Result<qint64> trainDictionary(const QString &customer, const char *stream,
                                   const QList<QByteArrayView> &samples);

    // The stored form of `json` compressed with dictionary `dictId` (0: none).
    Result<QByteArray> encode(QByteArrayView json, qint64 dictId);

    // The JSON of a stored `raw` value: a TEXT value as it is, a BLOB
    // decompressed. A damaged value is an error, never a crash.
    Result<QByteArray> decode(QByteArrayView stored);

    // Whether `stored` is the compressed form (a BLOB starting with the format byte).
    static bool isCompressed(QByteArrayView stored);

    // Samples needed to train a dictionary, and how many are used at most.
    static constexpr int kMinSamples = 200;
    static constexpr int kMaxSamples = 256;
    static constexpr int kDictionaryBytes = 16 * 1024;
    static constexpr int kLevel = 3;

    // Forgets the dictionaries read so far: called on every rollback of the
    // connection, which may have dropped one this codec trained (and its id
    // may then be given to another).
    void clear();

private:
    struct Dict;
    Result<Dict *> dict(qint64 id);

    sqlite3 *m_db;
    struct Contexts;
    std::unique_ptr<Contexts> m_ctx;
    QHash<qint64, std::shared_ptr<Dict>> m_dicts;
    QHash<QString, qint64> m_latest; // "stream\ncustomer" -> dict id (0: none)
    sqlite3_stmt *m_readDict = nullptr;
};

// Registers raw_json(raw) on `db`, decoding through `codec` (which must
// outlive the connection's statements).
int registerRawJsonFunction(sqlite3 *db, RawCodec *codec);

} // namespace vigie::store
