#include "import/importer.h"

#include "core/timeutil.h"
#include "import/csvreader.h"
#include "import/logging.h"
#include "import/mapping.h"
#include "store/database.h"
#include "store/logrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>
#include <cstdio>
#include <optional>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <thread>

namespace vigie::import {

namespace {

constexpr qint64 kSniffBytes = 64 * 1024;
constexpr qint64 kProgressStep = 256 * 1024;
// After this many records without a single log record the file is refused.
constexpr qint64 kGiveUpAfter = 1000;

enum class Container
{
    GraphEnvelope, // {"value":[...]}
    Array,         // [...]
    Records,       // {"records":[...]}
    Single,        // one top-level object
    Lines,         // JSON Lines
    Csv,
};

Format formatFor(Container c, RecordShape shape)
{
    if (shape == RecordShape::AzureMonitor)
        return c == Container::Lines ? Format::AzureMonitorJsonLines : Format::AzureMonitorJson;
    if (shape == RecordShape::LogAnalytics)
        return Format::LogAnalyticsJson;
    switch (c) {
    case Container::GraphEnvelope:
    case Container::Single:
        return Format::GraphJson;
    case Container::Records:
        return Format::AzureMonitorJson;
    case Container::Array:
        return Format::JsonArray;
    case Container::Lines:
        return Format::JsonLines;
    case Container::Csv:
        break;
    }
    return Format::Unknown;
}

Error refuse(const QString &path, const QString &why)
{
    return Error::make(Error::Kind::Corrupt,
                       QCoreApplication::translate("Import", "%1: not imported: %2")
                           .arg(QFileInfo(path).fileName(), why));
}

// Receives records from the readers, maps them, batches them into the cache.
class Ingest
{
public:
    Ingest(store::Database &db, const ImportOptions &options, ImportReport &report)
        : m_db(db), m_repo(db), m_options(options), m_report(report),
          m_customer(options.customerId.trimmed().toLower())
    {}

    Container container = Container::Array;
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    qint64 mapped() const { return m_mapped; }
    qint64 noCustomer() const { return m_noCustomer; }
    bool givenUp() const { return m_records >= kGiveUpAfter && m_mapped == 0; }
    QString firstReason() const { return m_firstReason; }

    // One JSON text that should hold a record (or a {"value"/"records"} envelope
    // when reading lines). Returns false to stop reading.
    bool json(qint64 line, const QByteArray &bytes)
    {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError) {
            reject(line,
                   QCoreApplication::translate("Import", "not valid JSON (%1 at character %2)")
                       .arg(err.errorString())
                       .arg(err.offset));
            return keepGoing();
        }
        if (!doc.isObject()) {
            reject(line, QCoreApplication::translate("Import", "not a JSON object"));
            return keepGoing();
        }
        const QJsonObject o = doc.object();
        if (container == Container::Lines) {
            for (const char *key : {"value", "records"}) {
                const QJsonValue inner = o.value(QLatin1String(key));
                if (inner.isArray() && !o.contains(QLatin1String("createdDateTime")) &&
                    !o.contains(QLatin1String("activityDateTime"))) {
                    for (const QJsonValue &v : inner.toArray()) {
                        if (!v.isObject())
                            reject(line,
                                   QCoreApplication::translate("Import", "not a JSON object"));
                        else
                            object(line, v.toObject(), QByteArray());
                        if (!keepGoing())
                            return false;
                    }
                    return keepGoing();
                }
            }
        }
        object(line, o, bytes);
        return keepGoing();
    }

    void object(qint64 line, const QJsonObject &o, const QByteArray &bytes)
    {
        RecordShape shape{};
        const Format f = detectShape(o, shape) ? formatFor(container, shape) : m_report.format;
        MapOutcome m = mapJsonRecord(o, formatId(f == Format::Unknown ? Format::JsonLines : f));
        if (m.ok && m_report.format == Format::Unknown)
            m_report.format = f;
        mapped(line, std::move(m), bytes, bytes);
    }

    void csvRow(qint64 line, const CsvHeader &header, const QStringList &fields,
                const QByteArray &seed)
    {
        if (fields.size() != header.names.size()) {
            reject(line, QCoreApplication::translate("Import", "%1 values for %2 columns")
                             .arg(fields.size())
                             .arg(header.names.size()));
            return;
        }
        mapped(line, mapCsvRow(header, fields, formatId(m_report.format)), seed, QByteArray());
    }

