#pragma once

// A dealer's cost profile: the line items that turn a car's price into what the client pays (research
// dealer-needs §2.4). Stored as JSON, one file per profile:
//
//   {"name": "Vladivostok, individual", "payment_fx_margin_percent": 2,
//    "lines": [{"name": "Lot fee", "amount": 440000, "currency": "KRW", "to_border": true}, …],
//    "commission": {"amount": 100000, "currency": "RUB"},
//    "payment_rates": {"KRW": 0.0595}}                      // optional: a fixed payment rate, RUB per unit
//
// Amounts are exact decimals (JSON numbers or strings such as "440000.50"), never binary floating point sums.

#include "core/customs/money.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Quote {

struct ProfileLine
{
    QString name;
    Customs::Rational amount;   // in `currency`, >= 0
    QString currency;           // ISO alpha
    bool toBorder = false;      // part of the customs value (lot fee, inland transport, freight…)
    QString source;             // where the figure comes from (optional, kept through import/export)
};

struct CostProfile
{
    QString name;
    bool example = false;                              // a shipped example, not the dealer's own figures
    QString note;                                      // free text (optional)
    Customs::Rational paymentMarginPercent;            // payment rate = CBR × (1 + margin / 100)
    QList<ProfileLine> lines;
    Customs::Rational commission;                      // in commissionCurrency
    QString commissionCurrency = QStringLiteral("RUB");
    QHash<QString, Customs::Rational> fixedPaymentRates;   // ISO → RUB per unit, instead of CBR + margin
};

// A load error names the file, the line (1-based; 0 = the file as a whole) and what is wrong.
struct ProfileError
{
    QString file;
    int line = 0;
    QString what;
    QString toString() const;   // "file:line: what"
};

struct ProfileLoad
{
    std::optional<CostProfile> profile;
    ProfileError error;         // set when !profile
};

// Parses profile JSON. `file` only names the source in errors. A currency must be one the rate tables know
// (isoNumericCode) or have a fixed payment rate.
ProfileLoad parseCostProfile(const QByteArray &json, const QString &file);
ProfileLoad loadCostProfile(const QString &path);

// The profile as its JSON file: one line item per line (so an error's line number points at the item), whole
// amounts as numbers and fractional ones as exact decimal strings. parseCostProfile reads it back equal.
QByteArray costProfileJson(const CostProfile &profile);

// The example profiles shipped in resources/quote (Qt resource paths).
QStringList exampleProfilePaths();

} // namespace CarScout::Quote
