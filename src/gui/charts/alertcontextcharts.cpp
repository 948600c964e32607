#include "gui/charts/alertcontextcharts.h"

#include "core/timeutil.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace vigie::gui {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kMiniHeight = 130;
constexpr int kMiniMargin = 2;

QChart *miniChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    QFont small = chart->titleFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    chart->setTitleFont(small);
    chart->setMargins(QMargins(kMiniMargin, kMiniMargin, kMiniMargin, kMiniMargin));
    chart->setBackgroundRoundness(0);
    return chart;
}

QFont smallLabels(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(std::max(6.5, f.pointSizeF() * 0.75));
    return f;
}

// A whole-number axis from 0 with at most 3 ticks (small charts).
QValueAxis *countAxis(const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 2);
    axis->setTickCount(3);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(font);
    return axis;
}

int sum(const QList<int> &values)
{
    int t = 0;
    for (int v : values)
        t += v;
    return t;
}

} // namespace

AlertContextCharts::AlertContextCharts(QWidget *parent)
    : QWidget(parent), m_failedSignIns(makeHourly(QStringLiteral("failedSignInsChart"))),
      m_auditChanges(makeHourly(QStringLiteral("auditChangesChart")))
{
    // Spend of the alert's subscription, one bar per day.
    const QFont labels = smallLabels(font());
    m_spend = new ChartView(this);
    m_spend->setObjectName(QStringLiteral("spendChart"));
    QChart *chart = miniChart();
    m_spendSet = new QBarSet(tr("Spend"));
    auto *bars = new QBarSeries;
    bars->append(m_spendSet);
    chart->addSeries(bars);
    m_spendDays = new QBarCategoryAxis;
    m_spendDays->setLabelsFont(labels);
    chart->addAxis(m_spendDays, Qt::AlignBottom);
    bars->attachAxis(m_spendDays);
    m_spendY = new QValueAxis;
    m_spendY->setRange(0, 1);
    m_spendY->setTickCount(3);
    m_spendY->setLabelFormat(QStringLiteral("%.0f"));
    m_spendY->setLabelsFont(labels);
    chart->addAxis(m_spendY, Qt::AlignLeft);
    bars->attachAxis(m_spendY);
    m_spend->showChart(chart); // hooks the tooltips once

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (ChartView *view : {m_failedSignIns.view, m_auditChanges.view, m_spend}) {
        view->setMinimumHeight(kMiniHeight);
        view->setMaximumHeight(kMiniHeight);
        view->setFocusPolicy(Qt::NoFocus); // not a stop on the keyboard path of the queue
        layout->addWidget(view, 1);
    }
    fitTitles();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the text above takes the rest
    hide();                                                    // until an alert is shown
}

AlertContextCharts::Hourly AlertContextCharts::makeHourly(const QString &objectName)
{
    const QFont labels = smallLabels(font());
    Hourly h;
    h.view = new ChartView(this);
    h.view->setObjectName(objectName);
    QChart *chart = miniChart();
    h.series = new QLineSeries;
    chart->addSeries(h.series);
    auto *x = new QValueAxis;
    x->setRange(-24, 24);
    x->setTickCount(5);
    x->setLabelFormat(QStringLiteral("%+.0f h"));
    x->setLabelsFont(labels);
    chart->addAxis(x, Qt::AlignBottom);
    h.series->attachAxis(x);
    h.y = countAxis(labels);
    chart->addAxis(h.y, Qt::AlignLeft);
    h.series->attachAxis(h.y);
    h.view->showChart(chart); // hooks the tooltips once
    return h;
}

QString AlertContextCharts::failedTitle(const QString &count) const
{
    return tr("Failed sign-ins (%1)").arg(count);
}

QString AlertContextCharts::auditTitle(const QString &count) const
{
    return tr("Directory changes (%1)").arg(count);
}