    void reject(qint64 line, const QString &reason)
    {
        ++m_records;
        ++m_report.records;
        ++m_report.rejected;
        if (m_firstReason.isEmpty())
            m_firstReason = reason;
        if (m_report.rejections.size() < m_options.maxRejections)
            m_report.rejections.append(Rejection{m_records, line, reason});
    }

    void progress(qint64 done, qint64 total)
    {
        if (m_options.progress && (done - m_lastProgress >= kProgressStep || done == total)) {
            m_lastProgress = done;
            m_options.progress(done, total);
        }
    }

    // Hands the pending records to the writer thread and returns: the next
    // batch is read and mapped while this one is compressed and written (on
    // two cores an import then costs about the larger of the two, not their
    // sum). One batch in flight at most, so memory stays flat; each batch is
    // still one transaction. The connection is used by one thread at a time:
    // the writer, until collect() joins it.
    bool flush()
    {
        if (!collect())
            return false;
        if (m_pending == 0)
            return true;
        m_writer =
            std::thread([this, signIns = std::move(m_signIns), audits = std::move(m_audits)] {
                m_written = write(signIns, audits);
            });
        m_signIns.clear();
        m_audits.clear();
        m_pending = 0;
        return true;
    }

    // Writes what is pending and waits for it: the end of a file.
    bool finish() { return flush() && collect(); }

    ~Ingest()
    {
        if (m_writer.joinable())
            m_writer.join();
    }

private:
    bool keepGoing() const { return !failed() && !givenUp(); }

    // What one batch did, filled on the writer thread and read after the join.
    struct Written
    {
        qint64 signIns = 0;
        qint64 audits = 0;
        qint64 duplicates = 0;
        QStringList customers; // those with rows really inserted, in order
        std::optional<Error> error;
    };

    static void count(Written &w, const QString &customer, const store::InsertCounts &c)
    {
        w.duplicates += c.duplicates;
        if (c.inserted > 0 && !w.customers.contains(customer))
            w.customers.append(customer);
    }

    // One batch in one transaction (rollups updated in it): all or nothing.
    Written write(const QHash<QString, QList<SignIn>> &signIns,
                  const QHash<QString, QList<AuditEvent>> &audits)
    {
        Written w;
        store::Transaction tx(m_db, store::Transaction::Kind::Immediate);
        if (!tx.isActive()) {
            w.error = tx.beginStatus().error();
            return w;
        }
        for (auto it = signIns.begin(); it != signIns.end(); ++it) {
            auto r = m_repo.insertSignIns(it.key(), it.value(), QStringLiteral("import"));
            if (!r) {
                w.error = r.error();
                return w;
            }
            w.signIns += r->inserted;
            count(w, it.key(), *r);
        }
        for (auto it = audits.begin(); it != audits.end(); ++it) {
            auto r = m_repo.insertAudits(it.key(), it.value(), QStringLiteral("import"));
            if (!r) {
                w.error = r.error();
                return w;
            }
            w.audits += r->inserted;
            count(w, it.key(), *r);
        }
        if (Status st = tx.commit(); !st)
            w.error = st.error();
        return w;
    }

    // Waits for the batch in flight and adds what it did to the report.
    bool collect()
    {
        if (m_writer.joinable()) {
            m_writer.join();
            Written w = std::move(m_written);
            m_written = Written{};
            if (w.error) {
                m_error = std::move(w.error);
            } else {
                m_report.taken += w.signIns + w.audits;
                m_report.signIns += w.signIns;
                m_report.audits += w.audits;
                m_report.duplicates += w.duplicates;
                for (const QString &c : std::as_const(w.customers)) {
                    if (!m_report.customers.contains(c))
                        m_report.customers.append(c);
                }
            }
        }
        return !failed();
    }

