// Round trip: vigie-sim's export (src/sim/export.*) writes the simulated
// world's logs in every import format; each file imports whole, with the
// expected format detected and nothing rejected.
#include "import/importer.h"
#include "sim/export.h"
#include "sim/world.h"
#include "store/cache.h"
#include "store/database.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestImportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExportedFileImports()
    {
        sim::WorldConfig wc;
        wc.seed = 11;
        wc.customers = 2;
        wc.signInsPerTenant = 300;
        wc.logDays = 10;
        wc.now = QDateTime(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);
        const sim::World world(wc);
        QTemporaryDir dir;
        sim::ExportOptions options;
        options.outDir = dir.filePath(QStringLiteral("out"));
        const sim::ExportSummary s = sim::exportLogs(world, options);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.files.size(), 2 * 10);

        struct Expect
        {
            const char *file;
            import::Format format;
            bool signIns;
            bool needsCustomer;
        };
        const Expect expectations[] = {
            {"signins.graph.json", import::Format::GraphJson, true, true},
            {"audits.graph.json", import::Format::GraphJson, false, true},
            {"signins.jsonl", import::Format::JsonLines, true, true},
            {"audits.jsonl", import::Format::JsonLines, false, true},
            {"signins.portal.json", import::Format::JsonArray, true, true},
            {"signins.portal.csv", import::Format::PortalCsvSignIns, true, false},
            {"audits.portal.csv", import::Format::PortalCsvAudits, false, true},
            {"signinlogs.la.json", import::Format::LogAnalyticsJson, true, false},
            {"auditlogs.la.csv", import::Format::LogAnalyticsCsv, false, false},
        };
        for (const sim::Customer &c : world.customers()) {
            const qint64 signIns = world.logCount(c.index, sim::LogStream::SignIns);
            const qint64 audits = world.logCount(c.index, sim::LogStream::DirectoryAudits);
            QVERIFY(signIns > 0 && audits > 0);
            for (const Expect &e : expectations) {
                const QString path =
                    QDir(options.outDir).filePath(c.id + u'/' + QLatin1String(e.file));
                auto db = store::openCache(dir.filePath(
                    QStringLiteral("c-%1-%2.sqlite").arg(c.index).arg(QLatin1String(e.file))));
                QVERIFY(db.ok());
                import::ImportOptions io;
                if (e.needsCustomer)
                    io.customerId = c.id;
                auto r = import::importFile(**db, path, io);
                QVERIFY2(r.ok(), r.ok() ? e.file : qPrintable(r.error().message));
                QVERIFY2(r->format == e.format, e.file);
                QVERIFY2(r->rejected == 0,
                         qPrintable(QLatin1String(e.file) + u' ' + r->rejections.value(0).reason));
                QVERIFY2(r->taken == (e.signIns ? signIns : audits), e.file);
                QCOMPARE(r->customers, QStringList{c.id.toLower()});
            }
            auto db = store::openCache(dir.filePath(QStringLiteral("diag-%1.sqlite").arg(c.index)));
            QVERIFY(db.ok());
            auto r = import::importFile(
                **db, QDir(options.outDir).filePath(c.id + QStringLiteral("/diagnostics.json")),
                {});
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            QCOMPARE(r->format, import::Format::AzureMonitorJson);
            QCOMPARE(r->signIns, signIns);
            QCOMPARE(r->audits, audits);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_import_export.moc"
