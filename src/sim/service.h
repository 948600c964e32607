#pragma once

#include "sim/world.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <deque>
#include <memory>
#include <optional>

namespace vigie::sim {

// One HTTP request, detached from the transport.
struct Request
{
    QByteArray method; // upper case: GET, POST, PATCH...
    QString path;      // decoded path, e.g. /v1/customers
    QByteArray rawQuery;
    QList<QPair<QString, QString>> query;  // decoded ('+' = space)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    bool hasQuery(const QString &key) const;
    QString queryValue(const QString &key) const;
};

// One HTTP response plus transport instructions (faults).
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;          // slow response: wait before writing anything
    bool dropMidBody = false; // write headers + half the body, then close

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// A fault rule (control endpoint JSON has the same field names).
struct Fault
{
    int id = 0;
    QString kind;    // status | malformed | drop | slow | expireToken | forbidden |
                     // etagConflict | alertDeleted | unknownEnums | extraProperties | isTestString
    QString service; // identity | graph | pc | arm | "" (any)
    QString pathPrefix;          // case-insensitive prefix of the path, "" = any
    QString method;              // "" = any
    int count = 1;               // remaining requests it applies to; -1 = unlimited
    int status = 0;              // kind=status: HTTP status (429, 500, 503...)
    int retryAfter = -1;         // seconds; -1 = none (429 defaults to 1)
    bool retryAfterDate = false; // send Retry-After as an HTTP-date
    int delayMs = 0;             // kind=slow
    int hits = 0;

    QJsonObject toJson() const;
    static std::optional<Fault> fromJson(const QJsonObject &o, QString *error);
};

struct SimOptions
{
    int alertPageSize = 100;
    int logPageSize = 1000; // default (and max) $top for audit logs
    int costPageSize = 1000;
    int customersPageDefault = 100; // when ?size= is absent
    bool throttle = true;           // audit logs: 5 requests / 10 s per tenant
    int throttleLimit = 5;
    int throttleWindowMs = 10000;
    int tokenTtlSeconds = 3600;
    int deviceInterval = 5;
    int deviceExpiresIn = 900;
    int autoApproveAfterPolls = 0; // 0 = wait for /_sim/approve-device
    bool enforceInterval = false;  // polls faster than interval get slow_down

    QJsonObject toJson() const;
    void apply(const QJsonObject &o);
};

class Service
{
public:
    Service(const WorldConfig &config, const SimOptions &options = {});
    ~Service();

    World &world() { return *m_world; }
    SimOptions &options() { return m_opts; }

    // baseUrl: scheme://host:port used in absolute links.
    Response handle(const Request &req, const QString &baseUrl);

    void addFault(Fault f);
    void clearFaults() { m_faults.clear(); }
    QList<Fault> faults() const { return m_faults; }

    QJsonArray journal() const;
    void clearJournal() { m_journal.clear(); }

    int approveDevice(const QString &userCode = {}); // empty = every pending code
    int declineDevice(const QString &userCode = {});
    int expireDeviceCodes();
    int revokeRefreshTokens(int aadstsCode = 700082);
    int expireAccessTokens();
    void reset();

    // Mints an access token without OAuth (in-process tests, demo).
    // resource: graph | pc | arm; tenant: partner/customer id, domain, "organizations".
    QString issueAccessToken(const QString &tenant, const QString &resource,
                             const QString &scope = {}, int ttlSeconds = -1);

    static QString fingerprint(const QString &token);

private:
    struct Token
    {
        QString tenantId;
        QString resource;
        QString scope;
        QString upn;
        QDateTime expires;
    };
    struct RefreshToken
    {
        QString upn;
        int revokedCode = 0;
    };
    struct DeviceCode
    {
        QString deviceCode, userCode, tenantId, scope, clientId;
        QDateTime created;
        int expiresIn = 900;
        int interval = 5;
        QString state =
            QStringLiteral("pending"); // pending | approved | declined | expired | redeemed
        int polls = 0;
        qint64 lastPollMs = -1;
    };
    struct AuthCode
    {
        QString tenantId, scope, clientId, redirectUri, challenge, method;
        QDateTime created;
        bool used = false;
    };
    struct Ctx
    {
        const Request &req;
        QString base;
        QString service; // control | identity | graph | pc | arm | unknown
        QString requestId;
        QString clientRequestId;
        QString fingerprint; // of the bearer token, if any
        bool forceExpired = false;
        QStringList faultsApplied;
        const Token *token = nullptr;
    };

    Response dispatch(Ctx &ctx);
    Response control(Ctx &ctx);
    Response identity(Ctx &ctx, const QStringList &seg);
    Response graphAlerts(Ctx &ctx, const QStringList &seg);
    Response graphLogs(Ctx &ctx, const QStringList &seg);
    Response partnerCenter(Ctx &ctx, const QStringList &seg);
    Response cost(Ctx &ctx, const QStringList &seg);

    Response tokenSuccess(const QString &tenantId, const QString &resource, const QString &scope,
                          bool offline, bool openid, const QString &clientId, const QString &upn);
    QString resolveTenant(const QString &t) const;

    // Auth check for a data service; returns an error response or nullopt.
    std::optional<Response> checkAuth(Ctx &ctx, const QString &resource);

    Response serviceError(const Ctx &ctx, int status, const QString &code, const QString &message,
                          int retryAfter = -1, bool retryDate = false);
    static Response json(int status, const QJsonValue &v);
    void applyPostFaults(Ctx &ctx, Response &r);
    bool takeFault(Ctx &ctx, const QString &kind, Fault *out = nullptr);
    void journalRecord(const Ctx &ctx, const Response &r);
    void addCommonHeaders(const Ctx &ctx, Response &r);

    std::unique_ptr<World> m_world;
    SimOptions m_opts;
    QList<Fault> m_faults;
    int m_nextFaultId = 1;
    std::deque<QJsonObject> m_journal;
    qint64 m_journalSeq = 0;
    QHash<QString, Token> m_tokens;
    QHash<QString, RefreshToken> m_refresh;
    QList<DeviceCode> m_devices;
    QHash<QString, AuthCode> m_codes;
    QHash<QString, Response> m_idempotent; // MS-RequestId -> first response
    QHash<QString, std::deque<qint64>> m_throttle;
    QHash<QString, int> m_subVersion;
    QElapsedTimer m_clock;
    int m_pc401 = 0;
};

QByteArray httpDate(const QDateTime &t);

inline bool ieq(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace vigie::sim
