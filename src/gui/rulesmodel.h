#pragma once

#include "core/enums.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace vigie::gui {

// One row of the rule catalog as the Detections page shows it.
struct RuleRow
{
    enum class State
    {
        Active,
        Disabled,
        NeedsSetup,
        NotSupported,
        Learning
    };
    QString id;
    QString title;       // display language
    QString explanation; // display language
    Risk risk;
    QString source; // signIns | directoryAudits
    QString kind;   // match | threshold | baseline-delta | allowlist
    State state = State::Active;
    bool unconfigured = false;
    QStringList missingSettings;
    qint64 findings = 0;
    QDateTime lastHit;
    QList<double> daily; // findings per day, oldest first (sparkline)
    bool enabled = true;
    // With no customer chosen: for how many of `customers` the rule is on.
    int enabledCustomers = 0;
    int customers = 0;
};

// The rule catalog with hit counts, last hit and a sparkline per rule; the
// Enabled column is editable when one customer is selected.
class RulesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Title,
        RiskLevel,
        Source,
        Kind,
        Status,
        Hits,
        LastHit,
        Trend,
        Enabled,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RuleIdRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<RuleRow> rows, bool perCustomer);
    const RuleRow *rowAt(int row) const;
    bool isPerCustomer() const { return m_perCustomer; }

    static QString stateName(RuleRow::State state);
    // match | threshold | baseline-delta | allowlist in words.
    static QString kindLabel(const QString &kind);
    // Sorts "A2" before "A10": the letters, then the number.
    static QString naturalKey(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The analyst switched a rule on or off for the selected customer.
    void enabledToggled(const QString &ruleId, bool enabled);

private:
    QList<RuleRow> m_rows;
    bool m_perCustomer = false;
};

} // namespace vigie::gui
