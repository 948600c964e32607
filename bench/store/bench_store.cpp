// Raw insert rate of the cache: sign-in rows with raw JSON, one transaction per
// 1,000-row page (the sync engine's unit of work). Prints rows/s.
#include "core/timeutil.h"
#include "store/cache.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    auto db = vigie::store::openCache(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    const QByteArray raw(900, 'x'); // a typical signIn object is ~0.9-1.5 KB of JSON
    QElapsedTimer timer;
    timer.start();
    const qint64 t0 = 1714521600000;
    for (int page = 0; page < rows / 1000; ++page) {
        vigie::store::Transaction tx(**db);
        auto *stmt = (*db)->cached(
            "INSERT OR IGNORE INTO signins(id, customer_id, created_at, user_id, upn, "
            "app_id, app_name, ip, country, error_code, raw) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?)");
        for (int i = 0; i < 1000; ++i) {
            const int n = page * 1000 + i;
            stmt->bind(1, QString::number(n))
                .bind(2, u"c1")
                .bind(3, t0 + n * 1000LL)
                .bind(4, u"u")
                .bind(5, u"u@x")
                .bind(6, u"app")
                .bind(7, u"App")
                .bind(8, u"198.51.100.7")
                .bind(9, u"FR")
                .bind(10, 0)
                .bindText(11, raw);
            if (!stmt->exec()) {
                QTextStream(stderr) << "insert failed\n";
                return 1;
            }
        }
        if (!tx.commit()) {
            QTextStream(stderr) << "commit failed\n";
            return 1;
        }
    }
    const double secs = timer.elapsed() / 1000.0;
    QTextStream(stdout) << "store insert: " << rows << " rows in " << secs
                        << " s = " << qRound(rows / secs) << " rows/s\n";
    return 0;
}
