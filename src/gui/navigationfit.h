#pragma once

#include <QObject>

class QListWidget;

namespace vigie::gui {

// Keeps the page list exactly as wide as its longest item in the current
// language: French labels ("Vue d'ensemble", "Paramètres") were cut by a
// fixed maximum width and the list scrolled sideways. Refits when an item's
// text changes (a runtime language switch re-translates them), and on font
// and style changes; the list never scrolls horizontally.
class NavigationFit : public QObject
{
    Q_OBJECT
public:
    // Attaches to `list` (its parent), fits it at once.
    explicit NavigationFit(QListWidget *list);

    // The width the list needs for its longest item, frame included.
    static int neededWidth(const QListWidget *list);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_list;
};

} // namespace vigie::gui