    void mapped(qint64 line, MapOutcome m, const QByteArray &seed, const QByteArray &bytes)
    {
        if (!m.ok) {
            reject(line, m.reason);
            return;
        }
        ++m_mapped;
        const QString customer = m_customer.isEmpty() ? m.record.tenantHint : m_customer;
        if (customer.isEmpty()) {
            ++m_noCustomer;
            reject(line, QCoreApplication::translate(
                             "Import", "the record names no customer tenant; use --customer ID"));
            return;
        }
        RowOutcome r;
        qint64 at = 0;
        if (m.record.kind == LogKind::SignIn) {
            SignIn row;
            r = toSignIn(m.record, seed, bytes, row);
            if (r.ok) {
                at = toEpochMs(row.createdDateTime);
                m_signIns[customer].append(std::move(row));
            }
        } else {
            AuditEvent row;
            r = toAudit(m.record, seed, bytes, row);
            if (r.ok) {
                at = toEpochMs(row.activityDateTime);
                m_audits[customer].append(std::move(row));
            }
        }
        if (!r.ok) {
            reject(line, r.reason);
            return;
        }
        ++m_records;
        ++m_report.records;
        if (m_report.firstEventMs == 0 || at < m_report.firstEventMs)
            m_report.firstEventMs = at;
        m_report.lastEventMs = std::max(m_report.lastEventMs, at);
        if (++m_pending >= m_options.batchSize)
            flush();
    }

    store::Database &m_db;
    store::LogRepository m_repo;
    const ImportOptions &m_options;
    ImportReport &m_report;
    QString m_customer;
    QHash<QString, QList<SignIn>> m_signIns;
    QHash<QString, QList<AuditEvent>> m_audits;
    qint64 m_pending = 0;
    qint64 m_records = 0;
    qint64 m_mapped = 0;
    qint64 m_noCustomer = 0;
    qint64 m_lastProgress = 0;
    QString m_firstReason;
    std::optional<Error> m_error;
    std::thread m_writer;
    Written m_written;
};

// --- one JSON document, streamed with rapidjson's SAX reader ---------------------

// Hands each element of the top-level array (or of the "value"/"records"
// array of the top-level object) to the ingest as compact JSON text; keeps
// a small top-level object whole in case it is a single record.
class SaxExtractor : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, SaxExtractor>
{
public:
    using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
    explicit SaxExtractor(Ingest &ingest) : m_ingest(ingest), m_w(m_buf), m_topW(m_topBuf) {}

    std::function<void()> onElement; // progress hook
    bool foundRecords = false;
    bool topIsObject = false;
    bool capturing() const { return m_capturing; }
    bool singleRecord() const { return topIsObject && !foundRecords && m_topCapture; }
    QByteArray topObject() const
    {
        return QByteArray(m_topBuf.GetString(), qsizetype(m_topBuf.GetSize()));
    }

    bool Null()
    {
        return scalar([](Writer &w) { return w.Null(); });
    }
    bool Bool(bool b)
    {
        return scalar([b](Writer &w) { return w.Bool(b); });
    }
    bool Int(int i)
    {
        return scalar([i](Writer &w) { return w.Int(i); });
    }
    bool Uint(unsigned i)
    {
        return scalar([i](Writer &w) { return w.Uint(i); });
    }
    bool Int64(int64_t i)
    {
        return scalar([i](Writer &w) { return w.Int64(i); });
    }
    bool Uint64(uint64_t i)
    {
        return scalar([i](Writer &w) { return w.Uint64(i); });
    }
    bool Double(double d)
    {
        return scalar([d](Writer &w) { return w.Double(d); });
    }
    bool String(const char *s, rapidjson::SizeType n, bool)
    {
        return scalar([s, n](Writer &w) { return w.String(s, n); });
    }
    bool Key(const char *s, rapidjson::SizeType n, bool)
    {
        if (m_capturing)
            return m_w.Key(s, n);
        if (m_depth == 1 && topIsObject)
            m_topKey = QByteArray(s, n);
        if (m_topCapture)
            m_topW.Key(s, n);
        return true;
    }
    bool StartObject() { return start(true); }
    bool StartArray() { return start(false); }
    bool EndObject(rapidjson::SizeType) { return end(true); }
    bool EndArray(rapidjson::SizeType) { return end(false); }

private:
    template <typename F> bool scalar(F write)
    {
        if (m_capturing)
            return write(m_w);
        if (m_inRecords && m_depth == m_elemLevel) {
            m_ingest.reject(0, QCoreApplication::translate("Import", "not a JSON object"));
            return m_ingest.failed() ? false : true;
        }
        if (m_topCapture)
            write(m_topW);
        return true;
    }

