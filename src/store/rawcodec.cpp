#include "store/rawcodec.h"

#include "store/logging.h"
#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <sqlite3.h>
// The magicless frame format and the dictionary-id flag are zstd's
// "experimental" parameters: stable in the 1.5 series and exported by the
// shared library, so linking against libzstd 1.5 is enough.
#define ZSTD_STATIC_LINKING_ONLY
#include <zdict.h>
#include <zstd.h>

namespace vigie::store {

namespace {

constexpr unsigned char kFormatZstd = 1;
// A stored event over this is damaged, not big (Graph events are a few KB).
constexpr quint64 kMaxJsonBytes = 64ull << 20;

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(0x80 | (v & 0x7f)));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(QByteArrayView in, qsizetype &pos, quint64 &v)
{
    v = 0;
    for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        const auto byte = quint8(in[pos++]);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

Error damaged(const QString &why)
{
    return Error::make(Error::Kind::Corrupt,
                       QCoreApplication::translate(
                           "Store", "The stored JSON of a cached event could not be read: the "
                                    "cache is damaged or was written by a newer Vigie."),
                       why);
}

// Level 3's strategy (double-fast) with match tables sized for one event and
// the dictionary, not for a stream of unknown size: ZSTD_createCDict(level 3)
// builds 512 KiB + 256 KiB of hash tables, which every row's compression
// probes at random and which the rest of an insert (JSON parsing, SQLite)
// evicts from the CPU caches between two rows. Tables of 16 KiB each give the
// same output size (104 vs 105 bytes per 1,087-byte sign-in) and stay cached.
ZSTD_compressionParameters compressionParameters()
{
    ZSTD_compressionParameters p{};
    p.windowLog = 17; // dictionary (16 KiB) + events up to ~100 KiB reach it
    p.chainLog = 12;
    p.hashLog = 12;
    p.searchLog = 1;
    p.minMatch = 5;
    p.targetLength = 0;
    p.strategy = ZSTD_dfast;
    return p;
}

QString dictKey(const QString &customer, const char *stream)
{
    return QLatin1String(stream) + u'\n' + customer.toLower();
}

} // namespace

struct RawCodec::Dict
{
    ZSTD_CDict *c = nullptr;
    ZSTD_DDict *d = nullptr;
    ~Dict()
    {
        ZSTD_freeCDict(c);
        ZSTD_freeDDict(d);
    }
};

struct RawCodec::Contexts
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_DCtx *d = ZSTD_createDCtx();
    Contexts()
    {
        ZSTD_CCtx_setParameter(c, ZSTD_c_format, ZSTD_f_zstd1_magicless);
        ZSTD_CCtx_setParameter(c, ZSTD_c_dictIDFlag, 0);
        ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 0);
        ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 0);
        ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, kLevel);
        ZSTD_DCtx_setParameter(d, ZSTD_d_format, ZSTD_f_zstd1_magicless);
    }
    ~Contexts()
    {
        ZSTD_freeCCtx(c);
        ZSTD_freeDCtx(d);
    }
};

RawCodec::RawCodec(sqlite3 *db) : m_db(db), m_ctx(std::make_unique<Contexts>()) {}

RawCodec::~RawCodec()
{
    sqlite3_finalize(m_readDict);
}

void RawCodec::clear()
{
    m_dicts.clear();
    m_latest.clear();
}

bool RawCodec::isCompressed(QByteArrayView stored)
{
    return !stored.isEmpty() && quint8(stored[0]) == kFormatZstd;
}

