#include "gui/findingsmodel.h"

#include <QColor>
#include <QLocale>

namespace vigie::gui {

QColor severityColor(const Risk &risk)
{
    switch (risk.value()) {
    case Risk::Enum::High:
        return QColor(0xc0, 0x1c, 0x28);
    case Risk::Enum::Medium:
        return QColor(0xb3, 0x6b, 0x00);
    case Risk::Enum::Low:
        return QColor(0x1a, 0x5f, 0xb4);
    case Risk::Enum::Unknown:
        break;
    }
    return QColor(0x5e, 0x5c, 0x64);
}

namespace {

int severityRank(const Risk &risk)
{
    switch (risk.value()) {
    case Risk::Enum::High:
        return 3;
    case Risk::Enum::Medium:
        return 2;
    case Risk::Enum::Low:
        return 1;
    case Risk::Enum::Unknown:
        break;
    }
    return 0;
}

QString formatTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

void FindingsModel::setRuleTitles(QHash<QString, QString> titles)
{
    m_titles = std::move(titles);
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, Title), index(rowCount() - 1, Title));
}

void FindingsModel::setCustomerNames(QHash<QString, QString> names)
{
    m_customers = std::move(names);
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0, Customer), index(rowCount() - 1, Customer));
}

void FindingsModel::setFindings(QList<Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

bool FindingsModel::updateFinding(const Finding &finding)
{
    const int row = rowOf(finding.id);
    if (row < 0)
        return false;
    m_findings[row] = finding;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingsModel::rowOf(qint64 findingId) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].id == findingId)
            return i;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[index.row()];
    if (role == FindingIdRole)
        return f.id;
    if (role == RuleIdRole)
        return f.ruleId;
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return severityColor(f.severity);
    if (role == Qt::TextAlignmentRole && index.column() == Count)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Severity && f.unconfigured)
        return tr("No approved list is configured for this customer yet, so every matching change "
                  "fires.");
    if (role == SortRole) {
        switch (index.column()) {
        case Severity:
            return severityRank(f.severity);
        case FirstSeen:
            return f.firstSeen.toMSecsSinceEpoch();
        case LastSeen:
            return f.lastSeen.toMSecsSinceEpoch();
        case Count:
            return f.count;
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Severity:
        return f.unconfigured ? tr("%1 (unconfigured)").arg(displayName(f.severity))
                              : displayName(f.severity);
    case Rule:
        return f.ruleId;
    case Title:
        return m_titles.value(f.ruleId, f.ruleId);
    case Customer:
        return m_customers.value(f.customerId.toLower(), f.customerId);
    case Subject:
        return f.subject;
    case FirstSeen:
        return formatTime(f.firstSeen);
    case LastSeen:
        return formatTime(f.lastSeen);
    case Count:
        return QLocale().toString(f.count);
    case State:
        return displayName(f.state);
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Rule:
        return tr("Rule");
    case Title:
        return tr("Title");
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case Count:
        return tr("Events");
    case State:
        return tr("State");
    default:
        break;
    }
    return {};
}

} // namespace vigie::gui
