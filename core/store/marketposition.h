#pragma once

// "Is this price good for its model, year and mileage?": a listing's place among comparable listings in the
// dealer's store. The rule (also shown to the dealer, marketPositionRule()):
//   - same marketplace, same make and model as the marketplace names them (Encar and KB Chachacha model names
//     carry the generation, e.g. "쏘나타 (DN8)", so this is make/model/generation), same currency;
//   - first registration within ±1 year;
//   - mileage in the same band: under 30 000 km, 30–60 000, 60–100 000, 100–150 000, 150 000 km and more;
//   - seen in the last 30 days, with a price; the listing itself excluded.
// Nothing is said with fewer than 5 comparables.

#include "core/model/listing.h"
#include "core/model/workspaceannotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Store {

constexpr int kMinComparables = Model::kMarketMinComparables;
constexpr int kComparableYearSpan = 1;
constexpr int kComparableMaxAgeDays = 30;

struct MarketPosition
{
    qint64 medianPrice = 0;
    double percentile = 0;     // share of comparables cheaper than this listing (ties count half), 0–100
    double deltaPercent = 0;   // (price − median) / median × 100: negative = below the median
    int sampleSize = 0;        // comparables used

    friend bool operator==(const MarketPosition &, const MarketPosition &) = default;
};

// The band index of a mileage (0 = under 30 000 km … 4 = 150 000 km and more).
int mileageBand(int mileageKm);
// The band's [low, high) limits in km; high is -1 for the open last band.
std::pair<int, int> mileageBandLimits(int band);

// Whether `other` is a comparable of `listing` by the rule above (age is the store's business).
bool isComparable(const Listing &listing, const Listing &other);

// The position of `price` among `comparablePrices`; nullopt under kMinComparables or for a non-positive median.
std::optional<MarketPosition> marketPosition(qint64 price, QList<qint64> comparablePrices);

// The rule in the dealer's words, for tooltips.
QString marketPositionRule();
// "12 % below the median of 8 (median 15 300 000)" style text; the price is formatted by the caller.
QString describeMarketPosition(const MarketPosition &position, const QString &formattedMedian);

} // namespace CarScout::Store
