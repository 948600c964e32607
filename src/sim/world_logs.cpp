// The world's per-tenant log streams: background admin sign-ins and audits,
// the lazily generated bulk of consumer sign-ins (JSON written by hand),
// injected detection cases, and the pages and lookups the Graph auditLogs
// endpoints serve from them.
#include "sim/datetime.h"
#include "sim/rng.h"
#include "sim/world.h"
#include "sim/world_p.h"

#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <cmath>

namespace vigie::sim {

namespace {

using detail::kDayMs;
using detail::utc;

// Relative consumer sign-in volume per UTC hour (diurnal curve, Europe).
constexpr double kHourWeights[24] = {0.30, 0.20, 0.15, 0.15, 0.20, 0.40, 0.80, 1.20,
                                     1.40, 1.40, 1.30, 1.30, 1.40, 1.30, 1.20, 1.20,
                                     1.30, 1.50, 1.70, 1.80, 1.60, 1.20, 0.80, 0.50};

struct Place
{
    const char *city;
    const char *state;
    const char *country;
    double lat;
    double lon;
};
constexpr Place kPlaces[] = {
    {"Paris", "Paris", "FR", 48.8566, 2.3522},
    {"Lyon", "Auvergne-Rhone-Alpes", "FR", 45.764, 4.8357},
    {"Marseille", "Provence-Alpes-Cote d'Azur", "FR", 43.2965, 5.3698},
    {"Lille", "Hauts-de-France", "FR", 50.6292, 3.0573},
    {"Bordeaux", "Nouvelle-Aquitaine", "FR", 44.8378, -0.5792},
    {"Nantes", "Pays de la Loire", "FR", 47.2184, -1.5536},
    {"Brussels", "Brussels", "BE", 50.8503, 4.3517},
    {"Liege", "Wallonia", "BE", 50.6326, 5.5797},
};

struct Device
{
    const char *os;
    const char *browser;
};
constexpr Device kDevices[] = {
    {"Windows 10", "Edge 122.0.2365"},
    {"Windows 10", "Chrome 123.0.6312"},
    {"MacOs", "Safari 17.3"},
    {"Ios 17", "Mobile Safari 17.3"},
    {"Android 14", "Chrome Mobile 123"},
};

QString hex(quint64 v, int width)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

// Inverse CDF of the diurnal curve: fraction of the day's events -> fraction of the day.
double diurnalInverse(double f)
{
    static const auto cdf = [] {
        std::array<double, 25> c{};
        double sum = 0;
        for (double w : kHourWeights)
            sum += w;
        c[0] = 0;
        for (int h = 0; h < 24; ++h)
            c[h + 1] = c[h] + kHourWeights[h] / sum;
        c[24] = 1.0;
        return c;
    }();
    int h = int(std::upper_bound(cdf.begin(), cdf.end(), f) - cdf.begin()) - 1;
    h = std::clamp(h, 0, 23);
    const double span = cdf[h + 1] - cdf[h];
    const double within = span > 0 ? (f - cdf[h]) / span : 0;
    return (h + std::clamp(within, 0.0, 0.999999)) / 24.0;
}

} // namespace

void World::generateBackgroundExtras()
{
    m_signInExtras.resize(m_customers.size());
    m_auditExtras.resize(m_customers.size());
    const qint64 start = m_logStartMs;
    for (const Customer &c : std::as_const(m_customers)) {
        QVector<Extra> &si = m_signInExtras[c.index];
        QVector<Extra> &au = m_auditExtras[c.index];
        for (int d = 0; d < m_cfg.logDays; ++d) {
            const qint64 dayMs = start + d * kDayMs;
            const int dow = utc(dayMs).date().dayOfWeek();
            if (dow >= 6)
                continue;
            // Working hours: 08:00-15:00 UTC is inside 07:30-19:30 Paris all year.
            for (int a = 0; a < int(c.admins.size()); ++a) {
                const quint64 h = hashOf(m_cfg.seed, 0x51, quint64(c.index), quint64(d * 8 + a));
                Extra e;
                e.ms = dayMs + 8 * 3600000LL + qint64(h % (7 * 3600000ULL));
                e.bgKind = 0;
                e.key = quint64(a) | (quint64(d) << 8);
                e.id = guidOf(m_cfg.seed, 0x52, quint64(c.index), e.key);
                si.append(e);
            }
            for (int k = 0; k < m_cfg.auditsPerWeekday; ++k) {
                const quint64 h = hashOf(m_cfg.seed, 0x53, quint64(c.index), quint64(d * 1000 + k));
                Extra e;
                e.ms = dayMs + 8 * 3600000LL + qint64(h % (7 * 3600000ULL));
                e.bgKind = 1;
                e.key = quint64(k) | (quint64(d) << 16);
                e.id = QStringLiteral("Directory_%1_%2_%3")
                           .arg(guidOf(m_cfg.seed, 0x54, quint64(c.index), e.key))
                           .arg(QString::fromLatin1("ZP3LQ"))
                           .arg(h % 100000000ULL, 8, 10, QLatin1Char('0'));
                au.append(e);
            }
        }
        auto byTime = [](const Extra &a, const Extra &b) {
            return a.ms != b.ms ? a.ms < b.ms : a.id < b.id;
        };
        std::sort(si.begin(), si.end(), byTime);
        std::sort(au.begin(), au.end(), byTime);
    }
}

// ---- lazy background sign-ins ----------------------------------------------

qint64 World::bulkTimeMs(qint64 i) const
{
    const int d =
        int(std::upper_bound(m_dayPrefix.cbegin(), m_dayPrefix.cend(), i) - m_dayPrefix.cbegin()) -
        1;
    const qint64 k = i - m_dayPrefix[d];
    const qint64 count = m_dayPrefix[d + 1] - m_dayPrefix[d];
    const double u = unitOf(hashOf(m_cfg.seed, 0x61, quint64(i)));
    const double frac = (double(k) + u) / double(count);
    return m_logStartMs + d * kDayMs + qint64(diurnalInverse(frac) * double(kDayMs));
}

QString World::bulkSignInId(int customerIndex, qint64 i) const
{
    // The last 12 hex digits carry the index so GET by id needs no table.
    const quint64 h = hashOf(m_cfg.seed, 0x62, quint64(customerIndex), quint64(i));
    return QStringLiteral("%1-%2-4%3-a%4-%5")
        .arg(hex(h >> 32, 8), hex((h >> 16) & 0xffff, 4), hex((h >> 4) & 0xfff, 3),
             hex(quint64(customerIndex) & 0xfff, 3), hex(quint64(i), 12));
}

namespace {

// JSON text written by hand for the bulk of the world's sign-ins: a page of
// 1,000 built as QJsonObjects cost more than the client's whole sync of it.
void putString(QByteArray &out, QStringView v)
{
    out += '"';
    for (QChar ch : v) {
        const char16_t u = ch.unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            out += QString(ch).toUtf8();
        }
    }
    out += '"';
}

void putField(QByteArray &out, const char *key, QStringView v)
{
    out += '"';
    out += key;
    out += "\":";
    putString(out, v);
    out += ',';
}

} // namespace