    bool start(bool object)
    {
        if (m_capturing) {
            ++m_depth;
            return object ? m_w.StartObject() : m_w.StartArray();
        }
        if (m_inRecords && m_depth == m_elemLevel) {
            m_capturing = true;
            m_buf.Clear();
            m_w.Reset(m_buf);
            ++m_depth;
            return object ? m_w.StartObject() : m_w.StartArray();
        }
        if (m_depth == 0) {
            ++m_depth;
            if (object) {
                topIsObject = true;
                m_topCapture = true;
                m_topW.StartObject();
            } else {
                m_inRecords = true;
                foundRecords = true;
                m_elemLevel = 1;
                m_ingest.container = Container::Array;
            }
            return true;
        }
        if (!object && m_depth == 1 && topIsObject && !foundRecords &&
            (m_topKey == "value" || m_topKey == "records")) {
            ++m_depth;
            m_inRecords = true;
            foundRecords = true;
            m_elemLevel = 2;
            m_topCapture = false;
            m_ingest.container =
                m_topKey == "value" ? Container::GraphEnvelope : Container::Records;
            return true;
        }
        ++m_depth;
        if (m_topCapture)
            object ? m_topW.StartObject() : m_topW.StartArray();
        return true;
    }

    bool end(bool object)
    {
        --m_depth;
        if (m_capturing) {
            object ? m_w.EndObject() : m_w.EndArray();
            if (m_depth == m_elemLevel) {
                m_capturing = false;
                const bool go =
                    m_ingest.json(0, QByteArray(m_buf.GetString(), qsizetype(m_buf.GetSize())));
                if (onElement)
                    onElement();
                return go;
            }
            return true;
        }
        if (m_inRecords && m_depth == m_elemLevel - 1) {
            m_inRecords = false;
            return true;
        }
        if (m_topCapture) {
            object ? m_topW.EndObject() : m_topW.EndArray();
            if (m_topBuf.GetSize() > 16 * 1024 * 1024) // too big for one record
                m_topCapture = false;
        }
        return true;
    }

    Ingest &m_ingest;
    rapidjson::StringBuffer m_buf;
    Writer m_w;
    rapidjson::StringBuffer m_topBuf;
    Writer m_topW;
    QByteArray m_topKey;
    int m_depth = 0;
    int m_elemLevel = -1;
    bool m_inRecords = false;
    bool m_capturing = false;
    bool m_topCapture = false;
};

// `linesInstead` is set (and nothing read) when the file turns out to hold
// several top-level objects: JSON Lines whose first line is very long.
Status readJsonDocument(const QString &path, qint64 size, bool bom, Ingest &ingest,
                        ImportReport &report, bool &linesInstead)
{
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file)
        return refuse(path, QCoreApplication::translate("Import", "cannot open the file"));
    if (bom)
        std::fseek(file, 3, SEEK_SET);
    std::vector<char> buffer(256 * 1024);
    rapidjson::FileReadStream stream(file, buffer.data(), buffer.size());
    SaxExtractor handler(ingest);
    const qint64 base = bom ? 3 : 0;
    handler.onElement = [&] { ingest.progress(base + qint64(stream.Tell()), size); };
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok =
        reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag |
                     rapidjson::kParseNanAndInfFlag>(stream, handler);
    bool more = false;
    if (ok) {
        rapidjson::SkipWhitespace(stream);
        more = stream.Peek() != '\0';
    }
    std::fclose(file);
    if (more && handler.singleRecord()) {
        linesInstead = true;
        return {};
    }
    if (ingest.failed())
        return ingest.error();
    if (!ok && ok.Code() != rapidjson::kParseErrorTermination) {
        const qint64 offset = base + qint64(ok.Offset());
        if (handler.capturing())
            ingest.reject(0, QCoreApplication::translate(
                                 "Import", "the record is incomplete (the file breaks inside it)"));
        report.truncated = true;
        report.truncation =
            offset >= size - 1
                ? QCoreApplication::translate(
                      "Import", "the file is cut at byte %1: the whole records before were kept")
                      .arg(offset)
                : QCoreApplication::translate(
                      "Import",
                      "the JSON breaks at byte %1 (%2): the whole records before were kept, "
                      "the rest was not read")
                      .arg(offset)
                      .arg(QString::fromUtf8(rapidjson::GetParseError_En(ok.Code())));
    }
    if (handler.singleRecord() && ok) {
        ingest.container = Container::Single;
        ingest.json(0, handler.topObject());
    }
    ingest.progress(size, size);
    return {};
}

// --- JSON Lines ---------------------------------------------------------------------

