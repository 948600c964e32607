#include "cli/verbs.h"

#include <QCoreApplication>

namespace vigie::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QCommandLineOption opt(const QStringList &names, const char *description,
                       const QString &valueName = {})
{
    return QCommandLineOption(names, tr(description), valueName);
}

QList<Verb> makeVerbs()
{
    const QString id = QStringLiteral("ID");
    const QStringList formats{QStringLiteral("table"), QStringLiteral("csv"),
                              QStringLiteral("json")};
    QList<Verb> v;
    v.append({QStringLiteral("login"),
              QStringLiteral("[--device-code]"),
              [] {
                  return QCoreApplication::translate(
                      "Cli", "Sign in to Microsoft (authorization code with PKCE, or device code)");
              },
              [] {
                  return QList<QCommandLineOption>{
                      opt({QStringLiteral("device-code")},
                          QT_TRANSLATE_NOOP("Cli", "Use the device code flow"))};
              },
              {},
              {},
              {},
              0,
              0,
              {}});
    v.append({QStringLiteral("logout"),
              QString(),
              [] { return QCoreApplication::translate("Cli", "Forget the stored sign-in tokens"); },
              [] { return QList<QCommandLineOption>{}; },
              {},
              {},
              {},
              0,
              0,
              {}});
    v.append(
        {QStringLiteral("sync"),
         QStringLiteral("[--days N] [--customer ID]... [--no-logs] [--no-spend]"),
         [] {
             return QCoreApplication::translate(
                 "Cli", "Download alerts, customers, spend and logs into the cache");
         },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("days")},
                     QT_TRANSLATE_NOOP("Cli", "How many days back to read"), QStringLiteral("N")),
                 opt({QStringLiteral("customer")},
                     QT_TRANSLATE_NOOP("Cli", "Only this customer (repeatable)"), id),
                 opt({QStringLiteral("no-logs")},
                     QT_TRANSLATE_NOOP("Cli", "Skip sign-in and audit logs")),
                 opt({QStringLiteral("no-spend")}, QT_TRANSLATE_NOOP("Cli", "Skip daily spend")),
             };
         },
         {},
         {},
         {},
         0,
         0,
         {}});
    v.append(
        {QStringLiteral("alerts"),
         QStringLiteral("[--status S] [--severity S] [--customer ID] [--format table|csv|json]"),
         [] {
             return QCoreApplication::translate("Cli",
                                                "List partner security alerts from the cache");
         },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("status")}, QT_TRANSLATE_NOOP("Cli", "Filter by status"),
                     QStringLiteral("S")),
                 opt({QStringLiteral("severity")}, QT_TRANSLATE_NOOP("Cli", "Filter by severity"),
                     QStringLiteral("S")),
                 opt({QStringLiteral("customer")}, QT_TRANSLATE_NOOP("Cli", "Filter by customer"),
                     id),
                 opt({QStringLiteral("format")}, QT_TRANSLATE_NOOP("Cli", "Output format"),
                     QStringLiteral("FORMAT")),
             };
         },
         {},
         {{QStringLiteral("format"), formats},
          // Unknown values are usage errors, not an empty list (Graph's wire names).
          {QStringLiteral("status"),
           {QStringLiteral("active"), QStringLiteral("investigating"), QStringLiteral("resolved")}},
          {QStringLiteral("severity"),
           {QStringLiteral("informational"), QStringLiteral("low"), QStringLiteral("medium"),
            QStringLiteral("high")}}},
         {},
         0,
         0,
         {}});
    v.append(
        {QStringLiteral("resolve"),
         QStringLiteral(
             "ALERT_ID... | --older-than DAYS --reason legitimate|fraud|ignore|investigating "
             "[--note TEXT] [--yes] [--offline]"),
         [] { return QCoreApplication::translate("Cli", "Resolve alerts (queued, then pushed)"); },
         [] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("reason")}, QT_TRANSLATE_NOOP("Cli", "Resolution reason"),
                     QStringLiteral("REASON")),
                 opt({QStringLiteral("note")}, QT_TRANSLATE_NOOP("Cli", "A note kept in Vigie"),
                     QStringLiteral("TEXT")),
                 opt({QStringLiteral("older-than")},
                     QT_TRANSLATE_NOOP("Cli", "Every open alert detected more than DAYS days ago"),
                     QStringLiteral("DAYS")),
                 opt({QStringLiteral("yes")},
                     QT_TRANSLATE_NOOP("Cli", "Do not ask for confirmation")),
                 opt({QStringLiteral("offline")},
                     QT_TRANSLATE_NOOP("Cli", "Only queue; do not push now")),
             };
         },
         {QStringLiteral("reason")},
         {{QStringLiteral("reason"),
           {QStringLiteral("legitimate"), QStringLiteral("fraud"), QStringLiteral("ignore"),
            QStringLiteral("investigating")}}},
         {},
         0,
         -1,
         {}});
    v.append(
        {QStringLiteral("suspend"),
         QStringLiteral("--customer ID --subscription ID [--whole-plan] [--yes] [--offline]"),
         [] { return QCoreApplication::translate("Cli", "Suspend a customer's subscription"); },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("customer")}, QT_TRANSLATE_NOOP("Cli", "Customer tenant id"),
                     id),
                 opt({QStringLiteral("subscription")},
                     QT_TRANSLATE_NOOP("Cli", "Partner Center subscription id, or an Azure "
                                              "subscription id as alerts name it"),
                     id),
                 opt({QStringLiteral("whole-plan")},
                     QT_TRANSLATE_NOOP("Cli", "For an Azure subscription: suspend its whole "
                                              "Azure plan instead of cancelling it alone")),
                 opt({QStringLiteral("yes")},
                     QT_TRANSLATE_NOOP("Cli", "Do not ask for confirmation")),
                 opt({QStringLiteral("offline")},
                     QT_TRANSLATE_NOOP("Cli", "Only queue; do not push now")),
             };
         },
         {QStringLiteral("customer"), QStringLiteral("subscription")},
         {},
         {},
         0,
         0,
         {}});
    v.append({QStringLiteral("push"),
              QString(),
              [] { return QCoreApplication::translate("Cli", "Send queued actions"); },
              [] { return QList<QCommandLineOption>{}; },
              {},
              {},
              {},
              0,
              0,
              {}});
    v.append(
        {QStringLiteral("import"),
         QStringLiteral("FILE... [--customer ID]"),
         [] { return QCoreApplication::translate("Cli", "Import sign-in or audit log files"); },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("customer")},
                     QT_TRANSLATE_NOOP("Cli", "Customer the logs belong to"), id)};
         },
         {},
         {},
         {},
         1,
         -1,
         {}});
    v.append(
        {QStringLiteral("detect"),
         QStringLiteral("[--customer ID] [--since DATE] [--format table|csv|json]"),
         [] {
             return QCoreApplication::translate("Cli", "Run the detection rules and list findings");
         },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("customer")}, QT_TRANSLATE_NOOP("Cli", "Only this customer"),
                     id),
                 opt({QStringLiteral("since")},
                     QT_TRANSLATE_NOOP("Cli", "Re-run over events since this date (back-test)"),
                     QStringLiteral("DATE")),
                 opt({QStringLiteral("format")}, QT_TRANSLATE_NOOP("Cli", "Output format"),
                     QStringLiteral("FORMAT")),
             };
         },
         {},
         {{QStringLiteral("format"), formats}},
         {},
         0,
         0,
         {}});
    v.append(
        {QStringLiteral("export"),
         QStringLiteral("alerts|findings|spend|activity --format csv|json -o FILE [--customer ID] "
                        "[--status S] [--severity S]"),
         [] { return QCoreApplication::translate("Cli", "Export cached data to a file"); },
         [id] {
             return QList<QCommandLineOption>{
                 opt({QStringLiteral("format")}, QT_TRANSLATE_NOOP("Cli", "Output format"),
                     QStringLiteral("FORMAT")),
                 opt({QStringLiteral("o"), QStringLiteral("output")},
                     QT_TRANSLATE_NOOP("Cli", "Output file"), QStringLiteral("FILE")),
                 opt({QStringLiteral("customer")}, QT_TRANSLATE_NOOP("Cli", "Only this customer"),
                     id),
                 opt({QStringLiteral("status")},
                     QT_TRANSLATE_NOOP("Cli", "Alerts only: filter by status"),
                     QStringLiteral("S")),
                 opt({QStringLiteral("severity")},
                     QT_TRANSLATE_NOOP("Cli", "Alerts only: filter by severity"),
                     QStringLiteral("S")),
             };
         },
         {QStringLiteral("format"), QStringLiteral("output")},
         {{QStringLiteral("format"), {QStringLiteral("csv"), QStringLiteral("json")}},
          {QStringLiteral("status"),
           {QStringLiteral("active"), QStringLiteral("investigating"), QStringLiteral("resolved")}},
          {QStringLiteral("severity"),
           {QStringLiteral("informational"), QStringLiteral("low"), QStringLiteral("medium"),
            QStringLiteral("high")}}},
         {QStringLiteral("alerts"), QStringLiteral("findings"), QStringLiteral("spend"),
          QStringLiteral("activity")},
         1,
         1,
         {}});
    v.append({QStringLiteral("report"),
              QStringLiteral("--customer ID -o FILE.pdf"),
              [] {
                  return QCoreApplication::translate("Cli",
                                                     "Write a PDF case report for a customer");
              },
              [id] {
                  return QList<QCommandLineOption>{
                      opt({QStringLiteral("customer")},
                          QT_TRANSLATE_NOOP("Cli", "Customer tenant id"), id),
                      opt({QStringLiteral("o"), QStringLiteral("output")},
                          QT_TRANSLATE_NOOP("Cli", "Output file"), QStringLiteral("FILE")),
                  };
              },
              {QStringLiteral("customer"), QStringLiteral("output")},
              {},
              {},
              0,
              0,
              {}});
    return v;
}

QList<Verb> &table()
{
    static QList<Verb> all = makeVerbs();
    return all;
}

} // namespace

const QList<Verb> &verbs()
{
    return table();
}

const Verb *findVerb(const QString &name)
{
    for (const Verb &v : table()) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

void setHandler(const QString &verb, std::function<int(Context &)> handler)
{
    for (Verb &v : table()) {
        if (v.name == verb)
            v.handler = std::move(handler);
    }
}

} // namespace vigie::cli
