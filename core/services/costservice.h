#pragma once

// The front ends' cost state: the current CostContext (from the dealer's settings, or the CLI's options) and
// the CBR rate table of its declaration date. Everything that shows a customs amount or a landed cost asks it
// (listingcosts.h does the arithmetic), so the table, the detail panel, the calculator's prefill and the CSV
// export agree with each other and with `carscout-cli search --with-customs`.

#include "core/services/listingcosts.h"

#include <QObject>

#include <optional>

namespace CarScout::Services {

class CostService : public QObject
{
    Q_OBJECT
public:
    explicit CostService(QObject *parent = nullptr);

    void setContext(CostContext context);
    const CostContext &context() const { return m_context; }

    void setRates(const Customs::RateTable &rates);
    const std::optional<Customs::RateTable> &rates() const { return m_rates; }
    void setRatesError(const QString &message);
    QString ratesError() const { return m_ratesError; }

    // How table cells word a problem (the GUI points at its power editor); empty = costProblemText.
    void setProblemText(CostProblemText problemText);

    // One listing, in full (breakdown strings included): the detail panel's single computation per refresh.
    ListingCost compute(const Listing &listing) const;
    // The text of a listing's problem as the table shows it.
    QString problemText(const ListingCost &cost) const;

    // A pure function over a snapshot of the context and rates, for ListingTableModel::setCostEstimator.
    Model::CostEstimator estimator() const;

signals:
    void ratesChanged();
    void estimatorChanged();   // the context or the rates changed: models should take a new estimator

private:
    CostContext m_context;
    std::optional<Customs::RateTable> m_rates;
    QString m_ratesError;
    CostProblemText m_problemText;
};

} // namespace CarScout::Services
