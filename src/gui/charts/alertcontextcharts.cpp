#include "gui/charts/alertcontextcharts.h"

#include "core/timeutil.h"
#include "gui/charts/chartformat.h"
#include "gui/charts/chartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace vigie::gui {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kMiniHeight = 130;

QChart *miniChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    chart->setTitle(title);
    QFont small = chart->titleFont();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    chart->setTitleFont(small);
    chart->setMargins(QMargins(2, 2, 2, 2));
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
QValueAxis *countAxis(double top, const QFont &font)
{
    auto *axis = new QValueAxis;
    const double axisTop = std::max(2.0, std::ceil(top / 2) * 2);
    axis->setRange(0, axisTop);
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
    : QWidget(parent), m_failedSignIns(new ChartView(this)), m_auditChanges(new ChartView(this)),
      m_spend(new ChartView(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (ChartView *view : {m_failedSignIns, m_auditChanges, m_spend}) {
        view->setMinimumHeight(kMiniHeight);
        view->setMaximumHeight(kMiniHeight);
        view->setMinimumWidth(120);
        view->setFocusPolicy(Qt::NoFocus); // not a stop on the keyboard path of the queue
        layout->addWidget(view, 1);
    }
    m_failedSignIns->setObjectName(QStringLiteral("failedSignInsChart"));
    m_auditChanges->setObjectName(QStringLiteral("auditChangesChart"));
    m_spend->setObjectName(QStringLiteral("spendChart"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // the text above takes the rest
    hide();                                                    // until an alert is shown
}

void AlertContextCharts::clear()
{
    for (ChartView *view : {m_failedSignIns, m_auditChanges, m_spend})
        view->showChart(nullptr);
    hide();
}

void AlertContextCharts::setContext(const store::AlertContext &c, qint64 alertMs)
{
    const QFont labels = smallLabels(font());
    // Hours from the alert on x; the tooltip says the local hour.
    const auto hourly = [&](ChartView *view, const QString &title, const QList<int> &values) {
        QChart *chart = miniChart(title.arg(QLocale().toString(sum(values))));
        auto *series = new QLineSeries;
        series->setName(title.section(u'(', 0, 0).trimmed());
        int top = 0;
        for (int h = 0; h < int(values.size()); ++h) {
            const double x = double(c.windowStartMs + h * kHourMs - alertMs) / kHourMs;
            series->append(x, values[h]);
            top = std::max(top, values[h]);
        }
        chart->addSeries(series);
        auto *x = new QValueAxis;
        x->setRange(-24, 24);
        x->setTickCount(5);
        x->setLabelFormat(QStringLiteral("%+.0f h"));
        x->setLabelsFont(labels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QValueAxis *y = countAxis(top, labels);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        view->setXFormatter([alertMs](double hours) {
            return QLocale().toString(
                fromEpochMs(alertMs + qint64(std::llround(hours * kHourMs))).toLocalTime(),
                QLocale::ShortFormat);
        });
        view->showChart(chart);
    };
    hourly(m_failedSignIns, tr("Failed sign-ins (%1)"), c.failedSignInsPerHour);
    hourly(m_auditChanges, tr("Directory changes (%1)"), c.auditChangesPerHour);

    // Spend of the alert's subscription, one bar per day.
    double total = 0;
    QChart *chart = nullptr;
    if (c.spend.isEmpty()) {
        chart = miniChart(tr("No spend data"));
    } else {
        for (const auto &[day, cost] : c.spend)
            total += cost;
        chart = miniChart(tr("Spend (%1)").arg(chartformat::currency(total, c.currency)));
        auto *set = new QBarSet(tr("Spend"));
        QStringList days, tooltips;
        double top = 0;
        for (const auto &[day, cost] : c.spend) {
            *set << cost;
            top = std::max(top, cost);
            const QDate d = fromEpochMs(day).date();
            days << chartformat::dayMonth(d);
            tooltips << chartformat::day(d);
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(days);
        x->setLabelsFont(labels);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->setTickCount(3);
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setLabelsFont(labels);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        m_spend->setCategoryLabels(tooltips);
    }
    m_spend->setValueFormatter(
        [currency = c.currency](double v) { return chartformat::currency(v, currency); });
    m_spend->showChart(chart);
    show();
}

} // namespace vigie::gui
