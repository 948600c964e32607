#include "gui/rulesmodel.h"

#include "gui/charts/sparklinedelegate.h"
#include "gui/findingsmodel.h"

#include <QLocale>

namespace vigie::gui {

QString RulesModel::stateName(RuleRow::State state)
{
    switch (state) {
    case RuleRow::State::Active:
        return tr("Active");
    case RuleRow::State::Disabled:
        return tr("Disabled");
    case RuleRow::State::NeedsSetup:
        return tr("Needs setup");
    case RuleRow::State::NotSupported:
        return tr("Not supported by this source");
    case RuleRow::State::Learning:
        return tr("Learning");
    }
    return {};
}

void RulesModel::setRows(QList<RuleRow> rows, bool perCustomer)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_perCustomer = perCustomer;
    endResetModel();
}

const RuleRow *RulesModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int RulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleRow &r = m_rows[index.row()];
    if (role == RuleIdRole)
        return r.id;
    if (role == SparklineDelegate::SparklineRole && index.column() == Trend) {
        QVariantList values;
        for (double v : r.daily)
            values << v;
        return values;
    }
    if (role == Qt::CheckStateRole && index.column() == Enabled && m_perCustomer)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == RiskLevel)
        return severityColor(r.risk);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status && !r.missingSettings.isEmpty())
            return tr("Settings to fill in: %1").arg(r.missingSettings.join(QStringLiteral(", ")));
        if (index.column() == Title)
            return r.explanation;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Id:
            return naturalKey(r.id);
        case Enabled:
            return m_perCustomer ? int(r.enabled)
                                 : (r.customers > 0 ? r.enabledCustomers * 1000 / r.customers : 0);
        case Hits:
            return r.findings;
        case LastHit:
            return r.lastHit.isValid() ? r.lastHit.toMSecsSinceEpoch() : qint64(0);
        default:
            role = Qt::DisplayRole;
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Title:
        return r.title;
    case RiskLevel:
        return displayName(r.risk);
    case Source:
        return r.source == u"signIns" ? tr("Sign-ins") : tr("Audit logs");
    case Kind:
        return kindLabel(r.kind);
    case Enabled:
        // With no customer chosen: the state across every customer.
        if (m_perCustomer || r.customers == 0)
            return {};
        if (r.enabledCustomers == r.customers)
            return tr("enabled");
        if (r.enabledCustomers == 0)
            return tr("disabled");
        return tr("mixed (%1 of %2)")
            .arg(QLocale().toString(r.enabledCustomers), QLocale().toString(r.customers));
    case Status:
        return r.unconfigured && r.state == RuleRow::State::Active ? tr("Active (unconfigured)")
                                                                   : stateName(r.state);
    case Hits:
        return QLocale().toString(r.findings);
    case LastHit:
        return r.lastHit.isValid()
                   ? QLocale().toString(r.lastHit.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        break;
    }
    return {};
}

QString RulesModel::kindLabel(const QString &kind)
{
    if (kind == u"match")
        return tr("match");
    if (kind == u"threshold")
        return tr("threshold");
    if (kind == u"baseline-delta")
        return tr("baseline change");
    if (kind == u"allowlist")
        return tr("allow list");
    return kind;
}

QString RulesModel::naturalKey(const QString &id)
{
    // Digit runs padded to 8 places: "A2" -> "A00000002" < "A00000010".
    QString key;
    QString digits;
    const auto flush = [&] {
        if (!digits.isEmpty())
            key += digits.rightJustified(8, u'0');
        digits.clear();
    };
    for (const QChar c : id) {
        if (c.isDigit()) {
            digits += c;
        } else {
            flush();
            key += c.toUpper();
        }
    }
    flush();
    return key;
}

bool RulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_perCustomer || role != Qt::CheckStateRole || index.column() != Enabled ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    RuleRow &r = m_rows[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (enabled == r.enabled)
        return true;
    r.enabled = enabled;
    if (!enabled)
        r.state = RuleRow::State::Disabled;
    else if (r.state == RuleRow::State::Disabled)
        r.state = RuleRow::State::Active;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT enabledToggled(r.id, enabled);
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled && m_perCustomer)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Rule");
    case Title:
        return tr("Title");
    case RiskLevel:
        return tr("Risk");
    case Source:
        return tr("Source");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Hits:
        return tr("Findings");
    case LastHit:
        return tr("Last hit");
    case Trend:
        return tr("30 days");
    case Enabled:
        return tr("Enabled");
    default:
        break;
    }
    return {};
}

} // namespace vigie::gui
