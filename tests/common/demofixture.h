#pragma once

// The loopback set-up the marketplace Source tests share: a ReplayServer with the test's own handler in front of
// the source's demo backend, an HttpClient with the source's hosts remapped to it, a log of the requests that
// reached the main host, and helpers that run a job to its end.

#include "core/demo/replayserver.h"
#include "core/net/httpclient.h"
#include "core/net/sourcepolicy.h"
#include "core/sources/source.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace CarScout::TestSupport {

class DemoSourceFixture
{
public:
    // What the log keeps of a request (e.g. path + page).
    using Describe = std::function<QString(const Demo::ReplayRequest &)>;

    // Every request to `host` is logged as describe(request) and offered to `intercept` (which may answer or
    // pass with std::nullopt); the demo backend that `installBackend` adds answers the rest.
    bool start(const QString &host, Describe describe, Demo::ReplayHandler intercept,
               const std::function<void(Demo::ReplayServer &)> &installBackend, QString *error);
    // A client with `hosts` remapped to the server and `policy` installed for `sourceId`.
    Net::HttpClient &makeClient(const QStringList &hosts, const QString &sourceId, const Net::SourcePolicy &policy);
    void stop();   // client, then server

    Net::HttpClient &client() { return *m_client; }

    // (ms since start(), describe(request)) of the logged requests whose description starts with `prefix`.
    QList<QPair<qint64, QString>> requests(const QString &prefix = {});
    void clearRequests();

    // Run a job to its end (a qWarning when it does not finish in time) and return what it delivered.
    static QList<Listing> runSearch(Sources::Source &source, const Sources::SearchQuery &query, int timeoutMs,
                                    Sources::JobError *error, Sources::SearchProgress *last = nullptr);
    // `batches` runs of `query` (query.maxPages pages each), each going on from the continuation of the run before:
    // what "Load more" does. The listings of all runs in order; each run's last progress in `runs`.
    static QList<Listing> runInBatches(Sources::Source &source, const Sources::SearchQuery &query, int batches,
                                       QList<Sources::SearchProgress> *runs, Sources::JobError *error);
    static Sources::ListingDetail runDetail(Sources::Source &source, const QString &id, Sources::JobError *error);
    static QList<Sources::FilterNode> runCatalog(Sources::Source &source, const QStringList &path,
                                                 Sources::JobError *error);

private:
    std::unique_ptr<Demo::ReplayServer> m_server;
    std::unique_ptr<Net::HttpClient> m_client;
    QMutex m_lock;
    QList<QPair<qint64, QString>> m_requests;
    QElapsedTimer m_clock;
};

} // namespace CarScout::TestSupport
