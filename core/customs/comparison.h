#pragma once

// Offline engine vs an online calculator, line by line (tolerance ±1 kopeck by default: tks.ru's rounding,
// customs.md §8 step 8).

#include "core/customs/calcus.h"
#include "core/customs/engine.h"
#include "core/customs/tks.h"

#include <QList>
#include <QString>

#include <optional>

namespace CarScout::Customs {

struct OnlineFigures
{
    QString source;                                 // "tks.ru", "calcus.ru"
    std::optional<qint64> clearanceFee, duty, excise, vat, utilizationFee, totalWithoutUtilization, total;
};

OnlineFigures onlineFigures(const TksResult &tks);
// calcus.ru's total/total2 are not mapped: what they sum is not documented.
OnlineFigures onlineFigures(const CalcusResult &calcus);

struct ComparisonLine
{
    QString key;                                    // "duty_rub", … (the JSON keys of the CLI)
    QString label;                                  // "Import duty / ЕТС"
    std::optional<qint64> offline;
    std::optional<qint64> online;
    std::optional<qint64> difference;               // online − offline, when both exist
    bool matches = false;                           // |difference| ≤ tolerance
};

struct Comparison
{
    QString source;
    QList<ComparisonLine> lines;                    // only lines the online side reported
    bool allMatch = false;
};

Comparison compare(const Result &offline, const OnlineFigures &online, qint64 toleranceKopecks = 1);

} // namespace CarScout::Customs
