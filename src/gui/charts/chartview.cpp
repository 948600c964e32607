#include "gui/charts/chartview.h"

#include "gui/charts/chartformat.h"
#include "gui/charts/chartpalette.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>
#include <QXYSeries>
#include <cmath>

namespace vigie::gui {

namespace {

constexpr double kZoomStep = 1.25;

QAbstractAxis *horizontalAxis(QAbstractSeries *series)
{
    const QList<QAbstractAxis *> axes = series->attachedAxes();
    for (QAbstractAxis *a : axes)
        if (a->orientation() == Qt::Horizontal && a->isVisible())
            return a;
    return axes.isEmpty() ? nullptr : axes.first();
}

// The series point nearest in x to where the mouse is (hovered() gives a
// point on the line between two data points).
QPointF nearestPoint(const QList<QPointF> &points, const QPointF &at)
{
    QPointF best = at;
    double distance = qInf();
    for (const QPointF &p : points) {
        if (const double d = std::abs(p.x() - at.x()); d < distance) {
            distance = d;
            best = p;
        }
    }
    return best;
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    setMinimumSize(240, 160);
    showChart(nullptr);
}

ChartView::~ChartView() = default;

void ChartView::showChart(QChart *chart)
{
    QChart *old = this->chart();
    m_hiddenSets.clear();
    m_zoom = 1.0;
    if (!chart)
        chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    setChart(chart); // the view owns it now; the previous one is released
    if (old && old != chart)
        delete old;
    for (QAbstractSeries *s : chart->series())
        hookSeries(s);
    hookLegend();
    applyPalette();
    showToolTip(QString());
}

void ChartView::setValueFormatter(ValueFormatter format)
{
    m_formatValue = std::move(format);
}

void ChartView::setXFormatter(XFormatter format)
{
    m_formatX = std::move(format);
}

void ChartView::setCategoryLabels(const QStringList &labels)
{
    m_categories = labels;
}

QString ChartView::formatValue(double v) const
{
    if (m_formatValue)
        return m_formatValue(v);
    return chartformat::number(v, std::abs(v - std::round(v)) < 1e-9 ? 0 : 2);
}

QString ChartView::formatX(QAbstractSeries *series, double x) const
{
    if (m_formatX)
        return m_formatX(x);
    if (qobject_cast<QDateTimeAxis *>(horizontalAxis(series)))
        return chartformat::day(QDateTime::fromMSecsSinceEpoch(qint64(x)).date());
    return chartformat::number(x, std::abs(x - std::round(x)) < 1e-9 ? 0 : 2);
}

QString ChartView::categoryLabel(QAbstractSeries *series, int index) const
{
    if (index >= 0 && index < m_categories.size())
        return m_categories.at(index);
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(horizontalAxis(series));
        axis && index >= 0 && index < axis->count())
        return axis->at(index);
    return QLocale().toString(index + 1);
}

void ChartView::hookSeries(QAbstractSeries *series)
{
    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
        connect(bars, &QAbstractBarSeries::hovered, this,
                [this, bars](bool status, int index, QBarSet *set) {
                    if (!status || !set) {
                        showToolTip(QString());
                        return;
                    }
                    QString text = categoryLabel(bars, index) + u'\n' +
                                   tr("%1: %2").arg(set->label(), formatValue(set->at(index)));
                    if (qobject_cast<QStackedBarSeries *>(bars) && bars->count() > 1) {
                        double total = 0;
                        for (QBarSet *s : bars->barSets())
                            total += s->at(index);
                        text += u'\n' + tr("Total: %1").arg(formatValue(total));
                    }
                    showToolTip(text);
                });
    } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
        connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &at, bool state) {
            if (!state) {
                showToolTip(QString());
                return;
            }
            const QPointF p = nearestPoint(xy->points(), at);
            showToolTip(xy->name() + u'\n' +
                        tr("%1: %2").arg(formatX(xy, p.x()), formatValue(p.y())));
        });
    } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
        connect(area, &QAreaSeries::hovered, this, [this, area](const QPointF &at, bool state) {
            if (!state || !area->upperSeries()) {
                showToolTip(QString());
                return;
            }
            const QPointF p = nearestPoint(area->upperSeries()->points(), at);
            showToolTip(area->name() + u'\n' +
                        tr("%1: %2").arg(formatX(area, p.x()), formatValue(p.y())));
        });
    } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
        connect(pie, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool state) {
            if (!state || !slice) {
                showToolTip(QString());
                return;
            }
            showToolTip(tr("%1: %2 (%3 %)")
                            .arg(slice->label(), formatValue(slice->value()),
                                 QLocale().toString(slice->percentage() * 100.0, 'f', 1)));
        });
    }
}

