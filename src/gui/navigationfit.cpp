#include "gui/navigationfit.h"

#include <QEvent>
#include <QListWidget>
#include <QScrollBar>
#include <QStyle>

namespace vigie::gui {

NavigationFit::NavigationFit(QListWidget *list) : QObject(list), m_list(list)
{
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight); // only if a label outgrows the screen
    m_list->installEventFilter(this);
    // Re-translated labels arrive as item changes.
    connect(m_list->model(), &QAbstractItemModel::dataChanged, this, &NavigationFit::fit);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &NavigationFit::fit);
    fit();
}

int NavigationFit::neededWidth(const QListWidget *list)
{
    // The delegate's own size hint per item: text, icon and item margins as
    // the style draws them.
    const int items = list->sizeHintForColumn(0);
    const int scrollBar =
        list->verticalScrollBar()->isVisible()
            ? list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list)
            : 0;
    // Frame on both sides, item spacing, and a few pixels so the text does not
    // touch the frame.
    return items + 2 * list->frameWidth() + 2 * list->spacing() + scrollBar + 8;
}

void NavigationFit::fit()
{
    const int width = neededWidth(m_list);
    if (width != m_list->width() || m_list->minimumWidth() != width)
        m_list->setFixedWidth(width);
}

bool NavigationFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list) {
        switch (event->type()) {
        case QEvent::LanguageChange:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::Polish:
            fit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vigie::gui
