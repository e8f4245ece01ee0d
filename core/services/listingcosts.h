#pragma once

// The one way from a marketplace Listing to its customs payments and landed cost, for every front end: the
// GUI's table, detail panel, calculator prefill and CSV export, and `carscout-cli search --with-customs`.
//
//   CostContext context;                                  // importer, date, costs, default power, resolver
//   ListingCost cost = computeListingCost(listing, context, &rates);   // input, engine result, amounts
//   Model::CostEstimator e = makeCostEstimator(rates, context);        // ListingTableModel, CSV writer
//
// Decisions (where the GUI and the CLI used to differ):
// - Fuel: petrol, LPG and CNG are spark-ignition engines (the petrol headings). A hydrogen fuel-cell car is
//   driven by its electric motor only, so it is assessed as electric (HS 8703 80). An unknown or "other" fuel is
//   not computable ("fuel unknown"); it is never guessed as petrol.
// - Power: the engine resolver's (by default the listing's own), else the context's default power; with none
//   the payments that need it are not computable and the problem says "power unknown".
// - Landed cost = customs value (price + costs to the border at the CBR rate, rounded once by the engine)
//   + all customs payments (utilization fee included) + the extra costs in roubles. Both front ends add the
//   extra costs.
// - The listing's year/month are its first registration, used as the production date (the engine warns).
// - Row facts (the estimate's second block): the engine cells, readable names and the 160 hp verdict come from
//   the EngineResolver; the passable date and the landed cost on it from Customs::passable (that date's rules,
//   the same rates: customs value + that day's payments + the extra costs); export warnings from
//   Customs::ExportRules::builtin() with the first registration at its latest possible day (a partial date),
//   the declaration date standing in for the export date, the listing's currency naming the country.

#include "core/customs/engine.h"
#include "core/model/costestimate.h"
#include "core/model/listing.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace CarScout::Services {

// The engine of one listing as far as it is known, and where the figures come from.
struct EngineFacts
{
    int engineCc = 0;                      // 0 = unknown (or none: electric)
    std::optional<Customs::Power> power;   // empty = unknown
    // Upper ends when only a range is known (several catalog engines fit): the cost is computed for both ends.
    int engineCcMax = 0;                   // 0 = engineCc is the only value
    std::optional<Customs::Power> powerMax;   // empty = power is the only value
    QString provenance;                    // in the user's language: "listing", "specs catalog", …

    // --- What the table shows of these figures (issue 9); the specs resolver fills them, engineFromListing
    // only the sources. ---
    QString engineCcSource, powerSource;      // "listing", "catalog", "detail", "online", "dealer"; "" = unknown
    QString engineCcNote, powerNote;          // the cells' tooltips (value, source, the engines behind a range)
    Model::PreferentialFacts preferential;    // the 160 hp verdict on these values
    Model::ReadableNames readable;            // title, make and model in the GUI's language
};

// The seam for a power/displacement lookup (a specs catalog): given a listing, what is its engine. Must be a
// pure function (it is called from the table's estimator, maybe for 100k rows). Empty = engineFromListing.
using EngineResolver = std::function<EngineFacts(const Listing &)>;

// The listing's own displacement and power (power_hp 0 = unknown).
EngineFacts engineFromListing(const Listing &listing);

// An amount in some currency (a cost profile's line to the border).
struct CostAmount
{
    Customs::Rational amount;
    QString currency;   // ISO alpha
};

// What the landed cost rule of a cost profile answers: the amount, or why there is none.
struct LandedAmount
{
    std::optional<qint64> kopecks;
    QString error;                 // when !kopecks: the reason in the user's language
};

// The landed cost as the dealer's cost profile counts it (core/quote: the price and lines at the payment rate,
// the lines after customs, the commission), given the engine input (customs value folded into roubles) and its
// result. Must be pure: the table calls it for every row.
using LandedRule = std::function<LandedAmount(const Customs::Input &car, const Customs::Result &customs,
                                              const Customs::RateTable &rates)>;

