#pragma once

#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace vigie::gui {

// The findings queue: one row per finding, newest activity first as given.
// Holds only values read off the GUI thread by the page. Findings whose
// evidence shares a correlationId (detections.md §3: one consent writes
// several audit events) form a group: the Group column names it and
// FindingsProxyModel keeps its rows together whatever the sort.
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
        Group,
        ColumnCount
    };
    enum Role
    {
        FindingIdRole = Qt::UserRole + 1,
        SortRole,
        RuleIdRole,
        GroupRole // group number, -1 when the finding shares no correlationId
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Titles by rule id, already in the display language.
    void setRuleTitles(QHash<QString, QString> titles);
    void setCustomerNames(QHash<QString, QString> names);
    // The customer's company name, else its id.
    QString customerName(const QString &customerId) const;
    // What a subject means to a person: the literal "tenant" of tenant-wide
    // rules is the whole tenant.
    static QString subjectText(const QString &subject);
    // The finding's subject by name (UPN) when known, else subjectText().
    static QString subjectText(const Finding &finding);
    void setFindings(QList<Finding> findings);
    // Replaces one finding in place (after a state change); false if absent.
    bool updateFinding(const Finding &finding);

    const Finding *findingAt(int row) const;
    int rowOf(qint64 findingId) const;
    // Group of a row (-1: alone) and the rows of that group.
    int groupOf(int row) const;
    QList<int> groupRows(int group) const;
    // The correlationId the group is shown under (shared by most members).
    QString groupCorrelationId(int group) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void computeGroups();

    QList<Finding> m_findings;
    QList<int> m_groupOf;           // per row
    QList<QList<int>> m_groups;     // rows per group
    QStringList m_groupCorrelation; // per group
    QHash<QString, QString> m_titles;
    QHash<QString, QString> m_customers;
};

// Sorts the queue like QSortFilterProxyModel but keeps the rows of a
// correlation group adjacent: a group sits where its first member (in the
// current order) would be, its members sorted among themselves.
class FindingsProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QModelIndex leader(const QModelIndex &index, int group) const;
};

// Severity colour shared by the queue and the detail view.
QColor severityColor(const Risk &risk);

} // namespace vigie::gui
