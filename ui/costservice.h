#pragma once

// Prices in roubles, customs payments and landed cost per listing: the customs engine fed from the settings'
// customs defaults and the current CBR rates. Produces the CostEstimator the listing models use and the full
// Result the detail panel and the calculator show.

#include "core/customs/engine.h"
#include "core/model/costestimate.h"
#include "core/model/listing.h"
#include "ui/settings.h"

#include <QObject>

#include <optional>

namespace CarScout::Ui {

class CostService : public QObject
{
    Q_OBJECT
public:
    explicit CostService(Settings *settings, QObject *parent = nullptr);

    void setRates(const Customs::RateTable &rates);
    const std::optional<Customs::RateTable> &rates() const { return m_rates; }
    void setRatesError(const QString &message);
    QString ratesError() const { return m_ratesError; }

    // The engine input a listing implies (importer, declaration date, costs and default power from settings).
    Customs::Input inputFor(const Listing &listing) const;
    static Customs::Input inputFor(const Listing &listing, const CustomsDefaults &defaults, const QDate &today);

    // The full computation for one listing (error when no rates are loaded yet).
    Customs::Result estimate(const Listing &listing) const;

    // A pure function over a snapshot of the settings and rates, for ListingTableModel::setCostEstimator.
    Model::CostEstimator estimator() const;
    static Model::CostEstimate costEstimate(const Listing &listing, const CustomsDefaults &defaults,
                                            const std::optional<Customs::RateTable> &rates, const QDate &today);

    // The cell text when no total can be computed: the missing input the dealer can supply, else the reason.
    static QString problemFor(const Customs::Input &input, const QString &engineReason);

    static Customs::Powertrain powertrainFor(Fuel fuel);
    static Customs::VehicleKind vehicleFor(const QString &sourceId);

signals:
    void ratesChanged();
    void estimatorChanged();   // settings or rates changed: models should take a new estimator

private:
    Settings *m_settings;
    std::optional<Customs::RateTable> m_rates;
    QString m_ratesError;
};

} // namespace CarScout::Ui