struct CostContext
{
    Customs::Importer importer = Customs::Importer::Individual;
    QDate declarationDate;                         // the planned declaration date (rules and rates of that day)
    Customs::Rational costsToBorder;               // per car, in costsCurrency
    QString costsCurrency;                         // empty = the listing's currency
    qint64 extraCostsKopecks = 0;                  // added to the landed cost (broker, delivery inside Russia)
    int defaultPowerHp = 0;                        // when the engine's power is unknown; 0 = none
    Customs::VehicleKind vehicle = Customs::VehicleKind::Car;
    // Per marketplace id, when it lists something else than `vehicle` (from the Source's metadata).
    QHash<QString, Customs::VehicleKind> vehicleBySource;
    EngineResolver engine;                         // empty = the listing's own fields
    // A cost profile's lines to the border, each at the CBR rate of its currency, added to costsToBorder
    // (the customs value is then in roubles); and its landed rule instead of customs value + payments + extra.
    QList<CostAmount> costsToBorderLines;
    LandedRule landed;

    Customs::VehicleKind vehicleOf(const Listing &listing) const
    {
        return vehicleBySource.value(listing.source, vehicle);
    }
};

// Why a listing has no (complete) estimate. The text for each is costProblemText().
enum class CostProblem {
    None,
    NoPrice,
    NoCurrency,
    YearUnknown,
    FuelUnknown,
    RegisteredAfterDeclaration,   // first registered after the planned declaration date
    NoRates,                      // no rate table at all
    NoRate,                       // the table lacks the listing's (or the costs') currency
    EngineRefused,                // the engine's error (no rules for the date, a missing rate…)
    PowerUnknown,
    DisplacementUnknown,
    NotComputable,                // a payment not computable for another reason (the engine's)
};

// The engine input a listing implies, filled as far as the listing allows (it also prefills the calculator);
// `problem` is set when the input is unusable before the engine is asked.
struct CostInput
{
    Customs::Input input;
    EngineFacts engine;
    bool powerFromDefault = false;   // the context's default power stands in for the unknown one
    CostProblem problem = CostProblem::None;
};

CostInput costInputFor(const Listing &listing, const CostContext &context);

// Folds `input`'s own costs to the border and `lines` into one rouble amount at the CBR rates (exact; the engine
// rounds the customs value once), so `input.costsCurrency` becomes RUB. Returns the currency code the table
// lacks (input unchanged then), or an empty string.
QString foldCostsToBorder(Customs::Input &input, const QList<CostAmount> &lines, const Customs::RateTable &rates);

Customs::Powertrain powertrainFor(Fuel fuel);   // Unknown/Other → Petrol here; costInputFor flags them

struct ListingCost
{
    CostInput input;
    Customs::Result result;          // ok == false when the engine was not asked or refused
    Model::CostEstimate estimate;    // price, customs and landed in roubles, or `problem` as text
    CostProblem problem = CostProblem::None;
    QString detail;                  // the engine's reason or error, or the missing currency code
};

// One listing through the engine. rates == nullptr: no rate table yet (only the problem is set).
ListingCost computeListingCost(const Listing &listing, const CostContext &context, const Customs::RateTable *rates,
                               Customs::Engine::Detail detail = Customs::Engine::Detail::Full,
                               const Customs::Engine *engine = nullptr);

// The short text of a problem ("power unknown", "no KRW rate"), translatable in the "Services" context.
QString costProblemText(CostProblem problem, const QString &detail);

// How a front end words a problem in a table cell (the GUI points at its power editor); empty = costProblemText.
using CostProblemText = std::function<QString(CostProblem problem, const QString &detail)>;

// A pure estimator over a captured rate table and context (amounts only: fast enough for every table row).
Model::CostEstimator makeCostEstimator(std::optional<Customs::RateTable> rates, CostContext context,
                                       CostProblemText problemText = {}, const Customs::Engine *engine = nullptr);

} // namespace CarScout::Services
