#pragma once

#include "analytics/spendview.h"

#include <QAbstractTableModel>

namespace vigie::gui {

// The cross-customer spend anomalies, ranked by excess cost (the order
// analytics::loadSpendOverview gives; the view may sort by any column).
// Names are shown, ids are in the tooltips.
class SpendAnomalyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Excess,
        PercentAbove,
        Day,
        Customer,
        Subscription,
        Cost,
        Baseline,
        Alerts,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setAnomalies(const QList<analytics::RankedAnomaly> &anomalies);
    const analytics::RankedAnomaly *anomalyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Header and formatted cells follow the language (QLocale, tr()).
    void retranslate();

private:
    QList<analytics::RankedAnomaly> m_rows;
};

} // namespace vigie::gui
