#pragma once

// What a job of either Bobaedream source does at each step, as pure functions: the request for a search page,
// a catalog level or a detail, and what a response to it means (listings, paging facts, or a specific error).
// The jobs only sequence these; everything here is testable without a network.

#include "core/net/httptypes.h"
#include "core/sources/bobaedream/bobaerequests.h"
#include "core/sources/source.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Sources::Bobae {

struct SearchPageResult
{
    QList<Listing> all;        // every listing the page shows, in its order
    QList<Listing> listings;   // those that satisfy the query (the filters the site cannot apply)
    QStringList ids;           // every id the page listed: the "no new id" rule counts these, filtered or not
    int lastPage = 0;          // the pager's last page; 0 = none shown
    int totalAvailable = -1;
    QStringList warnings;      // rows skipped
    JobError error;
};

struct CatalogStepResult
{
    QList<FilterNode> nodes;
    QStringList warnings;
    bool otherLevel = false;   // the reply holds another level's names (ask again the other way)
    JobError error;
};

struct DetailStepResult
{
    ListingDetail detail;
    QStringList warnings;
    JobError error;
};

// Whether a listing of a page satisfies what the site does not filter (see readBikeSearchPage/readCarSearchPage).
bool bikeListingMatches(const Listing &listing, const SearchQuery &query);
bool carListingMatches(const Listing &listing, const SearchQuery &query);

// ---- motorcycles (source "bobaedream") ----------------------------------------------------------------------
std::optional<Net::HttpRequest> bikeSearchRequest(const SearchQuery &query, int page, quint64 group, JobError *error);
SearchPageResult readBikeSearchPage(const Net::HttpResponse &response, const SearchQuery &query,
                                    const TermDictionary *terms);
// path = keys from the top (category, maker, model); the level asked for is path.size().
std::optional<Net::HttpRequest> bikeCatalogRequest(const QStringList &path, DepthConvention convention, quint64 group,
                                                   JobError *error);
CatalogStepResult readBikeCatalog(const Net::HttpResponse &response, const QStringList &path, const TermDictionary *terms);
Net::HttpRequest bikeDetailRequest(const QString &id, quint64 group);
DetailStepResult readBikeDetail(const Net::HttpResponse &response, const QString &id, const TermDictionary *terms);

// ---- cars through the mobile site (source "bobaedream_cars") --------------------------------------------------
// path = [maker_no, model name]; the model and every range are applied to the listings (the list ignores them).
std::optional<Net::HttpRequest> carSearchRequest(const SearchQuery &query, int page, quint64 group, JobError *error);
SearchPageResult readCarSearchPage(const Net::HttpResponse &response, const SearchQuery &query,
                                   const TermDictionary *terms);
std::optional<Net::HttpRequest> carCatalogRequest(const QStringList &path, quint64 group, JobError *error);
CatalogStepResult readCarCatalog(const Net::HttpResponse &response, const QStringList &path, const TermDictionary *terms);
Net::HttpRequest carDetailRequest(const QString &id, quint64 group);
DetailStepResult readCarDetail(const Net::HttpResponse &response, const QString &id, const TermDictionary *terms);

// The charset a response declares in its Content-Type (empty = let the page's <meta> or the fallback decide).
QByteArray responseCharset(const Net::HttpResponse &response);

} // namespace CarScout::Sources::Bobae
