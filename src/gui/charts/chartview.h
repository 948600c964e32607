#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <functional>

class QAbstractSeries;
class QBarSet;
class QLegendMarker;
class QMenu;

namespace vigie::gui {

// The one chart widget of the dashboard: every chart is a QChart shown here.
//
// How to use it (any page):
//     auto *view = new ChartView(parent);
//     view->setCategoryLabels(days);              // bar charts: index → label for tooltips
//     view->setValueFormatter([](double v) { return chartformat::currency(v, "EUR"); });
//     view->showChart(chart);                     // takes ownership; the old chart is deleted
// Build the QChart with its series and axes first (no animations, no theme:
// the view styles it), then hand it over; to change the data, build a new
// chart and call showChart() again. Locale-aware labels: chartformat.h.
//
// What every chart then gets:
// - tooltips with the exact value under the mouse (bar sets: category, set and
//   value, plus the stack's total; lines, areas and scatter: the nearest point;
//   pie slices: value and share), formatted with the value formatter;
// - zoom and pan along the horizontal (time) axis: mouse wheel, dragging,
//   keys + - ← → and 0 / Home to reset; the vertical axis keeps its range;
// - legend markers that hide and show their series (or bar set) on click;
// - colours from the widget's QPalette (background, text, grid), re-applied
//   when the palette changes, so light and dark themes both read well;
// - a context menu and functions to export the chart as PNG and SVG.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    using ValueFormatter = std::function<QString(double)>;
    using XFormatter = std::function<QString(double)>;

    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // Shows `chart` (ownership taken; null shows an empty chart) and hooks
    // tooltips and legend toggles on the series it has now.
    void showChart(QChart *chart);

    // Tooltip text of values (default: a locale number, no decimals).
    void setValueFormatter(ValueFormatter format);
    // Tooltip text of x values of line/area/scatter series (default: a date
    // when the horizontal axis is a QDateTimeAxis, else a locale number).
    void setXFormatter(XFormatter format);
    // Tooltip names of bar categories, by index (default: the QBarCategoryAxis labels).
    void setCategoryLabels(const QStringList &labels);

    // Zoom along the horizontal axis by `factor` (> 1 zooms in) around the
    // plot-area x coordinate `anchorX` (NaN: the centre).
    void zoomTime(double factor, double anchorX = qQNaN());
    // Pans the horizontal axis by `pixels` of the plot area (> 0: later).
    void panTime(double pixels);
    void resetZoom();
    bool isZoomed() const;

    // Hides or shows the series (or bar set) of legend marker `index`, as a click does.
    void toggleLegendMarker(int index);
    // Whether the series / bar set of marker `index` is shown.
    bool isLegendMarkerShown(int index) const;
    QStringList legendLabels() const;

    // Renders the chart at `size` (default: the view's size, at least 640×360).
    bool exportPng(const QString &path, QSize size = {});
    bool exportSvg(const QString &path, QSize size = {});
    // The context menu (Save as PNG…, Save as SVG…, Reset zoom); the caller owns it.
    QMenu *createContextMenu();
    // Asks where to save an export (default: a QFileDialog); returns "" to cancel.
    using FileChooser = std::function<QString(const QString &suggestedName, const QString &filter)>;
    void setFileChooser(FileChooser choose) { m_chooseFile = std::move(choose); }

    // The text of the tooltip shown last (empty once hidden).
    QString toolTipText() const { return m_toolTip; }

Q_SIGNALS:
    void toolTipChanged(const QString &text);
    void legendMarkerToggled(int index, bool shown);
    void exported(const QString &path);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void hookSeries(QAbstractSeries *series);
    void hookLegend();
    void showToolTip(const QString &text);
    void saveAs(const QString &format);
    bool render(QPaintDevice &device, QSize size);
    QSize exportSize(QSize size) const;
    QString formatValue(double v) const;
    QString formatX(QAbstractSeries *series, double x) const;
    QString categoryLabel(QAbstractSeries *series, int index) const;
    bool markerShown(QLegendMarker *marker) const;
    void styleMarker(QLegendMarker *marker, bool shown);

    ValueFormatter m_formatValue;
    FileChooser m_chooseFile;
    double m_zoom = 1.0;
    XFormatter m_formatX;
    QStringList m_categories;
    QString m_toolTip;
    QHash<QBarSet *, QList<qreal>> m_hiddenSets; // values of hidden bar sets
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace vigie::gui
