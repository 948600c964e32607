#include "gui/customersmodel.h"

#include "core/displaytext.h"
#include "core/timeutil.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace vigie::gui {

namespace {

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

QString money(double value, const QString &currency)
{
    const QString n = QLocale().toString(value, 'f', 2);
    return currency.isEmpty() ? n : n + QChar(0x00A0) + currency;
}

// Percent change of the last 7 days against the baseline; NaN without one.
double changePercent(const store::CustomerListRow &r)
{
    if (r.spendBaseline7Days < 0)
        return std::nan("");
    if (r.spendBaseline7Days == 0)
        return r.spendLast7Days > 0 ? 100.0 : 0.0;
    return (r.spendLast7Days - r.spendBaseline7Days) / r.spendBaseline7Days * 100.0;
}

// The oldest of the customer's log and spend streams (0 when one never synced).
qint64 oldestSync(const store::CustomerListRow &r)
{
    qint64 oldest = r.details.lastSuccessMs;
    for (qint64 t : {r.signIns.lastSuccessMs, r.audits.lastSuccessMs})
        oldest = std::min(oldest, t);
    return oldest;
}

} // namespace

CustomersModel::CustomersModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomersModel::setRows(QList<store::CustomerListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const store::CustomerListRow *CustomersModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void CustomersModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Freshness), index(int(m_rows.size()) - 1, LogAvailability));
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomersModel::age(qint64 ms) const
{
    if (ms <= 0)
        return tr("never");
    const qint64 now =
        m_now.isValid() ? m_now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    const qint64 minutes = std::max<qint64>(0, (now - ms) / 60000);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

namespace {

// What the logs of a row allow, in the words given: the full sentences for
// the tooltip, a few words for the ~155 px cell.
struct AvailabilityWords
{
    QString noSignIns, noAudits, both;
};

QString availability(const store::CustomerListRow &r, const AvailabilityWords &words)
{
    const store::LogAvailability &s = r.signInsAvailability;
    const store::LogAvailability &a = r.auditsAvailability;
    QStringList parts;
    if (s.known && !s.available)
        parts << words.noSignIns;
    if (a.known && !a.available)
        parts << words.noAudits;
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("; "));
    if (s.known && a.known)
        return words.both;
    return CustomersModel::tr("not checked yet");
}

} // namespace

QString CustomersModel::availabilityText(const store::CustomerListRow &r)
{
    return availability(r,
                        {tr("sign-in logs not available (no P1/P2 licence)"),
                         tr("audit logs not available"), tr("sign-in and audit logs available")});
}

QString CustomersModel::shortAvailabilityText(const store::CustomerListRow &r)
{
    return availability(r, {tr("sign-ins: no P1/P2"), tr("audits: none"), tr("available")});
}

