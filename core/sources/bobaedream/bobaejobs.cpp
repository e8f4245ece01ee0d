#include "core/sources/bobaedream/bobaejobs.h"

#include "core/sources/bobaedream/bobaesteps.h"

#include <QCoreApplication>

namespace CarScout::Sources::Bobae {

namespace {

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

JobError badId(Section section, const QString &id)
{
    JobError e;
    e.kind = JobError::Kind::BadInput;
    e.message = section == Section::Bikes
        ? u"Bobaedream motorcycle id \"%1\" is not a bike_view.php number (digits)"_qs.arg(id)
        : u"Bobaedream car id \"%1\" is not a mview number (digits)"_qs.arg(id);
    return e;
}

} // namespace

// ---- search ---------------------------------------------------------------------------------------------------

BobaeSearchJob::BobaeSearchJob(Net::HttpClient &client, const Source &source, Section section,
                               const TermDictionary &terms, const SearchQuery &query, QObject *parent)
    : SearchJobBase(client, source, query, parent), m_section(section), m_terms(terms)
{
}

std::optional<Net::HttpRequest> BobaeSearchJob::pageRequest(const QString &cursor, JobError *error)
{
    const int page = cursor.toInt();
    return m_section == Section::Bikes ? bikeSearchRequest(query(), page, core().group(), error)
                                       : carSearchRequest(query(), page, core().group(), error);
}

SearchJobBase::PageParser BobaeSearchJob::pageParser() const
{
    // Copies (implicitly shared): the parse may outlive a canceled job.
    return [terms = m_terms, query = query(), section = m_section](const Net::HttpResponse &response) {
        const SearchPageResult r = section == Section::Bikes ? readBikeSearchPage(response, query, &terms)
                                                             : readCarSearchPage(response, query, &terms);
        ParsedPage parsed;
        parsed.error = r.error;
        parsed.listings = r.all;   // every id counts for "no new id"; keep() applies the filters
        parsed.warnings = r.warnings;
        parsed.totalAvailable = r.totalAvailable;
        parsed.lastPage = !r.error.isError() && r.all.isEmpty();
        parsed.extra = r.lastPage;
        return parsed;
    };
}

QString BobaeSearchJob::nextCursor(const QString &cursor, const ParsedPage &page)
{
    // Bikes: on to the pager's last page (when it shows one); cars: until an empty page. A page that brings no
    // new id ends both (the job base).
    const int pagerLast = page.extra.has_value() ? std::any_cast<int>(page.extra) : 0;
    const int current = cursor.toInt();
    if (m_section == Section::Bikes && pagerLast > 0 && current >= pagerLast)
        return {};
    return QString::number(current + 1);
}

QString BobaeSearchJob::pageLabel(const QString &cursor) const
{
    return m_section == Section::Bikes
        ? QCoreApplication::translate("Sources", "Bobaedream motorcycle list page %1").arg(cursor)
        : QCoreApplication::translate("Sources", "Bobaedream car list page %1").arg(cursor);
}

QList<Listing> BobaeSearchJob::keep(const QList<Listing> &unseen, const ParsedPage &)
{
    QList<Listing> out;
    for (const Listing &l : unseen) {
        if (m_section == Section::Bikes ? bikeListingMatches(l, query()) : carListingMatches(l, query()))
            out.append(l);
    }
    return out;
}

// ---- catalog --------------------------------------------------------------------------------------------------

BobaeCatalogJob::BobaeCatalogJob(Net::HttpClient &client, const Source &source, Section section,
                                 const TermDictionary &terms, const QStringList &path, QObject *parent)
    : CatalogJobBase(client, source, parent), m_section(section), m_terms(terms), m_path(path)
{
}

void BobaeCatalogJob::start()
{
    if (m_section == Section::Bikes) {
        if (m_path.size() >= 4)
            finish({});   // sub-models are leaves
        else
            requestBikeLevel(false);
        return;
    }
    if (m_path.size() >= 2) {
        finish({});   // models are leaves
        return;
    }
    JobError error;
    const std::optional<Net::HttpRequest> request = carCatalogRequest(m_path, core().group(), &error);
    if (!request) {
        fail(error);
        return;
    }
    send(*request, [this](const Net::HttpResponse &r) {
        const CatalogStepResult result = readCarCatalog(r, m_path, &m_terms);
        finish(result.nodes, result.error);
    });
}

void BobaeCatalogJob::requestBikeLevel(bool parentDepth)
{
    JobError error;
    const std::optional<Net::HttpRequest> request = bikeCatalogRequest(
        m_path, parentDepth ? DepthConvention::ParentDepth : DepthConvention::Documented, core().group(), &error);
    if (!request) {
        fail(error);
        return;
    }
    send(*request, [this, parentDepth](const Net::HttpResponse &r) {
        const CatalogStepResult result = readBikeCatalog(r, m_path, &m_terms);
        if (!result.error.isError() && result.otherLevel) {
            // The dep trap: the reply is the level above. Ask the other way once (dep = the parent's depth).
            if (!parentDepth && m_path.size() >= 2) {
                requestBikeLevel(true);
                return;
            }
            JobError e;
            e.kind = JobError::Kind::Parse;
            e.message = u"Bobaedream get_cardepth.php answered level %1 with the level above it, asked both ways"_qs
                            .arg(m_path.size());
            fail(e);
            return;
        }
        finish(result.nodes, result.error);
    });
}

// ---- detail ---------------------------------------------------------------------------------------------------

BobaeDetailJob::BobaeDetailJob(Net::HttpClient &client, const Source &source, Section section,
                               const TermDictionary &terms, const QString &id, QObject *parent)
    : DetailJobBase(client, source, parent), m_section(section), m_terms(terms), m_id(id.trimmed())
{
}

void BobaeDetailJob::start()
{
    if (!allDigits(m_id)) {
        fail(badId(m_section, m_id));
        return;
    }
    const Net::HttpRequest request = m_section == Section::Bikes ? bikeDetailRequest(m_id, core().group())
                                                                 : carDetailRequest(m_id, core().group());
    send(request, [this](const Net::HttpResponse &r) {
        offThread([r, id = m_id, terms = m_terms, section = m_section] {
            return section == Section::Bikes ? readBikeDetail(r, id, &terms) : readCarDetail(r, id, &terms);
        }, [this](const DetailStepResult &result) { finish(result.detail, result.error); });
    });
}

} // namespace CarScout::Sources::Bobae
