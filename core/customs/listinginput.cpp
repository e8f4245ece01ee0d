#include "core/customs/listinginput.h"

#include <QCoreApplication>

namespace CarScout::Customs {

std::variant<Input, QString> inputFromListing(const Listing &listing, const ListingContext &context)
{
    if (!listing.price || *listing.price <= 0)
        return QCoreApplication::translate("Customs", "no price");
    if (listing.currency.isEmpty())
        return QCoreApplication::translate("Customs", "no currency");
    if (listing.year <= 0)
        return QCoreApplication::translate("Customs", "year unknown");
    Input in;
    in.importer = context.importer;
    in.vehicle = context.vehicle;
    in.declarationDate = context.declarationDate;
    in.price = Rational(*listing.price);
    in.currency = listing.currency;
    in.costsToBorder = context.costsToBorder;
    in.costsCurrency = context.costsCurrency;
    in.engineCc = listing.engineCc;
    if (listing.powerHp > 0)
        in.power = Power::hp(listing.powerHp);
    in.produced = ProductionDate{listing.year, listing.month >= 1 && listing.month <= 12 ? listing.month : 0, 0};
    in.productionFromFirstRegistration = true;
    switch (listing.fuel) {
    case Fuel::Petrol:
    case Fuel::Lpg:
    case Fuel::Cng:
        in.powertrain = Powertrain::Petrol;   // spark ignition: the petrol headings
        break;
    case Fuel::Diesel: in.powertrain = Powertrain::Diesel; break;
    case Fuel::HybridPetrol:
    case Fuel::HybridLpg: in.powertrain = Powertrain::HybridPetrol; break;
    case Fuel::HybridDiesel: in.powertrain = Powertrain::HybridDiesel; break;
    case Fuel::Electric:
    case Fuel::Hydrogen: in.powertrain = Powertrain::Electric; break;   // electric drive only (8703 80)
    case Fuel::Unknown:
    case Fuel::Other: return QCoreApplication::translate("Customs", "fuel unknown");
    }
    const bool electric = in.powertrain == Powertrain::Electric;
    if (!electric && in.engineCc <= 0)
        return QCoreApplication::translate("Customs", "displacement unknown");
    if (!in.produced.isValid())
        return QCoreApplication::translate("Customs", "year unknown");
    if (in.produced.earliestDate() > in.declarationDate)
        return QCoreApplication::translate("Customs", "registered after the declaration date");
    return in;
}

Model::CostEstimator makeCostEstimator(const RateTable &rates, const ListingContext &context, const Engine *engine)
{
    const Engine *e = engine ? engine : &Engine::builtin();
    return [rates, context, e](const Listing &listing) {
        Model::CostEstimate estimate;
        if (listing.price) {
            if (const auto rate = rates.rubPerUnit(listing.currency))
                estimate.priceRubKopecks = (Rational(*listing.price) * *rate).toKopecks();
        }
        const auto input = inputFromListing(listing, context);
        if (const auto *problem = std::get_if<QString>(&input)) {
            estimate.problem = *problem;
            return estimate;
        }
        const Result r = e->estimate(std::get<Input>(input), rates, Engine::Detail::AmountsOnly);
        if (!r.ok) {
            estimate.problem = r.error;
            return estimate;
        }
        if (!r.total.computable()) {
            estimate.problem = r.total.reason;
            return estimate;
        }
        estimate.customsRubKopecks = *r.total.kopecks;
        if (estimate.priceRubKopecks) {
            qint64 landed = r.customsValueKopecks + *r.total.kopecks;   // value incl. costs + payments
            estimate.landedRubKopecks = landed;
        }
        return estimate;
    };
}

} // namespace CarScout::Customs
