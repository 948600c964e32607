#pragma once

#include <QPushButton>

class QLabel;

namespace vigie::gui {

// One figure of the Overview (title, value, a short explanation) as a
// button: clicking it, or Space/Enter on it, opens the view behind the figure.
class KpiTile : public QPushButton
{
    Q_OBJECT
public:
    explicit KpiTile(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setHint(const QString &hint); // the tooltip: what the figure counts
    QString title() const;
    QString value() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void updateAccessibleName();

    QLabel *m_title;
    QLabel *m_value;
};

} // namespace vigie::gui
