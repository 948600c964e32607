#include "gui/headerfit.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>

namespace vigie::gui {

void fitColumnsToHeaders(QTableView *view, int stretchColumn, const QHash<int, int> &minimum)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    view->setTextElideMode(Qt::ElideRight);
    view->setWordWrap(false);
    // Label, margins and the sort arrow.
    const int extra = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                      header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + 8;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (c == stretchColumn) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
            continue;
        }
        const QString label = model->headerData(c, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(label) + extra;
        header->resizeSection(c, std::max(needed, minimum.value(c, 0)));
    }
}

} // namespace vigie::gui
