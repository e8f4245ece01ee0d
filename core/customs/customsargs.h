#pragma once

// `carscout-cli customs` arguments (DESIGN §5) → an engine Input, as a pure function so that every refusal is
// tested from a table. Units: --price and --costs are in --currency (costs to the border are in the price's
// currency unless --costs-currency says otherwise); --rate ISO=R means R roubles per ONE unit (KRW=0.0569017).
//
// Extra options beyond DESIGN §5 (all optional): --costs-currency ISO, --hybrid-base petrol|diesel (for
// --fuel hybrid; default petrol), --electric-kw N (a parallel hybrid's e-motor 30-minute power),
// --ice-dominant yes|no (parallel hybrid; default yes), --offroad; for the export-restriction warnings
// --origin KR|CN (default: from the currency) and --first-registration YYYY-MM-DD. --produced also takes a
// year alone (counted from 1 July).

#include "core/customs/engine.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <variant>

namespace CarScout::Customs {

struct CustomsRequest
{
    Input input;
    QHash<QString, Rational> manualRates;   // ISO → RUB per unit
    QString origin;                          // "KR", "CN" or empty
    QDate firstRegistration;                 // invalid = unknown
    QString format = QStringLiteral("text");
};

// `today` is the default declaration date. Returns the request or a one-line reason.
std::variant<CustomsRequest, QString> parseCustomsArguments(const QStringList &arguments, QDate today);

struct RatesRequest
{
    QDate date;
    QString format = QStringLiteral("text");
};
std::variant<RatesRequest, QString> parseRatesArguments(const QStringList &arguments, QDate today);

// Moscow's calendar date now (declarations are registered on Moscow time).
QDate moscowToday();

} // namespace CarScout::Customs
