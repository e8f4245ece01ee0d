#include "ui/costservice.h"

#include "core/common/clock.h"
#include "core/quote/quote.h"

namespace CarScout::Ui {

CostService::CostService(Settings *settings, const Clock *clock, QObject *parent)
    : Services::CostService(parent), m_settings(settings), m_clock(clock ? clock : &Clock::system())
{
    setProblemText(&CostService::cellText);
    refreshContext();
    connect(m_settings, &Settings::changed, this, [this](const QString &path) {
        if (path.startsWith(u"customs") || path.startsWith(u"quote"))
            refreshContext();
    });
}

Services::CostContext CostService::contextFrom(const CustomsDefaults &defaults, const QDate &today)
{
    Services::CostContext c;
    c.importer = defaults.importer == ImporterType::Company ? Customs::Importer::Company : Customs::Importer::Individual;
    c.declarationDate = defaults.effectiveDeclarationDate(today);
    c.costsToBorder = Customs::Rational(defaults.costsToBorder);
    c.costsCurrency = defaults.costsCurrency;
    c.extraCostsKopecks = defaults.extraCostsRub * 100;
    c.defaultPowerHp = defaults.defaultPowerHp;
    return c;
}

QString CostService::cellText(Services::CostProblem problem, const QString &detail)
{
    if (problem == Services::CostProblem::PowerUnknown)
        return tr("power unknown: enter it in the detail panel");
    return Services::costProblemText(problem, detail);
}

void CostService::loadActiveProfile()
{
    const QString path = m_settings->value(Keys::activeProfile);
    if (path.isEmpty()) {
        m_profile.reset();
        m_profileError.clear();
        return;
    }
    const Quote::ProfileLoad load = Quote::loadCostProfile(path);
    if (load.profile) {
        m_profile = load.profile;
        m_profileError.clear();
    } else {
        m_profileError = load.error.toString();   // the last good profile stays in use
    }
}

void CostService::refreshContext()
{
    loadActiveProfile();
    Services::CostContext c = contextFrom(m_settings->customs(), m_clock->nowUtc().toLocalTime().date());
    if (m_profile)
        Quote::applyProfile(c, *m_profile);
    c.engine = context().engine;                   // set by the application, not by the settings
    c.vehicleBySource = context().vehicleBySource;
    setContext(std::move(c));
    emit profileChanged();
}

Quote::ProfileLoad CostService::quoteProfile() const
{
    if (m_profile)
        return {m_profile, {}};
    return Quote::loadCostProfile(Quote::exampleProfilePaths().constFirst());
}

void CostService::setVehicleKinds(const QList<Sources::Source *> &sources)
{
    Services::CostContext c = context();
    c.vehicleBySource.clear();
    for (const Sources::Source *source : sources) {
        if (source->info().vehicleKind == Sources::VehicleKind::Motorcycle)
            c.vehicleBySource.insert(source->id(), Customs::VehicleKind::Motorcycle);
    }
    setContext(std::move(c));
}

} // namespace CarScout::Ui
