#include "core/store/marketposition.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace CarScout::Store {

namespace {

constexpr std::array<int, 4> kBandStarts{30000, 60000, 100000, 150000};

} // namespace

int mileageBand(int mileageKm)
{
    return int(std::upper_bound(kBandStarts.begin(), kBandStarts.end(), mileageKm) - kBandStarts.begin());
}

std::pair<int, int> mileageBandLimits(int band)
{
    const int low = band <= 0 ? 0 : kBandStarts.at(size_t(qMin(band, int(kBandStarts.size())) - 1));
    const int high = band >= int(kBandStarts.size()) ? -1 : kBandStarts.at(size_t(qMax(band, 0)));
    return {low, high};
}

bool isComparable(const Listing &listing, const Listing &other)
{
    return listing.source == other.source && !(listing.id == other.id) && listing.make == other.make
        && listing.model == other.model && listing.currency == other.currency && other.price
        && std::abs(listing.year - other.year) <= kComparableYearSpan
        && mileageBand(listing.mileageKm) == mileageBand(other.mileageKm);
}

std::optional<MarketPosition> marketPosition(qint64 price, QList<qint64> comparablePrices)
{
    const qsizetype n = comparablePrices.size();
    if (n < kMinComparables)
        return std::nullopt;
    std::sort(comparablePrices.begin(), comparablePrices.end());
    const qint64 median = n % 2 ? comparablePrices.at(n / 2)
                                : (comparablePrices.at(n / 2 - 1) + comparablePrices.at(n / 2)) / 2;
    if (median <= 0)
        return std::nullopt;
    const auto [lo, hi] = std::equal_range(comparablePrices.cbegin(), comparablePrices.cend(), price);
    const double below = double(lo - comparablePrices.cbegin());
    const double ties = double(hi - lo);
    MarketPosition p;
    p.medianPrice = median;
    p.sampleSize = int(n);
    p.percentile = (below + ties / 2.0) * 100.0 / double(n);
    p.deltaPercent = double(price - median) * 100.0 / double(median);
    return p;
}

QString marketPositionRule()
{
    return QCoreApplication::translate("Store",
        "Compared with listings of the same marketplace seen in the last %1 days: same make and model (the model "
        "name carries the generation), first registration within ±%2 year, mileage in the same band (under 30 000 km, "
        "30 000–60 000, 60 000–100 000, 100 000–150 000, 150 000 km and more). Shown from %3 comparables on.")
        .arg(kComparableMaxAgeDays).arg(kComparableYearSpan).arg(kMinComparables);
}

QString describeMarketPosition(const MarketPosition &position, const QString &formattedMedian)
{
    const int percent = int(std::lround(std::abs(position.deltaPercent)));
    QString where;
    if (percent == 0)
        where = QCoreApplication::translate("Store", "at the median");
    else if (position.deltaPercent < 0)
        where = QCoreApplication::translate("Store", "%1 % below the median").arg(percent);
    else
        where = QCoreApplication::translate("Store", "%1 % above the median").arg(percent);
    return QCoreApplication::translate("Store", "%1 (median %2 of %3 comparables, percentile %4)")
        .arg(where, formattedMedian).arg(position.sampleSize).arg(int(std::lround(position.percentile)));
}

} // namespace CarScout::Store
