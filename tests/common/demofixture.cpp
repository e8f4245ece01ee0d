#include "tests/common/demofixture.h"

#include "core/net/clientconfig.h"

#include <QMutexLocker>
#include <QSignalSpy>

namespace CarScout::TestSupport {

using namespace CarScout::Sources;

bool DemoSourceFixture::start(const QString &host, Describe describe, Demo::ReplayHandler intercept,
                              const std::function<void(Demo::ReplayServer &)> &installBackend, QString *error)
{
    m_clock.start();
    m_server = std::make_unique<Demo::ReplayServer>();
    m_server->addHandler(host, [this, describe = std::move(describe), intercept = std::move(intercept)](
                                   const Demo::ReplayRequest &r) -> std::optional<Demo::ReplayResponse> {
        {
            QMutexLocker lock(&m_lock);
            m_requests << qMakePair(m_clock.elapsed(), describe(r));
        }
        return intercept ? intercept(r) : std::nullopt;
    });
    installBackend(*m_server);
    if (!m_server->listen()) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

Net::HttpClient &DemoSourceFixture::makeClient(const QStringList &hosts, const QString &sourceId,
                                               const Net::SourcePolicy &policy)
{
    Net::ClientConfig config;
    for (const QString &host : hosts)
        config.remaps.insert(host, QUrl(m_server->baseUrlFor(host)));
    m_client = std::make_unique<Net::HttpClient>(config);
    m_client->setSourcePolicy(sourceId, policy);
    return *m_client;
}

void DemoSourceFixture::stop()
{
    m_client.reset();
    m_server.reset();
}

QList<QPair<qint64, QString>> DemoSourceFixture::requests(const QString &prefix)
{
    QMutexLocker lock(&m_lock);
    QList<QPair<qint64, QString>> out;
    for (const auto &r : m_requests) {
        if (r.second.startsWith(prefix))
            out << r;
    }
    return out;
}

void DemoSourceFixture::clearRequests()
{
    QMutexLocker lock(&m_lock);
    m_requests.clear();
}

QList<Listing> DemoSourceFixture::runSearch(Source &source, const SearchQuery &query, int timeoutMs, JobError *error,
                                            SearchProgress *last)
{
    QList<Listing> all;
    SearchJob *job = source.search(query);
    QObject::connect(job, &SearchJob::pageReady, job, [&all](const QList<Listing> &page) { all += page; });
    QObject::connect(job, &SearchJob::progress, job, [last](const SearchProgress &p) {
        if (last)
            *last = p;
    });
    QSignalSpy finished(job, &SearchJob::finished);
    if (!finished.wait(timeoutMs))
        qWarning("search did not finish");
    if (!finished.isEmpty())
        *error = finished.first().first().value<JobError>();
    return all;
}

QList<Listing> DemoSourceFixture::runInBatches(Source &source, const SearchQuery &query, int batches,
                                               QList<SearchProgress> *runs, JobError *error)
{
    QList<Listing> all;
    SearchQuery next = query;
    for (int i = 0; i < batches && !error->isError(); ++i) {
        SearchProgress last;
        all += runSearch(source, next, 60000, error, &last);
        runs->append(last);
        if (last.continuation.isEmpty())
            break;
        next.continuation = last.continuation;
    }
    return all;
}

ListingDetail DemoSourceFixture::runDetail(Source &source, const QString &id, JobError *error)
{
    DetailJob *job = source.detail(id);
    QSignalSpy finished(job, &DetailJob::finished);
    if (!finished.wait(10000))
        qWarning("detail did not finish");
    *error = finished.value(0).value(1).value<JobError>();
    return finished.value(0).value(0).value<ListingDetail>();
}

QList<FilterNode> DemoSourceFixture::runCatalog(Source &source, const QStringList &path, JobError *error)
{
    CatalogJob *job = source.catalog(path);
    QSignalSpy finished(job, &CatalogJob::finished);
    if (!finished.wait(10000))
        qWarning("catalog did not finish");
    *error = finished.value(0).value(1).value<JobError>();
    return finished.value(0).value(0).value<QList<FilterNode>>();
}

} // namespace CarScout::TestSupport