QByteArray World::bulkSignInJson(int ci, qint64 i) const
{
    const Customer &c = m_customers[ci];
    const qint64 ms = bulkTimeMs(i);
    const int d =
        int(std::upper_bound(m_dayPrefix.cbegin(), m_dayPrefix.cend(), i) - m_dayPrefix.cbegin()) -
        1;
    const qint64 k = i - m_dayPrefix[d];
    const qint64 count = m_dayPrefix[d + 1] - m_dayPrefix[d];
    // Failures spread evenly in index space: a fixed number per day, so daily
    // volumes (C7/C9 baselines) are flat and per-hour counts stay low (C4/C5).
    const qint64 f = std::min<qint64>(48, count / 10);
    const bool failed = f > 0 && (k * f) / count != ((k + 1) * f) / count;
    const qint64 j = (k * f) / (count > 0 ? count : 1);
    int errorCode = 0;
    if (failed)
        errorCode = (j % 4 == 3) ? 50053 : 50126;

    const quint64 pool = quint64(std::clamp<qint64>(m_cfg.signInsPerTenant / 20, 50, 50000));
    const quint64 h = hashOf(m_cfg.seed, 0x63, quint64(ci), quint64(i));
    const quint64 u = h % pool;
    const quint64 uh = hashOf(m_cfg.seed, 0x64, quint64(ci), u);
    const QString userId = guidFrom(uh, hashOf(uh));
    const Place &pl = kPlaces[(uh >> 8) % 8];
    const Device &dev = kDevices[(uh >> 16) % 5];
    const bool proxy = (h >> 20) % 10 < 8;
    const QString appId = guidOf(m_cfg.seed, 0x65, quint64(ci), proxy ? 1 : 2);

    QByteArray out;
    out.reserve(1400);
    out += '{';
    putField(out, "id", bulkSignInId(ci, i));
    putField(out, "createdDateTime", wireTime(ms, h >> 3));
    putField(out, "userDisplayName", QStringLiteral("Consumer %1").arg(u));
    putField(out, "userPrincipalName", userId + QLatin1Char('@') + c.b2cDomain);
    putField(out, "userId", userId);
    putField(out, "appId", appId);
    putField(out, "appDisplayName",
             proxy ? QStringLiteral("ProxyIdentityExperienceFramework")
                   : QStringLiteral("CPIM PowerShell Client"));
    out += "\"ipAddress\":\"90.";
    out += QByteArray::number((uh >> 24) % 120 + 1) + '.' + QByteArray::number((uh >> 32) % 256) +
           '.' + QByteArray::number((uh >> 40) % 254 + 1);
    out += "\",\"clientAppUsed\":\"Browser\",";
    putField(out, "correlationId", guidFrom(h ^ 0x5555, hashOf(h)));
    out += "\"conditionalAccessStatus\":\"notApplied\",\"isInteractive\":true,"
           "\"riskDetail\":\"none\",\"riskLevelAggregated\":\"none\","
           "\"riskLevelDuringSignIn\":\"none\",\"riskState\":\"none\","
           "\"riskEventTypes\":[],\"riskEventTypes_v2\":[],"
           "\"resourceDisplayName\":\"Windows Azure Active Directory\","
           "\"resourceId\":\"00000002-0000-0000-c000-000000000000\",";
    out += "\"status\":{\"errorCode\":" + QByteArray::number(errorCode);
    if (errorCode == 50126)
        out += ",\"failureReason\":\"Error validating credentials due to invalid username or "
               "password.\",\"additionalDetails\":\"The user didn't enter the right "
               "credentials.\"},";
    else if (errorCode == 50053)
        out += ",\"failureReason\":\"Account is locked because user tried to sign in too many "
               "times with an incorrect user ID or password.\",\"additionalDetails\":null},";
    else
        out += ",\"failureReason\":null,\"additionalDetails\":null},";
    out += "\"deviceDetail\":{\"deviceId\":\"\",\"displayName\":null,";
    putField(out, "operatingSystem", QString::fromLatin1(dev.os));
    putField(out, "browser", QString::fromLatin1(dev.browser));
    out += "\"isCompliant\":null,\"isManaged\":null,\"trustType\":null},";
    out += "\"location\":{";
    putField(out, "city", QString::fromLatin1(pl.city));
    putField(out, "state", QString::fromLatin1(pl.state));
    putField(out, "countryOrRegion", QString::fromLatin1(pl.country));
    out += "\"geoCoordinates\":{\"altitude\":null,\"latitude\":" +
           QByteArray::number(pl.lat, 'g', QLocale::FloatingPointShortest) +
           ",\"longitude\":" + QByteArray::number(pl.lon, 'g', QLocale::FloatingPointShortest) +
           "}},";
    out += "\"appliedConditionalAccessPolicies\":[]}";
    return out;
}

