#include "gui/alertdetailhtml.h"

#include "core/displaytext.h"
#include "core/timeutil.h"
#include "gui/alertsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace vigie::gui {

namespace {

QString esc(const QString &s)
{
    return displayText(s).toHtmlEscaped();
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

int total(const QList<int> &values)
{
    int t = 0;
    for (int v : values)
        t += v;
    return t;
}

// additionalDetails values are often JSON text: shown expanded.
QString prettyValue(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        const QJsonDocument inner = QJsonDocument::fromJson(s.toUtf8());
        if (inner.isArray() || inner.isObject())
            return QString::fromUtf8(inner.toJson(QJsonDocument::Indented)).trimmed();
        return s;
    }
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(
                   (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                       .toJson(QJsonDocument::Indented))
            .trimmed();
    return v.toVariant().toString();
}

} // namespace

QString AlertDetailHtml::build(const store::AlertQueueRow &r, const Result<store::AlertContext> &c)
{
    QString html;
    const auto field = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value);
    };
    html += QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(esc(r.displayName));
    field(tr("Severity"), esc(AlertsModel::severityLabel(r.severity)));
    field(tr("Type"), esc(AlertsModel::typeLabel(r.alertType)));
    field(tr("Status"), esc(AlertsModel::statusLabel(r.status)));
    field(tr("Resolution"), esc(AlertsModel::reasonLabel(r.resolvedReason)));
    field(tr("Customer"), esc(r.customerName.isEmpty() ? r.customerId : r.customerName) +
                              QStringLiteral(" <small>(%1)</small>").arg(esc(r.customerId)));
    field(tr("Reseller"), esc(r.resellerName.isEmpty() ? r.resellerTenantId : r.resellerName));
    // The name, with the id to copy (as the customer's).
    field(tr("Subscription"),
          r.subscriptionName.isEmpty()
              ? esc(r.subscriptionId)
              : esc(r.subscriptionName) +
                    QStringLiteral(" <small>(%1)</small>").arg(esc(r.subscriptionId)));
    field(tr("Detected"), esc(localTime(r.detectedAtMs)));
    field(tr("First observed"), esc(localTime(r.firstObservedAtMs)));
    field(tr("Last observed"), esc(localTime(r.lastObservedAtMs)));
    field(tr("Confidence"), esc(AlertsModel::confidenceLabel(r.confidence)));
    field(tr("Alert id"), esc(r.id));
    html += QStringLiteral("</table>");
    if (!c)
        return html;
    const QJsonObject raw = QJsonDocument::fromJson(c->raw).object();
    if (const QString d = raw.value(u"description").toString(); !d.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(d.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    const QJsonArray resources = raw.value(u"affectedResources").toArray();
    if (!resources.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Affected resources").toHtmlEscaped());
        for (const QJsonValue &v : resources)
            html += QStringLiteral("<li><code>%1</code> %2</li>")
                        .arg(esc(v.toObject().value(u"resourceId").toString()),
                             esc(v.toObject().value(u"resourceType").toString()));
        html += QStringLiteral("</ul>");
    }
    const QJsonObject details = raw.value(u"additionalDetails").toObject();
    if (!details.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing='3'>")
                    .arg(tr("Additional details").toHtmlEscaped());
        for (auto it = details.begin(); it != details.end(); ++it)
            html += QStringLiteral("<tr><td><b>%1</b></td><td><pre>%2</pre></td></tr>")
                        .arg(esc(it.key()), prettyValue(it.value()).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    // The same customer around the alert time: no web tool shows this.
    html +=
        QStringLiteral("<h4>%1</h4><table cellspacing='3'>")
            .arg(tr("The customer from %1 to %2")
                     .arg(localTime(c->windowStartMs), localTime(c->windowStartMs + 48 * 3'600'000))
                     .toHtmlEscaped());
    // Per hour in the charts under this text; the totals here.
    const auto series = [&](const QString &label, const QList<int> &values) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), QLocale().toString(total(values)));
    };
    series(tr("Failed sign-ins"), c->failedSignInsPerHour);
    series(tr("Sign-ins"), c->signInsPerHour);
    series(tr("Directory changes"), c->auditChangesPerHour);
    html += QStringLiteral("</table>");
    if (!c->openFindings.isEmpty()) {
        QStringList f;
        for (const auto &[rule, subject] : c->openFindings)
            f << QStringLiteral("%1 (%2)").arg(rule, displayText(subject, 60));
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Open findings of the customer:").toHtmlEscaped(),
                         f.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!c->sameSubscriptionAlerts.isEmpty()) {
        QStringList a;
        for (const auto &[id, name] : c->sameSubscriptionAlerts)
            a << displayText(name.isEmpty() ? id : name, 80);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Other alerts of this subscription:").toHtmlEscaped(),
                         a.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    if (!c->history.isEmpty() || !c->notes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
        for (const auto &e : c->history)
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(esc(localTime(e.atMs)),
                             e.oldStatus.isEmpty() ? tr("first seen as %1")
                                                         .arg(AlertsModel::statusLabel(e.newStatus))
                                                         .toHtmlEscaped()
                                                   : tr("%1 → %2")
                                                         .arg(AlertsModel::statusLabel(e.oldStatus),
                                                              AlertsModel::statusLabel(e.newStatus))
                                                         .toHtmlEscaped());
        for (const auto &n : c->notes)
            html += QStringLiteral("<li>%1 — %2: %3</li>")
                        .arg(esc(localTime(n.atMs)), esc(n.author),
                             n.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace vigie::gui