int AlertContextCharts::titleWidth(const ChartView *view) const
{
    const QString wide = QLocale().toString(8888);
    QStringList titles;
    if (view == m_failedSignIns.view)
        titles << failedTitle(wide);
    else if (view == m_auditChanges.view)
        titles << auditTitle(wide);
    else
        titles << tr("Spend (%1)").arg(chartformat::currency(8888.88, QStringLiteral("EUR")))
               << tr("No spend data");
    const QChart *chart = view->chart();
    const QFontMetrics fm(chart->titleFont());
    int text = 0;
    for (const QString &t : std::as_const(titles))
        text = std::max(text, fm.horizontalAdvance(t));
    // The title gets the chart's width less its layout's and its own margins.
    qreal left = 0, top = 0, right = 0, bottom = 0;
    chart->layout()->getContentsMargins(&left, &top, &right, &bottom);
    return text + int(std::ceil(left + right)) + chart->margins().left() +
           chart->margins().right() + fm.averageCharWidth();
}

// Each chart at least as wide as its title in this language, and the room
// shared in proportion: a long French title gets the width it needs. Done
// once per language, never per alert (a new minimum lays the pane out again).
void AlertContextCharts::fitTitles()
{
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    int i = 0;
    for (ChartView *view : {m_failedSignIns.view, m_auditChanges.view, m_spend}) {
        const int width = titleWidth(view);
        view->setMinimumWidth(width);
        layout->setStretch(i++, width);
    }
}

void AlertContextCharts::clear()
{
    m_failedSignIns.series->clear();
    m_auditChanges.series->clear();
    m_spendSet->remove(0, m_spendSet->count());
    m_spendDays->clear();
    m_shown = false;
    hide();
}

void AlertContextCharts::setHourly(Hourly &h, const QString &title, const QList<int> &values,
                                   qint64 windowStartMs, qint64 alertMs)
{
    // Hours from the alert on x; the tooltip says the local hour.
    QList<QPointF> points;
    points.reserve(values.size());
    int top = 0;
    for (int i = 0; i < int(values.size()); ++i) {
        points << QPointF(double(windowStartMs + i * kHourMs - alertMs) / kHourMs, values[i]);
        top = std::max(top, values[i]);
    }
    h.series->replace(points);
    h.series->setName(title.section(u'(', 0, 0).trimmed());
    h.y->setRange(0, std::max(2.0, std::ceil(top / 2.0) * 2));
    QChart *chart = h.view->chart();
    chart->setTitle(title);
    if (h.view->isZoomed())
        h.view->resetZoom();
    h.view->setXFormatter([alertMs](double hours) {
        return QLocale().toString(
            fromEpochMs(alertMs + qint64(std::llround(hours * kHourMs))).toLocalTime(),
            QLocale::ShortFormat);
    });
}

void AlertContextCharts::setContext(const store::AlertContext &c, qint64 alertMs)
{
    m_context = c;
    m_alertMs = alertMs;
    m_shown = true;
    setHourly(m_failedSignIns, failedTitle(QLocale().toString(sum(c.failedSignInsPerHour))),
              c.failedSignInsPerHour, c.windowStartMs, alertMs);
    setHourly(m_auditChanges, auditTitle(QLocale().toString(sum(c.auditChangesPerHour))),
              c.auditChangesPerHour, c.windowStartMs, alertMs);

    QList<qreal> values;
    QStringList days, tooltips;
    double total = 0, top = 0;
    for (const auto &[day, cost] : c.spend) {
        values << cost;
        total += cost;
        top = std::max(top, cost);
        const QDate d = fromEpochMs(day).date();
        days << chartformat::dayMonth(d);
        tooltips << chartformat::day(d);
    }
    m_spendSet->remove(0, m_spendSet->count());
    m_spendSet->setLabel(tr("Spend"));
    m_spendDays->setCategories(days);
    m_spendSet->append(values);
    m_spendY->setRange(0, top > 0 ? top * 1.1 : 1);
    m_spend->chart()->setTitle(
        c.spend.isEmpty() ? tr("No spend data")
                          : tr("Spend (%1)").arg(chartformat::currency(total, c.currency)));
    m_spend->setCategoryLabels(tooltips);
    m_spend->setValueFormatter(
        [currency = c.currency](double v) { return chartformat::currency(v, currency); });
    if (m_spend->isZoomed())
        m_spend->resetZoom();
    show();
}

void AlertContextCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (ChartView *view : {m_failedSignIns.view, m_auditChanges.view, m_spend})
            view->chart()->setLocale(QLocale());
        fitTitles();
        if (m_shown)
            setContext(m_context, m_alertMs); // titles and day labels in the new language
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
