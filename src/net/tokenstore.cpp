#include "net/tokenstore.h"

#include "core/paths.h"
#include "net/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <atomic>
#include <qt6keychain/keychain.h>

namespace vigie::net {

QStringList tokenkeys::all()
{
    return {refreshToken(), account()};
}

namespace {

Error notFound()
{
    return Error::make(
        Error::Kind::NotFound,
        QCoreApplication::translate("Net", "No stored sign-in; run \"vigie login\"."),
        QStringLiteral("token not found"));
}

Error storeError(const QString &detail)
{
    return Error::make(
        Error::Kind::Generic,
        QCoreApplication::translate("Net", "Cannot access the stored sign-in: %1").arg(detail),
        detail);
}

} // namespace

// ---- memory ----------------------------------------------------------------

void MemoryTokenStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    const auto it = values.constFind(key);
    if (it == values.constEnd())
        done(notFound());
    else
        done(it.value());
}

void MemoryTokenStore::write(const QString &key, const QString &value,
                             std::function<void(Status)> done)
{
    values.insert(key, value);
    done({});
}

void MemoryTokenStore::clear(std::function<void(Status)> done)
{
    values.clear();
    done({});
}

// ---- file ------------------------------------------------------------------

FileTokenStore::FileTokenStore(QString path) : m_path(std::move(path)) {}

QString FileTokenStore::defaultPath()
{
    return QDir(paths::configDir()).filePath(QStringLiteral("tokens.json"));
}

namespace {

Result<QJsonObject> loadTokens(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject();
    if (!f.open(QIODevice::ReadOnly))
        return storeError(f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return storeError(QStringLiteral("%1 is not a JSON object").arg(path));
    return doc.object();
}

Status saveTokens(const QString &path, const QJsonObject &obj)
{
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return storeError(QStringLiteral("cannot create %1").arg(fi.absolutePath()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return storeError(f.errorString());
    // Restrict the temporary file before a single byte of secret goes in; the
    // rename in commit() keeps the mode.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        f.cancelWriting();
        return storeError(QStringLiteral("cannot restrict permissions"));
    }
    f.write(QJsonDocument(obj).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return storeError(f.errorString());
    return {};
}

} // namespace

void FileTokenStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    const auto obj = loadTokens(m_path);
    if (!obj) {
        done(obj.error());
        return;
    }
    const QString v = obj->value(key).toString();
    if (v.isEmpty())
        done(notFound());
    else
        done(v);
}

void FileTokenStore::write(const QString &key, const QString &value,
                           std::function<void(Status)> done)
{
    auto obj = loadTokens(m_path);
    QJsonObject o = obj ? obj.value() : QJsonObject();
    o.insert(key, value);
    done(saveTokens(m_path, o));
}

void FileTokenStore::clear(std::function<void(Status)> done)
{
    QFile f(m_path);
    if (f.exists() && !f.remove()) {
        done(storeError(f.errorString()));
        return;
    }
    done({});
}

// ---- keychain ----------------------------------------------------------------

namespace {

// Without a keychain service (no Secret Service / KWallet on the session bus)
// every QtKeychain job fails, and QtKeychain 0.13 was seen to crash when more
// jobs followed. After the first such failure the store answers at once with
// a clear error instead of starting more jobs.
std::atomic<bool> g_keychainUnavailable{false};

bool noKeychain(const QKeychain::Job *j)
{
    return j->error() == QKeychain::NoBackendAvailable || j->error() == QKeychain::OtherError;
}

Error keychainUnavailable()
{
    return Error::make(
        Error::Kind::Generic,
        QCoreApplication::translate("Net", "No keychain service is available to keep the sign-in. "
                                           "Start one (GNOME Keyring, KWallet), or set "
                                           "VIGIE_TOKEN_STORE=file to keep it in a private file."),
        QStringLiteral("keychain unavailable"));
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service) : m_service(std::move(service)) {}

void KeychainTokenStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    if (g_keychainUnavailable) {
        done(keychainUnavailable());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (noKeychain(j))
            g_keychainUnavailable = true;
        if (r->error() == QKeychain::EntryNotFound)
            done(notFound());
        else if (r->error() != QKeychain::NoError)
            done(storeError(r->errorString()));
        else
            done(r->textData());
    });
    job->start();
}

void KeychainTokenStore::write(const QString &key, const QString &value,
                               std::function<void(Status)> done)
{
    if (g_keychainUnavailable) {
        done(keychainUnavailable());
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        if (noKeychain(j))
            g_keychainUnavailable = true;
        if (j->error() != QKeychain::NoError)
            done(storeError(j->errorString()));
        else
            done({});
    });
    job->start();
}

void KeychainTokenStore::clear(std::function<void(Status)> done)
{
    if (g_keychainUnavailable) {
        done(keychainUnavailable());
        return;
    }
    auto keys = std::make_shared<QStringList>(tokenkeys::all());
    auto firstError = std::make_shared<std::optional<Error>>();
    auto service = m_service;
    auto next = std::make_shared<std::function<void()>>();
    *next = [keys, firstError, service, done, next]() {
        if (keys->isEmpty()) {
            if (*firstError)
                done(**firstError);
            else
                done({});
            *next = nullptr; // break the cycle
            return;
        }
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setAutoDelete(true);
        job->setKey(keys->takeFirst());
        QObject::connect(job, &QKeychain::Job::finished, job,
                         [firstError, next](QKeychain::Job *j) {
                             if (j->error() != QKeychain::NoError &&
                                 j->error() != QKeychain::EntryNotFound && !*firstError)
                                 *firstError = storeError(j->errorString());
                             auto n = *next;
                             if (n)
                                 n();
                         });
        job->start();
    };
    (*next)();
}

std::unique_ptr<TokenStore> makeTokenStore()
{
    const QString kind = qEnvironmentVariable("VIGIE_TOKEN_STORE").trimmed().toLower();
    if (kind == u"file") {
        qCDebug(lcNet) << "token store: file";
        return std::make_unique<FileTokenStore>();
    }
    return std::make_unique<KeychainTokenStore>();
}

} // namespace vigie::net