Status readJsonLines(QFile &file, qint64 size, Ingest &ingest, ImportReport &report)
{
    qint64 line = 0;
    qint64 done = 0;
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        if (bytes.isEmpty() && !file.atEnd())
            return refuse(file.fileName(), file.errorString());
        ++line;
        done += bytes.size();
        const bool complete = bytes.endsWith('\n');
        if (line == 1 && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        bytes = bytes.trimmed();
        if (bytes.isEmpty())
            continue;
        if (!complete && file.atEnd()) {
            // A cut last line: keep what is whole, say so.
            QJsonParseError err{};
            QJsonDocument::fromJson(bytes, &err);
            if (err.error != QJsonParseError::NoError) {
                ingest.reject(line, QCoreApplication::translate("Import", "the last line is cut"));
                report.truncated = true;
                report.truncation =
                    QCoreApplication::translate(
                        "Import", "the file is cut in line %1: the whole lines before were kept")
                        .arg(line);
                break;
            }
        }
        if (!ingest.json(line, bytes))
            break;
        ingest.progress(done, size);
    }
    ingest.progress(size, size);
    return ingest.failed() ? Status(ingest.error()) : Status();
}

// --- CSV ----------------------------------------------------------------------------------

Status readCsv(QFile &file, qint64 size, Ingest &ingest, ImportReport &report)
{
    CsvReader reader(file);
    QList<QByteArray> raw;
    if (!reader.next(raw))
        return refuse(file.fileName(), QCoreApplication::translate("Import", "the file is empty"));
    QStringList fields;
    for (const QByteArray &f : std::as_const(raw))
        fields << QString::fromUtf8(f);
    const CsvHeaderOutcome header = analyzeCsvHeader(fields);
    if (!header.ok)
        return refuse(file.fileName(),
                      header.looksLikeHeader
                          ? header.reason
                          : QCoreApplication::translate(
                                "Import", "this is not a log file Vigie knows (expected "
                                          "JSON, JSON Lines or a CSV log export)"));
    switch (header.header.kind) {
    case CsvKind::PortalSignIns:
        report.format = Format::PortalCsvSignIns;
        break;
    case CsvKind::PortalAudits:
        report.format = Format::PortalCsvAudits;
        break;
    case CsvKind::LogAnalytics:
        report.format = Format::LogAnalyticsCsv;
        break;
    }
    while (reader.next(raw)) {
        if (raw.size() == 1 && raw[0].isEmpty())
            continue; // blank line
        if (reader.unterminated()) {
            ingest.reject(
                reader.recordLine(),
                QCoreApplication::translate("Import", "the last record is cut (open quote)"));
            report.truncated = true;
            report.truncation =
                QCoreApplication::translate(
                    "Import", "the file is cut in line %1: the whole records before were kept")
                    .arg(reader.recordLine());
            break;
        }
        fields.clear();
        QByteArray seed;
        for (const QByteArray &f : std::as_const(raw)) {
            fields << QString::fromUtf8(f);
            seed += f;
            seed += '\x1f';
        }
        ingest.csvRow(reader.recordLine(), header.header, fields, seed);
        if (ingest.failed())
            return ingest.error();
        ingest.progress(reader.bytesRead(), size);
    }
    if (!reader.errorString().isEmpty())
        return refuse(file.fileName(), reader.errorString());
    ingest.progress(size, size);
    return {};
}

