#pragma once

// Che168 endpoints and the parameters of the signed search (che168-bobaedream.md §1–§3, sources.md §4):
// GET api2scsou.che168.com/api/v2/getbrands and /api/v11/search (signed), apiuscdt.che168.com getcarinfo and
// getparamtypeitems (unsigned). Filter value formats follow the seed's schema (price "15-20" 万元, agerange "5-7"
// years, mileage "3-6" 万公里, displacement "1.6-2.0" L; 0 = open end); they are unverified live, so every range
// is also checked on the parsed cars (ClientFilter) and a server that ignores a parameter loses no correctness.

#include "core/model/listing.h"
#include "core/sources/che168/che168sign.h"
#include "core/sources/source.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Che168 {

inline constexpr const char *kSourceId = "che168";
inline constexpr const char *kSearchHost = "api2scsou.che168.com";
inline constexpr const char *kDetailHost = "apiuscdt.che168.com";
inline constexpr int kPageSize = 10;   // what every capture and the production client use; a larger one is unproven
inline constexpr const char *kNewEnergyService = "420";   // the 新能源 tab of the search reply's `service` list

QUrl brandsEndpoint();
QUrl searchEndpoint();
// Unsigned detail calls: infoid, deviceid (32 hex, one per session), _appid.
QUrl carInfoUrl(const QString &infoId, const QString &deviceId, const SigningConfig &config = {});
QUrl paramItemsUrl(const QString &infoId, const QString &deviceId, const SigningConfig &config = {});
// The car's page for a browser: https://m.che168.com/cardetail/index?infoid=…
QUrl publicPageUrl(const QString &infoId);

// Sort codes of /api/v11/search: 0 default (personalised), 1 price ascending, 2 price descending, 3 mileage,
// 4 age (youngest first), 5 newest listed. Orders the API lacks fall back to 0.
int sortCode(SortOrder sort);

// A search in Che168's own terms; ranges in Che168's units.
struct Che168Filter
{
    QString brandId, seriesId, seriesYearId, specId;   // filter-tree ids (empty = any)
    std::optional<double> priceMinWan, priceMaxWan;     // 万元
    std::optional<int> ageMinYears, ageMaxYears;        // years since first registration
    std::optional<double> mileageMinWan, mileageMaxWan; // 万公里
    std::optional<double> displacementMinL, displacementMaxL;
    bool newEnergyOnly = false;                         // service=420
    QStringList fuelTypeCodes;                          // raw `fueltype` values, passed through (codes unproven)
    int sort = 0;

    friend bool operator==(const Che168Filter &, const Che168Filter &) = default;
};

// "15-20", "15-0" (from 15), "0-20" (up to 20); empty when both ends are open.
QString rangeValue(std::optional<double> min, std::optional<double> max);

// The search parameters in send order, without `_appid`, `v` and `_sign` (signedParams adds them).
// `pageId` is the page-view id the client sends (a millisecond timestamp).
QueryParams searchParams(const Che168Filter &filter, int pageIndex, int pageSize, const QString &pageId);
QueryParams brandsParams();

// The checks a parsed car must pass: the server-side filters again, exactly, plus what the API cannot filter
// (emission standard, combustion-only).
struct ClientFilter
{
    std::optional<qint64> priceMin, priceMax;   // CNY
    std::optional<int> yearFrom, yearTo;        // first registration; unregistered cars pass as the current year
    std::optional<int> mileageMaxKm;
    std::optional<int> ccMin, ccMax;
    QList<Fuel> fuels;                          // empty = any; matched by what the list tells (see matches)
    QStringList emissionStandards;              // e.g. 国VI; empty = any

    friend bool operator==(const ClientFilter &, const ClientFilter &) = default;
};

struct QueryPlan
{
    Che168Filter filter;
    ClientFilter client;

    friend bool operator==(const QueryPlan &, const QueryPlan &) = default;
};

// What Che168 filters on beyond the marketplace-neutral SearchQuery.
struct ExtraFilters
{
    std::optional<double> displacementMinL, displacementMaxL;   // litres, as the marketplace shows them
    QStringList emissionStandards;                              // 国VI, 国V, 欧VI …: checked on the cars only
    QStringList fuelTypeCodes;                                  // raw `fueltype` codes, passed through
};

// SearchQuery → Che168's filter and the client-side checks. path = [brandId, seriesId, seriesYearId, specId]
// (a prefix); prices CNY → 万元 rounded outwards, years → age range against `currentYear`, mileage km → 万公里
// rounded up; fuels that are all new-energy → the 新能源 service tab; displacement → the parameter and the cars'
// cc; emission standards → the cars only (the API parameter is not known).
QueryPlan planQuery(const SearchQuery &query, int currentYear, const ExtraFilters &extra = {});

} // namespace CarScout::Sources::Che168