void ChartView::hookLegend()
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *m : markers) {
        connect(m, &QLegendMarker::clicked, this, [this, m] {
            const int index = int(chart()->legend()->markers().indexOf(m));
            toggleLegendMarker(index);
        });
    }
}

void ChartView::showToolTip(const QString &text)
{
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
    Q_EMIT toolTipChanged(text);
}

bool ChartView::markerShown(QLegendMarker *marker) const
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        return !m_hiddenSets.contains(bar->barset());
    return !marker->series() || marker->series()->isVisible();
}

void ChartView::styleMarker(QLegendMarker *marker, bool shown)
{
    QColor label = palette().color(QPalette::Text);
    if (!shown)
        label.setAlphaF(0.4f);
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    QColor c = brush.color();
    c.setAlphaF(shown ? 1.0f : 0.25f);
    brush.setColor(c);
    marker->setBrush(brush);
}

void ChartView::toggleLegendMarker(int index)
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    if (index < 0 || index >= markers.size())
        return;
    QLegendMarker *m = markers.at(index);
    bool shown = true;
    if (auto *bar = qobject_cast<QBarLegendMarker *>(m)) {
        // A bar set cannot be hidden in its series: its values go to zero
        // (the stack closes up) and come back from here.
        QBarSet *set = bar->barset();
        if (auto it = m_hiddenSets.find(set); it != m_hiddenSets.end()) {
            const QList<qreal> values = *it;
            m_hiddenSets.erase(it);
            for (int i = 0; i < values.size() && i < set->count(); ++i)
                set->replace(i, values.at(i));
        } else {
            QList<qreal> values;
            values.reserve(set->count());
            for (int i = 0; i < set->count(); ++i)
                values << set->at(i);
            m_hiddenSets.insert(set, values);
            for (int i = 0; i < set->count(); ++i)
                set->replace(i, 0);
            shown = false;
        }
    } else if (QAbstractSeries *s = m->series()) {
        s->setVisible(!s->isVisible());
        m->setVisible(true); // hiding a series hides its marker too
        shown = s->isVisible();
    }
    styleMarker(m, shown);
    Q_EMIT legendMarkerToggled(index, shown);
}

bool ChartView::isLegendMarkerShown(int index) const
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    return index >= 0 && index < markers.size() && markerShown(markers.at(index));
}

QStringList ChartView::legendLabels() const
{
    QStringList out;
    for (QLegendMarker *m : chart()->legend()->markers())
        out << m->label();
    return out;
}

void ChartView::applyPalette()
{
    QChart *c = chart();
    if (!c)
        return;
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.15f);
    QColor line = pal.color(QPalette::Text);
    line.setAlphaF(0.45f);
    setBackgroundBrush(base);
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    chartpalette::apply(c, pal); // series with a meaning: cost, baseline, band, anomalies
    for (QLegendMarker *m : c->legend()->markers())
        if (!markerShown(m))
            styleMarker(m, false);
}