bool validUtf8(const QByteArray &sniff, bool atEnd)
{
    QByteArray text = sniff;
    if (!atEnd) {
        // Do not judge a character cut by the sniff window.
        qsizetype cut = text.size();
        for (int i = 1; i <= 3 && cut - i >= 0; ++i) {
            const uchar c = uchar(text[cut - i]);
            if ((c & 0xC0) == 0xC0) {
                text.truncate(cut - i);
                break;
            }
            if ((c & 0x80) == 0)
                break;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString s = decoder(text);
    return !decoder.hasError();
}

} // namespace

QString formatId(Format format)
{
    switch (format) {
    case Format::GraphJson:
        return QStringLiteral("graph-json");
    case Format::JsonArray:
        return QStringLiteral("json-array");
    case Format::JsonLines:
        return QStringLiteral("json-lines");
    case Format::PortalCsvSignIns:
        return QStringLiteral("entra-portal-csv-signins");
    case Format::PortalCsvAudits:
        return QStringLiteral("entra-portal-csv-audits");
    case Format::LogAnalyticsJson:
        return QStringLiteral("log-analytics-json");
    case Format::LogAnalyticsCsv:
        return QStringLiteral("log-analytics-csv");
    case Format::AzureMonitorJson:
        return QStringLiteral("azure-monitor-json");
    case Format::AzureMonitorJsonLines:
        return QStringLiteral("azure-monitor-json-lines");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString formatDescription(Format format)
{
    switch (format) {
    case Format::GraphJson:
        return QCoreApplication::translate("Import", "Graph JSON");
    case Format::JsonArray:
        return QCoreApplication::translate("Import", "JSON array (Graph or Entra portal download)");
    case Format::JsonLines:
        return QCoreApplication::translate("Import", "JSON Lines");
    case Format::PortalCsvSignIns:
        return QCoreApplication::translate("Import", "Entra portal CSV (sign-ins)");
    case Format::PortalCsvAudits:
        return QCoreApplication::translate("Import", "Entra portal CSV (audit logs)");
    case Format::LogAnalyticsJson:
        return QCoreApplication::translate("Import", "Log Analytics export (JSON)");
    case Format::LogAnalyticsCsv:
        return QCoreApplication::translate("Import", "Log Analytics export (CSV)");
    case Format::AzureMonitorJson:
        return QCoreApplication::translate("Import", "Azure Monitor diagnostic export (JSON)");
    case Format::AzureMonitorJsonLines:
        return QCoreApplication::translate("Import",
                                           "Azure Monitor diagnostic export (JSON Lines)");
    case Format::Unknown:
        break;
    }
    return QCoreApplication::translate("Import", "unknown");
}

Result<ImportReport> importFile(store::Database &db, const QString &path,
                                const ImportOptions &options)
{
    ImportReport report;
    report.path = path;
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Import", "%1: no such file")
                               .arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, file.errorString());
    const qint64 size = file.size();
    const QByteArray sniff = file.peek(kSniffBytes);
    const bool bom = sniff.startsWith("\xEF\xBB\xBF");
    const QByteArray body = bom ? sniff.mid(3) : sniff;
    if (body.trimmed().isEmpty() && size <= kSniffBytes)
        return refuse(path, QCoreApplication::translate("Import", "the file is empty"));
    if (body.contains('\0') || !validUtf8(body, size <= kSniffBytes))
        return refuse(path,
                      QCoreApplication::translate(
                          "Import", "this is a binary file, not a log export (expected JSON, JSON "
                                    "Lines or CSV in UTF-8)"));

    Ingest ingest(db, options, report);
    const QByteArray start = body.trimmed();
    Status read;
    qCInfo(lcImport) << "importing" << path << size << "bytes";
    if (start.startsWith('[') || start.startsWith('{')) {
        bool lines = false;
        if (start.startsWith('{')) {
            const qsizetype lead = body.indexOf('{');
            const qsizetype nl = body.indexOf('\n', lead);
            if (nl > 0) {
                QJsonParseError err{};
                const QJsonDocument first =
                    QJsonDocument::fromJson(body.mid(lead, nl - lead), &err);
                lines = err.error == QJsonParseError::NoError && first.isObject();
            }
        }
        if (lines) {
            ingest.container = Container::Lines;
            read = readJsonLines(file, size, ingest, report);
        } else {
            file.close();
            read = readJsonDocument(path, size, bom, ingest, report, lines);
            if (read && lines) {
                if (!file.open(QIODevice::ReadOnly))
                    return refuse(path, file.errorString());
                ingest.container = Container::Lines;
                read = readJsonLines(file, size, ingest, report);
            }
        }
    } else {
        ingest.container = Container::Csv;
        read = readCsv(file, size, ingest, report);
    }
    if (!read)
        return read.error();
    if (!ingest.finish())
        return ingest.error();

    if (report.records == 0)
        return refuse(path, QCoreApplication::translate(
                                "Import", "the file holds no sign-in or audit records"));
    if (ingest.mapped() == 0)
        return refuse(path,
                      QCoreApplication::translate(
                          "Import", "the file holds no sign-in or audit records (first record: %1)")
                          .arg(ingest.firstReason()));
    if (ingest.noCustomer() > 0 && report.taken + report.duplicates == 0)
        return refuse(path,
                      QCoreApplication::translate(
                          "Import", "the records do not say which customer they belong to; run the "
                                    "import again with --customer ID"));
    if (report.format == Format::Unknown)
        report.format = formatFor(ingest.container, RecordShape::Graph);
    qCInfo(lcImport) << "imported" << path << formatId(report.format) << "taken" << report.taken
                     << "duplicates" << report.duplicates << "rejected" << report.rejected;
    return report;
}

} // namespace vigie::import
