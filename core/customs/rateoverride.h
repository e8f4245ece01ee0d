#pragma once

// The calculator's rate rows: the CBR table the dealer starts from, and the rows as typed (currency, units, RUB),
// some of them edited. Pure functions over value types, so the override rule is tested without a widget.

#include "core/customs/rates.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Customs {

// One row as typed: any text (trimmed and upper-cased here), possibly not a rate at all.
struct RateRow
{
    QString code;
    QString nominal;
    QString rub;

    friend bool operator==(const RateRow &, const RateRow &) = default;
};

// The units a currency is quoted for when the dealer adds it: 1000 for KRW and JPY (the CBR way), else 1.
int defaultNominal(const QString &code);

// The rows of a CBR table, sorted by code.
QList<RateRow> rowsOf(const RateTable &table);

// The codes among `wanted` that need a row added: a 3-letter code other than RUB, not already in `present`,
// each once, in the order wanted.
QStringList missingRateCodes(const QStringList &present, const QStringList &wanted);

// The table the engine uses. Starts from `service` (its date, origin and note; the rates it has) or, with none,
// an empty manual table dated `manualDate`. Each row that reads as a positive rate of a 3-letter code replaces
// that code's rate; a rate that differs from the service's (value or units) is marked manual. Rows that do not
// read (no code, empty, zero, negative, not a number) are left out; units below 1 count as 1.
RateTable applyRateRows(const std::optional<RateTable> &service, const QList<RateRow> &rows, const QDate &manualDate);

} // namespace CarScout::Customs
