#pragma once

#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigie::gui {

// The findings queue: one row per finding, newest activity first as given.
// Holds only values read off the GUI thread by the page.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Rule,
        Title,
        Customer,
        Subject,
        FirstSeen,
        LastSeen,
        Count,
        State,
        ColumnCount
    };
    enum Role
    {
        FindingIdRole = Qt::UserRole + 1,
        SortRole,
        RuleIdRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Titles by rule id, already in the display language.
    void setRuleTitles(QHash<QString, QString> titles);
    void setCustomerNames(QHash<QString, QString> names);
    void setFindings(QList<Finding> findings);
    // Replaces one finding in place (after a state change); false if absent.
    bool updateFinding(const Finding &finding);

    const Finding *findingAt(int row) const;
    int rowOf(qint64 findingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
    QHash<QString, QString> m_titles;
    QHash<QString, QString> m_customers;
};

// Severity colour shared by the queue and the detail view.
QColor severityColor(const Risk &risk);

} // namespace vigie::gui
