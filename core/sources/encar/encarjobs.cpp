#include "core/sources/encar/encarjobs.h"

#include "core/net/httpclient.h"
#include "core/sources/encar/encarinav.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/encar/encarsource.h"
#include "core/sources/sourcejobs.h"

#include <QCoreApplication>

namespace CarScout::Sources::Encar {

namespace {

Net::HttpRequest request(const QUrl &url, quint64 group)
{
    Net::HttpRequest r;
    r.url = url;
    r.source = QString::fromLatin1(kSourceId);
    r.group = group;
    return r;
}

} // namespace

// ---- search ---------------------------------------------------------------------------------------------------

EncarSearchJob::EncarSearchJob(Net::HttpClient &client, const TermDictionary &terms, const SearchQuery &query,
                               QObject *parent)
    : SearchJob(parent), m_client(client), m_terms(terms), m_query(query),
      m_q(buildQ(filterFromQuery(query))), m_sort(sortName(query.sort)), m_group(Net::HttpClient::newGroupId())
{
    if (m_query.pageSize <= 0)
        m_query.pageSize = 50;
    m_query.pageSize = qMin(m_query.pageSize, 1000);   // the largest page Encar serves
    QMetaObject::invokeMethod(this, &EncarSearchJob::requestPage, Qt::QueuedConnection);
}

void EncarSearchJob::requestPage()
{
    if (m_done)
        return;
    m_requested = m_query.pageSize;
    const QUrl url = listUrl(m_q, buildSr(m_sort, m_offset, m_requested), false);
    m_client.send(request(url, m_group), this, [this](const Net::HttpResponse &r) { onResponse(r); });
}

void EncarSearchJob::onResponse(const Net::HttpResponse &response)
{
    if (m_done)
        return;
    m_progress.rateWaitMs += response.rateWaitMs;
    if (!response.ok()) {
        finish(networkError(QCoreApplication::translate("Sources", "Encar list page at offset %1").arg(m_offset), response));
        return;
    }
    // Big pages (up to 1,000 items, ~1 MB) are parsed on the thread pool; the GUI thread only merges.
    const QByteArray body = response.body;
    const TermDictionary terms = m_terms;
    runOffThread(this, [body, terms] {
        Parsed p;
        p.error = parseListPage(body, terms, &p.page);
        return p;
    }, [this](const Parsed &parsed) { onParsed(parsed); });
}

void EncarSearchJob::onParsed(const Parsed &parsed)
{
    if (m_done)
        return;
    if (parsed.error.isError()) {
        JobError e = parsed.error;
        e.message += u" (page at offset %1)"_qs.arg(m_offset);
        finish(e);
        return;
    }
    const int rows = int(parsed.page.items.size());
    QList<Listing> fresh = m_folder.fold(parsed.page.items);
    if (m_query.limit > 0 && m_progress.listingsSoFar + fresh.size() > m_query.limit)
        fresh.resize(m_query.limit - m_progress.listingsSoFar);
    m_progress.pagesFetched += 1;
    m_progress.listingsSoFar += int(fresh.size());
    if (parsed.page.count >= 0) {
        m_progress.totalAvailable = parsed.page.count;
        int pages = (parsed.page.count + m_query.pageSize - 1) / m_query.pageSize;
        if (m_query.maxPages > 0)
            pages = qMin(pages, m_query.maxPages);
        m_progress.pagesExpected = pages;
    }
    m_offset += rows;
    if (!fresh.isEmpty())
        emit pageReady(fresh);
    if (m_done)   // a receiver canceled
        return;
    emit progress(m_progress);
    if (m_done)
        return;

    const bool shortPage = rows < m_requested;
    const bool countReached = parsed.page.count >= 0 && m_offset >= parsed.page.count;
    const bool limitReached = m_query.limit > 0 && m_progress.listingsSoFar >= m_query.limit;
    const bool pagesReached = m_query.maxPages > 0 && m_progress.pagesFetched >= m_query.maxPages;
    if (shortPage || countReached || limitReached || pagesReached)
        finish({});
    else
        requestPage();
}

void EncarSearchJob::cancel()
{
    if (m_done)
        return;
    m_client.cancelGroup(m_group);
    finish(canceledError());
}

void EncarSearchJob::finish(const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.kind != JobError::Kind::None)
        m_client.cancelGroup(m_group);
    emit finished(error);
    deleteLater();
}

// ---- catalog --------------------------------------------------------------------------------------------------

EncarCatalogJob::EncarCatalogJob(Net::HttpClient &client, const TermDictionary &terms, const QStringList &path,
                                 QObject *parent)
    : CatalogJob(parent), m_client(client), m_terms(terms), m_paths{path}, m_group(Net::HttpClient::newGroupId())
{
    // A path that starts at the maker is asked for under car type A first; should the answer not expand "A"
    // into manufacturers (the iNav shape is not documented for it), domestic and then import are tried.
    if (!path.isEmpty() && !isCarTypeKey(path.first()))
        m_paths << (QStringList{u"Y"_qs} + path) << (QStringList{u"N"_qs} + path);
    QMetaObject::invokeMethod(this, &EncarCatalogJob::requestNext, Qt::QueuedConnection);
}

