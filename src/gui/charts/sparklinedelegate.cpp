#include "gui/charts/sparklinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace vigie::gui {

QPolygonF SparklineDelegate::polyline(const QList<double> &values, const QRectF &rect)
{
    QPolygonF points;
    if (values.isEmpty() || rect.isEmpty())
        return points;
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const double lo = std::min(0.0, *minIt);
    const double span = std::max(*maxIt - lo, 1e-9);
    const double step = values.size() > 1 ? rect.width() / double(values.size() - 1) : 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double y = rect.bottom() - (values[i] - lo) / span * rect.height();
        points << QPointF(rect.left() + step * double(i), y);
    }
    return points;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariantList raw = index.data(SparklineRole).toList();
    if (raw.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    QList<double> values;
    values.reserve(raw.size());
    for (const QVariant &v : raw)
        values << v.toDouble();
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                   : option.palette.link().color());
    pen.setWidthF(1.5);
    painter->setPen(pen);
    painter->drawPolyline(polyline(values, area));
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 90), std::max(base.height(), 22)};
}

} // namespace vigie::gui
