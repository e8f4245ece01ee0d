#pragma once

// What the client pays for one car under a cost profile (pure function over the engine and a CBR table):
//
//   - to_border lines join the customs value, each at the CBR rate of its currency (exact, rounded once by
//     the engine, as --costs does);
//   - the price and every non-rouble line (to_border ones too: they are paid) at the payment rate =
//     CBR × (1 + margin / 100), or the profile's fixed rate for that currency; rouble lines as they are;
//   - all customs payments as the engine computes them (CBR rates);
//   - the commission (converted like a line).
// Each converted line is rounded to the kopeck half down (Rational::toKopecks, as the engine rounds); the total
// is the sum of the rounded lines.

#include "core/customs/engine.h"
#include "core/quote/costprofile.h"
#include "core/services/listingcosts.h"

#include <QList>
#include <QString>

namespace CarScout::Quote {

struct QuoteLine
{
    enum class Kind { Price, Item, Customs, Commission };
    Kind kind = Kind::Item;
    QString name;                    // the profile's name for items; empty for price/customs/commission
    Customs::Rational amount;        // in `currency`
    QString currency;
    bool toBorder = false;
    Customs::Rational rubPerUnit;    // the payment rate used (1 for RUB; the CBR rate for customs)
    qint64 rubKopecks = 0;
};

struct PaymentRate
{
    QString code;
    Customs::Rational cbr;           // RUB per unit, as the table has it
    Customs::Rational payment;       // what the agent charges
    bool fixed = false;              // the profile's fixed rate (else CBR + margin)
};

struct QuoteResult
{
    bool ok = false;
    QString error;                   // the one-line reason when !ok

    Customs::Input input;            // the engine input with the to_border lines in the customs value
    Customs::Result customs;
    QList<QuoteLine> lines;          // price, items in profile order, customs payments, commission
    QList<PaymentRate> rates;        // every non-rouble currency paid, sorted by code
    qint64 totalKopecks = 0;
};

// The currencies a quote needs CBR rates for: the engine's, the to_border lines', and every paid currency
// without a fixed rate.
QStringList neededCurrencies(const Customs::Input &car, const CostProfile &profile);

// `car` has the price (and possibly --costs) but not the profile's lines; they are added here.
// The total is the one the GUI's landed column shows under the same profile (applyProfile).
QuoteResult computeQuote(const Customs::Input &car, const CostProfile &profile, const Customs::RateTable &cbr,
                         const Customs::Engine &engine = Customs::Engine::builtin());

// The profile's lines to the border as the cost context's amounts.
QList<Services::CostAmount> toBorderAmounts(const CostProfile &profile);

// The cost context's landed rule for `profile`: the quote's total from the engine's result (same arithmetic
// as computeQuote, so a table's landed cell equals the quote's total to the kopeck).
Services::LandedRule landedRule(const CostProfile &profile);

// Makes `context` count costs as `profile` does: its to_border lines into the customs value, its landed rule;
// the context's own costs to the border and extra costs are replaced (the profile stands for them).
void applyProfile(Services::CostContext &context, const CostProfile &profile);

} // namespace CarScout::Quote
