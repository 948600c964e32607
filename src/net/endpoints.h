#pragma once

#include "core/result.h"

#include <QProcessEnvironment>
#include <QUrl>

namespace vigie::net {

// Base URLs of the services (DESIGN.md, Endpoints and sign-in). Environment
// variables override the settings file, which overrides the defaults.
struct Endpoints
{
    QUrl login;
    QUrl graph;
    QUrl partnerCenter;
    QUrl arm;
    QString clientId;
    QString tenant;

    static Endpoints defaults();
    // Applies VIGIE_LOGIN_URL, VIGIE_GRAPH_URL, VIGIE_PARTNER_CENTER_URL,
    // VIGIE_ARM_URL, VIGIE_CLIENT_ID and VIGIE_TENANT when set.
    static Endpoints fromEnvironment(const QProcessEnvironment &env, Endpoints base = defaults());

    // Every URL must be https, or http to a loopback host (tests, vigie-sim).
    Status validate() const;
};

// True for https URLs and for http URLs whose host is loopback.
bool isAllowedScheme(const QUrl &url);

} // namespace vigie::net
