#pragma once

#include "net/endpoints.h"
#include "net/job.h"
#include "sync/engine.h"
#include "sync/source.h"

#include <QPointer>
#include <QSet>
#include <memory>

namespace vigie::net {
class TokenStore;
class TokenManager;
} // namespace vigie::net

namespace vigie::sync {

// The real cloud behind the engine's Source interface, through src/net's
// jobs (retry, backoff, Retry-After, token refresh per tenant and resource).
// One fetch = one page: the job's page handler keeps the first page and stops
// the job, so the engine commits each page with its cursor before asking for
// the next one. Partner Center collections (continuation headers) are read
// whole in one fetch.
class NetSource final : public Source
{
public:
    explicit NetSource(net::Session session);
    ~NetSource() override;
    void fetch(const PageRequest &request, std::function<void(Result<Page>)> done) override;
    void abort() override;

    static constexpr int kCorruptRetries = 2;

private:
    void attempt(const PageRequest &request, std::function<void(Result<Page>)> done,
                 int corruptRetries);
    net::Session m_session;
    QList<QPointer<net::Job>> m_jobs;
    bool m_aborting = false;
};

// The factory the app and the CLI use: endpoints from the environment, the
// token store chosen by VIGIE_TOKEN_STORE, a TokenManager on the worker thread.
SourceFactory netSourceFactory(net::Endpoints endpoints, net::RetryPolicy retry = {});

} // namespace vigie::sync
