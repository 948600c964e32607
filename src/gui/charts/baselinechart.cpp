#include "gui/charts/baselinechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace vigie::gui {

BaselineChart::BaselineChart(QWidget *parent)
    : QChartView(parent), m_bars(new QStackedBarSeries), m_historySet(new QBarSet(QString())),
      m_currentSet(new QBarSet(QString())), m_limit(new QLineSeries), m_axisX(new QBarCategoryAxis),
      m_axisY(new QValueAxis)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_historySet->setColor(QColor(0x9a, 0xa5, 0xb1));
    m_currentSet->setColor(QColor(0xd6, 0x33, 0x39));
    m_bars->append(m_historySet);
    m_bars->append(m_currentSet);
    chart->addSeries(m_bars);
    QPen pen(QColor(0x66, 0x4d, 0x03));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    m_limit->setPen(pen);
    chart->addSeries(m_limit);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_bars->attachAxis(m_axisX);
    m_bars->attachAxis(m_axisY);
    m_limit->attachAxis(m_axisY);
    // The limit line spans the category axis by index; a hidden value axis keeps it aligned.
    auto *lineX = new QValueAxis;
    lineX->setVisible(false);
    chart->addAxis(lineX, Qt::AlignBottom);
    m_limit->attachAxis(lineX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
}

void BaselineChart::setData(const Data &data)
{
    m_data = data;
    m_historySet->remove(0, m_historySet->count());
    m_currentSet->remove(0, m_currentSet->count());
    for (double v : data.history) {
        m_historySet->append(v);
        m_currentSet->append(0);
    }
    m_historySet->append(0);
    m_currentSet->append(data.current);
    m_axisX->clear();
    m_axisX->append(data.labels);
    const qsizetype n = data.history.size() + 1;
    m_limit->clear();
    m_limit->append(-0.5, data.limit);
    m_limit->append(double(n) - 0.5, data.limit);
    auto *lineX = qobject_cast<QValueAxis *>(m_limit->attachedAxes().constFirst() == m_axisY
                                                 ? m_limit->attachedAxes().constLast()
                                                 : m_limit->attachedAxes().constFirst());
    if (lineX)
        lineX->setRange(-0.5, double(n) - 0.5);
    double top = std::max(data.current, data.limit);
    for (double v : data.history)
        top = std::max(top, v);
    m_axisY->setRange(0, top * 1.15 + 1);
    m_axisY->applyNiceNumbers();
}

void BaselineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void BaselineChart::retranslate()
{
    m_historySet->setLabel(tr("Baseline windows"));
    m_currentSet->setLabel(tr("Current window"));
    m_limit->setName(tr("Limit"));
    m_axisY->setTitleText(tr("Events"));
}

} // namespace vigie::gui
