#pragma once

// From a marketplace Listing (DESIGN §3) to an engine Input, and a CostEstimator for the listing table.
//
//   ListingContext ctx{Importer::Individual, QDate(2026, 6, 1)};
//   auto input = inputFromListing(listing, ctx);        // Input, or the reason it cannot be estimated
//   Model::CostEstimator e = makeCostEstimator(rates, ctx);   // for ListingTableModel (core/model/costestimate.h)
//
// The listing's year/month are its FIRST REGISTRATION (Encar "Year"), used as the production estimate with a
// warning; an unknown month counts from 1 July, a known month from the 15th (age.h). power_hp 0 = unknown.

#include "core/customs/engine.h"
#include "core/model/costestimate.h"
#include "core/model/listing.h"

#include <QDate>
#include <QString>

#include <variant>

namespace CarScout::Customs {

struct ListingContext
{
    Importer importer = Importer::Individual;
    QDate declarationDate;                         // planned declaration date
    VehicleKind vehicle = VehicleKind::Car;        // Bobaedream lists motorcycles
    Rational costsToBorder;                        // per car, in costsCurrency
    QString costsCurrency;                         // empty = the listing's currency
};

std::variant<Input, QString> inputFromListing(const Listing &listing, const ListingContext &context);

// A pure estimator over a captured rate table and context (for the model's cost columns): customs = total
// payments incl. the utilization fee; landed = price + customs (+ costs to the border). Problems are short
// reasons ("power unknown", "no KRW rate").
Model::CostEstimator makeCostEstimator(const RateTable &rates, const ListingContext &context,
                                       const Engine *engine = nullptr);

} // namespace CarScout::Customs
