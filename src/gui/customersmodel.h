#pragma once

#include "store/customerlist.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace vigie::gui {

// The Customers page's table: one row per cached customer, names not ids
// (the id is in the tooltip), read by the store thread and swapped in whole.
class CustomersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Tags,
        ActiveAlerts,
        OpenFindings,
        Spend,
        SpendVsBaseline,
        Resellers,
        Subscriptions,
        Freshness,
        LogAvailability,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        TagsRole, // QStringList
        SortRole, // a number for numeric columns, folded text otherwise
        SearchTextRole
    };

    explicit CustomersModel(QObject *parent = nullptr);

    void setRows(QList<store::CustomerListRow> rows);
    const QList<store::CustomerListRow> &rows() const { return m_rows; }
    const store::CustomerListRow *rowAt(int row) const;
    // "Now" for the freshness ages (tests fix it).
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the Log availability column says of a row (also the tooltip's first line).
    static QString availabilityText(const store::CustomerListRow &r);
    // The same in a few words, for the cell.
    static QString shortAvailabilityText(const store::CustomerListRow &r);

private:
    QString text(const store::CustomerListRow &r, int column) const;
    QString toolTip(const store::CustomerListRow &r, int column) const;
    QVariant sortKey(const store::CustomerListRow &r, int column) const;
    QString age(qint64 ms) const;

    QList<store::CustomerListRow> m_rows;
    QDateTime m_now;
};

// Filter of the Customers page: a tag and free text (name, domain, id,
// reseller, tag), case-insensitive; sorts on CustomersModel::SortRole.
class CustomersFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CustomersFilter(QObject *parent = nullptr);

    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tag;
    QString m_text;
};

} // namespace vigie::gui
