#pragma once

// Vehicle age for customs (customs.md §2): from the date of manufacture to the declaration date, comparing
// whole dates (manufacture + N years against the declaration date), never floored years.
//   ЕТС (individuals) and the utilization fee: age ≤ 3 → "under 3"; 3 < age ≤ 5; age > 5 («не более 3 лет»).
//   ЕТТ (companies, СТП): used from the 3rd anniversary: age < 3; 3 ≤ age ≤ 5; 5 < age ≤ 7; age > 7.
// A manufacture date on 29 February reaches its anniversaries on 28 February of non-leap years (QDate::addYears).

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace CarScout::Customs {

// Year, month and day of manufacture; month/day 0 when unknown.
struct ProductionDate
{
    int year = 0;
    int month = 0;
    int day = 0;

    static ProductionDate fromDate(QDate date) { return {date.year(), date.month(), date.day()}; }
    // "2021", "2021-07", "2021-07-15"; nullopt when malformed or impossible.
    static std::optional<ProductionDate> parse(QStringView text);
    bool isValid() const;
    QString toString() const;   // as given: "2021", "2021-07", "2021-07-15"

    // The date the engine counts from. Unknown day → the 15th; unknown month → 1 July. Source: customs.md §2,
    // one secondary source says Решение 107 assumes these [1, not verified]; the ЕТТ note counts a VIN-only
    // year from 1 July too (§4.1).
    QDate assumedDate() const;
    bool isExact() const { return month > 0 && day > 0; }
    // The first day the date can mean (1 January / the 1st): a production "after" the declaration is judged on it.
    QDate earliestDate() const { return isValid() ? QDate(year, month ? month : 1, day ? day : 1) : QDate(); }
};

enum class EtsAge { Under3, From3To5, Over5 };
enum class EttAge { Under3, From3To5, From5To7, Over7 };

// True when, on `at`, more than `years` whole years have passed since `produced`.
bool olderThan(QDate produced, QDate at, int years);
// True when `at` is on or after the `years`-th anniversary.
bool atLeast(QDate produced, QDate at, int years);

EtsAge etsAge(QDate produced, QDate at);
EttAge ettAge(QDate produced, QDate at);
bool utilizationOld(QDate produced, QDate at);   // "more than 3 years" of ПП 1291

QString etsAgeKey(EtsAge age);   // "under_3", "3_5", "over_5"
QString ettAgeKey(EttAge age);   // "under_3", "3_5", "5_7", "over_7"

// Warnings for declaration dates within ±2 months of the listed anniversaries (e.g. {3, 5} or {3, 5, 7}).
QStringList boundaryWarnings(QDate produced, QDate at, std::initializer_list<int> anniversaries);

} // namespace CarScout::Customs
