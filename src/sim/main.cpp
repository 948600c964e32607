// vigie-sim: the partner cloud on loopback. See src/sim/README.md.
#include "sim/datetime.h"
#include "sim/server.h"
#if __has_include("sim/export.h")
#include "sim/export.h"
#define VIGIE_SIM_EXPORT 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_sigPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_sigPipe[1], &c, 1);
}

// "kind=status,status=429,service=graph,count=2" or a JSON object.
QJsonObject parseFaultArg(const QString &s)
{
    if (s.trimmed().startsWith(QLatin1Char('{')))
        return QJsonDocument::fromJson(s.toUtf8()).object();
    QJsonObject o;
    for (const QString &kv : s.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = kv.section(QLatin1Char('='), 0, 0).trimmed();
        const QString v = kv.section(QLatin1Char('='), 1).trimmed();
        bool isInt = false;
        const int n = v.toInt(&isInt);
        if (isInt)
            o.insert(k, n);
        else if (v == QLatin1String("true") || v == QLatin1String("false"))
            o.insert(k, v == QLatin1String("true"));
        else
            o.insert(k, v);
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Microsoft partner cloud on loopback"));
    parser.addHelpOption();
    parser.addVersionOption();
    auto opt = [&](const char *name, const char *desc, const char *value = nullptr,
                   const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(desc));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
            if (def)
                o.setDefaultValue(QString::fromLatin1(def));
        }
        parser.addOption(o);
        return o;
    };
    const auto portOpt =
        opt("port", "TCP port on 127.0.0.1 (0 = any free port, printed first)", "PORT", "0");
    const auto seedOpt = opt("seed", "World seed", "N", "1");
    const auto custOpt = opt("customers", "Number of customers (1-2000)", "N", "40");
    const auto signOpt =
        opt("signins-per-tenant", "Background sign-ins per customer tenant", "N", "3000");
    const auto auditOpt =
        opt("audits-per-weekday", "Background directory audits per customer per weekday", "N", "4");
    const auto nowOpt =
        opt("now", "End of the generated world (ISO 8601; default today 00:00Z)", "TIME");
    const auto manOpt = opt("manifest", "Write the answer key (JSON) to FILE", "FILE");
    const auto noThrottle =
        opt("no-throttle", "Disable the audit-log throttle (5 req / 10 s per tenant)");
    const auto builtOpt = opt("build-first", "Build the whole world before printing the port "
                                             "(benchmarks: no world building while they time)");
    const auto alertPage = opt("alert-page-size", "Graph alerts page size", "N", "100");
    const auto costPage = opt("cost-page-size", "Cost Management rows per page", "N", "1000");
    const auto ttlOpt = opt("token-ttl", "Access-token lifetime in seconds", "SECONDS", "3600");
    const auto autoOpt =
        opt("auto-approve-after", "Approve device codes after N polls (0 = never)", "N", "0");
    const auto intervalOpt =
        opt("device-interval", "Device-code polling interval (s)", "SECONDS", "5");
    const auto faultOpt =
        opt("fault", "Fault rule, e.g. kind=status,status=429,service=graph,count=2 (repeatable)",
            "SPEC");
#ifdef VIGIE_SIM_EXPORT
    parser.addPositionalArgument(QStringLiteral("export"),
                                 QStringLiteral("Write the world's logs in every import format "
                                                "(with --out DIR) instead of serving"));
    const auto outOpt = opt("out", "export: folder to write the log files into", "DIR");
    const auto maxCustOpt = opt("max-customers", "export: only the first N customers", "N");
#endif
    parser.process(app);

    vigie::sim::WorldConfig wc;
    wc.seed = parser.value(seedOpt).toULongLong();
    wc.customers = parser.value(custOpt).toInt();
    wc.signInsPerTenant = parser.value(signOpt).toLongLong();
    wc.auditsPerWeekday = parser.value(auditOpt).toInt();
    if (parser.isSet(nowOpt)) {
        // A DateTimeOffset (2024-05-10T00:00:00Z) or a date alone (midnight UTC).
        const QString now = parser.value(nowOpt);
        const QDate day = QDate::fromString(now, QStringLiteral("yyyy-MM-dd"));
        wc.now = day.isValid() ? QDateTime(day, QTime(0, 0), Qt::UTC)
                               : vigie::sim::parseDateTimeOffset(now);
        if (!wc.now.isValid()) {
            QTextStream(stderr) << "vigie-sim: --now is not yyyy-MM-ddTHH:mm:ssZ (or an offset) "
                                   "nor yyyy-MM-dd\n";
            return 2;
        }
    }
#ifdef VIGIE_SIM_EXPORT
    if (parser.positionalArguments().value(0) == QLatin1String("export")) {
        vigie::sim::ExportOptions eo;
        eo.outDir = parser.value(outOpt);
        eo.maxCustomers = parser.isSet(maxCustOpt) ? parser.value(maxCustOpt).toInt() : -1;
        return vigie::sim::runExport(vigie::sim::World(wc), eo);
    }
#endif
    vigie::sim::SimOptions so;
    so.throttle = !parser.isSet(noThrottle);
    so.alertPageSize = std::max(1, parser.value(alertPage).toInt());
    so.costPageSize = std::max(1, parser.value(costPage).toInt());
    so.tokenTtlSeconds = parser.value(ttlOpt).toInt();
    so.autoApproveAfterPolls = parser.value(autoOpt).toInt();
    so.deviceInterval = parser.value(intervalOpt).toInt();

    vigie::sim::Server server(wc, so);
    for (const QString &spec : parser.values(faultOpt)) {
        QString err;
        auto f = vigie::sim::Fault::fromJson(parseFaultArg(spec), &err);
        if (!f) {
            QTextStream(stderr) << "vigie-sim: bad --fault '" << spec << "': " << err << "\n";
            return 2;
        }
        server.addFault(*f);
    }
    if (parser.isSet(manOpt)) {
        QFile f(parser.value(manOpt));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(server.world().manifest()).toJson()) < 0) {
            QTextStream(stderr) << "vigie-sim: cannot write manifest " << f.fileName() << "\n";
            return 1;
        }
    }
    if (parser.isSet(builtOpt))
        server.world().waitUntilBuilt();
    const quint16 port = server.listen(quint16(parser.value(portOpt).toUInt()));
    if (port == 0) {
        QTextStream(stderr) << "vigie-sim: cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream(stdout) << port << Qt::endl;

    // SIGTERM/SIGINT -> self-pipe -> event loop quits cleanly.
    if (::pipe2(g_sigPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return 1;
    QSocketNotifier notifier(g_sigPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char buf[16];
        while (::read(g_sigPipe[0], buf, sizeof buf) > 0) {
        }
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
    const int rc = app.exec();
    QTextStream(stderr) << "vigie-sim: stopped\n";
    return rc;
}