QJsonObject World::bulkSignIn(int ci, qint64 i) const
{
    return QJsonDocument::fromJson(bulkSignInJson(ci, i)).object();
}

QJsonObject World::adminSignIn(int ci, const Extra &e) const
{
    const Customer &c = m_customers[ci];
    const int a = int(e.key & 0xff);
    const QString upn = c.admins.value(a);
    const QString userId = guidOf(m_cfg.seed, 0x71, quint64(ci), quint64(a));
    const quint64 h = hashOf(m_cfg.seed, 0x72, quint64(ci), e.key);
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("createdDateTime"), wireTime(e.ms, h)},
        {QStringLiteral("userDisplayName"),
         a == 0 ? QStringLiteral("IT Admin") : QStringLiteral("Helpdesk")},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("appId"), QStringLiteral("c44b4083-3bb0-49c1-b47d-974e53cbdf3c")},
        {QStringLiteral("appDisplayName"), QStringLiteral("Azure Portal")},
        {QStringLiteral("ipAddress"), c.officeIp},
        {QStringLiteral("clientAppUsed"), QStringLiteral("Browser")},
        {QStringLiteral("correlationId"), guidFrom(h, hashOf(h))},
        {QStringLiteral("conditionalAccessStatus"), QStringLiteral("success")},
        {QStringLiteral("isInteractive"), true},
        {QStringLiteral("riskDetail"), QStringLiteral("none")},
        {QStringLiteral("riskLevelAggregated"), QStringLiteral("none")},
        {QStringLiteral("riskLevelDuringSignIn"), QStringLiteral("none")},
        {QStringLiteral("riskState"), QStringLiteral("none")},
        {QStringLiteral("riskEventTypes"), QJsonArray{}},
        {QStringLiteral("riskEventTypes_v2"), QJsonArray{}},
        {QStringLiteral("resourceDisplayName"),
         QStringLiteral("Windows Azure Service Management API")},
        {QStringLiteral("resourceId"), QStringLiteral("797f4846-ba00-4fd7-ba43-dac1f8f63013")},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("errorCode"), 0},
                     {QStringLiteral("failureReason"), QJsonValue()},
                     {QStringLiteral("additionalDetails"), QJsonValue()}}},
        {QStringLiteral("deviceDetail"),
         QJsonObject{
             {QStringLiteral("deviceId"), guidOf(m_cfg.seed, 0x73, quint64(ci), quint64(a))},
             {QStringLiteral("displayName"), QStringLiteral("ADMIN-PC-%1").arg(a + 1)},
             {QStringLiteral("operatingSystem"), QStringLiteral("Windows 10")},
             {QStringLiteral("browser"), QStringLiteral("Edge 122.0.2365")},
             {QStringLiteral("isCompliant"), true},
             {QStringLiteral("isManaged"), true},
             {QStringLiteral("trustType"), QStringLiteral("Azure AD joined")}}},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("city"), QStringLiteral("Paris")},
                     {QStringLiteral("state"), QStringLiteral("Paris")},
                     {QStringLiteral("countryOrRegion"), QStringLiteral("FR")},
                     {QStringLiteral("geoCoordinates"),
                      QJsonObject{{QStringLiteral("altitude"), QJsonValue()},
                                  {QStringLiteral("latitude"), 48.8566},
                                  {QStringLiteral("longitude"), 2.3522}}}}},
        {QStringLiteral("appliedConditionalAccessPolicies"), QJsonArray{}},
    };
}

