#include "core/services/costservice.h"

#include <QCoreApplication>

namespace CarScout::Services {

CostService::CostService(QObject *parent) : QObject(parent) {}

void CostService::setContext(CostContext context)
{
    m_context = std::move(context);
    emit estimatorChanged();
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

void CostService::setProblemText(CostProblemText problemText)
{
    m_problemText = std::move(problemText);
    emit estimatorChanged();
}

ListingCost CostService::compute(const Listing &listing) const
{
    ListingCost cost = computeListingCost(listing, m_context, m_rates ? &*m_rates : nullptr);
    if (cost.problem == CostProblem::NoRates && !m_ratesError.isEmpty())
        cost.detail = m_ratesError;
    cost.estimate.problem = problemText(cost);
    if (!cost.result.ok)
        cost.result.error = cost.estimate.problem;   // the breakdown says why it is empty
    return cost;
}

QString CostService::problemText(const ListingCost &cost) const
{
    if (cost.problem == CostProblem::None)
        return {};
    if (cost.problem == CostProblem::NoRates && !cost.detail.isEmpty())
        return QCoreApplication::translate("Services", "no CBR exchange rates: %1").arg(cost.detail);
    return m_problemText ? m_problemText(cost.problem, cost.detail) : costProblemText(cost.problem, cost.detail);
}

Model::CostEstimator CostService::estimator() const
{
    return makeCostEstimator(m_rates, m_context, m_problemText);
}

} // namespace CarScout::Services
