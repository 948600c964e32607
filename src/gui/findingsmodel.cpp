#include "gui/findingsmodel.h"

#include "core/displaytext.h"

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
    computeGroups();
    endResetModel();
}

void FindingsModel::computeGroups()
{
    // Union-find over the rows, joined by every shared correlationId.
    const int n = int(m_findings.size());
    QList<int> parent(n);
    for (int i = 0; i < n; ++i)
        parent[i] = i;
    auto find = [&parent](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    QHash<QString, int> firstRow;
    for (int i = 0; i < n; ++i) {
        for (const QString &c : m_findings[i].correlationIds) {
            const auto it = firstRow.constFind(c);
            if (it == firstRow.constEnd())
                firstRow.insert(c, i);
            else
                parent[find(i)] = find(*it);
        }
    }
    QHash<int, int> size;
    for (int i = 0; i < n; ++i)
        ++size[find(i)];
    m_groupOf = QList<int>(n, -1);
    m_groups.clear();
    m_groupCorrelation.clear();
    QHash<int, int> groupOfRoot;
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        if (size.value(root) < 2)
            continue;
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, int(m_groups.size()));
            m_groups.append(QList<int>());
        }
        m_groupOf[i] = *it;
        m_groups[*it].append(i);
    }
    for (const QList<int> &rows : std::as_const(m_groups)) {
        QHash<QString, int> votes;
        QString best;
        for (int r : rows) {
            for (const QString &c : m_findings[r].correlationIds) {
                const int v = ++votes[c];
                if (best.isEmpty() || v > votes.value(best))
                    best = c;
            }
        }
        m_groupCorrelation << best;
    }
}

int FindingsModel::groupOf(int row) const
{
    return row >= 0 && row < m_groupOf.size() ? m_groupOf[row] : -1;
}

QList<int> FindingsModel::groupRows(int group) const
{
    return group >= 0 && group < m_groups.size() ? m_groups[group] : QList<int>{};
}

QString FindingsModel::groupCorrelationId(int group) const
{
    return m_groupCorrelation.value(group);
}

bool FindingsModel::updateFinding(const Finding &finding)
{
    const int row = rowOf(finding.id);
    if (row < 0)
        return false;
    const bool regroup = m_findings[row].correlationIds != finding.correlationIds;
    m_findings[row] = finding;
    if (regroup) {
        Q_EMIT layoutAboutToBeChanged();
        computeGroups();
        Q_EMIT layoutChanged();
    }
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
    const int group = groupOf(index.row());
    if (role == GroupRole)
        return group;
    if (role == Qt::ToolTipRole && index.column() == Group && group >= 0)
        return tr("These findings come from audit events of one operation (correlation id %1).")
            .arg(m_groupCorrelation.value(group));
    if (role == Qt::ToolTipRole && index.column() == Subject && !f.subjectName.isEmpty())
        return tr("%1\nUser id: %2").arg(subjectText(f), f.subject);
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
        case Group:
            return group;
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
        return subjectText(f);
    case FirstSeen:
        return formatTime(f.firstSeen);
    case LastSeen:
        return formatTime(f.lastSeen);
    case Count:
        return QLocale().toString(f.count);
    case State:
        return displayName(f.state);
    case Group:
        if (group < 0)
            return QString();
        return tr("%n finding(s) · correlation %1", nullptr, int(m_groups[group].size()))
            .arg(m_groupCorrelation.value(group).left(8));
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
    case Group:
        return tr("Correlated");
    default:
        break;
    }
    return {};
}

QModelIndex FindingsProxyModel::leader(const QModelIndex &index, int group) const
{
    // The member that comes first in the current order stands for the group.
    const auto *model = static_cast<const FindingsModel *>(sourceModel());
    QModelIndex best;
    for (int r : model->groupRows(group)) {
        const QModelIndex i = model->index(r, index.column());
        if (!best.isValid())
            best = i;
        else if (sortOrder() == Qt::AscendingOrder ? QSortFilterProxyModel::lessThan(i, best)
                                                   : QSortFilterProxyModel::lessThan(best, i))
            best = i;
    }
    return best.isValid() ? best : index;
}

bool FindingsProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const FindingsModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int gl = model->groupOf(left.row());
    const int gr = model->groupOf(right.row());
    if (gl >= 0 && gl == gr)
        return QSortFilterProxyModel::lessThan(left, right);
    // Order by (leader value, group or row, own value): a strict weak order
    // that keeps each group contiguous.
    const QModelIndex ll = gl >= 0 ? leader(left, gl) : left;
    const QModelIndex lr = gr >= 0 ? leader(right, gr) : right;
    if (QSortFilterProxyModel::lessThan(ll, lr))
        return true;
    if (QSortFilterProxyModel::lessThan(lr, ll))
        return false;
    const int n = model->rowCount();
    const int tl = gl >= 0 ? gl : n + left.row();
    const int tr = gr >= 0 ? gr : n + right.row();
    return tl < tr;
}

QString FindingsModel::customerName(const QString &customerId) const
{
    // Ids are case-insensitive (the page keys the names in lower case).
    QString name = m_customers.value(customerId);
    if (name.isEmpty())
        name = m_customers.value(customerId.toLower());
    return name.isEmpty() ? customerId : name;
}

QString FindingsModel::subjectText(const QString &subject)
{
    return subject == u"tenant" ? tr("The whole tenant") : displayText(subject);
}

QString FindingsModel::subjectText(const Finding &finding)
{
    return finding.subjectName.isEmpty() ? subjectText(finding.subject)
                                         : displayText(finding.subjectName);
}

} // namespace vigie::gui
