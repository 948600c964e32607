#pragma once

#include "core/result.h"
#include "export/casefile.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

namespace vigie::store {
class Database;
}

// The PDF case report (QTextDocument printed on a QPdfWriter) with its
// charts drawn by Qt Charts offscreen into images. It lives beside the
// window because Qt Charts needs Widgets; `vigie report` reaches it through
// src/app, which runs that one verb on an offscreen QApplication.
namespace vigie::report {

struct CaseCharts
{
    QImage alertsPerDay; // stacked by severity over the case file's window
    struct Spend
    {
        QString subscriptionId;
        QImage image; // daily cost, baseline, band, anomalies
    };
    QList<Spend> spend; // the largest subscriptions, at most kMaxSpendCharts
};
inline constexpr int kMaxSpendCharts = 4;

// Qt Charts: on the GUI thread (a QApplication must exist).
CaseCharts renderCaseCharts(const exporting::CaseFile &file, QSize size = QSize(960, 400));
// The same one chart at a time (0: alerts per day, then spend), so the
// window can yield to its event loop between charts.
int caseChartCount(const exporting::CaseFile &file);
void renderCaseChart(const exporting::CaseFile &file, int index, CaseCharts &charts,
                     QSize size = QSize(960, 400));

// The document in the case file's language (the installed translator and
// QLocale of that language), written through a temporary file renamed into
// place. Needs a QGuiApplication; may run on a worker thread.
Status writeCasePdf(const exporting::CaseFile &file, const CaseCharts &charts, const QString &path);

// Collects, draws and writes in one call (GUI thread): `vigie report` and
// the window's File › Case report. `checklist` is the response checklist
// with its ticks as the caller knows it.
Status writeCaseReport(store::Database &db, const QString &customerId, const QString &path,
                       const QString &language, const QList<QPair<QString, bool>> &checklist = {});

} // namespace vigie::report
