#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <functional>
#include <memory>

namespace vigie::net {

// Where the refresh token lives between runs (DESIGN.md, Endpoints and
// sign-in). Asynchronous because the keychain is; callbacks may also run
// synchronously (memory and file stores). A missing key reads as
// Error::Kind::NotFound.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual void read(const QString &key, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &key, const QString &value,
                       std::function<void(Status)> done) = 0;
    // Removes every token Vigie stored (logout).
    virtual void clear(std::function<void(Status)> done) = 0;
};

// The keys Vigie uses.
namespace tokenkeys {
inline QString refreshToken()
{
    return QStringLiteral("refresh_token");
}
inline QString account()
{
    return QStringLiteral("account");
}
QStringList all();
} // namespace tokenkeys

// For tests.
class MemoryTokenStore final : public TokenStore
{
public:
    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, std::function<void(Status)> done) override;
    void clear(std::function<void(Status)> done) override;
    QHash<QString, QString> values;
};

// VIGIE_TOKEN_STORE=file: one JSON object in `path` (default
// configDir()/tokens.json), created 0600 atomically (QSaveFile; permissions set
// before any secret is written).
class FileTokenStore final : public TokenStore
{
public:
    explicit FileTokenStore(QString path = defaultPath());
    static QString defaultPath();
    const QString &path() const { return m_path; }

    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, std::function<void(Status)> done) override;
    void clear(std::function<void(Status)> done) override;

private:
    QString m_path;
};

// Default: the desktop keychain through QtKeychain, service "org.vigie.Vigie".
class KeychainTokenStore final : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("org.vigie.Vigie"));
    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, std::function<void(Status)> done) override;
    void clear(std::function<void(Status)> done) override;

private:
    QString m_service;
};

// Picks the store from VIGIE_TOKEN_STORE ("file" or "keychain", default keychain).
std::unique_ptr<TokenStore> makeTokenStore();

} // namespace vigie::net
