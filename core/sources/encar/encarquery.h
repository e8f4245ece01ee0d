#pragma once

// The Encar search language (sources.md §1.2): `q` (a nested And/C./Or expression over iNav values) and
// `sr` (|Sort|offset|limit). Pure functions; the Encar source and the demo backend both use them.

#include "core/sources/source.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace CarScout::Sources::Encar {

// Hierarchy level names as they appear in q and in iNav node Names, top first.
inline constexpr const char *kLevelNames[] = {"CarType", "Manufacturer", "ModelGroup", "Model",
                                              "BadgeGroup", "Badge", "BadgeDetail"};
inline constexpr int kLevelCount = 7;
// FilterNode::level for each of kLevelNames.
QString levelKey(int level);   // "car_type", "maker", "model_group", "model", "badge_group", "badge", "badge_detail"

// The filter in Encar's own terms.
struct EncarFilter
{
    QString carType = u"A"_qs;        // Y domestic, N import, A all
    QStringList hierarchy;             // Manufacturer, ModelGroup, Model, BadgeGroup, Badge, BadgeDetail values
    std::optional<int> yearFrom, yearTo;          // YYYYMM, inclusive
    std::optional<int> mileageFrom, mileageTo;    // km
    std::optional<int> priceFrom, priceTo;        // 만원
    QStringList fuelTypes;             // Korean FuelType values (가솔린, 디젤, …)
    QStringList transmissions;         // 오토, 수동
    QString sellType;                  // 일반, 렌트, 리스
    QString keyword;                   // Simple.keyword(…)

    friend bool operator==(const EncarFilter &, const EncarFilter &) = default;
};

// A value as written inside q: '.' becomes "_." (2.0 → 2_.0).
QString escapeValue(const QString &value);
QString unescapeValue(const QString &value);

QString buildQ(const EncarFilter &filter);
QString buildSr(const QString &sortName, int offset, int limit);   // "|ModifiedDate|0|20"

QString sortName(SortOrder sort);                    // ModifiedDate, PriceAsc, …, Year
std::optional<SortOrder> sortFromName(QStringView name);

// SearchQuery.path → car type + hierarchy: path[0] may be a car type key ("Y", "N", "A"); otherwise the path
// starts at the manufacturer and the car type is A. Prices KRW → 만원 (from rounded up, to rounded down),
// years → YYYY01..YYYY12, fuels/transmissions → Encar's Korean values.
EncarFilter filterFromQuery(const SearchQuery &query);
QStringList fuelValues(Fuel fuel);                 // the FuelType values a fuel covers
QString transmissionValue(Transmission transmission);

bool isCarTypeKey(QStringView key);

// The list URL: http://api.encar.com/search/car/list/premium?count=true&q=…&sr=…[&inav=|Metadata|Sort]
QUrl listUrl(const QString &q, const QString &sr, bool withINav);

// Parsed forms, for the demo backend (and tests): the inverse of buildQ/buildSr. nullopt with *error on syntax
// errors.
std::optional<EncarFilter> parseQ(const QString &q, QString *error = nullptr);
struct SrParts
{
    QString sort;
    int offset = 0;
    int limit = 20;
};
std::optional<SrParts> parseSr(const QString &sr, QString *error = nullptr);

} // namespace CarScout::Sources::Encar
