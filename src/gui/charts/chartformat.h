#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace vigie::gui::chartformat {

// Locale-aware text for chart axes and tooltips, callable from any chart.
// Every function takes the locale (default: the application's, which the
// language switch sets), so "1 234,56 €" in French and "€1,234.56" in English.

// A count or measure: group separators, `decimals` digits.
QString number(double value, int decimals = 0, const QLocale &locale = QLocale());

// An amount in an ISO 4217 currency (EUR, USD, GBP...): the symbol when one
// is known, else the code; two decimals.
QString currency(double amount, const QString &code, const QLocale &locale = QLocale());
// The symbol of an ISO 4217 code ("€" for EUR), or the code itself.
QString currencySymbol(const QString &code);

// A day without its year in the locale's order ("07/12" in French, "12/7" in
// US English), for dense time axes.
QString dayMonth(const QDate &date, const QLocale &locale = QLocale());
// The same as a QDateTime::toString pattern, for QDateTimeAxis::setFormat.
QString dayMonthPattern(const QLocale &locale = QLocale());
// A full short date ("07/12/2026") for tooltips.
QString day(const QDate &date, const QLocale &locale = QLocale());

// A duration given in hours: "45 min", "5,5 h", "3,2 d" (localized units).
QString hours(double hours, const QLocale &locale = QLocale());

} // namespace vigie::gui::chartformat