QString CustomersModel::text(const store::CustomerListRow &r, int column) const
{
    switch (column) {
    case Name:
        return displayText(r.companyName.isEmpty() ? r.id : r.companyName);
    case Tags:
        return displayText(r.tags.join(QStringLiteral(", ")));
    case ActiveAlerts:
        return QLocale().toString(r.activeAlerts);
    case OpenFindings:
        return QLocale().toString(r.openFindings);
    case Spend:
        return r.spendSyncedMs > 0 ? money(r.spendLast7Days, r.currency) : QString();
    case SpendVsBaseline: {
        const double p = changePercent(r);
        if (std::isnan(p))
            return r.spendSyncedMs > 0 ? tr("no baseline") : QString();
        const QString n = QLocale().toString(std::abs(p), 'f', 0);
        return p >= 0.5 ? tr("+%1 %").arg(n) : p <= -0.5 ? tr("−%1 %").arg(n) : tr("±0 %");
    }
    case Resellers:
        return displayText(r.resellers.join(QStringLiteral(", ")));
    case Subscriptions:
        return QLocale().toString(r.subscriptions);
    case Freshness: {
        // The stalest stream, named (the cell has room for one), or the age
        // alone when every stream says the same; each stream in the tooltip.
        const std::pair<QString, qint64> streams[] = {{tr("sign-ins"), r.signIns.lastSuccessMs},
                                                      {tr("audits"), r.audits.lastSuccessMs},
                                                      {tr("spend"), r.spendSyncedMs}};
        const auto *stalest =
            std::min_element(std::begin(streams), std::end(streams),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        const QString stalestAge = age(stalest->second);
        if (std::all_of(std::begin(streams), std::end(streams),
                        [&](const auto &s) { return age(s.second) == stalestAge; }))
            return stalestAge; // every stream as fresh: the age alone
        return tr("%1: %2", "stream: age").arg(stalest->first, stalestAge);
    }
    case LogAvailability:
        return shortAvailabilityText(r);
    default:
        return {};
    }
}

QString CustomersModel::toolTip(const store::CustomerListRow &r, int column) const
{
    switch (column) {
    case Name:
        return tr("%1\nTenant id: %2\nDomain: %3").arg(text(r, Name), r.id, displayText(r.domain));
    case SpendVsBaseline:
        if (r.spendBaseline7Days < 0)
            return tr("No spend in the 4 weeks before to compare with.");
        return tr("Last 7 days: %1\nBaseline (average week of the 4 weeks before): %2")
            .arg(money(r.spendLast7Days, r.currency), money(r.spendBaseline7Days, r.currency));
    case Freshness: {
        auto line = [&](const QString &what, const store::CustomerStreamState &f) {
            QString s = what + QStringLiteral(": ") +
                        (f.lastSuccessMs > 0 ? localTime(f.lastSuccessMs) : tr("never"));
            if (!f.lastError.isEmpty())
                s += QStringLiteral(" — ") + displayText(f.lastError);
            return s;
        };
        QStringList lines{tr("sign-ins %1 · audits %2 · spend %3")
                              .arg(age(r.signIns.lastSuccessMs), age(r.audits.lastSuccessMs),
                                   age(r.spendSyncedMs)),
                          line(tr("Customer details"), r.details), line(tr("Sign-ins"), r.signIns),
                          line(tr("Audits"), r.audits),
                          tr("Spend") + QStringLiteral(": ") +
                              (r.spendSyncedMs > 0 ? localTime(r.spendSyncedMs) : tr("never"))};
        return lines.join(u'\n');
    }
    case LogAvailability: {
        QStringList lines{availabilityText(r)};
        for (const store::LogAvailability *a : {&r.signInsAvailability, &r.auditsAvailability}) {
            if (!a->known)
                continue;
            const QString stream = a->stream == u"signins" ? tr("Sign-ins") : tr("Audits");
            if (a->available)
                lines << tr("%1: available (checked %2)").arg(stream, localTime(a->probedAtMs));
            else
                lines << tr("%1: not available (checked %2; asked again after %3)")
                             .arg(stream, localTime(a->probedAtMs),
                                  localTime(a->probedAtMs +
                                            store::LogAvailabilityRepository::kReprobeMs));
            if (!a->reason.isEmpty())
                lines << displayText(a->reason);
        }
        return lines.join(u'\n');
    }
    default:
        return text(r, column);
    }
}

QVariant CustomersModel::sortKey(const store::CustomerListRow &r, int column) const
{
    switch (column) {
    case ActiveAlerts:
        return r.activeAlerts;
    case OpenFindings:
        return r.openFindings;
    case Spend:
        return r.spendLast7Days;
    case SpendVsBaseline: {
        const double p = changePercent(r);
        return std::isnan(p) ? -1e300 : p;
    }
    case Subscriptions:
        return r.subscriptions;
    case Freshness:
        return double(oldestSync(r));
    default:
        return text(r, column).toCaseFolded();
    }
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    const store::CustomerListRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        return toolTip(*r, index.column());
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ActiveAlerts:
        case OpenFindings:
        case Spend:
        case SpendVsBaseline:
        case Subscriptions:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case CustomerIdRole:
        return r->id;
    case TagsRole:
        return r->tags;
    case SortRole:
        return sortKey(*r, index.column());
    case SearchTextRole:
        return QStringList{r->companyName, r->domain, r->id, r->resellers.join(u' '),
                           r->tags.join(u' ')}
            .join(u' ');
    default:
        return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Customer");
    case Tags:
        return tr("Tags");
    case ActiveAlerts:
        return role == Qt::ToolTipRole ? tr("Active alerts: partner security alerts not resolved")
                                       : tr("Alerts");
    case OpenFindings:
        return role == Qt::ToolTipRole ? tr("Open findings: detection findings new or acknowledged")
                                       : tr("Findings");
    case Spend:
        return role == Qt::ToolTipRole ? tr("Azure spend of the last 7 days") : tr("Spend 7 days");
    case SpendVsBaseline:
        return role == Qt::ToolTipRole
                   ? tr("Last 7 days against an average week of the 4 weeks before")
                   : tr("vs baseline");
    case Resellers:
        return tr("Reseller");
    case Subscriptions:
        return tr("Subscriptions");
    case Freshness:
        // Short headers: the page fits 1280 px in French; the tooltip says it all.
        return role == Qt::ToolTipRole ? tr("Data freshness: when each stream last synced")
                                       : tr("Freshness");
    case LogAvailability:
        return role == Qt::ToolTipRole
                   ? tr("Log availability: whether the tenant's sign-in and audit logs can be read")
                   : tr("Logs");
    default:
        return {};
    }
}

CustomersFilter::CustomersFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CustomersModel::SortRole);
}

void CustomersFilter::setTag(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void CustomersFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CustomersFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() &&
        !i.data(CustomersModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    return m_text.isEmpty() ||
           i.data(CustomersModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace vigie::gui
