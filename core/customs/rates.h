#pragma once

// Exchange rates: the CBR daily XML (customs.md §1) and manual overrides, as exact Rationals.

#include "core/customs/money.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Customs {

enum class RateOrigin {
    Online,         // fetched from the CBR for this request
    Cache,          // the CBR file of the requested date, from the on-disk cache
    OfflineCache,   // the network failed: the latest cached rates, possibly of another date
    Manual,         // every rate given by the user (--rate ISO=RUB)
};
QString rateOriginKey(RateOrigin origin);   // "online", "cache", "offline-cache", "manual"

struct CurrencyRate
{
    QString code;               // ISO alpha: "KRW"
    int numCode = 0;            // ISO numeric: 410
    int nominal = 1;            // units the Value is quoted for (1000 for KRW)
    Rational value;             // RUB per `nominal` units
    Rational perUnit;           // RUB per 1 unit: VunitRate, or Value / Nominal when VunitRate is absent
    QString name;               // Russian name from the CBR
    bool manual = false;        // a user override
};

struct RateTable
{
    QDate date;                 // the date the rates are for (the CBR's ValCurs Date; may differ from requested)
    QDate requestedDate;
    RateOrigin origin = RateOrigin::Online;
    QString note;               // e.g. "offline: the latest cached rates (of 2025-06-21) are used"
    QHash<QString, CurrencyRate> rates;

    // RUB per one unit of `code` (RUB itself is 1); nullopt when the table has no such currency.
    std::optional<Rational> rubPerUnit(const QString &code) const;
    // A manual override: RUB per one unit. Marks the rate manual (the origin stays that of the table).
    void setManual(const QString &code, const Rational &rubPerUnit);
    QStringList codes() const;   // sorted
};

struct CbrParseResult
{
    std::optional<RateTable> table;
    QString error;              // with the element/line/column of the problem
};

// Parses XML_daily.asp output: windows-1251 (decoded here without relying on ICU), comma decimals, Nominal,
// VunitRate with the Value/Nominal fallback. A ValCurs with no Valute is an error (the CBR answers that way
// for dates it has no rates for).
CbrParseResult parseCbrDaily(const QByteArray &xml);

// Decodes windows-1251 bytes (the CBR's encoding).
QString decodeWindows1251(const QByteArray &bytes);

// ISO alpha ↔ numeric codes for the currencies the calculators use (tks.ru wants numeric codes).
int isoNumericCode(const QString &alpha);

} // namespace CarScout::Customs
