#include "gui/defaultgeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>
#include <QWindow>

namespace vigie::gui {

QRect DefaultGeometry::compute(const QRect &available, const QMargins &frame)
{
    const QSize frameSize(frame.left() + frame.right(), frame.top() + frame.bottom());
    const QSize size = QSize(kMaxWidth, kMaxHeight)
                           .boundedTo(available.size() - frameSize)
                           .expandedTo(QSize(1, 1));
    // Centred on the area with its frame around it (a title bar on top).
    const QSize outer = size + frameSize;
    const QPoint topLeft(available.x() + (available.width() - outer.width()) / 2,
                         available.y() + (available.height() - outer.height()) / 2);
    return QRect(topLeft + QPoint(frame.left(), frame.top()), size);
}

void DefaultGeometry::apply(QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QRect set = compute(available);
    window->setGeometry(set);
    new DefaultGeometry(window, available, window->geometry());
}

DefaultGeometry::DefaultGeometry(QWidget *window, const QRect &available, const QRect &set)
    : QObject(window), m_window(window), m_available(available), m_set(set)
{
    window->installEventFilter(this);
}

bool DefaultGeometry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        // Resized or moved by someone before being shown: theirs wins.
        if (m_window->geometry() == m_set && m_window->windowHandle()) {
            const QMargins frame = m_window->windowHandle()->frameMargins();
            if (!frame.isNull()) {
                const QRect fitted = compute(m_available, frame);
                if (fitted != m_set)
                    m_window->setGeometry(fitted);
            }
        }
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace vigie::gui
