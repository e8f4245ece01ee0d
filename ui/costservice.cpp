#include "ui/costservice.h"

#include "core/common/clock.h"

namespace CarScout::Ui {

CostService::CostService(Settings *settings, const Clock *clock, QObject *parent)
    : Services::CostService(parent), m_settings(settings), m_clock(clock ? clock : &Clock::system())
{
    setProblemText(&CostService::cellText);
    refreshContext();
    connect(m_settings, &Settings::changed, this, [this](const QString &path) {
        if (path.startsWith(u"customs"))
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

void CostService::refreshContext()
{
    Services::CostContext c = contextFrom(m_settings->customs(), m_clock->nowUtc().toLocalTime().date());
    c.engine = context().engine;                   // set by the application, not by the settings
    c.vehicleBySource = context().vehicleBySource;
    setContext(std::move(c));
}

} // namespace CarScout::Ui
