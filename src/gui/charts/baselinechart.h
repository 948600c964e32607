#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace vigie::gui {

// Why a baseline-delta rule fired: the event count of each baseline window,
// the current window, and the limit it had to exceed (baseline × (1 + p%)).
class BaselineChart : public QChartView
{
    Q_OBJECT
public:
    struct Data
    {
        QStringList labels;    // one per window, oldest first, current last
        QList<double> history; // baseline windows (labels.size() - 1 values)
        double current = 0;
        double baseline = 0; // median of history
        double limit = 0;    // the value `current` had to exceed
    };

    explicit BaselineChart(QWidget *parent = nullptr);
    void setData(const Data &data);
    const Data &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Data m_data;
    QStackedBarSeries *m_bars;
    QBarSet *m_historySet;
    QBarSet *m_currentSet;
    QLineSeries *m_limit;
    QBarCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
};

} // namespace vigie::gui