void ChartView::zoomTime(double factor, double anchorX)
{
    QChart *c = chart();
    if (!c || factor <= 0)
        return;
    if (m_zoom * factor <= 1.0 + 1e-9) { // never wider than the whole range
        resetZoom();
        return;
    }
    const QRectF plot = c->plotArea();
    if (plot.width() <= 0)
        return;
    if (std::isnan(anchorX) || anchorX < plot.left() || anchorX > plot.right())
        anchorX = plot.center().x();
    const double width = plot.width() / factor;
    const double left = anchorX - (anchorX - plot.left()) / factor;
    c->zoomIn(QRectF(left, plot.top(), width, plot.height()));
    m_zoom *= factor;
}

void ChartView::panTime(double pixels)
{
    if (QChart *c = chart())
        c->scroll(pixels, 0);
}

void ChartView::resetZoom()
{
    if (QChart *c = chart())
        c->zoomReset();
    m_zoom = 1.0;
}

bool ChartView::isZoomed() const
{
    return chart() && chart()->isZoomed();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    zoomTime(delta > 0 ? kZoomStep : 1.0 / kZoomStep, at.x());
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_dragFrom = event->position().toPoint();
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging &&
            (at - m_dragFrom).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panTime(-(at.x() - m_dragFrom.x())); // the content follows the mouse
            m_dragFrom = at;
            event->accept();
            return;
        }
    }
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            unsetCursor();
            event->accept();
            return;
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    const double step = chart() ? chart()->plotArea().width() / 10.0 : 0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomTime(kZoomStep);
        break;
    case Qt::Key_Minus:
        zoomTime(1.0 / kZoomStep);
        break;
    case Qt::Key_Left:
        panTime(-step);
        break;
    case Qt::Key_Right:
        panTime(step);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

QMenu *ChartView::createContextMenu()
{
    auto *menu = new QMenu(this);
    menu->addAction(tr("Save as &PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu->addAction(tr("Save as &SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset zoom"), this, &ChartView::resetZoom);
    reset->setEnabled(isZoomed());
    return menu;
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void ChartView::saveAs(const QString &format)
{
    const bool png = format == u"png";
    const QString filter = png ? tr("PNG images (*.png)") : tr("SVG images (*.svg)");
    QString name = chart()->title().isEmpty() ? tr("chart") : chart()->title();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    name += u'.' + format;
    QString path = m_chooseFile
                       ? m_chooseFile(name, filter)
                       : QFileDialog::getSaveFileName(this, tr("Export the chart"), name, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0)
        path += u'.' + format;
    const bool ok = png ? exportPng(path) : exportSvg(path);
    if (!ok)
        QMessageBox::warning(
            this, tr("Export the chart"),
            tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
}

QSize ChartView::exportSize(QSize size) const
{
    if (size.isValid() && !size.isEmpty())
        return size;
    const QSize own = this->size();
    return own.width() >= 640 && own.height() >= 360 ? own : QSize(960, 540);
}

bool ChartView::render(QPaintDevice &device, QSize size)
{
    QChart *c = chart();
    if (!c)
        return false;
    // Lay the chart out at the export size, paint it, and put it back.
    const QRectF old = c->geometry();
    const QRectF target(c->pos(), QSizeF(size));
    if (old != target)
        c->setGeometry(target);
    {
        QPainter painter(&device);
        if (!painter.isActive()) {
            c->setGeometry(old);
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(QRectF(QPointF(), QSizeF(size)), palette().color(QPalette::Base));
        scene()->render(&painter, QRectF(QPointF(), QSizeF(size)), c->sceneBoundingRect());
    }
    if (old != target)
        c->setGeometry(old);
    return true;
}

bool ChartView::exportPng(const QString &path, QSize size)
{
    size = exportSize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    if (!render(image, size) || !image.save(path, "PNG"))
        return false;
    Q_EMIT exported(path);
    return true;
}

bool ChartView::exportSvg(const QString &path, QSize size)
{
    size = exportSize(size);
    {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(chart() ? chart()->title() : QString());
        svg.setDescription(tr("Chart exported by Vigie"));
        if (!render(svg, size))
            return false;
    }
    if (QFileInfo(path).size() <= 0)
        return false;
    Q_EMIT exported(path);
    return true;
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

} // namespace vigie::gui