void EncarCatalogJob::requestNext()
{
    if (m_done)
        return;
    SearchQuery query;
    query.path = m_paths.at(m_attempt);
    const QUrl url = listUrl(buildQ(filterFromQuery(query)), buildSr(sortName(SortOrder::Newest), 0, 1), true);
    m_client.send(request(url, m_group), this, [this](const Net::HttpResponse &r) {
        if (m_done)
            return;
        if (!r.ok()) {
            finish({}, networkError(QCoreApplication::translate("Sources", "Encar filter tree"), r));
            return;
        }
        QList<FilterNode> children;
        const JobError e = parseINavChildren(r.body, m_paths.at(m_attempt), m_terms, &children);
        if (e.kind == JobError::Kind::NotFound && m_attempt + 1 < m_paths.size()) {
            ++m_attempt;
            requestNext();
            return;
        }
        finish(children, e);
    });
}

void EncarCatalogJob::cancel()
{
    if (m_done)
        return;
    m_client.cancelGroup(m_group);
    finish({}, canceledError());
}

void EncarCatalogJob::finish(const QList<FilterNode> &children, const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(children, error);
    deleteLater();
}

// ---- detail ---------------------------------------------------------------------------------------------------

EncarDetailJob::EncarDetailJob(Net::HttpClient &client, const TermDictionary &terms, const QString &id,
                               QObject *parent)
    : DetailJob(parent), m_client(client), m_terms(terms), m_id(id), m_group(Net::HttpClient::newGroupId())
{
    QMetaObject::invokeMethod(this, [this] {
        if (m_done)
            return;
        m_client.send(request(vehicleUrl(m_id), m_group), this, [this](const Net::HttpResponse &r) { onDetail(r); });
    }, Qt::QueuedConnection);
}

void EncarDetailJob::onDetail(const Net::HttpResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        finish(networkError(QCoreApplication::translate("Sources", "Encar vehicle %1").arg(m_id), response));
        return;
    }
    if (JobError e = parseVehicleDetail(response.body, m_id, m_terms, &m_detail); e.isError()) {
        finish(e);
        return;
    }
    const QString vehicleId = m_detail.detail.listing.id;
    m_pending = 1;
    m_client.send(request(inspectionUrl(vehicleId), m_group), this,
                  [this](const Net::HttpResponse &r) { onInspection(r); });
    if (!m_detail.vehicleNo.isEmpty()) {
        ++m_pending;
        m_client.send(request(recordUrl(vehicleId, m_detail.vehicleNo), m_group), this,
                      [this](const Net::HttpResponse &r) { onRecord(r); });
    }
}

void EncarDetailJob::onInspection(const Net::HttpResponse &response)
{
    if (m_done)
        return;
    if (response.ok()) {
        InspectionSummary inspection;
        if (const JobError e = parseInspection(response.body, &inspection); e.isError())
            m_notes << DetailField{QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Inspection report")), e.message};
        else
            m_detail.detail.inspection = inspection;
    } else if (response.status != 404) {   // 404 = no report
        m_notes << DetailField{QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Inspection report")), networkError(QCoreApplication::translate("Sources", "unavailable"), response).message};
    }
    --m_pending;
    maybeFinish();
}

void EncarDetailJob::onRecord(const Net::HttpResponse &response)
{
    if (m_done)
        return;
    if (response.ok()) {
        AccidentSummary record;
        if (const JobError e = parseRecord(response.body, &record); e.isError())
            m_notes << DetailField{QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Accident record")), e.message};
        else
            m_detail.detail.accidents = record;
    } else if (response.status != 404) {   // 404 = no record
        m_notes << DetailField{QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Accident record")), networkError(QCoreApplication::translate("Sources", "unavailable"), response).message};
    }
    --m_pending;
    maybeFinish();
}

void EncarDetailJob::maybeFinish()
{
    if (m_pending > 0)
        return;
    ListingDetail &d = m_detail.detail;
    if (d.inspection)
        d.sections << inspectionSection(*d.inspection);
    if (d.accidents)
        d.sections << accidentSection(*d.accidents);
    if (!m_notes.isEmpty())
        d.sections << DetailSection{u"notes"_qs, QString::fromUtf8(QT_TRANSLATE_NOOP("DetailFields", "Notes")), m_notes};
    finish({});
}

void EncarDetailJob::cancel()
{
    if (m_done)
        return;
    m_client.cancelGroup(m_group);
    finish(canceledError());
}

void EncarDetailJob::finish(const JobError &error)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(error.isError() ? ListingDetail{} : m_detail.detail, error);
    deleteLater();
}

} // namespace CarScout::Sources::Encar
