#include "gui/charts/chartformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace vigie::gui::chartformat {

QString number(double value, int decimals, const QLocale &locale)
{
    return locale.toString(value, 'f', decimals);
}

QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols{{QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")},
                                                 {QStringLiteral("CHF"), QStringLiteral("CHF")},
                                                 {QStringLiteral("CAD"), QStringLiteral("CA$")},
                                                 {QStringLiteral("AUD"), QStringLiteral("A$")},
                                                 {QStringLiteral("INR"), QStringLiteral("₹")}};
    const QString upper = code.trimmed().toUpper();
    return symbols.value(upper, upper);
}

QString currency(double amount, const QString &code, const QLocale &locale)
{
    // QLocale places the symbol as the locale does (after the amount with a
    // no-break space in French, before it in English).
    return locale.toCurrencyString(amount, currencySymbol(code), 2);
}

QString dayMonthPattern(const QLocale &locale)
{
    // The locale's short date without its year and the separator next to it.
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("[^dMy]*y+[^dMy]*"));
    const QRegularExpressionMatch m = year.match(pattern);
    if (m.hasMatch()) {
        const bool atEnd = m.capturedEnd() == pattern.size();
        const bool atStart = m.capturedStart() == 0;
        QString keep = m.captured(0);
        keep.remove(QRegularExpression(QStringLiteral("y+")));
        // Keep one separator when the year sat between day and month.
        pattern.replace(m.capturedStart(), m.capturedLength(),
                        atEnd || atStart ? QString() : keep.left(1));
    }
    pattern = pattern.trimmed();
    return pattern.isEmpty() ? QStringLiteral("dd/MM") : pattern;
}

QString dayMonth(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, dayMonthPattern(locale));
}

QString day(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

QString hours(double hours, const QLocale &locale)
{
    if (hours < 1.0)
        return QCoreApplication::translate("ChartFormat", "%1 min")
            .arg(locale.toString(qRound(hours * 60.0)));
    if (hours < 48.0)
        return QCoreApplication::translate("ChartFormat", "%1 h")
            .arg(locale.toString(hours, 'f', hours < 10 ? 1 : 0));
    const double days = hours / 24.0;
    return QCoreApplication::translate("ChartFormat", "%1 d")
        .arg(locale.toString(days, 'f', days < 10 ? 1 : 0));
}

} // namespace vigie::gui::chartformat
