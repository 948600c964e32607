#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>

class QWidget;

namespace vigie::gui {

// Where the main window opens when no geometry was remembered (first run):
// the screen's available area up to 1280×800, centred — on a 1280×800 laptop
// the whole work area (it opened 1207 px wide there). Once the window is
// shown and its frame is known, the frame is fitted inside the area too,
// unless someone resized the window meanwhile. A remembered geometry is
// restored instead and never passes through here.
class DefaultGeometry : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWidth = 1280;
    static constexpr int kMaxHeight = 800;

    // The window's client rectangle in `available` for a window frame of
    // `frame` around it.
    static QRect compute(const QRect &available, const QMargins &frame = {});

    // Sets `window`'s geometry on its screen (the primary one before it is
    // shown) and refits it with its frame when it is first shown.
    static void apply(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DefaultGeometry(QWidget *window, const QRect &available, const QRect &set);

    QWidget *m_window;
    QRect m_available;
    QRect m_set;
};

} // namespace vigie::gui
