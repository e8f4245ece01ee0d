#include "core/store/watchdiff.h"

#include <QSet>

#include <algorithm>

namespace CarScout::Store {

std::optional<double> PriceChange::percent() const
{
    if (!oldPrice || !newPrice || *oldPrice <= 0)
        return std::nullopt;
    return double(*newPrice - *oldPrice) * 100.0 / double(*oldPrice);
}

WatchReport diffWatchRun(const QHash<QString, PreviousSighting> &previous, const QList<Listing> &seen, bool complete)
{
    WatchReport report;
    QSet<QString> seenIds;
    seenIds.reserve(seen.size());
    for (const Listing &l : seen) {
        if (seenIds.contains(l.id))
            continue;   // a listing twice in one run counts once
        seenIds.insert(l.id);
        const auto it = previous.constFind(l.id);
        if (it == previous.constEnd() || it->gone)
            report.newListings << l;
        else if (it->price != l.price)
            report.priceChanges << PriceChange{l.id, it->price, l.price, l};
    }
    if (complete) {
        for (auto it = previous.constBegin(); it != previous.constEnd(); ++it) {
            if (!it->gone && !seenIds.contains(it.key()))
                report.gone << it.key();
        }
        std::sort(report.gone.begin(), report.gone.end());
    }
    return report;
}

} // namespace CarScout::Store
