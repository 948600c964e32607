#include "gui/topcustomersmodel.h"

#include "core/displaytext.h"

#include <QLocale>

namespace vigie::gui {

TopCustomersModel::TopCustomersModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopCustomersModel::setRows(const QList<store::TopCustomer> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TopCustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopCustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TopCustomer &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Customer:
            return r.name.isEmpty() ? r.id : displayText(r.name, 200);
        case Active:
            return QLocale().toString(r.active);
        case High:
            return QLocale().toString(r.high);
        }
        return {};
    case Qt::ToolTipRole:
        return r.name.isEmpty() ? r.id : displayText(r.name, 200) + u'\n' + r.id;
    case Qt::TextAlignmentRole:
        return index.column() == Customer ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CustomerIdRole:
        return r.id;
    }
    return {};
}

QVariant TopCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Customer:
        return tr("Customer");
    case Active:
        return tr("Active alerts");
    case High:
        return tr("High");
    }
    return {};
}

} // namespace vigie::gui
