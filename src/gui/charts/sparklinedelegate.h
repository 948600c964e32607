#pragma once

#include <QStyledItemDelegate>

namespace vigie::gui {

// Paints a QVariantList of numbers (the item's SparklineRole) as a small line:
// daily hit counts of a rule, daily spend of a subscription. Pre-aggregated
// values only: the delegate never queries anything.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int SparklineRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The polyline for `values` inside `rect` (exposed for tests).
    static QPolygonF polyline(const QList<double> &values, const QRectF &rect);
};

} // namespace vigie::gui
