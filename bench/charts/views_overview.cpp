#include "analytics/overviewkpis.h"
#include "gui/charts/alerttrendchart.h"
#include "gui/charts/chartformat.h"
#include "gui/topcustomersmodel.h"
#include "store/alertcharts.h"
#include "views.h"

#include <QChart>
#include <QDateTime>
#include <cstdio>

namespace vigie::bench {

namespace {

void fail(const QString &view, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(view), qPrintable(message));
    std::exit(1);
}

} // namespace

QList<ChartBenchView> overviewViews(const BenchWorld &world)
{
    QList<ChartBenchView> views;
    const qint64 now = world.nowMs;
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(now).offsetFromUtc()) * 1000;

    views << ChartBenchView{
        QStringLiteral("overview_kpis"), [now, world](store::Database &db) {
            auto k = analytics::overviewKpis(db, now, world.todayYmd);
            if (!k)
                fail(QStringLiteral("overview_kpis"), k.error().message);
            // What the tiles show.
            QStringList text{QLocale().toString(k->alerts.active),
                             gui::chartformat::hours(k->alerts.meanHoursToResolve)};
            for (auto it = k->spend.byCurrency.cbegin(); it != k->spend.byCurrency.cend(); ++it)
                text << gui::chartformat::currency(it.value(), it.key());
        }};
    views << ChartBenchView{QStringLiteral("overview_top_customers"), [](store::Database &db) {
                                auto top = store::AlertChartReadModel(db).topCustomers(10);
                                if (!top)
                                    fail(QStringLiteral("overview_top_customers"),
                                         top.error().message);
                                gui::TopCustomersModel model;
                                model.setRows(*top);
                            }};
    views << ChartBenchView{QStringLiteral("overview_spend_at_risk"), [world](store::Database &db) {
                                auto s = analytics::spendAtRisk(db, world.todayYmd);
                                if (!s)
                                    fail(QStringLiteral("overview_spend_at_risk"),
                                         s.error().message);
                            }};
    const QList<QPair<store::AlertSeriesBy, QString>> kinds{
        {store::AlertSeriesBy::Severity, QStringLiteral("severity")},
        {store::AlertSeriesBy::Type, QStringLiteral("type")},
        {store::AlertSeriesBy::Customer, QStringLiteral("customer")}};
    for (const auto &[by, kind] : kinds) {
        for (int days : {7, 30, 90}) {
            const QString name = QStringLiteral("overview_trend_%1_%2d").arg(kind).arg(days);
            views << ChartBenchView{name, [=](store::Database &db) {
                                        auto t = store::AlertChartReadModel(db).trend(now, days, by,
                                                                                      offset);
                                        if (!t)
                                            fail(name, t.error().message);
                                        delete gui::alerttrendchart::build(*t, by);
                                    }};
        }
    }
    return views;
}

} // namespace vigie::bench
