// Exports (src/export): CSV and JSON read back to the rows of the cache;
// formula cells neutralised; the French dialect; multi-line cells; the BOM;
// failures leave no file behind.

#include "analytics/spendanomaly.h"
#include "casefixture.h"
#include "core/responsechecklist.h"
#include "export/atomicfile.h"
#include "export/casefile.h"
#include "export/csv.h"
#include "export/exporter.h"
#include "import/csvreader.h"
#include "store/cache.h"
#include "store/checklist.h"
#include "store/exportreadmodel.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace vigie;
using namespace vigie::exporting;

namespace {

// RFC 4180 records with any one-character separator, written independently
// of src/export so a round trip checks the writer against a second reading.
QList<QStringList> parseCsv(const QByteArray &bytes, QChar separator)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Records as maps from the header's names.
QList<QHash<QString, QString>> byName(const QList<QStringList> &records)
{
    QList<QHash<QString, QString>> out;
    for (qsizetype r = 1; r < records.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < records[0].size() && c < records[r].size(); ++c)
            row.insert(records[0][c], records[r][c]);
        out << row;
    }
    return out;
}

// A neutralised cell, undone: what the analyst typed.
QString unneutralise(const QString &cell)
{
    if (cell.size() > 1 && cell[0] == u'\'' && QStringLiteral("=+-@\t\r").contains(cell[1]))
        return cell.mid(1);
    return cell;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    CaseFixture m_fx;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    Result<ExportSummary> run(Dataset dataset, Format format, const QString &path,
                              const QString &language = QStringLiteral("en"),
                              const QString &customer = {})
    {
        ExportOptions o;
        o.dataset = dataset;
        o.format = format;
        o.path = path;
        o.language = language;
        o.filter.customerId = customer;
        return exportData(*m_db, o);
    }

    // Files in the output folder other than the cache: no temporary left over.
    QStringList strayFiles() const
    {
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        files.removeIf([](const QString &f) { return f.startsWith(u"cache.sqlite"); });
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::openCache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_fx.build(*m_db);
    }

    void init()
    {
        for (const QString &f : strayFiles())
            QFile::remove(m_dir.filePath(f));
    }

    void cellsAreNeutralisedAndQuoted_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("equals") << "=1+2"
                                << "'=1+2"
                                << "'=1+2";
        QTest::newRow("plus") << "+33 1"
                              << "'+33 1"
                              << "'+33 1";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\rx"
                            << "\"'\rx\""
                            << "\"'\rx\"";
        QTest::newRow("formula with separator") << "=A1,B1"
                                                << "\"'=A1,B1\""
                                                << "'=A1,B1";
        QTest::newRow("inner equals untouched") << "a=b"
                                                << "a=b"
                                                << "a=b";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\""
                               << "a,b";
        QTest::newRow("semicolon") << "a;b"
                                   << "a;b"
                                   << "\"a;b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("multi-line") << "one\ntwo"
                                    << "\"one\ntwo\""
                                    << "\"one\ntwo\"";
        QTest::newRow("plain") << "Contoso"
                               << "Contoso"
                               << "Contoso";
    }
    void cellsAreNeutralisedAndQuoted()
    {
        QFETCH(QString, value);
        QFETCH(QString, english);
        QFETCH(QString, french);
        QCOMPARE(encodeCsvText(value, CsvDialect::forLanguage(QStringLiteral("en"))), english);
        QCOMPARE(encodeCsvText(value, CsvDialect::forLanguage(QStringLiteral("fr"))), french);
    }

    void numbersFollowTheDialect()
    {
        const CsvDialect en = CsvDialect::forLanguage(QStringLiteral("en"));
        const CsvDialect fr = CsvDialect::forLanguage(QStringLiteral("fr"));
        QCOMPARE(encodeCsvRecord({CsvCell::str(QStringLiteral("x")), CsvCell::number(1234.5, 2, en),
                                  CsvCell::number(-3.25, 2, en)},
                                 en),
                 QStringLiteral("x,1234.50,-3.25\r\n"));
        // Numbers are Vigie's own: a negative one is not a formula to neutralise.
        QCOMPARE(encodeCsvRecord({CsvCell::str(QStringLiteral("x")), CsvCell::number(1234.5, 2, fr),
                                  CsvCell::number(-3.25, 2, fr)},
                                 fr),
                 QStringLiteral("x;1234,50;-3,25\r\n"));
    }

    // The encoding of awkward cells, byte for byte, in both dialects.
    void goldenRecords_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("fr") << "fr";
    }
    void goldenRecords()
    {
        QFETCH(QString, language);
        const CsvDialect d = CsvDialect::forLanguage(language);
        QByteArray bytes(kUtf8Bom);
        bytes += encodeCsvHeader(
                     {QStringLiteral("text"), QStringLiteral("amount"), QStringLiteral("flag")}, d)
                     .toUtf8();
        const QStringList texts{QStringLiteral("=HYPERLINK(\"http://evil.example\")"),
                                QStringLiteral("Électricité; \"Nord\", Lille"),
                                QStringLiteral("line one\r\nline two"),
                                QStringLiteral("-1"),
                                QStringLiteral("\tindent"),
                                QString()};
        double amount = 1.5;
        for (const QString &t : texts) {
            bytes += encodeCsvRecord({CsvCell::str(t), CsvCell::number(amount, 2, d),
                                      CsvCell::boolean(amount > 3)},
                                     d)
                         .toUtf8();
            amount *= 2.25;
        }
        const QString golden =
            QStringLiteral(VIGIE_TEST_DATA "/golden/records_%1.csv").arg(language);
        if (qEnvironmentVariableIsSet("VIGIE_UPDATE_GOLDEN")) {
            QFile f(golden);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCOMPARE(bytes, readAll(golden));
    }

    void alertsCsvReadsBackToTheCache()
    {
        const QString path = out(QStringLiteral("alerts.csv"));
        auto r = run(Dataset::Alerts, Format::Csv, path);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->rows, 4);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(kUtf8Bom));
        QVERIFY(bytes.contains("\r\n"));

        // The import layer's RFC 4180 reader agrees with ours.
        QBuffer buffer;
        buffer.setData(bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        import::CsvReader reader(buffer);
        QList<QByteArray> fields;
        int records = 0;
        while (reader.next(fields))
            ++records;
        QCOMPARE(records, 5);

        const auto rows = byName(parseCsv(bytes, u','));
        auto cached = store::AlertRepository(*m_db).list({});
        QVERIFY(cached.ok());
        QCOMPARE(rows.size(), cached->size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const store::AlertRow &a = cached->at(i);
            QCOMPARE(rows[i].value(QStringLiteral("id")), a.id);
            QCOMPARE(rows[i].value(QStringLiteral("status")), a.status);
            QCOMPARE(rows[i].value(QStringLiteral("severity")), a.severity);
            QCOMPARE(rows[i].value(QStringLiteral("customerTenantId")), a.customerId);
            QCOMPARE(rows[i].value(QStringLiteral("customerName")), a.customerName);
            QCOMPARE(rows[i].value(QStringLiteral("resolvedReason")), a.resolvedReason);
            QCOMPARE(unneutralise(rows[i].value(QStringLiteral("displayName"))), a.displayName);
            QCOMPARE(rows[i].value(QStringLiteral("detectedDateTime")),
                     formatWireDateTime(fromEpochMs(a.detectedAtMs)));
        }
        // Formula starts are neutralised in the file itself.
        for (const auto &row : rows) {
            const QString name = row.value(QStringLiteral("displayName"));
            QVERIFY2(!QStringLiteral("=+-@").contains(name.front()), qPrintable(name));
        }
        // The analyst's notes: one cell, line breaks kept, both notes in order.
        const auto withNotes = std::find_if(rows.begin(), rows.end(), [this](const auto &row) {
            return row.value(QStringLiteral("id")) == m_fx.alertIds[0];
        });
        QVERIFY(withNotes != rows.end());
        const QString notes = withNotes->value(QStringLiteral("localNotes"));
        QVERIFY2(notes.contains(m_fx.multiLineNote), qPrintable(notes));
        QVERIFY(notes.indexOf(m_fx.multiLineNote) < notes.indexOf(u"+33 1 23 45 67 89 rappelé"));
        QVERIFY(notes.contains(u"ana@partner.example"));
    }

    void alertsJsonCarriesGraphObjectsAndNotes()
    {
        const QString path = out(QStringLiteral("alerts.json"));
        auto r = run(Dataset::Alerts, Format::Json, path);
        QVERIFY(r.ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        auto cached = store::AlertRepository(*m_db).list({});
        QVERIFY(cached.ok());
        QCOMPARE(array.size(), cached->size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject o = array[i].toObject();
            const QJsonObject raw = QJsonDocument::fromJson(cached->at(i).raw).object();
            const QJsonArray notes = o.take(QStringLiteral("localNotes")).toArray();
            // Everything else is the Graph object as received, property for property.
            QCOMPARE(o, raw);
            QCOMPARE(o.value(u"displayName").toString(), cached->at(i).displayName);
            if (cached->at(i).id == m_fx.alertIds[0]) {
                QCOMPARE(notes.size(), 2);
                QCOMPARE(notes[0].toObject().value(u"text").toString(), m_fx.multiLineNote);
                QCOMPARE(notes[0].toObject().value(u"author").toString(),
                         QStringLiteral("ana@partner.example"));
            } else {
                QVERIFY(notes.isEmpty());
            }
        }
    }

    void alertFiltersApply()
    {
        ExportOptions o;
        o.dataset = Dataset::Alerts;
        o.format = Format::Json;
        o.path = out(QStringLiteral("filtered.json"));
        o.filter.customerId = m_fx.customerId;
        o.filter.severity = QStringLiteral("high");
        auto r = exportData(*m_db, o);
        QVERIFY(r.ok());
        QCOMPARE(r->rows, 2);
        const QJsonArray array = QJsonDocument::fromJson(readAll(o.path)).array();
        QCOMPARE(array.size(), 2);
        for (const QJsonValue &v : array) {
            QCOMPARE(v[u"severity"].toString(), QStringLiteral("high"));
            QCOMPARE(v[u"customerTenantId"].toString(), m_fx.customerId);
        }
    }

    void spendCarriesBaselineBandAndAnomaly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("separator");
        QTest::newRow("en") << "en"
                            << ",";
        QTest::newRow("fr") << "fr"
                            << ";";
    }
    void spendCarriesBaselineBandAndAnomaly()
    {
        QFETCH(QString, language);
        QFETCH(QString, separator);
        const QString path = out(QStringLiteral("spend-%1.csv").arg(language));
        auto r = run(Dataset::Spend, Format::Csv, path, language, m_fx.customerId);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->rows, 120); // two subscriptions × 60 days
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(kUtf8Bom));
        const auto records = parseCsv(bytes, separator.front());
        QCOMPARE(records.first().size(), 13);
        const auto rows = byName(records);
        QCOMPARE(rows.size(), 120);

        // The detector over the subscription's days, for the figures.
        auto days = store::SpendRepository(*m_db).days(m_fx.subscriptionId);
        QVERIFY(days.ok());
        QList<QPair<int, double>> series;
        for (const SpendDay &d : *days)
            series << qMakePair(d.day, d.cost);
        const auto points = analytics::detectSpendAnomalies(series);
        QHash<QString, analytics::SpendPoint> byDate;
        for (const auto &p : points)
            byDate.insert(fromDayNumber(p.day).toString(Qt::ISODate), p);

        auto number = [&](const QString &cell) {
            QString c = cell;
            if (language == u"fr") {
                // The French dialect: decimal comma, never a dot.
                [&] { QVERIFY2(!c.contains(u'.'), qPrintable(c)); }();
                c.replace(u',', u'.');
            }
            bool ok = false;
            const double v = c.toDouble(&ok);
            [&] { QVERIFY2(ok, qPrintable(cell)); }();
            return v;
        };
        int anomalies = 0, seen = 0;
        for (const auto &row : rows) {
            if (row.value(QStringLiteral("subscriptionId")) != m_fx.subscriptionId)
                continue;
            ++seen;
            QCOMPARE(row.value(QStringLiteral("customerName")), m_fx.companyName);
            QCOMPARE(row.value(QStringLiteral("currency")), QStringLiteral("EUR"));
            const auto p = byDate.value(row.value(QStringLiteral("date")));
            QCOMPARE(number(row.value(QStringLiteral("cost"))), std::round(p.cost * 100) / 100);
            QCOMPARE(number(row.value(QStringLiteral("baseline"))),
                     std::round(p.baseline * 100) / 100);
            QCOMPARE(number(row.value(QStringLiteral("bandLow"))), std::round(p.lower * 100) / 100);
            QCOMPARE(number(row.value(QStringLiteral("bandHigh"))),
                     std::round(p.upper * 100) / 100);
            const bool anomaly = row.value(QStringLiteral("anomaly")) == u"true";
            QCOMPARE(anomaly, p.anomaly);
            if (anomaly) {
                ++anomalies;
                QCOMPARE(row.value(QStringLiteral("date")), m_fx.spikeDay.toString(Qt::ISODate));
                QVERIFY(number(row.value(QStringLiteral("excessCost"))) > 300);
            }
        }
        QCOMPARE(seen, 60);
        QCOMPARE(anomalies, 1); // the spike, and nothing else
    }

    void spendJsonReadsBack()
    {
        const QString path = out(QStringLiteral("spend.json"));
        auto r = run(Dataset::Spend, Format::Json, path, QStringLiteral("fr"));
        QVERIFY(r.ok());
        QCOMPARE(r->rows, 180);
        const QJsonArray array = QJsonDocument::fromJson(readAll(path)).array();
        QCOMPARE(array.size(), 180);
        int anomalies = 0;
        for (const QJsonValue &v : array) {
            QVERIFY(v[u"cost"].isDouble()); // JSON numbers whatever the language
            QVERIFY(v[u"baseline"].isDouble());
            QVERIFY(v[u"anomaly"].isBool());
            anomalies += v[u"anomaly"].toBool();
            if (v[u"anomaly"].toBool())
                QCOMPARE(v[u"cost"].toDouble(), 412.75);
        }
        QCOMPARE(anomalies, 1);
    }

    void findingsCarryTheirTexts()
    {
        const QString path = out(QStringLiteral("findings.csv"));
        auto r = run(Dataset::Findings, Format::Csv, path, QStringLiteral("fr"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->rows, 3);
        const auto rows = byName(parseCsv(readAll(path), u';'));
        QCOMPARE(rows.size(), 3);
        for (const auto &row : rows) {
            QVERIFY(!row.value(QStringLiteral("title")).isEmpty());
            QVERIFY(!row.value(QStringLiteral("explanation")).isEmpty());
        }
        const QString jsonPath = out(QStringLiteral("findings.json"));
        QVERIFY(
            run(Dataset::Findings, Format::Json, jsonPath, QStringLiteral("en"), m_fx.customerId)
                .ok());
        const QJsonArray array = QJsonDocument::fromJson(readAll(jsonPath)).array();
        QCOMPARE(array.size(), 2);
        QSet<QString> subjects;
        for (const QJsonValue &v : array) {
            subjects << v[u"subject"].toString();
            QCOMPARE(v[u"customerTenantId"].toString(), m_fx.customerId);
            QVERIFY(v[u"evidence"].isArray());
        }
        QCOMPARE(subjects, (QSet<QString>{QStringLiteral("alice@contoso.example"),
                                          QStringLiteral("bob@contoso.example")}));
    }

    void activityIsTheWholeTrail()
    {
        const QString path = out(QStringLiteral("activity.csv"));
        auto r = run(Dataset::Activity, Format::Csv, path);
        QVERIFY(r.ok());
        auto trail = store::ExportReadModel(*m_db).activity();
        QVERIFY(trail.ok());
        QCOMPARE(r->rows, trail->size());
        QCOMPARE(r->rows, 3);
        const auto rows = byName(parseCsv(readAll(path), u','));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].value(QStringLiteral("action")), QStringLiteral("sync"));
        QCOMPARE(rows[1].value(QStringLiteral("action")), QStringLiteral("resolve"));
        // The queued entry names no request id: it comes from the outbox.
        QCOMPARE(rows[1].value(QStringLiteral("requestId")), m_fx.requestId);
        QCOMPARE(rows[2].value(QStringLiteral("requestId")), m_fx.requestId);
        QCOMPARE(rows[1].value(QStringLiteral("note")), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(rows[1].value(QStringLiteral("reason")), QStringLiteral("fraud"));

        const QString jsonPath = out(QStringLiteral("activity.json"));
        QVERIFY(
            run(Dataset::Activity, Format::Json, jsonPath, QStringLiteral("en"), m_fx.customerId)
                .ok());
        const QJsonArray array = QJsonDocument::fromJson(readAll(jsonPath)).array();
        QCOMPARE(array.size(), 2); // the sync is nobody's customer
        QCOMPARE(array[0][u"note"].toString(), QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(array[0][u"customerTenantId"].toString(), m_fx.customerId);
    }

    void unwritableTargetsFailClearlyAndLeaveNoFile()
    {
        // A folder that does not exist.
        const QString missing = out(QStringLiteral("no/such/folder/alerts.csv"));
        auto r = run(Dataset::Alerts, Format::Csv, missing);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"does not exist"), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(missing));

        // A folder as the target.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("adir")));
        r = run(Dataset::Alerts, Format::Csv, out(QStringLiteral("adir")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"folder"), qPrintable(r.error().message));

        // A folder nobody may create files in, root included.
        r = run(Dataset::Alerts, Format::Csv, QStringLiteral("/proc/vigie-export-test.csv"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Cannot write"), qPrintable(r.error().message));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/vigie-export-test.csv")));

        // A read-only folder (root ignores permissions: skipped there).
        if (geteuid() != 0) {
            const QString ro = out(QStringLiteral("ro"));
            QVERIFY(QDir().mkpath(ro));
            QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            r = run(Dataset::Alerts, Format::Csv, ro + QStringLiteral("/alerts.csv"));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(u"Cannot write"), qPrintable(r.error().message));
            QVERIFY(QDir(ro).entryList(QDir::Files | QDir::Hidden).isEmpty());
            QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        }
        QVERIFY2(strayFiles().isEmpty(), qPrintable(strayFiles().join(u' ')));
    }

    void aFailureMidwayKeepsThePreviousFile()
    {
        const QString path = out(QStringLiteral("keep.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous export\n");
        }
        ExportOptions o;
        o.dataset = Dataset::Spend;
        o.format = Format::Csv;
        o.path = path;
        qint64 calls = 0;
        // Stop once rows were written: as a failure half-way would.
        o.progress = [&calls](qint64 done, qint64) {
            ++calls;
            return done == 0;
        };
        auto r = exportData(*m_db, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(calls >= 1);
        QCOMPARE(readAll(path), QByteArray("previous export\n"));
        QCOMPARE(strayFiles(), QStringList{QStringLiteral("keep.csv")});
    }

    void caseFileHasTheCustomersStory()
    {
        const QList<QPair<QString, bool>> checklist{{QStringLiteral("Change credentials"), true},
                                                    {QStringLiteral("Review MFA"), false}};
        auto file = collectCaseFile(*m_db, m_fx.customerId, QStringLiteral("en"), checklist);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
        QCOMPARE(file->customer.companyName, m_fx.companyName);
        QCOMPARE(file->customer.domain, m_fx.domain);
        QCOMPARE(file->customer.resellers, QStringList{m_fx.resellerName});
        QCOMPARE(file->alerts.size(), 3);
        QCOMPARE(file->actions.size(), 2);
        QCOMPARE(file->actions[0].requestId, m_fx.requestId);
        QCOMPARE(file->openFindings.size(), 1); // the closed one is not open
        QCOMPARE(file->checklist, checklist);
        QCOMPARE(file->lastDay, toDayNumber(m_fx.lastDay));
        QCOMPARE(file->spend.size(), 2);
        QCOMPARE(file->spend.first().subscriptionId, m_fx.subscriptionId); // the larger first
        int perDay = 0;
        for (const auto &day : file->alertsPerDay())
            for (int n : day)
                perDay += n;
        QCOMPARE(perDay, 3);

        auto unknown = collectCaseFile(*m_db, newGuid(), QStringLiteral("en"), {});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    // Last: its ticks are activity entries, which the case file lists as actions.
    void caseFileReadsTheStoredChecklist()
    {
        const QList<ChecklistItem> items = responseChecklistItems();
        QVERIFY(items.size() >= 2);
        QVERIFY(store::setChecklistTick(*m_db, m_fx.customerId, items[1].key, true, 1000,
                                        QStringLiteral("analyst"))
                    .ok());
        auto file = collectCaseFile(*m_db, m_fx.customerId, QStringLiteral("en"), {});
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
        QCOMPARE(file->checklist.size(), items.size());
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(file->checklist[i].first, items[i].label);
            QCOMPARE(file->checklist[i].second, i == 1);
        }
        QVERIFY(store::setChecklistTick(*m_db, m_fx.customerId, items[1].key, false, 2000,
                                        QStringLiteral("analyst"))
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
