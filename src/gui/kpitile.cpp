#include "gui/kpitile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vigie::gui {

KpiTile::KpiTile(QWidget *parent)
    : QPushButton(parent), m_title(new QLabel(this)), m_value(new QLabel(this))
{
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // The labels only show; the button takes every click and key.
    for (QLabel *l : {m_title, m_value}) {
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        l->setTextFormat(Qt::PlainText);
    }
    m_title->setWordWrap(true); // French titles are longer; two lines are fine here
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setText(QStringLiteral("–"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addStretch(1);
}

void KpiTile::setTitle(const QString &title)
{
    m_title->setText(title);
    updateAccessibleName();
}

void KpiTile::setValue(const QString &value)
{
    m_value->setText(value);
    updateAccessibleName();
}

void KpiTile::setHint(const QString &hint)
{
    setToolTip(hint);
    setAccessibleDescription(hint);
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::updateAccessibleName()
{
    setAccessibleName(m_title->text() + QStringLiteral(": ") + m_value->text());
}

QSize KpiTile::sizeHint() const
{
    return QSize(170, 88);
}

QSize KpiTile::minimumSizeHint() const
{
    return QSize(120, 88);
}

} // namespace vigie::gui
