#pragma once

// One marketplace listing → its quote card, for both front ends (the GUI's "Copy quote", `carscout-cli quote
// SOURCE ID`): the engine input from the cost service's mapping (core/services/listingcosts.h), the profile's
// lines instead of the context's costs to the border, and the listing's facts for the card.

#include "core/model/listing.h"
#include "core/quote/quotecard.h"
#include "core/services/listingcosts.h"

namespace CarScout::Quote {

struct ListingQuote
{
    std::optional<QuoteCard> card;   // empty: `error` says why
    QString error;
};

// The facts of the card (title in Latin where the dictionary has the make and model).
QuoteSubject subjectFromListing(const Listing &listing, const Services::CostInput &input);

ListingQuote quoteForListing(const Listing &listing, const Services::CostContext &context,
                             const Customs::RateTable &rates, const CostProfile &profile);

} // namespace CarScout::Quote
