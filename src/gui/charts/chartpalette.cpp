#include "gui/charts/chartpalette.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <algorithm>

namespace vigie::gui::chartpalette {

namespace {

constexpr const char *kRole = "vigieChartRole";

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor color(Role role, const QPalette &palette)
{
    // Light variants: the charts' original colours. Dark variants keep the
    // hue and raise the lightness so each still stands out from the base.
    const bool dark = isDark(palette);
    switch (role) {
    case Role::Cost:
        return palette.color(QPalette::Text);
    case Role::Baseline:
        return dark ? QColor(0x8c, 0xb8, 0xf2) : QColor(0x2f, 0x5f, 0x9e);
    case Role::Band:
        return dark ? QColor(0x6f, 0xa8, 0xef, 80) : QColor(0x4c, 0x8b, 0xd6, 60);
    case Role::Anomaly:
        return dark ? QColor(0xff, 0x5a, 0x5f) : QColor(0xd6, 0x33, 0x39);
    case Role::None:
        break;
    }
    return palette.color(QPalette::Text);
}

void setRole(QAbstractSeries *series, Role role)
{
    series->setProperty(kRole, int(role));
}

Role role(const QAbstractSeries *series)
{
    const QVariant v = series->property(kRole);
    return v.isValid() ? Role(v.toInt()) : Role::None;
}

void apply(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    for (QAbstractSeries *series : chart->series()) {
        const Role r = role(series);
        if (r == Role::None)
            continue;
        const QColor c = color(r, palette);
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            area->setColor(c);
            QColor border = c;
            border.setAlpha(std::min(255, c.alpha() * 2));
            area->setBorderColor(border);
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            scatter->setColor(c);
            // A ring away from the background keeps the marker apart from
            // the line it sits on.
            scatter->setBorderColor(isDark(palette) ? c.lighter(150) : c.darker(160));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QPen pen = line->pen();
            pen.setColor(c);
            line->setPen(pen);
        }
    }
}

} // namespace vigie::gui::chartpalette
