#include "core/services/listingcosts.h"

#include "core/customs/exportrules.h"
#include "core/customs/timing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace CarScout::Services {

EngineFacts engineFromListing(const Listing &listing)
{
    EngineFacts facts;
    facts.engineCc = qMax(0, listing.engineCc);
    if (listing.powerHp > 0)
        facts.power = Customs::Power::hp(listing.powerHp);
    facts.provenance = QCoreApplication::translate("Services", "listing");
    const QString fromListing = QCoreApplication::translate("Services", "from the listing");
    if (facts.engineCc > 0) {
        facts.engineCcSource = u"listing"_qs;
        facts.engineCcNote = fromListing;
    }
    if (facts.power) {
        facts.powerSource = u"listing"_qs;
        facts.powerNote = fromListing;
    }
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

namespace {

int roundedHp(const Customs::Power &power)
{
    return int(std::lround(power.utilizationHp().toDouble()));
}

// The Engine, cm³ and Power cells, the readable names and the 160 hp verdict, as the resolver gave them.
void fillEngineCells(const EngineFacts &f, Model::CostEstimate *e)
{
    if (f.engineCc > 0)
        e->engineCc = {f.engineCc, std::max(f.engineCc, f.engineCcMax), f.engineCcSource, f.engineCcNote};
    if (f.power) {
        const int hp = roundedHp(*f.power);
        const int hpMax = f.powerMax ? std::max(hp, roundedHp(*f.powerMax)) : hp;
        e->powerHp = {hp, hpMax, f.powerSource, f.powerNote};
    }
    e->preferential = f.preferential;
    e->readable = f.readable;
}

// The last day a first registration known to the month (or the year) can be; invalid when there is none.
QDate latestRegistration(const Listing &l)
{
    if (l.year <= 0 || l.badges.contains(u"unregistered"_qs))
        return {};
    if (l.month >= 1 && l.month <= 12)
        return QDate(l.year, l.month, 1).addMonths(1).addDays(-1);
    return QDate(l.year, 12, 31);
}

bool isRegistrationRule(const QString &ruleId)
{
    const QList<Customs::ExportRule> &rules = Customs::ExportRules::builtin().rules();
    return std::any_of(rules.cbegin(), rules.cend(), [&](const Customs::ExportRule &r) {
        return r.id == ruleId && r.kind == Customs::ExportRule::Kind::RegisteredLessThanDays;
    });
}

void addWarnings(const QList<Customs::ExportWarning> &warnings, const QString &pattern, Model::CostEstimate *e)
{
    for (const Customs::ExportWarning &w : warnings) {
        QString text = w.text;
        if (isRegistrationRule(w.ruleId))
            text += u' ' + QCoreApplication::translate("Services", "The registration day is not known: counted from "
                                                                   "the last day it can be.");
        text = pattern.isEmpty() ? text : pattern.arg(text);
        if (e->exportWarnings.contains(text))
            continue;
        e->exportWarnings << text;
        e->exportUncertain = e->exportUncertain || w.uncertain;
    }
}

// Informational export restrictions; with an engine range, the larger engine's extra ones are named as such.
void addExportWarnings(const Listing &listing, const CostInput &input, const CostContext &context,
                       const Customs::RateTable &rates, Model::CostEstimate *e)
{
    Customs::ExportFacts facts;
    facts.price = Customs::Rational(listing.price.value_or(0));
    facts.currency = listing.currency;
    facts.engineCc = input.input.engineCc;
    facts.firstRegistration = latestRegistration(listing);
    facts.declarationDate = context.declarationDate;
    const Customs::ExportRules &rules = Customs::ExportRules::builtin();
    const QList<Customs::ExportWarning> warnings = rules.evaluate(facts, rates);
    addWarnings(warnings, {}, e);
    if (input.engine.engineCcMax > facts.engineCc) {
        facts.engineCc = input.engine.engineCcMax;
        QList<Customs::ExportWarning> more = rules.evaluate(facts, rates);
        more.removeIf([&](const Customs::ExportWarning &w) {
            return std::any_of(warnings.cbegin(), warnings.cend(), [&](const auto &x) { return x.ruleId == w.ruleId; });
        });
        addWarnings(more, QCoreApplication::translate("Services", "If it has the larger engine: %1"), e);
    }
}

// The landed cost of one engine result for the car `in`: the cost profile's rule (context.landed), else customs
// value + payments + the extra costs.
LandedAmount landedAmount(const Customs::Result &r, const Customs::Input &in, const CostContext &context,
                          const Customs::RateTable &rates)
{
    if (!r.ok || !r.total.computable())
        return {std::nullopt, r.ok ? r.total.reason : r.error};
    if (context.landed)
        return context.landed(in, r, rates);
    return {r.customsValueKopecks + *r.total.kopecks + context.extraCostsKopecks, {}};
}

std::optional<qint64> landedOn(const Customs::Result &r, const Customs::Input &in, const CostContext &context,
                               const Customs::RateTable &rates)
{
    return landedAmount(r, in, context, rates).kopecks;
}

std::optional<qint64> landedOn(const Customs::Passable &p, const Customs::Input &in, const CostContext &context,
                               const Customs::RateTable &rates)
{
    if (!p.totalKopecks)
        return std::nullopt;
    Customs::Result declaredThen;   // what the landed rule needs of the result declared on the passable date
    declaredThen.ok = true;
    declaredThen.customsValueKopecks = p.customsValueKopecks;
    declaredThen.total = Customs::Amount::of(*p.totalKopecks);
    return landedOn(declaredThen, in, context, rates);
}

// The passable date and the landed cost declared on it (Customs::passable: under that date's rules, same rates).
Model::PassableFacts passableFor(const ListingCost &cost, const CostContext &context, const Customs::RateTable &rates,
                                 const Customs::Engine &engine, const std::optional<Customs::Input> &upper)
{
    using State = Model::PassableFacts::State;
    Model::PassableFacts out;
    const Customs::Input &in = cost.input.input;
    const std::optional<Customs::Passable> p = Customs::passable(engine, in, rates);
    if (!p)
        return out;
    switch (p->state) {
    case Customs::Passable::State::Over5: out.state = State::Over5; return out;
    case Customs::Passable::State::Now:
        out.state = State::Now;
        out.date = in.declarationDate;
        out.landedRubKopecks = cost.estimate.landedRubKopecks;
        out.landedMaxRubKopecks = cost.estimate.landedMaxRubKopecks;
        out.uncertain = cost.result.total.uncertain;
        return out;
    case Customs::Passable::State::Later: break;
    }
    out.state = State::Later;
    out.date = p->date;
    out.months = p->months;
    out.note = p->assumption;
    out.landedRubKopecks = landedOn(*p, in, context, rates);
    out.uncertain = out.landedRubKopecks && p->uncertain;
    if (upper && out.landedRubKopecks) {
        if (const std::optional<Customs::Passable> high = Customs::passable(engine, *upper, rates)) {
            const std::optional<qint64> landedMax = landedOn(*high, in, context, rates);
            if (landedMax && *landedMax > *out.landedRubKopecks) {
                out.landedMaxRubKopecks = landedMax;
                out.uncertain = out.uncertain || high->uncertain;
            }
        }
    }
    return out;
}

// The input of the upper end of an engine range, when there is one.
std::optional<Customs::Input> upperInput(const CostInput &c)
{
    const EngineFacts &facts = c.engine;
    const Customs::Input &in = c.input;
    if (!(facts.engineCcMax > in.engineCc || (facts.powerMax && !c.powerFromDefault)))
        return std::nullopt;
    Customs::Input upper = in;
    upper.engineCc = std::max(in.engineCc, facts.engineCcMax);
    if (facts.powerMax && !c.powerFromDefault)
        upper.power = facts.powerMax;
    return upper;
}

} // namespace

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
    fillEngineCells(cost.input.engine, &cost.estimate);
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
    if (rates)
        addExportWarnings(listing, cost.input, context, *rates, &cost.estimate);
    if (cost.input.problem != CostProblem::None)
        return fail(cost.input.problem);
    if (!rates)
        return fail(CostProblem::NoRates);
    if (!priceRate)
        return fail(CostProblem::NoRate, listing.currency);

    if (!context.costsToBorderLines.isEmpty()) {   // a cost profile's lines to the border, at the CBR rates
        const QString missing = foldCostsToBorder(cost.input.input, context.costsToBorderLines, *rates);
        if (!missing.isEmpty())
            return fail(CostProblem::NoRate, missing);
    }
    const Customs::Engine &eng = engine ? *engine : Customs::Engine::builtin();
    const Customs::Input &in = cost.input.input;
    cost.result = eng.estimate(in, *rates, detail);
    const Customs::Result &r = cost.result;
    if (!r.ok)
        return fail(CostProblem::EngineRefused, r.error);
    if (!r.total.computable()) {
        cost.estimate.passable = passableFor(cost, context, *rates, eng, std::nullopt);   // the date, no amount
        // Named by the missing input, not by the engine's (translated) wording.
        if (!in.power)
            return fail(CostProblem::PowerUnknown, r.total.reason);
        if (in.engineCc <= 0 && needsDisplacement(in.powertrain))
            return fail(CostProblem::DisplacementUnknown, r.total.reason);
        return fail(CostProblem::NotComputable, r.total.reason);
    }
    const LandedAmount landed = landedAmount(r, in, context, *rates);
    if (!landed.kopecks)
        return fail(CostProblem::NotComputable, landed.error);
    cost.estimate.customsRubKopecks = *r.total.kopecks;
    cost.estimate.landedRubKopecks = *landed.kopecks;
    // A range of engines: the upper end too, so the cells read "from … to …" instead of one picked value.
    const std::optional<Customs::Input> upper = upperInput(cost.input);
    if (upper) {
        const Customs::Result high = eng.estimate(*upper, *rates, Customs::Engine::Detail::AmountsOnly);
        if (high.ok && high.total.computable() && *high.total.kopecks > *r.total.kopecks) {
            cost.estimate.customsMaxRubKopecks = *high.total.kopecks;
            cost.estimate.landedMaxRubKopecks = landedOn(high, in, context, *rates);
        }
    }
    cost.estimate.passable = passableFor(cost, context, *rates, eng,
                                         cost.estimate.landedMaxRubKopecks ? upper : std::nullopt);
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
