#include "ui/costservice.h"

#include <QDate>

namespace CarScout::Ui {

CostService::CostService(Settings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    connect(m_settings, &Settings::changed, this, [this](const QString &path) {
        if (path.startsWith(u"customs"))
            emit estimatorChanged();
    });
}

void CostService::setRates(const Customs::RateTable &rates)
{
    m_rates = rates;
    m_ratesError.clear();
    emit ratesChanged();
    emit estimatorChanged();
}

void CostService::setRatesError(const QString &message)
{
    m_ratesError = message;
    emit ratesChanged();
}

Customs::Powertrain CostService::powertrainFor(Fuel fuel)
{
    switch (fuel) {
    case Fuel::Diesel:
        return Customs::Powertrain::Diesel;
    case Fuel::HybridPetrol:
    case Fuel::HybridLpg:
        return Customs::Powertrain::HybridPetrol;
    case Fuel::HybridDiesel:
        return Customs::Powertrain::HybridDiesel;
    case Fuel::Electric:
        return Customs::Powertrain::Electric;
    default:
        return Customs::Powertrain::Petrol;   // LPG, CNG and unknown engines are assessed as spark-ignition
    }
}

Customs::VehicleKind CostService::vehicleFor(const QString &sourceId)
{
    return sourceId == u"bobaedream" ? Customs::VehicleKind::Motorcycle : Customs::VehicleKind::Car;
}

Customs::Input CostService::inputFor(const Listing &listing, const CustomsDefaults &defaults, const QDate &today)
{
    Customs::Input in;
    in.importer = defaults.importer == ImporterType::Company ? Customs::Importer::Company : Customs::Importer::Individual;
    in.vehicle = vehicleFor(listing.source);
    in.powertrain = powertrainFor(listing.fuel);
    in.engineCc = listing.engineCc;
    const int hp = listing.powerHp > 0 ? listing.powerHp : defaults.defaultPowerHp;
    if (hp > 0)
        in.power = Customs::Power::hp(hp);
    in.produced = {listing.year, listing.month, 0};
    in.productionFromFirstRegistration = true;
    in.declarationDate = defaults.effectiveDeclarationDate(today);
    in.price = listing.price.value_or(0);
    in.currency = listing.currency;
    in.costsToBorder = defaults.costsToBorder;
    in.costsCurrency = defaults.costsCurrency;
    return in;
}

Customs::Input CostService::inputFor(const Listing &listing) const
{
    return inputFor(listing, m_settings->customs(), QDate::currentDate());
}

Customs::Result CostService::estimate(const Listing &listing) const
{
    if (!m_rates) {
        Customs::Result r;
        r.error = m_ratesError.isEmpty() ? tr("the CBR exchange rates are not loaded yet")
                                         : tr("no CBR exchange rates: %1").arg(m_ratesError);
        return r;
    }
    return Customs::Engine::builtin().estimate(inputFor(listing), *m_rates);
}

QString CostService::problemFor(const Customs::Input &input, const QString &engineReason)
{
    // Decided by the missing input, not by the engine's (translated) wording.
    if (!input.power)
        return tr("power unknown: enter it in the detail panel");
    if (input.engineCc == 0 && input.powertrain != Customs::Powertrain::Electric
        && input.powertrain != Customs::Powertrain::HybridSequential)
        return tr("engine size unknown");
    return engineReason;
}

Model::CostEstimate CostService::costEstimate(const Listing &listing, const CustomsDefaults &defaults,
                                              const std::optional<Customs::RateTable> &rates, const QDate &today)
{
    Model::CostEstimate e;
    if (!listing.price) {
        e.problem = tr("no price");
        return e;
    }
    if (!rates) {
        e.problem = tr("no exchange rates");
        return e;
    }
    const auto rubPerUnit = rates->rubPerUnit(listing.currency);
    if (!rubPerUnit) {
        e.problem = tr("no CBR rate for %1").arg(listing.currency);
        return e;
    }
    const qint64 priceKopecks = (Customs::Rational(*listing.price) * *rubPerUnit).toKopecks();
    e.priceRubKopecks = priceKopecks;

    const Customs::Input input = inputFor(listing, defaults, today);
    const Customs::Result r = Customs::Engine::builtin().estimate(input, *rates);
    if (!r.ok) {
        e.problem = r.error;
        return e;
    }
    if (!r.total.computable()) {
        e.problem = problemFor(input, r.total.reason);
        return e;
    }
    e.customsRubKopecks = *r.total.kopecks;
    qint64 costsKopecks = 0;
    if (defaults.costsToBorder > 0) {
        const QString currency = defaults.costsCurrency.isEmpty() ? listing.currency : defaults.costsCurrency;
        const auto costsRate = rates->rubPerUnit(currency);
        if (!costsRate) {
            e.problem = tr("no CBR rate for %1").arg(currency);
            return e;
        }
        costsKopecks = (Customs::Rational(defaults.costsToBorder) * *costsRate).toKopecks();
    }
    e.landedRubKopecks = priceKopecks + *r.total.kopecks + costsKopecks + defaults.extraCostsRub * 100;
    return e;
}

Model::CostEstimator CostService::estimator() const
{
    const CustomsDefaults defaults = m_settings->customs();
    const std::optional<Customs::RateTable> rates = m_rates;
    const QDate today = QDate::currentDate();
    return [defaults, rates, today](const Listing &listing) { return costEstimate(listing, defaults, rates, today); };
}

} // namespace CarScout::Ui
