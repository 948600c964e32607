#pragma once

#include "store/alertcharts.h"

#include <QAbstractTableModel>

namespace vigie::gui {

// The Overview's "top customers by active alerts": names shown, ids in the
// tooltip; read by the store worker, swapped in whole.
class TopCustomersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Customer,
        Active,
        High,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1
    };

    explicit TopCustomersModel(QObject *parent = nullptr);
    void setRows(const QList<store::TopCustomer> &rows);
    const QList<store::TopCustomer> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<store::TopCustomer> m_rows;
};

} // namespace vigie::gui
