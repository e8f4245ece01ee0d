#pragma once

#include "core/model/listing.h"

#include <QString>

#include <functional>
#include <optional>

namespace CarScout::Model {

// What the cost columns of a listing show. Amounts are exact kopecks. When an amount cannot be computed,
// `problem` says why in the user's language ("power unknown") and is shown instead of the number.
struct CostEstimate
{
    std::optional<qint64> priceRubKopecks;
    std::optional<qint64> customsRubKopecks;
    std::optional<qint64> landedRubKopecks;
    // Upper ends when the listing's engine is only known as a range (several catalog engines fit): the cells
    // then read "from customs to customsMax". Empty = one value.
    std::optional<qint64> customsMaxRubKopecks;
    std::optional<qint64> landedMaxRubKopecks;
    QString problem;

    friend bool operator==(const CostEstimate &, const CostEstimate &) = default;
};

// Injected into the model by the GUI (wired to the customs engine); must be a pure function of the listing
// and of settings captured when it was set.
using CostEstimator = std::function<CostEstimate(const Listing &)>;

} // namespace CarScout::Model
