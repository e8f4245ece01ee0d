#pragma once

// The range and set filters of a search pane as a plain value with a pure predicate, so the rules are tested
// without a model. An empty optional / empty set / empty text means "no restriction".

#include "core/model/costestimate.h"
#include "core/model/listing.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CarScout::Model {

struct ListingFilter
{
    std::optional<qint64> priceMin, priceMax;          // native units (KRW, CNY)
    std::optional<qint64> priceRubMin, priceRubMax;    // whole roubles, on the estimator's price in roubles
    std::optional<qint64> landedRubMin, landedRubMax;  // whole roubles, on the estimated landed cost
    std::optional<int> yearFrom, yearTo;
    std::optional<int> mileageMax;                     // km
    QSet<Fuel> fuels;                                  // accepted fuels
    QSet<Transmission> transmissions;                  // accepted transmissions
    QString text;   // every whitespace-separated word must occur (case-insensitively) in title, make, model,
                    // trim or their English names
    // --- Row facts from the estimate (issues 9, 10) ---
    std::optional<int> passableWithinMonths;           // passable now or within this many months
    QSet<PreferentialFee> preferential;                // accepted preferential-fee verdicts

    bool isEmpty() const;
    // Whether any restriction needs the cost estimate (so callers can skip computing it otherwise).
    bool needsCostEstimate() const;

    // The words of `text`, prepared once for many accepts() calls: case-folded comparison where the word
    // has cased letters, a plain (much faster) one where it has none (Hangul, Hanzi, digits).
    struct TextQuery
    {
        QList<std::pair<QString, Qt::CaseSensitivity>> words;
    };
    static TextQuery compileText(const QString &text);

    // A listing whose restricted value is unknown (no price, year 0, no estimate…) is rejected by that
    // restriction. `cost` may be null when no estimate exists.
    bool accepts(const Listing &listing, const CostEstimate *cost) const;
    // The same with `text` already compiled (compileText(text)).
    bool accepts(const Listing &listing, const CostEstimate *cost, const TextQuery &query) const;

    friend bool operator==(const ListingFilter &, const ListingFilter &) = default;
};

} // namespace CarScout::Model
