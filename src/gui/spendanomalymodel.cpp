#include "gui/spendanomalymodel.h"

#include "core/displaytext.h"
#include "core/enums.h"
#include "gui/charts/spendbandchart.h"

#include <QDate>
#include <QLocale>

namespace vigie::gui {

namespace {

QDate dateOf(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, (yyyymmdd / 100) % 100, yyyymmdd % 100);
}

} // namespace

void SpendAnomalyModel::setAnomalies(const QList<analytics::RankedAnomaly> &anomalies)
{
    beginResetModel();
    m_rows = anomalies;
    endResetModel();
}

const analytics::RankedAnomaly *SpendAnomalyModel::anomalyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SpendAnomalyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SpendAnomalyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendAnomalyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::RankedAnomaly &a = m_rows[index.row()];
    const analytics::SpendPoint &p = a.point;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Excess:
            return SpendBandChart::money(p.excess(), a.currency);
        case PercentAbove:
            return tr("+%1%").arg(locale.toString(p.percentAbove(), 'f', 0));
        case Day:
            return locale.toString(dateOf(p.day), QLocale::ShortFormat);
        case Customer:
            return displayText(a.customerName.isEmpty() ? a.customerId : a.customerName, 200);
        case Subscription:
            return displayText(
                a.subscriptionName.isEmpty() ? a.azureSubscriptionId : a.subscriptionName, 200);
        case Cost:
            return SpendBandChart::money(p.cost, a.currency);
        case Baseline:
            return SpendBandChart::money(p.baseline, a.currency);
        case Alerts:
            if (a.alerts.isEmpty())
                return tr("none that day");
            if (a.alerts.size() == 1)
                return displayText(a.alerts.first().displayName, 200);
            return tr("%n alert(s)", nullptr, int(a.alerts.size()));
        case ColumnCount:
            break;
        }
    } else if (role == SortRole) {
        switch (Column(index.column())) {
        case Excess:
            return p.excess();
        case PercentAbove:
            return p.percentAbove();
        case Day:
            return p.day;
        case Cost:
            return p.cost;
        case Baseline:
            return p.baseline;
        case Alerts:
            return int(a.alerts.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Customer:
            return a.customerId;
        case Subscription:
            return a.azureSubscriptionId;
        case Alerts: {
            QStringList lines;
            for (const store::LinkedAlert &l : a.alerts)
                lines << tr("%1 (%2) — %3")
                             .arg(displayText(l.displayName, 200),
                                  displayName(AlertSeverity::parse(l.severity)), l.id);
            return lines.join(u'\n');
        }
        case Excess:
        case Baseline:
            return tr("Band %1 – %2")
                .arg(SpendBandChart::money(p.lower, a.currency),
                     SpendBandChart::money(p.upper, a.currency));
        default:
            return {};
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (Column(index.column())) {
        case Excess:
        case PercentAbove:
        case Cost:
        case Baseline:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QVariant SpendAnomalyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Excess:
        return tr("Excess cost");
    case PercentAbove:
        return tr("Above baseline");
    case Day:
        return tr("Day");
    case Customer:
        return tr("Customer");
    case Subscription:
        return tr("Subscription");
    case Cost:
        return tr("Cost");
    case Baseline:
        return tr("Baseline");
    case Alerts:
        return tr("Alerts that day");
    case ColumnCount:
        break;
    }
    return {};
}

void SpendAnomalyModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace vigie::gui
