#pragma once

// The offline customs engine (customs.md §8): one call per listing, exact to the kopeck.
//
//   const Engine &engine = Engine::builtin();          // rule tables loaded once
//   Result r = engine.estimate(input, rateTable);
//   if (!r.ok) …r.error…                               // impossible input, no rules for the date, missing rate
//   r.total.kopecks                                   // empty when some line is not computable (reason given)
//
// Rounding: each payment line is rounded to the kopeck half down (money.h); the customs value is rounded
// first and every line is computed from the rounded value; VAT from the rounded value, duty and excise.

#include "core/customs/age.h"
#include "core/customs/money.h"
#include "core/customs/rates.h"
#include "core/customs/rules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Customs {

enum class Importer { Individual, Company };            // individual = personal use (ЕТС route for ICE cars)
enum class VehicleKind { Car, Motorcycle };
enum class Powertrain {
    Petrol,
    Diesel,
    HybridPetrol,       // parallel hybrid (8703 40/60)
    HybridDiesel,       // parallel hybrid (8703 50/70)
    HybridSequential,   // REEV: assessed like a BEV (customs.md §7)
    Electric,           // BEV
};
enum class PowerUnit { Hp, Kw };

struct Power
{
    Rational value;
    PowerUnit unit = PowerUnit::Hp;

    static Power hp(const Rational &v) { return {v, PowerUnit::Hp}; }
    static Power kw(const Rational &v) { return {v, PowerUnit::Kw}; }
    Rational exciseHp() const;          // kW ÷ 0.75 (НК ст. 193)
    Rational utilizationHp() const;     // kW ÷ 0.7355 (ПП 1291)
    QString toString() const;           // "150 hp", "110.3 kW"
};

struct Input
{
    Importer importer = Importer::Individual;
    VehicleKind vehicle = VehicleKind::Car;
    Powertrain powertrain = Powertrain::Petrol;
    int engineCc = 0;                              // displacement; 0 = unknown (or none: BEV)
    // ICE power; for BEV/REEV the motor's maximum 30-minute power. Empty = unknown.
    std::optional<Power> power;
    // Parallel hybrids only: the e-motor's 30-minute power (added to the ICE power for the utilization fee).
    std::optional<Power> electricMotorPower;
    bool iceDominant = true;                       // parallel hybrid: ICE power > e-motor 30-min power (ЕТТ split)
    bool offroad = false;                          // ЕТТ note 6 off-road vehicle (new petrol > 2 800 cm³ only)
    ProductionDate produced;                       // manufacture date (year[, month[, day]])
    QDate declarationDate;                         // picks the rule set and the rates
    Rational price;                                // in `currency`
    QString currency;                              // ISO alpha ("KRW", "CNY", "EUR", "RUB")
    Rational costsToBorder;                        // freight, inland costs…: added before conversion
    QString costsCurrency;                         // empty = the price's currency
    bool productionFromFirstRegistration = false;  // the date came from a listing's first registration
};

// One payment line: an amount, or "not computable" with the reason (distinct from 0). A line resting on a rule
// cell or period that is not confirmed (one source, disputed, derived, projected, carried) is `uncertain`, with
// a short sentence for the dealer and the source for a tooltip or the rules view.
struct Amount
{
    std::optional<qint64> kopecks;
    QString reason;                                // why it is not computable
    bool uncertain = false;
    QString uncertainReason;                       // "This rate is from a draft schedule and may change."
    QString source;                                // where the flagged value comes from

    static Amount of(qint64 k)
    {
        Amount a;
        a.kopecks = k;
        return a;
    }
    static Amount notComputable(const QString &why)
    {
        Amount a;
        a.reason = why;
        return a;
    }
    bool computable() const { return kopecks.has_value(); }
};

// The dealer's sentence for a confidence word of the rule data (rules.h), translated in the "Customs" context.
QString uncertaintyText(const QString &confidence);

enum class Route { Ets, Stp };   // ЕТС (individual, piston car) or duty + excise + VAT (СТП)
Route routeFor(const Input &input);

struct UsedRate
{
    QString code;
    Rational rubPerUnit;
    bool manual = false;
};

struct Result
{
    bool ok = false;
    QString error;                                 // set when !ok: the one-line reason

    Route route = Route::Ets;
    qint64 customsValueKopecks = 0;
    Rational customsValueEur;                      // exact
    Amount duty;                                   // ЕТС for the Ets route
    Amount excise;
    Amount vat;
    Amount clearanceFee;
    Amount utilizationFee;
    Amount total;                                  // all payments, utilization fee included
    Amount totalWithoutUtilization;                // tks.ru's «Итого»

    QString dutyRate;                              // "48 %, min 3.5 €/cm³ (the minimum applies)", "15 %"
    QString tariffCode;                            // ЕТТ code(s) where known
    QString exciseRate;                            // "613 RUB/hp × 170 hp"
    QString vatRate;                               // "22 %"
    bool utilizationPreferential = false;
    QString utilizationBasis;                      // "grid 2001–3000 cm³, ≤ 190 hp, new: 115.33 × 20 000"

    QString ageBand;                               // "under_3", "3_5", "over_5" (ЕТС) / "5_7", "over_7" (ЕТТ)
    bool utilizationOld = false;                   // > 3 years for the utilization fee
    QDate assumedProductionDate;
    QString rulesVersion;
    QStringList citations;
    QDate ratesDate;
    QString ratesOrigin;                           // rateOriginKey()
    QList<UsedRate> ratesUsed;
    QStringList warnings;
};

class Engine
{
public:
    explicit Engine(RuleBook rules);
    static const Engine &builtin();                // over RuleBook::builtin()

    // Detail::AmountsOnly skips the descriptive strings (dutyRate, exciseRate, vatRate, utilizationBasis,
    // rulesVersion, citations) for bulk use such as the listing table; amounts and warnings are the same.
    enum class Detail { Full, AmountsOnly };
    Result estimate(const Input &input, const RateTable &rates, Detail detail = Detail::Full) const;
    const RuleBook &rules() const { return m_rules; }

    // The currencies a computation needs rates for (price, costs, and EUR where €/cm³ rates may apply).
    static QStringList neededCurrencies(const Input &input);

private:
    RuleBook m_rules;
};

} // namespace CarScout::Customs
