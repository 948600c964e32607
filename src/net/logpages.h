#pragma once

#include "net/clients.h"

namespace vigie::net {

// Sign-in and directory-audit pages (Graph v1.0, up to 1,000 events each)
// are read with rapidjson: the same tolerant field rules as parsers.cpp
// (numbers or strings for codes, missing optional fields), the event kept
// as compact JSON text for the cache. QJsonDocument took most of a sync's
// client-side time on these pages.
Result<ParsedPage<SignIn>> parseSignInPage(const HttpRequest &req, const HttpResponse &resp,
                                           const QString &customerId);
Result<ParsedPage<AuditEvent>> parseAuditPage(const HttpRequest &req, const HttpResponse &resp,
                                              const QString &customerId);

} // namespace vigie::net
