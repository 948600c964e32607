#include "targets.h"

#include "import/csvreader.h"
#include "import/importer.h"
#include "import/mapping.h"
#include "net/auth.h"
#include "net/http.h"
#include "net/logpages.h"
#include "net/parsers.h"
#include "store/cache.h"
#include "store/database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace vigie::fuzz {

namespace {

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Same customer and base URLs as the sync uses, so relative links resolve
// the way they do in a real run.
const QString kCustomer = QStringLiteral("3f2a8c1e-5b7d-4e9a-8c2f-1a2b3c4d5e6f");
const QUrl
    kGraphUrl(QStringLiteral("https://graph.microsoft.com/v1.0/security/alerts_v2?$top=200"));
const QUrl kPcBase(QStringLiteral("https://api.partnercenter.microsoft.com"));
const QUrl kPcUrl(QStringLiteral("https://api.partnercenter.microsoft.com/v1/customers"));
const QUrl kArmUrl(QStringLiteral(
    "https://management.azure.com/subscriptions/0/providers/Microsoft.CostManagement/query"));

// Every nextLink a parser returns goes to the job, which refuses any scheme
// but https (and http to loopback) before a request is sent; the parser itself
// must only never crash on it.
void touch(const QUrl &u)
{
    if (!u.isEmpty())
        (void)u.toString(QUrl::FullyEncoded);
}

// ---- import --------------------------------------------------------------

// importFile needs a file and a cache. The cache is in memory and fresh for
// every input, so a run depends on its input alone (reproducible findings).
int importFileTarget(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/vigie-fuzz-XXXXXX"));
    static const QString path = dir.filePath(QStringLiteral("input"));
    {
        QFile f(path);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input file");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto db = store::openCache(QStringLiteral(":memory:"));
    check(bool(db), "cannot open an in-memory cache");
    import::ImportOptions options;
    // Odd-sized inputs name no customer: the records must (tenantId & co).
    if (size % 2 == 0)
        options.customerId = kCustomer;
    options.batchSize = 7; // several transactions even for small inputs
    const Result<import::ImportReport> r = import::importFile(**db, path, options);
    if (r) {
        check(r->taken + r->duplicates + r->rejected <= r->records + 1,
              "more records accounted for than read");
        check(r->taken == r->signIns + r->audits, "taken != sign-ins + audits");
        check(r->rejections.size() <= options.maxRejections, "too many rejections listed");
        check(r->taken == 0 || r->firstEventMs <= r->lastEventMs, "event range reversed");
    } else {
        check(!r.error().message.isEmpty(), "a refusal without a message");
    }
    return 0;
}

// One JSON record (Graph, Log Analytics or Azure Monitor shape) mapped onto
// SignIn / AuditEvent without the cache: fast, so it reaches deep mapping.
int importRecordTarget(const uint8_t *data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(in);
    if (!doc.isObject())
        return 0;
    import::RecordShape shape;
    (void)import::detectShape(doc.object(), shape);
    import::MapOutcome m = import::mapJsonRecord(doc.object(), QStringLiteral("json-lines"));
    if (!m.ok) {
        check(!m.reason.isEmpty(), "a rejected record without a reason");
        return 0;
    }
    if (m.record.kind == import::LogKind::SignIn) {
        SignIn row;
        const import::RowOutcome r = import::toSignIn(m.record, in, in, row);
        check(!r.ok || !row.id.isEmpty(), "a sign-in without an id");
    } else {
        AuditEvent row;
        const import::RowOutcome r = import::toAudit(m.record, in, in, row);
        check(!r.ok || !row.id.isEmpty(), "an audit without an id");
    }
    return 0;
}

// A CSV log export: the streaming reader, header analysis and row mapping.
int importCsvTarget(const uint8_t *data, size_t size)
{
    QByteArray in = bytes(data, size);
    QBuffer buffer(&in);
    buffer.open(QIODevice::ReadOnly);
    import::CsvReader reader(buffer);
    QList<QByteArray> raw;
    if (!reader.next(raw))
        return 0;
    QStringList fields;
    for (const QByteArray &f : std::as_const(raw))
        fields << QString::fromUtf8(f);
    const import::CsvHeaderOutcome header = import::analyzeCsvHeader(fields);
    if (!header.ok)
        return 0;
    qint64 lastLine = 0;
    while (reader.next(raw)) {
        check(reader.recordLine() >= lastLine, "record lines go backwards");
        lastLine = reader.recordLine();
        check(reader.bytesRead() <= qint64(size), "read past the end of the input");
        if (reader.unterminated())
            break;
        fields.clear();
        QByteArray seed;
        for (const QByteArray &f : std::as_const(raw)) {
            fields << QString::fromUtf8(f);
            seed += f;
            seed += '\x1f';
        }
        import::MapOutcome m =
            import::mapCsvRow(header.header, fields, QStringLiteral("entra-portal-csv-signins"));
        if (!m.ok)
            continue;
        if (m.record.kind == import::LogKind::SignIn) {
            SignIn row;
            (void)import::toSignIn(m.record, seed, QByteArray(), row);
        } else {
            AuditEvent row;
            (void)import::toAudit(m.record, seed, QByteArray(), row);
        }
    }
    (void)import::parseLogTime(QString::fromUtf8(in.left(64)));
    return 0;
}

// ---- net -----------------------------------------------------------------

// The partner's alerts page (Graph), then each alert, as graphPager does.
int netAlertsTarget(const uint8_t *data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const auto page = net::parseGraphPage(in, kGraphUrl);
    if (!page)
        return 0;
    touch(page->nextLink);
    for (const QJsonValue &v : page->items) {
        if (!v.isObject())
            continue;
        if (const auto a = net::parseAlert(v.toObject()))
            check(!a->id.isEmpty(), "an alert without an id");
    }
    // A single alert (GET alerts_v2/{id}) and the organization profile.
    const QJsonObject o = QJsonDocument::fromJson(in).object();
    (void)net::parseAlert(o);
    (void)net::parseOrganizationProfile(o);
    return 0;
}

// Partner Center pages: customers, subscriptions, entitlements, resellers.
int netPartnerTarget(const uint8_t *data, size_t size)
{
    const QByteArray in = bytes(data, size);
    const auto page = net::parsePcPage(in, kPcUrl);
    if (!page)
        return 0;
    if (page->next)
        touch(net::resolvePcLink(kPcBase, page->next->uri));
    for (const QJsonValue &v : page->items) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        if (const auto c = net::parseCustomer(o))
            check(!c->id.isEmpty(), "a customer without an id");
        (void)net::parseSubscription(o, kCustomer);
        (void)net::parseEntitlement(o, kCustomer);
        (void)net::parseReseller(o, kCustomer);
    }
    return 0;
}

int netCostTarget(const uint8_t *data, size_t size)
{
    const auto page =
        net::parseCostPage(bytes(data, size), kArmUrl,
                           QStringLiteral("0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"), kCustomer);
    if (page) {
        touch(page->nextLink);
        for (const SpendDay &d : page->days)
            check(d.day >= 19700101 && d.day <= 99991231, "a spend day out of range");
    }
    return 0;
}

// Sign-in and audit pages (rapidjson), both decoders on the same bytes.
int netLogsTarget(const uint8_t *data, size_t size)
{
    net::HttpRequest req;
    req.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1000"));
    net::HttpResponse resp;
    resp.status = 200;
    resp.body = bytes(data, size);
    if (const auto p = net::parseSignInPage(req, resp, kCustomer)) {
        for (const SignIn &s : p->items)
            check(!s.id.isEmpty(), "a sign-in without an id");
        if (p->next)
            touch(p->next->url);
    }
    if (const auto p = net::parseAuditPage(req, resp, kCustomer)) {
        for (const AuditEvent &e : p->items)
            check(!e.id.isEmpty(), "an audit without an id");
    }
    return 0;
}

int netTokenTarget(const uint8_t *data, size_t size)
{
    const QByteArray in = bytes(data, size);
    if (const auto t = net::parseTokenResponse(in))
        check(!t->accessToken.isEmpty(), "a token response without an access token");
    (void)net::oauthError(in, 400);
    return 0;
}

// Error bodies and throttling headers of every service. The first byte picks
// the HTTP status; the rest is the body and, line by line, Retry-After values.
int netErrorTarget(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {400, 401, 403, 404, 409, 412, 429, 500, 503};
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body = bytes(data + 1, size - 1);
    for (const net::Service s : {net::Service::Identity, net::Service::Graph,
                                 net::Service::PartnerCenter, net::Service::Arm}) {
        (void)net::parseServiceError(s, body);
        const Error e = net::errorForStatus(s, status, body, net::Permission::SignIns,
                                            QStringLiteral("subject"));
        check(!e.message.isEmpty(), "an HTTP error without a message");
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1764547200000, QTimeZone::utc());
    net::RawHeaders headers;
    for (const QByteArray &line : body.split('\n').mid(0, 8)) {
        if (const auto ms = net::parseRetryAfterMs(line, now))
            check(*ms >= 0, "a negative Retry-After");
        headers.append(
            {QByteArrayLiteral("x-ms-ratelimit-microsoft.costmanagement-qpu-retry-after"), line});
    }
    if (const auto ms = net::retryAfterFromHeaders(headers, now))
        check(*ms >= 0, "a negative wait from the headers");
    return 0;
}

void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

} // namespace

const std::vector<Target> &targets()
{
    static const std::vector<Target> all = {
        {"import_file", importFileTarget}, {"import_record", importRecordTarget},
        {"import_csv", importCsvTarget},   {"net_alerts", netAlertsTarget},
        {"net_partner", netPartnerTarget}, {"net_cost", netCostTarget},
        {"net_logs", netLogsTarget},       {"net_token", netTokenTarget},
        {"net_error", netErrorTarget},
    };
    return all;
}

const Target *findTarget(const char *name)
{
    for (const Target &t : targets()) {
        if (std::strcmp(t.name, name) == 0)
            return &t;
    }
    return nullptr;
}

void initialize()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    if (qEnvironmentVariableIsEmpty("VIGIE_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
}

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace vigie::fuzz
