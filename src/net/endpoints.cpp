#include "net/endpoints.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vigie::net {

Endpoints Endpoints::defaults()
{
    Endpoints e;
    e.login = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    e.graph = QUrl(QStringLiteral("https://graph.microsoft.com"));
    e.partnerCenter = QUrl(QStringLiteral("https://api.partnercenter.microsoft.com"));
    e.arm = QUrl(QStringLiteral("https://management.azure.com"));
    e.tenant = QStringLiteral("organizations");
    return e;
}

Endpoints Endpoints::fromEnvironment(const QProcessEnvironment &env, Endpoints base)
{
    auto url = [&](const char *name, QUrl &target) {
        const QString v = env.value(QString::fromLatin1(name));
        if (!v.isEmpty())
            target = QUrl(v);
    };
    url("VIGIE_LOGIN_URL", base.login);
    url("VIGIE_GRAPH_URL", base.graph);
    url("VIGIE_PARTNER_CENTER_URL", base.partnerCenter);
    url("VIGIE_ARM_URL", base.arm);
    if (const QString v = env.value(QStringLiteral("VIGIE_CLIENT_ID")); !v.isEmpty())
        base.clientId = v;
    if (const QString v = env.value(QStringLiteral("VIGIE_TENANT")); !v.isEmpty())
        base.tenant = v;
    return base;
}

bool isAllowedScheme(const QUrl &url)
{
    if (!url.isValid())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

Status Endpoints::validate() const
{
    for (const QUrl *u : {&login, &graph, &partnerCenter, &arm}) {
        if (!isAllowedScheme(*u)) {
            return Error::make(Error::Kind::Usage,
                               QCoreApplication::translate(
                                   "Net",
                                   "Refusing endpoint %1: only https, or http to this computer "
                                   "(loopback), is allowed.")
                                   .arg(u->toDisplayString()));
        }
    }
    return {};
}

} // namespace vigie::net
