#include "core/sources/jobbase.h"

#include "core/net/httpclient.h"

namespace CarScout::Sources {

// ---- JobCore --------------------------------------------------------------------------------------------------

JobCore::JobCore(Net::HttpClient &client, const Source &source)
    : m_client(client), m_info(source.info()), m_transform(source.requestTransform()),
      m_group(Net::HttpClient::newGroupId())
{
}

bool JobCore::close()
{
    if (m_done)
        return false;
    m_done = true;
    m_client.cancelGroup(m_group);
    return true;
}

void JobCore::send(Net::HttpRequest request, QObject *context, std::function<void(const Net::HttpResponse &)> handler)
{
    if (m_done)
        return;
    if (request.source.isEmpty())
        request.source = m_info.id;
    request.group = m_group;
    if (m_transform)
        m_transform(request);
    m_client.send(request, context, [this, handler = std::move(handler)](const Net::HttpResponse &response) {
        if (!m_done)
            handler(response);
    });
}

// ---- catalog and detail ---------------------------------------------------------------------------------------

CatalogJobBase::CatalogJobBase(Net::HttpClient &client, const Source &source, QObject *parent)
    : CatalogJob(parent), m_core(client, source)
{
    QMetaObject::invokeMethod(this, [this] {
        if (!m_core.isDone())
            start();
    }, Qt::QueuedConnection);
}

void CatalogJobBase::cancel()
{
    if (m_core.isDone())
        return;
    onCanceled();
    finish({}, canceledError());
}

void CatalogJobBase::send(const Net::HttpRequest &request, std::function<void(const Net::HttpResponse &)> handler)
{
    m_core.send(request, this, std::move(handler));
}

void CatalogJobBase::finish(const QList<FilterNode> &children, const JobError &error)
{
    if (!m_core.close())
        return;
    emit finished(error.isError() ? QList<FilterNode>{} : children, error);
    deleteLater();
}

DetailJobBase::DetailJobBase(Net::HttpClient &client, const Source &source, QObject *parent)
    : DetailJob(parent), m_core(client, source)
{
    QMetaObject::invokeMethod(this, [this] {
        if (!m_core.isDone())
            start();
    }, Qt::QueuedConnection);
}

void DetailJobBase::cancel()
{
    if (m_core.isDone())
        return;
    onCanceled();
    finish({}, canceledError());
}

void DetailJobBase::send(const Net::HttpRequest &request, std::function<void(const Net::HttpResponse &)> handler)
{
    m_core.send(request, this, std::move(handler));
}

void DetailJobBase::finish(const ListingDetail &detail, const JobError &error)
{
    if (!m_core.close())
        return;
    emit finished(error.isError() ? ListingDetail{} : detail, error);
    deleteLater();
}

// ---- search ---------------------------------------------------------------------------------------------------

SearchJobBase::SearchJobBase(Net::HttpClient &client, const Source &source, const SearchQuery &query,
                             QObject *parent)
    : SearchJob(parent), m_core(client, source), m_query(query)
{
    if (m_query.pageSize <= 0)
        m_query.pageSize = 50;
    QMetaObject::invokeMethod(this, [this] {
        if (m_core.isDone())
            return;
        m_cursor = m_query.continuation.isEmpty() ? firstCursor() : m_query.continuation;
        prepare([this](const JobError &error) {
            if (m_core.isDone())
                return;
            if (error.isError())
                finish(error);
            else
                requestPage();
        });
    }, Qt::QueuedConnection);
}

void SearchJobBase::requestPage()
{
    JobError error;
    std::optional<Net::HttpRequest> request = pageRequest(m_cursor, &error);
    if (!request) {
        finish(error);
        return;
    }
    m_core.send(*request, this, [this](const Net::HttpResponse &r) { onResponse(r); });
}

void SearchJobBase::onResponse(const Net::HttpResponse &response)
{
    m_progress.rateWaitMs += response.rateWaitMs;
    if (!response.ok()) {
        finish(networkError(pageLabel(m_cursor), response));
        return;
    }
    // Pages (up to ~1 MB) are parsed on the thread pool; this thread only merges.
    runOffThread(this, [parse = pageParser(), response] { return parse(response); },
                 [this](const ParsedPage &page) { onParsed(page); });
}

bool SearchJobBase::limitReached() const
{
    return m_query.limit > 0 && m_progress.listingsSoFar >= m_query.limit;
}

void SearchJobBase::onParsed(const ParsedPage &page)
{
    if (m_core.isDone())
        return;
    if (page.error.isError()) {
        JobError e = page.error;
        e.message += u" (%1)"_qs.arg(pageLabel(m_cursor));
        finish(e);
        return;
    }
    QList<Listing> unseen;
    for (const Listing &l : page.listings) {
        if (!m_seen.contains(l.id)) {
            m_seen.insert(l.id);
            unseen.append(l);
        }
    }
    const bool onlyRepeats = unseen.isEmpty();
    QList<Listing> fresh = keep(unseen, page);
    bool cut = false;
    if (m_query.limit > 0 && m_progress.listingsSoFar + fresh.size() > m_query.limit) {
        fresh.resize(m_query.limit - m_progress.listingsSoFar);
        cut = true;
    }
    const QString cursor = m_cursor;
    const QString next = page.lastPage ? QString() : nextCursor(cursor, page);

    m_progress.pagesFetched += 1;
    m_progress.listingsSoFar += int(fresh.size());
    m_progress.warnings += page.warnings;
    if (page.totalAvailable >= 0)
        m_progress.totalAvailable = page.totalAvailable;
    int expected = m_query.maxPages;
    if (page.totalAvailable >= 0) {
        const int all = (page.totalAvailable + m_query.pageSize - 1) / m_query.pageSize;
        expected = expected > 0 ? qMin(expected, all) : all;
    }
    m_progress.pagesExpected = expected;
    const bool exhausted = next.isEmpty() || onlyRepeats;
    // A page cut by the limit is asked again on continuation; the rows already shown merge in place.
    m_progress.continuation = exhausted ? QString() : (cut ? cursor : next);
    m_cursor = next;

    if (!fresh.isEmpty())
        emit pageReady(fresh);
    if (m_core.isDone())   // a receiver canceled
        return;
    emit progress(m_progress);
    if (m_core.isDone())
        return;
    const bool pagesReached = m_query.maxPages > 0 && m_progress.pagesFetched >= m_query.maxPages;
    if (exhausted || limitReached() || pagesReached)
        finish({});
    else
        requestPage();
}

void SearchJobBase::cancel()
{
    if (m_core.isDone())
        return;
    onCanceled();
    finish(canceledError());
}

void SearchJobBase::finish(const JobError &error)
{
    if (!m_core.close())
        return;
    emit finished(error);
    // A parse still running on the pool holds only copies; its watcher (our child) goes with us.
    deleteLater();
}

} // namespace CarScout::Sources
