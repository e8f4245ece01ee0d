#include "core/services/listingcosts.h"

#include <QCoreApplication>

#include <algorithm>

namespace CarScout::Services {

EngineFacts engineFromListing(const Listing &listing)
{
    EngineFacts facts;
    facts.engineCc = qMax(0, listing.engineCc);
    if (listing.powerHp > 0)
        facts.power = Customs::Power::hp(listing.powerHp);
    facts.provenance = QCoreApplication::translate("Services", "listing");
    return facts;
}

Customs::Powertrain powertrainFor(Fuel fuel)
{
    switch (fuel) {
    case Fuel::Diesel: return Customs::Powertrain::Diesel;
    case Fuel::HybridPetrol:
    case Fuel::HybridLpg: return Customs::Powertrain::HybridPetrol;
    case Fuel::HybridDiesel: return Customs::Powertrain::HybridDiesel;
    case Fuel::Electric:
    case Fuel::Hydrogen: return Customs::Powertrain::Electric;   // driven by the electric motor only (8703 80)
    case Fuel::Petrol:
    case Fuel::Lpg:
    case Fuel::Cng:
    case Fuel::Unknown:
    case Fuel::Other: break;
    }
    return Customs::Powertrain::Petrol;   // spark ignition: the petrol headings
}

namespace {

bool fuelKnown(Fuel fuel)
{
    return fuel != Fuel::Unknown && fuel != Fuel::Other;
}

bool needsDisplacement(Customs::Powertrain p)
{
    return p != Customs::Powertrain::Electric && p != Customs::Powertrain::HybridSequential;
}

CostProblem precheck(const Listing &listing, const Customs::Input &in, const CostContext &context)
{
    if (!listing.price || *listing.price <= 0)
        return CostProblem::NoPrice;
    if (listing.currency.isEmpty())
        return CostProblem::NoCurrency;
    if (!in.produced.isValid())
        return CostProblem::YearUnknown;
    if (!fuelKnown(listing.fuel))
        return CostProblem::FuelUnknown;
    if (context.declarationDate.isValid() && in.produced.earliestDate() > context.declarationDate)
        return CostProblem::RegisteredAfterDeclaration;
    return CostProblem::None;
}

} // namespace

CostInput costInputFor(const Listing &listing, const CostContext &context)
{
    CostInput c;
    c.engine = context.engine ? context.engine(listing) : engineFromListing(listing);
    Customs::Input &in = c.input;
    in.importer = context.importer;
    in.vehicle = context.vehicleOf(listing);
    in.powertrain = powertrainFor(listing.fuel);
    in.engineCc = c.engine.engineCc;
    in.power = c.engine.power;
    if (!in.power && context.defaultPowerHp > 0) {
        in.power = Customs::Power::hp(context.defaultPowerHp);
        c.powerFromDefault = true;
    }
    in.produced = Customs::ProductionDate{qMax(0, listing.year), listing.month >= 1 && listing.month <= 12 ? listing.month : 0, 0};
    in.productionFromFirstRegistration = true;
    in.declarationDate = context.declarationDate;
    in.price = Customs::Rational(listing.price.value_or(0));
    in.currency = listing.currency;
    in.costsToBorder = context.costsToBorder;
    in.costsCurrency = context.costsCurrency;
    c.problem = precheck(listing, in, context);
    return c;
}

QString foldCostsToBorder(Customs::Input &input, const QList<CostAmount> &lines, const Customs::RateTable &rates)
{
    Customs::Rational rub;
    if (!input.costsToBorder.isZero()) {
        const QString code = input.costsCurrency.isEmpty() ? input.currency : input.costsCurrency;
        const auto rate = rates.rubPerUnit(code);
        if (!rate)
            return code;
        rub += input.costsToBorder * *rate;
    }
    for (const CostAmount &line : lines) {
        const auto rate = rates.rubPerUnit(line.currency);
        if (!rate)
            return line.currency;
        rub += line.amount * *rate;
    }
    input.costsToBorder = rub;
    input.costsCurrency = QStringLiteral("RUB");
    return {};
}

ListingCost computeListingCost(const Listing &listing, const CostContext &context, const Customs::RateTable *rates,
                               Customs::Engine::Detail detail, const Customs::Engine *engine)
{
    ListingCost cost;
    cost.input = costInputFor(listing, context);
    auto fail = [&cost](CostProblem problem, const QString &why = {}) {
        cost.problem = problem;
        cost.detail = why;
        cost.estimate.problem = costProblemText(problem, why);
        return cost;
    };
    std::optional<Customs::Rational> priceRate;
    if (rates && listing.price && !listing.currency.isEmpty()) {
        priceRate = rates->rubPerUnit(listing.currency);
        if (priceRate)
            cost.estimate.priceRubKopecks = (Customs::Rational(*listing.price) * *priceRate).toKopecks();
    }
    if (cost.input.problem != CostProblem::None)
        return fail(cost.input.problem);
    if (!rates)
        return fail(CostProblem::NoRates);
    if (!priceRate)
        return fail(CostProblem::NoRate, listing.currency);

    if (!context.costsToBorderLines.isEmpty()) {
        const QString missing = foldCostsToBorder(cost.input.input, context.costsToBorderLines, *rates);
        if (!missing.isEmpty())
            return fail(CostProblem::NoRate, missing);
    }
    const Customs::Input &in = cost.input.input;
    // The landed cost: the profile's rule, else customs value + payments + the extra costs.
    auto landed = [&](const Customs::Result &result) -> LandedAmount {
        if (context.landed)
            return context.landed(in, result, *rates);
        return {result.customsValueKopecks + *result.total.kopecks + context.extraCostsKopecks, {}};
    };
    cost.result = (engine ? engine : &Customs::Engine::builtin())->estimate(in, *rates, detail);
    const Customs::Result &r = cost.result;
    if (!r.ok)
        return fail(CostProblem::EngineRefused, r.error);
    if (!r.total.computable()) {
        // Named by the missing input, not by the engine's (translated) wording.
        if (!in.power)
            return fail(CostProblem::PowerUnknown, r.total.reason);
        if (in.engineCc <= 0 && needsDisplacement(in.powertrain))
            return fail(CostProblem::DisplacementUnknown, r.total.reason);
        return fail(CostProblem::NotComputable, r.total.reason);
    }
    const LandedAmount landedCost = landed(r);
    if (!landedCost.kopecks)
        return fail(CostProblem::NotComputable, landedCost.error);
    cost.estimate.customsRubKopecks = *r.total.kopecks;
    cost.estimate.landedRubKopecks = *landedCost.kopecks;
    // A range of engines: the upper end too, so the cells read "from … to …" instead of one picked value.
    const EngineFacts &facts = cost.input.engine;
    if (facts.engineCcMax > in.engineCc || (facts.powerMax && !cost.input.powerFromDefault)) {
        Customs::Input upper = in;
        upper.engineCc = std::max(in.engineCc, facts.engineCcMax);
        if (facts.powerMax && !cost.input.powerFromDefault)
            upper.power = facts.powerMax;
        const Customs::Result high = (engine ? engine : &Customs::Engine::builtin())->estimate(upper, *rates,
                                                                                           Customs::Engine::Detail::AmountsOnly);
        if (high.ok && high.total.computable() && *high.total.kopecks > *r.total.kopecks) {
            cost.estimate.customsMaxRubKopecks = *high.total.kopecks;
            if (const LandedAmount highLanded = landed(high); highLanded.kopecks)
                cost.estimate.landedMaxRubKopecks = *highLanded.kopecks;
        }
    }
    return cost;
}

QString costProblemText(CostProblem problem, const QString &detail)
{
    switch (problem) {
    case CostProblem::None: return {};
    case CostProblem::NoPrice: return QCoreApplication::translate("Services", "no price");
    case CostProblem::NoCurrency: return QCoreApplication::translate("Services", "no currency");
    case CostProblem::YearUnknown: return QCoreApplication::translate("Services", "year unknown");
    case CostProblem::FuelUnknown: return QCoreApplication::translate("Services", "fuel unknown");
    case CostProblem::RegisteredAfterDeclaration:
        return QCoreApplication::translate("Services", "registered after the declaration date");
    case CostProblem::NoRates: return QCoreApplication::translate("Services", "no exchange rates");
    case CostProblem::NoRate: return QCoreApplication::translate("Services", "no CBR rate for %1").arg(detail);
    case CostProblem::PowerUnknown: return QCoreApplication::translate("Services", "power unknown");
    case CostProblem::DisplacementUnknown: return QCoreApplication::translate("Services", "engine size unknown");
    case CostProblem::EngineRefused:
    case CostProblem::NotComputable: return detail;
    }
    return detail;
}

Model::CostEstimator makeCostEstimator(std::optional<Customs::RateTable> rates, CostContext context,
                                       CostProblemText problemText, const Customs::Engine *engine)
{
    return [rates = std::move(rates), context = std::move(context), problemText = std::move(problemText),
            engine](const Listing &listing) {
        ListingCost cost = computeListingCost(listing, context, rates ? &*rates : nullptr,
                                              Customs::Engine::Detail::AmountsOnly, engine);
        if (problemText && cost.problem != CostProblem::None)
            cost.estimate.problem = problemText(cost.problem, cost.detail);
        return cost.estimate;
    };
}

} // namespace CarScout::Services