QJsonObject World::adminAudit(int ci, const Extra &e) const
{
    const Customer &c = m_customers[ci];
    const quint64 h = hashOf(m_cfg.seed, 0x81, quint64(ci), e.key);
    const int a = int(h % quint64(std::max<qsizetype>(1, c.admins.size())));
    const quint64 pool = quint64(std::clamp<qint64>(m_cfg.signInsPerTenant / 20, 50, 50000));
    const quint64 u = (h >> 8) % pool;
    const quint64 uh = hashOf(m_cfg.seed, 0x64, quint64(ci), u);
    const QString userId = guidFrom(uh, hashOf(uh));
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("category"), QStringLiteral("UserManagement")},
        {QStringLiteral("correlationId"), guidFrom(h, hashOf(h, 1))},
        {QStringLiteral("result"), QStringLiteral("success")},
        {QStringLiteral("resultReason"), QString()},
        {QStringLiteral("activityDisplayName"), QStringLiteral("Update user")},
        {QStringLiteral("activityDateTime"), wireTime(e.ms, h >> 5)},
        {QStringLiteral("loggedByService"), QStringLiteral("Core Directory")},
        {QStringLiteral("operationType"), QStringLiteral("Update")},
        {QStringLiteral("initiatedBy"),
         QJsonObject{
             {QStringLiteral("user"),
              QJsonObject{{QStringLiteral("id"), guidOf(m_cfg.seed, 0x71, quint64(ci), quint64(a))},
                          {QStringLiteral("displayName"), QJsonValue()},
                          {QStringLiteral("userPrincipalName"), c.admins.value(a)},
                          {QStringLiteral("ipAddress"), c.officeIp}}},
             {QStringLiteral("app"), QJsonValue()}}},
        {QStringLiteral("targetResources"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), userId},
             {QStringLiteral("displayName"), QJsonValue()},
             {QStringLiteral("type"), QStringLiteral("User")},
             {QStringLiteral("userPrincipalName"), userId + QLatin1Char('@') + c.b2cDomain},
             {QStringLiteral("groupType"), QJsonValue()},
             {QStringLiteral("modifiedProperties"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("displayName"), QStringLiteral("DisplayName")},
                  {QStringLiteral("oldValue"), QStringLiteral("[\"Consumer %1\"]").arg(u)},
                  {QStringLiteral("newValue"),
                   QStringLiteral("[\"Consumer %1 (updated)\"]").arg(u)}}}}}}},
        {QStringLiteral("additionalDetails"),
         QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("User-Agent")},
                                {QStringLiteral("value"),
                                 QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")}}}},
    };
}

