// Generation rate of the lazy sign-in stream (not a test): prints events/s.
// Usage: bench_sim [customers=200] [signInsPerTenant=1000000] [sample=2000000]
#include "sim/world.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <limits>

using namespace vigie::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    WorldConfig c;
    c.seed = 1;
    c.customers = a.size() > 1 ? a[1].toInt() : 200;
    c.signInsPerTenant = a.size() > 2 ? a[2].toLongLong() : 1000000;
    const qint64 sample = a.size() > 3 ? a[3].toLongLong() : 2000000;
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    World w(c);
    out << "world: " << c.customers << " customers, " << c.signInsPerTenant << " sign-ins/tenant ("
        << double(c.customers) * double(c.signInsPerTenant) << " total), built in " << t.elapsed()
        << " ms\n";

    // 1) Raw event objects, walking pages newest-first across tenants.
    t.restart();
    qint64 n = 0, bytes = 0;
    for (int ci = 0; n < sample; ci = (ci + 1) % c.customers) {
        std::optional<LogCursor> cur;
        for (int p = 0; p < 10 && n < sample; ++p) {
            const LogPage page =
                w.logPage(ci, LogStream::SignIns, 0, std::numeric_limits<qint64>::max(), cur, 1000);
            n += page.items.size();
            if (!page.next)
                break;
            cur = page.next;
        }
    }
    double s = double(t.nsecsElapsed()) / 1e9;
    out << "paged generation: " << n << " events in " << s << " s = " << qint64(double(n) / s)
        << " events/s\n";

    // 2) Including JSON serialisation (what the server writes).
    t.restart();
    n = 0;
    for (qint64 i = 0; i < sample / 4; ++i) {
        bytes += w.bulkSignInJson(int(i % c.customers), (i * 7919) % c.signInsPerTenant).size();
        ++n;
    }
    s = double(t.nsecsElapsed()) / 1e9;
    out << "random access + JSON: " << n << " events in " << s << " s = " << qint64(double(n) / s)
        << " events/s, " << qint64(double(bytes) / s / 1e6) << " MB/s\n";
    return 0;
}
