#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QStatusBar;

namespace vigie::gui {

// Status-bar messages that follow a language switch. A message is kept as
// what makes it (a function calling tr() with its source text and
// arguments, e.g. `[n] { return MainWindow::tr("%n new finding(s)…", nullptr, n); }`),
// not as the rendered text: on LanguageChange the message still on screen is
// rendered again in the new language for the rest of its time. A message
// another caller wrote over (QStatusBar::showMessage) or that timed out is
// left alone.
class StatusMessages : public QObject
{
    Q_OBJECT
public:
    using Render = std::function<QString()>;

    explicit StatusMessages(QStatusBar *bar);

    // Shows render() for `timeoutMs` (0: until replaced).
    void show(Render render, int timeoutMs = 0);
    // The text shown by the last show(), if still on screen, else empty.
    QString current() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rerender();

    QPointer<QStatusBar> m_bar;
    Render m_render;
    QString m_shown;
    int m_timeoutMs = 0;
    QElapsedTimer m_since;
};

} // namespace vigie::gui
