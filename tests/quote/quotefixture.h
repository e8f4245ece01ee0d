#pragma once

// The car and rates the quote tests compute by hand (manual rates: no network, no CBR file).

#include "core/customs/engine.h"
#include "core/customs/rates.h"

namespace CarScout::QuoteTest {

using Customs::Rational;

inline Rational dec(const char *text)
{
    return *Rational::parse(QString::fromLatin1(text));
}

// A 2022 petrol car, 1 998 cm³, 150 hp, 20 000 000 ₩, declared by an individual on 2026-06-15 (3–5 years).
inline Customs::Input handCar()
{
    Customs::Input input;
    input.importer = Customs::Importer::Individual;
    input.vehicle = Customs::VehicleKind::Car;
    input.powertrain = Customs::Powertrain::Petrol;
    input.engineCc = 1998;
    input.power = Customs::Power::hp(150);
    input.produced = Customs::ProductionDate{2022, 1, 0};
    input.declarationDate = QDate(2026, 6, 15);
    input.price = 20000000;
    input.currency = QStringLiteral("KRW");
    return input;
}

// KRW 0.0569017, USD 80.5, EUR 90.25 roubles per unit, CNY 11.2.
inline Customs::RateTable handRates()
{
    Customs::RateTable rates;
    rates.date = rates.requestedDate = QDate(2026, 6, 15);
    rates.origin = Customs::RateOrigin::Manual;
    rates.setManual(QStringLiteral("KRW"), dec("0.0569017"));
    rates.setManual(QStringLiteral("USD"), dec("80.5"));
    rates.setManual(QStringLiteral("EUR"), dec("90.25"));
    rates.setManual(QStringLiteral("CNY"), dec("11.2"));
    return rates;
}

// Margin 2.5 %; lot fee and freight to the border; a broker in roubles; a lab fee, a bank fee (an exact half
// kopeck after conversion) and the commission in dollars.
inline const char *handProfileJson()
{
    return R"({"name": "Hand", "payment_fx_margin_percent": 2.5,
  "lines": [
    {"name": "Lot fee", "amount": 440000, "currency": "KRW", "to_border": true},
    {"name": "Freight", "amount": 600, "currency": "USD", "to_border": true},
    {"name": "Broker", "amount": 37000, "currency": "RUB"},
    {"name": "Lab", "amount": "150.55", "currency": "USD"},
    {"name": "Bank fee", "amount": 2, "currency": "USD", "to_border": false}
  ],
  "commission": {"amount": 300, "currency": "USD"}})";
}

} // namespace CarScout::QuoteTest