Result<RawCodec::Dict *> RawCodec::dict(qint64 id)
{
    if (auto it = m_dicts.constFind(id); it != m_dicts.constEnd())
        return it.value().get();
    // A statement of its own, not the connection's cache: this runs inside
    // raw_json(), in the middle of another statement's step.
    if (!m_readDict &&
        sqlite3_prepare_v3(m_db, "SELECT dict FROM raw_dicts WHERE id=?1", -1,
                           SQLITE_PREPARE_PERSISTENT, &m_readDict, nullptr) != SQLITE_OK) {
        return damaged(
            QStringLiteral("no dictionary table: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    sqlite3_bind_int64(m_readDict, 1, id);
    auto d = std::make_shared<Dict>();
    if (sqlite3_step(m_readDict) == SQLITE_ROW) {
        const void *bytes = sqlite3_column_blob(m_readDict, 0);
        const size_t size = size_t(sqlite3_column_bytes(m_readDict, 0));
        d->c = ZSTD_createCDict_advanced(bytes, size, ZSTD_dlm_byCopy, ZSTD_dct_auto,
                                         compressionParameters(), ZSTD_defaultCMem);
        d->d = ZSTD_createDDict(bytes, size);
    }
    sqlite3_reset(m_readDict);
    if (!d->c || !d->d)
        return damaged(QStringLiteral("dictionary %1 is missing or unusable").arg(id));
    m_dicts.insert(id, d);
    return d.get();
}

Result<qint64> RawCodec::dictionaryFor(const QString &customer, const char *stream,
                                       const QList<QByteArrayView> &samples)
{
    const QString key = dictKey(customer, stream);
    if (auto it = m_latest.constFind(key); it != m_latest.constEnd() && it.value() > 0)
        return it.value();
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT max(id) FROM raw_dicts WHERE customer_id=?1 AND stream=?2",
                           -1, &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return damaged(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    const QByteArray c = customer.toUtf8();
    sqlite3_bind_text(st, 1, c.constData(), int(c.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, stream, -1, SQLITE_STATIC);
    qint64 id = 0;
    if (sqlite3_step(st) == SQLITE_ROW)
        id = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    if (id == 0 && samples.size() >= kMinSamples) {
        Result<qint64> trained = trainDictionary(customer, stream, samples);
        if (!trained)
            return trained;
        id = *trained;
    }
    m_latest.insert(key, id);
    return id;
}

Result<qint64> RawCodec::trainDictionary(const QString &customer, const char *stream,
                                         const QList<QByteArrayView> &samples)
{
    // Evenly spread over the batch, at most kMaxSamples (training time grows
    // with the input; a few hundred small records already give most of the gain).
    QByteArray joined;
    std::vector<size_t> sizes;
    const qsizetype step = std::max<qsizetype>(1, samples.size() / kMaxSamples);
    for (qsizetype i = 0; i < samples.size() && qsizetype(sizes.size()) < kMaxSamples; i += step) {
        joined.append(samples[i]);
        sizes.push_back(size_t(samples[i].size()));
    }
    QByteArray dict(kDictionaryBytes, Qt::Uninitialized);
    const size_t n = ZDICT_trainFromBuffer(dict.data(), size_t(dict.size()), joined.constData(),
                                           sizes.data(), unsigned(sizes.size()));
    if (ZDICT_isError(n)) {
        // Too few distinct bytes to learn from: stay without a dictionary.
        qCInfo(lcStore) << "no dictionary for a customer's" << stream << ZDICT_getErrorName(n);
        return qint64(0);
    }
    dict.truncate(qsizetype(n));
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db,
                           "INSERT INTO raw_dicts(customer_id, stream, samples, created_at, dict) "
                           "VALUES(?1,?2,?3,?4,?5)",
                           -1, &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return damaged(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    const QByteArray c = customer.toUtf8();
    sqlite3_bind_text(st, 1, c.constData(), int(c.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, stream, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, qint64(sizes.size()));
    sqlite3_bind_int64(st, 4, QDateTime::currentMSecsSinceEpoch());
    sqlite3_bind_blob(st, 5, dict.constData(), int(dict.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) // a full disk or a read-only cache says so in words
        return sqlError(m_db, rc, SqlFailure::Update, QString(), "INSERT INTO raw_dicts",
                        QString::fromUtf8(sqlite3_errmsg(m_db)), SqlLog::Yes);
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    m_latest.insert(dictKey(customer, stream), id);
    return id;
}

Result<QByteArray> RawCodec::encode(QByteArrayView json, qint64 dictId)
{
    Dict *d = nullptr;
    if (dictId > 0) {
        Result<Dict *> found = dict(dictId);
        if (!found)
            return found.error();
        d = *found;
    }
    QByteArray out;
    out.reserve(qsizetype(ZSTD_compressBound(size_t(json.size()))) + 16);
    out.append(char(kFormatZstd));
    putVarint(out, quint64(dictId));
    putVarint(out, quint64(json.size()));
    const qsizetype header = out.size();
    ZSTD_CCtx_refCDict(m_ctx->c, d ? d->c : nullptr);
    out.resize(header + qsizetype(ZSTD_compressBound(size_t(json.size()))));
    const size_t n = ZSTD_compress2(m_ctx->c, out.data() + header, size_t(out.size() - header),
                                    json.data(), size_t(json.size()));
    if (ZSTD_isError(n))
        return Error::make(
            Error::Kind::Generic,
            QCoreApplication::translate("Store", "Could not write logs to the cache."),
            QString::fromUtf8(ZSTD_getErrorName(n)));
    out.truncate(header + qsizetype(n));
    return out;
}

Result<QByteArray> RawCodec::decode(QByteArrayView stored)
{
    if (!isCompressed(stored))
        return stored.toByteArray();
    qsizetype pos = 1;
    quint64 dictId = 0, size = 0;
    if (!getVarint(stored, pos, dictId) || !getVarint(stored, pos, size))
        return damaged(QStringLiteral("truncated header"));
    if (size > kMaxJsonBytes)
        return damaged(QStringLiteral("implausible length %1").arg(size));
    Dict *d = nullptr;
    if (dictId > 0) {
        Result<Dict *> found = dict(qint64(dictId));
        if (!found)
            return found.error();
        d = *found;
    }
    ZSTD_DCtx_refDDict(m_ctx->d, d ? d->d : nullptr);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t n = ZSTD_decompressDCtx(m_ctx->d, out.data(), size_t(out.size()),
                                         stored.data() + pos, size_t(stored.size() - pos));
    if (ZSTD_isError(n) || n != size) {
        // A failed frame can leave the context mid-frame: start the next one clean.
        ZSTD_DCtx_reset(m_ctx->d, ZSTD_reset_session_only);
        return damaged(ZSTD_isError(n) ? QString::fromUtf8(ZSTD_getErrorName(n))
                                       : QStringLiteral("length %1, not %2").arg(n).arg(size));
    }
    return out;
}

namespace {

void rawJson(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *codec = static_cast<RawCodec *>(sqlite3_user_data(ctx));
    sqlite3_value *v = argv[0];
    const int type = sqlite3_value_type(v);
    if (type == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    if (type != SQLITE_BLOB) {
        sqlite3_result_value(ctx, v); // JSON kept as TEXT (rows before schema 5)
        return;
    }
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(v));
    const QByteArrayView stored(bytes, sqlite3_value_bytes(v));
    Result<QByteArray> json = codec->decode(stored);
    if (!json) {
        const QByteArray message =
            (json.error().message + QStringLiteral(" (") + json.error().detail + u')').toUtf8();
        sqlite3_result_error(ctx, message.constData(), int(message.size()));
        sqlite3_result_error_code(ctx, SQLITE_CORRUPT);
        return;
    }
    sqlite3_result_text64(ctx, json->constData(), sqlite3_uint64(json->size()), SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

void onRollback(void *codec)
{
    static_cast<RawCodec *>(codec)->clear();
}

} // namespace

int registerRawJsonFunction(sqlite3 *db, RawCodec *codec)
{
    sqlite3_rollback_hook(db, onRollback, codec);
    // Not SQLITE_DETERMINISTIC: the dictionaries it reads are data.
    return sqlite3_create_function_v2(db, "raw_json", 1, SQLITE_UTF8 | SQLITE_INNOCUOUS, codec,
                                      rawJson, nullptr, nullptr, nullptr);
}

} // namespace vigie::store
