// Azure Cost Management query (api.md §6).
#include "sim/datetime.h"
#include "sim/rng.h"
#include "sim/service.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <cmath>

namespace vigie::sim {

Response Service::cost(Ctx &ctx, const QStringList &seg)
{
    if (auto e = checkAuth(ctx, QStringLiteral("arm")))
        return *e;
    const Request &req = ctx.req;
    auto armErr = [&](int status, const QString &code, const QString &msg) {
        return serviceError(ctx, status, code, msg);
    };
    // subscriptions/{id}/providers/Microsoft.CostManagement/query
    if (seg.size() != 5 || !ieq(seg[2], QStringLiteral("providers")) ||
        !ieq(seg[3], QStringLiteral("Microsoft.CostManagement")) ||
        !ieq(seg[4], QStringLiteral("query")))
        return armErr(404, QStringLiteral("InvalidResourceType"),
                      QStringLiteral("The resource type could not be found in the namespace."));
    if (req.method != "POST")
        return armErr(405, QStringLiteral("MethodNotAllowed"),
                      QStringLiteral("The requested method is not allowed."));
    const QString apiVersion = req.queryValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return armErr(
            400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral(
                "The api-version query parameter (?api-version=) is required for all requests."));
    const QString subId = seg[1];
    Entitlement *ent = m_world->entitlement(subId);
    if (!ent)
        return armErr(404, QStringLiteral("SubscriptionNotFound"),
                      QStringLiteral("The subscription '%1' could not be found.").arg(subId));
    if (!ieq(ctx.token->tenantId, ent->customerId) || takeFault(ctx, QStringLiteral("forbidden")))
        return armErr(
            403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral(
                "The client '%1' with object id '%2' does not have authorization to perform "
                "action 'Microsoft.CostManagement/query/action' over scope '/subscriptions/%3' or "
                "the scope is invalid.")
                .arg(ctx.token->upn, guidOf(m_world->config().seed, 0x91), subId));
    QJsonParseError pe;
    const QJsonDocument d = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        return armErr(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid query definition: body is not valid JSON."));
    const QJsonObject body = d.object();
    static const QStringList types{QStringLiteral("Usage"), QStringLiteral("ActualCost"),
                                   QStringLiteral("AmortizedCost")};
    if (!types.contains(body.value(QStringLiteral("type")).toString()))
        return armErr(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid query definition: unsupported type."));
    const QString timeframe = body.value(QStringLiteral("timeframe")).toString();
    const QDate today = m_world->now().date().addDays(-1); // last day with data
    QDate from, to;
    if (timeframe == QLatin1String("Custom")) {
        const QJsonObject tp = body.value(QStringLiteral("timePeriod")).toObject();
        const QDateTime f = parseDateTimeOffset(tp.value(QStringLiteral("from")).toString());
        const QDateTime t = parseDateTimeOffset(tp.value(QStringLiteral("to")).toString());
        if (!f.isValid() || !t.isValid() || t < f || f.daysTo(t) > 366)
            return armErr(
                400, QStringLiteral("BadRequest"),
                QStringLiteral(
                    "Invalid query definition: timePeriod from/to is missing or invalid."));
        from = f.toUTC().date();
        to = t.toUTC().date();
    } else if (timeframe == QLatin1String("MonthToDate") ||
               timeframe == QLatin1String("BillingMonthToDate")) {
        from = QDate(today.year(), today.month(), 1);
        to = today;
    } else if (timeframe == QLatin1String("TheLastMonth") ||
               timeframe == QLatin1String("TheLastBillingMonth")) {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        from = first;
        to = first.addMonths(1).addDays(-1);
    } else if (timeframe == QLatin1String("WeekToDate")) {
        from = today.addDays(1 - today.dayOfWeek());
        to = today;
    } else {
        return armErr(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid query definition: unsupported timeframe."));
    }
    const QJsonObject dataset = body.value(QStringLiteral("dataset")).toObject();
    const QString granularity =
        dataset.value(QStringLiteral("granularity")).toString(QStringLiteral("None"));
    if (granularity != QLatin1String("Daily") && granularity != QLatin1String("None"))
        return armErr(400, QStringLiteral("BadRequest"),
                      QStringLiteral("Invalid query definition: unsupported granularity."));
    const QJsonObject agg = dataset.value(QStringLiteral("aggregation")).toObject();
    if (agg.size() != 1)
        return armErr(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("Invalid query definition: exactly one aggregation is supported."));
    const QJsonObject a = agg.begin().value().toObject();
    const QString column = a.value(QStringLiteral("name")).toString();
    static const QStringList columns{QStringLiteral("Cost"), QStringLiteral("PreTaxCost"),
                                     QStringLiteral("CostUSD"), QStringLiteral("PreTaxCostUSD")};
    if (!columns.contains(column) ||
        a.value(QStringLiteral("function")).toString() != QLatin1String("Sum"))
        return armErr(
            400, QStringLiteral("BadRequest"),
            QStringLiteral("Invalid query definition: aggregation column '%1' is not supported.")
                .arg(column));
    if (dataset.contains(QStringLiteral("grouping")) &&
        !dataset.value(QStringLiteral("grouping")).toArray().isEmpty())
        return armErr(400, QStringLiteral("BadRequest"),
                      QStringLiteral("vigie-sim does not support dataset.grouping."));
    const bool usd = column.endsWith(QLatin1String("USD"));
    const double rate = usd ? 1.08 : 1.0;
    const QString currency = usd ? QStringLiteral("USD") : QStringLiteral("EUR");

    QJsonArray rows;
    const QVector<double> *v = m_world->spend(ent->id);
    const QDate day0 = m_world->alertStart().date();
    double total = 0;
    bool any = false;
    for (QDate dd = from; dd <= to; dd = dd.addDays(1)) {
        const qint64 idx = day0.daysTo(dd);
        if (!v || idx < 0 || idx >= v->size() || std::isnan((*v)[idx]))
            continue;
        const double c = std::round((*v)[idx] * rate * 10000.0) / 10000.0;
        if (granularity == QLatin1String("Daily"))
            rows.append(QJsonArray{c, dayNumber(dd), currency});
        total += c;
        any = true;
    }
    if (granularity == QLatin1String("None") && any)
        rows.append(QJsonArray{std::round(total * 10000.0) / 10000.0, currency});

    qsizetype offset = 0;
    if (req.hasQuery(QStringLiteral("$skiptoken"))) {
        auto dec = QByteArray::fromBase64Encoding(
            req.queryValue(QStringLiteral("$skiptoken")).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        if (dec && (*dec).startsWith("cost:"))
            offset = (*dec).mid(5).toLongLong(&ok);
        if (!ok || offset < 0)
            return armErr(400, QStringLiteral("BadRequest"), QStringLiteral("Invalid $skiptoken."));
    }
    QJsonArray page;
    for (qsizetype i = offset; i < std::min<qsizetype>(rows.size(), offset + m_opts.costPageSize);
         ++i)
        page.append(rows[i]);
    QJsonValue next;
    if (offset + m_opts.costPageSize < rows.size())
        next = ctx.base + req.path + QStringLiteral("?api-version=") + apiVersion +
               QStringLiteral("&$skiptoken=") +
               QString::fromLatin1(
                   QStringLiteral("cost:%1")
                       .arg(offset + m_opts.costPageSize)
                       .toLatin1()
                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QJsonArray cols{QJsonObject{{QStringLiteral("name"), column},
                                {QStringLiteral("type"), QStringLiteral("Number")}}};
    if (granularity == QLatin1String("Daily"))
        cols.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("UsageDate")},
                                {QStringLiteral("type"), QStringLiteral("Number")}});
    cols.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Currency")},
                            {QStringLiteral("type"), QStringLiteral("String")}});
    const QString qid = guidFrom(QRandomGenerator::global()->generate64(),
                                 QRandomGenerator::global()->generate64());
    return json(
        200,
        QJsonObject{{QStringLiteral("id"),
                     QStringLiteral("subscriptions/%1/providers/Microsoft.CostManagement/query/%2")
                         .arg(ent->id, qid)},
                    {QStringLiteral("name"), qid},
                    {QStringLiteral("type"), QStringLiteral("Microsoft.CostManagement/query")},
                    {QStringLiteral("location"), QJsonValue()},
                    {QStringLiteral("sku"), QJsonValue()},
                    {QStringLiteral("eTag"), QJsonValue()},
                    {QStringLiteral("properties"), QJsonObject{{QStringLiteral("nextLink"), next},
                                                               {QStringLiteral("columns"), cols},
                                                               {QStringLiteral("rows"), page}}}});
}

Response Service::control(Ctx &ctx)
{
    const Request &req = ctx.req;
    const QString what = req.path.mid(6); // after /_sim/
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    auto ok = [](const QJsonObject &o) { return json(200, o); };
    if (what == QLatin1String("faults")) {
        if (req.method == "DELETE") {
            clearFaults();
        } else if (req.method == "POST") {
            QJsonArray list = body.contains(QStringLiteral("faults"))
                                  ? body.value(QStringLiteral("faults")).toArray()
                                  : QJsonArray{body};
            QList<Fault> parsed;
            for (const QJsonValue &v : list) {
                QString err;
                auto f = Fault::fromJson(v.toObject(), &err);
                if (!f)
                    return json(400, QJsonObject{{QStringLiteral("error"), err}});
                parsed.append(*f);
            }
            for (const Fault &f : parsed)
                addFault(f);
        }
        QJsonArray out;
        for (const Fault &f : m_faults)
            out.append(f.toJson());
        return ok(QJsonObject{{QStringLiteral("faults"), out}});
    }
    if (what == QLatin1String("journal")) {
        if (req.method == "DELETE") {
            clearJournal();
            return ok({});
        }
        const qint64 since = req.queryValue(QStringLiteral("since")).toLongLong();
        QJsonArray out;
        for (const QJsonObject &e : m_journal)
            if (qint64(e.value(QStringLiteral("seq")).toDouble()) > since)
                out.append(e);
        return ok(QJsonObject{{QStringLiteral("entries"), out}});
    }
    if (what == QLatin1String("approve-device"))
        return ok(QJsonObject{{QStringLiteral("approved"),
                               approveDevice(body.value(QStringLiteral("user_code")).toString())}});
    if (what == QLatin1String("decline-device"))
        return ok(QJsonObject{{QStringLiteral("declined"),
                               declineDevice(body.value(QStringLiteral("user_code")).toString())}});
    if (what == QLatin1String("expire-device-codes"))
        return ok(QJsonObject{{QStringLiteral("expired"), expireDeviceCodes()}});
    if (what == QLatin1String("revoke-refresh-tokens"))
        return ok(QJsonObject{
            {QStringLiteral("revoked"),
             revokeRefreshTokens(body.value(QStringLiteral("errorCode")).toInt(700082))}});
    if (what == QLatin1String("expire-tokens"))
        return ok(QJsonObject{{QStringLiteral("expired"), expireAccessTokens()}});
    if (what == QLatin1String("reset")) {
        reset();
        return ok({});
    }
    if (what == QLatin1String("manifest"))
        return ok(m_world->manifest());
    if (what == QLatin1String("options")) {
        if (req.method == "POST")
            m_opts.apply(body);
        return ok(m_opts.toJson());
    }
    if (what == QLatin1String("token") && req.method == "POST") {
        const QString tenant =
            body.value(QStringLiteral("tenant")).toString(QStringLiteral("organizations"));
        const QString resource =
            body.value(QStringLiteral("resource")).toString(QStringLiteral("graph"));
        if (resolveTenant(tenant).isEmpty() ||
            !QStringList{QStringLiteral("graph"), QStringLiteral("pc"), QStringLiteral("arm")}
                 .contains(resource))
            return json(400, QJsonObject{{QStringLiteral("error"),
                                          QStringLiteral("unknown tenant or resource")}});
        return ok(QJsonObject{
            {QStringLiteral("access_token"),
             issueAccessToken(tenant, resource, body.value(QStringLiteral("scope")).toString(),
                              body.value(QStringLiteral("ttl")).toInt(-1))}});
    }
    return json(404,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("unknown control endpoint")}});
}

} // namespace vigie::sim
