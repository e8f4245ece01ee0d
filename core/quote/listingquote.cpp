#include "core/quote/listingquote.h"

#include <QCoreApplication>

namespace CarScout::Quote {

QuoteSubject subjectFromListing(const Listing &listing, const Services::CostInput &input)
{
    QuoteSubject subject;
    // The client reads Latin names better than the marketplace's own script where the dictionary has them.
    subject.title = listing.makeEn.isEmpty() || listing.modelEn.isEmpty()
                        ? listing.title
                        : listing.makeEn + u' ' + listing.modelEn + (listing.trim.isEmpty() ? QString() : u' ' + listing.trim);
    subject.year = listing.year;
    subject.mileageKm = listing.mileageKm;
    subject.engineCc = input.engine.engineCc;
    subject.power = input.input.power;
    subject.powerSource = input.powerFromDefault ? QCoreApplication::translate("Quote", "default from the settings")
                                                 : input.engine.provenance;
    subject.url = listing.url;
    return subject;
}

ListingQuote quoteForListing(const Listing &listing, const Services::CostContext &context,
                             const Customs::RateTable &rates, const CostProfile &profile)
{
    ListingQuote result;
    Services::CostContext withoutCosts = context;   // the profile's lines stand for the costs
    withoutCosts.costsToBorder = {};
    withoutCosts.costsCurrency.clear();
    withoutCosts.costsToBorderLines.clear();         // a profile applied to the context (applyProfile) too
    withoutCosts.landed = {};
    const Services::CostInput input = Services::costInputFor(listing, withoutCosts);
    if (input.problem != Services::CostProblem::None) {
        result.error = Services::costProblemText(input.problem, listing.currency);
        return result;
    }
    QuoteCard card;
    card.subject = subjectFromListing(listing, input);
    card.quote = computeQuote(input.input, profile, rates);
    if (!card.quote.ok) {
        result.error = card.quote.error;
        return result;
    }
    card.nextBand = Customs::nextBand(Customs::Engine::builtin(), card.quote.input, rates);
    result.card = card;
    return result;
}

} // namespace CarScout::Quote
