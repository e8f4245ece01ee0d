#include "core/sources/encar/encarjobs.h"

#include "core/net/httpclient.h"
#include "core/sources/encar/encarinav.h"
#include "core/sources/encar/encarquery.h"
#include "core/sources/encar/encarsource.h"
#include "core/sources/sourcejobs.h"

#include <QCoreApplication>

namespace CarScout::Sources::Encar {

namespace {

Net::HttpRequest request(const QUrl &url)
{
    Net::HttpRequest r;
    r.url = url;
    return r;
}

} // namespace

// ---- search ---------------------------------------------------------------------------------------------------

EncarSearchJob::EncarSearchJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                               const SearchQuery &query, QObject *parent)
    : SearchJobBase(client, source, query, parent), m_terms(terms), m_q(buildQ(filterFromQuery(query))),
      m_sort(sortName(query.sort)), m_pageSize(qMin(query.pageSize > 0 ? query.pageSize : 50, 1000))
{
    // 1,000 is the largest page Encar serves.
}

std::optional<Net::HttpRequest> EncarSearchJob::pageRequest(const QString &cursor, JobError *)
{
    return request(listUrl(m_q, buildSr(m_sort, cursor.toInt(), m_pageSize), false));
}

SearchJobBase::PageParser EncarSearchJob::pageParser() const
{
    return [terms = m_terms](const Net::HttpResponse &response) {
        EncarListPage page;
        ParsedPage parsed;
        parsed.error = parseListPage(response.body, terms, &page);
        parsed.rows = int(page.items.size());
        parsed.totalAvailable = page.count;
        for (const EncarListItem &item : std::as_const(page.items))
            parsed.listings << item.listing;
        parsed.extra = page.items;
        return parsed;
    };
}

QList<Listing> EncarSearchJob::keep(const QList<Listing> &, const ParsedPage &page)
{
    // Re-adverts of one car carry other ids: the folder knows them by their photo key.
    return m_folder.fold(std::any_cast<const QList<EncarListItem> &>(page.extra));
}

QString EncarSearchJob::nextCursor(const QString &cursor, const ParsedPage &page)
{
    const int next = cursor.toInt() + page.rows;
    const bool shortPage = page.rows < m_pageSize;
    const bool countReached = page.totalAvailable >= 0 && next >= page.totalAvailable;
    return shortPage || countReached ? QString() : QString::number(next);
}

QString EncarSearchJob::pageLabel(const QString &cursor) const
{
    return QCoreApplication::translate("Sources", "Encar list page at offset %1").arg(cursor);
}

// ---- catalog --------------------------------------------------------------------------------------------------

EncarCatalogJob::EncarCatalogJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                                 const QStringList &path, QObject *parent)
    : CatalogJobBase(client, source, parent), m_terms(terms), m_paths{path}
{
    // A path that starts at the maker is asked for under car type A first; should the answer not expand "A"
    // into manufacturers (the iNav shape is not documented for it), domestic and then import are tried.
    if (!path.isEmpty() && !isCarTypeKey(path.first()))
        m_paths << (QStringList{u"Y"_qs} + path) << (QStringList{u"N"_qs} + path);
}

void EncarCatalogJob::start()
{
    SearchQuery query;
    query.path = m_paths.at(m_attempt);
    const QUrl url = listUrl(buildQ(filterFromQuery(query)), buildSr(sortName(SortOrder::Newest), 0, 1), true);
    send(request(url), [this](const Net::HttpResponse &r) {
        if (!r.ok()) {
            fail(networkError(QCoreApplication::translate("Sources", "Encar filter tree"), r));
            return;
        }
        QList<FilterNode> children;
        const JobError e = parseINavChildren(r.body, m_paths.at(m_attempt), m_terms, &children);
        if (e.kind == JobError::Kind::NotFound && m_attempt + 1 < m_paths.size()) {
            ++m_attempt;
            start();
            return;
        }
        finish(children, e);
    });
}

// ---- detail ---------------------------------------------------------------------------------------------------

EncarDetailJob::EncarDetailJob(Net::HttpClient &client, const Source &source, const TermDictionary &terms,
                               const QString &id, QObject *parent)
    : DetailJobBase(client, source, parent), m_terms(terms), m_id(id)
{
}

void EncarDetailJob::start()
{
    send(request(vehicleUrl(m_id)), [this](const Net::HttpResponse &r) { onDetail(r); });
}

void EncarDetailJob::onDetail(const Net::HttpResponse &response)
{
    if (!response.ok()) {
        fail(networkError(QCoreApplication::translate("Sources", "Encar vehicle %1").arg(m_id), response));
        return;
    }
    if (JobError e = parseVehicleDetail(response.body, m_id, m_terms, &m_detail); e.isError()) {
        fail(e);
        return;
    }
    const QString vehicleId = m_detail.detail.listing.id;
    m_pending = 1;
    send(request(inspectionUrl(vehicleId)), [this](const Net::HttpResponse &r) { onInspection(r); });
    if (!m_detail.vehicleNo.isEmpty()) {
        ++m_pending;
        send(request(recordUrl(vehicleId, m_detail.vehicleNo)), [this](const Net::HttpResponse &r) { onRecord(r); });
    }
}

void EncarDetailJob::onInspection(const Net::HttpResponse &response)
{
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
    finish(d);
}

} // namespace CarScout::Sources::Encar
