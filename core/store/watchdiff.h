#pragma once

// What a watch run reports: the pure comparison of what a saved search saw last time with what it sees now.

#include "core/model/listing.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Store {

// What the saved search knew about one listing before this run.
struct PreviousSighting
{
    std::optional<qint64> price;   // the price it last saw (empty = "call for price")
    bool gone = false;             // reported gone by an earlier run
};

struct PriceChange
{
    QString id;
    std::optional<qint64> oldPrice, newPrice;
    Listing listing;

    // (new − old) / old in percent; nullopt unless both prices are known and old is positive.
    std::optional<double> percent() const;
    friend bool operator==(const PriceChange &, const PriceChange &) = default;
};

struct WatchReport
{
    QList<Listing> newListings;      // never seen by this search, or back after being gone
    QList<PriceChange> priceChanges; // cuts and raises
    QStringList gone;                // seen before, not now; only when the run was complete
    bool isEmpty() const { return newListings.isEmpty() && priceChanges.isEmpty() && gone.isEmpty(); }
};

// previous: listing id → what the search knew. seen: this run's listings (one source). complete: the run was
// not cut short by its page or listing limit, so a missing listing really left the results.
// Lists keep the order of `seen`; gone ids are sorted.
WatchReport diffWatchRun(const QHash<QString, PreviousSighting> &previous, const QList<Listing> &seen, bool complete);

} // namespace CarScout::Store
