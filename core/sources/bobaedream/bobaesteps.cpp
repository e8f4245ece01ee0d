#include "core/sources/bobaedream/bobaesteps.h"

#include "core/net/charset.h"
#include "core/sources/bobaedream/bikedetailparser.h"
#include "core/sources/bobaedream/bikelistparser.h"
#include "core/sources/bobaedream/bobaecatalog.h"
#include "core/sources/bobaedream/cardetailparser.h"
#include "core/sources/bobaedream/carlistparser.h"
#include "core/sources/sourcejobs.h"
#include "core/sources/terms.h"

#include <QCoreApplication>

namespace CarScout::Sources::Bobae {

namespace {

const QString kBikeSource = QString::fromLatin1(kBikeSourceId);
const QString kCarSource = QString::fromLatin1(kCarSourceId);

JobError badInput(const QString &message, JobError *out)
{
    JobError e;
    e.kind = JobError::Kind::BadInput;
    e.message = message;
    if (out)
        *out = e;
    return e;
}

JobError parseError(const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Parse;
    e.message = message;
    return e;
}

// A block page the parser recognised: a network-side failure (the site refused us), not a parse failure.
JobError blockedError(const QString &message)
{
    JobError e;
    e.kind = JobError::Kind::Network;
    e.netError = Net::ErrorKind::Blocked;
    e.message = message;
    return e;
}

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isDigit(); });
}

SearchPageResult failedPage(const JobError &error)
{
    SearchPageResult out;
    out.error = error;
    return out;
}

// A parsed list page (bike or car) as the job's page: its error, or every id (the stop-when-nothing-new rule
// counts them all) and the listings that match the filters the list itself ignores.
template <typename ListPage>
SearchPageResult pageResult(const ListPage &page, const SearchQuery &query,
                            bool (*matches)(const Listing &, const SearchQuery &))
{
    if (!page.ok())
        return failedPage(page.blocked ? blockedError(page.error) : parseError(page.error));
    SearchPageResult out;
    out.all = page.results;
    for (const Listing &l : page.results) {
        out.ids.append(l.id);
        if (matches(l, query))
            out.listings.append(l);
    }
    out.warnings = page.warnings;
    return out;
}

} // namespace

QByteArray responseCharset(const Net::HttpResponse &response)
{
    return Net::declaredCharset(response.header("Content-Type"), {});
}

// ---- motorcycles ---------------------------------------------------------------------------------------------

std::optional<Net::HttpRequest> bikeSearchRequest(const SearchQuery &query, int page, quint64 group, JobError *error)
{
    const std::optional<BikeListFilter> filter = bikeFilterFor(query, page, error);
    if (!filter)
        return std::nullopt;
    Net::HttpRequest r = makeRequest(kBikeSource, bikeListUrl(*filter), group);
    r.headers = {{"Referer", "https://www.bobaedream.co.kr/bike2/bike_list.php?ifnew=N"}};
    return r;
}

SearchPageResult readBikeSearchPage(const Net::HttpResponse &response, const SearchQuery &query,
                                    const TermDictionary *terms)
{
    if (!response.ok())
        return failedPage(networkError(QCoreApplication::translate("Sources", "Bobaedream motorcycle list"), response));
    const BikeListPage page = parseBikeList(response.body, responseCharset(response), terms);
    SearchPageResult out = pageResult(page, query, &bikeListingMatches);
    out.lastPage = page.lastPage;
    out.totalAvailable = page.totalAvailable;
    return out;
}

std::optional<Net::HttpRequest> bikeCatalogRequest(const QStringList &path, DepthConvention convention, quint64 group,
                                                   JobError *error)
{
    const int level = int(path.size());
    if (level > 3) {
        badInput(QStringLiteral("Bobaedream motorcycles have four filter levels; sub-models (level 4) have no "
                                "children (path of %1)").arg(level), error);
        return std::nullopt;
    }
    // Makers do not depend on the category (the site asks with an empty parval); models hang off the maker,
    // sub-models off the model. The parent-depth form only exists for a level with a parent.
    const QString parent = level >= 2 ? path.at(level - 1) : QString();
    if (level >= 2 && !allDigits(parent)) {
        badInput(QStringLiteral("Bobaedream motorcycle filter: \"%1\" is not a %2 code").arg(parent, QLatin1String(kBikeLevels[level - 1])),
                 error);
        return std::nullopt;
    }
    const DepthConvention c = level >= 2 ? convention : DepthConvention::Documented;
    Net::HttpRequest r = makeRequest(kBikeSource, bikeLevelUrl(level, parent, c), group);
    r.headers = {{"X-Requested-With", "XMLHttpRequest"},
                 {"Referer", "https://www.bobaedream.co.kr/bike2/bike_list.php?ifnew=N"}};
    return r;
}

CatalogStepResult readBikeCatalog(const Net::HttpResponse &response, const QStringList &path, const TermDictionary *terms)
{
    CatalogStepResult out;
    const int level = int(path.size());
    if (!response.ok()) {
        out.error = networkError(QCoreApplication::translate("Sources", "Bobaedream motorcycle filter levels"), response);
        return out;
    }
    const QString parent = level >= 2 ? path.at(level - 1) : QString();
    const CatalogReply reply = parseBikeLevel(response.body, responseCharset(response), level, parent, terms);
    if (!reply.ok()) {
        out.error = parseError(reply.error);
        return out;
    }
    const int seen = replyLevel(reply.nodes, terms);
    out.otherLevel = seen >= 0 && seen < level;   // makers where models were asked, categories where makers were
    out.nodes = reply.nodes;
    out.warnings = reply.warnings;
    if (level == 0 && !out.otherLevel) {
        // The site's own "전체": every category, so a dealer can go to the makers directly.
        FilterNode all;
        all.key = u"0"_qs;
        all.name = u"전체"_qs;
        all.nameEn = terms ? terms->lookup(u"motorcycle_category", all.name, u"en") : QString();
        all.level = QString::fromLatin1(kBikeLevels[0]);
        out.nodes.prepend(all);
    }
    return out;
}

