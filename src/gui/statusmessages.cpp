#include "gui/statusmessages.h"

#include <QEvent>
#include <QStatusBar>

namespace vigie::gui {

StatusMessages::StatusMessages(QStatusBar *bar) : QObject(bar), m_bar(bar)
{
    bar->installEventFilter(this);
}

void StatusMessages::show(Render render, int timeoutMs)
{
    if (!m_bar || !render)
        return;
    m_render = std::move(render);
    m_timeoutMs = std::max(0, timeoutMs);
    m_since.start();
    m_shown = m_render();
    m_bar->showMessage(m_shown, m_timeoutMs);
}

QString StatusMessages::current() const
{
    return m_bar && m_render && m_bar->currentMessage() == m_shown ? m_shown : QString();
}

bool StatusMessages::eventFilter(QObject *watched, QEvent *event)
{
    // The bar hears LanguageChange once the new translator is installed.
    // The event type first: the filter also hears the bar's last events while
    // it is destroyed, when reading m_bar (a cast to QStatusBar) is undefined.
    if (event->type() == QEvent::LanguageChange && watched == m_bar)
        rerender();
    return QObject::eventFilter(watched, event);
}

void StatusMessages::rerender()
{
    if (current().isEmpty())
        return; // timed out, or replaced by someone else's message
    int left = 0;
    if (m_timeoutMs > 0) {
        left = m_timeoutMs - int(m_since.elapsed());
        if (left <= 0)
            return;
    }
    m_shown = m_render();
    m_bar->showMessage(m_shown, left);
    // The rest of the time counts from the original show().
    m_timeoutMs = left;
    m_since.start();
}

} // namespace vigie::gui
