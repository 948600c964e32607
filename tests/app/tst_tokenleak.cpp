// Tokens live in the keychain or the 0600 token file, nowhere else: a whole
// session of the real `vigie` against `vigie-sim` (sign-in, sync with short
// token lifetimes so refreshes happen, every read-out format, debug logging
// on) leaves no token the simulator issued in any output, log line, the cache
// or the settings.

#include "simprocess.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace vigie::testing;

namespace {

// Every token vigie-sim issues starts with one of these marks; an id token is
// a JWT: two base64url JSON parts ("eyJ…") joined by a dot. (A lone "eyJ" is
// not a token: Partner Center etags are base64 JSON too.)
const QList<QByteArray> kTokenMarks = {"simAT.", "simRT."};
const QRegularExpression kJwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.eyJ"));

QByteArray firstTokenIn(const QByteArray &data)
{
    for (const QByteArray &mark : kTokenMarks) {
        const qsizetype at = data.indexOf(mark);
        if (at >= 0)
            return data.mid(qMax<qsizetype>(0, at - 40), 120);
    }
    const QRegularExpressionMatch jwt = kJwt.match(QString::fromLatin1(data));
    return jwt.hasMatch() ? jwt.captured().toLatin1().left(120) : QByteArray();
}

} // namespace

class TestTokenLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noTokenOutsideTheTokenStore()
    {
        QTemporaryDir home;
        SimProcess sim;
        QString why;
        QVERIFY2(sim.start({QStringLiteral("--customers"), QStringLiteral("2"),
                            QStringLiteral("--signins-per-tenant"), QStringLiteral("300"),
                            QStringLiteral("--token-ttl"), QStringLiteral("2")},
                           &why),
                 qPrintable(why));
        QProcessEnvironment env = sim.vigieEnvironment(home.path());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigie.*.debug=true"));
        const QString cache = home.filePath(QStringLiteral("cache.sqlite"));
        const QString cacheArg = QStringLiteral("--cache");

        QList<QPair<QString, ProcessRun>> runs;
        const auto run = [&](const QStringList &args) {
            ProcessRun r = runVigie(env, args);
            runs.append({args.join(u' '), r});
            return r.code;
        };
        QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--device-code")}), 0);
        QTest::qWait(2500); // the access token expires: the sync refreshes it
        QCOMPARE(run({QStringLiteral("sync"), cacheArg, cache, QStringLiteral("--days"),
                      QStringLiteral("30")}),
                 0);
        for (const QString &format :
             {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}) {
            QCOMPARE(run({QStringLiteral("alerts"), cacheArg, cache, QStringLiteral("--format"),
                          format}),
                     0);
            QCOMPARE(run({QStringLiteral("detect"), cacheArg, cache, QStringLiteral("--format"),
                          format}),
                     0);
        }
        QCOMPARE(run({QStringLiteral("sync"), cacheArg, cache, QStringLiteral("--days"),
                      QStringLiteral("30")}),
                 0);

        // The check can fail: the token file does hold what we look for.
        const QString tokenFile = home.filePath(QStringLiteral("config/vigie/tokens.json"));
        QFile tokens(tokenFile);
        QVERIFY(tokens.open(QIODevice::ReadOnly));
        QVERIFY(tokens.readAll().contains("simRT."));
        QCOMPARE(QFile::permissions(tokenFile) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());

        for (const auto &[what, r] : std::as_const(runs)) {
            QVERIFY2(!r.err.isEmpty() || !r.out.isEmpty(), qPrintable(what));
            const QByteArray leak = firstTokenIn(r.out + r.err);
            QVERIFY2(leak.isEmpty(), qPrintable(what + QStringLiteral(": ") + leak));
        }
        // Every file Vigie wrote but the token store: cache, WAL, settings.
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path == tokenFile)
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray leak = firstTokenIn(f.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(path + QStringLiteral(": ") + leak));
            ++checked;
        }
        QVERIFY(checked >= 2); // at least the cache and its WAL
    }
};

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