Net::HttpRequest bikeDetailRequest(const QString &id, quint64 group)
{
    Net::HttpRequest r = makeRequest(kBikeSource, bikeDetailUrl(id), group);
    r.headers = {{"Referer", "https://www.bobaedream.co.kr/bike2/bike_list.php?ifnew=N"}};
    return r;
}

DetailStepResult readBikeDetail(const Net::HttpResponse &response, const QString &id, const TermDictionary *terms)
{
    DetailStepResult out;
    if (!response.ok()) {
        out.error = networkError(QCoreApplication::translate("Sources", "Bobaedream motorcycle %1").arg(id), response);
        return out;
    }
    const BikeDetailResult r = parseBikeDetail(response.body, id, responseCharset(response), terms);
    if (!r.ok()) {
        out.error = r.blocked ? blockedError(r.error) : parseError(r.error);
        return out;
    }
    out.detail = r.detail;
    out.warnings = r.warnings;
    return out;
}

// ---- cars ---------------------------------------------------------------------------------------------------

std::optional<Net::HttpRequest> carSearchRequest(const SearchQuery &query, int page, quint64 group, JobError *error)
{
    if (query.path.size() > 2) {
        badInput(QStringLiteral("Bobaedream cars have two filter levels (maker, model); the path has %1")
                     .arg(query.path.size()),
                 error);
        return std::nullopt;
    }
    if (!query.path.isEmpty() && !allDigits(query.path.first())) {
        badInput(QStringLiteral("Bobaedream cars: \"%1\" is not a maker code").arg(query.path.first()), error);
        return std::nullopt;
    }
    if (!query.transmissions.isEmpty()) {
        badInput(u"Bobaedream's car list shows no transmission to filter on"_qs, error);
        return std::nullopt;
    }
    return makeRequest(kCarSource, carListUrl(page, query.path.value(0)), group);
}

SearchPageResult readCarSearchPage(const Net::HttpResponse &response, const SearchQuery &query,
                                   const TermDictionary *terms)
{
    if (!response.ok())
        return failedPage(networkError(QCoreApplication::translate("Sources", "Bobaedream car list"), response));
    return pageResult(parseCarList(response.body, responseCharset(response), terms), query, &carListingMatches);
}

bool carListingMatches(const Listing &l, const SearchQuery &query)
{
    if (!matchesQuery(l, query))
        return false;
    const QString model = query.path.value(1);
    if (!model.isEmpty() && !titleHasModel(l.title, model))
        return false;   // the list ignores model_no: the model is matched on the title
    const QString keyword = query.keyword.trimmed();
    if (!keyword.isEmpty() && !l.title.contains(keyword, Qt::CaseInsensitive))
        return false;   // the mobile list has no keyword parameter
    // A car whose list entry shows no fuel is left out of a fuel search.
    return query.fuels.isEmpty() || query.fuels.contains(l.fuel);
}

bool bikeListingMatches(const Listing &l, const SearchQuery &query)
{
    return matchesQuery(l, query);
}

std::optional<Net::HttpRequest> carCatalogRequest(const QStringList &path, quint64 group, JobError *error)
{
    if (path.size() > 1) {
        badInput(u"Bobaedream car models have no sub-levels"_qs, error);
        return std::nullopt;
    }
    if (!path.isEmpty() && !allDigits(path.first())) {
        badInput(QStringLiteral("Bobaedream cars: \"%1\" is not a maker code").arg(path.first()), error);
        return std::nullopt;
    }
    return carMakerModelRequest(path.value(0), group);
}

CatalogStepResult readCarCatalog(const Net::HttpResponse &response, const QStringList &path, const TermDictionary *terms)
{
    CatalogStepResult out;
    if (!response.ok()) {
        out.error = networkError(QCoreApplication::translate("Sources", "Bobaedream car makers and models"), response);
        return out;
    }
    const CatalogReply reply = parseCarMakerModels(response.body, responseCharset(response), path.value(0), terms);
    if (!reply.ok()) {
        out.error = parseError(reply.error);
        return out;
    }
    out.nodes = reply.nodes;
    out.warnings = reply.warnings;
    return out;
}

Net::HttpRequest carDetailRequest(const QString &id, quint64 group)
{
    return makeRequest(kCarSource, carDetailUrl(id), group);
}

DetailStepResult readCarDetail(const Net::HttpResponse &response, const QString &id, const TermDictionary *terms)
{
    DetailStepResult out;
    if (!response.ok()) {
        out.error = networkError(QCoreApplication::translate("Sources", "Bobaedream car %1").arg(id), response);
        return out;
    }
    const CarDetailResult r = parseCarDetail(response.body, id, responseCharset(response), terms);
    if (!r.ok()) {
        out.error = r.blocked ? blockedError(r.error) : parseError(r.error);
        return out;
    }
    out.detail = r.detail;   // the VIN stays in the spec section as 차대번호 (ListingDetail has no VIN field)
    out.warnings = r.warnings;
    return out;
}

} // namespace CarScout::Sources::Bobae
