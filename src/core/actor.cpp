#include "core/actor.h"

#include "core/displaytext.h"

#include <QMutex>
#include <QMutexLocker>

namespace vigie::actor {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString &signedInName()
{
    static QString name;
    return name;
}

} // namespace

QString current()
{
    const QString upn = signedIn();
    return upn.isEmpty() ? localAccount() : upn;
}

QString signedIn()
{
    QMutexLocker lock(&mutex());
    return signedInName();
}

void setSignedIn(const QString &upn)
{
    QMutexLocker lock(&mutex());
    // A name from a token is remote input: no control or bidi characters in
    // the trail, and no megabyte "UPN".
    signedInName() = displayText(upn.trimmed(), 256);
}

QString localAccount()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("vigie") : user;
}

} // namespace vigie::actor
