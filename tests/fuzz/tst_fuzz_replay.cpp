// Feeds every committed corpus file and crash reproducer (fuzz/corpus/<target>,
// fuzz/crashes/<target>) to the same entry points the libFuzzer executables
// use. A reproducer crashed (or broke an invariant of) its target before the
// fix named in fuzz/README.md; under VIGIE_SANITIZE a regression is caught by
// the sanitizer, under a plain build by the target's own checks or a crash.
#include "targets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace vigie;

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private:
    static QDir fuzzDir() { return QDir(QStringLiteral(VIGIE_SOURCE_DIR "/fuzz")); }

    static QStringList filesUnder(const QString &path)
    {
        QStringList out;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        out.sort();
        return out;
    }

private slots:
    void initTestCase() { fuzz::initialize(); }

    // The build's list of harnesses, the entry points and the corpus folders
    // agree, and every harness has seeds to start from.
    void everyTargetHasACorpus()
    {
        const QStringList names =
            QString::fromLatin1(VIGIE_FUZZ_TARGET_NAMES).split(u',', Qt::SkipEmptyParts);
        QCOMPARE(qsizetype(fuzz::targets().size()), names.size());
        for (const QString &n : names) {
            QVERIFY2(fuzz::findTarget(n.toLatin1().constData()), qPrintable(n));
            const QStringList seeds = filesUnder(fuzzDir().filePath(QStringLiteral("corpus/") + n));
            QVERIFY2(seeds.size() >= 3, qPrintable(n + QStringLiteral(": fewer than 3 seeds")));
        }
        // No stray folder for a harness that does not exist.
        for (const char *kind : {"corpus", "crashes"}) {
            const QDir d(fuzzDir().filePath(QString::fromLatin1(kind)));
            for (const QString &sub : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                QVERIFY2(names.contains(sub), qPrintable(QString::fromLatin1(kind) + u'/' + sub));
        }
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const fuzz::Target &t : fuzz::targets()) {
            for (const char *kind : {"corpus", "crashes"}) {
                const QString dir = fuzzDir().filePath(QString::fromLatin1(kind) + u'/' +
                                                       QString::fromLatin1(t.name));
                for (const QString &f : filesUnder(dir)) {
                    QTest::addRow("%s/%s/%s", kind, t.name, qPrintable(QFileInfo(f).fileName()))
                        << QString::fromLatin1(t.name) << f;
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 0);
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray data = f.readAll();
        const fuzz::Target *t = fuzz::findTarget(target.toLatin1().constData());
        QVERIFY(t);
        QCOMPARE(t->run(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