QJsonObject World::extraJson(int ci, LogStream stream, const Extra &e) const
{
    if (e.bgKind < 0) {
        UnpackedBlock block;
        return QJsonDocument::fromJson(extraText(ci, stream, e, block)).object();
    }
    return stream == LogStream::SignIns ? adminSignIn(ci, e) : adminAudit(ci, e);
}

QByteArray World::extraText(int ci, LogStream stream, const Extra &e, UnpackedBlock &cache) const
{
    if (e.bgKind >= 0)
        return QJsonDocument(extraJson(ci, stream, e)).toJson(QJsonDocument::Compact);
    const qsizetype index = qsizetype(e.key >> 16);
    if (cache.index != index) {
        cache.index = index;
        cache.items = qUncompress(m_packedBlocks.at(index)).split('\n');
    }
    return cache.items.value(qsizetype(e.key & 0xffff));
}

const QVector<World::Extra> &World::extras(int ci, LogStream stream) const
{
    ensureCases();
    return stream == LogStream::SignIns ? m_signInExtras[ci] : m_auditExtras[ci];
}

qint64 World::bulkLowerBound(qint64 ms) const
{
    qint64 lo = 0, hi = m_cfg.signInsPerTenant;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (bulkTimeMs(mid) < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qint64 World::extraLowerBound(const QVector<Extra> &v, qint64 ms)
{
    return std::lower_bound(v.cbegin(), v.cend(), ms,
                            [](const Extra &e, qint64 t) { return e.ms < t; }) -
           v.cbegin();
}

QList<QJsonObject> LogPage::objects() const
{
    QList<QJsonObject> out;
    out.reserve(items.size());
    for (const QByteArray &text : items)
        out.append(QJsonDocument::fromJson(text).object());
    return out;
}

LogPage World::logPage(int ci, LogStream stream, qint64 fromMs, qint64 toMs,
                       const std::optional<LogCursor> &cursor, int top) const
{
    LogPage page;
    const bool withBulk = stream == LogStream::SignIns;
    const qint64 bLo = withBulk ? bulkLowerBound(fromMs) : 0;
    const qint64 bHiAll =
        withBulk ? bulkLowerBound(toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1) : 0;
    const QVector<Extra> &ex = extras(ci, stream);
    const qint64 eLo = extraLowerBound(ex, fromMs);
    const qint64 eHiAll =
        extraLowerBound(ex, toMs == std::numeric_limits<qint64>::max() ? toMs : toMs + 1);
    qint64 b = cursor ? std::clamp(cursor->bulk, bLo, bHiAll) : bHiAll;
    qint64 e = cursor ? std::clamp(cursor->extra, eLo, eHiAll) : eHiAll;
    UnpackedBlock block;
    while (int(page.items.size()) < top && (b > bLo || e > eLo)) {
        const qint64 tb = b > bLo ? bulkTimeMs(b - 1) : std::numeric_limits<qint64>::min();
        const qint64 te = e > eLo ? ex[e - 1].ms : std::numeric_limits<qint64>::min();
        if (e > eLo && te >= tb) {
            page.items.append(extraText(ci, stream, ex[e - 1], block));
            --e;
        } else {
            page.items.append(bulkSignInJson(ci, b - 1));
            --b;
        }
    }
    if (b > bLo || e > eLo)
        page.next = LogCursor{b, e};
    return page;
}

std::optional<QJsonObject> World::logEvent(int ci, LogStream stream, const QString &id) const
{
    for (const Extra &e : extras(ci, stream))
        if (e.id.compare(id, Qt::CaseInsensitive) == 0)
            return extraJson(ci, stream, e);
    if (stream == LogStream::SignIns && id.size() == 36) {
        bool ok = false;
        const qint64 i = id.right(12).toLongLong(&ok, 16);
        if (ok && i >= 0 && i < m_cfg.signInsPerTenant &&
            bulkSignInId(ci, i).compare(id, Qt::CaseInsensitive) == 0)
            return bulkSignIn(ci, i);
    }
    return std::nullopt;
}

qint64 World::logCount(int ci, LogStream stream) const
{
    return extras(ci, stream).size() + (stream == LogStream::SignIns ? m_cfg.signInsPerTenant : 0);
}

void World::addInjectedEvents(const QString &customerTenantId, LogStream stream,
                              const QList<QJsonObject> &events)
{
    const QString timeKey = stream == LogStream::SignIns ? QStringLiteral("createdDateTime")
                                                         : QStringLiteral("activityDateTime");
    QList<InjectedEvent> packed;
    packed.reserve(events.size());
    for (const QJsonObject &ev : events)
        packed.append(
            InjectedEvent{ev.value(QStringLiteral("id")).toString(),
                          parseDateTimeOffset(ev.value(timeKey).toString()).toMSecsSinceEpoch(),
                          QJsonDocument(ev).toJson(QJsonDocument::Compact)});
    addInjectedEvents(customerTenantId, stream, packed);
}

void World::addInjectedEvents(const QString &customerTenantId, LogStream stream,
                              const QList<InjectedEvent> &events)
{
    if (!customer(customerTenantId))
        return;
    addPackedEvents(customerTenantId, stream, packEvents(events));
}

World::PackedEvents World::packEvents(const QList<InjectedEvent> &events,
                                      const std::atomic<bool> *cancel)
{
    // Events per compressed block: large enough for zlib to find the
    // repeated field names and values, small enough to unpack per page.
    constexpr qsizetype kPackBlock = 64;
    PackedEvents out;
    out.entries.reserve(events.size());
    for (qsizetype first = 0; first < events.size(); first += kPackBlock) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qsizetype n = std::min(kPackBlock, events.size() - first);
        const int block = int(out.blocks.size());
        QByteArray text;
        for (qsizetype k = 0; k < n; ++k) {
            const InjectedEvent &ev = events.at(first + k);
            if (k > 0)
                text += '\n';
            text += ev.json;
            out.entries.append(PackedEvents::Entry{ev.ms, ev.id, block, int(k)});
        }
        QByteArray packed = qCompress(text, 6);
        packed.squeeze(); // qCompress leaves the input's size as capacity: 64 KiB a block
        out.blocks.append(packed);
    }
    return out;
}

void World::addPackedEvents(const QString &customerTenantId, LogStream stream,
                            const PackedEvents &packed)
{
    ensureCases(); // after the generated cases, as when those were added inline
    if (const Customer *c = customer(customerTenantId))
        appendPacked(c->index, stream, packed);
}

void World::appendPacked(int ci, LogStream stream, const PackedEvents &packed) const
{
    QVector<Extra> &v = stream == LogStream::SignIns ? m_signInExtras[ci] : m_auditExtras[ci];
    const quint64 offset = quint64(m_packedBlocks.size());
    m_packedBlocks.append(packed.blocks);
    v.reserve(v.size() + packed.entries.size());
    for (const PackedEvents::Entry &entry : packed.entries) {
        Extra e;
        e.ms = entry.ms;
        e.id = entry.id;
        e.key = (offset + quint64(entry.block)) << 16 | quint64(entry.slot);
        v.append(e);
    }
    std::stable_sort(v.begin(), v.end(),
                     [](const Extra &a, const Extra &b) { return a.ms < b.ms; });
}

} // namespace vigie::sim
